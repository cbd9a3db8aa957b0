package dev.oasis.hw.hcl;

/**
 * The widths of an AXI-Stream interface: {@code tdata} of 8 to 512 bits, {@code tkeep} of one bit
 * per byte, and an optional {@code tuser}.
 *
 * @param dataWidth width of {@code tdata}
 * @param keepWidth width of {@code tkeep}, {@code dataWidth / 8}
 * @param userWidth width of {@code tuser}, or null when the interface has none
 */
public record AxisConfig(Width dataWidth, Width keepWidth, Width userWidth) {

  /** Data widths the hardware target supports, in bits. */
  public static final int MIN_DATA_WIDTH = 8;

  public static final int MAX_DATA_WIDTH = 512;

  public AxisConfig {
    checkDataWidth(dataWidth.value());
    if (keepWidth.value() * 8 != dataWidth.value()) {
      throw new IllegalArgumentException(
          "AXI-Stream keep width "
              + keepWidth.value()
              + " is not data width "
              + dataWidth.value()
              + " / 8");
    }
  }

  /** Whether the interface has {@code tuser}. */
  public boolean hasUser() {
    return userWidth != null;
  }

  /** A configuration with literal widths; {@code userWidth} 0 means no {@code tuser}. */
  public static AxisConfig literal(int dataWidth, int userWidth) {
    checkDataWidth(dataWidth);
    return new AxisConfig(
        Width.of(dataWidth), Width.of(dataWidth / 8), userWidth > 0 ? Width.of(userWidth) : null);
  }

  /**
   * Declares {@code DATA_WIDTH}, {@code KEEP_WIDTH} and (when {@code userWidth > 0}) {@code
   * USER_WIDTH} on {@code c}, with the checks that keep an overridden value legal, and returns the
   * configuration in their terms. {@code kind} is {@link Parameter.Kind#GENERIC} when the
   * component's logic does not depend on the data width, {@link Parameter.Kind#FIXED} when it was
   * unrolled for it.
   */
  public static AxisConfig declare(Component c, int dataWidth, int userWidth, Parameter.Kind kind) {
    checkDataWidth(dataWidth);
    Parameter data;
    Parameter keep;
    if (kind == Parameter.Kind.FIXED) {
      data = c.fixed("DATA_WIDTH", dataWidth, "Width of the AXI-Stream data bus in bits");
      keep = c.fixed("KEEP_WIDTH", dataWidth / 8, "Width of tkeep: one bit per data byte");
    } else {
      data = c.generic("DATA_WIDTH", dataWidth, "Width of the AXI-Stream data bus in bits");
      keep =
          c.generic(
              "KEEP_WIDTH", dataWidth / 8, "DATA_WIDTH/8", "Width of tkeep: one bit per data byte");
      c.parameterCheck(
          "DATA_WIDTH < " + MIN_DATA_WIDTH + " || DATA_WIDTH > " + MAX_DATA_WIDTH,
          "DATA_WIDTH must be between " + MIN_DATA_WIDTH + " and " + MAX_DATA_WIDTH);
      c.parameterCheck(
          "KEEP_WIDTH*8 != DATA_WIDTH", "KEEP_WIDTH must be DATA_WIDTH/8 (byte granularity)");
    }
    Width user = null;
    if (userWidth > 0) {
      Parameter u =
          kind == Parameter.Kind.FIXED
              ? c.fixed("USER_WIDTH", userWidth, "Width of tuser in bits")
              : c.generic("USER_WIDTH", userWidth, "Width of tuser in bits");
      user = u.width();
    }
    return new AxisConfig(data.width(), keep.width(), user);
  }

  private static void checkDataWidth(int dataWidth) {
    if (dataWidth < MIN_DATA_WIDTH || dataWidth > MAX_DATA_WIDTH || dataWidth % 8 != 0) {
      throw new IllegalArgumentException(
          "AXI-Stream data width "
              + dataWidth
              + " is not a multiple of 8 between "
              + MIN_DATA_WIDTH
              + " and "
              + MAX_DATA_WIDTH);
    }
  }
}
