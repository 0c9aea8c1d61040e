package dev.loomshowcase.server;

import dev.loomshowcase.engine.ClassDataSharing;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a process a server cell starts beside itself (its stubs, its load generator, its
 * rate sweep): this JVM's launcher and class path, so every process runs the same code on the same JDK,
 * and a class-data archive of the helper's own when the launcher asked for archives.
 */
final class HelperJvm {

    private HelperJvm() {
    }

    /**
     * {@code java --enable-preview OPTIONS [archive options] -cp CLASSPATH MAIN ARGS}: a pure function, so
     * a test can read the command without starting anything.
     */
    static List<String> command(String helper, String java, String classPath, List<String> jvmOptions,
                                Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>(List.of(java, "--enable-preview"));
        command.addAll(jvmOptions);
        command.addAll(ClassDataSharing.helperOptions(helper, classPath));
        command.addAll(List.of("-cp", classPath, main.getName()));
        command.addAll(args);
        return command;
    }

    /** The same, with this JVM's launcher and class path. */
    static List<String> command(String helper, List<String> jvmOptions, Class<?> main, List<String> args) {
        return command(helper, dev.loomshowcase.engine.ChildCommand.currentJavaLauncher(),
                dev.loomshowcase.engine.ChildCommand.currentClassPath(), jvmOptions, main, args);
    }
}
