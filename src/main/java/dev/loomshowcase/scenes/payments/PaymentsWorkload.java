package dev.loomshowcase.scenes.payments;

import dev.loomshowcase.workload.AsyncTwin;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.JitSettling;
import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
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
 * <p>Each batch is the variant written out in {@link Payments} for the cell's thread model, its task
 * signing and recording the payment's latency. Warm-up batches are run but not recorded: the
 * histogram and switch counts start at {@link #beginMeasurement()}, like the engine's samples.
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
    private final ThreadModel model;
    private final int carriers;
    private final Histogram latencyMicros = new ConcurrentHistogram(3);
    private final List<ContextSwitches> switchesPerBatch = new ArrayList<>();
    private boolean measuring;
    private int warmupSignatures;
    private ContextSwitches batchStart;

    /** A workload run by the engine's runner of the cell's model (for callers with no cell). */
    public PaymentsWorkload(int payments) {
        this(payments, null, 1);
    }

    public PaymentsWorkload(int payments, ThreadModel model, int carriers) {
        if (payments < 1) {
            throw new IllegalArgumentException("payments must be at least 1, was " + payments);
        }
        this.payments = payments;
        this.model = model;
        this.carriers = carriers;
    }

    /**
     * Builds the workload from a cell's {@code payments} parameter, with the JIT
     * warmed up by at most {@code jitWarmup} signatures (default {@link #JIT_WARMUP_SIGNATURES}).
     */
    /** The workload name of the payments' async twin. */
    public static final String ASYNC = AsyncTwin.nameOf(NAME);

    /** The {@code async@N} cell: each signature a supplyAsync on an executor of n, joined with allOf. */
    public static Workload asyncTwin(CellSpec spec) {
        PaymentsWorkload blocking = fromSpec(spec);
        var runner = ThreadModel.ASYNC.runner(spec.carriers());
        return new AsyncTwin(blocking, () -> runner.runAll(blocking.tasks()), null);
    }

    public static PaymentsWorkload fromSpec(CellSpec spec) {
        var workload = new PaymentsWorkload(Integer.parseInt(spec.params().getOrDefault("payments", "" + DEFAULT_PAYMENTS)),
                spec.model(), spec.carriers());
        workload.warmUpSigner(Integer.parseInt(spec.params().getOrDefault("jitWarmup", "" + JIT_WARMUP_SIGNATURES)));
        return workload;
    }

    /**
     * Signs payments on the calling thread, the same in every cell, in rounds of {@value #WARMUP_ROUND}
     * until the JIT compiler is done with the signing code ({@link JitSettling}), or {@code maxSignatures}.
     * The EC code is large; a cell measured while C2 still compiles on the other core would credit the
     * compiler's CPU to the sequential baseline.
     */
    void warmUpSigner(int maxSignatures) {
        try {
            JitSettling.settle(() -> {
                for (int i = 0; i < WARMUP_ROUND && warmupSignatures < maxSignatures; i++) {
                    signer.sign(warmupSignatures++);
                }
            }, (maxSignatures + WARMUP_ROUND - 1) / WARMUP_ROUND);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("JIT warm-up failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Object> runRepetition(TaskRunner runner) throws Exception {
        if (model == null) {
            return runner.runAll(tasks());
        }
        boolean measured = measuring;
        batchStart = ContextSwitches.now().orElse(null);
        long arrival = System.nanoTime();
        return List.copyOf(sign(model, carriers, payments, payment -> signAndRecord(payment, arrival, measured)));
    }

    /** The seed's variant for {@code model} (all five are written out in {@link Payments}). */
    public static List<byte[]> sign(ThreadModel model, int carriers, int payments, Payments.Task task) throws Exception {
        return switch (model) {
            case SEQUENTIAL -> Payments.sequential(payments, task);
            case VIRTUAL -> Payments.structured(payments, task);
            case VIRTUAL_BOUNDED -> Payments.bounded(payments, carriers, task);
            case PLATFORM_POOL -> Payments.fixedPool(payments, carriers, task);
            case PLATFORM_PER_TASK -> Payments.threadPerTask(payments, task);
            case ASYNC -> throw new IllegalArgumentException("payments' async variant is its own workload (payments-async)");
            case PLATFORM_PER_REQUEST, REACTIVE -> throw new IllegalArgumentException("payments has no " + model + " variant: it is a server rival");
        };
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
        return typedExtras().toMap();
    }

    /** What this workload measured, typed. */
    PaymentsExtras typedExtras() {
        PaymentsExtras.Latency latency = latencyMicros.getTotalCount() == 0 ? null : new PaymentsExtras.Latency(
                latencyMicros.getValueAtPercentile(50) / 1000.0, latencyMicros.getValueAtPercentile(99) / 1000.0,
                latencyMicros.getMaxValue() / 1000.0);
        PaymentsExtras.Switches switches = switchesPerBatch.isEmpty() ? null : new PaymentsExtras.Switches(
                median(switchesPerBatch.stream().mapToLong(ContextSwitches::voluntary).toArray()),
                median(switchesPerBatch.stream().mapToLong(ContextSwitches::involuntary).toArray()));
        return new PaymentsExtras(payments, warmupSignatures, latency, switches);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
