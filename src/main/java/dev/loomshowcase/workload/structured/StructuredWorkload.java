package dev.loomshowcase.workload.structured;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.workload.Downstream;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;

/**
 * Runs one structured-concurrency case per repetition (the case itself opens its scopes) and keeps
 * what every run observed: the cell reports in how many runs the guarantee held, and the last run's
 * measurements.
 */
public final class StructuredWorkload implements Workload {

    public static final String NAME = "structured";

    /** The cases, in the order the scenario runs them. */
    public static final Map<String, BiFunction<Downstream, StubDelays, StructuredCase>> CASES = casesInOrder();

    private final Downstream downstream;
    private final StructuredCase scenarioCase;
    private int runs;
    private int held;
    private CaseOutcome last;

    StructuredWorkload(Downstream downstream, StructuredCase scenarioCase) {
        this.downstream = downstream;
        this.scenarioCase = scenarioCase;
    }

    /** Builds the workload from a cell's {@code case}, {@code stubs} and {@code delayScale} parameters. */
    public static StructuredWorkload fromSpec(CellSpec spec) {
        var factory = CASES.get(spec.param("case"));
        if (factory == null) {
            throw new IllegalArgumentException("unknown structured case '" + spec.param("case") + "' (known: " + CASES.keySet() + ")");
        }
        Downstream downstream = new Downstream(URI.create(spec.param("stubs")), Duration.ofSeconds(30));
        StubDelays delays = new StubDelays(Double.parseDouble(spec.params().getOrDefault("delayScale", "1.0")));
        return new StructuredWorkload(downstream, factory.apply(downstream, delays));
    }

    private static Map<String, BiFunction<Downstream, StubDelays, StructuredCase>> casesInOrder() {
        Map<String, BiFunction<Downstream, StubDelays, StructuredCase>> cases = new LinkedHashMap<>();
        cases.put("fail-fast", FailFastCase::new);
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
        runs++;
        held += outcome.held() ? 1 : 0;
        last = outcome;
    }

    @Override
    public Map<String, Object> extras() {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("case", scenarioCase.name());
        extras.put("held", runs > 0 && held == runs);
        extras.put("heldRuns", held + "/" + runs);
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
