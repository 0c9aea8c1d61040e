package dev.loomshowcase.server;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.time.Duration;

/**
 * The open-model load generator as a process of its own, started by a sweep ({@link RateProcess}), so
 * its CPU and threads are not the server's. It offers each rate in turn, each after its own warm-up
 * (the first after two, which warm this JVM up as well).
 *
 * <p>Arguments: target URL, warm-up ms, window ms, request timeout ms, in-flight cap (0 for none), then
 * the rates. It prints one line {@code rate <json>} per rate, a {@link RateResult}.
 */
public final class RateProcessMain {

    static final String RATE = "rate ";

    private RateProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        URI target = URI.create(args[0]);
        Duration warmup = Duration.ofMillis(Long.parseLong(args[1]));
        Duration window = Duration.ofMillis(Long.parseLong(args[2]));
        Duration timeout = Duration.ofMillis(Long.parseLong(args[3]));
        int cap = Integer.parseInt(args[4]);
        ObjectMapper json = new ObjectMapper();
        for (int i = 5; i < args.length; i++) {
            // the first rate warms this JVM up too (class loading, the HTTP client's connections): twice the warm-up
            RateResult result = OpenLoadGenerator.run(new RateSpec(target, Double.parseDouble(args[i]),
                    i == 5 ? warmup.multipliedBy(2) : warmup, window, cap, timeout, false));
            System.out.println(RATE + json.writeValueAsString(result));
            System.out.flush();
        }
    }
}
