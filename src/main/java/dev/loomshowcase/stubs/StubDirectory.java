package dev.loomshowcase.stubs;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code stub-services/}: the {@code loomshowcase.stubs.dir} system property when set (the
 * scripts set it), else the nearest {@code stub-services} in the working directory or its parents,
 * so that {@code cli.Main} or a seed file's {@code main} run from an IDE finds it too.
 */
public final class StubDirectory {

    public static final String PROPERTY = "loomshowcase.stubs.dir";

    private StubDirectory() {
    }

    public static Path locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("stub-services");
            if (Files.isDirectory(candidate.resolve("mappings"))) {
                return candidate;
            }
        }
        return Path.of("stub-services");
    }
}
