package dev.oasis.compiler.ir;

import java.math.BigInteger;

/**
 * A constant pattern for one key element or one select subject. Values are unsigned and already fit
 * the key's width; byte-string keys use {@link BytesExact}.
 */
public sealed interface Match {

  /** Matches every value. */
  record Any() implements Match {}

  record Exact(BigInteger value) implements Match {}

  /** Exact match on a byte string (a variable-length field, or {@code lower()} of one). */
  record BytesExact(byte[] value) implements Match {}

  /** The top {@code prefixLength} bits of the key equal those of {@code value}. */
  record Lpm(BigInteger value, int prefixLength) implements Match {}

  /** {@code (key & mask) == (value & mask)}. */
  record Ternary(BigInteger value, BigInteger mask) implements Match {}

  /** {@code low <= key <= high}. */
  record Range(BigInteger low, BigInteger high) implements Match {}

  Any ANY = new Any();
}
