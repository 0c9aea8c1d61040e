package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a progress listener hears while cells run in rounds: one count per child JVM, each cell once as it ends. */
class RoundRunnerTest {

    private static final CellSpec BASE = new CellSpec("w", ThreadModel.SEQUENTIAL, 1, 0, 1, Map.of());
    private static final CellSpec VIRTUAL = new CellSpec("w", ThreadModel.VIRTUAL, 2, 0, 1, Map.of());
    private static final CellSpec ONCE = new CellSpec("w", ThreadModel.PLATFORM_POOL, 2, 0, 1, Map.of());

    /** Records what it hears, in order: "start i/n label" and "end i/n label". */
    private static final class Heard implements CellRunner.Progress {
        final List<String> events = new ArrayList<>();

        @Override
        public void started(CellSpec spec, int index, int total) {
            events.add("start " + (index + 1) + "/" + total + " " + spec.label());
        }

        @Override
        public void finished(CellOutcome outcome, int index, int total) {
            events.add("end " + (index + 1) + "/" + total + " " + outcome.spec().label());
        }
    }

    private static ChildReport report(double ms) {
        return new ChildReport(List.of(new Sample((long) (ms * 1e6), (long) (ms * 1e5))), 1, Map.of());
    }

    private static List<String> run(int extraRounds, RoundRunner.Fork fork) throws InterruptedException {
        Heard heard = new Heard();
        RoundPolicy policy = new RoundPolicy(VerdictRule.DEFAULT, extraRounds, Duration.ofHours(1), true);
        new RoundRunner(List.of(BASE, VIRTUAL, ONCE), spec -> spec == ONCE ? 1 : 3, policy)
                .run(spec -> Duration.ofSeconds(1), heard, new Rounds(42), fork);
        return heard.events;
    }

    @Test
    void theCountMovesWithEveryForkAndNeverRepeats() throws InterruptedException {
        List<String> starts = run(0, (spec, timeout) -> report(100)).stream().filter(e -> e.startsWith("start")).toList();
        assertEquals(7, starts.size(), "3 + 3 + 1 forks: " + starts);
        for (int i = 0; i < starts.size(); i++) {
            assertTrue(starts.get(i).startsWith("start " + (i + 1) + "/7 "), starts.toString());
        }
    }

    @Test
    void eachCellEndsOnceAsSoonAsNoLaterRoundMeasuresIt() throws InterruptedException {
        List<String> events = run(0, (spec, timeout) -> report(100));
        List<String> ends = events.stream().filter(e -> e.startsWith("end")).toList();
        assertEquals(3, ends.size(), events.toString());
        assertEquals(List.of("end 1/3", "end 2/3", "end 3/3"), ends.stream().map(e -> e.substring(0, 7)).toList());
        int onceStarted = firstIndex(events, "start", "platform-pool@2");
        assertTrue(events.get(onceStarted + 1).startsWith("end") && events.get(onceStarted + 1).endsWith("platform-pool@2"),
                "the single-fork cell ends right after its only run: " + events);
    }

    @Test
    void withExtraRoundsPossibleMultiForkCellsEndAfterTheLastRound() throws InterruptedException {
        double[] moving = {100, 60, 100, 60, 100, 60};
        int[] calls = {0};
        List<String> events = run(2, (spec, timeout) -> spec == VIRTUAL ? report(moving[calls[0]++ % moving.length]) : report(100));
        List<String> starts = events.stream().filter(e -> e.startsWith("start")).toList();
        assertEquals(11, starts.size(), "7 planned + 2 extra rounds of the 2 multi-fork cells: " + events);
        assertTrue(starts.getLast().startsWith("start 11/11"), starts.toString());
        assertTrue(events.getLast().startsWith("end 3/3"), events.toString());
        assertEquals(3, events.stream().filter(e -> e.startsWith("end")).count());
    }

    @Test
    void aCellAcrossAnEdgeRunsMoreRoundsWithItsBaselineOnlyAndSaysWhy() throws InterruptedException {
        double[] straddling = {111, 99, 98, 100, 101, 99, 100};
        int[] calls = {0};
        Heard heard = new Heard();
        List<CellOutcome> outcomes = new RoundRunner(List.of(BASE, VIRTUAL, ONCE), spec -> spec == ONCE ? 1 : 3, RoundPolicy.quick())
                .run(spec -> Duration.ofSeconds(1), heard, new Rounds(42),
                        (spec, timeout) -> spec == VIRTUAL ? report(straddling[calls[0]++]) : report(100));
        assertEquals(5, outcomes.get(1).report().extras().get(Rounds.ROUNDS), "0.90x in round 1 needs two more rounds to be outvoted");
        assertEquals(5, outcomes.get(0).report().extras().get(Rounds.ROUNDS), "the baseline runs beside it");
        assertEquals(1, outcomes.get(2).report().samples().size(), "the settled single-fork cell is not run again");
        String why = (String) outcomes.get(1).report().extras().get(Rounds.ROUNDS_WHY);
        assertTrue(why.startsWith("5 rounds: 3 planned, 2 more, its rounds gave 0.90x..1.02x"), why);
        assertTrue(((String) outcomes.get(0).report().extras().get(Rounds.ROUNDS_WHY)).endsWith("as the baseline of virtual@2"));
    }

    @Test
    void aCellThatNeverSettlesStopsAtTheBudgetAndSaysSo() throws InterruptedException {
        int[] calls = {0};
        var policy = new RoundPolicy(VerdictRule.DEFAULT, 2, Duration.ofHours(1), false);
        List<CellOutcome> outcomes = new RoundRunner(List.of(BASE, VIRTUAL), spec -> 3, policy)
                .run(spec -> Duration.ofSeconds(1), new Heard(), new Rounds(1),
                        (spec, timeout) -> spec == VIRTUAL ? report(calls[0]++ % 2 == 0 ? 80 : 120) : report(100));
        assertEquals(5, outcomes.get(1).report().extras().get(Rounds.ROUNDS));
        assertTrue(((String) outcomes.get(1).report().extras().get(Rounds.ROUNDS_WHY)).contains("still unsettled when the budget"));
    }

    @Test
    void aFailedCellEndsAtOnceAndIsNotRunAgain() throws InterruptedException {
        List<String> events = run(0, (spec, timeout) -> {
            if (spec == VIRTUAL) {
                throw new ChildJvmException(ChildJvmException.Kind.NO_RESULT, "boom");
            }
            return report(100);
        });
        assertEquals(1, events.stream().filter(e -> e.startsWith("start") && e.endsWith("virtual@2")).count(), events.toString());
        int start = firstIndex(events, "start", "virtual@2");
        assertTrue(events.get(start + 1).startsWith("end") && events.get(start + 1).endsWith("virtual@2"), events.toString());
    }

    private static int firstIndex(List<String> events, String kind, String label) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).startsWith(kind) && events.get(i).endsWith(label)) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " of " + label + " in " + events);
    }
}
