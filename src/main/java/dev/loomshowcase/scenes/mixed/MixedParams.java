package dev.loomshowcase.scenes.mixed;

import java.util.Map;

/**
 * mixed's parameters, typed: read once from the string map a run or a cell carries.
 *
 * @param tasks  how many tasks each repetition runs (each a wait, then hashing)
 * @param rounds SHA-256 rounds per task, calibrated so the hashing lasts about as long as the wait
 */
record MixedParams(int tasks, int rounds) {

    static final String TASKS = "tasks";

    /** The tasks of a run or cell: the user's {@code --tasks}, else the default. */
    static int tasks(Map<String, String> params) {
        return Integer.parseInt(params.getOrDefault(TASKS, Integer.toString(MixedScenario.DEFAULT_TASKS)));
    }

    /** The parameters of a run after {@code prepare()} calibrated the rounds. */
    static MixedParams prepared(Map<String, String> params) {
        String rounds = params.get(MixedScenario.ROUNDS);
        if (rounds == null) {
            throw new IllegalStateException("mixed: plan() needs the options prepare() returned (rounds are not calibrated yet)");
        }
        return new MixedParams(tasks(params), Integer.parseInt(rounds));
    }

    /** A cell's parameters, both required. */
    static MixedParams ofCell(Map<String, String> params) {
        if (!params.containsKey(TASKS) || !params.containsKey(MixedScenario.ROUNDS)) {
            throw new IllegalArgumentException("mixed: a cell needs the parameters tasks and rounds");
        }
        return prepared(params);
    }

    Map<String, String> toParams() {
        return Map.of(TASKS, Integer.toString(tasks), MixedScenario.ROUNDS, Integer.toString(rounds));
    }
}
