package dev.loomshowcase.server;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load generator: requests start on a fixed schedule (the k-th at {@code start + k / rate}),
 * whether or not earlier ones have been answered, each on a virtual thread of its own. This is how
 * users arrive, and what k6's constant-arrival-rate executor and wrk2 do.
 *
 * <p>Latency counts from each request's <em>intended</em> start, so a server that stalls is charged
 * for every request that should have started during the stall, not only for the few that did
 * (coordinated omission). A request over the optional cap on requests in flight is refused and
 * counted as {@value RateResult#REFUSED}, never delayed. A platform thread keeps the schedule, so
 * busy carriers cannot delay it; how late it started requests is measured and reported.
 *
 * {@snippet :
 * RateResult r = OpenLoadGenerator.run(RateSpec.of(URI.create("http://127.0.0.1:8080/aggregate/1"), 100,
 *         Duration.ofSeconds(2), Duration.ofSeconds(10)));
 * System.out.print(r.summary());
 * }
 */
public final class OpenLoadGenerator {

    /** Highest latency the histograms track: ten minutes, in microseconds. */
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);
    /** Extra time past the request timeout that requests still in flight get to finish. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private OpenLoadGenerator() {
    }

    /** Runs the load {@code spec} describes and returns what the requests scheduled in its window measured. */
    public static RateResult run(RateSpec spec) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(spec.target()).timeout(spec.requestTimeout()).GET().build();
        Run run = new Run(spec, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20));
        Thread scheduler = Thread.ofPlatform().name("open-load-schedule").unstarted(() -> run.schedule(client, request));
        try (client) {
            scheduler.start();
            try {
                scheduler.join();
            } catch (InterruptedException e) {
                scheduler.interrupt();
                scheduler.join();
                throw e;
            }
            if (run.interrupted) {
                throw new InterruptedException("the schedule was interrupted");
            }
        }
        return run.result();
    }

    /** One run's schedule and records; the scheduler thread alone writes the lag histogram and counts starts. */
    private static final class Run {
        final RateSpec spec;
        final long start;
        final long from;
        final long until;
        final double periodNanos;
        final Histogram latency = new ConcurrentHistogram(MAX_MICROS, 3);
        final Histogram lag = new Histogram(MAX_MICROS, 3);
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        final LongAdder okInWindow = new LongAdder();
        final LongAdder ok = new LongAdder();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();
        long scheduled;
        long startedInWindow;
        volatile boolean interrupted;

        Run(RateSpec spec, long start) {
            this.spec = spec;
            this.start = start;
            this.from = start + spec.warmup().toNanos();
            this.until = from + spec.duration().toNanos();
            this.periodNanos = 1e9 / spec.rate();
        }

        /** Starts request after request on schedule until the window ends, then waits for those in flight. */
        void schedule(HttpClient client, HttpRequest request) {
            try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
                for (long k = 0; ; k++) {
                    long intended = start + Math.round(k * periodNanos);
                    if (intended >= until) {
                        break;
                    }
                    if (!sleepUntil(intended)) {
                        interrupted = true;
                        requests.shutdownNow();
                        return;
                    }
                    startOne(requests, client, request, intended);
                }
                requests.shutdown();
                if (!awaitStragglers(requests)) {
                    interrupted = true;
                }
            }
        }

        /** Parks until {@code deadline}; false when interrupted. */
        private static boolean sleepUntil(long deadline) {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
                if (Thread.currentThread().isInterrupted()) {
                    return false;
                }
            }
            return !Thread.currentThread().isInterrupted();
        }

        private void startOne(ExecutorService requests, HttpClient client, HttpRequest request, long intended) {
            long now = System.nanoTime();
            boolean measured = intended >= from;
            if (measured) {
                scheduled++;
                lag.recordValue(Math.min(MAX_MICROS, Math.max(0, (now - intended) / 1000)));
            }
            if (now >= from && now < until) {
                startedInWindow++;
            }
            int cap = spec.maxInFlight();
            if (cap > 0 && inFlight.get() >= cap) {
                if (measured) {
                    errors.computeIfAbsent(RateResult.REFUSED, k -> new LongAdder()).increment();
                }
                return;
            }
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            requests.submit(() -> send(client, request, intended, measured));
        }

        /** One request; its latency counts from {@code intended}, its answer for the window it completes in. */
        private void send(HttpClient client, HttpRequest request, long intended, boolean measured) {
            String outcome;
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                outcome = status / 100 == 2 ? null : "status-" + status;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                inFlight.decrementAndGet();
                return;
            } catch (IOException e) {
                outcome = LoadGenerator.kind(e);
            }
            long done = System.nanoTime();
            inFlight.decrementAndGet();
            if (outcome == null && done >= from && done < until) {
                okInWindow.increment();
            }
            if (!measured) {
                return;
            }
            if (outcome == null) {
                ok.increment();
                latency.recordValue(Math.min(MAX_MICROS, (done - intended) / 1000));
            } else {
                errors.computeIfAbsent(outcome, k -> new LongAdder()).increment();
            }
        }

        /** Waits for the requests still in flight, up to their timeout and a grace; false when interrupted. */
        private boolean awaitStragglers(ExecutorService requests) {
            try {
                if (!requests.awaitTermination(spec.requestTimeout().plus(STOP_GRACE).toMillis(), TimeUnit.MILLISECONDS)) {
                    requests.shutdownNow();
                }
                return true;
            } catch (InterruptedException e) {
                requests.shutdownNow();
                Thread.currentThread().interrupt();
                return false;
            }
        }

        RateResult result() {
            double windowMs = spec.duration().toNanos() / 1e6;
            Map<String, Long> counted = new TreeMap<>();
            errors.forEach((kind, n) -> counted.put(kind, n.sum()));
            long unanswered = scheduled - ok.sum() - counted.values().stream().mapToLong(Long::longValue).sum();
            if (unanswered > 0) {
                counted.put("unanswered", unanswered);
            }
            Map<String, Double> latencyMs = new LinkedHashMap<>();
            if (latency.getTotalCount() > 0) {
                latencyMs.put("p50", ms(latency.getValueAtPercentile(50)));
                latencyMs.put("p90", ms(latency.getValueAtPercentile(90)));
                latencyMs.put("p99", ms(latency.getValueAtPercentile(99)));
                latencyMs.put("p999", ms(latency.getValueAtPercentile(99.9)));
                latencyMs.put("max", ms(latency.getMaxValue()));
                latencyMs.put("mean", latency.getMean() / 1000);
            }
            Map<String, Double> lagMs = new LinkedHashMap<>();
            if (lag.getTotalCount() > 0) {
                lagMs.put("p50", ms(lag.getValueAtPercentile(50)));
                lagMs.put("p99", ms(lag.getValueAtPercentile(99)));
                lagMs.put("max", ms(lag.getMaxValue()));
            }
            return new RateResult(spec.target().toString(), spec.rate(), okInWindow.sum() / (windowMs / 1000),
                    startedInWindow / (windowMs / 1000), windowMs, scheduled, ok.sum(), counted, latencyMs,
                    maxInFlight.get(), spec.maxInFlight(), lagMs);
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }
}
