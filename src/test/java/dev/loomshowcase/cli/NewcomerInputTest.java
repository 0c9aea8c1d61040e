package dev.loomshowcase.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a newcomer mistypes gets one line that says what was meant; a main job without stubs stops at once. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NewcomerInputTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aNameThatDiffersInCaseOrHyphensGetsADidYouMean() {
        for (String typed : List.of("fetchAll", "fetchall", "FETCH_ALL")) {
            CliRun run = run(typed);
            assertEquals(2, run.code(), typed);
            assertTrue(run.err().contains("did you mean fetch-all?"), run.err());
        }
        assertTrue(run("calculate_all").err().contains("did you mean calculate-all?"));
    }

    @Test
    void aNameOneEditAwayGetsADidYouMeanAndAStrangerGetsTheList() {
        assertTrue(run("coffe-shop").err().contains("did you mean coffee-shop?"));
        CliRun stranger = run("no-such-scenario");
        assertFalse(stranger.err().contains("did you mean"), stranger.err());
        assertTrue(stranger.err().contains("fetch-all"), stranger.err());
    }

    @Test
    void onlyNamesScenariosAndRowIdsWhenItDoesNotKnowAName() {
        CliRun run = run("--only", "io_bound");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("did you mean io-bound?"), run.err());
        assertTrue(run.err().contains("scenarios: fetch-all") && run.err().contains("matrix rows: io-bound"), run.err());
    }

    @Test
    void aStubsUrlWithoutASchemeGetsOnePlainLine() {
        CliRun run = run("fetch-all", "--stubs", "127.0.0.1:8089");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("expected a URL such as http://127.0.0.1:8089"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void theMainJobStopsBeforeAnyCellWhenTheStubsDoNotAnswerAndKeepsTheLastReport(@TempDir Path dir) throws IOException {
        Path earlier = dir.resolve("report.json");
        Files.writeString(earlier, "{\"sentinel\": true}");
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort(); // free once closed: nothing answers there
        }
        long start = System.nanoTime();
        CliRun run = run("--stubs", "http://127.0.0.1:" + closed, "--out", dir.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1, run.code(), run.err());
        assertTrue(seconds < 20, "took " + seconds + " s");
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("cannot reach the stubs"), run.err());
        assertEquals("{\"sentinel\": true}", Files.readString(earlier));
    }
}
