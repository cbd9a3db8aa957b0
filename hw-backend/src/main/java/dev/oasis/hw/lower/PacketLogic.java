package dev.oasis.hw.lower;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.ir.Table;
import dev.oasis.dsl.diag.CompilerBugException;
import dev.oasis.hw.hcl.Bits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers statements to combinational logic by if-conversion: the walk keeps a path condition, and
 * every write becomes {@code new = guard ? value : old}, where the guard is the path condition of
 * the statement and "no return has run". Both branches of an {@code if} are walked one after the
 * other on the same {@link PacketState}; the writes of one are invisible to the other because their
 * guards exclude each other. A table apply compares the key with every slot at once and walks every
 * action's body under "this action was chosen".
 */
final class PacketLogic {
  final IrProgram program;
  final Nets nets;
  final PacketState state;
  final Inputs inputs;
  final Map<Table, TableEntries> tables;
  final ExprLowering exprs;
  private Bits pathCondition = Nets.one();
  private final List<Bits> returned = new ArrayList<>();
  Map<Decls.Param, Bits> params = new HashMap<>();

  /** The captured frame: header bytes (byte 0 in the most significant bits) and metadata. */
  record Inputs(
      Bits headerBytes, int headerLength, Bits length, Bits ingressPort, Bits timestamp) {}

  PacketLogic(IrProgram program, Nets nets, Inputs inputs, Map<Table, TableEntries> tables) {
    this.program = program;
    this.nets = nets;
    this.state = new PacketState(program);
    this.inputs = inputs;
    this.tables = tables;
    this.exprs = new ExprLowering(this);
  }

  /** The condition under which the statement being lowered runs. */
  Bits guard() {
    Bits g = pathCondition;
    for (Bits r : returned) {
      g = g.and(r.not());
    }
    return g;
  }

  /** Runs {@code body} with the path condition narrowed by {@code condition}. */
  void under(Bits condition, Runnable body) {
    Bits saved = pathCondition;
    pathCondition = nets.net("path", saved.and(condition));
    try {
      body.run();
    } finally {
      pathCondition = saved;
    }
  }

  /** {@code old} replaced by {@code value} when the current statement runs. */
  Bits write(String name, Bits old, Bits value) {
    return nets.net(name, Nets.mux(guard(), value, old));
  }

  /** Lowers {@code s}; what it declares carries its source line as a comment. */
  void statement(Stmt s) {
    if (s instanceof Stmt.Block) {
      lowerStatement(s);
    } else {
      nets.at(s.span(), () -> lowerStatement(s));
    }
  }

  private void lowerStatement(Stmt s) {
    if (s instanceof Stmt.Block b) {
      b.statements().forEach(this::statement);
    } else if (s instanceof Stmt.If i) {
      Bits condition = condition(i.condition());
      under(condition, () -> statement(i.then()));
      under(condition.not(), () -> statement(i.otherwise()));
    } else if (s instanceof Stmt.Switch sw) {
      Applied a = apply(sw.apply().table());
      Bits none = Nets.one();
      for (Stmt.Case c : sw.cases()) {
        if (c.action() != null) {
          Bits chosen = a.actionIs(c.action());
          none = none.and(chosen.not());
          under(chosen, () -> statement(c.body()));
        }
      }
      for (Stmt.Case c : sw.cases()) {
        if (c.action() == null) {
          under(nets.net("switch_default", none), () -> statement(c.body()));
        }
      }
    } else if (s instanceof Stmt.Declare d) {
      Bits old = state.locals.getOrDefault(d.local().id(), Nets.zero(width(d.local().type())));
      state.locals.put(d.local().id(), write(d.local().name(), old, exprs.lower(d.init())));
    } else if (s instanceof Stmt.Assign a) {
      assign(a.target(), exprs.lower(a.value()));
    } else if (s instanceof Stmt.Eval e) {
      if (e.expr() instanceof Expr.ApplyTable at) {
        apply(at.table());
      } else {
        exprs.lower(e.expr());
      }
    } else if (s instanceof Stmt.SetValidity v) {
      Decls.HeaderInstance h = v.header().instance();
      state.valid.put(
          h, write(h.name() + "_valid", state.valid.get(h), v.valid() ? Nets.one() : Nets.zero(1)));
    } else if (s instanceof Stmt.CallAction c) {
      List<Bits> args = new ArrayList<>();
      for (Expr a : c.args()) {
        args.add(exprs.lower(a));
      }
      runAction(c.action(), args);
    } else if (s instanceof Stmt.Return) {
      if (returned.isEmpty()) {
        throw new CompilerBugException("return outside an action or the control");
      }
      endPath();
    } else if (s instanceof Stmt.Count c) {
      state.counts.add(new PacketState.CountEvent(c.counter(), guard(), exprs.lower(c.index())));
    } else if (s instanceof Stmt.RegisterWrite w) {
      Bits index = exprs.lower(w.index());
      Bits value = exprs.lower(w.value());
      Bits[] cells = state.registers.get(w.register());
      int iw = index.width().value();
      for (int i = 0; i < cells.length && (iw >= 31 || i < (1 << iw)); i++) {
        Bits at = index.eq(Nets.constant(i, iw)).asBits();
        cells[i] =
            nets.net(w.register().name() + "_" + i, Nets.mux(guard().and(at), value, cells[i]));
      }
    } else if (s instanceof Stmt.Forward f) {
      decide(PacketState.FORWARD, exprs.lower(f.port()));
    } else if (s instanceof Stmt.Reply) {
      decide(PacketState.FORWARD, inputs.ingressPort());
    } else if (s instanceof Stmt.Drop) {
      decide(PacketState.DROP, Nets.zero(16));
    } else if (s instanceof Stmt.Punt p) {
      decide(PacketState.PUNT, exprs.lower(p.reason()));
    } else if (s instanceof Stmt.DiscardPayload) {
      state.discardPayload = write("discard_payload", state.discardPayload, Nets.one());
    } else {
      throw new CompilerBugException(
          "the hardware lowering cannot lower " + s.getClass().getSimpleName() + " here");
    }
  }

  /** Runs the control body: a return in it ends the control. */
  void control(Bits enabled, Stmt.Block body) {
    under(enabled, () -> scoped(() -> statement(body)));
  }

  /** Ends the current path: later statements of the same scope do not run on it. */
  void endPath() {
    int last = returned.size() - 1;
    returned.set(last, nets.net("ended", returned.get(last).or(guard())));
  }

  /** {@code width} bits of the captured header bytes from bit {@code bitOffset} of the frame. */
  Bits headerSlice(int bitOffset, int width) {
    int top = inputs.headerLength() * 8 - 1 - bitOffset;
    return inputs.headerBytes().slice(top, top - width + 1);
  }

  void scoped(Runnable body) {
    returned.add(Nets.zero(1));
    try {
      body.run();
    } finally {
      returned.remove(returned.size() - 1);
    }
  }

  /**
   * An if condition. The table applies in it (always evaluated: not behind {@code &&}, {@code ||}
   * or {@code ?:}, which CheckHardwareSubset ensures) run first, in evaluation order.
   */
  private Bits condition(Expr e) {
    for (Expr.HitOrMiss hm : eagerApplies(e, new ArrayList<>())) {
      Applied a = apply(hm.apply().table());
      exprs.applied.put(hm, hm.miss() ? a.hit().not() : a.hit());
    }
    return nets.net("cond", exprs.lower(e));
  }

  /** The {@code t.apply().hit/.miss} in {@code e} that are evaluated whatever the values. */
  static List<Expr.HitOrMiss> eagerApplies(Expr e, List<Expr.HitOrMiss> out) {
    if (e instanceof Expr.HitOrMiss hm) {
      out.add(hm);
    } else if (e instanceof Expr.Unary u) {
      eagerApplies(u.operand(), out);
    } else if (e instanceof Expr.Binary b) {
      eagerApplies(b.left(), out);
      if (b.op() != Expr.BinaryOp.AND && b.op() != Expr.BinaryOp.OR) {
        eagerApplies(b.right(), out);
      }
    } else if (e instanceof Expr.Conditional c) {
      eagerApplies(c.condition(), out);
    } else if (e instanceof Expr.Cast c) {
      eagerApplies(c.operand(), out);
    }
    return out;
  }

  private void decide(int kind, Bits operand) {
    state.decisionKind =
        write("decision", state.decisionKind, Nets.constant(kind, PacketState.KIND_WIDTH));
    state.decisionOperand = write("decision_operand", state.decisionOperand, operand);
  }

  private void assign(Expr target, Bits value) {
    if (target instanceof Expr.LocalRef l) {
      Bits old = state.locals.getOrDefault(l.local().id(), Nets.zero(width(l.type())));
      state.locals.put(l.local().id(), write(l.local().name(), old, value));
    } else if (target instanceof Expr.MetaRef m) {
      String name = m.field().name();
      state.meta.put(name, write("meta_" + name, state.meta.get(name), value));
    } else if (target instanceof Expr.FieldRef f) {
      Decls.HeaderInstance h = f.header().instance();
      int index = h.type().fields().indexOf(f.field());
      Bits[] values = state.fields.get(h);
      Bits v = state.valid.get(h);
      Bits old = values[index];
      values[index] =
          nets.net(h.name() + "_" + f.field().name(), Nets.mux(guard().and(v), value, old));
    } else {
      throw new CompilerBugException("cannot assign to " + target.getClass().getSimpleName());
    }
  }

  /** The result of one {@code t.apply()}. */
  record Applied(Table table, Bits hit, Bits action) {
    Bits actionIs(Decls.Action a) {
      int id = table.actions().indexOf(a);
      if (id < 0) {
        return Nets.zero(1);
      }
      return action.eq(Nets.constant(id, action.width().value())).asBits();
    }
  }

  /** Looks the key up in every slot (the lowest matching slot wins) and runs the chosen action. */
  Applied apply(Table t) {
    TableEntries entries = tables.get(t);
    String n = t.name();
    List<Bits> keyParts = new ArrayList<>();
    for (Decls.Key k : t.keys()) {
      keyParts.add(exprs.lower(k.expr()));
    }
    Bits key = nets.net(n + "_key", Bits.cat(keyParts));
    int aw = TableEntries.actionWidth(t);
    int pw = TableEntries.paramWidth(t);

    // the default action (the control plane may replace it), unless a slot matches
    Bits action = entries.defaultAction();
    Bits params = entries.defaultParams();
    Bits hit = Nets.zero(1);
    List<Bits> matches = new ArrayList<>();
    for (int i = 0; i < entries.slots().size(); i++) {
      matches.add(nets.net(n + "_match_" + i, slotMatches(t, entries.slots().get(i), key)));
    }
    List<Bits> chosen = new ArrayList<>();
    if (entries.slots().isEmpty() || entries.slots().get(0).score() == null) {
      // the lowest matching slot wins: walk from the last slot to the first
      for (int i = entries.slots().size() - 1; i >= 0; i--) {
        TableEntries.Slot s = entries.slots().get(i);
        action = Nets.mux(matches.get(i), s.action(), action);
        params = Nets.mux(matches.get(i), s.params(), params);
        hit = hit.or(matches.get(i));
      }
      Bits earlier = Nets.zero(1);
      for (Bits m : matches) {
        chosen.add(m.and(earlier.not()));
        earlier = nets.net(n + "_matched_before", earlier.or(m));
      }
    } else {
      // the highest score wins, then the lowest slot: a slot takes over only with a higher score
      Bits best = Nets.zero(TableEntries.SCORE_WIDTH);
      List<Bits> takes = new ArrayList<>();
      for (int i = 0; i < entries.slots().size(); i++) {
        TableEntries.Slot s = entries.slots().get(i);
        Bits better = hit.not().or(s.score().asUInt().gt(best.asUInt()).asBits());
        Bits take = nets.net(n + "_take_" + i, matches.get(i).and(better));
        takes.add(take);
        best = nets.net(n + "_best", Nets.mux(take, s.score(), best));
        action = nets.net(n + "_best_action", Nets.mux(take, s.action(), action));
        params = nets.net(n + "_best_params", Nets.mux(take, s.params(), params));
        hit = nets.net(n + "_any", hit.or(matches.get(i)));
      }
      Bits later = Nets.zero(1);
      List<Bits> reversed = new ArrayList<>();
      for (int i = takes.size() - 1; i >= 0; i--) {
        reversed.add(0, takes.get(i).and(later.not()));
        later = nets.net(n + "_taken_after", later.or(takes.get(i)));
      }
      chosen.addAll(reversed);
    }
    Bits chosenAction = nets.net(n + "_action", action);
    Bits chosenParams = nets.net(n + "_params", params);
    Bits hitNet = nets.net(n + "_hit", hit);
    if (t.directCounters()) {
      // the lowest matching slot is the one counted, as it is the one whose action runs
      Bits applied = nets.net(n + "_applied", guard());
      List<Bits> counted = new ArrayList<>();
      for (Bits c : chosen) {
        counted.add(applied.and(c));
      }
      state.tableCounts.add(new PacketState.TableCountEvent(t, counted, applied.and(hitNet.not())));
    }

    for (int id = 0; id < t.actions().size(); id++) {
      Decls.Action a = t.actions().get(id);
      List<Bits> args = new ArrayList<>();
      int top = pw;
      for (Decls.Param p : a.params()) {
        int w = p.type().width();
        args.add(chosenParams.slice(top - 1, top - w));
        top -= w;
      }
      Bits isThis = chosenAction.eq(Nets.constant(id, aw)).asBits();
      under(isThis, () -> runAction(a, args));
    }
    return new Applied(t, hitNet, chosenAction);
  }

  /** Whether slot {@code s} holds an entry that matches {@code key}. */
  private static Bits slotMatches(Table t, TableEntries.Slot s, Bits key) {
    Bits m = s.valid();
    if (s.mask() == null && s.high() == null) {
      return m.and(s.key().eq(key).asBits());
    }
    Bits differ = key.xor(s.key());
    if (s.mask() != null) {
      m = m.and(differ.and(s.mask()).eq(Nets.zero(key.width().value())).asBits());
    }
    int top = key.width().value();
    for (Decls.Key k : t.keys()) {
      int w = k.expr().type().width();
      Bits part = key.slice(top - 1, top - w);
      if (k.kind() == Decls.MatchKind.RANGE) {
        Bits low = s.key().slice(top - 1, top - w);
        Bits high = s.high().slice(top - 1, top - w);
        m =
            m.and(part.asUInt().ge(low.asUInt()).asBits())
                .and(part.asUInt().le(high.asUInt()).asBits());
      } else if (k.kind() == Decls.MatchKind.EXACT && s.mask() == null) {
        m = m.and(part.eq(s.key().slice(top - 1, top - w)).asBits());
      }
      top -= w;
    }
    return m;
  }

  /**
   * The action id of a default action: NoAction, when the table does not list it, is past the end.
   */
  static int defaultActionId(Table t) {
    Decls.ActionCall def = t.defaultAction();
    return def.action().isNoAction() && t.action(def.action().name()) == null
        ? t.actions().size()
        : t.actions().indexOf(def.action());
  }

  /** The parameter vector of a constant action call, first parameter in the high bits. */
  static BigInteger constantParamValue(Decls.ActionCall call, int width) {
    BigInteger v = BigInteger.ZERO;
    int used = 0;
    for (int i = 0; i < call.args().size(); i++) {
      int w = call.action().params().get(i).type().width();
      v = v.shiftLeft(w).or(call.args().get(i));
      used += w;
    }
    return v.shiftLeft(width - used);
  }

  private void runAction(Decls.Action a, List<Bits> args) {
    Map<Decls.Param, Bits> saved = params;
    params = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      params.put(a.params().get(i), args.get(i));
    }
    try {
      scoped(() -> statement(a.body()));
    } finally {
      params = saved;
    }
  }

  /** The value of a header field: zero while the header is invalid. */
  Bits field(Decls.HeaderInstance h, HeaderType.Field f) {
    Bits v = state.fields.get(h)[h.type().fields().indexOf(f)];
    return Nets.mux(state.valid.get(h), v, Nets.zero(f.width()));
  }

  static int width(dev.oasis.compiler.ir.Type t) {
    return t.width();
  }
}
