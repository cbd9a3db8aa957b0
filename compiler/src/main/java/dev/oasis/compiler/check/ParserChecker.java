package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Parsing;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the states of the parser (statements, select subjects and keysets, reject reasons) into a
 * {@link ParserGraph} with {@code start} first. Targets stay names: whether they exist, and the
 * shape of the graph, are checked by {@link dev.oasis.compiler.passes.CheckParserGraph}, so the
 * graph keeps duplicate states and cases whose keyset has an error (as match-all).
 */
final class ParserChecker {
  private final Env env;

  ParserChecker(Env env) {
    this.env = env;
  }

  ParserGraph check(Decl.Parser parser) {
    List<ParserGraph.State> states = new ArrayList<>();
    for (Parsing.State s : parser.states()) {
      String name = s.name().text();
      if (name.equals("accept") || name.equals("reject")) {
        env.diags.error(SemanticCodes.RESERVED_STATE, s.name().span(), name);
        continue;
      }
      Body body = Body.parserState(name);
      List<Stmt> statements = new StmtChecker(env, body).statements(s.statements());
      ParserGraph.Transition transition = transition(s.transition(), body);
      ParserGraph.State state = new ParserGraph.State(name, statements, transition, s.span());
      if (name.equals("start")) {
        states.add(0, state);
      } else {
        states.add(state);
      }
    }
    return new ParserGraph(states, parser.span());
  }

  private ParserGraph.Transition transition(Parsing.Transition t, Body body) {
    if (t instanceof Parsing.Direct d) {
      return new ParserGraph.Goto(target(d.target(), body), d.span());
    }
    Parsing.Select select = (Parsing.Select) t;
    ExprChecker ex = new ExprChecker(env, body);
    List<Expr> subjects = new ArrayList<>();
    List<SemType> types = new ArrayList<>();
    for (dev.oasis.dsl.ast.Expr subject : select.subjects()) {
      Typed typed = ex.check(subject, null);
      Expr ir = ex.sized(typed, "a select subject", "16w0");
      boolean ok =
          typed.type().isBit() || typed.type().isBool() || typed.type() instanceof SemType.Enum;
      if (ir != null && !ok) {
        env.diags.error(SemanticCodes.BAD_SELECT_SUBJECT, subject.span(), typed.type());
        ir = null;
      }
      subjects.add(
          ir == null
              ? new Expr.Const(
                  java.math.BigInteger.ZERO, dev.oasis.compiler.ir.Type.bit(1), subject.span())
              : ir);
      types.add(ir == null ? SemType.POISON : typed.type());
    }
    Keysets keysets = new Keysets(env);
    List<ParserGraph.Case> cases = new ArrayList<>();
    for (Parsing.Case c : select.cases()) {
      List<Match> matches = keysets.select(c.keys(), types, c.span());
      if (matches == null) {
        matches = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
          matches.add(Match.ANY);
        }
      }
      cases.add(new ParserGraph.Case(matches, target(c.target(), body), c.span()));
    }
    return new ParserGraph.Select(subjects, cases, select.span());
  }

  private ParserGraph.Target target(Parsing.Target t, Body body) {
    if (t instanceof Parsing.StateName s) {
      String name = s.name().text();
      return name.equals("accept") ? new ParserGraph.Accept() : new ParserGraph.ToState(name);
    }
    Parsing.Reject reject = (Parsing.Reject) t;
    if (reject.reason() == null) {
      return new ParserGraph.Reject(Decls.ErrorCode.REJECTED);
    }
    if (reject.reason() instanceof dev.oasis.dsl.ast.Expr.ErrorLit l) {
      Decls.ErrorCode code = new ExprChecker(env, body).errorCode(l);
      return new ParserGraph.Reject(code == null ? Decls.ErrorCode.REJECTED : code);
    }
    env.diags.error(
        SemanticCodes.BAD_REJECT_REASON, reject.reason().span(), reject.reason().span().text());
    return new ParserGraph.Reject(Decls.ErrorCode.REJECTED);
  }
}
