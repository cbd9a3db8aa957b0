package dev.oasis.compiler.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a long line of printed source at 100 columns, the way the examples are written: before a
 * top-level {@code ||} or {@code &&}, else after a comma, with continuation lines indented by eight
 * more spaces. "Top level" means the shallowest parenthesis depth that has such a place.
 */
final class LineWrapper {
  static final int WIDTH = 100;
  private static final String CONTINUATION = "        ";

  private LineWrapper() {}

  /**
   * {@code line} (which starts with {@code indent}) as one or more lines, without final newline.
   */
  static String wrap(String line, String indent) {
    if (line.length() <= WIDTH) {
      return line;
    }
    List<Integer> breaks = breaks(line);
    if (breaks.isEmpty()) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    String continuation = indent + CONTINUATION;
    int start = 0;
    String prefix = "";
    while (true) {
      int limit = start + WIDTH - prefix.length();
      if (line.length() - start + prefix.length() <= WIDTH) {
        break;
      }
      int chosen = -1;
      for (int b : breaks) {
        if (b > start && b <= limit) {
          chosen = b;
        }
      }
      if (chosen < 0) {
        break;
      }
      out.append(prefix).append(line, start, chosen).append('\n');
      start = chosen;
      while (start < line.length() && line.charAt(start) == ' ') {
        start++;
      }
      prefix = continuation;
    }
    return out.append(prefix).append(line.substring(start)).toString();
  }

  /** Offsets where a line may break: before " || ", " && ", or after ", ", at the lowest depth. */
  private static List<Integer> breaks(String line) {
    int best = Integer.MAX_VALUE;
    List<int[]> candidates = new ArrayList<>();
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      switch (c) {
        case '"' -> inString = true;
        case '(', '[' -> depth++;
        case ')', ']' -> depth--;
        default -> {}
      }
      boolean logical = line.startsWith(" || ", i) || line.startsWith(" && ", i);
      if (logical || line.startsWith(", ", i)) {
        // Logical operators break before the operator, commas after themselves.
        int at = logical ? i : i + 1;
        int rank = depth * 2 + (logical ? 0 : 1);
        candidates.add(new int[] {at, rank});
        best = Math.min(best, rank);
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int[] c : candidates) {
      if (c[1] == best) {
        out.add(c[0]);
      }
    }
    return out;
  }
}
