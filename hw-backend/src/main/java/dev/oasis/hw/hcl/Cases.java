package dev.oasis.hw.hcl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The handle returned by {@link Component#switchOn}: adds the cases of a {@code case} statement.
 *
 * <pre>{@code
 * switchOn(address)
 *     .is(0, () -> data.assign(MAGIC))
 *     .is(1, () -> data.assign(VERSION))
 *     .otherwise(() -> data.assign(ZERO));
 * }</pre>
 */
public final class Cases {

  private final Component owner;
  private final Statement.Switch statement;

  Cases(Component owner, Statement.Switch statement) {
    this.owner = owner;
    this.statement = statement;
  }

  /** Adds a case taken when the selector equals {@code value}. */
  public Cases is(long value, Runnable body) {
    return is(BigInteger.valueOf(value), body);
  }

  public Cases is(BigInteger value, Runnable body) {
    Width w = statement.selector().width();
    Value.literal(value, HwType.Kind.UINT, w);
    for (Statement.Case c : statement.cases()) {
      if (c.value().equals(value)) {
        throw new IllegalArgumentException("case " + value + " appears twice in one switchOn()");
      }
    }
    List<Statement> stmts = new ArrayList<>();
    statement.cases().add(new Statement.Case(value, stmts));
    owner.runIn(stmts, body);
    return this;
  }

  /** Adds the case taken when no value matches. */
  public void otherwise(Runnable body) {
    if (!statement.otherwise().isEmpty()) {
      throw new IllegalStateException("switchOn() already has an otherwise() case");
    }
    owner.runIn(statement.otherwise(), body);
  }
}
