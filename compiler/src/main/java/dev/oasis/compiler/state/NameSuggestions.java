package dev.oasis.compiler.state;

import java.util.Collection;

/** "did you mean" hints for unknown names: the closest known name by edit distance. */
public final class NameSuggestions {
  private NameSuggestions() {}

  /**
   * {@code "; did you mean 'x'?"} for the known name closest to {@code name}, or an empty string
   * when nothing is close (more than a third of the name's length, at least 2, away).
   */
  public static String hint(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d =
          distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int limit = Math.max(2, name.length() / 3);
    return best != null && bestDistance <= limit ? "; did you mean '" + best + "'?" : "";
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(substitute, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
