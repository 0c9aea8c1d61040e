package dev.loomshowcase.scenes.yours;

import dev.loomshowcase.scenario.Cells;
import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import dev.loomshowcase.engine.Comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the seed's exercise 3 for a person's task from its measured cells: a {@link TaskClass} and
 * three sentences. Every clause that names a cause (waits overlapped, computed in parallel, holds its
 * carrier, contend) is printed only when the number printed beside it shows it.
 *
 * <p>The CPU share that explains a cell is CPU time / (wall time x min(threads that can run, cores)):
 * one thread for the sequential cell, the carriers for virtual threads and pools, the tasks for a
 * thread per task; never more than the cores, since that is all the machine can give.
 *
 * @param cores the machine's cores
 * @param tasks the batch size (the threads of the thread-per-task cell)
 */
public record YoursJudge(int cores, int tasks) {

    /** Below this CPU share a cell mostly waited. */
    private static final double WAITING_BELOW = Bands.BUSY;

    /** The answer the cells give. */
    public YoursAnswer answer(List<CellResult> cells) {
        Optional<CellResult> sequential = Cells.measured(cells, ThreadModel.SEQUENTIAL);
        if (sequential.isEmpty()) {
            String none = "not measured: the sequential cell failed";
            return new YoursAnswer(null, none, none, none, where(cells));
        }
        TaskClass classification = classify(cells);
        return new YoursAnswer(classification, bound(classification, sequential.get(), cells),
                oneCore(sequential.get(), cells), parallel(cells), where(cells));
    }

    /** Coordination-bound when a cell with more than one thread is slower than one thread; else by the CPU share. */
    public TaskClass classify(List<CellResult> cells) {
        if (!slower(cells).isEmpty()) {
            return TaskClass.COORDINATION_BOUND;
        }
        double share = share(Cells.measured(cells, ThreadModel.SEQUENTIAL).orElseThrow());
        return share <= Bands.IO_BOUND_AT ? TaskClass.IO_BOUND : share >= Bands.CPU_BOUND_AT ? TaskClass.CPU_BOUND : TaskClass.MIXED;
    }

    /**
     * The CPU share that explains a cell. For the sequential cell, the time its one thread waited for
     * a core that other threads held (when measured) is not counted as its own time.
     */
    public double share(CellResult cell) {
        double wall = cell.wallMs().median() - runQueueMs(cell);
        return cell.cpuMs().median() / (wall * Math.min(threads(cell), cores));
    }

    /** The sequential cell's median wait for a core, ms; 0 for other cells or when not measured. */
    static double runQueueMs(CellResult cell) {
        boolean usable = cell.model() == ThreadModel.SEQUENTIAL
                && cell.extras().get(YoursWorkload.RUN_QUEUE_MS) instanceof Number
                && ((Number) cell.extras().get(YoursWorkload.RUN_QUEUE_MS)).doubleValue() < cell.wallMs().median();
        return usable ? Math.max(0, ((Number) cell.extras().get(YoursWorkload.RUN_QUEUE_MS)).doubleValue()) : 0;
    }

    private int threads(CellResult cell) {
        return switch (cell.model()) {
            case SEQUENTIAL -> 1;
            case PLATFORM_PER_TASK -> tasks;
            default -> cell.carriers();
        };
    }

    /**
     * Where more threads were slower, beyond the noise, and the task may be said to contend: none
     * when the machine was busy ({@link #busyMachine}), since each cell ran in its own JVM at its own
     * moment and others' load then slows cells unevenly.
     */
    List<Slowdown> slower(List<CellResult> cells) {
        Optional<CellResult> sequential = Cells.measured(cells, ThreadModel.SEQUENTIAL);
        return sequential.isPresent() && busyMachine(sequential.get()).isPresent() ? List.of() : slowdowns(cells);
    }

    /**
     * Where more threads were slower, beyond the noise: virtual threads on more carriers against the
     * same on one carrier (the cells differ only there), and any cell of more than one thread against
     * the sequential cell.
     */
    List<Slowdown> slowdowns(List<CellResult> cells) {
        List<Slowdown> found = new ArrayList<>();
        Cells.measured(cells, ThreadModel.VIRTUAL, 1).ifPresent(one -> cells.stream()
                .filter(c -> c.model() == ThreadModel.VIRTUAL && c.carriers() > 1 && c.wallMs() != null)
                .map(c -> new Slowdown(c, one, one.wallMs().median() / c.wallMs().median()))
                .filter(d -> compare(d.cell().wallMs(), one.wallMs()) == Verdict.HURTS)
                .forEach(found::add));
        Cells.measured(cells, ThreadModel.SEQUENTIAL).ifPresent(sequential -> cells.stream()
                .filter(c -> c.verdict() == Verdict.HURTS && threads(c) > 1)
                .map(c -> new Slowdown(c, sequential, c.speedup()))
                .forEach(found::add));
        return found;
    }

    /** A cell slower than a cell of fewer threads: {@code ratio} = base median / cell median, below 1. */
    record Slowdown(CellResult cell, CellResult base, double ratio) {
        String text() {
            return String.format(Locale.ROOT, "%s %.2fx of %s (%.0f..%.0f ms against %.0f..%.0f ms)", cell.label(), ratio,
                    base.label(), cell.wallMs().min(), cell.wallMs().max(), base.wallMs().min(), base.wallMs().max());
        }
    }

    /** A note when the sequential cell waited more than a tenth of its time for a core other threads held. */
    static Optional<String> busyMachine(CellResult sequential) {
        double waited = runQueueMs(sequential);
        if (waited <= Bands.RUN_QUEUE_BUSY * sequential.wallMs().median()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the machine was busy: the sequential cell waited %.0f ms of its %.0f ms "
                + "for a core other threads held (this JVM's or other programs'): such load slows cells unevenly, so no slow-down is judged as "
                + "contention; rerun on a quiet machine", waited, sequential.wallMs().median()));
    }

    private String bound(TaskClass classification, CellResult sequential, List<CellResult> cells) {
        double waited = runQueueMs(sequential);
        String alone = String.format(Locale.ROOT, "alone on one thread it kept it busy %s of the time%s "
                        + "(sequential: %d tasks in %s%s, %s of CPU)",
                percent(share(sequential)), waited > 0 ? " it had a core" : "", tasks, ms(sequential.wallMs().median()),
                waited > 0 ? ", of which " + ms(waited) + " waiting for a core other threads held" : "",
                ms(sequential.cpuMs().median()));
        return switch (classification) {
            case IO_BOUND -> "I/O-bound: " + alone + ": it mostly waits.";
            case CPU_BOUND -> "CPU-bound: " + alone + ": it computes.";
            case MIXED -> "Mixed: " + alone + ": part waiting, part computing.";
            case COORDINATION_BOUND -> {
                Slowdown worst = slower(cells).stream().min(Comparator.comparingDouble(Slowdown::ratio)).orElseThrow();
                yield "Coordination-bound: with more threads it got slower (" + worst.text() + "), so the tasks "
                        + "contend for something they share (a lock, a pool, a connection); " + alone + ".";
            }
        };
    }

    private String oneCore(CellResult sequential, List<CellResult> cells) {
        Optional<CellResult> found = Cells.measured(cells, ThreadModel.VIRTUAL, 1);
        if (found.isEmpty()) {
            return "Concurrency on one core: not measured (add 1 to --carriers).";
        }
        CellResult v1 = found.get();
        String numbers = String.format(Locale.ROOT, "%.2fx: on 1 carrier, %d virtual threads took %s against %s one after another",
                v1.speedup(), tasks, ms(v1.wallMs().median()), ms(sequential.wallMs().median()));
        return "Concurrency on one core: " + switch (v1.verdict()) {
            case HELPS -> "yes, " + numbers + helped(sequential, v1);
            case NO_EFFECT, HURTS -> (v1.verdict() == Verdict.HURTS ? "no, it hurt, " : "no, ") + numbers
                    + notOverlapped(sequential, v1, cells);
            case INCONCLUSIVE -> "can't tell, " + numbers + noisy(v1.wallMs(), sequential.wallMs());
            case BASELINE, FAILED, HELD, BROKEN -> "not measured: the cell failed.";
        };
    }

    /** Why one carrier helped: the waits overlapped, or (for a task that computes) a baseline the machine's load stretched. */
    private String helped(CellResult sequential, CellResult v1) {
        if (share(sequential) < WAITING_BELOW) {
            return "; the waits overlapped (carrier busy " + percent(share(v1)) + ").";
        }
        double waited = runQueueMs(sequential);
        return " (carrier busy " + percent(share(v1)) + "), though the task computes (busy " + percent(share(sequential))
                + " alone) and one carrier computes one task at a time" + (waited > 0
                ? ": the sequential cell waited " + ms(waited) + " for a core other threads held, so the machine's load stretched it; rerun on a quiet machine."
                : "; rerun with --thorough.");
    }

    /** Why one carrier did not help: nothing to overlap, or waits that kept the carrier. */
    private String notOverlapped(CellResult sequential, CellResult v1, List<CellResult> cells) {
        if (share(sequential) >= WAITING_BELOW) {
            return "; the task computes (busy " + percent(share(sequential)) + " alone), so there was nothing to overlap: "
                    + "one core computes one task at a time.";
        }
        String text = "; the task waits (busy " + percent(share(sequential)) + " alone), yet its waits did not overlap on one carrier";
        Optional<CellResult> perTask = Cells.measured(cells, ThreadModel.PLATFORM_PER_TASK);
        if (perTask.isPresent() && perTask.get().verdict() == Verdict.HELPS) {
            text += String.format(Locale.ROOT, ", while a thread per task (OS threads) was %.2fx: it holds its carrier "
                    + "while it waits (a native call, a class initialiser)", perTask.get().speedup());
        }
        int pinned = pinnedEvents(v1);
        return text + (pinned > 0 ? "; JFR saw " + pinned + " pinned event(s) on virtual@1 (see the notes)." : ".");
    }

    private String parallel(List<CellResult> cells) {
        if (cores == 1) {
            return "Parallelism: this machine has 1 core, so parallelism cannot help here.";
        }
        Optional<CellResult> one = Cells.measured(cells, ThreadModel.VIRTUAL, 1);
        Optional<CellResult> many = cells.stream().filter(c -> c.model() == ThreadModel.VIRTUAL
                && c.carriers() > 1 && c.wallMs() != null).max(Comparator.comparingInt(CellResult::carriers));
        String head = "Parallelism on this machine's " + cores + " cores: ";
        if (one.isEmpty() || many.isEmpty()) {
            return head + "not measured (pass --carriers 1," + cores + ").";
        }
        CellResult v1 = one.get();
        CellResult vn = many.get();
        double gain = v1.wallMs().median() / vn.wallMs().median();
        String numbers = String.format(Locale.ROOT, "%d carriers ran the batch %.2fx as fast as 1 carrier (%s against %s)",
                vn.carriers(), gain, ms(vn.wallMs().median()), ms(v1.wallMs().median()));
        return head + switch (compare(vn.wallMs(), v1.wallMs())) {
            case HELPS -> "yes, " + numbers + (share(vn) >= WAITING_BELOW
                    ? "; the carriers were busy " + percent(share(vn)) + ": the tasks computed in parallel" + pool(cells) + "."
                    : "; with the carriers busy only " + percent(share(vn)) + " that is not computing in parallel: "
                    + "more carriers let more tasks wait at once" + pool(cells) + ".");
            case HURTS -> slower(cells).isEmpty()
                    ? "no, it was slower: " + numbers + "; the machine was busy (see the notes), so this is not judged as contention" + pool(cells) + "."
                    : "no, it hurt: " + numbers + ": with more carriers the tasks got in each other's way" + pool(cells) + ".";
            case INCONCLUSIVE -> "can't tell: " + numbers + noisy(vn.wallMs(), v1.wallMs());
            default -> "no, " + numbers + (v1.verdict() == Verdict.HELPS && share(v1) < WAITING_BELOW
                    ? "; one carrier already overlapped the waits (busy " + percent(share(v1)) + ")"
                    : "; carriers busy " + percent(share(vn))) + pool(cells) + ".";
        };
    }

    /** The platform pool of the most threads, when measured: the same question answered with OS threads. */
    private static String pool(List<CellResult> cells) {
        return cells.stream().filter(c -> c.model() == ThreadModel.PLATFORM_POOL && c.wallMs() != null)
                .max(Comparator.comparingInt(CellResult::carriers))
                .map(p -> String.format(Locale.ROOT, " (a pool of %d platform threads: %.2fx against sequential)",
                        p.carriers(), p.speedup()))
                .orElse("");
    }

    /** The verdict of {@code cell} against {@code base} by wall time: the engine's band and its noise rule. */
    static Verdict compare(Stats cell, Stats base) {
        return Comparison.SEQUENTIAL_WALL.verdict(base, cell);
    }

    /** Where the task pinned a carrier (JFR) or got slower with more threads. */
    List<String> where(List<CellResult> cells) {
        List<String> lines = new ArrayList<>();
        for (CellResult cell : cells) {
            if (cell.extras().get("pinned") instanceof List<?> groups) {
                groups.forEach(g -> lines.add(pinnedLine(cell, g)));
            }
        }
        slowdowns(cells).forEach(d -> lines.add("slower with more threads: " + d.text()));
        Cells.measured(cells, ThreadModel.SEQUENTIAL).flatMap(YoursJudge::busyMachine).ifPresent(lines::add);
        return lines;
    }

    private static String pinnedLine(CellResult cell, Object group) {
        Map<?, ?> g = group instanceof Map<?, ?> map ? map : dev.loomshowcase.engine.Json.mapper().convertValue(group, Map.class);
        return String.format(Locale.ROOT, "pinned on %s: %s event(s), %s, blocking in %s, at %s; carriers held %s ms in all",
                cell.label(), g.get("count"), g.get("pinnedReason"), g.get("blockingOperation"), g.get("stackTop"), g.get("totalMs"));
    }

    private static int pinnedEvents(CellResult cell) {
        return cell.extras().get("pinnedEvents") instanceof Number n ? n.intValue() : 0;
    }

    private static String noisy(Stats cell, Stats base) {
        return String.format(Locale.ROOT, "; the spreads overlap (%.0f..%.0f ms against %.0f..%.0f ms): too noisy, rerun with --thorough.",
                cell.min(), cell.max(), base.min(), base.max());
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String ms(double millis) {
        return millis >= 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000) : String.format(Locale.ROOT, "%.0f ms", millis);
    }
}
