package dev.oasis.runtime.net;

import java.util.List;
import java.util.Optional;

/**
 * One fixed-position field of a header layout, as the {@code *Wire} classes declare them.
 *
 * <p>A layout is the list of a header's fields in wire order. {@link #firstTruncated} finds the
 * first field that a short buffer cuts, so that every parser reports truncation by field name in
 * the same way.
 *
 * @param name the field name, lowercase, as the protocol's specification calls it
 * @param offset byte offset from the start of the header
 * @param size size in bytes; fields narrower than a byte share the byte they live in
 */
public record WireField(String name, int offset, int size) {

  /** Checks that the offset is not negative and the size is positive. */
  public WireField {
    if (offset < 0 || size <= 0) {
      throw new IllegalArgumentException(
          "field "
              + name
              + " has offset "
              + offset
              + " and size "
              + size
              + ", expected offset >= 0 and size >= 1");
    }
  }

  /** The offset just past the field. */
  public int end() {
    return offset + size;
  }

  /**
   * The truncation error for the first field of {@code layout} that does not fit in {@code
   * available} bytes, or empty if all of them fit.
   */
  public static Optional<ParseError> firstTruncated(
      String protocol, List<WireField> layout, int available) {
    for (WireField field : layout) {
      if (field.end() > available) {
        return Optional.of(
            ParseError.truncated(
                protocol, field.name(), field.offset(), Math.max(available, 0), field.end()));
      }
    }
    return Optional.empty();
  }
}
