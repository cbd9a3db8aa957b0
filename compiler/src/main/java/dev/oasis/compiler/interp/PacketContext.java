package dev.oasis.compiler.interp;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Type;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything one packet owns while it runs: its bytes, headers, metadata, locals, decision. */
final class PacketContext {

  /** The forwarding decision so far; the last one executed wins. */
  enum DecisionKind {
    FORWARD,
    DROP,
    PUNT,
    BROADCAST,
    MULTICAST
  }

  /** A decision and its operand: port, punt reason or port bitmap. */
  record Decision(DecisionKind kind, BigInteger operand) {}

  final byte[] frame;
  final int ingressPort;
  final long timestamp;
  final Map<String, HeaderValue[]> headers = new HashMap<>();
  final Map<String, Object> meta = new HashMap<>();
  final Map<Integer, Object> locals = new HashMap<>();

  /** The parser's position in bytes: where the payload starts once parsing is over. */
  int position;

  int parseError;
  boolean discardPayload;
  Decision decision;

  /** The arguments of the action running now (null outside actions). */
  List<BigInteger> params;

  /** While a variable field's length is evaluated: the fields of the header being extracted. */
  HeaderValue extracting;

  PacketContext(
      IrProgram program,
      Map<HeaderType, Map<String, Integer>> layouts,
      byte[] frame,
      int ingressPort,
      long timestamp) {
    this.frame = frame;
    this.ingressPort = ingressPort;
    this.timestamp = timestamp;
    for (Decls.HeaderInstance h : program.headers()) {
      HeaderValue[] elements = new HeaderValue[Math.max(1, h.stackSize())];
      Map<String, Integer> layout = layouts.get(h.type());
      for (int i = 0; i < elements.length; i++) {
        elements[i] = new HeaderValue(h.type(), layout);
      }
      headers.put(h.name(), elements);
    }
    for (Decls.MetaField f : program.metadata()) {
      meta.put(f.name(), zero(f.type()));
    }
  }

  /** The zero value of a type: 0 for bit and bool, an empty byte string for bytes. */
  static Object zero(Type type) {
    return type instanceof Type.Bytes ? new byte[0] : BigInteger.ZERO;
  }

  /** The elements of a header instance (one for a single header). */
  HeaderValue[] elements(Decls.HeaderInstance instance) {
    return headers.get(instance.name());
  }

  /**
   * The header a reference names, or null: {@code .last} of a stack with no valid element names
   * none.
   */
  HeaderValue resolve(Expr.HeaderRef ref) {
    HeaderValue[] elements = elements(ref.instance());
    if (ref.index() == Expr.HeaderRef.LAST) {
      for (int i = elements.length - 1; i >= 0; i--) {
        if (elements[i].valid) {
          return elements[i];
        }
      }
      return null;
    }
    return elements[Math.max(0, ref.index())];
  }

  /** The bytes after the parser's final position. */
  byte[] payload() {
    return Arrays.copyOfRange(frame, Math.min(position, frame.length), frame.length);
  }
}
