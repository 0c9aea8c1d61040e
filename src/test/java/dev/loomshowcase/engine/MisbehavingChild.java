package dev.loomshowcase.engine;

/** A child JVM that misbehaves on request, for {@link ChildJvmTest}: {@code ok}, {@code exit}, {@code crash}, {@code hang}, {@code garbage},
 * {@code live FILE} (prints a live line, and its result only once FILE exists: proof the parent saw the line while it ran). */
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
            case "live" -> liveThenResult(java.nio.file.Path.of(args[1]));
            default -> System.exit(99);
        }
    }

    private static void liveThenResult(java.nio.file.Path seen) throws InterruptedException {
        System.out.println("some ordinary output");
        LiveLine.emit(java.util.Map.of("type", "phase", "carrier", "ForkJoinPool-1-worker-1"));
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .pollInterval(java.time.Duration.ofMillis(10)).until(() -> java.nio.file.Files.exists(seen));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported below: the parent never wrote the file
        }
        System.out.println(java.nio.file.Files.exists(seen) ? ChildReport.MARKER
                + "{\"samples\":[{\"wallNanos\":5,\"cpuNanos\":1}],\"parallelism\":1,\"extras\":{}}" : "parent never saw the live line");
    }
}
