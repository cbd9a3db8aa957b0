package dev.oasis.sim.verilator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over named parts. Each part is framed by its name and length, so that moving bytes from
 * one part to the next changes the hash.
 */
final class ContentHash {

  private final MessageDigest digest;

  ContentHash() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  void add(String name, String value) {
    add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  void add(String name, byte[] value) {
    byte[] label = name.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(4).putInt(label.length).array());
    digest.update(label);
    digest.update(ByteBuffer.allocate(8).putLong(value.length).array());
    digest.update(value);
  }

  /** The first {@code digits} hex digits of the hash; the object is spent afterwards. */
  String hex(int digits) {
    return HexFormat.of().formatHex(digest.digest()).substring(0, digits);
  }
}
