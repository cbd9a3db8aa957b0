package dev.oasis.compiler.ir;

import dev.oasis.dsl.diag.Span;
import java.util.List;

/**
 * A match-action table. {@code defaultAction} is never null: a table without one uses the built-in
 * no-op action {@code NoAction}. {@code entries} are the program's constant entries, installed
 * before the first packet; priorities are 0 where the table has no ternary or range key.
 */
public record Table(
    String name,
    List<Decls.Key> keys,
    List<Decls.Action> actions,
    Decls.ActionCall defaultAction,
    int size,
    boolean directCounters,
    List<ConstEntry> entries,
    Span span) {

  public Table {
    keys = List.copyOf(keys);
    actions = List.copyOf(actions);
    entries = List.copyOf(entries);
  }

  /** A constant entry: one match per key element, in key order. */
  public record ConstEntry(List<Match> matches, Decls.ActionCall action, int priority, Span span) {
    public ConstEntry {
      matches = List.copyOf(matches);
    }
  }

  /** True if entries need priorities: the table has a ternary or range key element. */
  public boolean needsPriority() {
    return keys.stream()
        .anyMatch(k -> k.kind() == Decls.MatchKind.TERNARY || k.kind() == Decls.MatchKind.RANGE);
  }

  public Decls.Action action(String actionName) {
    return actions.stream().filter(a -> a.name().equals(actionName)).findFirst().orElse(null);
  }
}
