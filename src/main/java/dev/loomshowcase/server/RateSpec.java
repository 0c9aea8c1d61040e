package dev.loomshowcase.server;

import java.net.URI;
import java.time.Duration;

/**
 * What one open-model load run does: requests start at a fixed rate against one URL, whether or not
 * earlier ones have been answered; a warm-up, then a measured window of {@code duration}.
 *
 * <p>Every bound is checked here, as in {@link LoadSpec}: the same URL rules (loopback only unless
 * allowed), a rate above 0 and at most {@value #MAX_RATE} per second.
 *
 * @param target         the URL every request GETs
 * @param rate           requests started per second
 * @param warmup         time before measuring (0..{@value LoadSpec#MAX_WARMUP_SECONDS} s)
 * @param duration       measured window (1 ms..{@value LoadSpec#MAX_DURATION_SECONDS} s)
 * @param maxInFlight    at most this many requests in flight, a request over it refused and counted;
 *                       0 for no cap
 * @param requestTimeout limit of one request
 * @param allowRemote    true to allow a non-loopback target
 */
public record RateSpec(URI target, double rate, Duration warmup, Duration duration, int maxInFlight,
                       Duration requestTimeout, boolean allowRemote) {

    public static final double MAX_RATE = 100_000;
    public static final int MAX_IN_FLIGHT = 100_000;

    /** @throws IllegalArgumentException naming the first bound broken */
    public RateSpec {
        if (!(rate > 0) || rate > MAX_RATE) {
            throw new IllegalArgumentException("rate must be above 0 and at most " + (long) MAX_RATE + " requests per second, was " + rate);
        }
        if (maxInFlight < 0 || maxInFlight > MAX_IN_FLIGHT) {
            throw new IllegalArgumentException("max in flight must be within 1.." + MAX_IN_FLIGHT + ", was " + maxInFlight);
        }
        // the target, warm-up, duration and timeout bounds are the closed loop's
        new LoadSpec(target, 1, warmup, duration, null, requestTimeout, allowRemote);
    }

    /** A spec with no cap, a request timeout of one minute, loopback only. */
    public static RateSpec of(URI target, double rate, Duration warmup, Duration duration) {
        return new RateSpec(target, rate, warmup, duration, 0, Duration.ofSeconds(60), false);
    }

    /** The same spec with a cap on requests in flight. */
    public RateSpec withMaxInFlight(int cap) {
        return new RateSpec(target, rate, warmup, duration, cap, requestTimeout, allowRemote);
    }
}
