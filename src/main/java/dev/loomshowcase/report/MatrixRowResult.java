package dev.loomshowcase.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One row of the measured decision matrix.
 *
 * @param title    the seed's row name
 * @param scenario the scenario that measured it
 * @param seedWhy  the seed's explanation
 * @param single   the single-carrier cell
 * @param multi    the multi-carrier cell
 */
@JsonPropertyOrder({"title", "scenario", "seedWhy", "single-carrier", "multi-carrier"})
public record MatrixRowResult(String title, String scenario, String seedWhy,
                              @JsonProperty("single-carrier") MatrixCell single,
                              @JsonProperty("multi-carrier") MatrixCell multi) {

    public MatrixCell cell(MatrixColumn column) {
        return column == MatrixColumn.SINGLE ? single : multi;
    }
}
