package dev.oasis.runtime.net.dns;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.WireField;
import java.util.Optional;

/**
 * The 12-byte DNS header.
 *
 * @param id transaction id, 0..65535
 * @param flags the 16 flag bits (see {@link DnsWire})
 * @param questionCount number of questions
 * @param answerCount number of answer records
 * @param authorityCount number of authority records
 * @param additionalCount number of additional records
 */
public record DnsHeader(
    int id,
    int flags,
    int questionCount,
    int answerCount,
    int authorityCount,
    int additionalCount) {

  static final String PROTOCOL = "dns";

  /** Checks that every field fits 16 bits. */
  public DnsHeader {
    check("id", id);
    check("flags", flags);
    check("question count", questionCount);
    check("answer count", answerCount);
    check("authority count", authorityCount);
    check("additional count", additionalCount);
  }

  private static void check(String name, int value) {
    if (value < 0 || value > 0xffff) {
      throw new IllegalArgumentException(
          "dns " + name + " " + value + " is out of range, expected 0..65535");
    }
  }

  /** Parses the header at the start of the {@code length}-byte message at {@code offset}. */
  public static ParseResult<DnsHeader> parse(byte[] buffer, int offset, int length) {
    Optional<ParseError> truncated = WireField.firstTruncated(PROTOCOL, DnsWire.LAYOUT, length);
    if (truncated.isPresent()) {
      return ParseResult.failed(truncated.get());
    }
    return ParseResult.ok(
        new DnsHeader(
            Bytes.u16(buffer, offset + DnsWire.ID),
            Bytes.u16(buffer, offset + DnsWire.FLAGS),
            Bytes.u16(buffer, offset + DnsWire.QUESTION_COUNT),
            Bytes.u16(buffer, offset + DnsWire.ANSWER_COUNT),
            Bytes.u16(buffer, offset + DnsWire.AUTHORITY_COUNT),
            Bytes.u16(buffer, offset + DnsWire.ADDITIONAL_COUNT)));
  }

  /** Whether the QR bit says this is a response. */
  public boolean isResponse() {
    return (flags & DnsWire.FLAG_RESPONSE) != 0;
  }

  /** The opcode, 0..15 (0 is a standard query). */
  public int opcode() {
    return (flags >>> DnsWire.OPCODE_SHIFT) & 0xf;
  }

  /** The response code, 0..15 (0 is no error, 3 is name error). */
  public int rcode() {
    return flags & DnsWire.RCODE_MASK;
  }

  /** Whether the RD bit is set. */
  public boolean recursionDesired() {
    return (flags & DnsWire.FLAG_RECURSION_DESIRED) != 0;
  }

  /** Writes the 12 bytes at {@code offset}; returns 12. */
  public int writeTo(byte[] buffer, int offset) {
    Bytes.put16(buffer, offset + DnsWire.ID, id);
    Bytes.put16(buffer, offset + DnsWire.FLAGS, flags);
    Bytes.put16(buffer, offset + DnsWire.QUESTION_COUNT, questionCount);
    Bytes.put16(buffer, offset + DnsWire.ANSWER_COUNT, answerCount);
    Bytes.put16(buffer, offset + DnsWire.AUTHORITY_COUNT, authorityCount);
    Bytes.put16(buffer, offset + DnsWire.ADDITIONAL_COUNT, additionalCount);
    return DnsWire.HEADER_LENGTH;
  }
}
