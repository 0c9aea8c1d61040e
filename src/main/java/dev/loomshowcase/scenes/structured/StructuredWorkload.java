package dev.loomshowcase.scenes.structured;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.downstream.Downstream;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;

/**
 * Runs one structured-concurrency case per repetition (the case itself opens its scopes) and keeps
 * what every run observed: the cell reports in how many measured runs the guarantee held, and the
 * last run's measurements.
 */
public final class StructuredWorkload implements Workload {

    public static final String NAME = "structured";

    /** The cases, in the order the scenario runs them. */
    public static final Map<String, BiFunction<Downstream, StubDelays, StructuredCase>> CASES = casesInOrder();

    private final Downstream downstream;
    private final StructuredCase scenarioCase;
    private final int repetitions;
    private final List<Boolean> held = new ArrayList<>();
    private CaseOutcome last;

    /**
     * @param repetitions how many of the last runs are measured ones (earlier runs are warm-ups,
     *                    whose first HTTP connections and JIT compilation are not what a case shows)
     */
    StructuredWorkload(Downstream downstream, StructuredCase scenarioCase, int repetitions) {
        this.downstream = downstream;
        this.scenarioCase = scenarioCase;
        this.repetitions = repetitions;
    }

    /** Builds the workload from a cell's {@code case}, {@code stubs} and stub-delay parameters ({@link StubDelays#toParams}). */
    public static StructuredWorkload fromSpec(CellSpec spec) {
        var factory = CASES.get(spec.param("case"));
        if (factory == null) {
            throw new IllegalArgumentException("unknown structured case '" + spec.param("case") + "' (known: " + CASES.keySet() + ")");
        }
        Downstream downstream = new Downstream(URI.create(spec.param("stubs")), Duration.ofSeconds(30));
        StubDelays delays = StubDelays.fromParams(spec.params());
        return new StructuredWorkload(downstream, factory.apply(downstream, delays), spec.repetitions());
    }

    private static Map<String, BiFunction<Downstream, StubDelays, StructuredCase>> casesInOrder() {
        Map<String, BiFunction<Downstream, StubDelays, StructuredCase>> cases = new LinkedHashMap<>();
        cases.put("fail-fast", FailFastCase::new);
        cases.put("fail-fast-async", FailFastAsyncCase::new);
        cases.put("deadline", DeadlineCase::new);
        cases.put("race", RaceCase::new);
        cases.put("partial", PartialCase::new);
        cases.put("context", ContextCase::new);
        cases.put("thread-dump", ThreadDumpCase::new);
        return java.util.Collections.unmodifiableMap(cases);
    }

    @Override
    public List<Callable<Object>> tasks() {
        return List.of(scenarioCase::run);
    }

    @Override
    public void verify(List<Object> results) {
        if (results.size() != 1 || !(results.getFirst() instanceof CaseOutcome outcome)) {
            throw new IllegalStateException("a structured case returns one outcome, got " + results);
        }
        held.add(outcome.held());
        last = outcome;
    }

    @Override
    public Map<String, Object> extras() {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("case", scenarioCase.name());
        List<Boolean> measured = held.subList(Math.max(0, held.size() - repetitions), held.size());
        long heldRuns = measured.stream().filter(Boolean::booleanValue).count();
        extras.put("held", !measured.isEmpty() && heldRuns == measured.size());
        extras.put("heldRuns", heldRuns + "/" + measured.size());
        if (last != null) {
            extras.put("observed", last.summary());
            extras.putAll(last.details());
        }
        return extras;
    }

    @Override
    public void close() {
        downstream.close();
    }
}
