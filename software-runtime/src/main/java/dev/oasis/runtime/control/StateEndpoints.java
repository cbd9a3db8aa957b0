package dev.oasis.runtime.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.compiler.entries.Entries;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.schema.ExternSchemas;
import dev.oasis.compiler.state.BitValues;
import dev.oasis.compiler.state.CounterValue;
import dev.oasis.compiler.state.MapState;
import dev.oasis.compiler.state.NameSuggestions;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@code /counters}, {@code /registers} and {@code /maps}. Whole counters and registers list only
 * their non-zero elements (as state snapshots do); one element is read by its index.
 */
final class StateEndpoints {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ControlPlaneSchema schema;
  private final EntryRequests requests;
  private final OperationRunner runner;

  StateEndpoints(ControlPlaneSchema schema, OperationRunner runner) {
    this.schema = schema;
    this.requests = new EntryRequests(schema);
    this.runner = runner;
  }

  // ---------------------------------------------------------------------------------------------
  // Counters

  ExternSchemas.Counter counter(String name) {
    return require(
        schema.counter(name), name, "counter", schema.counters(), ExternSchemas.Counter::name);
  }

  CompletableFuture<ApiResponse> counters() {
    ObjectNode root = JSON.objectNode();
    ArrayNode list = root.putArray("counters");
    schema.counters().forEach(c -> list.addObject().put("name", c.name()).put("size", c.size()));
    return CompletableFuture.completedFuture(ApiResponse.json(200, root));
  }

  CompletableFuture<ApiResponse> counter(ExternSchemas.Counter c) {
    return runner.run(
        d -> {
          ObjectNode root = JSON.objectNode().put("counter", c.name()).put("size", c.size());
          ArrayNode values = root.putArray("values");
          for (int i = 0; i < c.size(); i++) {
            CounterValue v = d.counter(c.name(), i);
            if (!v.isZero()) {
              counts(values.addObject().put("index", i), v);
            }
          }
          return ApiResponse.json(200, root);
        });
  }

  CompletableFuture<ApiResponse> counterElement(ExternSchemas.Counter c, String indexText) {
    int index = index(indexText, c.size(), "counter '" + c.name() + "'");
    return runner.run(
        d -> {
          ObjectNode root = JSON.objectNode().put("counter", c.name()).put("index", index);
          counts(root, d.counter(c.name(), index));
          return ApiResponse.json(200, root);
        });
  }

  private static void counts(ObjectNode node, CounterValue v) {
    node.put("packets", EntryJson.unsigned(v.packets()));
    node.put("bytes", EntryJson.unsigned(v.bytes()));
  }

  // ---------------------------------------------------------------------------------------------
  // Registers

  ExternSchemas.Register register(String name) {
    return require(
        schema.register(name), name, "register", schema.registers(), ExternSchemas.Register::name);
  }

  CompletableFuture<ApiResponse> registers() {
    ObjectNode root = JSON.objectNode();
    ArrayNode list = root.putArray("registers");
    schema
        .registers()
        .forEach(
            r ->
                list.addObject()
                    .put("name", r.name())
                    .put("width", r.width())
                    .put("size", r.size()));
    return CompletableFuture.completedFuture(ApiResponse.json(200, root));
  }

  CompletableFuture<ApiResponse> register(ExternSchemas.Register r) {
    return runner.run(
        d -> {
          ObjectNode root =
              JSON.objectNode()
                  .put("register", r.name())
                  .put("width", r.width())
                  .put("size", r.size());
          ArrayNode values = root.putArray("values");
          for (int i = 0; i < r.size(); i++) {
            BigInteger v = d.register(r.name(), i);
            if (v.signum() != 0) {
              values.addObject().put("index", i).put("value", BitValues.hex(v));
            }
          }
          return ApiResponse.json(200, root);
        });
  }

  CompletableFuture<ApiResponse> registerElement(ExternSchemas.Register r, String indexText) {
    int index = index(indexText, r.size(), "register '" + r.name() + "'");
    return runner.run(d -> registerValue(r, index, d.register(r.name(), index)));
  }

  CompletableFuture<ApiResponse> writeRegister(
      ExternSchemas.Register r, String indexText, byte[] body) {
    int index = index(indexText, r.size(), "register '" + r.name() + "'");
    JsonNode json = JsonBodies.object(body, "{\"value\": 5}");
    BigInteger value = TableEndpoints.checked(() -> requests.registerValue(r.name(), index, json));
    return runner.run(
        d -> {
          d.writeRegister(r.name(), index, value);
          return registerValue(r, index, d.register(r.name(), index));
        });
  }

  private static ApiResponse registerValue(ExternSchemas.Register r, int index, BigInteger v) {
    return ApiResponse.json(
        200,
        JSON.objectNode()
            .put("register", r.name())
            .put("index", index)
            .put("value", BitValues.hex(v)));
  }

  // ---------------------------------------------------------------------------------------------
  // Maps

  ExternSchemas.Map map(String name) {
    return require(schema.map(name), name, "map", schema.maps(), ExternSchemas.Map::name);
  }

  CompletableFuture<ApiResponse> maps() {
    return runner.run(
        d -> {
          ObjectNode root = JSON.objectNode();
          ArrayNode list = root.putArray("maps");
          for (ExternSchemas.Map m : schema.maps()) {
            describe(list.addObject(), m).put("live", liveCount(d, m));
          }
          return ApiResponse.json(200, root);
        });
  }

  CompletableFuture<ApiResponse> map(ExternSchemas.Map m) {
    return runner.run(
        d -> {
          ObjectNode root = describe(JSON.objectNode(), m);
          ArrayNode entries = root.putArray("entries");
          for (MapState.Slot s : d.mapSlots(m.name())) {
            entries
                .addObject()
                .put("key", BitValues.hex(s.key()))
                .put("value", BitValues.hex(s.value()))
                .put("set", s.set())
                .put("way", s.way())
                .put("last_used", EntryJson.unsigned(s.lastUsed()))
                .put("live", d.mapContains(m.name(), s.key()));
          }
          return ApiResponse.json(200, root);
        });
  }

  CompletableFuture<ApiResponse> putMapEntry(ExternSchemas.Map m, byte[] body) {
    JsonNode json = JsonBodies.object(body, "{\"key\": K, \"value\": V}");
    Entries.MapEntry e = TableEndpoints.checked(() -> requests.mapEntry(m.name(), json));
    return runner.run(
        d -> {
          d.putMapEntry(m.name(), e.key(), e.value());
          return ApiResponse.json(
              200,
              JSON.objectNode()
                  .put("map", m.name())
                  .put("key", BitValues.hex(e.key()))
                  .put("value", BitValues.hex(e.value())));
        });
  }

  CompletableFuture<ApiResponse> removeMapEntry(ExternSchemas.Map m, byte[] body) {
    JsonNode json = JsonBodies.object(body, "{\"key\": K}");
    BigInteger key = TableEndpoints.checked(() -> requests.mapKey(m.name(), json));
    return runner.run(
        d -> {
          if (!d.mapContains(m.name(), key)) {
            throw ApiException.notFound(
                "map '" + m.name() + "' has no live key " + BitValues.hex(key));
          }
          d.removeMapEntry(m.name(), key);
          return ApiResponse.json(
              200, JSON.objectNode().put("map", m.name()).put("removed", BitValues.hex(key)));
        });
  }

  private static ObjectNode describe(ObjectNode node, ExternSchemas.Map m) {
    return node.put("map", m.name())
        .put("key_width", m.keyWidth())
        .put("value_width", m.valueWidth())
        .put("sets", m.sets())
        .put("ways", m.ways())
        .put("timeout_ns", m.timeoutNanos());
  }

  static int liveCount(DataplaneAccess d, ExternSchemas.Map m) {
    int live = 0;
    for (MapState.Slot s : d.mapSlots(m.name())) {
      if (d.mapContains(m.name(), s.key())) {
        live++;
      }
    }
    return live;
  }

  // ---------------------------------------------------------------------------------------------

  /** An index from a URL: a decimal number in range, else 400 (not a number) or 404. */
  static int index(String text, int size, String what) {
    if (!text.matches("[0-9]+")) {
      throw ApiException.badRequest(
          List.of(
              "index '" + text + "' of " + what + " is not a number; expected 0 to " + (size - 1)));
    }
    BigInteger index = new BigInteger(text);
    if (index.compareTo(BigInteger.valueOf(size)) >= 0) {
      throw ApiException.notFound(
          "index " + index + " is out of range for " + what + "; expected 0 to " + (size - 1));
    }
    return index.intValue();
  }

  private static <T> T require(
      T found, String name, String kind, List<T> all, Function<T, String> nameOf) {
    if (found != null) {
      return found;
    }
    List<String> names = all.stream().map(nameOf).toList();
    throw ApiException.notFound(
        "unknown "
            + kind
            + " '"
            + name
            + "'"
            + NameSuggestions.hint(name, names)
            + (names.isEmpty()
                ? " (the program has no " + kind + "s)"
                : " (" + kind + "s: " + String.join(", ", names) + ")"));
  }
}
