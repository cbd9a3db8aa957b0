package dev.oasis.runtime.net.dns;

import dev.oasis.runtime.net.WireField;
import java.util.List;

/**
 * Offsets and constants of DNS messages (RFC 1035 section 4.1).
 *
 * <pre>
 *  0       2       4       6       8       10      12
 * +-------+-------+-------+-------+-------+-------+-----------------------------------+
 * |  id   | flags |qdcount|ancount|nscount|arcount| questions, answers, authority, ... |
 * +-------+-------+-------+-------+-------+-------+-----------------------------------+
 * flags: qr(1) opcode(4) aa(1) tc(1) rd(1) ra(1) z(1) ad(1) cd(1) rcode(4)
 * question: name, type(2), class(2)
 * record:   name, type(2), class(2), ttl(4), data length(2), data
 * </pre>
 */
public final class DnsWire {

  private DnsWire() {}

  /** Offset of the transaction id. */
  public static final int ID = 0;

  /** Offset of the flags. */
  public static final int FLAGS = 2;

  /** Offset of the question count. */
  public static final int QUESTION_COUNT = 4;

  /** Offset of the answer count. */
  public static final int ANSWER_COUNT = 6;

  /** Offset of the authority count. */
  public static final int AUTHORITY_COUNT = 8;

  /** Offset of the additional count. */
  public static final int ADDITIONAL_COUNT = 10;

  /** Length of the header. */
  public static final int HEADER_LENGTH = 12;

  /** The query/response flag: set in responses. */
  public static final int FLAG_RESPONSE = 0x8000;

  /** Shift of the 4-bit opcode within the flags. */
  public static final int OPCODE_SHIFT = 11;

  /** The authoritative answer flag. */
  public static final int FLAG_AUTHORITATIVE = 0x0400;

  /** The truncation flag. */
  public static final int FLAG_TRUNCATED = 0x0200;

  /** The recursion desired flag. */
  public static final int FLAG_RECURSION_DESIRED = 0x0100;

  /** The recursion available flag. */
  public static final int FLAG_RECURSION_AVAILABLE = 0x0080;

  /** Mask of the 4-bit response code. */
  public static final int RCODE_MASK = 0x000f;

  /** Type of an A (IPv4 address) record. */
  public static final int TYPE_A = 1;

  /** The Internet class. */
  public static final int CLASS_IN = 1;

  /** The longest label, in bytes. */
  public static final int MAX_LABEL_LENGTH = 63;

  /** The longest name on the wire, length bytes and the root's zero byte included. */
  public static final int MAX_NAME_LENGTH = 255;

  /** The two top bits of a length byte that mark a compression pointer. */
  public static final int POINTER_MARK = 0xc0;

  /** The fields after a question's name, offsets counted from the end of the name. */
  public static final List<WireField> QUESTION_FIXED_FIELDS =
      List.of(new WireField("type", 0, 2), new WireField("class", 2, 2));

  /** The fields after a record's name, offsets counted from the end of the name. */
  public static final List<WireField> RECORD_FIXED_FIELDS =
      List.of(
          new WireField("type", 0, 2),
          new WireField("class", 2, 2),
          new WireField("ttl", 4, 4),
          new WireField("data length", 8, 2));

  /** The header, in wire order. */
  public static final List<WireField> LAYOUT =
      List.of(
          new WireField("id", ID, 2),
          new WireField("flags", FLAGS, 2),
          new WireField("question count", QUESTION_COUNT, 2),
          new WireField("answer count", ANSWER_COUNT, 2),
          new WireField("authority count", AUTHORITY_COUNT, 2),
          new WireField("additional count", ADDITIONAL_COUNT, 2));
}
