package dev.oasis.compiler.check;

import java.util.Collection;

/**
 * "did you mean" suggestions: the known name closest to a misspelt one by edit distance, if it is
 * close enough to be a likely typo (at most a third of the name's length, and at least one edit).
 */
public final class Suggestions {
  private Suggestions() {}

  /** {@code "; did you mean 'dst'?"} or the empty string when no candidate is close. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    String best = closest(wrong, candidates);
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  /** As {@link #didYouMean(String, Collection)}, with {@code prefix} before the suggested name. */
  public static String didYouMean(String wrong, Collection<String> candidates, String prefix) {
    String best = closest(wrong, candidates);
    return best == null ? "" : "; did you mean '" + prefix + best + "'?";
  }

  /** The closest candidate within the typo distance, or null. Ties go to the first candidate. */
  public static String closest(String wrong, Collection<String> candidates) {
    int limit = Math.max(1, wrong.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(wrong) || Math.abs(candidate.length() - wrong.length()) > limit) {
        continue;
      }
      int d =
          distance(
              wrong.toLowerCase(java.util.Locale.ROOT),
              candidate.toLowerCase(java.util.Locale.ROOT));
      if (d <= limit && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
   * neighbouring characters each cost one.
   */
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
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
