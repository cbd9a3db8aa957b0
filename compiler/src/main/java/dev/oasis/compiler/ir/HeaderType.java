package dev.oasis.compiler.ir;

import dev.oasis.dsl.diag.Span;
import java.util.List;

/**
 * A header type: its fields in wire order. Fixed fields are packed MSB-first with no padding; a
 * variable field ({@code bytes<MAX> f[LEN]}) occupies LEN bytes, LEN evaluated when the header is
 * extracted from fields that come before it.
 */
public record HeaderType(String name, List<Field> fields, Span span) {

  public HeaderType {
    fields = List.copyOf(fields);
  }

  /**
   * One field. For a fixed field {@code width > 0} and {@code length == null}; for a variable field
   * {@code width == 0}, {@code maxBytes > 0} and {@code length} is an expression (in bytes, type
   * {@code bit<32>}) over {@link Expr.FieldRef}s of this header with {@code header == null}.
   */
  public record Field(String name, int width, int maxBytes, Expr length, Span span) {
    public boolean isVariable() {
      return length != null;
    }

    public Type type() {
      return isVariable() ? new Type.Bytes(maxBytes) : Type.bit(width);
    }
  }

  /** Bits of the fixed fields (a multiple of 8 once checked). */
  public int fixedBits() {
    return fields.stream().mapToInt(Field::width).sum();
  }

  /** The largest size of this header in bytes. */
  public int maxBytes() {
    return fixedBits() / 8 + fields.stream().mapToInt(Field::maxBytes).sum();
  }

  public boolean hasVariableFields() {
    return fields.stream().anyMatch(Field::isVariable);
  }

  public Field field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst().orElse(null);
  }
}
