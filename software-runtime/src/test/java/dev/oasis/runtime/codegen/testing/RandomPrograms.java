package dev.oasis.runtime.codegen.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random well-typed programs that stress expressions: every operator at widths from 1 to 128 bits
 * over header fields that start on and off byte boundaries, metadata and locals, conditionals,
 * slices and casts, assignments to fields, slices and locals, ifs on random conditions. The
 * expressions are fully parenthesised and literals carry their width, so every program the
 * generator writes type-checks.
 */
public final class RandomPrograms {

  /** Input fields by width, in wire order: several start in the middle of a byte. */
  private static final int[] FIELDS = {1, 13, 65, 3, 100, 4, 48, 128, 8, 16, 32, 64};

  private static final int[] WIDTHS = {
    1, 3, 4, 7, 8, 13, 16, 31, 32, 33, 48, 63, 64, 65, 100, 127, 128
  };

  private final Random random;
  private final List<String> locals = new ArrayList<>();
  private final List<Integer> localWidths = new ArrayList<>();
  private int depth;

  public RandomPrograms(long seed) {
    this.random = new Random(seed);
  }

  /** The bytes of the input header (its fields and padding). */
  public static int inputBytes() {
    int bits = 0;
    for (int w : FIELDS) {
      bits += w;
    }
    return (bits + 7) / 8;
  }

  /** One program with {@code statements} statements in its control. */
  public String program(int statements) {
    locals.clear();
    localWidths.clear();
    StringBuilder src = new StringBuilder();
    src.append("header In {\n");
    int bits = 0;
    for (int w : FIELDS) {
      src.append("    bit<").append(w).append("> f").append(w).append(";\n");
      bits += w;
    }
    if (bits % 8 != 0) {
      src.append("    bit<").append(8 - bits % 8).append("> pad;\n");
    }
    src.append("}\n");

    List<Integer> outWidths = new ArrayList<>();
    StringBuilder out = new StringBuilder("header Out {\n");
    int outBits = 0;
    for (int i = 0; i < statements; i++) {
      int w = width();
      outWidths.add(w);
      out.append("    bit<").append(w).append("> r").append(i).append(";\n");
      outBits += w;
    }
    if (outBits % 8 != 0) {
      out.append("    bit<").append(8 - outBits % 8).append("> pad;\n");
    }
    src.append(out).append("}\n");
    src.append("metadata {\n");
    for (int w : WIDTHS) {
      src.append("    bit<").append(w).append("> m").append(w).append(";\n");
    }
    src.append("    bool flag;\n}\n");
    src.append("headers {\n    In i;\n    Out o;\n}\n");
    src.append("parser {\n    state start {\n        extract(i);\n        transition accept;\n")
        .append("    }\n}\n");
    src.append("control {\n    o.setValid();\n");
    for (int i = 0; i < statements; i++) {
      src.append(statement(i, outWidths.get(i), "    "));
    }
    src.append("    forward(0);\n}\n");
    return src.toString();
  }

  private int width() {
    return WIDTHS[random.nextInt(WIDTHS.length)];
  }

  private String statement(int i, int w, String indent) {
    StringBuilder s = new StringBuilder();
    switch (random.nextInt(7)) {
      case 0 -> {
        String name = "v" + i;
        s.append(indent)
            .append("bit<")
            .append(w)
            .append("> ")
            .append(name)
            .append(" = ")
            .append(expr(w))
            .append(";\n");
        if (w > 1 && random.nextBoolean()) {
          int lo = random.nextInt(w);
          int hi = lo + random.nextInt(w - lo);
          s.append(indent)
              .append(name)
              .append("[")
              .append(hi)
              .append(":")
              .append(lo)
              .append("] = ")
              .append(expr(hi - lo + 1))
              .append(";\n");
        }
        locals.add(name);
        localWidths.add(w);
        s.append(indent).append("o.r").append(i).append(" = ").append(name).append(";\n");
      }
      case 1 -> {
        int m = WIDTHS[random.nextInt(WIDTHS.length)];
        s.append(indent).append("meta.m").append(m).append(" = ").append(expr(m)).append(";\n");
        s.append(indent).append("o.r").append(i).append(" = ").append(expr(w)).append(";\n");
      }
      case 2 -> {
        s.append(indent).append("if (").append(bool()).append(") {\n");
        s.append(indent).append("    o.r").append(i).append(" = ").append(expr(w)).append(";\n");
        s.append(indent).append("} else {\n");
        s.append(indent).append("    o.r").append(i).append(" = ").append(expr(w)).append(";\n");
        s.append(indent).append("}\n");
      }
      case 3 -> {
        int f = FIELDS[random.nextInt(FIELDS.length)];
        s.append(indent).append("i.f").append(f).append(" = ").append(expr(f)).append(";\n");
        s.append(indent).append("o.r").append(i).append(" = ").append(expr(w)).append(";\n");
      }
      case 4 -> {
        s.append(indent).append("o.r").append(i).append(" = ").append(expr(w)).append(";\n");
        if (w > 1) {
          int lo = random.nextInt(w);
          int hi = lo + random.nextInt(w - lo);
          s.append(indent)
              .append("o.r")
              .append(i)
              .append("[")
              .append(hi)
              .append(":")
              .append(lo)
              .append("] = ")
              .append(expr(hi - lo + 1))
              .append(";\n");
        }
      }
      case 5 -> {
        s.append(indent).append("meta.flag = ").append(bool()).append(";\n");
        s.append(indent)
            .append("o.r")
            .append(i)
            .append(" = meta.flag ? ")
            .append(expr(w))
            .append(" : ")
            .append(expr(w))
            .append(";\n");
      }
      default ->
          s.append(indent).append("o.r").append(i).append(" = ").append(expr(w)).append(";\n");
    }
    return s.toString();
  }

  /** A literal of width w. */
  private String literal(int w) {
    java.math.BigInteger v;
    switch (random.nextInt(5)) {
      case 0 -> v = java.math.BigInteger.ZERO;
      case 1 -> v = java.math.BigInteger.ONE.shiftLeft(w).subtract(java.math.BigInteger.ONE);
      case 2 -> v = java.math.BigInteger.ONE.shiftLeft(random.nextInt(w));
      default -> v = new java.math.BigInteger(w, random);
    }
    return w + "w0x" + v.toString(16);
  }

  /** A leaf of width w: a field, metadata, a local, or a literal. */
  private String leaf(int w) {
    List<String> options = new ArrayList<>();
    for (int f : FIELDS) {
      if (f == w) {
        options.add("i.f" + f);
      }
    }
    for (int m : WIDTHS) {
      if (m == w) {
        options.add("meta.m" + m);
      }
    }
    for (int l = 0; l < locals.size(); l++) {
      if (localWidths.get(l) == w) {
        options.add(locals.get(l));
      }
    }
    if (options.isEmpty() || random.nextInt(4) == 0) {
      return literal(w);
    }
    return options.get(random.nextInt(options.size()));
  }

  /** A field or metadata of any width, cast or sliced to w. */
  private String fitted(int w) {
    int from = FIELDS[random.nextInt(FIELDS.length)];
    String e =
        random.nextBoolean() ? "i.f" + from : "meta.m" + WIDTHS[random.nextInt(WIDTHS.length)];
    return "((bit<" + w + ">) " + e + ")";
  }

  String expr(int w) {
    if (depth > 3 || random.nextInt(5) == 0) {
      return random.nextInt(3) == 0 ? fitted(w) : leaf(w);
    }
    depth++;
    try {
      return switch (random.nextInt(14)) {
        case 0 -> "(" + expr(w) + " + " + expr(w) + ")";
        case 1 -> "(" + expr(w) + " - " + expr(w) + ")";
        case 2 -> "(" + expr(w) + " * " + expr(w) + ")";
        case 3 -> "(" + expr(w) + " " + pick("&", "|", "^") + " " + expr(w) + ")";
        case 4 -> "(" + pick("~", "-") + expr(w) + ")";
        case 5 -> {
          int m = width();
          yield "(" + expr(w) + " " + pick("<<", ">>") + " " + expr(m) + ")";
        }
        case 6 -> "(" + expr(w) + " " + pick("<<", ">>") + " 8w" + random.nextInt(w + 3) + ")";
        case 7 -> {
          int k = random.nextInt(w);
          yield "("
              + expr(w)
              + " "
              + pick("/", "%")
              + " "
              + w
              + "w0x"
              + java.math.BigInteger.ONE.shiftLeft(k).toString(16)
              + ")";
        }
        case 8 -> {
          if (w < 2) {
            yield expr(w);
          }
          int a = 1 + random.nextInt(w - 1);
          yield "(" + expr(a) + " ++ " + expr(w - a) + ")";
        }
        case 9 -> {
          int m = w + random.nextInt(129 - w);
          int lo = random.nextInt(m - w + 1);
          yield "(" + expr(m) + ")[" + (lo + w - 1) + ":" + lo + "]";
        }
        case 10 -> "((bit<" + w + ">) " + expr(width()) + ")";
        case 11 -> "(" + bool() + " ? " + expr(w) + " : " + expr(w) + ")";
        default -> leaf(w);
      };
    } finally {
      depth--;
    }
  }

  String bool() {
    if (depth > 3) {
      return "(" + leaf(8) + " == " + leaf(8) + ")";
    }
    depth++;
    try {
      return switch (random.nextInt(6)) {
        case 0, 1 -> {
          int w = width();
          yield "(" + expr(w) + " " + pick("==", "!=", "<", "<=", ">", ">=") + " " + expr(w) + ")";
        }
        case 2 -> "(" + bool() + " " + pick("&&", "||") + " " + bool() + ")";
        case 3 -> "(!" + bool() + ")";
        case 4 -> "meta.flag";
        default -> random.nextBoolean() ? "true" : "o.isValid()";
      };
    } finally {
      depth--;
    }
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }
}
