package dev.loomshowcase.server;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * A closed-loop load generator: C clients, each a virtual thread sending its next request as soon as
 * its previous one is answered, so at most C requests are in flight. In a closed loop the throughput
 * is C / latency (Little's law): a server that keeps latency flat as C grows scales; one whose
 * latency grows with C (requests queueing for threads) is capped.
 *
 * <p>Only answers that complete inside the measured window count; the warm-up's answers (connection
 * set-up, JIT) are thrown away, and requests still in flight when the window closes are abandoned.
 * Latencies go to one HdrHistogram per client, merged at the end, so recording never contends.
 */
public final class LoadGenerator {

    /** Highest latency the histograms track: ten minutes, in microseconds. */
    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(10);
    /** Two consecutive periods' answer counts within this share of each other: the rate has settled. */
    private static final double SETTLED = 0.10;
    /**
     * Periods the settling may add to the warm-up before the windows start anyway; never more than fit in
     * the warm-up itself, so waiting for a rate that does not settle at most doubles it.
     */
    private static final int MAX_SETTLE_PERIODS = 5;
    /** The shortest settling period, so that a period holds enough answers to compare. */
    private static final Duration MIN_SETTLE_PERIOD = Duration.ofSeconds(1);
    /** How long abandoned requests get to notice their interrupt once the window closed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private LoadGenerator() {
    }

    /** Runs the load described by {@code spec} and returns what its window measured. */
    public static LoadResult run(LoadSpec spec) throws InterruptedException {
        return run(spec, 1, boundary -> { }).getFirst();
    }

    /**
     * Runs the load over a warm-up and then {@code windows} consecutive windows of {@code spec.duration()}
     * each, the clients running on without a pause between them, and returns one result per window.
     * {@code boundaries} hears the index of each boundary as it passes: 0 at the first window's start,
     * {@code windows} at the last one's end, so others can sample their own figures over the same spans.
     */
    public static List<LoadResult> run(LoadSpec spec, int windows, IntConsumer boundaries) throws InterruptedException {
        return run(spec, windows, boundaries, settling -> { });
    }

    /**
     * As above; with a ramp-up, the windows start only once the answer rate has settled after the warm-up,
     * and {@code settling} hears how long that took.
     */
    public static List<LoadResult> run(LoadSpec spec, int windows, IntConsumer boundaries,
                                       java.util.function.Consumer<Settling> settling) throws InterruptedException {
        if (windows < 1 || (windows > 1 && spec.requests() != null)) {
            throw new IllegalArgumentException("windows must be 1, or more without a request count; was " + windows);
        }
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        long start = System.nanoTime();
        long settlePeriod = spec.rampUp().isZero() ? 0 : Math.max(spec.rampUp().toNanos(), MIN_SETTLE_PERIOD.toNanos());
        long earliest = Math.max(spec.warmup().toNanos(), settlePeriod);
        Window window = new Window(start + earliest, spec.duration().toNanos(), windows, spec.requests(), settlePeriod,
                settlePeriod == 0 ? 0 : settlePeriods(earliest, settlePeriod));
        HttpRequest request = HttpRequest.newBuilder(spec.target()).timeout(spec.requestTimeout()).GET().build();
        List<ClientStats> stats = new ArrayList<>();
        try (client) {
            ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
            try {
                for (int i = 0; i < spec.concurrency(); i++) {
                    ClientStats own = new ClientStats(windows);
                    stats.add(own);
                    long firstAt = start + spec.rampUp().toNanos() * i / spec.concurrency();
                    clients.submit(() -> loop(client, request, window, own, firstAt));
                }
                window.awaitBoundaries(boundaries);
            } finally {
                clients.shutdownNow();
                clients.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                client.shutdownNow();
            }
        }
        settling.accept(window.settling(start));
        List<LoadResult> results = new ArrayList<>();
        for (int w = 0; w < windows; w++) {
            results.add(summarise(spec, window, stats, w));
        }
        return results;
    }

    /** The periods a settling may take after a warm-up of {@code warmup}: as many as fit in it, 1 to {@link #MAX_SETTLE_PERIODS}. */
    static int settlePeriods(long warmup, long settlePeriod) {
        return (int) Math.max(1, Math.min(MAX_SETTLE_PERIODS, warmup / settlePeriod));
    }

    /**
     * How a run's warm-up ended: after {@code warmupMs}, with the answer rate settled (two consecutive
     * periods of one ramp-up each within 10%) or not (the windows started anyway, after the most extra periods).
     */
    public record Settling(long warmupMs, boolean settled) {
    }

    /** One client: from {@code firstAt} on, request after request until the window ends or the thread is interrupted. */
    private static void loop(HttpClient client, HttpRequest request, Window window, ClientStats own, long firstAt) {
        try {
            long wait = firstAt - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        while (!Thread.currentThread().isInterrupted() && window.open(System.nanoTime())) {
            long sent = System.nanoTime();
            String outcome;
            try {
                outcome = outcome(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                outcome = kind(e);
            }
            long done = System.nanoTime();
            window.answered();
            int slot = window.slot(done);
            if (slot >= 0) {
                own.record(slot, outcome, (done - sent) / 1000);
            }
        }
    }

    private static String outcome(int status) {
        return status / 100 == 2 ? ClientStats.OK : "status-" + status;
    }

    /** The kind of a failed request, as counted in {@link LoadResult#errors()}. */
    static String kind(IOException e) {
        if (e instanceof HttpConnectTimeoutException || e instanceof ConnectException) {
            return "connect";
        }
        return e instanceof HttpTimeoutException ? "timeout" : "io";
    }

    private static LoadResult summarise(LoadSpec spec, Window window, List<ClientStats> stats, int slot) {
        Histogram all = new Histogram(MAX_LATENCY_MICROS, 3);
        Map<String, Long> errors = new HashMap<>();
        for (ClientStats s : stats) {
            all.add(s.latencies[slot]);
            s.errors[slot].forEach((kind, n) -> errors.merge(kind, n, Long::sum));
        }
        double windowMs = window.lengthNanos(slot) / 1e6;
        long ok = all.getTotalCount();
        Map<String, Double> latency = ok == 0 ? Map.of() : Map.of(
                "p50", all.getValueAtPercentile(50) / 1000.0,
                "p90", all.getValueAtPercentile(90) / 1000.0,
                "p99", all.getValueAtPercentile(99) / 1000.0,
                "p999", all.getValueAtPercentile(99.9) / 1000.0,
                "max", all.getMaxValue() / 1000.0,
                "mean", all.getMean() / 1000.0);
        return new LoadResult(spec.target().toString(), spec.concurrency(), windowMs, ok, errors,
                ok / (windowMs / 1000), latency);
    }

    /** One client's own records, one set per window; read by the generator only after the client has stopped. */
    private static final class ClientStats {
        static final String OK = "ok";
        final Histogram[] latencies;
        final Map<String, Long>[] errors;

        @SuppressWarnings("unchecked")
        ClientStats(int windows) {
            latencies = new Histogram[windows];
            errors = new Map[windows];
            for (int w = 0; w < windows; w++) {
                latencies[w] = new Histogram(MAX_LATENCY_MICROS, 3);
                errors[w] = new HashMap<>();
            }
        }

        void record(int slot, String outcome, long micros) {
            if (OK.equals(outcome)) {
                latencies[slot].recordValue(Math.min(micros, MAX_LATENCY_MICROS));
            } else {
                errors[slot].merge(outcome, 1L, Long::sum);
            }
        }
    }

    /**
     * The measured windows [from + k * length, from + (k + 1) * length): answers completing inside one
     * count for it, up to {@code limit} of them (one window only) when a request count is set;
     * reaching the limit closes the window early.
     */
    private static final class Window {
        private final long earliest;
        private final long settlePeriod;
        private volatile long from;
        private final long length;
        private final int windows;
        private volatile long until;
        private final Long limit;
        private final AtomicLong counted = new AtomicLong();
        private final AtomicLong answers = new AtomicLong();
        private final CountDownLatch limitReached = new CountDownLatch(1);
        private volatile long closedAt;
        private final int settlePeriods;
        private volatile boolean settled = true;

        /**
         * @param settlePeriod  0 to start measuring at {@code earliest}; else the span over which the answer rate must settle first
         * @param settlePeriods the most periods the settling may take after {@code earliest}
         */
        Window(long earliest, long length, int windows, Long limit, long settlePeriod, int settlePeriods) {
            this.earliest = earliest;
            this.settlePeriod = settlePeriod;
            this.settlePeriods = settlePeriods;
            this.length = length;
            this.windows = windows;
            this.limit = limit;
            if (settlePeriod > 0) { // nothing counts, and nobody stops, until the rate has settled
                this.from = Long.MAX_VALUE / 4;
                this.until = Long.MAX_VALUE / 2;
            } else {
                start(earliest);
            }
        }

        private void start(long at) {
            until = at + length * windows;
            from = at;
        }

        /** Any answer or failure, counted while settling. */
        void answered() {
            answers.incrementAndGet();
        }

        /**
         * Waits past the earliest start until two consecutive periods saw answer rates within
         * {@link #SETTLED} of each other (at most {@code settlePeriods} more periods), then opens the windows.
         */
        private void settle() throws InterruptedException {
            sleepUntil(earliest - settlePeriod);
            long before = answers.get();
            sleepUntil(earliest);
            long previous = answers.get() - before;
            settled = false;
            for (int extra = 0; extra < settlePeriods; extra++) {
                long mark = answers.get();
                sleepUntil(earliest + (extra + 1) * settlePeriod);
                long now = answers.get() - mark;
                if (now > 0 && Math.abs(now - previous) <= SETTLED * Math.max(now, previous)) {
                    settled = true;
                    break;
                }
                previous = now;
            }
            start(System.nanoTime());
        }

        private static void sleepUntil(long at) throws InterruptedException {
            long wait = at - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }

        /** The warm-up this run took before its first window, and whether the answer rate had settled. */
        Settling settling(long start) {
            return new Settling((from - start) / 1_000_000, settled);
        }

        boolean open(long now) {
            return now < until && limitReached.getCount() > 0;
        }

        /** The window an answer completing at {@code now} counts for (claiming a slot of the limit), or -1. */
        int slot(long now) {
            if (now < from || now >= until) {
                return -1;
            }
            if (limit != null) {
                long n = counted.incrementAndGet();
                if (n == limit) {
                    closedAt = now;
                    limitReached.countDown();
                }
                if (n > limit) {
                    return -1;
                }
            }
            return (int) Math.min(windows - 1, (now - from) / length);
        }

        /** Waits until the last window ends (or the limit is reached), telling each boundary as it passes. */
        void awaitBoundaries(IntConsumer boundaries) throws InterruptedException {
            if (settlePeriod > 0) {
                settle();
            }
            for (int k = 0; k <= windows; k++) {
                long wait = from + k * length - System.nanoTime();
                if (limitReached.await(Math.max(0, wait), TimeUnit.NANOSECONDS)) {
                    return;
                }
                boundaries.accept(k);
            }
        }

        long lengthNanos(int slot) {
            long start = from + slot * length;
            long end = closedAt != 0 ? closedAt : start + length;
            return Math.max(1, end - start);
        }
    }
}
