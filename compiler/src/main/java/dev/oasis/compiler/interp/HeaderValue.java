package dev.oasis.compiler.interp;

import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.state.BitValues;
import dev.oasis.dsl.diag.CompilerBugException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One header (a single instance or one element of a stack) during a packet: valid or not, and its
 * field values, a {@link BigInteger} for a fixed field and a {@code byte[]} for a variable one. A
 * header never extracted is invalid with all fields zero (variable fields empty).
 */
final class HeaderValue {
  final HeaderType type;
  private final Map<String, Integer> index;
  boolean valid;
  Object[] fields;

  HeaderValue(HeaderType type, Map<String, Integer> index) {
    this.type = type;
    this.index = index;
    this.fields = zeroFields(type);
  }

  /** Field name to position, shared by every value of one header type. */
  static Map<String, Integer> indexOf(HeaderType type) {
    Map<String, Integer> index = new HashMap<>();
    List<HeaderType.Field> fs = type.fields();
    for (int i = 0; i < fs.size(); i++) {
      index.put(fs.get(i).name(), i);
    }
    return index;
  }

  static Object[] zeroFields(HeaderType type) {
    Object[] out = new Object[type.fields().size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = type.fields().get(i).isVariable() ? new byte[0] : BigInteger.ZERO;
    }
    return out;
  }

  int position(HeaderType.Field field) {
    Integer i = index.get(field.name());
    if (i == null) {
      throw new CompilerBugException(
          "header type " + type.name() + " has no field " + field.name());
    }
    return i;
  }

  Object get(HeaderType.Field field) {
    return fields[position(field)];
  }

  void set(HeaderType.Field field, Object value) {
    fields[position(field)] = value;
  }

  /** The header's current length in bytes (valid or not). */
  int byteLength() {
    int bits = 0;
    for (int i = 0; i < fields.length; i++) {
      HeaderType.Field f = type.fields().get(i);
      bits += f.isVariable() ? ((byte[]) fields[i]).length * 8 : f.width();
    }
    return bits / 8;
  }

  /** The header's bytes: fields in order, packed most significant bit first. */
  byte[] bytes() {
    BigInteger acc = BigInteger.ZERO;
    int bits = 0;
    for (int i = 0; i < fields.length; i++) {
      HeaderType.Field f = type.fields().get(i);
      if (f.isVariable()) {
        byte[] b = (byte[]) fields[i];
        acc = acc.shiftLeft(b.length * 8).or(new BigInteger(1, b));
        bits += b.length * 8;
      } else {
        acc = acc.shiftLeft(f.width()).or((BigInteger) fields[i]);
        bits += f.width();
      }
    }
    if (bits % 8 != 0) {
      throw new CompilerBugException(
          "header " + type.name() + " is " + bits + " bits long, not a whole number of bytes");
    }
    return BitValues.toBytes(acc, bits / 8);
  }

  /** A fresh, invalid, all-zero header of the same type. */
  HeaderValue blank() {
    return new HeaderValue(type, index);
  }

  HeaderValue copyFields(Object[] values) {
    this.fields = Arrays.copyOf(values, values.length);
    return this;
  }
}
