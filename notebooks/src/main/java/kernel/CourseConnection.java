package kernel;

import java.nio.channels.Pipe;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

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
 *       first request waits until a subscriber's IOPub connection is up (or at most
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
    /** After the subscriber's handshake, time for its subscription to reach the socket. */
    private static final long SUBSCRIPTION_MARGIN_MS = 5;
    /** How often a waiting channel thread checks whether the connection was closed. */
    private static final long POLL_MS = 100;

    /** How long closing lets unsent messages (the reply to a shutdown request) leave. */
    private static final int LINGER_MS = 200;

    private final KernelConnectionProperties properties;
    private final List<Thread> servers = new CopyOnWriteArrayList<>();
    /** Written to on close, so that the channel threads stop waiting for messages at once. */
    private final Pipe wakeUp;
    private final java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean closed;
    private boolean bound;

    /** Monitor events of the IOPub socket until the first subscriber is there; null afterwards. */
    private ZMQ.Socket iopubEvents;
    private long subscriberDeadline;

    CourseConnection(KernelConnectionProperties properties) throws java.security.GeneralSecurityException {
        super(properties);
        this.properties = properties;
        try {
            wakeUp = Pipe.open();
            wakeUp.source().configureBlocking(false);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot make the kernel's wake-up pipe", e);
        }
    }

    /**
     * Binds the five sockets, so that Jupyter's client (which connected before the kernel started and
     * retries every 0.1 to 0.2 s) finds them as early as possible; requests wait in the sockets until
     * {@link #connect()} starts serving them.
     */
    synchronized void bind() {
        if (bound) return;
        String monitor = "inproc://course-kernel-iopub-" + System.identityHashCode(this);
        if (iopub.monitor(monitor, ZMQ.EVENT_HANDSHAKE_PROTOCOL)) {
            iopubEvents = new ZMQ.Socket(iopub.getCtx().createSocket(SocketType.PAIR.type())) {};
            iopubEvents.connect(monitor);
        }
        iopub.bind(properties);
        bindOnly(shell, properties.getShellPort());
        bindOnly(control, properties.getControlPort());
        stdin.bind(properties);
        heartbeat.bind(properties);
        subscriberDeadline = System.nanoTime() + SUBSCRIBER_WAIT.toNanos();
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
        ZMQ.PollItem[] items = {new ZMQ.PollItem(channel, ZMQ.Poller.POLLIN), new ZMQ.PollItem(wakeUp.source(), ZMQ.Poller.POLLIN)};
        try {
            while (!closed) {
                if (ZMQ.poll(selector, items, POLL_MS) <= 0 || !items[0].isReadable() || closed) continue;
                awaitSubscriber();
                handle(channel, channel.readMessage());
            }
        } catch (RuntimeException e) {
            if (!closed) Main.log("the " + Thread.currentThread().getName() + " channel stopped: " + e);
        } finally {
            channel.getCtx().closeSelector(selector);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void handle(ShellChannel channel, Message message) {
        ShellHandler handler = getHandler(message.getHeader().getType());
        if (handler == null) {
            Main.log("no handler for a " + message.getHeader().getType().getName() + " message");
            return;
        }
        ShellReplyEnvironment env = prepareReplyEnv(channel, message);
        try {
            handler.handle(env, message);
        } catch (Exception e) {
            Main.log("handling a " + message.getHeader().getType().getName() + " message failed: " + e);
        } finally {
            env.resolveDeferrals();
        }
        if (env.isMarkedForShutdown()) close();
    }

    /**
     * Holds the first request until a subscriber has connected to IOPub (plus a moment for its
     * subscription to arrive), so that the client hears the status messages of the reply.
     */
    private synchronized void awaitSubscriber() {
        if (iopubEvents == null) return;
        try {
            while (true) {
                long left = (subscriberDeadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    Main.trace("no IOPub subscriber yet: answering anyway");
                    break;
                }
                iopubEvents.setReceiveTimeOut((int) Math.min(left, Integer.MAX_VALUE));
                ZMQ.Event event = ZMQ.Event.recv(iopubEvents);
                if (event == null) continue;
                if (event.getEvent() == ZMQ.EVENT_HANDSHAKE_PROTOCOL) {
                    Thread.sleep(SUBSCRIPTION_MARGIN_MS);
                    Main.trace("IOPub subscriber connected");
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            iopub.monitor(null, 0);
            iopubEvents.close();
            iopubEvents = null;
        }
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
            wakeUp.sink().write(java.nio.ByteBuffer.wrap(new byte[] {1}));
        } catch (java.io.IOException e) {
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
        synchronized (this) {
            if (iopubEvents != null) {
                iopub.monitor(null, 0);
                iopubEvents.close();
                iopubEvents = null;
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
}
