package dev.oasis.hw.hcl;

/**
 * How the handshake signals of a stream are named and where they sit among the payload ports.
 *
 * @param valid the suffix of the valid signal
 * @param ready the suffix of the ready signal
 * @param handshakeAfter how many payload fields come before valid and ready in the port list
 */
public record StreamNaming(String valid, String ready, int handshakeAfter) {

  /** {@code name_valid}, {@code name_ready} after the payload. */
  public static final StreamNaming DEFAULT = new StreamNaming("valid", "ready", Integer.MAX_VALUE);

  /** AXI-Stream: {@code tdata}, {@code tkeep}, {@code tvalid}, {@code tready}, {@code tlast}... */
  public static final StreamNaming AXIS = new StreamNaming("tvalid", "tready", 2);
}
