package dev.loomshowcase.scenes.million;

/**
 * Runs virtual threads through a whole short sleep, in the same code the measured ones run, before
 * those start. Without it the JIT
 * compiles the sleep ({@code VirtualThread.sleepNanos}) while the million threads are starting and none
 * has woken yet, so its profile says the sleep loop is never left; the compiled code then treats that
 * exit as a trap, and each frozen thread, on waking into that code, is deoptimized on its own (counted
 * by {@link DeoptimizationCount}). A few waves of threads that wake first give the profile that exit.
 */
final class WakeUpPathWarmUp {

    /** Waves of warm-up threads; each wave starts, sleeps {@link #SLEEP_MS} and is joined before the next. */
    static final int WAVES = 3;
    /** How long each warm-up thread sleeps. */
    static final long SLEEP_MS = 1;

    private WakeUpPathWarmUp() {
    }

    /**
     * Runs {@link #WAVES} waves of {@code threadsPerWave} virtual threads, thread i of a wave running
     * {@code sleeper.accept(i)} (which sleeps {@link #SLEEP_MS}); returns the milliseconds it took.
     */
    static double run(int threadsPerWave, java.util.function.IntConsumer sleeper) throws InterruptedException {
        long t0 = System.nanoTime();
        for (int wave = 0; wave < WAVES; wave++) {
            Thread[] threads = new Thread[threadsPerWave];
            for (int i = 0; i < threadsPerWave; i++) {
                int index = i;
                threads[i] = Thread.ofVirtual().start(() -> sleeper.accept(index));
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        return (System.nanoTime() - t0) / 1e6;
    }
}
