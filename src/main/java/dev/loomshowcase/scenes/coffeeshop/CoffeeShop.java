package dev.loomshowcase.scenes.coffeeshop;

import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.StructuredTaskScope;

/**
 * Scene 5, the coffee shop: three orders, each "take it (CPU), run a machine (a wait), finish it (CPU)".
 * The seed's picture:
 * {@snippet :
 * Barista starts order 1 (espresso)
 *   ↓ espresso machine running...
 *   ← Barista takes order 2 (drip coffee)
 *   ↓ coffee brewing...
 *   ← Barista takes order 3 (pastry)
 *   ← Espresso machine beeps
 * Barista finishes order 1  ...
 *
 * Barista A: Order 1 (espresso)  —————→ Done
 * Barista B: Order 2 (drip)      —————→ Done
 * Barista C: Order 3 (pastry)    —————→ Done
 * }
 * The machines are stubs ({@code /machines/espresso}, {@code /drip}, {@code /pastry}, each with its delay in
 * {@code stub-services/mappings}); the barista's hands are a {@link Barista}, so that the measured workload
 * can record which thread ran each step, and when.
 */
public final class CoffeeShop {

    /** What the seed predicts and what to expect here: the coffee-shop scenario prints this sentence. */
    public static final String HYPOTHESIS = "Seed: one barista takes order 2 while the espresso machine runs (concurrency); "
            + "three baristas work at once (parallelism). Expect one barista on one carrier to finish about as soon as three, "
            + "since the orders are mostly machine time.";
    /** The orders, in the seed's order: order 1 is an espresso, 2 a drip coffee, 3 a pastry. */
    public static final List<String> MACHINES = List.of("espresso", "drip", "pastry");

    private CoffeeShop() {
    }

    /** What a barista does with an order: handle it (CPU), and wait for its machine. */
    public interface Barista {
        void handle(int order, String step) throws Exception;

        String await(int order, Callable<String> machine) throws Exception;
    }

    /** The task: one order, from taking it to finishing it; returns the machine's beep. */
    public static String order(Downstream machines, Barista barista, int order) throws Exception {
        barista.handle(order, "take");
        String beep = barista.await(order, () -> machines.get("/machines/" + MACHINES.get(order - 1)));
        barista.handle(order, "finish");
        return beep;
    }

    /** One barista who stands by each machine until it beeps. */
    public static List<String> sequential(Downstream machines, Barista barista) throws Exception {
        return List.of(order(machines, barista, 1), order(machines, barista, 2), order(machines, barista, 3));
    }

    /** A virtual thread per order: on one carrier, one barista who takes order 2 while the espresso runs. */
    public static List<String> structured(Downstream machines, Barista barista) throws Exception {
        try (var scope = StructuredTaskScope.open()) {
            var first = scope.fork(() -> order(machines, barista, 1));
            var second = scope.fork(() -> order(machines, barista, 2));
            var third = scope.fork(() -> order(machines, barista, 3));
            scope.join();
            return List.of(first.get(), second.get(), third.get());
        }
    }

    /** A fixed pool of platform threads: {@code baristas} baristas working at once. */
    public static List<String> fixedPool(Downstream machines, int baristas, Barista barista) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(baristas)) {
            return submitAll(pool, machines, barista);
        }
    }

    /** A new platform thread, a new barista, per order. */
    public static List<String> threadPerTask(Downstream machines, Barista barista) throws Exception {
        try (ExecutorService perTask = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
            return submitAll(perTask, machines, barista);
        }
    }

    private static List<String> submitAll(ExecutorService executor, Downstream machines, Barista barista) throws Exception {
        Future<String> first = executor.submit(() -> order(machines, barista, 1));
        Future<String> second = executor.submit(() -> order(machines, barista, 2));
        Future<String> third = executor.submit(() -> order(machines, barista, 3));
        return List.of(first.get(), second.get(), third.get());
    }

    /** A barista whose hands take {@code handlingMs} of CPU per step (busy, never sleeping) and who waits plainly. */
    public static Barista handsOn(double handlingMs) {
        return new Barista() {
            @Override
            public void handle(int order, String step) {
                long end = System.nanoTime() + (long) (handlingMs * 1e6);
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            }

            @Override
            public String await(int order, Callable<String> machine) throws Exception {
                return machine.call();
            }
        };
    }

    /**
     * VM options: --enable-preview -Djdk.virtualThreadScheduler.parallelism=1 (one carrier: one barista).
     * Serves the three orders once with each variant (machines' delays scaled to a fifth) and prints the time.
     */
    public static void main(String[] args) throws Exception {
        System.out.println(HYPOTHESIS);
        Barista barista = handsOn(20);
        try (StubServer stubs = StubServer.start(StubDirectory.locate(), 0, 0.2);
             Downstream machines = new Downstream(stubs.baseUrl(), Duration.ofSeconds(10))) {
            machines.get("/machines/pastry"); // warm-up: class loading and the first connection
            time("sequential", () -> sequential(machines, barista));
            time("structured (virtual)", () -> structured(machines, barista));
            time("fixed pool of 3", () -> fixedPool(machines, 3, barista));
            time("thread per task", () -> threadPerTask(machines, barista));
        }
    }

    private static void time(String variant, Callable<?> run) throws Exception {
        long start = System.nanoTime();
        run.call();
        System.out.printf("%-22s %6d ms%n", variant, (System.nanoTime() - start) / 1_000_000);
    }
}
