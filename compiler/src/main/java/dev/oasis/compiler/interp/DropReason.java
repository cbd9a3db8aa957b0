package dev.oasis.compiler.interp;

/** Why a packet was dropped. */
public enum DropReason {
  /** The parser failed and {@code on_parse_error = drop}; the control did not run. */
  PARSE_ERROR,
  /** The program called {@code drop()} (as its last decision). */
  EXPLICIT,
  /** The control ended without any forwarding decision. */
  NO_DECISION,
  /** {@code forward(p)} or {@code reply()} to a port the program does not have. */
  BAD_PORT,
  /** The frame is longer than {@code config.max_frame}; it was not parsed. */
  OVERSIZE
}
