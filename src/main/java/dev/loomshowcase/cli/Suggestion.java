package dev.loomshowcase.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name a mistyped one most likely meant: the same letters once case, hyphens and underscores are
 * set aside ({@code fetchAll}, {@code calculate_all}), else one edit away. Why: a newcomer types the name the
 * output and the dashboard show ({@code fetchAll}), and deserves the command's name in return.
 */
final class Suggestion {

    private Suggestion() {
    }

    /** The closest of {@code known} to {@code typed}, if one is close enough to suggest. */
    static Optional<String> closest(String typed, Collection<String> known) {
        String folded = fold(typed);
        Optional<String> same = known.stream().filter(k -> fold(k).equals(folded)).findFirst();
        if (same.isPresent()) {
            return same;
        }
        return known.stream().filter(k -> distance(fold(k), folded) <= 1).findFirst();
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
