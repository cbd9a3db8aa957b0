package dev.oasis.runtime.net.dns;

import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A domain name as a list of labels, the root being the empty list.
 *
 * @param labels the labels, each 1..63 bytes of ISO-8859-1 text; 255 bytes on the wire at most
 */
public record DnsName(List<String> labels) {

  /** The root name (written {@code "."}). */
  public static final DnsName ROOT = new DnsName(List.of());

  /** Checks label and name lengths; copies the list. */
  public DnsName {
    labels = List.copyOf(labels);
    int wireLength = 1;
    for (String label : labels) {
      int bytes = label.getBytes(StandardCharsets.ISO_8859_1).length;
      if (bytes < 1
          || bytes > DnsWire.MAX_LABEL_LENGTH
          || !StandardCharsets.ISO_8859_1.newEncoder().canEncode(label)) {
        throw new IllegalArgumentException(
            "dns label '"
                + label
                + "' is "
                + label.length()
                + " characters, expected 1..63 single-byte characters");
      }
      wireLength += 1 + bytes;
    }
    if (wireLength > DnsWire.MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "dns name is " + wireLength + " bytes on the wire, expected at most 255");
    }
  }

  /**
   * Parses dotted text such as {@code www.example.com} (a trailing dot is allowed; {@code "."} and
   * {@code ""} are the root). No escapes are interpreted.
   *
   * @throws IllegalArgumentException naming the label if a label is empty or too long
   */
  public static DnsName of(String text) {
    if (text.isEmpty() || text.equals(".")) {
      return ROOT;
    }
    String trimmed = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return new DnsName(List.of(trimmed.split("\\.", -1)));
  }

  /** The length on the wire, uncompressed. */
  public int wireLength() {
    int length = 1;
    for (String label : labels) {
      length += 1 + label.length();
    }
    return length;
  }

  /** Whether the names are equal ignoring ASCII case (RFC 1035 section 2.3.3). */
  public boolean equalsIgnoreCase(DnsName other) {
    if (labels.size() != other.labels.size()) {
      return false;
    }
    for (int i = 0; i < labels.size(); i++) {
      if (!labels.get(i).equalsIgnoreCase(other.labels.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Writes the name uncompressed at {@code offset}; returns its length. */
  public int writeTo(byte[] buffer, int offset) {
    int position = offset;
    for (String label : labels) {
      byte[] bytes = label.getBytes(StandardCharsets.ISO_8859_1);
      buffer[position++] = (byte) bytes.length;
      System.arraycopy(bytes, 0, buffer, position, bytes.length);
      position += bytes.length;
    }
    buffer[position++] = 0;
    return position - offset;
  }

  @Override
  public String toString() {
    return labels.isEmpty() ? "." : String.join(".", labels);
  }

  /** A name read from a message and the position just past it (past the first pointer). */
  record Read(DnsName name, int next) {}

  /**
   * Reads the name at {@code position} of the message ({@code length} bytes at {@code offset}),
   * following compression pointers. Errors carry offsets from the message start and the given field
   * name.
   */
  static ParseResult<Read> read(byte[] buffer, int offset, int length, int position, String field) {
    List<String> labels = new ArrayList<>();
    int wireLength = 1;
    int cursor = position;
    int segmentStart = position;
    int next = -1;
    while (true) {
      if (cursor >= length) {
        return truncated(field, cursor, length, cursor + 1);
      }
      int lengthByte = buffer[offset + cursor] & 0xff;

      if ((lengthByte & DnsWire.POINTER_MARK) == DnsWire.POINTER_MARK) {
        if (cursor + 1 >= length) {
          return truncated(field + " pointer", cursor, length, cursor + 2);
        }
        int target = ((lengthByte & 0x3f) << 8) | (buffer[offset + cursor + 1] & 0xff);
        if (target >= segmentStart) {
          return ParseResult.failed(
              ParseError.invalid(
                  DnsHeader.PROTOCOL,
                  field + " pointer",
                  cursor,
                  target,
                  "0.." + (segmentStart - 1) + " (before the name it continues)"));
        }
        if (next < 0) {
          next = cursor + 2;
        }
        cursor = target;
        segmentStart = target;
        continue;
      }

      if ((lengthByte & DnsWire.POINTER_MARK) != 0) {
        return ParseResult.failed(
            ParseError.invalid(
                DnsHeader.PROTOCOL,
                field + " label length",
                cursor,
                lengthByte,
                "0..63, or 192..255 for a compression pointer"));
      }
      if (lengthByte == 0) {
        return ParseResult.ok(new Read(new DnsName(labels), next < 0 ? cursor + 1 : next));
      }
      if (cursor + 1 + lengthByte > length) {
        return truncated(field + " label", cursor + 1, length, cursor + 1 + lengthByte);
      }
      wireLength += 1 + lengthByte;
      if (wireLength > DnsWire.MAX_NAME_LENGTH) {
        return ParseResult.failed(
            ParseError.invalid(
                DnsHeader.PROTOCOL, field, position, wireLength, "at most 255 bytes"));
      }
      labels.add(new String(buffer, offset + cursor + 1, lengthByte, StandardCharsets.ISO_8859_1));
      cursor += 1 + lengthByte;
    }
  }

  private static ParseResult<Read> truncated(String field, int position, int length, int needed) {
    return ParseResult.failed(
        ParseError.truncated(DnsHeader.PROTOCOL, field, position, length, needed));
  }
}
