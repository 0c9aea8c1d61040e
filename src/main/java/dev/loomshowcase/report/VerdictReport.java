package dev.loomshowcase.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.engine.ScenarioResult;

import java.util.List;
import java.util.Map;

/**
 * The main job's document ({@code report.json}): the measured decision matrix, every scenario's
 * cells in the common format, and where it was measured.
 *
 * @param title       what this report answers
 * @param mode        quick or thorough
 * @param environment the machine and JVM
 * @param load        the machine's load average before and after the run; null when unknown
 * @param elapsedS    how long the run took
 * @param matrix      rows by id ({@code io-bound}, {@code cpu-bound}, {@code mixed}, {@code coordination})
 * @param scenarios   every scenario run, failed ones included (with no cells and the error in its notes)
 * @param notes       warnings for the reader: failures, disagreements, noise (printed under "Said plainly")
 * @param saidPlainly every note that is a finding, as a claim with the numbers it rests on (failures are facts,
 *                    not findings, and appear in the notes only)
 */
@JsonPropertyOrder({"title", "mode", "environment", "load", "elapsedS", "matrix", "scenarios", "notes", "saidPlainly"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerdictReport(String title, String mode, Environment environment, MachineLoad load, double elapsedS,
                            Map<String, MatrixRowResult> matrix, List<ScenarioResult> scenarios, List<String> notes,
                            List<dev.loomshowcase.engine.Claim> saidPlainly) {

    public VerdictReport {
        saidPlainly = saidPlainly == null ? List.of() : List.copyOf(saidPlainly);
    }

    /** A report whose notes carry no claims. */
    public VerdictReport(String title, String mode, Environment environment, MachineLoad load, double elapsedS,
                         Map<String, MatrixRowResult> matrix, List<ScenarioResult> scenarios, List<String> notes) {
        this(title, mode, environment, load, elapsedS, matrix, scenarios, notes, List.of());
    }

    /** The same report with the machine's load recorded, and a warning first in the notes when it was busy. */
    public VerdictReport withLoad(MachineLoad measured) {
        List<String> all = new java.util.ArrayList<>();
        List<dev.loomshowcase.engine.Claim> claims = new java.util.ArrayList<>();
        measured.warning().ifPresent(all::add);
        measured.warningClaim().ifPresent(claims::add);
        all.addAll(notes);
        claims.addAll(saidPlainly);
        return new VerdictReport(title, mode, environment, measured, elapsedS, matrix, scenarios, all, claims);
    }

    /** The load, when it was measured. */
    public java.util.Optional<MachineLoad> loadOrEmpty() {
        return java.util.Optional.ofNullable(load);
    }

    public static final String TITLE = "When do virtual threads help? The seed's decision matrix, measured here";

    /** True when any row's cell failed. */
    public boolean anyFailed() {
        return matrix.values().stream()
                .anyMatch(r -> r.single().verdict().equals("failed") || r.multi().verdict().equals("failed"))
                || scenarios.stream().anyMatch(ScenarioResult::anyFailed);
    }
}
