package dev.oasis.hw.hcl;

/**
 * The widths of an AXI-Lite interface.
 *
 * @param addressWidth width of {@code awaddr} and {@code araddr}, in bits (byte addresses)
 * @param dataWidth width of {@code wdata} and {@code rdata}: 32 or 64
 */
public record AxiLiteConfig(Width addressWidth, Width dataWidth) {

  public AxiLiteConfig {
    if (dataWidth.value() != 32 && dataWidth.value() != 64) {
      throw new IllegalArgumentException(
          "AXI-Lite data width " + dataWidth.value() + " is not 32 or 64");
    }
    int minAddress = dataWidth.value() == 32 ? 2 : 3;
    if (addressWidth.value() <= minAddress || addressWidth.value() > 64) {
      throw new IllegalArgumentException(
          "AXI-Lite address width "
              + addressWidth.value()
              + " is not between "
              + (minAddress + 1)
              + " and 64");
    }
  }

  /** Width of {@code wstrb}: one bit per data byte. */
  public Width strobeWidth() {
    return Width.of(dataWidth.value() / 8);
  }

  /** A configuration with literal widths. */
  public static AxiLiteConfig literal(int addressWidth, int dataWidth) {
    return new AxiLiteConfig(Width.of(addressWidth), Width.of(dataWidth));
  }
}
