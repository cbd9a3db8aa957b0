package dev.oasis.compiler.gen;

import dev.oasis.compiler.ir.ParserGraph;
import java.math.BigInteger;
import java.util.List;

/** Bytes of the frame; a generating source appends random bytes when asked for more. */
interface FrameSource {
  /** True if the frame has at least {@code bits} bits, growing it if this source generates. */
  boolean has(long bits);

  byte[] bytes();

  /** Overwrites {@code width} bits at {@code bit} (generating sources only). */
  void write(long bit, int width, BigInteger value);

  /** A pinned value for a fixed field of the {@code ordinal}-th extract, or null. */
  BigInteger fieldPin(int ordinal, int field);

  /** A pinned value for a lookahead in the {@code select}-th transition, or null. */
  BigInteger lookaheadPin(int select, int subject);

  /**
   * Called before a select's case is chosen; may return a case index to steer to (a negative value
   * for no case), or {@link Integer#MIN_VALUE} to take whatever matches.
   */
  int wantedCase(int select, String state);

  /** Reports that a variable field of {@code o} is longer than its maximum. */
  void tooLong(ParserModel.Occurrence o, int field);

  /** Reports that the wanted case was not taken with the current values. */
  void missed(
      int select, ParserGraph.Select s, List<Object> values, int wanted, ParserModel.Walk walk);

  /** A complete frame that is read, never grown or written. */
  static FrameSource fixed(byte[] frame) {
    return new FrameSource() {
      @Override
      public boolean has(long bits) {
        return bits <= (long) frame.length * 8;
      }

      @Override
      public byte[] bytes() {
        return frame;
      }

      @Override
      public void write(long bit, int width, BigInteger value) {
        throw new IllegalStateException("a fixed frame is not written");
      }

      @Override
      public BigInteger fieldPin(int ordinal, int field) {
        return null;
      }

      @Override
      public BigInteger lookaheadPin(int select, int subject) {
        return null;
      }

      @Override
      public int wantedCase(int select, String state) {
        return Integer.MIN_VALUE;
      }

      @Override
      public void tooLong(ParserModel.Occurrence o, int field) {}

      @Override
      public void missed(
          int select,
          ParserGraph.Select s,
          List<Object> values,
          int wanted,
          ParserModel.Walk walk) {}
    };
  }
}
