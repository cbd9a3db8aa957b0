package dev.oasis.compiler.gen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the random parser of a {@link ProgramGenerator} program: {@code start} extracts the first
 * header, then the other headers are extracted by states in a random order, each state going only
 * to later states (a DAG), through selects on fields or slices of the header it just extracted (or
 * a lookahead) with exact, range and mask cases. A header stack is parsed by a loop that ends when
 * {@code more == 0}, which is the only cycle.
 */
final class ParserWriter {
  private final SplittableRandom rnd;
  private final StringBuilder out;
  private final List<String[]> headers;
  private final List<List<int[]>> fields;

  ParserWriter(
      SplittableRandom rnd,
      Subset subset,
      StringBuilder out,
      List<String[]> headers,
      List<List<int[]>> fields) {
    this.rnd = rnd;
    this.out = out;
    this.headers = headers;
    this.fields = fields;
  }

  void write() {
    List<Integer> order = new ArrayList<>();
    for (int i = 1; i < headers.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new java.util.Random(rnd.nextLong()));
    order.add(0, 0);
    boolean declaredError = rnd.nextBoolean();
    if (declaredError) {
      out.append("error { Bad }\n");
    }
    out.append("parser {\n");
    for (int j = 0; j < order.size(); j++) {
      int h = order.get(j);
      String name = j == 0 ? "start" : "p" + headers.get(h)[0];
      String next = j + 1 < order.size() ? "p" + headers.get(order.get(j + 1))[0] : "accept";
      List<String> later = new ArrayList<>();
      for (int k = j + 1; k < order.size(); k++) {
        later.add("p" + headers.get(order.get(k))[0]);
      }
      later.add("accept");
      later.add(declaredError ? "reject(error.Bad)" : "reject");
      out.append("    state ").append(name).append(" {\n");
      String instance = headers.get(h)[0];
      boolean stack = headers.get(h)[1].contains("[");
      out.append("        extract(").append(instance).append(");\n");
      if (stack) {
        out.append("        transition select (st.last.more) {\n");
        out.append("            0: ").append(next).append(";\n");
        out.append("            default: ").append(name).append(";\n");
        out.append("        }\n");
      } else if (rnd.nextInt(4) == 0) {
        out.append("        transition ").append(next).append(";\n");
      } else {
        select(instance, h, next, later);
      }
      out.append("    }\n");
    }
    out.append("}\n");
  }

  private void select(String instance, int h, String next, List<String> later) {
    List<String> subjects = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    int n = 1 + rnd.nextInt(2);
    int limit = 256;
    for (int i = 0; i < n; i++) {
      List<int[]> fs = fields.get(h);
      int f = rnd.nextInt(fs.size());
      int w = fs.get(f)[0];
      String text = instance.equals("v") ? "v.len" : instance + ".f" + f;
      if (instance.equals("v")) {
        w = 8;
        limit = fs.get(0)[1] + 1;
      }
      if (rnd.nextInt(6) == 0) {
        text = "lookahead<bit<8>>()";
        w = 8;
      } else if (w > 16 && rnd.nextBoolean()) {
        int lo = rnd.nextInt(w - 8);
        text = text + "[" + (lo + 7) + ":" + lo + "]";
        w = 8;
      }
      if (subjects.contains(text)) {
        n--;
        continue;
      }
      subjects.add(text);
      widths.add(w);
    }
    out.append("        transition select (").append(String.join(", ", subjects)).append(") {\n");
    int cases = 1 + rnd.nextInt(3);
    Set<String> seen = new HashSet<>();
    boolean nextUsed = false;
    for (int c = 0; c < cases; c++) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String part = keyset(widths.get(i), subjects.get(i).equals("v.len") ? limit : 0);
        parts.add(n == 1 && part.equals("_") ? "0" : part);
      }
      String keyset = n == 1 ? parts.get(0) : "(" + String.join(", ", parts) + ")";
      if (!seen.add(keyset)) {
        continue;
      }
      String target = c == 0 ? next : later.get(rnd.nextInt(later.size()));
      nextUsed |= target.equals(next);
      out.append("            ").append(keyset).append(": ").append(target).append(";\n");
    }
    if (!nextUsed || rnd.nextBoolean()) {
      String target = nextUsed ? later.get(rnd.nextInt(later.size())) : next;
      out.append("            default: ").append(target).append(";\n");
    }
    out.append("        }\n");
  }

  /** A keyset component for a subject of {@code width} bits; below {@code limit} if not 0. */
  private String keyset(int width, int limit) {
    BigInteger max = ModelEval.mask(width);
    if (limit > 0) {
      BigInteger low = BigInteger.valueOf(rnd.nextInt(limit));
      return rnd.nextBoolean() ? low.toString() : low + " .. " + (limit - 1);
    }
    BigInteger v =
        rnd.nextBoolean()
            ? BigInteger.valueOf(rnd.nextInt(4)).and(max)
            : Matches.random(width, rnd);
    return switch (rnd.nextInt(4)) {
      case 0 -> {
        BigInteger hi = v.add(BigInteger.valueOf(rnd.nextInt(16))).min(max);
        yield v + " .. " + hi;
      }
      case 1 -> {
        BigInteger mask = Matches.random(width, rnd);
        yield v.and(mask) + " &&& " + mask;
      }
      case 2 -> width > 1 && rnd.nextInt(3) == 0 ? "_" : v.toString();
      default -> v.toString();
    };
  }
}
