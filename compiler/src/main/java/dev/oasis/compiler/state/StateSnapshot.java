package dev.oasis.compiler.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Match;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The dataplane state at one moment, as a JSON tree in a fixed order, so that two backends' final
 * states compare with {@link #equals} and print the same. Tables list their entries in insertion
 * order and their default action (with direct counters where the table has them); counters and
 * registers list only their non-zero elements; maps list every valid slot, live or expired. Values
 * are {@code 0x} hexadecimal strings; counts, indexes and times are JSON numbers.
 *
 * <pre>
 * {"tables": {"routes": {"entries": [{"key": {"ipv4.dst": "0xa000000/24"}, "action": "via",
 *     "args": {"nexthop": "0xa000302"}, "priority": 0}], "default": {"action": "unreachable",
 *     "args": {}}}},
 *  "counters": {"dropped": [{"index": 1, "packets": 2, "bytes": 120}]},
 *  "registers": {"r": [{"index": 0, "value": "0x5"}]},
 *  "maps": {"m": [{"set": 3, "way": 0, "key": "0xa000001", "value": "0x1", "last_used": 100}]}}
 * </pre>
 */
public final class StateSnapshot {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root;

  private StateSnapshot(ObjectNode root) {
    this.root = root;
  }

  static StateSnapshot of(DataplaneState state) {
    Writer w = new Writer();
    for (TableState t : state.tables()) {
      Writer.TableWriter table = w.table(t.name(), t.table().directCounters());
      for (TableState.Entry e : t.entries()) {
        table.entry(
            e.matches(),
            t.keys().stream().map(KeyShape::name).toList(),
            e.action(),
            e.args(),
            e.priority(),
            e.counter());
      }
      table.defaultAction(t.defaultAction(), t.defaultArgs(), t.defaultCounter());
    }
    for (CounterState c : state.counters()) {
      w.counters(c.name(), c.size(), c::get);
    }
    for (RegisterState r : state.registers()) {
      w.registers(r.name(), r.size(), r::get);
    }
    for (MapState m : state.maps()) {
      w.map(m.name(), m.validSlots());
    }
    return w.build();
  }

  /**
   * Builds a snapshot section by section, in the order and value forms documented above, so that
   * every backend (the interpreter's {@link DataplaneState}, the compiled Java pipeline, later the
   * hardware drivers) writes exactly the same JSON from its own structures. Sections must be
   * written in this order: tables, counters, registers, maps.
   */
  public static final class Writer {
    private final ObjectNode root = JSON.objectNode();
    private final ObjectNode tables = root.putObject("tables");
    private final ObjectNode counters = root.putObject("counters");
    private final ObjectNode registers = root.putObject("registers");
    private final ObjectNode maps = root.putObject("maps");

    /** Starts the section of one table; entries go in insertion order, then the default. */
    public TableWriter table(String name, boolean directCounters) {
      return new TableWriter(tables.putObject(name), directCounters);
    }

    /** The non-zero elements of a counter array. */
    public void counters(String name, int size, IntFunction<CounterValue> element) {
      ArrayNode list = counters.putArray(name);
      for (int i = 0; i < size; i++) {
        CounterValue v = element.apply(i);
        if (!v.isZero()) {
          list.addObject().put("index", i).put("packets", v.packets()).put("bytes", v.bytes());
        }
      }
    }

    /** The non-zero elements of a register array. */
    public void registers(String name, int size, IntFunction<BigInteger> element) {
      ArrayNode list = registers.putArray(name);
      for (int i = 0; i < size; i++) {
        BigInteger v = element.apply(i);
        if (v.signum() != 0) {
          list.addObject().put("index", i).put("value", BitValues.hex(v));
        }
      }
    }

    /** Every valid slot of a map, live or expired, in set and way order. */
    public void map(String name, List<MapState.Slot> validSlots) {
      ArrayNode list = maps.putArray(name);
      for (MapState.Slot s : validSlots) {
        list.addObject()
            .put("set", s.set())
            .put("way", s.way())
            .put("key", BitValues.hex(s.key()))
            .put("value", BitValues.hex(s.value()))
            .put("last_used", new BigInteger(Long.toUnsignedString(s.lastUsed())));
      }
    }

    public StateSnapshot build() {
      return new StateSnapshot(canonical(root));
    }

    /** The section of one table. */
    public static final class TableWriter {
      private final ObjectNode node;
      private final ArrayNode entries;
      private final boolean directCounters;

      private TableWriter(ObjectNode node, boolean directCounters) {
        this.node = node;
        this.entries = node.putArray("entries");
        this.directCounters = directCounters;
      }

      /** One entry; {@code counter} is read only if the table has direct counters. */
      public void entry(
          List<Match> matches,
          List<String> keyNames,
          Decls.Action action,
          List<BigInteger> args,
          int priority,
          CounterValue counter) {
        ObjectNode entry = entries.addObject();
        ObjectNode key = entry.putObject("key");
        for (int i = 0; i < keyNames.size(); i++) {
          key.put(keyNames.get(i), KeyShape.describe(matches.get(i)));
        }
        entry.put("action", action.name());
        entry.set("args", args(action, args));
        entry.put("priority", priority);
        if (directCounters) {
          entry.set("counter", counter(counter));
        }
      }

      /** The default action; {@code counter} is read only if the table has direct counters. */
      public void defaultAction(Decls.Action action, List<BigInteger> args, CounterValue counter) {
        ObjectNode def = node.putObject("default");
        def.put("action", action.name());
        def.set("args", args(action, args));
        if (directCounters) {
          def.set("counter", counter(counter));
        }
      }
    }
  }

  /** The tree as parsing its text gives it, so that numbers compare equal whatever their type. */
  private static ObjectNode canonical(ObjectNode root) {
    try {
      return (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("snapshot is not serialisable", e);
    }
  }

  private static ObjectNode args(Decls.Action action, List<BigInteger> args) {
    ObjectNode node = JSON.objectNode();
    for (int i = 0; i < args.size(); i++) {
      node.put(action.params().get(i).name(), BitValues.hex(args.get(i)));
    }
    return node;
  }

  private static ObjectNode counter(CounterValue v) {
    return JSON.objectNode().put("packets", v.packets()).put("bytes", v.bytes());
  }

  /** The snapshot as a JSON tree (a copy). */
  public JsonNode json() {
    return root.deepCopy();
  }

  /** The snapshot as indented JSON text. */
  public String toJson() {
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("snapshot is not serialisable", e);
    }
  }

  /**
   * The path of the first place where {@code other} differs ({@code tables.routes.entries[0]}), or
   * null if the snapshots are equal.
   */
  public String firstDifference(StateSnapshot other) {
    return difference("", root, other.root);
  }

  private static String difference(String path, JsonNode a, JsonNode b) {
    if (a.equals(b)) {
      return null;
    }
    if (a.isObject() && b.isObject()) {
      for (Map.Entry<String, JsonNode> f : a.properties()) {
        String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
        if (!b.has(f.getKey())) {
          return p;
        }
        String d = difference(p, f.getValue(), b.get(f.getKey()));
        if (d != null) {
          return d;
        }
      }
      for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!a.has(name)) {
          return path.isEmpty() ? name : path + "." + name;
        }
      }
    }
    if (a.isArray() && b.isArray()) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        String d = difference(path + "[" + i + "]", a.get(i), b.get(i));
        if (d != null) {
          return d;
        }
      }
      return path + "[" + Math.min(a.size(), b.size()) + "]";
    }
    return path.isEmpty() ? "(root)" : path;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StateSnapshot s && s.root.equals(root);
  }

  @Override
  public int hashCode() {
    return root.hashCode();
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
