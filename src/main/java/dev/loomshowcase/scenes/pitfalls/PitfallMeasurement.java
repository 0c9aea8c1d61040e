package dev.loomshowcase.scenes.pitfalls;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Set;

/**
 * What one pitfall cell measured, as the cell's extras: written by {@link PitfallWorkload} in the
 * child, read back by the scenario's judgement in the parent. The blocking cases fill {@code tasks},
 * {@code callMs} and {@code carriersUsed}; cpu-starvation fills the heartbeat's delays.
 *
 * @param caseName         the case, e.g. {@code native-call} (JSON: {@code case})
 * @param variant          {@code case} or its fixed {@code twin}
 * @param worstDelayMs     cpu-starvation: the median over runs of the heartbeat's worst delay
 * @param worstDelayMsRuns cpu-starvation: the heartbeat's worst delay in each run
 * @param tasks            blocking cases: tasks started
 * @param callMs           blocking cases: how long each call blocks
 * @param carriersUsed     blocking cases: the carriers the tasks ran on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PitfallMeasurement(@JsonProperty("case") String caseName, String variant, Double worstDelayMs,
                                 List<Double> worstDelayMsRuns, Integer tasks, Long callMs, Set<String> carriersUsed) {
}
