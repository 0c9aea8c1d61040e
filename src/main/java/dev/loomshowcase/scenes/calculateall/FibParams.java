package dev.loomshowcase.scenes.calculateall;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * calculate-all's parameters, typed: read once from the string map a run or a cell carries, and
 * written back to one for the child JVM.
 *
 * @param n       the fib(n) each task computes
 * @param nSource how n was chosen (calibrated, or fixed by the user), with the calibration's numbers
 * @param callMs  the calibration's estimate of one fib(n) call, for the cells' watchdog
 */
record FibParams(int n, String nSource, double callMs) {

    /** The parameters of a cell: n is required, how it was chosen is not (a test's cell may fix n alone). */
    static FibParams from(Map<String, String> params) {
        String n = params.get(CalculateAllScenario.N);
        if (n == null) {
            throw new IllegalArgumentException("calculate-all: a cell needs the parameter n");
        }
        return new FibParams(Integer.parseInt(n), params.get(CalculateAllScenario.N_SOURCE), callMs(params));
    }

    /** The parameters of a run after {@code prepare()} chose n (and said how). */
    static FibParams prepared(Map<String, String> params) {
        if (!params.containsKey(CalculateAllScenario.N_SOURCE)) {
            throw new IllegalStateException("calculate-all: plan() needs the options prepare() returned (n is not chosen yet)");
        }
        return from(params);
    }

    /** The n a user fixed with {@code --n}, if any. */
    static Optional<Integer> fixedN(Map<String, String> params) {
        return Optional.ofNullable(params.get(CalculateAllScenario.N)).map(Integer::parseInt);
    }

    /** The estimated call time of a cell (1 s when the cell does not say). */
    static double callMs(Map<String, String> params) {
        return Double.parseDouble(params.getOrDefault(CalculateAllScenario.CALL_MS, "1000"));
    }

    Map<String, String> toParams() {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put(CalculateAllScenario.N, Integer.toString(n));
        if (nSource != null) {
            params.put(CalculateAllScenario.N_SOURCE, nSource);
        }
        params.put(CalculateAllScenario.CALL_MS, String.format(Locale.ROOT, "%.1f", callMs));
        return Map.copyOf(params);
    }
}
