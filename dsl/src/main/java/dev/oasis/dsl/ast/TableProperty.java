package dev.oasis.dsl.ast;

import dev.oasis.dsl.diag.Span;
import java.util.List;

/** The parts of a table declaration. Which may appear, and how often, is checked later. */
public sealed interface TableProperty extends Node {

  /** {@code key { expr: kind [as alias]; ... }}. */
  record Key(List<KeyElement> elements, Span span) implements TableProperty {
    public Key {
      elements = List.copyOf(elements);
    }
  }

  /** One key element; {@code alias} is null when absent (then the key is named by its text). */
  record KeyElement(Expr expr, Name matchKind, Name alias, Span span) implements Node {}

  /** {@code actions { a; b; }}. */
  record Actions(List<Name> actions, Span span) implements TableProperty {
    public Actions {
      actions = List.copyOf(actions);
    }
  }

  /** {@code default_action = a(args);}. */
  record DefaultAction(ActionRef action, Span span) implements TableProperty {}

  /** {@code entries { keyset : action(args) [priority p]; ... }}: constant entries. */
  record Entries(List<Entry> entries, Span span) implements TableProperty {
    public Entries {
      entries = List.copyOf(entries);
    }
  }

  /** {@code name = value;}: size, counters, and other scalar properties. */
  record Value(Name name, Expr value, Span span) implements TableProperty {}

  /** A reference to an action with arguments; {@code args} is empty without parentheses. */
  record ActionRef(Name name, List<Expr> args, Span span) implements Node {
    public ActionRef {
      args = List.copyOf(args);
    }
  }

  /** One constant entry; {@code priority} is null when absent. */
  record Entry(List<KeyValue> keys, ActionRef action, Expr priority, Span span) implements Node {
    public Entry {
      keys = List.copyOf(keys);
    }
  }
}
