package dev.oasis.runtime.net.dns;

import dev.oasis.runtime.net.Bytes;
import java.util.Objects;

/**
 * A question: name, type and class.
 *
 * @param name the name asked about
 * @param type the record type, e.g. {@link DnsWire#TYPE_A}
 * @param questionClass the class, usually {@link DnsWire#CLASS_IN}
 */
public record DnsQuestion(DnsName name, int type, int questionClass) {

  /** Checks the ranges. */
  public DnsQuestion {
    Objects.requireNonNull(name, "name");
    DnsResourceRecord.check("type", type, 0xffff);
    DnsResourceRecord.check("class", questionClass, 0xffff);
  }

  /** An Internet-class question for A records. */
  public static DnsQuestion a(DnsName name) {
    return new DnsQuestion(name, DnsWire.TYPE_A, DnsWire.CLASS_IN);
  }

  /** The length on the wire, name uncompressed. */
  public int wireLength() {
    return name.wireLength() + 4;
  }

  /** Writes the question at {@code offset}; returns its length. */
  public int writeTo(byte[] buffer, int offset) {
    int position = offset + name.writeTo(buffer, offset);
    Bytes.put16(buffer, position, type);
    Bytes.put16(buffer, position + 2, questionClass);
    return position + 4 - offset;
  }
}
