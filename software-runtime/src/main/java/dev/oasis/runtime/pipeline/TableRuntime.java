package dev.oasis.runtime.pipeline;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.Table;
import dev.oasis.compiler.state.BitValues;
import dev.oasis.compiler.state.CounterValue;
import dev.oasis.compiler.state.KeyShape;
import dev.oasis.compiler.state.StateException;
import dev.oasis.compiler.state.TableState;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One table of a compiled pipeline: the entries the control plane wrote, a lookup structure chosen
 * for the table's match kinds (exact: {@link ExactIndex}; lpm: {@link Dir16Index} for a single
 * 32-bit key, {@link LpmTrieIndex} otherwise; ternary or range: {@link PriorityIndex}), the default
 * action and the direct counters.
 *
 * <p>Control-plane writes are checked exactly as {@link TableState} checks them, with the same
 * messages, so a write one backend refuses the other refuses too. On the packet path generated code
 * fills {@link #key} and calls {@link #apply}, then reads {@link #action} and {@link #args} of the
 * handle it got (-1 for a miss, which selects the default action); nothing is allocated.
 */
public final class TableRuntime {
  private final Table table;
  private final ActionIds actionIds;
  private final KeyLayout layout;
  private final List<KeyShape> shapes;
  private final TableIndex index;

  /** The lookup key; generated code writes it before {@link #apply}. */
  public final long[] key;

  private final Map<CanonicalKey, Entry> entries = new LinkedHashMap<>();
  private long nextSequence;

  private int[] actionOf = new int[16];
  private long[][] argsOf = new long[16][];
  private long[] packets = new long[16];
  private long[] bytes = new long[16];
  private int[] freeHandles = new int[0];
  private int handleCount;

  private Decls.Action defaultAction;
  private List<BigInteger> defaultArgs;
  private int defaultActionId;
  private long[] defaultArgWords;
  private long defaultPackets;
  private long defaultBytes;

  /** One installed entry, as the control plane and snapshots see it. */
  public static final class Entry {
    private final int handle;
    private final List<Match> matches;
    private final int priority;
    private Decls.Action action;
    private List<BigInteger> args;

    private Entry(
        int handle, List<Match> matches, Decls.Action action, List<BigInteger> args, int priority) {
      this.handle = handle;
      this.matches = List.copyOf(matches);
      this.action = action;
      this.args = List.copyOf(args);
      this.priority = priority;
    }

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
  }

  public TableRuntime(Table table, ActionIds actionIds) {
    this.table = table;
    this.actionIds = actionIds;
    this.layout = KeyLayout.of(table);
    this.shapes = layout.elements().stream().map(KeyLayout.Element::shape).toList();
    this.index = indexFor(table, layout);
    this.key = new long[layout.words()];
    setDefault(table.defaultAction().action(), table.defaultAction().args());
  }

  private static TableIndex indexFor(Table table, KeyLayout layout) {
    if (table.needsPriority()) {
      return new PriorityIndex(layout);
    }
    boolean lpm = table.keys().stream().anyMatch(k -> k.kind() == Decls.MatchKind.LPM);
    if (!lpm) {
      return new ExactIndex(layout.words(), Math.min(table.size(), 1 << 16));
    }
    if (layout.elements().size() == 1 && layout.elements().get(0).shape().width() == 32) {
      return new Dir16Index(layout);
    }
    return new LpmTrieIndex(layout);
  }

  public Table table() {
    return table;
  }

  public String name() {
    return table.name();
  }

  public KeyLayout layout() {
    return layout;
  }

  // ---------------------------------------------------------------------------------------------
  // Packet path

  /**
   * Looks {@link #key} up and counts the packet on the entry it selects or on the default action
   * (in a table with direct counters); returns the entry's handle, or -1 on a miss.
   */
  public int apply(int packetBytes) {
    int h = index.lookup(key);
    if (table.directCounters()) {
      if (h < 0) {
        defaultPackets++;
        defaultBytes += packetBytes;
      } else {
        packets[h]++;
        bytes[h] += packetBytes;
      }
    }
    return h;
  }

  /** The action id of a handle from {@link #apply} (-1: the default action). */
  public int action(int handle) {
    return handle < 0 ? defaultActionId : actionOf[handle];
  }

  /** The argument words of a handle from {@link #apply} (-1: the default action's). */
  public long[] args(int handle) {
    return handle < 0 ? defaultArgWords : argsOf[handle];
  }

  /**
   * The entry that key values (BigInteger for bit and bool elements, byte[] for byte strings)
   * select, or null on a miss; nothing is counted. For tools and tests: it allocates.
   */
  public Entry lookup(List<?> keyValues) {
    int h = index.lookup(layout.encode(keyValues));
    if (h < 0) {
      return null;
    }
    for (Entry e : entries.values()) {
      if (e.handle == h) {
        return e;
      }
    }
    throw new IllegalStateException("table '" + name() + "' has no entry for handle " + h);
  }

  // ---------------------------------------------------------------------------------------------
  // Control plane

  /** Inserts an entry; refused as {@link TableState} refuses it. */
  public void insert(List<Match> matches, String actionName, List<BigInteger> args, int priority) {
    List<Match> canonical = canonicalKey(matches);
    Decls.Action action = checkAction(actionName, args, false);
    if (table.needsPriority() && priority < 0) {
      throw new StateException("priority " + priority + " is negative; expected 0 or more");
    }
    CanonicalKey id = new CanonicalKey(canonical);
    if (entries.containsKey(id)) {
      throw new StateException(
          "table '" + name() + "' already has an entry with key " + describe(canonical));
    }
    if (entries.size() >= table.size()) {
      throw new StateException(
          "table '"
              + name()
              + "' is full (size "
              + table.size()
              + "); cannot insert key "
              + describe(canonical));
    }
    int p = table.needsPriority() ? priority : 0;
    int handle = newHandle();
    Entry e = new Entry(handle, canonical, action, args, p);
    actionOf[handle] = actionIds.id(action);
    argsOf[handle] = argWords(action, args);
    packets[handle] = 0;
    bytes[handle] = 0;
    entries.put(id, e);
    index.add(handle, layout.pattern(canonical), p, nextSequence++);
  }

  /** Replaces the action and arguments of the entry with this key; it keeps its place. */
  public void modify(List<Match> matches, String actionName, List<BigInteger> args) {
    Entry e = findOrFail(canonicalKey(matches));
    e.action = checkAction(actionName, args, false);
    e.args = List.copyOf(args);
    actionOf[e.handle] = actionIds.id(e.action);
    argsOf[e.handle] = argWords(e.action, e.args);
  }

  /** Deletes the entry with this key. */
  public void delete(List<Match> matches) {
    List<Match> canonical = canonicalKey(matches);
    Entry e = findOrFail(canonical);
    entries.remove(new CanonicalKey(canonical));
    index.remove(e.handle);
    argsOf[e.handle] = null;
    freeHandles = Arrays.copyOf(freeHandles, freeHandles.length + 1);
    freeHandles[freeHandles.length - 1] = e.handle;
  }

  /** Replaces the default action. */
  public void setDefaultAction(String actionName, List<BigInteger> args) {
    setDefault(checkAction(actionName, args, true), args);
  }

  private void setDefault(Decls.Action action, List<BigInteger> args) {
    defaultAction = action;
    defaultArgs = List.copyOf(args);
    defaultActionId = actionIds.id(action);
    defaultArgWords = argWords(action, args);
  }

  /** Removes every entry and zeroes the default counter (the default action stays). */
  public void clear() {
    for (Entry e : new ArrayList<>(entries.values())) {
      delete(e.matches);
    }
    defaultPackets = 0;
    defaultBytes = 0;
  }

  /** Entries in insertion order. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** The number of entries. */
  public int size() {
    return entries.size();
  }

  /**
   * The entry with this key (compared in canonical form), or null; a key of the wrong shape is
   * refused as an insert would refuse it.
   */
  public Entry find(List<Match> matches) {
    return entries.get(new CanonicalKey(canonicalKey(matches)));
  }

  public Decls.Action defaultAction() {
    return defaultAction;
  }

  public List<BigInteger> defaultArgs() {
    return defaultArgs;
  }

  public CounterValue counter(Entry e) {
    return new CounterValue(packets[e.handle], bytes[e.handle]);
  }

  public CounterValue defaultCounter() {
    return new CounterValue(defaultPackets, defaultBytes);
  }

  /** Sets an entry's direct counter (when loading another backend's state). */
  public void setCounter(List<Match> matches, CounterValue value) {
    Entry e = findOrFail(canonicalKey(matches));
    packets[e.handle] = value.packets();
    bytes[e.handle] = value.bytes();
  }

  public void setDefaultCounter(CounterValue value) {
    defaultPackets = value.packets();
    defaultBytes = value.bytes();
  }

  private List<Match> canonicalKey(List<Match> matches) {
    if (matches.size() != shapes.size()) {
      throw new StateException(
          "table '"
              + name()
              + "' has "
              + shapes.size()
              + " key elements ("
              + shapes.stream().map(KeyShape::name).collect(Collectors.joining(", "))
              + "); the entry gives "
              + matches.size());
    }
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      out.add(shapes.get(i).canonical(matches.get(i)));
    }
    return out;
  }

  private Decls.Action checkAction(String actionName, List<BigInteger> args, boolean asDefault) {
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

  private static long[] argWords(Decls.Action action, List<BigInteger> args) {
    long[] words = new long[ActionIds.words(action)];
    int[] at = ActionIds.wordOffsets(action);
    for (int i = 0; i < args.size(); i++) {
      BigInteger v = args.get(i);
      if (ActionIds.wordsOf(action.params().get(i).type()) == 2) {
        words[at[i]] = v.shiftRight(64).longValue();
        words[at[i] + 1] = v.longValue();
      } else {
        words[at[i]] = v.longValue();
      }
    }
    return words;
  }

  private Entry findOrFail(List<Match> canonical) {
    Entry e = entries.get(new CanonicalKey(canonical));
    if (e == null) {
      throw new StateException(
          "table '" + name() + "' has no entry with key " + describe(canonical));
    }
    return e;
  }

  private int newHandle() {
    if (freeHandles.length > 0) {
      int h = freeHandles[freeHandles.length - 1];
      freeHandles = Arrays.copyOf(freeHandles, freeHandles.length - 1);
      return h;
    }
    int h = handleCount++;
    if (h == actionOf.length) {
      int n = actionOf.length * 2;
      actionOf = Arrays.copyOf(actionOf, n);
      argsOf = Arrays.copyOf(argsOf, n);
      packets = Arrays.copyOf(packets, n);
      bytes = Arrays.copyOf(bytes, n);
    }
    return h;
  }

  private static String describe(List<Match> key) {
    return TableState.describeKey(key);
  }
}
