package dev.loomshowcase.scenes.pitfalls;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.observe.PinningMonitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When virtual threads do not help, even for "I/O": each pitfall measured against its fixed twin,
 * on the same carriers, with JFR watching for pinned virtual threads.
 *
 * <p>Hypothesis: a virtual thread frees its carrier only when it parks in Java code. A blocking
 * native call (usleep via FFM) holds the carrier, so 4 x carriers of them take ~4 call lengths where
 * Thread.sleep takes 1, and JFR sees nothing. Blocking under a native frame (an FFM upcall) or in a
 * class initializer also holds it, and JFR does report those as pinned. synchronized no longer pins
 * since JDK 24 (JEP 491). CPU-bound virtual threads are not time-sliced: on every carrier they delay
 * a 10 ms heartbeat by the length of their work, where a bounded platform pool does not.
 *
 * <p>Run it alone: {@code scripts/showcase pitfalls --quick}, or from an IDE {@code dev.loomshowcase.cli.Main}
 * with the program arguments {@code pitfalls --quick}.
 */
public final class PitfallsScenario implements Scenario {

    /** The scene\'s name on the command line and in the report. */
    public static final String NAME = "pitfalls";

    /** Blocking tasks per carrier: the ratio a held carrier produces against a free one. */
    static final int TASKS_PER_CARRIER = 4;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Pitfalls: where virtual threads stop helping, each case against its fixed twin";
    }

    @Override
    public String hypothesis() {
        return "Blocking native calls hold their carrier (4 tasks per carrier take ~4x, and JFR sees no pinning); "
                + "blocking in an FFM upcall or a class initializer pins and JFR reports it; synchronized no longer pins "
                + "(JDK 24+); CPU-bound virtual threads starve a 10 ms heartbeat, a bounded platform pool does not.";
    }

    @Override
    public boolean needsStubs() {
        return false;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        int carriers = Collections.max(options.carriers());
        RunMode mode = options.mode();
        long callMs = Math.max(50, Math.round(250 * mode.delayScale()));
        long cpuMs = Math.max(100, Math.round(500 * mode.delayScale()));
        List<CellSpec> cells = new ArrayList<>();
        for (String caseName : PitfallWorkload.CASES) {
            for (String variant : List.of("case", "twin")) {
                Map<String, String> params = Map.of("case", caseName, "variant", variant,
                        "tasks", Integer.toString(TASKS_PER_CARRIER * carriers), "callMs", Long.toString(callMs),
                        "cpuMs", Long.toString(cpuMs), PinningMonitor.PARAM, "true");
                cells.add(new CellSpec(PitfallWorkload.NAME, ThreadModel.VIRTUAL, carriers, mode.warmups(),
                        mode.repetitions(), params, List.of("--enable-native-access=ALL-UNNAMED")));
            }
        }
        return cells;
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        return Duration.ofSeconds(60 + 10L * (spec.warmups() + spec.repetitions()));
    }

    /** Pairs each case with its twin and judges the ratio of the two. */
    @Override
    public List<CellResult> analyse(List<CellOutcome> outcomes) {
        Map<String, CellOutcome> cases = new LinkedHashMap<>();
        Map<String, CellOutcome> twins = new LinkedHashMap<>();
        for (CellOutcome outcome : outcomes) {
            (outcome.spec().param("variant").equals("twin") ? twins : cases).put(outcome.spec().param("case"), outcome);
        }
        return cases.entrySet().stream()
                .map(e -> PitfallsJudge.judge(e.getKey(), e.getValue(), twins.get(e.getKey())))
                .toList();
    }
}
