package dev.loomshowcase.dashboard;

import dev.loomshowcase.observe.CgroupFiles;
import dev.loomshowcase.scenario.CalculateAllScenario;
import dev.loomshowcase.scenario.CoffeeShopScenario;
import dev.loomshowcase.scenario.CoordinationScenario;
import dev.loomshowcase.scenario.FetchAllScenario;
import dev.loomshowcase.scenario.MillionScenario;
import dev.loomshowcase.scenario.MixedScenario;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.ServerScenario;
import dev.loomshowcase.scenario.TimelineScenario;
import dev.loomshowcase.scenario.TrapsScenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the dashboard's run buttons run, in the order of the talk ({@code scripts/talk}), then the
 * matrix's other scenarios and the main job. Each entry says what the page draws while it runs.
 */
final class Scenes {

    /** The main job: every scenario of the matrix, then the matrix. */
    static final String MAIN = "main";
    /** The seed's exercise 1: this machine's cores and carriers (no cells). */
    static final String ENV = "env";

    /**
     * One button.
     *
     * @param name    the name in {@code POST /run/{name}}, as on the command line
     * @param title   the button's words
     * @param view    what the page shows while it runs: {@code lanes}, {@code in-flight}, {@code table},
     *                {@code matrix} or {@code env}
     * @param talk    true when {@code scripts/talk} plays it
     * @param caption what the speaker says before it (as {@code scripts/talk} prints it)
     */
    record Entry(String name, String title, String view, boolean talk, String caption,
                 @com.fasterxml.jackson.annotation.JsonIgnore Function<RunMode, Scenario> scenario) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    Scenes() {
        add(new Entry(ENV, "cores & carriers", "env", true, "How many cores does this machine have, and how many "
                + "carriers will virtual threads get? That number is our GOMAXPROCS.", null));
        add(new Entry("timeline", "timeline A-D", "lanes", true, "Four tasks, A to D: think, wait, think. Watch which "
                + "carrier runs which phase. The seed expects two at once with two carriers (parallel), and turns on "
                + "one lane with one carrier (concurrent, not parallel); the lanes show what happened.", mode -> new TimelineScenario()));
        add(new Entry("coffee-shop", "coffee shop", "lanes", true, "One barista, three machines. The barista takes "
                + "order two while the espresso machine runs. Then three baristas. Who finishes first, when the work is "
                + "mostly waiting?", mode -> new CoffeeShopScenario()));
        add(new Entry("fetch-all", "fetchAll (I/O)", "lanes", true, "The seed's fetchAll: three calls that each wait. "
                + "Watch whether the waits overlap, even on one carrier.", mode -> new FetchAllScenario()));
        add(new Entry("traps", "interview traps", "table", true, "Four interview traps. For each: the claim, the "
                + "experiment, the measurement, and a verdict computed from it.", mode -> new TrapsScenario()));
        add(new Entry("million", "a million threads", "in-flight", true, "How many threads can you have? Many "
                + "sleeping virtual threads against a bounded number of platform threads.", Scenes::million));
        add(new Entry("calculate-all", "calculateAll (CPU)", "table", false, "", mode -> new CalculateAllScenario()));
        add(new Entry("mixed", "mixed I/O + CPU", "table", false, "", mode -> new MixedScenario()));
        add(new Entry("coordination", "coordination", "table", false, "", mode -> new CoordinationScenario()));
        add(new Entry("server", "server under load", "in-flight", false, "", mode -> new ServerScenario()));
        add(new Entry(MAIN, "the main job: the matrix", "matrix", false, "", null));
    }

    private void add(Entry entry) {
        entries.put(entry.name(), entry);
    }

    /** Every entry, in button order. */
    List<Entry> all() {
        return List.copyOf(entries.values());
    }

    /** Every name a run request may use. */
    java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(entries.keySet());
    }

    Optional<Entry> entry(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** The scenario behind a name, for analysing its cells as they land; empty for the main job and env. */
    Optional<Scenario> scenario(String name, RunMode mode) {
        return entry(name).filter(e -> e.scenario() != null).map(e -> e.scenario().apply(mode));
    }

    /** {@code million} as {@code showcase million} sizes it: quick 100,000 virtual / 2,000 platform, capped by the OS. */
    private static Scenario million(RunMode mode) {
        boolean quick = mode == RunMode.QUICK;
        long cap = MillionScenario.platformCap(CgroupFiles.system().smallestThreadLimit());
        int platform = (int) Math.min(quick ? 2_000 : 10_000, cap);
        return new MillionScenario(quick ? 100_000 : 1_000_000, platform);
    }
}
