package dev.loomshowcase.dashboard;

import dev.loomshowcase.scenario.RunMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a run request may ask, and the message a bad one gets back. */
@org.junit.jupiter.api.Timeout(30)
class RunRequestTest {

    static final Set<String> KNOWN = new Scenes().names();

    private static RunRequest parse(String scenario, Map<String, List<String>> query) throws BadRequest {
        return RunRequest.parse(scenario, query, KNOWN);
    }

    @Test
    void quickAndCarriersAreRead() throws Exception {
        RunRequest request = parse("timeline", Map.of("quick", List.of("true"), "carriers", List.of("1, 2,2")));
        assertEquals(RunMode.QUICK, request.mode());
        assertEquals(List.of(1, 2), request.carriers(), "trimmed, duplicates dropped");
    }

    @Test
    void namedModesAndTheQuickDefault() throws Exception {
        assertEquals(RunMode.THOROUGH, parse("main", Map.of("mode", List.of("thorough"))).mode());
        assertEquals(RunMode.STANDARD, parse("fetch-all", Map.of("mode", List.of("standard"))).mode());
        assertEquals(RunMode.THOROUGH, parse("fetch-all", Map.of("thorough", List.of(""))).mode(), "a bare flag means true");
        assertEquals(RunMode.QUICK, parse("fetch-all", Map.of()).mode(), "on stage, quick unless asked");
    }

    @Test
    void unknownScenarioNamesTheKnownOnes() {
        var e = assertThrows(BadRequest.class, () -> parse("no-such-scenario", Map.of()));
        assertTrue(e.getMessage().startsWith("unknown scenario 'no-such-scenario' (known: env, timeline"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "carriers|0|carriers must be whole numbers from 1 to 256",
            "carriers|1,x|carriers must be whole numbers from 1 to 256",
            "carriers|999|carriers must be whole numbers from 1 to 256",
            "carriers|''|carriers must be whole numbers",
            "mode|fast|mode must be quick, standard or thorough, got 'fast'",
            "quick|maybe|quick must be true or false, got 'maybe'",
            "colour|red|unknown option 'colour'"})
    void badOptionsAreRefusedWithTheirReason(String name, String value, String message) {
        var e = assertThrows(BadRequest.class, () -> parse("timeline", Map.of(name, List.of(value))));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void contradictionsAreRefused() {
        var both = assertThrows(BadRequest.class, () -> parse("timeline", Map.of("quick", List.of("true"), "thorough", List.of("true"))));
        assertEquals("quick and thorough exclude each other", both.getMessage());
        var twice = assertThrows(BadRequest.class, () -> parse("timeline", Map.of("carriers", List.of("1", "2"))));
        assertEquals("carriers given 2 times", twice.getMessage());
        var mixed = assertThrows(BadRequest.class, () -> parse("timeline", Map.of("mode", List.of("quick"), "quick", List.of("true"))));
        assertTrue(mixed.getMessage().contains("not both"), mixed.getMessage());
    }
}
