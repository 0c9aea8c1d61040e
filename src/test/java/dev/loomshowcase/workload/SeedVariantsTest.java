package dev.loomshowcase.workload;

import dev.loomshowcase.scenes.calculateall.CalculateAllWorkload;
import dev.loomshowcase.scenes.coffeeshop.CoffeeShopWorkload;
import dev.loomshowcase.scenes.fetchall.FetchAllWorkload;
import dev.loomshowcase.scenes.payments.PaymentSigner;
import dev.loomshowcase.scenes.payments.PaymentsWorkload;
import dev.loomshowcase.scenes.sum.ArraySum;
import dev.loomshowcase.scenes.sum.SumWorkload;
import dev.loomshowcase.scenes.timeline.TimelineWorkload;
import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenes.calculateall.CalculateAll;
import dev.loomshowcase.scenes.coffeeshop.CoffeeShop;
import dev.loomshowcase.scenes.sum.SumSplit;
import dev.loomshowcase.scenes.timeline.Timeline;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
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
@Tag("slow")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SeedVariantsTest {

    private static final int CARRIERS = 2;
    private static final StubArrivals arrivals = new StubArrivals(Duration.ofMillis(300));
    private static StubServer stubs;
    private static Downstream downstream;
    private static WireMockServer slowStub;

    @BeforeAll
    static void startStubs() {
        stubs = StubServer.start(StubDirectory.locate(), 0, 0.1);
        downstream = new Downstream(stubs.baseUrl(), Duration.ofSeconds(20));
        slowStub = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort().extensions(arrivals));
        slowStub.start();
        for (String path : List.of("/users/1", "/posts?userId=1", "/comments?userId=1")) {
            slowStub.stubFor(WireMock.get(path).willReturn(WireMock.ok("answer of " + path).withFixedDelay(300)));
        }
    }

    @AfterAll
    static void stopStubs() {
        downstream.close();
        stubs.close();
        slowStub.stop();
    }

    @ParameterizedTest
    @EnumSource(value = ThreadModel.class, names = "ASYNC", mode = EnumSource.Mode.EXCLUDE)
    void calculateAllVariantMatchesTheModel(ThreadModel model) throws Exception {
        ConcurrencyProbe seed = new ConcurrencyProbe(3);
        List<Long> shown = CalculateAllWorkload.calculateAll(model, CARRIERS, 20, n -> seed.callUnchecked(() -> CalculateAll.fibonacci(n)));
        ConcurrencyProbe engine = new ConcurrencyProbe(3);
        List<Long> modelled = model.runner(CARRIERS).runAll(Collections.nCopies(3, () -> engine.call(() -> CalculateAll.fibonacci(20))));
        assertEquals(modelled, shown);
        assertEquals(engine.seen(), seed.seen(), "calculate-all as " + model.id());
    }

    @ParameterizedTest
    @EnumSource(value = ThreadModel.class, names = "ASYNC", mode = EnumSource.Mode.EXCLUDE)
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
    @EnumSource(value = ThreadModel.class, names = {"ASYNC", "PLATFORM_PER_REQUEST", "REACTIVE"}, mode = EnumSource.Mode.EXCLUDE)
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
    @EnumSource(value = ThreadModel.class, names = "ASYNC", mode = EnumSource.Mode.EXCLUDE)
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
    @EnumSource(value = ThreadModel.class, names = "ASYNC", mode = EnumSource.Mode.EXCLUDE)
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
     * fetchAll's tasks are the downstream calls themselves, so its concurrency is seen by the stubs: how
     * many calls arrived within one delay of each other (a call sent after the previous answer arrives at
     * least one delay later, so one after another counts 1).
     */
    @ParameterizedTest
    @EnumSource(value = ThreadModel.class, names = "ASYNC", mode = EnumSource.Mode.EXCLUDE)
    void fetchAllVariantMatchesTheModel(ThreadModel model) throws Exception {
        try (Downstream api = new Downstream(URI.create(slowStub.baseUrl()), Duration.ofSeconds(20))) {
            ThreadModel.VIRTUAL.runner(1).runAll(calls(api)); // warm-up: three pooled connections
            arrivals.reset();
            List<String> shown = FetchAllWorkload.fetchAll(model, CARRIERS, api, 1);
            int shownInFlight = arrivals.mostWithinOneDelay();
            assertEquals(3, arrivals.count(), "the seed's variant made three calls");
            arrivals.reset();
            List<String> modelled = model.runner(CARRIERS).runAll(calls(api));
            assertEquals(modelled, shown);
            assertEquals(arrivals.mostWithinOneDelay(), shownInFlight, "calls in flight as " + model.id());
        }
    }

    /** Records when each request reached the stubs. */
    private static final class StubArrivals implements ServeEventListener {
        private final long delayNanos;
        private final Queue<Long> arrivals = new ConcurrentLinkedQueue<>();

        StubArrivals(Duration delay) {
            this.delayNanos = delay.toNanos();
        }

        @Override
        public String getName() {
            return "arrivals";
        }

        @Override
        public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
            arrivals.add(System.nanoTime());
        }

        void reset() {
            arrivals.clear();
        }

        int count() {
            return arrivals.size();
        }

        /** The most requests that arrived within one delay of each other. */
        int mostWithinOneDelay() {
            List<Long> times = arrivals.stream().sorted().toList();
            int most = 0;
            for (int i = 0; i < times.size(); i++) {
                long from = times.get(i);
                most = Math.max(most, (int) times.stream().filter(t -> t >= from && t < from + delayNanos).count());
            }
            return most;
        }
    }

    private static List<Callable<String>> calls(Downstream api) {
        return List.of(() -> api.fetchUser(1), () -> api.fetchPosts(1), () -> api.fetchComments(1));
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
