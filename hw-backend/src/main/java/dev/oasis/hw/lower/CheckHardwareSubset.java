package dev.oasis.hw.lower;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.ir.Table;
import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.Span;

/**
 * Reports every construct of a program that the hardware lowering does not support yet ({@link
 * HardwareCodes#UNSUPPORTED_CONSTRUCT}) and every resource limit it exceeds ({@link
 * HardwareCodes#RESOURCE_LIMIT}). Must hold before: the program type-checked. After it reports
 * nothing, {@link PipelineComponent} can lower every statement and expression it meets.
 */
public final class CheckHardwareSubset {

  /** Most entries a table holds (entries live in registers, matched in parallel). */
  public static final int MAX_TABLE_ENTRIES = 64;

  /** Most cells of one counter array. */
  public static final int MAX_COUNTER_CELLS = 64;

  /** Most paths through the parser graph (each path is unrolled). */
  public static final int MAX_PARSER_PATHS = 64;

  /** Most header bytes captured from the front of a frame. */
  public static final int MAX_HEADER_BYTES = 256;

  private final IrProgram program;
  private final Diagnostics diagnostics;
  private final java.util.Set<Expr> eagerOk =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private CheckHardwareSubset(IrProgram program, Diagnostics diagnostics) {
    this.program = program;
    this.diagnostics = diagnostics;
  }

  /** Adds a diagnostic to {@code diagnostics} for each unsupported construct of {@code program}. */
  public static void check(IrProgram program, Diagnostics diagnostics) {
    new CheckHardwareSubset(program, diagnostics).run();
  }

  private void run() {
    for (Decls.HeaderInstance h : program.headers()) {
      if (h.isStack()) {
        unsupported(h.span(), "header stacks ('" + h.name() + "')");
      }
      for (HeaderType.Field f : h.type().fields()) {
        if (f.isVariable()) {
          unsupported(
              f.span(), "variable-length fields ('" + h.type().name() + "." + f.name() + "')");
        }
      }
    }
    for (Decls.Register r : program.registers()) {
      if (r.size() > MAX_COUNTER_CELLS) {
        limit(
            r.span(),
            "register '" + r.name() + "' of " + r.size() + " cells",
            "at most " + MAX_COUNTER_CELLS + " cells per register array");
      }
    }
    for (Decls.MapDecl m : program.maps()) {
      unsupported(m.span(), "maps ('" + m.name() + "')");
    }
    for (Decls.Counter c : program.counters()) {
      if (c.size() > MAX_COUNTER_CELLS) {
        limit(
            c.span(),
            "counter '" + c.name() + "' of " + c.size() + " cells",
            "at most " + MAX_COUNTER_CELLS + " cells per counter");
      }
    }
    for (Table t : program.tables()) {
      checkTable(t);
    }
    for (Decls.Action a : program.actions()) {
      statement(a.body());
    }
    for (ParserGraph.State s : program.parser().states()) {
      for (Stmt st : s.statements()) {
        statement(st);
      }
      if (s.transition() instanceof ParserGraph.Select sel) {
        for (Expr e : sel.subjects()) {
          expression(e);
        }
      }
    }
    statement(program.control());
    int paths = ParserPaths.count(program.parser(), MAX_PARSER_PATHS + 1);
    if (paths > MAX_PARSER_PATHS) {
      limit(
          program.parser().span(),
          "the parser graph",
          "more than " + MAX_PARSER_PATHS + " paths from start to accept or reject");
    }
    if (!diagnostics.hasErrors()) {
      int bytes = ParserPaths.maxHeaderBytes(program.parser());
      if (bytes > MAX_HEADER_BYTES) {
        limit(
            program.parser().span(),
            "the parser's " + bytes + " header bytes",
            "at most " + MAX_HEADER_BYTES + " bytes are captured");
      }
    }
  }

  private void checkTable(Table t) {
    for (Decls.Key k : t.keys()) {
      if (!(k.expr().type() instanceof dev.oasis.compiler.ir.Type.Bit)
          && !(k.expr().type() instanceof dev.oasis.compiler.ir.Type.Bool)) {
        unsupported(k.span(), "byte-string table keys ('" + t.name() + "')");
      } else {
        expression(k.expr());
      }
    }
    if (t.keys().isEmpty()) {
      unsupported(t.span(), "tables without keys ('" + t.name() + "')");
    }
    if (t.size() > MAX_TABLE_ENTRIES) {
      limit(
          t.span(),
          "table '" + t.name() + "' of size " + t.size(),
          "at most " + MAX_TABLE_ENTRIES + " entries per table (declare 'size = N;')");
    }
  }

  private void statement(Stmt s) {
    if (s instanceof Stmt.Block b) {
      b.statements().forEach(this::statement);
    } else if (s instanceof Stmt.If i) {
      java.util.List<Expr.HitOrMiss> eager =
          PacketLogic.eagerApplies(i.condition(), new java.util.ArrayList<>());
      eagerOk.addAll(eager);
      expression(i.condition());
      eagerOk.removeAll(eager);
      statement(i.then());
      statement(i.otherwise());
    } else if (s instanceof Stmt.Switch sw) {
      sw.cases().forEach(c -> statement(c.body()));
    } else if (s instanceof Stmt.Declare d) {
      expression(d.init());
    } else if (s instanceof Stmt.Assign a) {
      if (a.target() instanceof Expr.Slice) {
        unsupported(a.span(), "assignment to a slice");
      }
      expression(a.value());
    } else if (s instanceof Stmt.Eval e) {
      if (!(e.expr() instanceof Expr.ApplyTable)) {
        expression(e.expr());
      }
    } else if (s instanceof Stmt.Extract x) {
      if (!(x.header() instanceof Expr.HeaderRef)) {
        unsupported(x.span(), "extract into a header stack");
      }
    } else if (s instanceof Stmt.CallAction c) {
      c.args().forEach(this::expression);
    } else if (s instanceof Stmt.Count c) {
      expression(c.index());
    } else if (s instanceof Stmt.RegisterWrite w) {
      expression(w.index());
      expression(w.value());
    } else if (s instanceof Stmt.Forward f) {
      expression(f.port());
    } else if (s instanceof Stmt.Punt p) {
      expression(p.reason());
    } else if (s instanceof Stmt.Broadcast || s instanceof Stmt.Multicast) {
      unsupported(s.span(), "broadcast and multicast (a frame sent to several ports)");
    } else if (s instanceof Stmt.Emit e) {
      expression(e.header());
    }
    // SetValidity, Return, Reply, Drop, DiscardPayload: supported as they are
  }

  private void expression(Expr e) {
    if (e instanceof Expr.Unary u) {
      expression(u.operand());
    } else if (e instanceof Expr.Binary b) {
      if (b.op() == Expr.BinaryOp.MUL) {
        unsupported(b.span(), "multiplication");
      }
      if (b.left().type() instanceof dev.oasis.compiler.ir.Type.Bytes) {
        unsupported(b.span(), "byte-string comparisons");
        return;
      }
      expression(b.left());
      expression(b.right());
    } else if (e instanceof Expr.Slice s) {
      expression(s.operand());
    } else if (e instanceof Expr.Cast c) {
      expression(c.operand());
    } else if (e instanceof Expr.Conditional c) {
      expression(c.condition());
      expression(c.then());
      expression(c.otherwise());
    } else if (e instanceof Expr.FieldRef f) {
      if (f.header() == null || f.header().index() != Expr.HeaderRef.NONE) {
        unsupported(f.span(), "header stack elements");
      }
    } else if (e instanceof Expr.HeaderRef h) {
      if (h.index() != Expr.HeaderRef.NONE) {
        unsupported(h.span(), "header stack elements");
      }
    } else if (e instanceof Expr.StackRef s) {
      unsupported(s.span(), "header stacks");
    } else if (e instanceof Expr.BuiltinCall c) {
      builtin(c);
    } else if (e instanceof Expr.HitOrMiss hm && eagerOk.contains(hm)) {
      // applied before the condition is evaluated
    } else if (e instanceof Expr.ApplyTable || e instanceof Expr.HitOrMiss) {
      unsupported(e.span(), "a table apply behind &&, || or ?: (apply it before the condition)");
    } else if (e instanceof Expr.RegisterRead r) {
      expression(r.index());
    } else if (e instanceof Expr.MapCall m) {
      unsupported(m.span(), "map operations");
    } else if (e instanceof Expr.BytesConst || e instanceof Expr.Payload) {
      unsupported(e.span(), "byte strings");
    }
  }

  private void builtin(Expr.BuiltinCall c) {
    switch (c.builtin()) {
      case SIZEOF -> {
        if (!(c.args().get(0) instanceof Expr.HeaderRef h) || h.index() != Expr.HeaderRef.NONE) {
          unsupported(c.span(), "sizeof of anything but a single header");
        }
      }
      case CSUM16 -> {
        for (int i = 0; i < c.args().size(); i++) {
          Expr a = c.args().get(i);
          int bytes;
          if (a instanceof Expr.HeaderRef h && h.index() == Expr.HeaderRef.NONE) {
            bytes = h.instance().type().fixedBits() / 8;
          } else if (a.type() instanceof dev.oasis.compiler.ir.Type.Bit b) {
            bytes = b.width() / 8;
            expression(a);
          } else {
            unsupported(a.span(), "checksums over header stacks, byte strings or the payload");
            continue;
          }
          if (bytes % 2 != 0 && i + 1 < c.args().size()) {
            unsupported(a.span(), "checksums over an odd number of bytes before the last argument");
          }
        }
      }
      case CSUM16_UPDATE -> c.args().forEach(this::expression);
      case LOWER -> unsupported(c.span(), "lower()");
    }
  }

  private static String builtinName(Expr.BuiltinCall c) {
    return switch (c.builtin()) {
      case CSUM16 -> "checksums";
      case CSUM16_UPDATE -> "incremental checksum updates";
      case LOWER -> "lower()";
      case SIZEOF -> "sizeof of anything but a single header";
    };
  }

  private void unsupported(Span span, String what) {
    diagnostics.error(HardwareCodes.UNSUPPORTED_CONSTRUCT, span, what);
  }

  private void limit(Span span, String what, String limit) {
    diagnostics.error(HardwareCodes.RESOURCE_LIMIT, span, what, limit);
  }
}
