package dev.loomshowcase.scenes.payments;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loomshowcase.engine.Json;

import java.util.Map;

/**
 * The payments cell's own measurements, typed: written into the cell's extras by Jackson (so the
 * JSON keeps its field names) and read back from them by the notes.
 *
 * @param payments            signatures per batch
 * @param jitWarmupSignatures signatures made before any batch while the JIT settled
 * @param latencyMs           payment latency from the batch's arrival to its signature; absent before measuring
 * @param contextSwitches     median context switches per measured batch; absent where getrusage is unavailable
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentsExtras(int payments, int jitWarmupSignatures, Latency latencyMs, Switches contextSwitches) {

    private static final ObjectMapper READER = Json.mapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Latency percentiles in milliseconds. */
    public record Latency(double p50, double p99, double max) {
    }

    /** Median voluntary and involuntary switches per batch. */
    public record Switches(long voluntary, long involuntary) {
    }

    /** As the cell's extras map. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap() {
        return Json.mapper().convertValue(this, Map.class);
    }

    /** Read back from a cell's extras (other keys, such as throughput, are ignored). */
    public static PaymentsExtras from(Map<String, Object> extras) {
        return READER.convertValue(extras, PaymentsExtras.class);
    }

}
