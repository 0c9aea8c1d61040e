package dev.loomshowcase.engine;

/** A child JVM that misbehaves on request, for {@link ChildJvmTest}: {@code ok}, {@code exit}, {@code crash}, {@code hang}, {@code garbage}. */
public final class MisbehavingChild {

    private MisbehavingChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        switch (args[0]) {
            case "ok" -> System.out.println(ChildReport.MARKER + "{\"samples\":[{\"wallNanos\":5,\"cpuNanos\":1}],\"parallelism\":1,\"extras\":{}}");
            case "exit" -> {
                System.err.println("giving up early");
                System.exit(3);
            }
            case "crash" -> throw new IllegalStateException("boom in the child");
            case "hang" -> {
                System.out.println("hanging now");
                System.out.flush();
                new java.util.concurrent.CountDownLatch(1).await();
            }
            case "garbage" -> System.out.println("%%% not a result at all");
            default -> System.exit(99);
        }
    }
}
