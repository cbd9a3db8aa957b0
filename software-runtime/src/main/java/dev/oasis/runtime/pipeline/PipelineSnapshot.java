package dev.oasis.runtime.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.state.BitValues;
import dev.oasis.compiler.state.CounterValue;
import dev.oasis.compiler.state.KeyShape;
import dev.oasis.compiler.state.MapState;
import dev.oasis.compiler.state.StateSnapshot;
import java.math.BigInteger;
import java.util.List;

/**
 * The state of a compiled pipeline at one moment, in exactly the JSON form of {@link StateSnapshot}
 * (same members, order and value forms), so that it compares with the interpreter's snapshot:
 * {@code snapshot.json().equals(interpreterSnapshot.json())}.
 */
public final class PipelineSnapshot {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final JsonNode root;

  private PipelineSnapshot(JsonNode root) {
    this.root = root;
  }

  static PipelineSnapshot of(PipelineState state) {
    ObjectNode root = JSON.objectNode();
    ObjectNode tables = root.putObject("tables");
    for (TableRuntime t : state.tables()) {
      tables.set(t.name(), table(t));
    }
    ObjectNode counters = root.putObject("counters");
    for (CounterArray c : state.counters()) {
      ArrayNode list = counters.putArray(c.name());
      for (int i = 0; i < c.size(); i++) {
        CounterValue v = c.get(i);
        if (!v.isZero()) {
          list.addObject().put("index", i).put("packets", v.packets()).put("bytes", v.bytes());
        }
      }
    }
    ObjectNode registers = root.putObject("registers");
    for (RegisterArray r : state.registers()) {
      ArrayNode list = registers.putArray(r.name());
      for (int i = 0; i < r.size(); i++) {
        if (r.get(i).signum() != 0) {
          list.addObject().put("index", i).put("value", BitValues.hex(r.get(i)));
        }
      }
    }
    ObjectNode maps = root.putObject("maps");
    for (MapRuntime m : state.maps()) {
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
    return new PipelineSnapshot(canonical(root));
  }

  private static ObjectNode table(TableRuntime t) {
    ObjectNode node = JSON.objectNode();
    ArrayNode entries = node.putArray("entries");
    List<KeyLayout.Element> keys = t.layout().elements();
    for (TableRuntime.Entry e : t.entries()) {
      ObjectNode entry = entries.addObject();
      ObjectNode key = entry.putObject("key");
      for (int i = 0; i < keys.size(); i++) {
        key.put(keys.get(i).shape().name(), KeyShape.describe(e.matches().get(i)));
      }
      entry.put("action", e.action().name());
      entry.set("args", args(e.action(), e.args()));
      entry.put("priority", e.priority());
      if (t.table().directCounters()) {
        entry.set("counter", counter(t.counter(e)));
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

  /** The tree as parsing its text gives it, as {@link StateSnapshot} holds its own. */
  private static JsonNode canonical(ObjectNode root) {
    try {
      return MAPPER.readTree(MAPPER.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("snapshot is not serialisable", e);
    }
  }

  /** The snapshot as a JSON tree (a copy). */
  public JsonNode json() {
    return root.deepCopy();
  }

  /** The snapshot as indented JSON text, as {@link StateSnapshot#toJson()} prints it. */
  public String toJson() {
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("snapshot is not serialisable", e);
    }
  }

  /** True if {@code other} holds the same state. */
  public boolean sameAs(StateSnapshot other) {
    return root.equals(other.json());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PipelineSnapshot s && s.root.equals(root);
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
