package dev.loomshowcase.server;

import dev.loomshowcase.stubs.StubDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The warm-up drives real requests through a 1 ms copy of the stubs and says what it did, in bursts. */
@Tag("slow")
class JitWarmUpTest {

    private static final Pattern COUNT = Pattern.compile("\\): (\\d+) (aggregates|stub calls) in ");

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void stubsWarmUpAnswersEveryCallInWholeBursts() throws InterruptedException {
        String line = JitWarmUp.stubs(StubDirectory.locate(), 2 * JitWarmUp.BURST);

        assertTrue(line.contains("all answered 2xx"), line);
        int calls = count(line);
        assertTrue(calls == 999 || calls == 1998, "whole bursts of 333 calls per mapping: " + line);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void serverWarmUpRunsAggregatesThroughAThrowAwayServer() throws InterruptedException {
        String line = JitWarmUp.server(JitWarmUp.BURST, DownstreamClient.Kind.byDefault(), RequestThreads::virtual);

        assertTrue(line.contains("all answered 2xx"), line);
        assertEquals(JitWarmUp.BURST, count(line), "a cap of one burst runs one burst: " + line);
        assertTrue(line.contains("stopped at its cap"), "one burst cannot show three quiet ones: " + line);
    }

    @Test
    void namesTheCompilersOfThisJvm() {
        assertTrue(JitWarmUp.compilers().startsWith("C1"), JitWarmUp.compilers());
    }

    private static int count(String line) {
        Matcher m = COUNT.matcher(line);
        assertTrue(m.find(), line);
        return Integer.parseInt(m.group(1));
    }
}
