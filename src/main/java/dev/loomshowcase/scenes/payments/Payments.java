package dev.loomshowcase.scenes.payments;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.stream.IntStream;

/**
 * Scene 4, the payment processor: 1000 CPU-bound tasks (ECDSA signatures) on 2 cores. The seed tells
 * it in prose ("a goroutine per transaction ... bound concurrency to runtime.NumCPU()"); in Go:
 * {@snippet lang=go :
 * for _, tx := range transactions { // 1000 goroutines signing on 2 cores
 *     go func(tx Transaction) { results <- sign(tx) }(tx)
 * }
 * // Fix: bound concurrency to runtime.NumCPU() (2 goroutines). "Throughput increased 3x."
 * sem := make(chan struct{}, runtime.NumCPU())
 * for _, tx := range transactions {
 *     sem <- struct{}{}
 *     go func(tx Transaction) { results <- sign(tx); <-sem }(tx)
 * }
 * }
 * Each variant takes what to do with one payment as {@code task} (signing; the measured workload
 * also records each payment's latency) and returns the results in payment order.
 */
public final class Payments {

    /** What the seed predicts and what to expect here: the payments scenario prints this sentence. */
    public static final String HYPOTHESIS = "Seed: 1000 goroutines signing on 2 cores were slower than sequential; bounding to NumCPU gave 3x. "
            + "Expect on the JVM: virtual threads are not time-sliced, so unbounded ~ bounded; 1000 OS threads "
            + "pay for start-ups and switches, not 3x.";

    private Payments() {
    }

    /** What is done with one payment. */
    public interface Task {
        byte[] process(int payment) throws Exception;
    }

    /** A P-256 key pair, made by the JDK's own SunEC provider. */
    public static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** The payment's message, as signed. */
    public static byte[] message(int payment) {
        return ("payment " + payment + ": 100.00 EUR to account " + (1_000_000 + payment)).getBytes(StandardCharsets.UTF_8);
    }

    /** The task: one ECDSA signature, a few hundred microseconds of pure CPU. */
    public static byte[] sign(PrivateKey key, int payment) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(key);
        signature.update(message(payment));
        return signature.sign();
    }

    /** One payment after another on the calling thread. */
    public static List<byte[]> sequential(int payments, Task task) throws Exception {
        List<byte[]> signed = new ArrayList<>(payments);
        for (int payment = 0; payment < payments; payment++) {
            signed.add(task.process(payment));
        }
        return signed;
    }

    /** A virtual thread per payment, 1000 of them in one scope: the seed's goroutine per transaction. */
    public static List<byte[]> structured(int payments, Task task) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {
            List<Subtask<byte[]>> signed = IntStream.range(0, payments).mapToObj(p -> scope.fork(() -> task.process(p))).toList();
            scope.join();
            return signed.stream().map(Subtask::get).toList();
        }
    }

    /** The seed's fix: still a virtual thread per payment, but at most {@code limit} signing at once. */
    public static List<byte[]> bounded(int payments, int limit, Task task) throws InterruptedException {
        Semaphore permits = new Semaphore(limit);
        return structured(payments, payment -> {
            permits.acquire();
            try {
                return task.process(payment);
            } finally {
                permits.release();
            }
        });
    }

    /** A fixed pool of platform threads, one per carrier. */
    public static List<byte[]> fixedPool(int payments, int threads, Task task) {
        return allOn(Executors.newFixedThreadPool(threads), payments, task);
    }

    /** A new platform (OS) thread per payment: the seed's 1000 goroutines as 1000 OS threads. */
    public static List<byte[]> threadPerTask(int payments, Task task) {
        return allOn(Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory()), payments, task);
    }

    /** Submits every payment, then close() waits for them all: the caller wakes once, not once per payment. */
    private static List<byte[]> allOn(ExecutorService executor, int payments, Task task) {
        List<Future<byte[]>> signed;
        try (executor) {
            signed = IntStream.range(0, payments).mapToObj(p -> executor.submit(() -> task.process(p))).toList();
        }
        return signed.stream().map(Future::resultNow).toList(); // all done: no waiting here
    }

    /**
     * VM options: --enable-preview -Djdk.virtualThreadScheduler.parallelism=1 (one carrier, GOMAXPROCS(1)).
     * Signs 1000 payments once with each variant (after a JIT warm-up) and prints the time of each batch.
     */
    public static void main(String[] args) throws Exception {
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism", Runtime.getRuntime().availableProcessors());
        PrivateKey key = keys().getPrivate();
        Task sign = payment -> sign(key, payment);
        System.out.println(HYPOTHESIS);
        time("warm-up", () -> sequential(5000, sign)); // the EC code takes C2 thousands of signatures
        time("sequential", () -> sequential(1000, sign));
        time("structured (virtual)", () -> structured(1000, sign));
        time("bounded to " + carriers, () -> bounded(1000, carriers, sign));
        time("fixed pool of " + carriers, () -> fixedPool(1000, carriers, sign));
        time("thread per task", () -> threadPerTask(1000, sign));
    }

    private static void time(String variant, Callable<?> batch) throws Exception {
        long start = System.nanoTime();
        batch.call();
        System.out.printf("%-22s %6d ms%n", variant, (System.nanoTime() - start) / 1_000_000);
    }
}
