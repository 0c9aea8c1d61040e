package dev.loomshowcase.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * What one load run does: C closed-loop clients against one URL, a warm-up, then a measured window
 * that ends after {@code duration} or after {@code requests} answers, whichever comes first.
 *
 * <p>Every bound is checked here, so a typo cannot start a million clients or a day-long run, and a
 * load test cannot be pointed at someone else's host by accident (loopback only unless allowed).
 *
 * @param target         the URL every client GETs
 * @param concurrency    clients, each with at most one request in flight (1..{@value #MAX_CONCURRENCY})
 * @param warmup         time before measuring (0..{@value #MAX_WARMUP_SECONDS} s)
 * @param duration       measured window, the time bound (1 ms..{@value #MAX_DURATION_SECONDS} s)
 * @param requests       answers to measure, or null for "until the duration ends"
 * @param requestTimeout limit of one request
 * @param allowRemote    true to allow a non-loopback target
 * @param rampUp         the clients' first requests spread evenly over this span (zero: all at once). Spread
 *                       over one downstream delay W, a closed loop's answers stay spread, so no window
 *                       catches a wave of them
 */
public record LoadSpec(URI target, int concurrency, Duration warmup, Duration duration, Long requests,
                       Duration requestTimeout, boolean allowRemote, Duration rampUp) {

    public static final int MAX_CONCURRENCY = 10_000;
    public static final long MAX_WARMUP_SECONDS = 120;
    public static final long MAX_DURATION_SECONDS = 600;
    public static final long MAX_REQUESTS = 10_000_000;

    /** @throws IllegalArgumentException naming the first bound broken */
    public LoadSpec {
        if (target == null || !"http".equals(target.getScheme()) || target.getHost() == null) {
            throw new IllegalArgumentException("target must be an http:// URL with a host, got '" + target + "'");
        }
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("concurrency must be within 1.." + MAX_CONCURRENCY + ", was " + concurrency);
        }
        if (warmup.isNegative() || warmup.compareTo(Duration.ofSeconds(MAX_WARMUP_SECONDS)) > 0) {
            throw new IllegalArgumentException("warm-up must be within 0.." + MAX_WARMUP_SECONDS + " s, was " + warmup.toMillis() + " ms");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofSeconds(MAX_DURATION_SECONDS)) > 0) {
            throw new IllegalArgumentException("duration must be within 1 ms.." + MAX_DURATION_SECONDS + " s, was " + duration.toMillis() + " ms");
        }
        if (requests != null && (requests < 1 || requests > MAX_REQUESTS)) {
            throw new IllegalArgumentException("requests must be within 1.." + MAX_REQUESTS + ", was " + requests);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("request timeout must be above 0");
        }
        if (rampUp.isNegative() || rampUp.compareTo(warmup) > 0) {
            throw new IllegalArgumentException("ramp-up must be within 0..warm-up (" + warmup.toMillis() + " ms), was " + rampUp.toMillis() + " ms");
        }
        if (!allowRemote && !isLoopback(target.getHost())) {
            throw new IllegalArgumentException("target " + target.getHost()
                    + " is not a loopback address; pass --allow-remote to load another host");
        }
    }

    /** All clients start at once. */
    public LoadSpec(URI target, int concurrency, Duration warmup, Duration duration, Long requests,
                    Duration requestTimeout, boolean allowRemote) {
        this(target, concurrency, warmup, duration, requests, requestTimeout, allowRemote, Duration.ZERO);
    }

    /** A spec measuring for {@code duration}, with a request timeout of one minute, loopback only. */
    public static LoadSpec of(URI target, int concurrency, Duration warmup, Duration duration) {
        return new LoadSpec(target, concurrency, warmup, duration, null, Duration.ofSeconds(60), false);
    }

    private static boolean isLoopback(String host) {
        try {
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'");
        }
    }
}
