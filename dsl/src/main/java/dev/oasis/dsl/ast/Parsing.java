package dev.oasis.dsl.ast;

import dev.oasis.dsl.diag.Span;
import java.util.List;

/** The nodes of a parser block: states, transitions and select cases. */
public final class Parsing {
  private Parsing() {}

  /** {@code state NAME { statements transition }}. */
  public record State(Name name, List<Stmt> statements, Transition transition, Span span)
      implements Node {
    public State {
      statements = List.copyOf(statements);
    }
  }

  /** How a state ends. */
  public sealed interface Transition extends Node {}

  /** {@code transition target;}. */
  public record Direct(Target target, Span span) implements Transition {}

  /** {@code transition select (e1, e2) { keyset: target; ... }}. */
  public record Select(List<Expr> subjects, List<Case> cases, Span span) implements Transition {
    public Select {
      subjects = List.copyOf(subjects);
      cases = List.copyOf(cases);
    }
  }

  /** {@code keyset: target;} in a select. */
  public record Case(List<KeyValue> keys, Target target, Span span) implements Node {
    public Case {
      keys = List.copyOf(keys);
    }
  }

  /** Where a transition goes. */
  public sealed interface Target extends Node {}

  /** A state by name; {@code accept} is the built-in final state. */
  public record StateName(Name name) implements Target {
    @Override
    public Span span() {
      return name.span();
    }
  }

  /** {@code reject} or {@code reject(error.X)}; {@code reason} is null without one. */
  public record Reject(Expr reason, Span span) implements Target {}
}
