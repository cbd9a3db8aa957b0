package dev.oasis.compiler.interp;

import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Stmt;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Builds the outgoing packet: the valid headers in emit order (a stack emits its valid elements in
 * index order), then the unparsed payload unless the program discarded it.
 */
final class Deparser {
  private Deparser() {}

  static byte[] deparse(List<Stmt.Emit> emits, PacketContext ctx) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Stmt.Emit e : emits) {
      if (e.header() instanceof Expr.StackRef s) {
        for (HeaderValue h : ctx.elements(s.instance())) {
          if (h.valid) {
            out.writeBytes(h.bytes());
          }
        }
      } else {
        HeaderValue h = ctx.resolve((Expr.HeaderRef) e.header());
        if (h != null && h.valid) {
          out.writeBytes(h.bytes());
        }
      }
    }
    if (!ctx.discardPayload) {
      out.writeBytes(ctx.payload());
    }
    return out.toByteArray();
  }
}
