package dev.oasis.compiler.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.compiler.ir.Decls;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

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
    ObjectNode root = JSON.objectNode();
    ObjectNode tables = root.putObject("tables");
    for (TableState t : state.tables()) {
      tables.set(t.name(), table(t));
    }
    ObjectNode counters = root.putObject("counters");
    for (CounterState c : state.counters()) {
      ArrayNode list = counters.putArray(c.name());
      for (int i = 0; i < c.size(); i++) {
        CounterValue v = c.get(i);
        if (!v.isZero()) {
          list.addObject().put("index", i).put("packets", v.packets()).put("bytes", v.bytes());
        }
      }
    }
    ObjectNode registers = root.putObject("registers");
    for (RegisterState r : state.registers()) {
      ArrayNode list = registers.putArray(r.name());
      for (int i = 0; i < r.size(); i++) {
        if (r.get(i).signum() != 0) {
          list.addObject().put("index", i).put("value", BitValues.hex(r.get(i)));
        }
      }
    }
    ObjectNode maps = root.putObject("maps");
    for (MapState m : state.maps()) {
      ArrayNode list = maps.putArray(m.name());
      for (MapState.Slot s : m.validSlots()) {
        list.addObject()
            .put("set", s.set())
            .put("way", s.way())
            .put("key", BitValues.hex(s.key()))
            .put("value", BitValues.hex(s.value()))
            .put("last_used", new BigInteger(Long.toUnsignedString(s.lastUsed())));
      }
    }
    return new StateSnapshot(canonical(root));
  }

  /** The tree as parsing its text gives it, so that numbers compare equal whatever their type. */
  private static ObjectNode canonical(ObjectNode root) {
    try {
      return (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("snapshot is not serialisable", e);
    }
  }

  private static ObjectNode table(TableState t) {
    ObjectNode node = JSON.objectNode();
    ArrayNode entries = node.putArray("entries");
    for (TableState.Entry e : t.entries()) {
      ObjectNode entry = entries.addObject();
      ObjectNode key = entry.putObject("key");
      for (int i = 0; i < t.keys().size(); i++) {
        key.put(t.keys().get(i).name(), KeyShape.describe(e.matches().get(i)));
      }
      entry.put("action", e.action().name());
      entry.set("args", args(e.action(), e.args()));
      entry.put("priority", e.priority());
      if (t.table().directCounters()) {
        entry.set("counter", counter(e.counter()));
      }
    }
    ObjectNode def = node.putObject("default");
    def.put("action", t.defaultAction().name());
    def.set("args", args(t.defaultAction(), t.defaultArgs()));
    if (t.table().directCounters()) {
      def.set("counter", counter(t.defaultCounter()));
    }
    return node;
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
