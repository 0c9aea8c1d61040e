package dev.loomshowcase.engine;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One analysed cell, as reported in tables and JSON. Workload extras (throughput, percentiles...)
 * appear as top-level JSON fields next to the common ones.
 *
 * @param model    the cell's thread model
 * @param carriers carrier count
 * @param wallMs   wall time per repetition, ms; null when failed
 * @param cpuMs    process CPU time per repetition, ms; null when failed
 * @param cpuShare median CPU time / (median wall time x carriers)
 * @param speedup  baseline median / this median; null when failed
 * @param verdict  computed verdict
 * @param reason   one line grounded in the numbers
 * @param error    why the cell failed, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"model", "carriers", "wallMs", "cpuMs", "cpuShare", "speedup", "verdict", "reason", "error"})
public record CellResult(ThreadModel model, int carriers, Stats wallMs, Stats cpuMs, Double cpuShare, Double speedup,
                         Verdict verdict, String reason, String error,
                         @JsonIgnore Map<String, Object> extras) {

    public CellResult {
        extras = extras == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    @JsonAnyGetter
    public Map<String, Object> extraFields() {
        return extras;
    }

    /**
     * Extra: the core count to name in the label, set when one run measured its cells on more than one
     * ({@code --cores 1,2}); absent otherwise.
     */
    public static final String LABEL_CORES = "labelCores";

    /**
     * Label such as {@code virtual@2}; the case instead of the model when the cell is a case
     * ({@code fail-fast@2}); with the client count when it is under load ({@code virtual@2 c=100}); with
     * the cores when the run measured more than one core count ({@code virtual@2 on 1 core}).
     */
    public String label() {
        String name = (extras.get("case") instanceof String caseName ? caseName : model.id()) + "@" + carriers;
        String loaded = extras.get("concurrency") instanceof Number clients ? name + " c=" + clients : name;
        loaded = extras.get(LABEL_NOTE) instanceof String note ? loaded + " " + note : loaded;
        return extras.get(LABEL_CORES) instanceof Number cores ? loaded + CellSpec.onCores(cores.intValue()) : loaded;
    }

    /**
     * Extra: a few words that tell this cell from others of the same model and carriers in one scenario
     * ({@code sized heap}), so that cells that differ get labels that differ.
     */
    public static final String LABEL_NOTE = "labelNote";
    /**
     * Extras a judge adds where one scenario judges its cells by different metrics (million: threads
     * started per second, heap per thread): the figure its speedup divides, and what it is, so the
     * table can show it instead of a wall time the verdict never read.
     */
    public static final String FIGURE = "tableFigure";
    public static final String FIGURE_OF = "tableFigureOf";
    /** Extra: what a cell's {@code throughput} counts per second, when not requests ({@code queries/s}); the table's header says it. */
    public static final String RATE_UNIT = "rateUnit";

    /** The same cell, labelled with the cores its child JVM ran on (when it reported them). */
    public CellResult withCoresInLabel() {
        return extras.get(CellMain.CORES) instanceof Number cores ? withExtra(LABEL_CORES, cores.intValue()) : this;
    }

    /** The same cell with another verdict and reason, e.g. when a scenario judges against a fairer rival. */
    public CellResult withVerdict(Verdict newVerdict, String newReason) {
        return withJudgement(speedup, newVerdict, newReason);
    }

    /** The same cell judged anew: its speedup (null when there is none), verdict and reason. */
    public CellResult withJudgement(Double newSpeedup, Verdict newVerdict, String newReason) {
        return new CellResult(model, carriers, wallMs, cpuMs, cpuShare, newSpeedup, newVerdict, newReason, error, extras);
    }

    /** The same cell with one extra added (or replaced), after the ones it has. */
    public CellResult withExtra(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extras);
        more.put(name, value);
        return new CellResult(model, carriers, wallMs, cpuMs, cpuShare, speedup, verdict, reason, error, more);
    }

    /** The cell's extras read back into the record its workload wrote them from (other extras are ignored). */
    public <T> T extrasAs(Class<T> type) {
        return Json.read(extras, type);
    }

    /**
     * An extra read back into its type: in the parent, extras arrive from the child as JSON maps and lists.
     *
     * @throws IllegalStateException when the cell reported no such extra
     */
    public <T> T extra(String name, TypeReference<T> type) {
        Object raw = extras.get(name);
        if (raw == null) {
            throw new IllegalStateException("cell " + label() + " reported no '" + name + "'");
        }
        return Json.mapper().convertValue(raw, type);
    }
}
