package dev.loomshowcase.workload;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
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
 * <p>Warm-up batches are run but not recorded: the histogram and switch counts start at
 * {@link #beginMeasurement()}, like the engine's samples.
 */
public final class PaymentsWorkload implements Workload {

    public static final String NAME = "payments";
    /** The seed spawned one goroutine per transaction, 1000 of them. */
    public static final int DEFAULT_PAYMENTS = 1000;
    /**
     * Upper bound on the signatures made before any batch while waiting for the JIT to settle; on
     * this machine C2 keeps compiling the EC code for some 10,000-15,000 signatures.
     */
    static final int JIT_WARMUP_SIGNATURES = 40_000;
    /** Signatures per warm-up round, between two looks at the compiler. */
    private static final int WARMUP_ROUND = 500;

    private final PaymentSigner signer = new PaymentSigner();
    private final int payments;
    private final Histogram latencyMicros = new ConcurrentHistogram(3);
    private final List<ContextSwitches> switchesPerBatch = new ArrayList<>();
    private boolean measuring;
    private int warmupSignatures;
    private ContextSwitches batchStart;

    public PaymentsWorkload(int payments) {
        if (payments < 1) {
            throw new IllegalArgumentException("payments must be at least 1, was " + payments);
        }
        this.payments = payments;
    }

    /**
     * Builds the workload from a cell's {@code payments} parameter, with the JIT
     * warmed up by at most {@code jitWarmup} signatures (default {@link #JIT_WARMUP_SIGNATURES}).
     */
    public static PaymentsWorkload fromSpec(CellSpec spec) {
        var workload = new PaymentsWorkload(Integer.parseInt(spec.params().getOrDefault("payments", "" + DEFAULT_PAYMENTS)));
        workload.warmUpSigner(Integer.parseInt(spec.params().getOrDefault("jitWarmup", "" + JIT_WARMUP_SIGNATURES)));
        return workload;
    }

    /**
     * Signs payments on the calling thread, the same in every cell, until the JIT compiler is done
     * with the signing code: three rounds in a row during which compilation took under 1% of the
     * round's time, or {@code maxSignatures}. The EC code is large; a cell measured while C2 still
     * compiles on the other core would credit the compiler's CPU to the sequential baseline.
     */
    void warmUpSigner(int maxSignatures) {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        boolean canWatch = compiler != null && compiler.isCompilationTimeMonitoringSupported();
        int quietRounds = 0;
        try {
            while (warmupSignatures < maxSignatures && quietRounds < 3) {
                long jit0 = canWatch ? compiler.getTotalCompilationTime() : 0;
                long start = System.nanoTime();
                for (int i = 0; i < WARMUP_ROUND && warmupSignatures < maxSignatures; i++) {
                    signer.sign(warmupSignatures++);
                }
                long roundMs = (System.nanoTime() - start) / 1_000_000;
                long jitMs = canWatch ? compiler.getTotalCompilationTime() - jit0 : roundMs;
                quietRounds = jitMs * 100 <= roundMs ? quietRounds + 1 : 0;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Callable<Object>> tasks() {
        boolean measured = measuring;
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
    public void beginMeasurement() {
        measuring = true;
    }

    @Override
    public void verify(List<Object> results) {
        var end = ContextSwitches.now();
        if (measuring && batchStart != null && end.isPresent()) {
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
        extras.put("jitWarmupSignatures", warmupSignatures);
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
