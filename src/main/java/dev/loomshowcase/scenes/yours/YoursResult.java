package dev.loomshowcase.scenes.yours;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.loomshowcase.engine.ScenarioResult;

import java.util.List;

/**
 * The JSON document of {@code yours}: every field a scenario result has (cells, notes, environment),
 * plus the task, the batch and the answer.
 *
 * @param result         the scenario's cells and notes, as every scenario reports them
 * @param task           what was measured, e.g. {@code acme.Sleeper} or {@code GET http://...}
 * @param tasks          copies of the task in one batch
 * @param oneTaskMs      one copy's median time alone, when the batch was sized from it; else null
 * @param classification io-bound, cpu-bound, mixed or coordination-bound; null when the baseline failed
 * @param answer         the three sentences: bound, concurrency on one core, parallelism on the cores
 * @param where          where the task pinned a carrier or got slower with more threads
 */
@JsonPropertyOrder({"scenario", "task", "tasks", "oneTaskMs", "classification", "answer", "where"})
public record YoursResult(@JsonUnwrapped ScenarioResult result, String task, int tasks, Double oneTaskMs,
                          TaskClass classification, List<String> answer, List<String> where) {

    /** The document for a run: its result, its scenario's batch, and the judge's answer. */
    public static YoursResult of(ScenarioResult result, YoursScenario scenario, String task, YoursAnswer answer) {
        Double probe = Double.isNaN(scenario.probeMs()) ? null : Math.round(scenario.probeMs() * 100) / 100.0;
        return new YoursResult(result, task, scenario.tasks(), probe, answer.classification(), answer.sentences(), answer.where());
    }
}
