package dev.loomshowcase.report;

/**
 * The seed's decision matrix, row by row: which scenario measures the row, and what the seed
 * predicts for each column. The measured cells are set beside these predictions, never in their place.
 */
public enum MatrixRow {
    IO_BOUND("io-bound", "I/O-bound", "fetch-all",
            new SeedPrediction(true, "Much faster"), new SeedPrediction(true, "Much faster"), "Overlap wait times"),
    CPU_BOUND("cpu-bound", "CPU-bound", "calculate-all",
            new SeedPrediction(false, "Same or slower"), new SeedPrediction(true, "Faster"), "Needs parallel execution"),
    MIXED("mixed", "Mixed I/O+CPU", "mixed",
            new SeedPrediction(true, "Somewhat faster"), new SeedPrediction(true, "Much faster"),
            "Overlap I/O, parallelize CPU"),
    COORDINATION("coordination", "Coordination", "coordination",
            new SeedPrediction(false, "Slower"), new SeedPrediction(false, "Slower"),
            "Synchronization overhead dominates"),
    /** Not a row of the seed's table: its I/O-bound row, measured where it matters, on a server under load. */
    SERVER("server", "Server, I/O", "server",
            new SeedPrediction(true, "Much faster"), new SeedPrediction(true, "Much faster"),
            "Overlap wait times, per request");

    private final String id;
    private final String title;
    private final String scenario;
    private final SeedPrediction single;
    private final SeedPrediction multi;
    private final String seedWhy;

    MatrixRow(String id, String title, String scenario, SeedPrediction single, SeedPrediction multi, String seedWhy) {
        this.id = id;
        this.title = title;
        this.scenario = scenario;
        this.single = single;
        this.multi = multi;
        this.seedWhy = seedWhy;
    }

    /** The key in {@code report.json}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /**
     * True for the server row, whose speedup is throughput over a platform-thread server at the same
     * load (a sequential server is no rival), and which runs on every carrier only.
     */
    public boolean againstPlatformServer() {
        return this == SERVER;
    }

    /** The name of the scenario that measures this row. */
    public String scenario() {
        return scenario;
    }

    /** The seed's "Why" column. */
    public String seedWhy() {
        return seedWhy;
    }

    /** The seed's prediction for a column. */
    public SeedPrediction seed(MatrixColumn column) {
        return column == MatrixColumn.SINGLE ? single : multi;
    }
}
