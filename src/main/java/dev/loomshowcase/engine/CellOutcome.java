package dev.loomshowcase.engine;

/**
 * A cell as it came back from its child JVM: either a report, or the reason it failed.
 * A failed cell is kept and shown as failed, never silently dropped.
 */
public record CellOutcome(CellSpec spec, ChildReport report, String error) {

    public static CellOutcome measured(CellSpec spec, ChildReport report) {
        return new CellOutcome(spec, report, null);
    }

    public static CellOutcome failed(CellSpec spec, String error) {
        return new CellOutcome(spec, null, error);
    }

    public boolean ok() {
        return report != null;
    }
}
