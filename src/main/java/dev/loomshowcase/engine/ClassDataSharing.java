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

    /**
     * The options for a cell's child with this class path: none unless an archive is asked for and
     * every entry is a jar. The child is told the archive too, so the helper processes it starts
     * (stubs, load) can share archives of their own ({@link #helperOptions}).
     */
    public static List<String> childOptions(String classPath) {
        return childOptions(System.getProperty(ARCHIVE_PROPERTY), classPath);
    }

    /**
     * The options for a helper process a cell starts (its stubs, its load generator): the archive
     * beside the cells' one, named after the helper ({@code cells-stubs.jsa}), so each kind of process
     * keeps the classes it loads. WireMock's stubs start in ~0.7 s with it instead of ~1.4 s.
     */
    public static List<String> helperOptions(String helper, String classPath) {
        String archive = System.getProperty(ARCHIVE_PROPERTY);
        return archive == null || archive.isBlank() ? List.of() : sharing(helperArchive(archive, helper), classPath);
    }

    static List<String> childOptions(String archive, String classPath) {
        List<String> sharing = sharing(archive, classPath);
        if (sharing.isEmpty()) {
            return sharing;
        }
        List<String> options = new java.util.ArrayList<>(sharing);
        options.add("-D" + ARCHIVE_PROPERTY + "=" + archive);
        return List.copyOf(options);
    }

    /** {@code /t/cells.jsa} and {@code stubs} give {@code /t/cells-stubs.jsa}. */
    static String helperArchive(String archive, String helper) {
        int dot = archive.lastIndexOf('.');
        int slash = archive.lastIndexOf(File.separatorChar);
        return dot > slash ? archive.substring(0, dot) + "-" + helper + archive.substring(dot) : archive + "-" + helper;
    }

    private static List<String> sharing(String archive, String classPath) {
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
