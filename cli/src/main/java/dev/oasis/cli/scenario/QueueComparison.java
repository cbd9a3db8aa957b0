package dev.oasis.cli.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares the frames that came out of one queue (a port, or the host) with its expectations. The
 * queue passes when both lists have the same length and the i-th frame meets the i-th expectation.
 * When it does not, the two lists are aligned on their longest common subsequence of met
 * expectations, as a text diff aligns lines (preferring to pair a frame with an expectation of the
 * packet that sent it), so that one extra or missing frame is reported once instead of making every
 * later frame of the queue a mismatch; between two aligned pairs, leftover expectations and frames
 * are paired in order as {@link Mismatch.Kind#DIFFERENT}, and the rest are {@link
 * Mismatch.Kind#MISSING} or {@link Mismatch.Kind#UNEXPECTED}.
 */
final class QueueComparison {
  private QueueComparison() {}

  /**
   * Above this many cells of the alignment table (differing parts of 2000 by 2000 frames), the
   * lists are paired in order without aligning them.
   */
  private static final long MAX_TABLE_CELLS = 4_000_000;

  /** The score of a met expectation in the alignment (one more if from the same packet). */
  private static final int MATCH = 1 << 16;

  static List<Mismatch> compare(
      String queue, List<Mismatch.Expected> want, List<Mismatch.Actual> got) {
    // A passing queue needs no alignment.
    int n = want.size();
    int m = got.size();
    if (n == m && inOrder(want, got, queue).isEmpty()) {
      return List.of();
    }

    // Leave out the common prefix and suffix (pairs from the same packet), then align the rest.
    int prefix = 0;
    while (prefix < n && prefix < m && sameAndMet(want.get(prefix), got.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < n - prefix
        && suffix < m - prefix
        && sameAndMet(want.get(n - 1 - suffix), got.get(m - 1 - suffix))) {
      suffix++;
    }
    List<Mismatch.Expected> w = want.subList(prefix, n - suffix);
    List<Mismatch.Actual> g = got.subList(prefix, m - suffix);
    if ((long) w.size() * g.size() > MAX_TABLE_CELLS) {
      return inOrder(w, g, queue);
    }

    // best[i][j]: the best alignment of w[i..] and g[j..]. A met expectation scores MATCH, and one
    // more when the frame came from the packet the expectation follows, so that of two identical
    // frames the one its own packet sent is paired with it.
    int[][] best = new int[w.size() + 1][g.size() + 1];
    for (int i = w.size() - 1; i >= 0; i--) {
      for (int j = g.size() - 1; j >= 0; j--) {
        int skip = Math.max(best[i + 1][j], best[i][j + 1]);
        int pair = score(w.get(i), g.get(j));
        best[i][j] = pair > 0 ? Math.max(skip, best[i + 1][j + 1] + pair) : skip;
      }
    }

    List<Mismatch> out = new ArrayList<>();
    List<Mismatch.Expected> pendingWant = new ArrayList<>();
    List<Mismatch.Actual> pendingGot = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < w.size() || j < g.size()) {
      int pair = i < w.size() && j < g.size() ? score(w.get(i), g.get(j)) : 0;
      if (pair > 0 && best[i][j] == best[i + 1][j + 1] + pair) {
        flush(queue, pendingWant, pendingGot, out);
        i++;
        j++;
      } else if (j == g.size() || (i < w.size() && best[i + 1][j] >= best[i][j + 1])) {
        pendingWant.add(w.get(i++));
      } else {
        pendingGot.add(g.get(j++));
      }
    }
    flush(queue, pendingWant, pendingGot, out);
    return out;
  }

  private static boolean sameAndMet(Mismatch.Expected e, Mismatch.Actual a) {
    return e.packet() == a.packet() && Mismatch.meets(a, e);
  }

  /** Pairs in order without aligning: the pairs that differ, then the leftovers. */
  private static List<Mismatch> inOrder(
      List<Mismatch.Expected> want, List<Mismatch.Actual> got, String queue) {
    List<Mismatch> out = new ArrayList<>();
    int pairs = Math.min(want.size(), got.size());
    for (int k = 0; k < pairs; k++) {
      if (!Mismatch.meets(got.get(k), want.get(k))) {
        out.add(new Mismatch(Mismatch.Kind.DIFFERENT, queue, want.get(k), got.get(k)));
      }
    }
    for (int k = pairs; k < want.size(); k++) {
      out.add(new Mismatch(Mismatch.Kind.MISSING, queue, want.get(k), null));
    }
    for (int k = pairs; k < got.size(); k++) {
      out.add(new Mismatch(Mismatch.Kind.UNEXPECTED, queue, null, got.get(k)));
    }
    return out;
  }

  private static int score(Mismatch.Expected e, Mismatch.Actual a) {
    if (!Mismatch.meets(a, e)) {
      return 0;
    }
    return MATCH + (a.packet() == e.packet() ? 1 : 0);
  }

  /** Reports what is left between two aligned pairs; no two of those frames meet. */
  private static void flush(
      String queue, List<Mismatch.Expected> want, List<Mismatch.Actual> got, List<Mismatch> out) {
    out.addAll(inOrder(want, got, queue));
    want.clear();
    got.clear();
  }
}
