package dev.loomshowcase.cli;

import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.CellSpec;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A live progress line on stderr: which cell runs now, how many are left, time elapsed. On a
 * terminal it rewrites one line; elsewhere (CI logs) it prints one line per cell.
 */
final class ProgressLine implements CellRunner.Progress {

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();

    ProgressLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Progress for the real stderr: rewrites in place only when stderr is a terminal. */
    static ProgressLine forConsole(PrintWriter err) {
        var console = System.console();
        return new ProgressLine(err, console != null && console.isTerminal());
    }

    @Override
    public void started(CellSpec spec, int index, int total) {
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
