package kernel;

import java.util.Collections;
import java.util.List;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.reply.ShutdownReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;

/**
 * The Jupyter side of the course kernel: the JJava project's protocol library ({@link BaseKernel})
 * speaks to Jupyter, and every request about code goes to the {@link Evaluator}.
 */
final class CourseKernel extends BaseKernel {
    static final String NAME = "course-kernel";

    private final Evaluator evaluator;
    private final CourseIO courseIO;
    private volatile JupyterConnection connection;

    CourseKernel(Evaluator evaluator, CourseIO io) {
        super(NAME, version(), languageInfo(),
                List.of(new HelpLink("Java API", "https://docs.oracle.com/en/java/javase/17/docs/api/")),
                null, io, new CommManager(), evaluator.renderer(), null, new MagicsRegistry(), false,
                new StringStyler.Builder().build());
        this.evaluator = evaluator;
        this.courseIO = io;
    }

    private static String version() {
        String v = CourseKernel.class.getPackage().getImplementationVersion();
        return v == null ? "1.0-SNAPSHOT" : v;
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
    }

    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        this.connection = connection;
    }

    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
        KernelProcess.trace("kernel_info_request");
        super.handleKernelInfoRequest(env, message);
    }

    @Override
    public String getBanner() {
        return "Java " + Runtime.version() + " :: course kernel (JShell + jjava-jupyter) :: magics %classpath, %load";
    }

    /**
     * As BaseKernel's, but errors are published with the evaluator's own name, message and
     * readable lines (BaseKernel would show the kernel's Java stack trace), and a cell that reaches
     * an unfinished exercise ends "ok", so Run All goes on.
     */
    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        KernelProcess.trace("execute_request");
        evaluator.cellComing();
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        int count = executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        env.publish(new PublishExecuteInput(request.getCode(), count));
        replaceOutputStreams(env);
        courseIO.attach(env, request.isStdinEnabled());
        env.defer(() -> courseIO.detach(env));
        try {
            Outcome outcome = evaluator.eval(request.getCode(), "cell [" + count + "]", this::display);
            flush();
            if (outcome.value() != null) env.publish(new PublishExecuteResult(count, outcome.value()));
            env.defer().reply(new ExecuteReply(count, Collections.emptyMap()));
        } catch (CellError e) {
            flush();
            env.publish(new PublishError(e.name(), e.getMessage(), e.traceback()));
            ErrorReply reply = new ErrorReply(e.name(), e.getMessage(), e.traceback());
            reply.setExecutionCount(count);
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
        }
    }

    private static void flush() {
        System.out.flush();
        System.err.flush();
    }

    @Override
    public Object evalRaw(String source) {
        try {
            Outcome outcome = evaluator.eval(source, "code", this::display);
            return outcome.value();
        } catch (CellError e) {
            throw new IllegalStateException(e.report(), e);
        }
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return evaluator.inspect(code, at);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        return evaluator.complete(code, at);
    }

    @Override
    public String isComplete(String code) {
        String answer = evaluator.isComplete(code);
        return "complete".equals(answer) ? IS_COMPLETE_YES
                : "invalid".equals(answer) ? IS_COMPLETE_BAD
                : "unknown".equals(answer) ? IS_COMPLETE_MAYBE
                : answer;
    }

    @Override
    public void interrupt() {
        evaluator.interrupt();
    }

    @Override
    public void onStartup() {
        // BaseKernel's would look for JJava extensions: the course kernel has none.
    }

    /**
     * Replies, then ends the JVM as soon as the connection is closed (see {@link KernelProcess#exitSoon}):
     * a restart is a new process, and nothing of a session is worth saving.
     */
    @Override
    protected void handleShutdownRequest(ShellReplyEnvironment env, Message<ShutdownRequest> message) {
        boolean restart = message.getContent().isRestart();
        env.setBusyDeferIdle();
        env.defer().reply(restart ? ShutdownReply.SHUTDOWN_AND_RESTART : ShutdownReply.SHUTDOWN);
        onShutdown(restart);
        env.resolveDeferrals();
        KernelProcess.exitSoon(connection);
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        evaluator.interrupt();
    }
}
