package dev.oasis.runtime.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps generated lines longer than the limit, as a person would: at the outermost operators or
 * commas first ({@code &&}, {@code ||}, {@code ?}, {@code :}, {@code |}, {@code &}, {@code +},
 * {@code ,}), continuation lines four spaces deeper, going one parenthesis deeper only for a piece
 * that is still too long. Comments and string literals are never split. Deterministic.
 */
final class LineBreaker {
  private LineBreaker() {}

  static final int LIMIT = 100;

  private static final String[] BEFORE = {" && ", " || ", " ? ", " : ", " | ", " & ", " + "};

  static List<String> wrap(String line) {
    String body = line.stripLeading();
    String indent = line.substring(0, line.length() - body.length());
    if (line.length() <= LIMIT || body.startsWith("//") || body.startsWith("/**")) {
      return List.of(line);
    }
    return wrap(indent, body, indent + "    ");
  }

  /** Lines for {@code text}: the first at {@code first}, the rest at {@code rest}. */
  private static List<String> wrap(String first, String text, String rest) {
    if (first.length() + text.length() <= LIMIT) {
      return List.of(first + text);
    }
    int[] depth = depths(text);
    List<Integer> cuts = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    for (int i = 1; i < text.length(); i++) {
      int cut = cutAt(text, i);
      if (cut < 0 || depth[i] > best) {
        continue;
      }
      if (depth[i] < best) {
        best = depth[i];
        cuts.clear();
      }
      cuts.add(cut);
    }
    if (cuts.isEmpty()) {
      return List.of(first + text);
    }
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int c : cuts) {
      pieces.add(text.substring(from, c).stripTrailing());
      from = c;
    }
    pieces.add(text.substring(from));

    List<String> out = new ArrayList<>();
    String current = pieces.get(0);
    String prefix = first;
    for (int i = 1; i < pieces.size(); i++) {
      String next = pieces.get(i).stripLeading();
      if (prefix.length() + current.length() + 1 + next.length() <= LIMIT) {
        current = current + " " + next;
      } else {
        out.addAll(wrapDeeper(prefix, current, rest));
        prefix = rest;
        current = next;
      }
    }
    out.addAll(wrapDeeper(prefix, current, rest));
    return out;
  }

  /** A piece still too long is wrapped at its own outermost level. */
  private static List<String> wrapDeeper(String prefix, String piece, String rest) {
    if (prefix.length() + piece.length() <= LIMIT) {
      return List.of(prefix + piece);
    }
    List<String> inner = wrap(prefix, piece, rest);
    return inner.size() > 1 ? inner : List.of(prefix + piece);
  }

  /**
   * Where a line may be cut at position {@code i}: the index the next line starts at, or -1. A line
   * is cut before a binary operator or after a comma.
   */
  private static int cutAt(String text, int i) {
    for (String op : BEFORE) {
      if (text.startsWith(op, i)) {
        return i + 1;
      }
    }
    if (text.startsWith(", ", i)) {
      return i + 2;
    }
    return -1;
  }

  /** The parenthesis depth at each position; string literals count as one deep level. */
  private static int[] depths(String text) {
    int[] d = new int[text.length() + 1];
    int depth = 0;
    boolean string = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (string) {
        if (c == '\\') {
          d[i] = Integer.MAX_VALUE;
          i++;
          if (i < text.length()) {
            d[i] = Integer.MAX_VALUE;
          }
          continue;
        }
        if (c == '"') {
          string = false;
        }
        d[i] = Integer.MAX_VALUE;
        continue;
      }
      if (c == '"') {
        string = true;
        d[i] = Integer.MAX_VALUE;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
      d[i] = depth;
    }
    return d;
  }
}
