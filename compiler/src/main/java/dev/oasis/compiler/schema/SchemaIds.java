package dev.oasis.compiler.schema;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Stable ids of control-plane objects: {@code (kind << 24) | (CRC32(name) & 0xFFFFFF)}, where kind
 * is 1 for a table, 2 an action, 3 a counter, 4 a register, 5 a map and CRC32 is CRC-32/IEEE over
 * the name's UTF-8 bytes. An id depends only on the kind and the name, so it survives unrelated
 * edits of the program.
 */
public final class SchemaIds {
  private SchemaIds() {}

  public static final int TABLE = 1;
  public static final int ACTION = 2;
  public static final int COUNTER = 3;
  public static final int REGISTER = 4;
  public static final int MAP = 5;

  /** The id of an object of {@code kind} named {@code name}. */
  public static int of(int kind, String name) {
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    return (kind << 24) | (int) (crc.getValue() & 0xFFFFFF);
  }

  /** The kind of object an id names: {@link #TABLE} to {@link #MAP}. */
  public static int kindOf(int id) {
    return id >>> 24;
  }

  /** An id as {@code 0x01abcdef}. */
  public static String hex(int id) {
    return String.format("0x%08x", id);
  }
}
