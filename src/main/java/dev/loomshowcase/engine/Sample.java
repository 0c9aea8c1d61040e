package dev.loomshowcase.engine;

/** One measured repetition of a cell: wall-clock time and the process's CPU time, in nanoseconds. */
public record Sample(long wallNanos, long cpuNanos) {

    public double wallMs() {
        return wallNanos / 1e6;
    }

    public double cpuMs() {
        return cpuNanos / 1e6;
    }
}
