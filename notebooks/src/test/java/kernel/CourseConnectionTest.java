package kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** The kernel's side of the IOPub handshake: it can tell a subscription from a mere connection. */
class CourseConnectionTest {

    @Test
    @Timeout(60)
    @DisplayName("IOPub has a subscriber only once a client's subscription has arrived, not when it merely connects")
    void seesTheSubscription() throws Exception {
        assertThat(CourseConnection.IopubSubscriptions.readable())
                .as("JeroMQ's subscription trie is readable (a JeroMQ upgrade that moves it makes the first reply stop waiting)")
                .isTrue();
        KernelConnectionProperties properties = CourseConnection.onLoopback("test");
        CourseConnection connection = new CourseConnection(properties);
        try (ZContext zmq = new ZContext()) {
            // Both clients connect before the kernel binds, as Jupyter's does (KernelProcessTest.Client
            // says why: a JeroMQ SUB that connects to a PUB already listening may lose its subscription).
            ZMQ.Socket quiet = zmq.createSocket(SocketType.SUB); // never subscribes
            quiet.connect("tcp://127.0.0.1:" + properties.getIopubPort());
            ZMQ.Socket client = zmq.createSocket(SocketType.SUB);
            client.connect("tcp://127.0.0.1:" + properties.getIopubPort());
            assertThat(connection.hasSubscriber()).as("before the kernel's IOPub socket is bound").isFalse();
            connection.bind();
            Thread.sleep(500); // both connect (ZeroMQ retries every 0.1 s)
            assertThat(connection.hasSubscriber()).as("two SUB sockets connected for 500 ms, neither subscribed").isFalse();

            client.subscribe(new byte[0]); // what Jupyter's client does once connected
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!connection.hasSubscriber() && System.nanoTime() < deadline) Thread.sleep(1);
            assertThat(connection.hasSubscriber()).as("after a client subscribed to everything").isTrue();
        } finally {
            connection.close();
        }
    }
}
