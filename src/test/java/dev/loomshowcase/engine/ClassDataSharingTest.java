package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassDataSharingTest {

    @Test
    void aClassPathOfJarsGetsTheArchiveTheLauncherAskedFor() {
        List<String> options = ClassDataSharing.childOptions("/t/cells.jsa", "/t/app.jar:/m2/jackson.jar");
        assertTrue(options.contains("-XX:+AutoCreateSharedArchive"), options.toString());
        assertTrue(options.contains("-XX:SharedArchiveFile=/t/cells.jsa"), options.toString());
        assertTrue(options.contains("-D" + ClassDataSharing.ARCHIVE_PROPERTY + "=/t/cells.jsa"), "the cell hears of it: " + options);
    }

    @Test
    void eachKindOfHelperProcessKeepsAnArchiveBesideTheCells() {
        assertEquals("/t/cells-stubs.jsa", ClassDataSharing.helperArchive("/t/cells.jsa", "stubs"));
        assertEquals("/t.d/cells-load", ClassDataSharing.helperArchive("/t.d/cells", "load"));
    }

    @Test
    void noArchiveAskedForOrADirectoryOnTheClassPathMeansNone() {
        assertEquals(List.of(), ClassDataSharing.childOptions(null, "/t/app.jar"));
        assertEquals(List.of(), ClassDataSharing.childOptions("", "/t/app.jar"));
        assertEquals(List.of(), ClassDataSharing.childOptions("/t/cells.jsa", "/t/classes:/m2/jackson.jar"));
    }

    @Test
    void aCellWithJvmOptionsOfItsOwnGoesWithoutTheArchive() {
        var plain = new CellSpec("w", ThreadModel.VIRTUAL, 1, 0, 1, Map.of());
        var ownGc = new CellSpec("w", ThreadModel.VIRTUAL, 1, 0, 1, Map.of(), List.of("-XX:+UseParallelGC"));
        List<String> sharing = ClassDataSharing.childOptions("/t/cells.jsa", "/t/app.jar");
        assertEquals(sharing, CellRunner.jvmOptions(List.of(), sharing, plain));
        assertEquals(List.of(), CellRunner.jvmOptions(List.of(), sharing, ownGc));
    }
}
