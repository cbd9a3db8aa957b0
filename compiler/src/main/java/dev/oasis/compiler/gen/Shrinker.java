package dev.oasis.compiler.gen;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Reduces a failing (program source, frame) pair while a predicate (for example "the interpreter
 * and the RTL disagree") still holds, and returns the smallest pair it found. The program is
 * reduced by deleting whole constructs (a table, an action, a parser state, an {@code if} with its
 * body, an {@code else} branch), then single lines (statements, fields, keys, cases), then by
 * replacing a parenthesised operation by one of its operands; the frame by cutting it shorter and
 * zeroing bytes. Only candidates that compile without errors are given to the predicate. It stops
 * at a fixed point or after {@code maxTests} predicate calls.
 *
 * <pre>{@code
 * Shrinker.Result r = new Shrinker((src, frame) -> backendsDisagree(src, frame)).shrink(src, frame);
 * System.err.println(r.source() + "\n" + HexFormat.of().formatHex(r.frame()));
 * }</pre>
 */
public final class Shrinker {
  private final BiPredicate<String, byte[]> failing;
  private final int maxTests;
  private int tests;

  /** The reduced pair and the number of predicate calls it took. */
  public record Result(String source, byte[] frame, int tests) {
    public Result {
      frame = frame.clone();
    }

    @Override
    public byte[] frame() {
      return frame.clone();
    }
  }

  public Shrinker(BiPredicate<String, byte[]> failing) {
    this(failing, 5000);
  }

  public Shrinker(BiPredicate<String, byte[]> failing, int maxTests) {
    this.failing = failing;
    this.maxTests = maxTests;
  }

  /**
   * Shrinks the pair.
   *
   * @throws IllegalArgumentException if the predicate does not hold for the pair given
   */
  public Result shrink(String source, byte[] frame) {
    tests = 0;
    if (!failing.test(source, frame)) {
      throw new IllegalArgumentException("the predicate does not hold for the pair to shrink");
    }
    List<String> lines = new ArrayList<>(source.lines().toList());
    byte[] bytes = frame.clone();
    boolean progress = true;
    while (progress && tests < maxTests) {
      progress = shrinkBlocks(lines, bytes);
      progress |= shrinkLines(lines, bytes);
      progress |= shrinkExpressions(lines, bytes);
      byte[] smaller = shrinkFrame(String.join("\n", lines) + "\n", bytes);
      progress |= smaller.length != bytes.length || !Arrays.equals(smaller, bytes);
      bytes = smaller;
    }
    return new Result(String.join("\n", lines) + "\n", bytes, tests);
  }

  private boolean holds(List<String> lines, byte[] frame, boolean compile) {
    if (tests >= maxTests) {
      return false;
    }
    String source = String.join("\n", lines) + "\n";
    if (compile) {
      CompileResult r = new Compiler().compileSource("shrunk.oasis", source);
      if (!r.ok()) {
        return false;
      }
    }
    tests++;
    return failing.test(source, frame);
  }

  /**
   * Tries a smaller program, and if it does not compile, the same without the parser states it left
   * unreachable; on success {@code lines} becomes the program that held.
   */
  private boolean tryProgram(List<String> candidate, byte[] frame, List<String> lines) {
    if (holds(candidate, frame, true)) {
      replace(lines, candidate);
      return true;
    }
    List<String> pruned = withoutUnreachableStates(candidate);
    if (pruned.size() < candidate.size() && holds(pruned, frame, true)) {
      replace(lines, pruned);
      return true;
    }
    return false;
  }

  private static final java.util.regex.Pattern STATE =
      java.util.regex.Pattern.compile("^\\s*state (\\w+) \\{");
  private static final java.util.regex.Pattern TARGET =
      java.util.regex.Pattern.compile("(?:transition|:)\\s+(\\w+);");

  /** The program without the parser states that no path from {@code start} reaches. */
  static List<String> withoutUnreachableStates(List<String> lines) {
    java.util.Map<String, int[]> blocks = new java.util.LinkedHashMap<>();
    java.util.Map<String, List<String>> targets = new java.util.HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      java.util.regex.Matcher m = STATE.matcher(lines.get(i));
      if (m.find()) {
        int end = closing(lines, i);
        if (end < 0) {
          return lines;
        }
        blocks.put(m.group(1), new int[] {i, end});
        List<String> to = new ArrayList<>();
        for (int j = i + 1; j < end; j++) {
          java.util.regex.Matcher t = TARGET.matcher(lines.get(j));
          while (t.find()) {
            to.add(t.group(1));
          }
        }
        targets.put(m.group(1), to);
      }
    }
    java.util.Set<String> reached = new java.util.HashSet<>();
    java.util.Deque<String> work = new java.util.ArrayDeque<>(List.of("start"));
    while (!work.isEmpty()) {
      String s = work.pop();
      if (reached.add(s)) {
        work.addAll(targets.getOrDefault(s, List.of()));
      }
    }
    List<String> out = new ArrayList<>(lines);
    List<int[]> drop = new ArrayList<>();
    blocks.forEach(
        (name, range) -> {
          if (!reached.contains(name)) {
            drop.add(range);
          }
        });
    drop.sort((a, b) -> b[0] - a[0]);
    for (int[] range : drop) {
      out.subList(range[0], range[1] + 1).clear();
    }
    return out;
  }

  /** Deletes a line that opens a block together with the block; {@code else} branches too. */
  private boolean shrinkBlocks(List<String> lines, byte[] frame) {
    boolean any = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.endsWith("{")) {
        continue;
      }
      int end = closing(lines, i);
      if (end < 0) {
        continue;
      }
      List<String> candidate = new ArrayList<>(lines.subList(0, i));
      if (line.startsWith("transition select")) {
        candidate.add(lines.get(i).replace(line, "transition accept;"));
      } else if (line.startsWith("}")) {
        candidate.add(lines.get(i).replace(line, "}"));
      }
      candidate.addAll(lines.subList(end + 1, lines.size()));
      if (tryProgram(candidate, frame, lines)) {
        any = true;
        i--;
      }
    }
    return any;
  }

  /** The line holding the brace that closes the one line {@code open} ends with, or -1. */
  private static int closing(List<String> lines, int open) {
    int depth = 0;
    for (int i = open; i < lines.size(); i++) {
      String s = i == open ? "{" : lines.get(i);
      for (int c = 0; c < s.length(); c++) {
        char ch = s.charAt(c);
        if (ch == '{') {
          depth++;
        } else if (ch == '}') {
          depth--;
          if (depth == 0) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  private boolean shrinkLines(List<String> lines, byte[] frame) {
    boolean any = false;
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (i >= lines.size()) {
        continue;
      }
      List<String> candidate = new ArrayList<>(lines);
      candidate.remove(i);
      if (tryProgram(candidate, frame, lines)) {
        any = true;
      }
    }
    return any;
  }

  /** Replaces {@code (a OP b)} by {@code a} or {@code b}, and a condition by {@code true}. */
  private boolean shrinkExpressions(List<String> lines, byte[] frame) {
    boolean any = false;
    for (int i = 0; i < lines.size(); i++) {
      boolean changed = true;
      while (changed && tests < maxTests) {
        changed = false;
        String line = lines.get(i);
        for (String simpler : simplifications(line)) {
          List<String> candidate = new ArrayList<>(lines);
          candidate.set(i, simpler);
          if (tryProgram(candidate, frame, lines)) {
            any = changed = true;
            break;
          }
        }
      }
    }
    return any;
  }

  private static List<String> simplifications(String line) {
    List<String> out = new ArrayList<>();
    String stripped = line.strip();
    if (stripped.matches("transition \\w+;") && !stripped.equals("transition accept;")) {
      out.add(line.replace(stripped, "transition accept;"));
    }
    if (stripped.matches("action \\w+\\(.+\\) \\{")) {
      out.add(line.substring(0, line.indexOf('(')) + "() {");
    }
    for (int open = line.indexOf('('); open >= 0; open = line.indexOf('(', open + 1)) {
      int close = matchingParen(line, open);
      if (close < 0) {
        continue;
      }
      String inner = line.substring(open + 1, close);
      for (String operand : operands(inner)) {
        out.add(line.substring(0, open) + operand + line.substring(close + 1));
      }
    }
    return out;
  }

  private static int matchingParen(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == '(') {
        depth++;
      } else if (s.charAt(i) == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The top-level operands of {@code a OP b} (and of {@code c ? a : b}); empty for others. */
  private static List<String> operands(String inner) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (depth == 0 && c == ' ' && i + 2 < inner.length()) {
        int op = inner.indexOf(' ', i + 1);
        if (op > i + 1 && op - i <= 4 && inner.substring(i + 1, op).matches("[-+*/%&|^<>=!?:]+")) {
          parts.add(inner.substring(start, i));
          start = op + 1;
          i = op;
        }
      }
    }
    if (parts.isEmpty()) {
      return List.of();
    }
    parts.add(inner.substring(start));
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    out.add("true");
    return out;
  }

  private byte[] shrinkFrame(String source, byte[] frame) {
    List<String> lines = source.lines().toList();
    byte[] best = frame;
    // shorter: halves first, then one byte at a time from the end
    for (int len = best.length / 2; len >= 0 && len < best.length; ) {
      byte[] cut = Arrays.copyOf(best, len);
      if (holds(lines, cut, false)) {
        best = cut;
        len = best.length / 2;
      } else {
        len = len + Math.max(1, (best.length - len) / 2);
        if (len >= best.length) {
          break;
        }
      }
    }
    // zeros: every nonzero byte
    for (int i = 0; i < best.length; i++) {
      if (best[i] != 0) {
        byte[] zeroed = best.clone();
        zeroed[i] = 0;
        if (holds(lines, zeroed, false)) {
          best = zeroed;
        }
      }
    }
    return best;
  }

  private static void replace(List<String> lines, List<String> with) {
    lines.clear();
    lines.addAll(with);
  }
}
