package dev.loomshowcase.server;

import java.util.Arrays;

/**
 * Readings taken at each window boundary: this JVM's CPU time (the server), the stubs' process CPU
 * time, and the machine's busy and total ticks, so each window's CPU can be split by process.
 */
final class WindowMarks {

    private final double[] serverMs;
    private final double[] stubsMs;
    private final long[][] machine;
    private final long stubsPid;
    private final long[] at;

    /** @param stubsPid the stubs' process id, or -1 when unknown (stubs on another host, say) */
    WindowMarks(int windows, long stubsPid) {
        this.serverMs = new double[windows + 1];
        this.stubsMs = new double[windows + 1];
        this.machine = new long[windows + 1][];
        this.at = new long[windows + 1];
        this.stubsPid = stubsPid;
        Arrays.fill(stubsMs, Double.NaN);
    }

    /** Reads everything at boundary {@code k} (0 = first window's start). */
    synchronized void mark(int k) {
        if (k < 0 || k >= at.length) {
            return;
        }
        at[k] = System.nanoTime();
        serverMs[k] = ProcessCpu.selfMs();
        stubsMs[k] = stubsPid > 0 ? ProcessCpu.ofMs(stubsPid) : Double.NaN;
        machine[k] = MachineCpu.ticks();
    }

    long stubsPid() {
        return stubsPid;
    }

    /** Index of the last boundary: the number of windows. */
    int last() {
        return at.length - 1;
    }

    synchronized double spanMs() {
        return (at[last()] - at[0]) / 1e6;
    }

    synchronized double serverCpuMs() {
        return serverMs[last()] - serverMs[0];
    }

    synchronized double stubsCpuMs() {
        return stubsMs[last()] - stubsMs[0];
    }

    synchronized double machineBusy() {
        return MachineCpu.busyShare(machine[0], machine[last()]);
    }
}
