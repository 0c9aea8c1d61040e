package dev.loomshowcase.workload;

import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.seed.CalculateAll;
import dev.loomshowcase.seed.CoffeeShop;
import dev.loomshowcase.seed.SumSplit;
import dev.loomshowcase.seed.Timeline;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ties the seed's written-out variants (what a speaker shows) to the engine's thread models (what a
 * cell is labelled): for every scene and model, the variant the workload picks gives the same results
 * as the model's runner over the same tasks, and lets the same number of tasks run at once on the same
 * number and kind of threads.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SeedVariantsTest {

    private static final int CARRIERS = 2;
    private static StubServer stubs;
    private static Downstream downstream;

    @BeforeAll
    static void startStubs() {
        stubs = StubServer.start(StubDirectory.locate(), 0, 0.1);
        downstream = new Downstream(stubs.baseUrl(), Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopStubs() {
        downstream.close();
        stubs.close();
    }

    @ParameterizedTest
    @EnumSource(ThreadModel.class)
    void calculateAllVariantMatchesTheModel(ThreadModel model) throws Exception {
        ConcurrencyProbe seed = new ConcurrencyProbe(3);
        List<Long> shown = CalculateAllWorkload.calculateAll(model, CARRIERS, 20, n -> seed.callUnchecked(() -> CalculateAll.fibonacci(n)));
        ConcurrencyProbe engine = new ConcurrencyProbe(3);
        List<Long> modelled = model.runner(CARRIERS).runAll(Collections.nCopies(3, () -> engine.call(() -> CalculateAll.fibonacci(20))));
        assertEquals(modelled, shown);
        assertEquals(engine.seen(), seed.seen(), "calculate-all as " + model.id());
    }

    @ParameterizedTest
    @EnumSource(ThreadModel.class)
    void sumVariantMatchesTheModel(ThreadModel model) throws Exception {
        int[] numbers = ArraySum.numbers(30_000);
        ConcurrencyProbe seed = new ConcurrencyProbe(3);
        long shown = SumWorkload.sum(model, CARRIERS, numbers, 3, (a, from, to) -> seed.callUnchecked(() -> SumSplit.sum(a, from, to)));
        ConcurrencyProbe engine = new ConcurrencyProbe(3);
        long modelled = ArraySum.splitSum(model.runner(CARRIERS), numbers, 3, (a, from, to) -> engine.callUnchecked(() -> SumSplit.sum(a, from, to)));
        assertEquals(modelled, shown);
        if (model == ThreadModel.SEQUENTIAL) { // the seed sums the whole array in one loop, without slices
            assertTrue(seed.seen().maxInFlight() == 0 && engine.seen().maxInFlight() == 1, seed.seen() + " " + engine.seen());
        } else {
            assertEquals(engine.seen(), seed.seen(), "sum as " + model.id());
        }
    }

    @ParameterizedTest
    @EnumSource(ThreadModel.class)
    void paymentsVariantMatchesTheModel(ThreadModel model) throws Exception {
        PaymentSigner signer = new PaymentSigner();
        ConcurrencyProbe seed = new ConcurrencyProbe(4);
        List<byte[]> shown = PaymentsWorkload.sign(model, CARRIERS, 4, payment -> seed.call(() -> signer.sign(payment)));
        ConcurrencyProbe engine = new ConcurrencyProbe(4);
        List<byte[]> modelled = model.runner(CARRIERS).runAll(IntStream.range(0, 4)
                .<Callable<byte[]>>mapToObj(payment -> () -> engine.call(() -> signer.sign(payment))).toList());
        for (int payment = 0; payment < 4; payment++) { // ECDSA signatures are randomised: compare by verifying
            assertTrue(signer.verify(payment, shown.get(payment)) && signer.verify(payment, modelled.get(payment)), "payment " + payment);
        }
        assertEquals(engine.seen(), seed.seen(), "payments as " + model.id());
    }

    @ParameterizedTest
    @EnumSource(ThreadModel.class)
    void coffeeShopVariantMatchesTheModel(ThreadModel model) throws Exception {
        ConcurrencyProbe seed = new ConcurrencyProbe(3);
        List<String> shown = CoffeeShopWorkload.serve(model, CARRIERS, downstream, barista(seed));
        ConcurrencyProbe engine = new ConcurrencyProbe(3);
        CoffeeShop.Barista modelledBarista = barista(engine);
        List<String> modelled = model.runner(CARRIERS).runAll(IntStream.rangeClosed(1, 3)
                .<Callable<String>>mapToObj(order -> () -> CoffeeShop.order(downstream, modelledBarista, order)).toList());
        assertEquals(modelled, shown);
        assertEquals(engine.seen(), seed.seen(), "coffee shop as " + model.id());
    }

    @ParameterizedTest
    @EnumSource(ThreadModel.class)
    void timelineVariantMatchesTheModel(ThreadModel model) throws Exception {
        ConcurrencyProbe seed = new ConcurrencyProbe(4);
        List<Long> shown = TimelineWorkload.run(model, CARRIERS, phases(seed), 1);
        ConcurrencyProbe engine = new ConcurrencyProbe(4);
        Timeline.Phases modelledPhases = phases(engine);
        List<Long> modelled = model.runner(CARRIERS).runAll(Timeline.TASKS.stream()
                .<Callable<Long>>map(task -> () -> Timeline.task(task, modelledPhases, 1)).toList());
        assertEquals(modelled, shown);
        assertEquals(engine.seen(), seed.seen(), "timeline as " + model.id());
    }

    /**
     * fetchAll's tasks are the downstream calls themselves, so its concurrency is seen in time: how many
     * call-lengths a run takes (3 one after another, 1 all at once, 2 on a pool of two).
     */
    @ParameterizedTest
    @EnumSource(ThreadModel.class)
    void fetchAllVariantMatchesTheModel(ThreadModel model) throws Exception {
        FetchAllWorkload.fetchAll(ThreadModel.SEQUENTIAL, 1, downstream, 1); // warm-up: the first connections
        long t0 = System.nanoTime();
        List<String> sequential = FetchAllWorkload.fetchAll(ThreadModel.SEQUENTIAL, 1, downstream, 1);
        double callNanos = (System.nanoTime() - t0) / 3.0;
        long t1 = System.nanoTime();
        List<String> shown = FetchAllWorkload.fetchAll(model, CARRIERS, downstream, 1);
        double shownCalls = (System.nanoTime() - t1) / callNanos;
        long t2 = System.nanoTime();
        List<String> modelled = model.runner(CARRIERS).runAll(List.<Callable<String>>of(
                () -> downstream.fetchUser(1), () -> downstream.fetchPosts(1), () -> downstream.fetchComments(1)));
        double modelledCalls = (System.nanoTime() - t2) / callNanos;
        assertEquals(sequential, shown);
        assertEquals(modelled, shown);
        // 1, 2 or 3 call-lengths: within 0.75 of each other tells them apart with room for a busy machine
        assertTrue(Math.abs(modelledCalls - shownCalls) < 0.75,
                "call-lengths as " + model.id() + ": seed " + shownCalls + ", engine " + modelledCalls);
    }

    private static CoffeeShop.Barista barista(ConcurrencyProbe probe) {
        return new CoffeeShop.Barista() {
            @Override
            public void handle(int order, String step) {
            }

            @Override
            public String await(int order, Callable<String> machine) throws Exception {
                return probe.call(machine);
            }
        };
    }

    private static Timeline.Phases phases(ConcurrencyProbe probe) {
        return new Timeline.Phases() {
            @Override
            public long compute(String task, String phase) {
                return phase.hashCode();
            }

            @Override
            public void await(String task, Callable<?> wait) throws Exception {
                probe.call(wait);
            }
        };
    }
}
