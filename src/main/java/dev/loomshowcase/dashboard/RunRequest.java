package dev.loomshowcase.dashboard;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code POST /run/{scenario}?quick=true&carriers=1,2} asks for, checked before anything runs: a
 * bad option is refused with its reason (400), never guessed at.
 *
 * @param scenario a name of {@link Scenes}
 * @param mode     quick (the default on stage), standard or thorough
 * @param carriers the carrier counts to measure
 */
record RunRequest(String scenario, RunMode mode, List<Integer> carriers) {

    static final Set<String> OPTIONS = Set.of("quick", "thorough", "mode", "carriers");
    /** More carriers than this is a typo on a stage machine, not a measurement. */
    static final int MAX_CARRIERS = 256;

    /** Reads and checks the query parameters of a run request. */
    static RunRequest parse(String scenario, Map<String, List<String>> query, Set<String> known) throws BadRequest {
        if (scenario == null || !known.contains(scenario)) {
            throw new BadRequest("unknown scenario '" + scenario + "' (known: " + String.join(", ", known) + ")");
        }
        for (String name : query.keySet()) {
            if (!OPTIONS.contains(name)) {
                throw new BadRequest("unknown option '" + name + "' (known: carriers, mode, quick, thorough)");
            }
        }
        boolean quick = flag(query, "quick");
        boolean thorough = flag(query, "thorough");
        if (quick && thorough) {
            throw new BadRequest("quick and thorough exclude each other");
        }
        RunMode mode = mode(single(query, "mode"), quick, thorough);
        String carriers = single(query, "carriers");
        return new RunRequest(scenario, mode, carriers == null ? RunOptions.defaultCarriers() : carriers(carriers));
    }

    private static RunMode mode(String named, boolean quick, boolean thorough) throws BadRequest {
        if (named != null && (quick || thorough)) {
            throw new BadRequest("give either mode or quick/thorough, not both");
        }
        if (named == null) {
            return thorough ? RunMode.THOROUGH : quick ? RunMode.QUICK : RunMode.QUICK;
        }
        return switch (named) {
            case "quick" -> RunMode.QUICK;
            case "standard" -> RunMode.STANDARD;
            case "thorough" -> RunMode.THOROUGH;
            default -> throw new BadRequest("mode must be quick, standard or thorough, got '" + named + "'");
        };
    }

    private static boolean flag(Map<String, List<String>> query, String name) throws BadRequest {
        String value = single(query, name);
        if (value == null) {
            return false;
        }
        return switch (value) {
            case "", "true" -> true;
            case "false" -> false;
            default -> throw new BadRequest(name + " must be true or false, got '" + value + "'");
        };
    }

    private static String single(Map<String, List<String>> query, String name) throws BadRequest {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequest(name + " given " + values.size() + " times");
        }
        return values.getFirst().strip();
    }

    private static List<Integer> carriers(String text) throws BadRequest {
        List<Integer> counts = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                int n = Integer.parseInt(part.strip());
                if (n < 1 || n > MAX_CARRIERS) {
                    throw new NumberFormatException();
                }
                if (!counts.contains(n)) {
                    counts.add(n);
                }
            } catch (NumberFormatException e) {
                throw new BadRequest("carriers must be whole numbers from 1 to " + MAX_CARRIERS
                        + ", comma-separated (e.g. 1,2), got '" + text + "'");
            }
        }
        return List.copyOf(counts);
    }
}
