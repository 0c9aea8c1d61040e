package dev.loomshowcase.scenes.traps;

/**
 * One interview trap, tested: the claim, how it was tested, what was measured, and the verdict the
 * measurement gives.
 *
 * @param claim      the trap, as a candidate would say it
 * @param experiment what was run to test it
 * @param measured   the numbers, from this run
 * @param verdict    myth, holds, or inconclusive
 * @param why        one sentence linking the numbers to the verdict
 */
public record TrapFinding(String claim, String experiment, String measured, Verdict verdict, String why) {

    /** What the measurement says about a claim. */
    public enum Verdict {
        /** The measurement contradicts the claim. */
        MYTH,
        /** The measurement supports the claim here. */
        HOLDS,
        /** Too noisy, or a cell is missing. */
        INCONCLUSIVE
    }
}
