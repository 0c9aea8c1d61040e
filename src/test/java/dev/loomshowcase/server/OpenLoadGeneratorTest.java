package dev.loomshowcase.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The open-model generator against JDK HTTP servers on port 0: the schedule, intended-start latency, the cap. */
@Tag("slow")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpenLoadGeneratorTest {

    /** Answers every GET after {@code holdMs(now)} ms. */
    interface Hold {
        long holdMs(long nanoNow);
    }

    private static HttpServer start(Hold hold) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> answer(exchange, hold.holdMs(System.nanoTime())));
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, long holdMs) throws IOException {
        try (exchange) {
            if (holdMs > 0) {
                Thread.sleep(holdMs);
            }
            byte[] body = "{\"ok\":true}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static URI uri(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/x");
    }

    @Test
    void theScheduleIsKeptAgainstAStubThatAnswersAtOnce() throws Exception {
        HttpServer server = start(now -> 0);
        try {
            RateResult r = OpenLoadGenerator.run(RateSpec.of(uri(server), 200, Duration.ofMillis(300), Duration.ofSeconds(2)));
            assertEquals(400, r.scheduled(), "200 req/s for 2 s schedules 400 requests: " + r);
            assertTrue(r.errors().isEmpty(), "errors: " + r.errors());
            assertTrue(r.rateReached(), "started " + r.startedRate() + " req/s of 200");
            assertTrue(Math.abs(r.achievedRate() - 200) <= 30, "achieved " + r.achievedRate() + " req/s, offered 200");
            assertTrue(r.latency("p50") < 50, "an instant stub answers within 50 ms at the median: " + r.latencyMs());
            assertTrue(r.latency("p50") <= r.latency("p99") && r.latency("p99") <= r.latency("p999")
                    && r.latency("p999") <= r.latency("max"), "percentiles in order: " + r.latencyMs());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aOneSecondStallShowsInTheP99OfTheRequestsScheduledDuringIt() throws Exception {
        AtomicLong first = new AtomicLong();
        long second = TimeUnit.SECONDS.toNanos(1);
        HttpServer server = start(now -> { // answers at once, except from 1 s to 2 s after its first request
            first.compareAndSet(0, now);
            long t = now - first.get();
            return t >= second && t < 2 * second ? TimeUnit.NANOSECONDS.toMillis(2 * second - t) : 0;
        });
        try {
            RateResult r = OpenLoadGenerator.run(RateSpec.of(uri(server), 100, Duration.ZERO, Duration.ofSeconds(3)));
            assertTrue(r.errors().isEmpty(), "errors: " + r.errors());
            assertTrue(r.latency("p99") >= 800, "a third of the requests were scheduled into a 1 s stall, so p99 "
                    + "counted from their intended starts is near 1 s; was " + r.latency("p99") + " ms");
            assertTrue(r.latency("p50") < 200, "the other two thirds were answered at once: p50 " + r.latency("p50"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aCappedGeneratorRefusesAndCountsTheRequestsOverItsCap() throws Exception {
        HttpServer server = start(now -> 500);
        try {
            RateResult r = OpenLoadGenerator.run(RateSpec.of(uri(server), 50, Duration.ZERO, Duration.ofSeconds(2))
                    .withMaxInFlight(5));
            long refused = r.errors().getOrDefault(RateResult.REFUSED, 0L);
            assertTrue(r.maxInFlight() <= 5, "the cap holds: at most " + r.maxInFlight() + " in flight");
            assertTrue(refused >= 50, "25 requests arrive per 500 ms answer and 5 fit, so most are refused: " + r.errors());
            assertEquals(r.scheduled(), r.ok() + r.errorCount(), "every scheduled request is answered or counted: " + r);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRateOfZeroOrBelowIsRefusedUpFront() {
        URI any = URI.create("http://127.0.0.1:1/");
        assertThrows(IllegalArgumentException.class, () -> RateSpec.of(any, 0, Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> RateSpec.of(any, -5, Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> RateSpec.of(URI.create("http://10.1.2.3/"), 5,
                Duration.ZERO, Duration.ofSeconds(1)));
    }
}
