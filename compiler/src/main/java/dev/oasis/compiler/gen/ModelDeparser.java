package dev.oasis.compiler.gen;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Stmt;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * The bytes the deparser of the parser model emits: the valid headers in emit order (a stack's
 * valid elements in order), each from its current field values, then the payload after the parser's
 * final position.
 */
final class ModelDeparser {
  private ModelDeparser() {}

  static byte[] deparse(IrProgram program, ParserModel.Walk w) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Stmt.Emit e : program.deparser()) {
      if (e.header() instanceof Expr.StackRef s) {
        for (ParserModel.Occurrence o : w.slots.get(s.instance())) {
          emit(o, out);
        }
      } else {
        emit(ParserModel.resolve((Expr.HeaderRef) e.header(), w), out);
      }
    }
    out.write(w.frame, Math.min(w.position, w.frame.length), w.frame.length - w.position);
    return out.toByteArray();
  }

  private static void emit(ParserModel.Occurrence o, ByteArrayOutputStream out) {
    if (o == null || !o.valid) {
      return;
    }
    HeaderType type = o.instance.type();
    long bits = 0;
    for (int i = 0; i < type.fields().size(); i++) {
      HeaderType.Field f = type.fields().get(i);
      bits += f.isVariable() ? 8L * ((byte[]) o.values[i]).length : f.width();
    }
    byte[] bytes = new byte[(int) (bits / 8)];
    long bit = 0;
    for (int i = 0; i < type.fields().size(); i++) {
      HeaderType.Field f = type.fields().get(i);
      if (f.isVariable()) {
        for (byte b : (byte[]) o.values[i]) {
          FrameBits.writeBits(bytes, bit, 8, BigInteger.valueOf(b & 0xff));
          bit += 8;
        }
      } else {
        FrameBits.writeBits(bytes, bit, f.width(), (BigInteger) o.values[i]);
        bit += f.width();
      }
    }
    out.writeBytes(bytes);
  }
}
