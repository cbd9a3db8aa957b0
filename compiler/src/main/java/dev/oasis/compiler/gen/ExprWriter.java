package dev.oasis.compiler.gen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes random, fully parenthesised Oasis expressions of a given type from the values in scope.
 * Every literal carries its width ({@code 8w5}), both operands of an operator have the same width,
 * casts bridge different widths, and division and modulo are by constant powers of two, so that
 * every expression type checks.
 */
final class ExprWriter {

  /** A readable value: its source text and width. */
  record Value(String text, int width) {}

  private final SplittableRandom rnd;
  private final int maxWidth;
  private final List<Value> values = new ArrayList<>();
  private final List<String> bools = new ArrayList<>();

  ExprWriter(SplittableRandom rnd, int maxWidth) {
    this.rnd = rnd;
    this.maxWidth = maxWidth;
  }

  ExprWriter copy() {
    ExprWriter w = new ExprWriter(rnd, maxWidth);
    w.values.addAll(values);
    w.bools.addAll(bools);
    return w;
  }

  void add(String text, int width) {
    values.add(new Value(text, width));
  }

  void addBool(String text) {
    bools.add(text);
  }

  /** A literal of {@code width} bits: 0, 1, the maximum or a random value. */
  String literal(int width) {
    return width + "w" + literalValue(width);
  }

  BigInteger literalValue(int width) {
    BigInteger max = ModelEval.mask(width);
    return switch (rnd.nextInt(5)) {
      case 0 -> BigInteger.ZERO;
      case 1 -> BigInteger.ONE;
      case 2 -> max;
      default -> Matches.random(width, rnd);
    };
  }

  /** A random expression of type {@code bit<width>}, at most {@code depth} operators deep. */
  String bits(int width, int depth) {
    if (depth <= 0 || rnd.nextInt(4) == 0) {
      return leaf(width);
    }
    int d = depth - 1;
    return switch (rnd.nextInt(13)) {
      case 0 -> "(" + bits(width, d) + " + " + bits(width, d) + ")";
      case 1 -> "(" + bits(width, d) + " - " + bits(width, d) + ")";
      case 2 -> "(" + bits(width, d) + " * " + bits(width, d) + ")";
      case 3 -> "(" + bits(width, d) + " & " + bits(width, d) + ")";
      case 4 -> "(" + bits(width, d) + " | " + bits(width, d) + ")";
      case 5 -> "(" + bits(width, d) + " ^ " + bits(width, d) + ")";
      case 6 -> "(~" + bits(width, d) + ")";
      case 7 -> "(-" + bits(width, d) + ")";
      case 8 -> shift(width, d);
      case 9 -> divide(width, d);
      case 10 -> concat(width, d);
      case 11 -> "(" + bool(d) + " ? " + bits(width, d) + " : " + bits(width, d) + ")";
      default -> "((bit<" + width + ">) " + bits(otherWidth(width), d) + ")";
    };
  }

  private String shift(int width, int d) {
    String op = rnd.nextBoolean() ? " << " : " >> ";
    String amount =
        rnd.nextBoolean() ? bits(1 + rnd.nextInt(8), d) : String.valueOf(rnd.nextInt(width + 2));
    return "(" + bits(width, d) + op + amount + ")";
  }

  private String divide(int width, int d) {
    int power = rnd.nextInt(Math.min(width, 16));
    String op = rnd.nextBoolean() ? " / " : " % ";
    return "(" + bits(width, d) + op + width + "w" + BigInteger.ONE.shiftLeft(power) + ")";
  }

  private String concat(int width, int d) {
    if (width < 2) {
      return leaf(width);
    }
    int high = 1 + rnd.nextInt(width - 1);
    return "(" + bits(high, d) + " ++ " + bits(width - high, d) + ")";
  }

  private int otherWidth(int width) {
    int[] common = {1, 4, 8, 12, 16, 32, 48, 64};
    int w = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(maxWidth) : common[rnd.nextInt(common.length)];
    return Math.min(w, maxWidth) == width ? Math.max(1, width / 2) : Math.min(w, maxWidth);
  }

  /** A value of exactly {@code width} bits: a matching variable, a slice, a cast, a literal. */
  String leaf(int width) {
    List<Value> same = new ArrayList<>();
    List<Value> wider = new ArrayList<>();
    for (Value v : values) {
      if (v.width() == width) {
        same.add(v);
      } else if (v.width() > width && v.text().matches("[a-z_0-9.\\[\\]]+")) {
        wider.add(v);
      }
    }
    int choice = rnd.nextInt(6);
    if (choice < 3 && !same.isEmpty()) {
      return same.get(rnd.nextInt(same.size())).text();
    }
    if (choice == 3 && !wider.isEmpty()) {
      Value v = wider.get(rnd.nextInt(wider.size()));
      int lo = rnd.nextInt(v.width() - width + 1);
      return v.text() + "[" + (lo + width - 1) + ":" + lo + "]";
    }
    if (choice == 4 && !values.isEmpty()) {
      Value v = values.get(rnd.nextInt(values.size()));
      return v.width() == width ? v.text() : "((bit<" + width + ">) " + v.text() + ")";
    }
    return literal(width);
  }

  /** A variable of {@code width} bits, a slice or a cast of one; a literal only if none exist. */
  String variable(int width) {
    List<Value> plain = values.stream().filter(v -> !v.text().contains("(")).toList();
    if (plain.isEmpty()) {
      return literal(width);
    }
    Value v = plain.get(rnd.nextInt(plain.size()));
    if (v.width() == width) {
      return v.text();
    }
    if (v.width() > width && rnd.nextBoolean()) {
      int lo = rnd.nextInt(v.width() - width + 1);
      return v.text() + "[" + (lo + width - 1) + ":" + lo + "]";
    }
    return "((bit<" + width + ">) " + v.text() + ")";
  }

  /** A random boolean expression. */
  String bool(int depth) {
    if (depth <= 0 || rnd.nextInt(3) == 0) {
      if (!bools.isEmpty() && rnd.nextBoolean()) {
        return bools.get(rnd.nextInt(bools.size()));
      }
      return compare(0);
    }
    int d = depth - 1;
    return switch (rnd.nextInt(4)) {
      case 0 -> "(" + bool(d) + " && " + bool(d) + ")";
      case 1 -> "(" + bool(d) + " || " + bool(d) + ")";
      case 2 -> "(!" + bool(d) + ")";
      default -> compare(d);
    };
  }

  private String compare(int d) {
    int width = values.isEmpty() ? 8 : values.get(rnd.nextInt(values.size())).width();
    String[] ops = {" == ", " != ", " < ", " <= ", " > ", " >= "};
    return "(" + bits(width, d) + ops[rnd.nextInt(ops.length)] + bits(width, d) + ")";
  }
}
