package kernel;

/** Stands in for Jupyter in KernelProcessTest: a process that lives until it is killed. */
public final class Sleeper {
    private Sleeper() {}

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(120_000);
    }
}
