package dev.oasis.compiler.schema;

import java.math.BigInteger;
import java.util.List;

/**
 * A table: stable id, name, key elements in order, the actions an entry may use, size (maximum
 * number of entries), default action and whether entries have direct counters. {@code
 * needsPriority} is true when a key element is ternary or range: entries then carry a priority.
 */
public record TableSchema(
    int id,
    String name,
    List<KeySchema> keys,
    List<ActionSchema> actions,
    int size,
    DefaultAction defaultAction,
    boolean directCounters,
    boolean needsPriority) {

  public TableSchema {
    keys = List.copyOf(keys);
    actions = List.copyOf(actions);
  }

  /** The default action the program declares (the built-in {@code NoAction} if none). */
  public record DefaultAction(ActionSchema action, List<BigInteger> args) {
    public DefaultAction {
      args = List.copyOf(args);
    }
  }

  /** An action an entry of this table may use, or null. */
  public ActionSchema action(String actionName) {
    return actions.stream().filter(a -> a.name().equals(actionName)).findFirst().orElse(null);
  }

  /** An action the default may be set to: one of {@link #actions} or the declared default. */
  public ActionSchema defaultCandidate(String actionName) {
    ActionSchema a = action(actionName);
    if (a == null && defaultAction.action().name().equals(actionName)) {
      return defaultAction.action();
    }
    return a;
  }

  public KeySchema key(String keyName) {
    return keys.stream().filter(k -> k.name().equals(keyName)).findFirst().orElse(null);
  }
}
