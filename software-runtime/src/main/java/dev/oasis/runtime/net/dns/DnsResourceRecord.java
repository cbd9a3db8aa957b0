package dev.oasis.runtime.net.dns;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.Ipv4Address;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource record with its data kept raw; {@link #address()} decodes A records.
 *
 * @param name the owner name
 * @param type the record type, e.g. {@link DnsWire#TYPE_A}
 * @param recordClass the class, usually {@link DnsWire#CLASS_IN}
 * @param ttl time to live in seconds, 0..2^32-1
 * @param data the record data (copied in and out), at most 65535 bytes
 */
public record DnsResourceRecord(DnsName name, int type, int recordClass, long ttl, byte[] data) {

  /** Checks the ranges; copies the data. */
  public DnsResourceRecord {
    Objects.requireNonNull(name, "name");
    check("type", type, 0xffff);
    check("class", recordClass, 0xffff);
    if (ttl < 0 || ttl > 0xffff_ffffL) {
      throw new IllegalArgumentException(
          "dns ttl " + ttl + " is out of range, expected 0..4294967295");
    }
    data = Objects.requireNonNull(data, "data").clone();
    check("data length", data.length, 0xffff);
  }

  static void check(String field, int value, int max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(
          "dns " + field + " " + value + " is out of range, expected 0.." + max);
    }
  }

  /** An Internet-class A record. */
  public static DnsResourceRecord a(DnsName name, long ttl, Ipv4Address address) {
    byte[] data = new byte[Ipv4Address.LENGTH];
    address.writeTo(data, 0);
    return new DnsResourceRecord(name, DnsWire.TYPE_A, DnsWire.CLASS_IN, ttl, data);
  }

  /** The data, copied. */
  @Override
  public byte[] data() {
    return data.clone();
  }

  /** The address of an Internet-class A record with 4 bytes of data; otherwise empty. */
  public Optional<Ipv4Address> address() {
    if (type != DnsWire.TYPE_A
        || recordClass != DnsWire.CLASS_IN
        || data.length != Ipv4Address.LENGTH) {
      return Optional.empty();
    }
    return Optional.of(Ipv4Address.read(data, 0));
  }

  /** The length on the wire, name uncompressed. */
  public int wireLength() {
    return name.wireLength() + 10 + data.length;
  }

  /** Writes the record at {@code offset}; returns its length. */
  public int writeTo(byte[] buffer, int offset) {
    int position = offset + name.writeTo(buffer, offset);
    Bytes.put16(buffer, position, type);
    Bytes.put16(buffer, position + 2, recordClass);
    Bytes.put32(buffer, position + 4, ttl);
    Bytes.put16(buffer, position + 8, data.length);
    System.arraycopy(data, 0, buffer, position + 10, data.length);
    return position + 10 + data.length - offset;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DnsResourceRecord that
        && name.equals(that.name)
        && type == that.type
        && recordClass == that.recordClass
        && ttl == that.ttl
        && Arrays.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, recordClass, ttl, Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "DnsResourceRecord["
        + name
        + ", type "
        + type
        + ", class "
        + recordClass
        + ", ttl "
        + ttl
        + ", data "
        + HexFormat.of().formatHex(data)
        + "]";
  }
}
