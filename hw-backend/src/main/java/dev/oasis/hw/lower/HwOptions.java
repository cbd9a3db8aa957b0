package dev.oasis.hw.lower;

/**
 * Options of the hardware lowering.
 *
 * @param dataWidth the AXI-Stream data width in bits: 8, 16, 32, 64, 128, 256 or 512
 */
public record HwOptions(int dataWidth) {

  /** The default: a 64-bit data path. */
  public static final HwOptions DEFAULT = new HwOptions(64);

  /** Whether {@code dataWidth} is one of the supported widths. */
  public boolean validDataWidth() {
    return dataWidth >= 8 && dataWidth <= 512 && Integer.bitCount(dataWidth) == 1;
  }

  /** Bytes per AXI-Stream beat. */
  public int dataBytes() {
    return dataWidth / 8;
  }
}
