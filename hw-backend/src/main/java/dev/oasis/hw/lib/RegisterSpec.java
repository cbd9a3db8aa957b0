package dev.oasis.hw.lib;

import dev.oasis.hw.hcl.Names;

/**
 * One 32-bit register of an {@link AxiLiteRegisterBlock}.
 *
 * @param name the port name in the block (a Verilog identifier)
 * @param access {@link Access#RO}: the block reads an input port; {@link Access#RW}: the block
 *     holds the value and drives an output port; {@link Access#CONST}: the block answers with a
 *     constant (the header)
 * @param width 1 to 32 bits, in the least significant bits of the word
 * @param offset byte offset, a multiple of 4, at least {@link AxiLiteRegisterBlock#FIRST_OFFSET}
 * @param resetValue the value of an RW register after reset, the value of a CONST one (0 for RO)
 * @param writeStrobe for RW: also drive {@code name_wr}, high for one cycle after each write
 * @param description one line for the register map
 */
public record RegisterSpec(
    String name,
    Access access,
    int width,
    int offset,
    long resetValue,
    boolean writeStrobe,
    String description) {

  /** Who writes the register. */
  public enum Access {
    /** Read-only from the bus: the value comes from the logic through an input port. */
    RO,
    /** Read-write from the bus: the block holds the value and drives it on an output port. */
    RW,
    /** Read-only from the bus: a constant of the block, such as the header's magic number. */
    CONST
  }

  public RegisterSpec {
    if (!Names.isIdentifier(name)) {
      throw new IllegalArgumentException("register name '" + name + "' " + Names.whyNot(name));
    }
    if (width < 1 || width > 32) {
      throw new IllegalArgumentException(
          "register '" + name + "' is " + width + " bits wide, expected 1 to 32");
    }
    if (offset % 4 != 0 || offset < 0) {
      throw new IllegalArgumentException(
          "register '" + name + "' at offset " + offset + " is not at a multiple of 4");
    }
    if (resetValue < 0 || (width < 64 && resetValue >= (1L << width))) {
      throw new IllegalArgumentException(
          "reset value "
              + resetValue
              + " of register '"
              + name
              + "' does not fit in "
              + width
              + " bits");
    }
    if (access == Access.RO && (resetValue != 0 || writeStrobe)) {
      throw new IllegalArgumentException(
          "read-only register '" + name + "' cannot have a reset value or a write strobe");
    }
  }

  /** A read-only register. */
  public static RegisterSpec readOnly(String name, int width, int offset, String description) {
    return new RegisterSpec(name, Access.RO, width, offset, 0, false, description);
  }

  /** A 32-bit constant, as in the header. */
  public static RegisterSpec constant(String name, int offset, long value, String description) {
    return new RegisterSpec(name, Access.CONST, 32, offset, value, false, description);
  }

  /** A read-write register. */
  public static RegisterSpec readWrite(
      String name, int width, int offset, long resetValue, String description) {
    return new RegisterSpec(name, Access.RW, width, offset, resetValue, false, description);
  }

  /** This register, also driving {@code name_wr} for one cycle after each write. */
  public RegisterSpec withWriteStrobe() {
    if (access != Access.RW) {
      throw new IllegalStateException("read-only register '" + name + "' has no write strobe");
    }
    return new RegisterSpec(name, access, width, offset, resetValue, true, description);
  }
}
