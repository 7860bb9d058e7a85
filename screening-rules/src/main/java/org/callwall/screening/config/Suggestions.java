package org.callwall.screening.config;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/** "Did you mean" for misspelt field names and values: the closest candidate by edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    /** {@code did you mean: action}, or empty when no candidate is close enough to be a typo. */
    static String didYouMean(String actual, Collection<String> candidates) {
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        String lowered = actual.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = distance(lowered, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        int tolerated = Math.max(2, actual.length() / 3);
        return !best.isEmpty() && bestDistance <= tolerated ? "did you mean: " + best : "";
    }

    /** {@code one of a, b, c} in name order, or {@code a list defined in the tables; none is} when there are none. */
    static String oneOf(Collection<String> names, String what) {
        if (names.isEmpty()) {
            return "a " + what + " defined in the tables; none is";
        }
        return "one of " + String.join(", ", new TreeSet<>(names));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
