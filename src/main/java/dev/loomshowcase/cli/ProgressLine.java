package dev.loomshowcase.cli;

import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.CellSpec;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A live progress line on stderr: which cell runs now, how many child JVMs are left, time elapsed. The
 * count moves with every child JVM, every fork of a cell measured in rounds included. On a terminal it
 * rewrites one line; elsewhere (CI logs) it prints one line per child JVM.
 */
final class ProgressLine implements CellRunner.Progress {

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    /** Child JVMs of the whole run when it spans several scenarios, else -1 (count per scenario). */
    private int runTotal = -1;
    private int runStarted;

    ProgressLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Progress for the real stderr: rewrites in place only when stderr is a terminal. */
    static ProgressLine forConsole(PrintWriter err) {
        var console = System.console();
        return new ProgressLine(err, console != null && console.isTerminal());
    }

    /** Counts child JVMs across scenarios from now on: the run starts {@code totalForks} in all. */
    void spanning(int totalForks) {
        runTotal = totalForks;
        runStarted = 0;
    }

    @Override
    public void started(CellSpec spec, int scenarioIndex, int scenarioTotal) {
        boolean spanning = runTotal >= 0;
        int index = spanning ? runStarted : scenarioIndex;
        int total = spanning ? Math.max(runTotal, runStarted + 1) : scenarioTotal;
        runStarted++;
        String text = String.format(Locale.ROOT, "[%d/%d] %s %s: measuring (%d left, %.0f s elapsed)",
                index + 1, total, spec.workload(), spec.label(), total - index - 1, elapsed());
        if (terminal) {
            err.print("\r\033[K" + text);
        } else {
            err.println(text);
        }
        err.flush();
    }

    @Override
    public void finished(CellOutcome outcome, int index, int total) {
        if (!outcome.ok()) {
            err.println((terminal ? "\r\033[K" : "") + "cell " + outcome.spec().label() + " failed: " + outcome.error());
        } else if (terminal && index == total - 1) {
            err.print("\r\033[K");
        }
        err.flush();
    }

    private double elapsed() {
        return (System.nanoTime() - start) / 1e9;
    }
}
