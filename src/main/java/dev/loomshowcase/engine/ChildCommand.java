package dev.loomshowcase.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command line of a cell's child JVM. A pure function, unit-tested without forking:
 * most fork bugs are argument bugs.
 */
public final class ChildCommand {

    /** The child's main class. */
    public static final String MAIN_CLASS = CellMain.class.getName();

    private ChildCommand() {
    }

    /**
     * The full command: when the spec asks for {@link CellSpec#cores() cores}, {@code taskset -c}
     * with that many CPUs in front; then the java launcher, the preview flag, native access (for {@link ProcessCpuClock}), the active processor
     * count (with cores), the runner's and then the spec's extra JVM options, and LAST the carrier
     * count as the virtual-thread scheduler's parallelism and max pool size, so that no earlier
     * option can silently override it (the last {@code -D} of a name wins); then the class path, the
     * main class, and the spec as one JSON argument.
     */
    public static List<String> build(String javaLauncher, String classPath, CellSpec spec, List<String> extraJvmOptions) {
        return build(javaLauncher, classPath, spec, extraJvmOptions, CpuSet.allowed(), CpuSet.taskset());
    }

    /** The same, with the CPUs allowed and the {@code taskset} launcher given (a pure function, for tests). */
    static List<String> build(String javaLauncher, String classPath, CellSpec spec, List<String> extraJvmOptions,
                              List<Integer> allowedCpus, java.util.Optional<String> taskset) {
        List<String> command = new ArrayList<>();
        if (spec.cores() > 0) {
            String cpus = CpuSet.first(spec.cores(), allowedCpus);
            taskset.ifPresent(launcher -> command.addAll(List.of(launcher, "-c", cpus)));
        }
        command.add(javaLauncher);
        command.add("--enable-preview");
        command.add("--enable-native-access=ALL-UNNAMED"); // ProcessCpuClock reads clock_gettime through FFM
        if (spec.cores() > 0) {
            command.add("-XX:ActiveProcessorCount=" + spec.cores());
        }
        command.addAll(extraJvmOptions);
        command.addAll(spec.jvmOptions());
        command.add("-Djdk.virtualThreadScheduler.parallelism=" + spec.carriers());
        command.add("-Djdk.virtualThreadScheduler.maxPoolSize=" + spec.carriers());
        command.add("-cp");
        command.add(classPath);
        command.add(MAIN_CLASS);
        command.add(Json.compact(spec));
        return List.copyOf(command);
    }

    /** The launcher of the running JVM, so children run on the same JDK (preview classes demand it). */
    public static String currentJavaLauncher() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + "/bin/java");
    }

    /** The class path of the running JVM. */
    public static String currentClassPath() {
        return System.getProperty("java.class.path");
    }
}
