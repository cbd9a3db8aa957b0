package dev.oasis.hw.lower;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.hw.hcl.Bits;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers the parser graph by walking every path from {@code start} (the graph has no loops in the
 * subset, so each path has a constant byte offset in each state). An {@code extract} at offset o of
 * an h-byte header is a slice of the captured header bytes, taken when the frame has at least o+h
 * bytes; otherwise the path ends with PacketTooShort. A select tries its cases in order; no match
 * ends the path with NoMatch. Every path ends by writing the parse error and the parser's final
 * position (where the payload starts) under its own condition.
 */
final class ParserLowering {
  private ParserLowering() {}

  static void lower(PacketLogic logic) {
    ParserGraph graph = logic.program.parser();
    logic.scoped(() -> visit(logic, graph, graph.start(), 0));
    logic.exprs.parserOffset = -1;
  }

  private static void visit(PacketLogic logic, ParserGraph graph, ParserGraph.State s, int start) {
    int offset = start;
    logic.exprs.parserOffset = offset;
    for (Stmt st : s.statements()) {
      if (st instanceof Stmt.Extract x) {
        Decls.HeaderInstance h = ((Expr.HeaderRef) x.header()).instance();
        int at = offset;
        logic.nets.at(x.span(), () -> extract(logic, h, at));
        offset += h.type().fixedBits() / 8;
        logic.exprs.parserOffset = offset;
      } else {
        logic.statement(st);
      }
    }
    int at = offset;
    if (s.transition() instanceof ParserGraph.Goto g) {
      target(logic, graph, g.target(), at);
      return;
    }
    ParserGraph.Select select = (ParserGraph.Select) s.transition();
    List<Bits> subjects = new ArrayList<>();
    for (Expr e : select.subjects()) {
      subjects.add(logic.nets.net("select", logic.exprs.lower(e)));
    }
    Bits taken = Nets.zero(1);
    for (ParserGraph.Case c : select.cases()) {
      Bits matches = Nets.one();
      for (int i = 0; i < subjects.size(); i++) {
        matches = matches.and(match(c.matches().get(i), subjects.get(i)));
      }
      Bits m = logic.nets.net("case", matches);
      Bits first = taken.not().and(m);
      taken = logic.nets.net("taken", taken.or(m));
      logic.under(first, () -> target(logic, graph, c.target(), at));
    }
    logic.under(taken.not(), () -> finish(logic, Decls.ErrorCode.NO_MATCH.value(), at));
  }

  private static void target(
      PacketLogic logic, ParserGraph graph, ParserGraph.Target t, int offset) {
    if (t instanceof ParserGraph.Accept) {
      finish(logic, Decls.ErrorCode.NO_ERROR.value(), offset);
    } else if (t instanceof ParserGraph.Reject r) {
      finish(logic, r.error().value(), offset);
    } else {
      visit(logic, graph, graph.state(((ParserGraph.ToState) t).name()), offset);
    }
  }

  /** Extracts {@code h} at {@code offset}; returns the offset after it. */
  private static int extract(PacketLogic logic, Decls.HeaderInstance h, int offset) {
    int bytes = h.type().fixedBits() / 8;
    failUnless(logic, offset + bytes, offset, h);
    Bits[] values = logic.state.fields.get(h);
    int bit = offset * 8;
    for (int i = 0; i < values.length; i++) {
      int w = h.type().fields().get(i).width();
      values[i] =
          logic.write(
              h.name() + "_" + h.type().fields().get(i).name(),
              values[i],
              logic.headerSlice(bit, w));
      bit += w;
    }
    logic.state.valid.put(
        h, logic.write(h.name() + "_valid", logic.state.valid.get(h), Nets.one()));
    return offset + bytes;
  }

  /**
   * Ends the current path with PacketTooShort at {@code offset} when the frame is shorter than
   * {@code endByte} bytes; the header being extracted, if any, becomes invalid.
   */
  static void failUnless(PacketLogic logic, int endByte, int offset, Decls.HeaderInstance h) {
    Bits tooShort = logic.inputs.length().asUInt().lt(Nets.constant(endByte, 16).asUInt()).asBits();
    logic.under(
        logic.nets.net("too_short", tooShort),
        () -> {
          if (h != null) {
            // a header extracted again on this path and cut short becomes invalid
            logic.state.valid.put(
                h, logic.write(h.name() + "_valid", logic.state.valid.get(h), Nets.zero(1)));
          }
          finish(logic, Decls.ErrorCode.PACKET_TOO_SHORT.value(), offset);
        });
  }

  private static void finish(PacketLogic logic, int error, int offset) {
    PacketState st = logic.state;
    st.parseError = logic.write("parse_error", st.parseError, Nets.constant(error, 8));
    st.position = logic.write("parse_position", st.position, Nets.constant(offset, 16));
    logic.endPath();
  }

  private static Bits match(Match m, Bits v) {
    int w = v.width().value();
    if (m instanceof Match.Any) {
      return Nets.one();
    } else if (m instanceof Match.Exact e) {
      return v.eq(Nets.constant(e.value(), w)).asBits();
    } else if (m instanceof Match.Ternary t) {
      Bits mask = Nets.constant(t.mask(), w);
      return v.and(mask).eq(Nets.constant(t.value().and(t.mask()), w)).asBits();
    } else if (m instanceof Match.Range r) {
      // a bound at the end of the range of the type is left out: lint calls it constant
      Bits in = Nets.one();
      if (r.low().signum() > 0) {
        in = in.and(v.asUInt().ge(Nets.constant(r.low(), w).asUInt()).asBits());
      }
      if (r.high().bitLength() <= w - 1 || r.high().bitCount() != w) {
        in = in.and(v.asUInt().le(Nets.constant(r.high(), w).asUInt()).asBits());
      }
      return in;
    } else if (m instanceof Match.Lpm l) {
      java.math.BigInteger mask =
          java.math.BigInteger.ONE
              .shiftLeft(l.prefixLength())
              .subtract(java.math.BigInteger.ONE)
              .shiftLeft(w - l.prefixLength());
      return v.and(Nets.constant(mask, w)).eq(Nets.constant(l.value().and(mask), w)).asBits();
    }
    throw new dev.oasis.dsl.diag.CompilerBugException("select on a byte string in hardware");
  }
}
