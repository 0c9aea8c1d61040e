package dev.loomshowcase.engine;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Runs cells, one fresh child JVM each, one after another (never two at once: they would compete
 * for the same cores and spoil each other's numbers).
 */
public final class CellRunner {

    private final ChildJvm children;
    private final String javaLauncher;
    private final String classPath;
    private final List<String> extraJvmOptions;
    private final List<String> sharingOptions;

    public CellRunner(ChildJvm children, String javaLauncher, String classPath, List<String> extraJvmOptions) {
        this(children, javaLauncher, classPath, extraJvmOptions, List.of());
    }

    private CellRunner(ChildJvm children, String javaLauncher, String classPath, List<String> extraJvmOptions,
                       List<String> sharingOptions) {
        this.children = children;
        this.javaLauncher = javaLauncher;
        this.classPath = classPath;
        this.extraJvmOptions = List.copyOf(extraJvmOptions);
        this.sharingOptions = List.copyOf(sharingOptions);
    }

    /**
     * A runner whose children use this JVM's launcher and class path, and its class-data archive when
     * the launcher asked for one ({@link ClassDataSharing}).
     */
    public static CellRunner forCurrentJvm(ChildJvm children) {
        String classPath = ChildCommand.currentClassPath();
        return new CellRunner(children, ChildCommand.currentJavaLauncher(), classPath, List.of(),
                ClassDataSharing.childOptions(classPath));
    }

    /** Measures one cell in one child JVM; a child that fails or overruns {@code timeout} yields a failed outcome. */
    public CellOutcome run(CellSpec spec, Duration timeout) throws InterruptedException {
        return run(spec, timeout, 1);
    }

    /**
     * Measures one cell in {@code forks} child JVMs, one after another, and pools their samples, as
     * JMH forks do: the JIT's decisions vary from one JVM to the next, and a spread measured inside a
     * single JVM cannot show that. Any failing fork fails the cell.
     */
    public CellOutcome run(CellSpec spec, Duration timeout, int forks) throws InterruptedException {
        return run(spec, timeout, forks, Progress.silent());
    }

    /** As {@link #run(CellSpec, Duration, int)}, telling {@code progress} the child's live events as they come. */
    public CellOutcome run(CellSpec spec, Duration timeout, int forks, Progress progress) throws InterruptedException {
        List<String> command = command(spec);
        List<ChildReport> reports = new java.util.ArrayList<>(forks);
        java.util.function.Consumer<String> live = liveEvents(spec, progress);
        try {
            for (int fork = 0; fork < forks; fork++) {
                reports.add(parse(children.run(command, timeout, live)));
            }
            return CellOutcome.measured(spec, ChildReport.pooled(reports));
        } catch (ChildJvmException e) {
            return CellOutcome.failed(spec, "child JVM " + e.getMessage());
        }
    }

    private List<String> command(CellSpec spec) {
        return ChildCommand.build(javaLauncher, classPath, spec, jvmOptions(extraJvmOptions, sharingOptions, spec));
    }

    /**
     * The runner's options, and the class-data archive's unless the cell brings JVM options of its own:
     * another collector or heap size would make the archive stale, and the next child would write it again.
     */
    static List<String> jvmOptions(List<String> extraJvmOptions, List<String> sharingOptions, CellSpec spec) {
        if (sharingOptions.isEmpty() || !spec.jvmOptions().isEmpty()) {
            return extraJvmOptions;
        }
        return java.util.stream.Stream.concat(extraJvmOptions.stream(), sharingOptions.stream()).toList();
    }

    /** The child's live lines, handed to {@code progress} as they come; null for a cell that did not ask for them. */
    private static java.util.function.Consumer<String> liveEvents(CellSpec spec, Progress progress) {
        return LiveLine.requested(spec) ? line -> LiveLine.parse(line).ifPresent(event -> progress.live(spec, event)) : null;
    }

    /**
     * Measures cells in rounds: round r runs fork r of every cell that has more than r forks, in the
     * order {@code rounds} draws for it; after the planned rounds, a cell whose per-round speedups
     * {@code policy} does not call settled runs more rounds with its baseline, while the policy affords it. Outcomes come back in the order of {@code specs}; a cell measured in more than
     * one round carries its per-round medians as {@link Rounds#ROUND_MEDIANS}. {@code progress} hears
     * every child JVM start, counted over all forks, and each cell's outcome as soon as no later round
     * can measure it again, in whatever order that happens ({@link RoundRunner}).
     */
    public List<CellOutcome> runInRounds(List<CellSpec> specs, Function<CellSpec, Duration> timeouts,
                                         ToIntFunction<CellSpec> forks, Progress progress, Rounds rounds,
                                         RoundPolicy policy) throws InterruptedException {
        return new RoundRunner(specs, forks, policy).run(timeouts, progress, rounds, (spec, timeout) ->
                parse(children.run(command(spec), timeout,
                        liveEvents(spec, progress))));
    }

    /** The child's report from its result line; anything else on stdout is ignored. */
    static ChildReport parse(ChildJvm.Output output) throws ChildJvmException {
        String line = output.stdout().stream()
                .filter(l -> l.startsWith(ChildReport.MARKER))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new ChildJvmException(ChildJvmException.Kind.NO_RESULT,
                        "exited normally but printed no result line; stdout ended with: "
                                + lastLine(output.stdout())));
        try {
            return Json.mapper().readValue(line.substring(ChildReport.MARKER.length()), ChildReport.class);
        } catch (Exception e) {
            throw new ChildJvmException(ChildJvmException.Kind.NO_RESULT, "printed an unreadable result: " + e.getMessage());
        }
    }

    private static String lastLine(List<String> lines) {
        return lines.isEmpty() ? "(nothing)" : lines.getLast();
    }

    /**
     * Told when each child JVM starts and each cell ends, e.g. to draw a progress line. Measured in
     * rounds, a cell starts once per fork and cells end in any order (see {@link #runInRounds}).
     */
    public interface Progress {
        /** A child JVM starts: the {@code index}-th (from 0) of the {@code total} the scenario runs so far. */
        void started(CellSpec spec, int index, int total);

        /** A cell is measured for good: the {@code index}-th (from 0) of the scenario's {@code total} cells to end. */
        default void finished(CellOutcome outcome, int index, int total) {
        }

        /** A live event the cell's child printed while it runs (only for cells that ask, see {@link LiveLine}). */
        default void live(CellSpec spec, java.util.Map<String, Object> event) {
        }

        /** Progress that tells no one. */
        static Progress silent() {
            return (spec, index, total) -> { };
        }
    }
}
