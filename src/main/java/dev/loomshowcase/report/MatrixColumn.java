package dev.loomshowcase.report;

/** The seed's two columns: one carrier (GOMAXPROCS=1) and as many carriers as cores. */
public enum MatrixColumn {
    SINGLE("single-carrier", "single carrier"),
    MULTI("multi-carrier", "multiple carriers");

    private final String id;
    private final String title;

    MatrixColumn(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The key in {@code report.json}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
