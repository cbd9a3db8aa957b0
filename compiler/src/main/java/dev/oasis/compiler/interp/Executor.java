package dev.oasis.compiler.interp;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.ir.Table;
import dev.oasis.compiler.state.BitValues;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.compiler.state.TableState;
import dev.oasis.dsl.diag.CompilerBugException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes the statements of parser states, actions and the control for one packet. {@code return}
 * ends the innermost action, or the control when executed in the control body.
 */
final class Executor {

  /** How a statement ended. */
  enum Flow {
    NORMAL,
    RETURN
  }

  /** The result of {@code t.apply()}: whether it hit, and the action that ran. */
  record ApplyOutcome(boolean hit, Decls.Action action) {}

  private final DataplaneState state;
  private final PacketContext ctx;
  private final Evaluator eval;
  private final Extractor extractor;

  Executor(DataplaneState state, PacketContext ctx) {
    this.state = state;
    this.ctx = ctx;
    this.eval = new Evaluator(state, ctx, this);
    this.extractor = new Extractor(ctx, eval);
  }

  Evaluator evaluator() {
    return eval;
  }

  Flow run(Stmt s) {
    if (s instanceof Stmt.Block b) {
      for (Stmt inner : b.statements()) {
        if (run(inner) == Flow.RETURN) {
          return Flow.RETURN;
        }
      }
    } else if (s instanceof Stmt.If i) {
      return run(eval.bool(i.condition()) ? i.then() : i.otherwise());
    } else if (s instanceof Stmt.Switch sw) {
      return runSwitch(sw);
    } else if (s instanceof Stmt.Declare d) {
      ctx.locals.put(d.local().id(), eval.eval(d.init()));
    } else if (s instanceof Stmt.Assign a) {
      assign(a.target(), eval.eval(a.value()));
    } else if (s instanceof Stmt.Eval e) {
      eval.eval(e.expr());
    } else if (s instanceof Stmt.Extract x) {
      extractor.extract(x.header());
    } else if (s instanceof Stmt.SetValidity v) {
      HeaderValue h = ctx.resolve(v.header());
      if (h != null) {
        h.valid = v.valid();
      }
    } else if (s instanceof Stmt.CallAction c) {
      List<BigInteger> args = new ArrayList<>();
      for (Expr a : c.args()) {
        args.add(eval.num(a));
      }
      runAction(c.action(), args);
    } else if (s instanceof Stmt.Return) {
      return Flow.RETURN;
    } else if (s instanceof Stmt.Count c) {
      state.counter(c.counter().name()).count(eval.num(c.index()), ctx.frame.length);
    } else if (s instanceof Stmt.RegisterWrite w) {
      state.register(w.register().name()).write(eval.num(w.index()), eval.num(w.value()));
    } else if (s instanceof Stmt.Decision d) {
      ctx.decision = decide(d);
    } else if (s instanceof Stmt.DiscardPayload) {
      ctx.discardPayload = true;
    } else {
      throw new CompilerBugException(
          "the interpreter cannot execute " + s.getClass().getSimpleName() + " here");
    }
    return Flow.NORMAL;
  }

  private Flow runSwitch(Stmt.Switch sw) {
    ApplyOutcome outcome = apply(sw.apply().table());
    Stmt.Case fallback = null;
    for (Stmt.Case c : sw.cases()) {
      if (c.action() == null) {
        fallback = c;
      } else if (c.action().name().equals(outcome.action().name())) {
        return run(c.body());
      }
    }
    return fallback == null ? Flow.NORMAL : run(fallback.body());
  }

  /** {@code t.apply()}: looks the key up, counts, runs the chosen action. */
  ApplyOutcome apply(Table table) {
    List<Object> key = new ArrayList<>();
    for (Decls.Key k : table.keys()) {
      key.add(eval.eval(k.expr()));
    }
    TableState.Selection s = state.table(table.name()).apply(key, ctx.frame.length);
    runAction(s.action(), s.args());
    return new ApplyOutcome(s.hit(), s.action());
  }

  private void runAction(Decls.Action action, List<BigInteger> args) {
    List<BigInteger> saved = ctx.params;
    ctx.params = args;
    try {
      run(action.body());
    } finally {
      ctx.params = saved;
    }
  }

  private PacketContext.Decision decide(Stmt.Decision d) {
    if (d instanceof Stmt.Forward f) {
      return new PacketContext.Decision(PacketContext.DecisionKind.FORWARD, eval.num(f.port()));
    } else if (d instanceof Stmt.Reply) {
      return new PacketContext.Decision(
          PacketContext.DecisionKind.FORWARD, BigInteger.valueOf(ctx.ingressPort));
    } else if (d instanceof Stmt.Drop) {
      return new PacketContext.Decision(PacketContext.DecisionKind.DROP, BigInteger.ZERO);
    } else if (d instanceof Stmt.Punt p) {
      return new PacketContext.Decision(PacketContext.DecisionKind.PUNT, eval.num(p.reason()));
    } else if (d instanceof Stmt.Broadcast) {
      return new PacketContext.Decision(PacketContext.DecisionKind.BROADCAST, BigInteger.ZERO);
    } else if (d instanceof Stmt.Multicast m) {
      return new PacketContext.Decision(
          PacketContext.DecisionKind.MULTICAST, eval.num(m.portBitmap()));
    }
    throw new CompilerBugException("unknown decision " + d.getClass().getSimpleName());
  }

  /** Writes {@code value} to an assignable expression; writes to invalid headers are ignored. */
  private void assign(Expr target, Object value) {
    if (target instanceof Expr.LocalRef l) {
      ctx.locals.put(l.local().id(), fit(value, l.type()));
    } else if (target instanceof Expr.MetaRef m) {
      ctx.meta.put(m.field().name(), fit(value, m.type()));
    } else if (target instanceof Expr.FieldRef f) {
      HeaderValue h = f.header() == null ? null : ctx.resolve(f.header());
      if (h != null && h.valid) {
        h.set(f.field(), fit(value, f.type()));
      }
    } else if (target instanceof Expr.Slice s) {
      BigInteger old = eval.num(s.operand());
      BigInteger mask = BitValues.mask(s.hi() - s.lo() + 1).shiftLeft(s.lo());
      BigInteger bits = ((BigInteger) value).shiftLeft(s.lo()).and(mask);
      assign(s.operand(), old.andNot(mask).or(bits));
    } else {
      throw new CompilerBugException(
          "cannot assign to " + target.getClass().getSimpleName() + " (" + target.span() + ")");
    }
  }

  private static Object fit(Object value, dev.oasis.compiler.ir.Type type) {
    if (value instanceof BigInteger b && type instanceof dev.oasis.compiler.ir.Type.Bit bit) {
      return b.and(BitValues.mask(bit.width()));
    }
    if (value instanceof byte[] bytes) {
      return bytes.clone();
    }
    return value;
  }

  /** Extract statements of the parser. */
  static final class Extractor {
    private final PacketContext ctx;
    private final Evaluator eval;

    Extractor(PacketContext ctx, Evaluator eval) {
      this.ctx = ctx;
      this.eval = eval;
    }

    /**
     * {@code extract(h)}: reads the header at the parser's position, fixed part first, then each
     * variable field after its length is known. On a failure the header becomes invalid (its fields
     * keep their earlier values), and the position does not move.
     */
    void extract(Expr target) {
      HeaderValue h;
      if (target instanceof Expr.StackRef s) {
        HeaderValue[] elements = ctx.elements(s.instance());
        int next = 0;
        for (int i = 0; i < elements.length; i++) {
          if (elements[i].valid) {
            next = i + 1;
          }
        }
        if (next == elements.length) {
          throw new ParseErrors.Signal(ParseErrors.STACK_OVERFLOW);
        }
        h = elements[next];
      } else {
        h = ctx.resolve((Expr.HeaderRef) target);
      }
      read(h);
    }

    private void read(HeaderValue h) {
      HeaderType type = h.type;
      long available = (long) (ctx.frame.length - ctx.position) * 8;
      if (available < type.fixedBits()) {
        fail(h, ParseErrors.PACKET_TOO_SHORT);
      }
      HeaderValue scratch = h.blank();
      long bit = (long) ctx.position * 8;
      long end = (long) ctx.frame.length * 8;
      HeaderValue previous = ctx.extracting;
      ctx.extracting = scratch;
      try {
        for (int i = 0; i < type.fields().size(); i++) {
          HeaderType.Field f = type.fields().get(i);
          if (f.isVariable()) {
            BigInteger length = eval.length(f.length());
            if (length.compareTo(BigInteger.valueOf(f.maxBytes())) > 0) {
              fail(h, ParseErrors.HEADER_TOO_LONG);
            }
            long bits = length.longValue() * 8;
            if (bit + bits > end) {
              fail(h, ParseErrors.PACKET_TOO_SHORT);
            }
            scratch.fields[i] =
                BitValues.toBytes(Bits.read(ctx.frame, bit, (int) bits), (int) length.longValue());
            bit += bits;
          } else {
            if (bit + f.width() > end) {
              fail(h, ParseErrors.PACKET_TOO_SHORT);
            }
            scratch.fields[i] = Bits.read(ctx.frame, bit, f.width());
            bit += f.width();
          }
        }
      } finally {
        ctx.extracting = previous;
      }
      h.copyFields(scratch.fields);
      h.valid = true;
      ctx.position = (int) (bit / 8);
    }

    private static void fail(HeaderValue h, int code) {
      h.valid = false;
      throw new ParseErrors.Signal(code);
    }
  }
}
