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
     * The full command: the java launcher, the preview flag, the carrier count as the virtual-thread
     * scheduler's parallelism and max pool size, the runner's and then the spec's extra JVM options, the class path, the main class,
     * and the spec as one JSON argument.
     */
    public static List<String> build(String javaLauncher, String classPath, CellSpec spec, List<String> extraJvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaLauncher);
        command.add("--enable-preview");
        command.add("-Djdk.virtualThreadScheduler.parallelism=" + spec.carriers());
        command.add("-Djdk.virtualThreadScheduler.maxPoolSize=" + spec.carriers());
        command.addAll(extraJvmOptions);
        command.addAll(spec.jvmOptions());
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
