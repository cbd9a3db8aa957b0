package dev.oasis.compiler.passes;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.ir.Table;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a whole program bottom up, so that a pass only says what it changes: override {@link
 * #leave(Expr)} to rewrite an expression whose children are already rewritten, {@link #leave(Stmt)}
 * to replace a statement by zero or more statements, or {@link #statements} to act on a whole list.
 *
 * <p>IR nodes refer to actions and tables by identity, so the rewriter rebuilds actions first, then
 * tables (whose action lists, default actions and entries point at the new actions), then the code;
 * every {@code ApplyTable}, {@code CallAction} and switch case ends up pointing at the new objects.
 * Header types, header instances, locals and parameters are kept as they are.
 */
public class IrRewriter {
  private final Map<Decls.Action, Decls.Action> actions = new IdentityHashMap<>();
  private final Map<Table, Table> tables = new IdentityHashMap<>();

  /** The program with every action, table, parser state, control and deparser rewritten. */
  public IrProgram rewrite(IrProgram p) {
    actions.put(Decls.NO_ACTION, Decls.NO_ACTION);
    List<Decls.Action> newActions = new ArrayList<>();
    for (Decls.Action a : p.actions()) {
      Decls.Action rewritten = new Decls.Action(a.name(), a.params(), block(a.body()), a.span());
      actions.put(a, rewritten);
      newActions.add(rewritten);
    }
    List<Table> newTables = new ArrayList<>();
    for (Table t : p.tables()) {
      Table rewritten = table(t);
      tables.put(t, rewritten);
      newTables.add(rewritten);
    }
    ParserGraph parser = p.parser() == null ? null : parser(p.parser());
    Stmt.Block control = p.control() == null ? null : block(p.control());
    List<Stmt.Emit> deparser = new ArrayList<>();
    for (Stmt.Emit e : p.deparser()) {
      deparser.add(new Stmt.Emit(expr(e.header()), e.span()));
    }
    return new IrProgram(
        p.name(),
        p.config(),
        p.headerTypes(),
        p.headers(),
        p.metadata(),
        p.errors(),
        p.counters(),
        p.registers(),
        p.maps(),
        newActions,
        newTables,
        parser,
        control,
        deparser,
        p.span());
  }

  /** The rewritten version of {@code a} (actions are rewritten before anything refers to them). */
  protected final Decls.Action action(Decls.Action a) {
    Decls.Action mapped = actions.get(a);
    if (mapped == null) {
      throw new dev.oasis.dsl.diag.CompilerBugException(
          "action '" + a.name() + "' is not an action of the program");
    }
    return mapped;
  }

  private Table table(Table t) {
    List<Decls.Key> keys = new ArrayList<>();
    for (Decls.Key k : t.keys()) {
      keys.add(new Decls.Key(k.name(), expr(k.expr()), k.kind(), k.span()));
    }
    List<Decls.Action> tableActions = t.actions().stream().map(this::action).toList();
    List<Table.ConstEntry> entries = new ArrayList<>();
    for (Table.ConstEntry e : t.entries()) {
      entries.add(new Table.ConstEntry(e.matches(), call(e.action()), e.priority(), e.span()));
    }
    return new Table(
        t.name(),
        keys,
        tableActions,
        call(t.defaultAction()),
        t.size(),
        t.directCounters(),
        entries,
        t.span());
  }

  private Decls.ActionCall call(Decls.ActionCall c) {
    return new Decls.ActionCall(action(c.action()), c.args(), c.span());
  }

  private ParserGraph parser(ParserGraph g) {
    List<ParserGraph.State> states = new ArrayList<>();
    for (ParserGraph.State s : g.states()) {
      ParserGraph.Transition t = s.transition();
      if (t instanceof ParserGraph.Select select) {
        List<Expr> subjects = Exprs.mapAll(select.subjects(), this::expr);
        t = new ParserGraph.Select(subjects, select.cases(), select.span());
      }
      states.add(new ParserGraph.State(s.name(), statements(s.statements()), t, s.span()));
    }
    return new ParserGraph(states, g.span());
  }

  // ---- expressions --------------------------------------------------------------------------

  /** Rewrites {@code e}: its children first, then {@link #leave(Expr)}. */
  protected final Expr expr(Expr e) {
    if (e instanceof Expr.ApplyTable a) {
      Table t = tables.get(a.table());
      if (t == null) {
        throw new dev.oasis.dsl.diag.CompilerBugException(
            "table '" + a.table().name() + "' is not a table of the program");
      }
      return leave(new Expr.ApplyTable(t, a.span()));
    }
    return leave(Exprs.mapChildren(e, this::expr));
  }

  /** Hook: {@code e} with rewritten children. Must keep HeaderRef and ApplyTable kinds. */
  protected Expr leave(Expr e) {
    return e;
  }

  // ---- statements ---------------------------------------------------------------------------

  protected Stmt.Block block(Stmt.Block b) {
    return new Stmt.Block(statements(b.statements()), b.span());
  }

  /** Rewrites a list of statements in order. */
  protected List<Stmt> statements(List<Stmt> list) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : list) {
      out.addAll(statement(s));
    }
    return out;
  }

  /** Rewrites {@code s}: its parts first, then {@link #leave(Stmt)}. */
  protected final List<Stmt> statement(Stmt s) {
    return leave(children(s));
  }

  /** Hook: {@code s} with rewritten parts, replaced by the returned statements. */
  protected List<Stmt> leave(Stmt s) {
    return List.of(s);
  }

  private Stmt children(Stmt s) {
    if (s instanceof Stmt.Block b) {
      return block(b);
    } else if (s instanceof Stmt.If i) {
      return new Stmt.If(expr(i.condition()), block(i.then()), block(i.otherwise()), i.span());
    } else if (s instanceof Stmt.Switch w) {
      List<Stmt.Case> cases = new ArrayList<>();
      for (Stmt.Case c : w.cases()) {
        Decls.Action a = c.action() == null ? null : action(c.action());
        cases.add(new Stmt.Case(a, block(c.body()), c.span()));
      }
      return new Stmt.Switch((Expr.ApplyTable) expr(w.apply()), cases, w.span());
    } else if (s instanceof Stmt.Declare d) {
      return new Stmt.Declare(d.local(), expr(d.init()), d.span());
    } else if (s instanceof Stmt.Assign a) {
      return new Stmt.Assign(expr(a.target()), expr(a.value()), a.span());
    } else if (s instanceof Stmt.Eval e) {
      return new Stmt.Eval(expr(e.expr()), e.span());
    } else if (s instanceof Stmt.Extract e) {
      return new Stmt.Extract(expr(e.header()), e.span());
    } else if (s instanceof Stmt.SetValidity v) {
      return new Stmt.SetValidity((Expr.HeaderRef) expr(v.header()), v.valid(), v.span());
    } else if (s instanceof Stmt.Emit e) {
      return new Stmt.Emit(expr(e.header()), e.span());
    } else if (s instanceof Stmt.CallAction c) {
      return new Stmt.CallAction(action(c.action()), Exprs.mapAll(c.args(), this::expr), c.span());
    } else if (s instanceof Stmt.Count c) {
      return new Stmt.Count(c.counter(), expr(c.index()), c.span());
    } else if (s instanceof Stmt.RegisterWrite w) {
      return new Stmt.RegisterWrite(w.register(), expr(w.index()), expr(w.value()), w.span());
    } else if (s instanceof Stmt.Forward f) {
      return new Stmt.Forward(expr(f.port()), f.span());
    } else if (s instanceof Stmt.Punt p) {
      return new Stmt.Punt(expr(p.reason()), p.span());
    } else if (s instanceof Stmt.Multicast m) {
      return new Stmt.Multicast(expr(m.portBitmap()), m.span());
    }
    // Return, Reply, Drop, Broadcast, DiscardPayload have no parts.
    return s;
  }
}
