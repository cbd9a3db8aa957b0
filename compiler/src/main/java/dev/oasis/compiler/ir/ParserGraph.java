package dev.oasis.compiler.ir;

import dev.oasis.dsl.diag.Span;
import java.util.List;

/** The parser: states by name, {@code start} first. Targets refer to states by name. */
public record ParserGraph(List<ParserGraph.State> states, Span span) {

  public ParserGraph {
    states = List.copyOf(states);
  }

  /** A state: statements (extracts, assignments, locals), then a transition. */
  public record State(String name, List<Stmt> statements, Transition transition, Span span) {
    public State {
      statements = List.copyOf(statements);
    }
  }

  /** How a state ends. */
  public sealed interface Transition {
    Span span();
  }

  /** Unconditional transition. */
  public record Goto(Target target, Span span) implements Transition {}

  /** {@code select}: cases in order, first match wins; no match is the NoMatch parse error. */
  public record Select(List<Expr> subjects, List<Case> cases, Span span) implements Transition {
    public Select {
      subjects = List.copyOf(subjects);
      cases = List.copyOf(cases);
    }
  }

  /** One select case: one {@link Match} per subject. */
  public record Case(List<Match> matches, Target target, Span span) {
    public Case {
      matches = List.copyOf(matches);
    }
  }

  /** A transition target. */
  public sealed interface Target {}

  public record ToState(String name) implements Target {}

  public record Accept() implements Target {}

  /** Reject with a parse-error code. */
  public record Reject(Decls.ErrorCode error) implements Target {}

  public State state(String stateName) {
    return states.stream().filter(s -> s.name().equals(stateName)).findFirst().orElse(null);
  }

  public State start() {
    return state("start");
  }
}
