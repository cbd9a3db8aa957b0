package dev.oasis.runtime.codegen;

import dev.oasis.runtime.pipeline.Bits;

/**
 * Java code that reads and writes a fixed field of up to 64 bits in a byte array, as shifts and
 * masks over the bytes that hold it: a byte-aligned field of whole bytes is one {@code Bits.uN}
 * read; a field inside at most eight bytes is that read, shifted and masked; only a field spread
 * over nine bytes calls the generic {@link Bits#get}.
 */
final class FieldAccess {
  private FieldAccess() {}

  /**
   * A byte offset: {@code constant}, plus the int expression {@code variable} when it is not null.
   */
  record Offset(String variable, int constant) {
    static Offset of(int constant) {
      return new Offset(null, constant);
    }

    Offset plus(int bytes) {
      return new Offset(variable, constant + bytes);
    }

    @Override
    public String toString() {
      if (variable == null) {
        return Integer.toString(constant);
      }
      return constant == 0 ? variable : variable + " + " + constant;
    }
  }

  /** Code reading {@code width} bits at bit {@code bit} after {@code base} of {@code array}. */
  static String read(String array, Offset base, int bit, int width) {
    Offset at = base.plus(bit / 8);
    int skip = bit % 8;
    int n = (skip + width + 7) / 8;
    if (skip == 0 && width % 8 == 0) {
      return "Bits.u" + width + "(" + array + ", " + at + ")";
    }
    if (n <= 8) {
      int shift = n * 8 - skip - width;
      String code = "Bits.u" + (n * 8) + "(" + array + ", " + at + ")";
      if (shift > 0) {
        code = "(" + code + " >>> " + shift + ")";
      }
      return "(" + code + " & " + Literals.hex(Bits.mask(width)) + ")";
    }
    return "Bits.get(" + array + ", (" + at + ") * 8 + " + skip + ", " + width + ")";
  }

  /** A statement writing the low {@code width} bits of {@code value} there. */
  static String write(String array, Offset base, int bit, int width, String value) {
    Offset at = base.plus(bit / 8);
    int skip = bit % 8;
    int n = (skip + width + 7) / 8;
    if (skip == 0 && width % 8 == 0) {
      return "Bits.putU" + width + "(" + array + ", " + at + ", " + value + ");";
    }
    if (n <= 8) {
      int shift = n * 8 - skip - width;
      long mask = Bits.mask(width) << shift;
      String old = "Bits.u" + (n * 8) + "(" + array + ", " + at + ")";
      String shifted = shift == 0 ? value : "(" + value + " << " + shift + ")";
      return "Bits.putU"
          + (n * 8)
          + "("
          + array
          + ", "
          + at
          + ", ("
          + old
          + " & "
          + Literals.hex(~mask & Bits.mask(n * 8))
          + ") | ("
          + shifted
          + " & "
          + Literals.hex(mask)
          + "));";
    }
    return "Bits.put("
        + array
        + ", ("
        + at
        + ") * 8 + "
        + skip
        + ", "
        + width
        + ", "
        + value
        + ");";
  }
}
