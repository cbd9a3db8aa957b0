package dev.oasis.hw.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * The handle returned by {@link Component#when}: adds {@code else if} and {@code else} branches to
 * the conditional statement just recorded. Each body runs at once, with its assignments recorded
 * under its condition.
 *
 * <pre>{@code
 * when(s.fire(), () -> count.assign(count.add(1)))
 *     .elseWhen(clear, () -> count.assign(UInt.of(0, 32)));
 * }</pre>
 */
public final class When {

  private final Component owner;
  private final Statement.If statement;

  When(Component owner, Statement.If statement) {
    this.owner = owner;
    this.statement = statement;
  }

  /** Adds a branch taken when no earlier condition holds and {@code condition} does. */
  public When elseWhen(Bool condition, Runnable body) {
    List<Statement> stmts = new ArrayList<>();
    statement.branches().add(new Statement.Branch(condition.expr(), stmts));
    owner.runIn(stmts, body);
    return this;
  }

  /** Adds the branch taken when no condition holds. */
  public void otherwise(Runnable body) {
    if (!statement.otherwise().isEmpty()) {
      throw new IllegalStateException("when() already has an otherwise() branch");
    }
    owner.runIn(statement.otherwise(), body);
  }
}
