package dev.loomshowcase.workload;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * The seed's payment processor: a batch of payments arrives at once, one task per payment, each
 * task one ECDSA P-256 signature. Besides wall time it records what a queueing payment feels:
 * its latency from the batch's arrival (when every task is handed to the runner) to its own
 * signature, and the process's context switches per batch.
 *
 * <p>Warm-up batches are run but not recorded; the histogram and switch counts cover the measured
 * batches only, like the engine's samples.
 */
public final class PaymentsWorkload implements Workload {

    public static final String NAME = "payments";
    /** The seed spawned one goroutine per transaction, 1000 of them. */
    public static final int DEFAULT_PAYMENTS = 1000;
    /** Signatures made before any batch, to let the JIT compile the signing code. */
    static final int JIT_WARMUP_SIGNATURES = 4000;

    private final PaymentSigner signer = new PaymentSigner();
    private final int payments;
    private final int warmups;
    private final Histogram latencyMicros = new ConcurrentHistogram(3);
    private final List<ContextSwitches> switchesPerBatch = new ArrayList<>();
    private int batches;
    private ContextSwitches batchStart;

    public PaymentsWorkload(int payments, int warmups) {
        if (payments < 1) {
            throw new IllegalArgumentException("payments must be at least 1, was " + payments);
        }
        this.payments = payments;
        this.warmups = warmups;
    }

    /**
     * Builds the workload from a cell's {@code payments} parameter and its warm-up count, with the JIT
     * warmed up by {@code jitWarmup} signatures (default {@link #JIT_WARMUP_SIGNATURES}).
     */
    public static PaymentsWorkload fromSpec(CellSpec spec) {
        var workload = new PaymentsWorkload(Integer.parseInt(spec.params().getOrDefault("payments", "" + DEFAULT_PAYMENTS)),
                spec.warmups());
        workload.warmUpSigner(Integer.parseInt(spec.params().getOrDefault("jitWarmup", "" + JIT_WARMUP_SIGNATURES)));
        return workload;
    }

    /**
     * Signs {@code signatures} payments on the calling thread, the same in every cell: the
     * EC code is large and C2 takes a few thousand signatures to settle, longer than a few warm-up
     * batches of a fast model, and a cell still compiling would measure the compiler.
     */
    void warmUpSigner(int signatures) {
        try {
            for (int i = 0; i < signatures; i++) {
                signer.sign(i);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Callable<Object>> tasks() {
        batches++;
        boolean measured = batches > warmups;
        batchStart = ContextSwitches.now().orElse(null);
        long arrival = System.nanoTime();
        return IntStream.range(0, payments)
                .<Callable<Object>>mapToObj(payment -> () -> signAndRecord(payment, arrival, measured))
                .toList();
    }

    private byte[] signAndRecord(int payment, long arrival, boolean measured) throws GeneralSecurityException {
        byte[] signature = signer.sign(payment);
        if (measured) {
            latencyMicros.recordValue(Math.max(0, (System.nanoTime() - arrival) / 1000));
        }
        return signature;
    }

    @Override
    public void verify(List<Object> results) {
        var end = ContextSwitches.now();
        if (batches > warmups && batchStart != null && end.isPresent()) {
            switchesPerBatch.add(end.get().minus(batchStart));
        }
        if (results.size() != payments) {
            throw new IllegalStateException("expected " + payments + " signatures, got " + results.size());
        }
        try {
            for (int payment : new int[] {0, payments - 1}) {
                if (!(results.get(payment) instanceof byte[] signed) || !signer.verify(payment, signed)) {
                    throw new IllegalStateException("payment " + payment + " carries no valid signature");
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot check a signature: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, Object> extras() {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("payments", payments);
        if (latencyMicros.getTotalCount() > 0) {
            extras.put("latencyMs", Map.of(
                    "p50", latencyMicros.getValueAtPercentile(50) / 1000.0,
                    "p99", latencyMicros.getValueAtPercentile(99) / 1000.0,
                    "max", latencyMicros.getMaxValue() / 1000.0));
        }
        if (!switchesPerBatch.isEmpty()) {
            extras.put("contextSwitches", Map.of(
                    "voluntary", median(switchesPerBatch.stream().mapToLong(ContextSwitches::voluntary).toArray()),
                    "involuntary", median(switchesPerBatch.stream().mapToLong(ContextSwitches::involuntary).toArray())));
        }
        return extras;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
