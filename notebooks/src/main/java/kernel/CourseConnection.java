package kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.Selector;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;
import zmq.SocketBase;
import zmq.socket.pubsub.XPub;

/**
 * The JJava project's connection to Jupyter, with the shell and control channels served by the
 * course kernel's own threads, for three reasons that each cost a notebook a visible moment.
 *
 * <ul>
 *   <li><b>No polling delay.</b> JJava's channels look for a message, then sleep 50 ms, so each
 *       request waits up to 50 ms before the kernel sees it. Here a thread per channel blocks until a
 *       message arrives and handles it at once.
 *   <li><b>No lost first answer.</b> Jupyter's client knows a kernel is ready when it has the reply
 *       to kernel_info and then any message on IOPub within 0.2 s. ZeroMQ's PUB socket drops what
 *       nobody has subscribed to yet, so if the client's IOPub subscription arrives a moment after its
 *       first request, the status messages are lost and the client asks again after 0.2 s. Here the
 *       first request waits until a subscription has reached the IOPub socket (or at most
 *       {@link #SUBSCRIBER_WAIT}).
 *   <li><b>A quick end.</b> {@link #close()} stops the channel threads and ZeroMQ's own, so that
 *       none of them is inside a system call when the JVM exits: the JVM waits up to 0.3 s for such
 *       threads, and Jupyter sends SIGTERM to a kernel still there 0.1 s after its shutdown request.
 * </ul>
 *
 * Everything else (the messages, their signatures, the handlers BaseKernel registers, the
 * heartbeat, stdin and IOPub channels) is JJava's.
 */
final class CourseConnection extends JupyterConnection {
    /** The longest the first request waits for an IOPub subscriber. */
    static final Duration SUBSCRIBER_WAIT = Duration.ofSeconds(1);
    /** How often the first request looks again whether the subscription has arrived. */
    private static final long SUBSCRIBER_POLL_MS = 1;
    /** How often a waiting channel thread checks whether the connection was closed. */
    private static final long POLL_MS = 100;

    /** How long closing lets unsent messages (the reply to a shutdown request) leave. */
    private static final int LINGER_MS = 200;

    private final KernelConnectionProperties properties;
    private final List<Thread> servers = new CopyOnWriteArrayList<>();
    /** Written to on close, so that the channel threads stop waiting for messages at once. */
    private final Pipe wakeUp;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean closed;
    private boolean bound;
    /** Until the first request has been let through: it waits for an IOPub subscriber. */
    private boolean awaitingSubscriber = true;

    CourseConnection(KernelConnectionProperties properties) throws GeneralSecurityException {
        super(properties);
        this.properties = properties;
        try {
            wakeUp = Pipe.open();
            wakeUp.source().configureBlocking(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the kernel's wake-up pipe", e);
        }
    }

    /**
     * Binds the five sockets, so that Jupyter's client (which connected before the kernel started and
     * retries every 0.1 to 0.2 s) finds them as early as possible; requests wait in the sockets until
     * {@link #connect()} starts serving them.
     */
    synchronized void bind() {
        if (bound) return;
        iopub.bind(properties);
        bindOnly(shell, properties.getShellPort());
        bindOnly(control, properties.getControlPort());
        stdin.bind(properties);
        heartbeat.bind(properties);
        bound = true;
    }

    /** Binds the sockets if {@link #bind()} has not, and serves the shell and control channels. */
    @Override
    public synchronized void connect() {
        if (!servers.isEmpty()) return;
        bind();
        serve(control, "jupyter-control");
        serve(shell, "jupyter-shell");
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    /** Binds the channel's socket without JJava's polling loop (ShellChannel.bind would start one). */
    private void bindOnly(ShellChannel channel, int port) {
        String address = properties.getTransport() + "://" + properties.getIp() + ":" + port;
        if (!channel.bind(address)) throw new IllegalStateException("cannot bind the kernel's socket to " + address);
    }

    private void serve(ShellChannel channel, String name) {
        Thread t = new Thread(() -> serveLoop(channel), name);
        t.setDaemon(true);
        servers.add(t);
        t.start();
    }

    private void serveLoop(ShellChannel channel) {
        Selector selector = channel.getCtx().createSelector();
        ZMQ.PollItem[] items = {
            new ZMQ.PollItem(channel, ZMQ.Poller.POLLIN), new ZMQ.PollItem(wakeUp.source(), ZMQ.Poller.POLLIN)
        };
        try {
            while (!closed) {
                if (ZMQ.poll(selector, items, POLL_MS) <= 0 || !items[0].isReadable() || closed) continue;
                awaitSubscriber();
                handle(channel, channel.readMessage());
            }
        } catch (RuntimeException e) {
            if (!closed) KernelProcess.log("the " + Thread.currentThread().getName() + " channel stopped: " + e);
        } finally {
            channel.getCtx().closeSelector(selector);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void handle(ShellChannel channel, Message message) {
        ShellHandler handler = getHandler(message.getHeader().getType());
        if (handler == null) {
            KernelProcess.log("no handler for a " + message.getHeader().getType().getName() + " message");
            return;
        }
        ShellReplyEnvironment env = prepareReplyEnv(channel, message);
        try {
            handler.handle(env, message);
        } catch (Exception e) {
            KernelProcess.log("handling a " + message.getHeader().getType().getName() + " message failed: " + e);
        } finally {
            env.resolveDeferrals();
        }
        if (env.isMarkedForShutdown()) close();
    }

    /**
     * Holds the first request until a subscription has reached the IOPub socket, so that the client
     * hears the status messages of the reply; at most {@link #SUBSCRIBER_WAIT}, after which it is
     * answered anyway (a client that never subscribes then still gets its replies).
     */
    private synchronized void awaitSubscriber() {
        if (!awaitingSubscriber) return;
        awaitingSubscriber = false;
        long deadline = System.nanoTime() + SUBSCRIBER_WAIT.toNanos();
        try {
            while (!hasSubscriber()) {
                if (System.nanoTime() > deadline) {
                    KernelProcess.trace("no IOPub subscriber yet: answering anyway");
                    return;
                }
                Thread.sleep(SUBSCRIBER_POLL_MS);
            }
            KernelProcess.trace("IOPub subscriber there");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether a subscription has reached the IOPub socket. ZeroMQ's PUB socket does not tell; JeroMQ
     * (the version jjava-jupyter brings) keeps the subscriptions in a trie, {@code XPub.subscriptions},
     * whose root lists the pipes subscribed to everything (Jupyter subscribes to everything) and counts
     * the first bytes of longer prefixes. Asking for the socket's events first makes it take in what its
     * I/O thread has received. If that JeroMQ has other insides, the answer is always true: the kernel
     * then answers at once, and Jupyter's client, not hearing the status messages, asks again after 0.2 s.
     */
    boolean hasSubscriber() {
        synchronized (iopub) { // a ZeroMQ socket is not thread-safe; JupyterSocket.sendMessage holds this lock
            iopub.getEvents();
            return IopubSubscriptions.any(iopub.base());
        }
    }

    /**
     * Connection properties for five free ports on the loopback interface: for the start-up
     * archive's training run and the tests, where no Jupyter writes a connection file.
     */
    static KernelConnectionProperties onLoopback(String key) throws IOException {
        int[] ports = freeLoopbackPorts(5);
        return KernelConnectionProperties.parse("{\"ip\": \"127.0.0.1\", \"transport\": \"tcp\", "
                + "\"signature_scheme\": \"hmac-sha256\", \"key\": \"" + key + "\", \"control_port\": " + ports[0]
                + ", \"shell_port\": " + ports[1] + ", \"stdin_port\": " + ports[2] + ", \"hb_port\": " + ports[3]
                + ", \"iopub_port\": " + ports[4] + "}");
    }

    private static int[] freeLoopbackPorts(int n) throws IOException {
        int[] ports = new int[n];
        ServerSocket[] sockets = new ServerSocket[n];
        try {
            for (int i = 0; i < n; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ports[i] = sockets[i].getLocalPort();
            }
        } finally {
            for (ServerSocket s : sockets) {
                if (s != null) s.close();
            }
        }
        return ports;
    }

    /**
     * Stops the channel threads, then closes the sockets (unsent messages get {@link #LINGER_MS} to
     * leave) and ZeroMQ's context, which ends its I/O threads. Afterwards no thread of the connection
     * waits in a system call, which matters for a quick exit: the JVM's exit waits up to 0.3 s for
     * threads that are inside native code.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) return;
        closed = true;
        try {
            wakeUp.sink().write(ByteBuffer.wrap(new byte[] {1}));
        } catch (IOException e) {
            // the threads notice within POLL_MS
        }
        for (Thread t : servers) {
            if (t != Thread.currentThread()) {
                try {
                    t.join(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        for (ZMQ.Socket socket : List.of(heartbeat, shell, control, stdin, iopub)) socket.setLinger(LINGER_MS);
        super.close();
    }

    @Override
    public void waitUntilClose() {
        super.waitUntilClose();
        for (Thread t : servers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Reads JeroMQ's subscription trie of a PUB socket (see {@link #hasSubscriber()}). */
    static final class IopubSubscriptions {
        private static final Field TRIE;
        private static final Field PIPES;
        private static final Field COUNT;

        static {
            Field trie = null;
            Field pipes = null;
            Field count = null;
            try {
                trie = XPub.class.getDeclaredField("subscriptions");
                trie.setAccessible(true);
                Class<?> mtrie = trie.getType();
                pipes = mtrie.getDeclaredField("pipes");
                pipes.setAccessible(true);
                count = mtrie.getDeclaredField("count");
                count.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                KernelProcess.log("cannot see IOPub's subscriptions in this JeroMQ (" + e
                        + "): the first reply will not wait for them");
                trie = null;
            }
            TRIE = trie;
            PIPES = pipes;
            COUNT = count;
        }

        private IopubSubscriptions() {}

        /** True when readable and someone subscribed, or when JeroMQ's insides are not as expected. */
        static boolean any(SocketBase socket) {
            if (TRIE == null || !(socket instanceof XPub)) return true;
            try {
                Object root = TRIE.get(socket);
                Set<?> everything = (Set<?>) PIPES.get(root);
                return (everything != null && !everything.isEmpty()) || COUNT.getInt(root) > 0;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return true;
            }
        }

        /** Whether this JeroMQ's subscriptions can be read (a test pins it). */
        static boolean readable() {
            return TRIE != null;
        }
    }
}
