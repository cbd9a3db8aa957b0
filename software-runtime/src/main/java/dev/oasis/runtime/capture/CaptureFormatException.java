package dev.oasis.runtime.capture;

import java.io.IOException;

/**
 * A capture file is damaged or uses something this package does not support.
 *
 * <p>The message reads {@code "SOURCE: offset N: PROBLEM"}, where SOURCE names the file (left out
 * when the caller gave no name), N is the byte offset of the block or record at fault, counted from
 * the start of the file, and PROBLEM names the field, its value and what was expected, for example
 * {@code "offset 24: record truncated: header says 60 bytes, 12 remain"}.
 */
public final class CaptureFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long offset;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the file name shown before the offset, or {@code null} for none
   * @param offset the byte offset of the block or record at fault
   * @param problem what is wrong, lowercase, without a final period
   */
  public CaptureFormatException(String source, long offset, String problem) {
    super((source == null ? "" : source + ": ") + "offset " + offset + ": " + problem);
    this.offset = offset;
    this.problem = problem;
  }

  /** The byte offset, from the start of the file, of the block or record at fault. */
  public long offset() {
    return offset;
  }

  /** What is wrong, without the source and offset. */
  public String problem() {
    return problem;
  }
}
