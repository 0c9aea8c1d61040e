package dev.loomshowcase.scenes.mixed;

import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubMappings;
import dev.loomshowcase.stubs.StubServer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The seed's "mixed I/O + CPU" row: every task waits for the network, then computes on the answer.
 * The seed writes no Go for this row; its decision matrix says:
 * {@snippet :
 * Workload Type     Single Core          Multiple Cores    Why
 * Mixed I/O + CPU   ✔ Somewhat faster    ✔ Much faster     Overlap I/O, parallelize CPU
 * }
 * Here a task fetches user {@code u}'s posts (one downstream wait, about a second at the stubs'
 * full scale) and hashes the body {@code rounds} times with SHA-256 ({@link HashChain}). With
 * {@code T} tasks, a wait {@code W} and hashing {@code C} each: sequential takes {@code T(W+C)};
 * concurrent on one carrier about {@code W + T*C} (the waits overlap, the hashing cannot); on
 * {@code N} carriers about {@code W + T*C/N}. Every variant returns the hex digests in task order
 * (users 1 to {@code tasks}).
 */
public final class Mixed {

    /** What the seed predicts and what to expect here: the mixed scenario prints this sentence. */
    public static final String HYPOTHESIS = "Seed: somewhat faster on one core (the waits overlap), much faster on several "
            + "(the CPU part runs in parallel too). Expect virtual@1 ~ W + T*C, virtual@N ~ W + T*C/N, against T*(W+C) sequential.";

    private Mixed() {
    }

    /** The task: one wait for user's posts, then CPU work on the body; returns the digest in hex. */
    public static String task(Downstream api, long user, int rounds) throws Exception {
        String body = api.fetchPosts(user);
        return HexFormat.of().formatHex(HashChain.hash(body.getBytes(UTF_8), rounds));
    }

    /** One task after another on the calling thread: every wait and every hash add up. */
    public static List<String> sequential(Downstream api, int tasks, int rounds) throws Exception {
        List<String> digests = new ArrayList<>(tasks);
        for (long user = 1; user <= tasks; user++) {
            digests.add(task(api, user, rounds));
        }
        return digests;
    }

    /** A virtual thread per task in one scope: the waits overlap; the hashing runs on as many carriers as there are. */
    public static List<String> structured(Downstream api, int tasks, int rounds) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {
            List<Subtask<String>> digests = new ArrayList<>(tasks);
            for (long user = 1; user <= tasks; user++) {
                long u = user;
                digests.add(scope.fork(() -> task(api, u, rounds)));
            }
            scope.join();
            return digests.stream().map(Subtask::get).toList();
        }
    }

    /** A fixed pool of platform threads, one per carrier: a thread waiting for the network holds its slot. */
    public static List<String> fixedPool(Downstream api, int tasks, int rounds, int threads) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            return submitAll(pool, api, tasks, rounds);
        }
    }

    /** A new platform (OS) thread per task: waits overlap, and the OS time-slices the hashing over the cores. */
    public static List<String> threadPerTask(Downstream api, int tasks, int rounds) throws Exception {
        try (ExecutorService perTask = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
            return submitAll(perTask, api, tasks, rounds);
        }
    }

    private static List<String> submitAll(ExecutorService executor, Downstream api, int tasks, int rounds) throws Exception {
        List<Future<String>> futures = new ArrayList<>(tasks);
        for (long user = 1; user <= tasks; user++) {
            long u = user;
            futures.add(executor.submit(() -> task(api, u, rounds)));
        }
        List<String> digests = new ArrayList<>(tasks);
        for (Future<String> future : futures) {
            digests.add(future.get());
        }
        return digests;
    }

    /**
     * VM options: --enable-preview -Djdk.virtualThreadScheduler.parallelism=1 (one carrier, GOMAXPROCS(1)).
     * Starts the embedded stubs (delays scaled to a fifth), sizes the hashing to about one wait on this
     * machine, runs four tasks once with each variant and prints each time.
     */
    public static void main(String[] args) throws Exception {
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism", Runtime.getRuntime().availableProcessors());
        int tasks = 4;
        double scale = 0.2;
        long waitMs = Math.round(StubMappings.located().fixedDelay("posts").toMillis() * scale);
        int rounds = HashChain.calibrate(waitMs); // also warms the JIT up on SHA-256
        System.out.println(HYPOTHESIS);
        System.out.printf("%d tasks, each a wait of ~%d ms and %d hash rounds (~%d ms of CPU)%n", tasks, waitMs, rounds, waitMs);
        try (StubServer stubs = StubServer.start(StubDirectory.locate(), 0, scale);
             Downstream api = new Downstream(stubs.baseUrl(), Duration.ofSeconds(10))) {
            structured(api, tasks, 1); // warm-up: class loading and the first connections
            time("sequential", () -> sequential(api, tasks, rounds));
            time("structured (virtual)", () -> structured(api, tasks, rounds));
            time("fixed pool of " + carriers, () -> fixedPool(api, tasks, rounds, carriers));
            time("thread per task", () -> threadPerTask(api, tasks, rounds));
        }
    }

    private static void time(String variant, Callable<?> run) throws Exception {
        long start = System.nanoTime();
        run.call();
        System.out.printf("%-22s %6d ms%n", variant, (System.nanoTime() - start) / 1_000_000);
    }
}
