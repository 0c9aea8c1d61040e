package dev.loomshowcase.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.loomshowcase.scenario.SeedPrediction;

/**
 * One cell of the measured decision matrix, derived from one measured scenario cell.
 *
 * @param cell        the measured cell it comes from, e.g. {@code virtual@2}; null when none was measured
 * @param measuredOn  what the cell measured, e.g. {@code 2 carriers on 2 cores (the core count)}; null when none
 * @param speedup     virtual threads over sequential; null (always written) when not measured
 * @param helps       true only when the cell's verdict is {@code helps}
 * @param verdict     the cell's verdict ({@code helps}, {@code no-effect}, ..., {@code failed}, {@code not-measured})
 * @param mark        ✔, ✘, ? (inconclusive) or FAILED
 * @param reason      the reason in a few words, from the cell's numbers
 * @param detail      the cell's full reason
 * @param rival       the fairer rival, e.g. {@code platform-pool@2}; null when there is none
 * @param vsRival     virtual threads over the rival; null when there is no rival
 * @param seed        the seed's prediction
 * @param agreement   {@code agrees}, {@code disagrees}, {@code unclear} or {@code unmeasured}
 * @param comment     what the reader should know about the agreement, said plainly
 * @param claims      the reason and the comment as claims, each with the numbers it rests on; empty when not measured
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"cell", "measuredOn", "speedup", "helps", "verdict", "mark", "reason", "detail", "rival", "vsRival", "seed",
        "agreement", "comment", "claims"})
public record MatrixCell(String cell, String measuredOn, @JsonInclude(JsonInclude.Include.ALWAYS) Double speedup, boolean helps, String verdict, String mark, String reason,
                         String detail, String rival, Double vsRival, SeedPrediction seed, String agreement,
                         String comment, java.util.List<dev.loomshowcase.engine.Claim> claims) {

    public MatrixCell {
        claims = claims == null ? java.util.List.of() : java.util.List.copyOf(claims);
    }

    /** A cell without claims (not measured, or failed). */
    public MatrixCell(String cell, String measuredOn, Double speedup, boolean helps, String verdict, String mark,
                      String reason, String detail, String rival, Double vsRival, SeedPrediction seed, String agreement,
                      String comment) {
        this(cell, measuredOn, speedup, helps, verdict, mark, reason, detail, rival, vsRival, seed, agreement, comment,
                java.util.List.of());
    }
}
