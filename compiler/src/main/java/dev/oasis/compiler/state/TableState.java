package dev.oasis.compiler.state;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.Table;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The entries of one table, its default action and its direct counters.
 *
 * <p>Lookup is deterministic. In a table with a ternary or range key element, the matching entry
 * with the highest priority wins, ties going to the entry inserted first. Otherwise (exact and lpm
 * elements only) the matching entry with the longest lpm prefix wins; at most one entry can match
 * at a given prefix length, since entries with equal keys are refused. Entries are identified by
 * their key alone (canonical form: lpm and ternary values with the bits outside the prefix or mask
 * cleared); priority is kept only for tables that use it and is 0 elsewhere.
 *
 * <p>With {@code counters = true}, every entry and the default action have a packet and byte count.
 * A modified entry keeps its counts and its place in insertion order.
 */
public final class TableState {
  private final Table table;
  private final List<KeyShape> keys;
  private final List<Entry> entries = new ArrayList<>();
  private long nextSequence;
  private Decls.Action defaultAction;
  private List<BigInteger> defaultArgs;
  private long defaultPackets;
  private long defaultBytes;

  /** One installed entry. */
  public static final class Entry {
    private final List<Match> matches;
    private final int priority;
    private final long sequence;
    private Decls.Action action;
    private List<BigInteger> args;
    private long packets;
    private long bytes;

    private Entry(
        List<Match> matches,
        Decls.Action action,
        List<BigInteger> args,
        int priority,
        long sequence) {
      this.matches = List.copyOf(matches);
      this.action = action;
      this.args = List.copyOf(args);
      this.priority = priority;
      this.sequence = sequence;
    }

    /** One canonical match per key element, in key order. */
    public List<Match> matches() {
      return matches;
    }

    public Decls.Action action() {
      return action;
    }

    public List<BigInteger> args() {
      return args;
    }

    public int priority() {
      return priority;
    }

    /** The insertion order: smaller was inserted earlier. */
    public long sequence() {
      return sequence;
    }

    /** The direct counter (zero in a table without counters). */
    public CounterValue counter() {
      return new CounterValue(packets, bytes);
    }
  }

  /** What {@link #apply} chose: a hit on an entry, or the default action on a miss. */
  public record Selection(boolean hit, Decls.Action action, List<BigInteger> args, Entry entry) {}

  public TableState(Table table) {
    this.table = table;
    this.keys = table.keys().stream().map(KeyShape::of).toList();
    this.defaultAction = table.defaultAction().action();
    this.defaultArgs = table.defaultAction().args();
  }

  public Table table() {
    return table;
  }

  public String name() {
    return table.name();
  }

  public List<KeyShape> keys() {
    return keys;
  }

  /** Entries in insertion order. */
  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  public Decls.Action defaultAction() {
    return defaultAction;
  }

  public List<BigInteger> defaultArgs() {
    return defaultArgs;
  }

  /** The default action's direct counter (zero in a table without counters). */
  public CounterValue defaultCounter() {
    return new CounterValue(defaultPackets, defaultBytes);
  }

  /**
   * The entry that key values match, or null on a miss. A value is a {@link BigInteger} for a
   * {@code bit<N>} or bool key element (bool as 0 or 1) and a {@code byte[]} for a byte string.
   */
  public Entry lookup(List<?> keyValues) {
    if (keyValues.size() != keys.size()) {
      throw new IllegalArgumentException(
          "table '" + name() + "' has " + keys.size() + " key elements; got " + keyValues.size());
    }
    Entry best = null;
    for (Entry e : entries) {
      if (matchesAll(e, keyValues) && (best == null || better(e, best))) {
        best = e;
      }
    }
    return best;
  }

  /** {@code t.apply()}: looks up, counts the packet on the chosen entry or default action. */
  public Selection apply(List<?> keyValues, long packetBytes) {
    Entry e = lookup(keyValues);
    if (e == null) {
      if (table.directCounters()) {
        defaultPackets++;
        defaultBytes += packetBytes;
      }
      return new Selection(false, defaultAction, defaultArgs, null);
    }
    if (table.directCounters()) {
      e.packets++;
      e.bytes += packetBytes;
    }
    return new Selection(true, e.action, e.args, e);
  }

  /** Checks and canonicalises an entry's key; throws the error an insert would give. */
  List<Match> canonicalKey(List<Match> matches) {
    if (matches.size() != keys.size()) {
      throw new StateException(
          "table '"
              + name()
              + "' has "
              + keys.size()
              + " key elements ("
              + keys.stream().map(KeyShape::name).collect(Collectors.joining(", "))
              + "); the entry gives "
              + matches.size());
    }
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      out.add(keys.get(i).canonical(matches.get(i)));
    }
    return out;
  }

  void insert(List<Match> matches, String actionName, List<BigInteger> args, int priority) {
    List<Match> key = canonicalKey(matches);
    Decls.Action action = checkAction(actionName, args, false);
    if (table.needsPriority() && priority < 0) {
      throw new StateException("priority " + priority + " is negative; expected 0 or more");
    }
    if (find(key) != null) {
      throw new StateException(
          "table '" + name() + "' already has an entry with key " + describeKey(key));
    }
    if (entries.size() >= table.size()) {
      throw new StateException(
          "table '"
              + name()
              + "' is full (size "
              + table.size()
              + "); cannot insert key "
              + describeKey(key));
    }
    int p = table.needsPriority() ? priority : 0;
    entries.add(new Entry(key, action, args, p, nextSequence++));
  }

  void modify(List<Match> matches, String actionName, List<BigInteger> args) {
    Entry e = findOrFail(canonicalKey(matches));
    e.action = checkAction(actionName, args, false);
    e.args = List.copyOf(args);
  }

  void delete(List<Match> matches) {
    entries.remove(findOrFail(canonicalKey(matches)));
  }

  void setDefaultAction(String actionName, List<BigInteger> args) {
    defaultAction = checkAction(actionName, args, true);
    defaultArgs = List.copyOf(args);
  }

  /** Resolves an action of this table and checks its arguments' number and widths. */
  Decls.Action checkAction(String actionName, List<BigInteger> args, boolean asDefault) {
    Decls.Action action = table.action(actionName);
    Decls.Action declaredDefault = table.defaultAction().action();
    if (action == null && asDefault && declaredDefault.name().equals(actionName)) {
      action = declaredDefault;
    }
    if (action == null) {
      throw new StateException(
          "table '"
              + name()
              + "' has no action '"
              + actionName
              + "'; expected one of "
              + table.actions().stream().map(Decls.Action::name).collect(Collectors.joining(", ")));
    }
    if (args.size() != action.params().size()) {
      throw new StateException(
          "action '"
              + action.name()
              + "' takes "
              + action.params().size()
              + " argument(s); got "
              + args.size());
    }
    for (int i = 0; i < args.size(); i++) {
      Decls.Param p = action.params().get(i);
      int width = p.type().width();
      if (!BitValues.fits(args.get(i), width)) {
        throw new StateException(
            "parameter '"
                + p.name()
                + "' of action '"
                + action.name()
                + "': value "
                + args.get(i)
                + " does not fit in "
                + BitValues.describeRange(width));
      }
    }
    return action;
  }

  /** A key as text for messages: {@code (0xa000000/24, 0x1)}. */
  public static String describeKey(List<Match> key) {
    return "(" + key.stream().map(KeyShape::describe).collect(Collectors.joining(", ")) + ")";
  }

  private Entry findOrFail(List<Match> key) {
    Entry e = find(key);
    if (e == null) {
      throw new StateException("table '" + name() + "' has no entry with key " + describeKey(key));
    }
    return e;
  }

  private Entry find(List<Match> key) {
    for (Entry e : entries) {
      boolean same = true;
      for (int i = 0; i < key.size() && same; i++) {
        same = KeyShape.sameMatch(key.get(i), e.matches.get(i));
      }
      if (same) {
        return e;
      }
    }
    return null;
  }

  private boolean matchesAll(Entry e, List<?> keyValues) {
    for (int i = 0; i < keys.size(); i++) {
      if (!keys.get(i).matches(e.matches.get(i), keyValues.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** True if {@code candidate} beats {@code best}, an entry inserted earlier. */
  private boolean better(Entry candidate, Entry best) {
    if (table.needsPriority()) {
      return candidate.priority > best.priority;
    }
    return prefixLength(candidate) > prefixLength(best);
  }

  private static int prefixLength(Entry e) {
    for (Match m : e.matches) {
      if (m instanceof Match.Lpm l) {
        return l.prefixLength();
      }
    }
    return 0;
  }
}
