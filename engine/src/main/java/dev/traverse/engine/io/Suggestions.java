package dev.traverse.engine.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the word a user most likely meant, for "did you mean ...?" hints. */
final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate within a small edit distance, if any; a case-insensitive match wins outright. */
    static Optional<String> closest(String input, Collection<String> candidates) {
        String lower = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(candidate);
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            // On a tie, a candidate with the same letters in another order (a typo's usual shape) wins.
            boolean betterTie = d == bestDistance && best != null && sameLetters(lower, candidate)
                    && !sameLetters(lower, best);
            if (d < bestDistance || betterTie) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(1, Math.min(3, input.length() / 3));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    private static boolean sameLetters(String a, String b) {
        char[] x = a.toLowerCase(Locale.ROOT).toCharArray();
        char[] y = b.toLowerCase(Locale.ROOT).toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    /** " (did you mean X?)" or nothing. */
    static String hint(String input, Collection<String> candidates) {
        return closest(input, candidates).map(s -> " (did you mean " + s + "?)").orElse("");
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
