package dev.loomshowcase.engine;

import java.time.Instant;

/**
 * The machine and JVM a run was measured on; every report carries it, since numbers only mean
 * something next to the cores and JDK that produced them.
 */
public record Environment(String jdk, String vendor, int cores, String os, String arch, boolean preview,
                          String measuredAt) {

    /** The environment of the running JVM. */
    public static Environment current() {
        return new Environment(
                Runtime.version().toString(),
                System.getProperty("java.vendor"),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"),
                previewEnabled(),
                Instant.now().toString());
    }

    private static boolean previewEnabled() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().contains("--enable-preview");
    }
}
