package dev.loomshowcase.observe;

/**
 * The virtual-thread scheduler's settings actually in effect, worked out the way JDK 25's
 * {@code VirtualThread.createDefaultScheduler} does: parallelism = the property or the core count;
 * maxPoolSize = the property (which also caps parallelism) or max(parallelism, 256).
 *
 * @param parallelism      carriers that run virtual threads at once (the JVM's GOMAXPROCS)
 * @param maxPoolSize      carriers the scheduler may add to compensate for pinned or blocked ones
 * @param parallelismSet   true when {@code jdk.virtualThreadScheduler.parallelism} was given
 * @param maxPoolSizeSet   true when {@code jdk.virtualThreadScheduler.maxPoolSize} was given
 */
public record SchedulerSettings(int parallelism, int maxPoolSize, boolean parallelismSet, boolean maxPoolSizeSet) {

    public static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";
    public static final String MAX_POOL_SIZE = "jdk.virtualThreadScheduler.maxPoolSize";

    /** The settings of the running JVM. */
    public static SchedulerSettings current() {
        return of(System.getProperty(PARALLELISM), System.getProperty(MAX_POOL_SIZE),
                Runtime.getRuntime().availableProcessors());
    }

    /** The settings the given property values (null when unset) give on {@code cores} cores. */
    public static SchedulerSettings of(String parallelismValue, String maxPoolSizeValue, int cores) {
        int parallelism = parallelismValue != null ? Integer.parseInt(parallelismValue.strip()) : cores;
        int maxPoolSize;
        if (maxPoolSizeValue != null) {
            maxPoolSize = Integer.parseInt(maxPoolSizeValue.strip());
            parallelism = Math.min(parallelism, maxPoolSize);
        } else {
            maxPoolSize = Math.max(parallelism, 256);
        }
        return new SchedulerSettings(parallelism, maxPoolSize, parallelismValue != null, maxPoolSizeValue != null);
    }
}
