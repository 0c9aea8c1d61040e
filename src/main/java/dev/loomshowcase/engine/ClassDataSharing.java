package dev.loomshowcase.engine;

import java.io.File;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options that let a cell's child JVM load its classes from a shared archive (AppCDS) instead
 * of parsing and verifying them again: about 2,000 classes, 550 of them Jackson's, which cost each
 * child about 0.3 s of the main job's three minutes before its first repetition.
 *
 * <p>Why this cannot change a measurement: the archive holds classes as loaded, not compiled code or
 * profiles (the JIT starts cold as before), and every repetition runs after class loading anyway. The
 * JVM keeps the archive itself ({@code -XX:+AutoCreateSharedArchive}): the first child writes it at
 * exit, a child that finds it stale (the jar changed) writes it again. Asked for by the launcher
 * script through {@value #ARCHIVE_PROPERTY}; a class path with a directory on it cannot be archived,
 * so tests and IDE runs go without.
 */
public final class ClassDataSharing {

    /** The system property naming the archive file; unset, children run without one. */
    public static final String ARCHIVE_PROPERTY = "loomshowcase.cds.archive";

    private ClassDataSharing() {
    }

    /** The options for a child with this class path: none unless an archive is asked for and every entry is a jar. */
    public static List<String> childOptions(String classPath) {
        return childOptions(System.getProperty(ARCHIVE_PROPERTY), classPath);
    }

    static List<String> childOptions(String archive, String classPath) {
        if (archive == null || archive.isBlank() || !onlyJars(classPath)) {
            return List.of();
        }
        // The archive's own log lines (classes it skips, a stale archive replaced) are not the cell's output.
        return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:aot=off");
    }

    private static boolean onlyJars(String classPath) {
        return classPath != null && !classPath.isBlank()
                && Arrays.stream(classPath.split(File.pathSeparator)).allMatch(entry -> entry.endsWith(".jar"));
    }
}
