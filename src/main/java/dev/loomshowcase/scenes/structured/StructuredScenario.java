package dev.loomshowcase.scenes.structured;

import dev.loomshowcase.scenario.CaseCells;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Units;
import dev.loomshowcase.engine.Verdict;
import dev.loomshowcase.stubs.StubMappings;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@code StructuredTaskScope} (JEP 505, preview in JDK 25) guarantees, each guarantee run
 * against the stubs and checked from the inside.
 *
 * <p>Hypothesis: the seed's goroutines leak and need hand-written cancellation; a scope ties its
 * subtasks' lifetimes to a block. Expect: a failure ends the scope in ~the failing call's 100 ms and
 * interrupts its siblings (fail-fast), where {@code CompletableFuture.allOf} reports the failure only once
 * the siblings answered and async code fails fast only by cancelling them by hand (fail-fast-async); a deadline bounds the wait (deadline); the fastest replica
 * wins and losers are cancelled (race); an optional call may fail without failing the answer
 * (partial); a ScopedValue reaches every subtask (context); the thread dump shows the scope tree
 * (thread-dump). A scope does not make anything faster than its slowest required call: it only
 * stops waiting for work whose result no longer matters.
 *
 * <p>Run it alone: {@code scripts/showcase structured --quick}, or from an IDE {@code dev.loomshowcase.cli.Main}
 * with the program arguments {@code structured --quick}.
 */
public final class StructuredScenario implements Scenario {

    @Override
    public String name() {
        return "structured";
    }

    @Override
    public String title() {
        return "Structured concurrency: what a StructuredTaskScope guarantees, checked per case";
    }

    @Override
    public String hypothesis() {
        return hypothesis("~100 ms", "1 s");
    }

    /** The same with the stubs' delays in the mode that runs: in a quick run the failure comes after ~20 ms, not 100. */
    @Override
    public String hypothesis(RunOptions options) {
        StubDelays delays = StubDelays.read(StubMappings.located(), options.mode().delayScale());
        return hypothesis("~" + Units.duration(delays.failure().toNanos() / 1e6), Units.duration(delays.call().toNanos() / 1e6));
    }

    private static String hypothesis(String failure, String call) {
        return "A scope bounds its subtasks' lifetimes: a failure fails fast (" + failure + ", not " + call + ") and cancels the "
                + "siblings; a deadline bounds the wait; the fastest replica wins; optional calls may fail; a ScopedValue "
                + "reaches every subtask; thread dumps show the scope tree. It never makes the slowest required call faster.";
    }

    @Override
    public boolean needsStubs() {
        return true;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        int carriers = Collections.max(options.carriers());
        RunMode mode = options.mode();
        Map<String, String> delays = StubDelays.read(StubMappings.located(), mode.delayScale()).toParams();
        return StructuredWorkload.CASES.keySet().stream()
                .map(name -> {
                    Map<String, String> params = new LinkedHashMap<>(delays);
                    params.put("case", name);
                    params.put("stubs", options.stubs().toString());
                    return new CellSpec(StructuredWorkload.NAME, ThreadModel.VIRTUAL, carriers, mode.warmups(),
                            mode.repetitions(), params);
                })
                .toList();
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        return Duration.ofSeconds(60 + 10L * (spec.warmups() + spec.repetitions()));
    }

    /** Each case is judged against its own guarantee: held in every run, or not. */
    @Override
    public List<CellResult> analyse(List<CellOutcome> outcomes) {
        return outcomes.stream().map(StructuredScenario::judge).toList();
    }

    static CellResult judge(CellOutcome outcome) {
        String caseName = outcome.spec().param("case");
        if (!outcome.ok()) {
            return CaseCells.failed(outcome, caseName, outcome.error());
        }
        Map<String, Object> extras = outcome.report().extras();
        boolean held = Boolean.TRUE.equals(extras.get("held"));
        String reason = (held ? "held in " : "did NOT hold in every run (held in ") + extras.get("heldRuns")
                + (held ? " runs: " : " runs): ") + extras.get("observed");
        return CaseCells.measured(outcome, null, held ? Verdict.HELD : Verdict.BROKEN, reason, extras);
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        return List.of("Each case is judged on its own guarantee, not against a sequential baseline: 'held' = it held "
                + "in every measured run (warm-ups excluded), 'broken' = it did not in at least one; wall time is one "
                + "whole case, scope open to close.");
    }
}
