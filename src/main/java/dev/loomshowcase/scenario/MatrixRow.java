package dev.loomshowcase.scenario;

/**
 * The row of the seed's decision matrix that a scenario measures, with what the seed predicts for
 * each column. A scenario declares it once ({@link Scenario#matrixRow()}); the report's matrix reads
 * it, so the seed's prediction is written in one place, beside the scenario that checks it.
 *
 * @param id                    the key in {@code report.json}, e.g. {@code io-bound}
 * @param title                 the seed's row name, e.g. {@code I/O-bound}
 * @param scenario              the name of the scenario that measures the row
 * @param single                the seed's prediction on one carrier (GOMAXPROCS=1)
 * @param multi                 the seed's prediction on as many carriers as cores
 * @param seedWhy               the seed's "Why" column
 * @param againstPlatformServer true for a server row, whose speedup is throughput over a platform-thread
 *                              server at the same load (a sequential server is no rival), and which runs
 *                              on every carrier only
 */
public record MatrixRow(String id, String title, String scenario, SeedPrediction single, SeedPrediction multi,
                        String seedWhy, boolean againstPlatformServer) {

    /** A row of the seed's own table, judged against the sequential run. */
    public MatrixRow(String id, String title, String scenario, SeedPrediction single, SeedPrediction multi,
                     String seedWhy) {
        this(id, title, scenario, single, multi, seedWhy, false);
    }
}
