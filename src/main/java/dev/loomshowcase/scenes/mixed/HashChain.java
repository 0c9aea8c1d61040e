package dev.loomshowcase.scenes.mixed;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Real CPU work on a response: SHA-256 of the body, then of that digest, {@code rounds} times.
 *
 * <p>A chain, so the JIT cannot skip a round and the result proves every round ran. The cost per
 * round is constant (a 32-byte input), which lets {@link #calibrate} size the work in milliseconds.
 */
public final class HashChain {

    private HashChain() {
    }

    /** The digest after hashing {@code body} once and the digest {@code rounds} more times. */
    public static byte[] hash(byte[] body, int rounds) {
        MessageDigest sha = sha256();
        byte[] digest = sha.digest(body);
        for (int i = 0; i < rounds; i++) {
            digest = sha.digest(digest);
        }
        return digest;
    }

    /**
     * Rounds that take about {@code targetMs} of one core on this machine, measured here after a
     * warm-up: the mixed scenario sizes its CPU part with it so it is comparable to the wait. It counts
     * this thread's CPU time, not wall time, so other load on the machine does not shrink the work.
     */
    public static int calibrate(double targetMs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        byte[] seed = new byte[32];
        int batch = 20_000;
        long warm = threads.getCurrentThreadCpuTime();
        while (threads.getCurrentThreadCpuTime() - warm < 300_000_000L) {
            seed = hash(seed, batch);
        }
        long t0 = threads.getCurrentThreadCpuTime();
        int done = 0;
        while (threads.getCurrentThreadCpuTime() - t0 < 200_000_000L) {
            seed = hash(seed, batch);
            done += batch;
        }
        double perMs = done / ((threads.getCurrentThreadCpuTime() - t0) / 1e6);
        return (int) Math.max(1, Math.round(perMs * targetMs));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
