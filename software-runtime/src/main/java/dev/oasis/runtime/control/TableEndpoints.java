package dev.oasis.runtime.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.compiler.entries.Entries;
import dev.oasis.compiler.entries.EntriesException;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.schema.KeySchema;
import dev.oasis.compiler.schema.TableSchema;
import dev.oasis.compiler.state.CounterValue;
import dev.oasis.compiler.state.NameSuggestions;
import dev.oasis.compiler.state.TableState;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@code /tables}, {@code /tables/T}, {@code /tables/T/entries} and {@code /tables/T/default}. */
final class TableEndpoints {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String ENTRY_EXAMPLE =
      "{\"key\": {...}, \"action\": \"NAME\", \"params\": {...}}";

  private final ControlPlaneSchema schema;
  private final EntryRequests requests;
  private final OperationRunner runner;

  TableEndpoints(ControlPlaneSchema schema, OperationRunner runner) {
    this.schema = schema;
    this.requests = new EntryRequests(schema);
    this.runner = runner;
  }

  /** The table named in a URL, or 404. */
  TableSchema require(String name) {
    TableSchema t = schema.table(name);
    if (t == null) {
      List<String> names = schema.tables().stream().map(TableSchema::name).toList();
      throw ApiException.notFound(
          "unknown table '"
              + name
              + "'"
              + NameSuggestions.hint(name, names)
              + (names.isEmpty()
                  ? " (the program has no tables)"
                  : " (tables: " + String.join(", ", names) + ")"));
    }
    return t;
  }

  CompletableFuture<ApiResponse> list() {
    return runner.run(
        d -> {
          ArrayNode tables = JSON.arrayNode();
          for (TableSchema t : schema.tables()) {
            tables.add(describe(t, d));
          }
          ObjectNode root = JSON.objectNode();
          root.set("tables", tables);
          return ApiResponse.json(200, root);
        });
  }

  CompletableFuture<ApiResponse> get(TableSchema t) {
    return runner.run(d -> ApiResponse.json(200, describe(t, d)));
  }

  private ObjectNode describe(TableSchema t, DataplaneAccess d) {
    ObjectNode n = JSON.objectNode().put("name", t.name()).put("size", t.size());
    n.put("entries", d.entryCount(t.name()));
    ArrayNode keys = n.putArray("keys");
    for (KeySchema k : t.keys()) {
      ObjectNode kn = keys.addObject().put("name", k.name()).put("match", k.kind().keyword());
      if (k.isBytes()) {
        kn.put("max_bytes", k.maxBytes());
      } else {
        kn.put("width", k.width());
      }
    }
    ArrayNode actions = n.putArray("actions");
    t.actions().forEach(a -> actions.add(a.name()));
    DataplaneAccess.DefaultView def = d.defaultAction(t.name());
    n.set("default_action", EntryJson.action(schema, def.action(), def.args()));
    return n;
  }

  CompletableFuture<ApiResponse> entries(TableSchema t) {
    return runner.run(
        d -> {
          ObjectNode root = JSON.objectNode().put("table", t.name());
          ArrayNode list = root.putArray("entries");
          for (DataplaneAccess.EntryView e : d.entries(t.name())) {
            list.add(EntryJson.entry(schema, t, e));
          }
          return ApiResponse.json(200, root);
        });
  }

  CompletableFuture<ApiResponse> add(TableSchema t, byte[] body) {
    Entries.TableEntry e = checked(() -> requests.tableEntry(t.name(), entryBody(body)));
    return runner.run(
        d -> {
          DataplaneAccess.EntryView existing = d.findEntry(t.name(), e.key());
          if (existing != null) {
            throw new ApiException(
                409,
                "table '"
                    + t.name()
                    + "' already has an entry with key "
                    + TableState.describeKey(existing.key())
                    + "; PUT /tables/"
                    + t.name()
                    + "/entries modifies it");
          }
          d.insertEntry(t.name(), e.key(), e.action(), e.args(), e.priority());
          return entryResponse(201, t, d.findEntry(t.name(), e.key()));
        });
  }

  CompletableFuture<ApiResponse> modify(TableSchema t, byte[] body) {
    Entries.TableEntry e = checked(() -> requests.tableEntry(t.name(), entryBody(body)));
    return runner.run(
        d -> {
          requireEntry(d, t, e.key());
          d.modifyEntry(t.name(), e.key(), e.action(), e.args());
          return entryResponse(200, t, d.findEntry(t.name(), e.key()));
        });
  }

  CompletableFuture<ApiResponse> delete(TableSchema t, byte[] body) {
    JsonNode json = JsonBodies.object(body, "{\"key\": {...}}");
    List<Match> key = checked(() -> requests.tableKey(t.name(), json));
    return runner.run(
        d -> {
          DataplaneAccess.EntryView old = requireEntry(d, t, key);
          d.deleteEntry(t.name(), key);
          ObjectNode root = JSON.objectNode().put("table", t.name());
          root.set("deleted", EntryJson.entry(schema, t, old));
          return ApiResponse.json(200, root);
        });
  }

  /**
   * The direct counters of a table declared with {@code counters = true}: per entry and default.
   */
  CompletableFuture<ApiResponse> counters(TableSchema t) {
    if (!t.directCounters()) {
      throw ApiException.notFound(
          "table '"
              + t.name()
              + "' has no direct counters (its declaration has no counters = true)");
    }
    return runner.run(
        d -> {
          ObjectNode root = JSON.objectNode().put("table", t.name());
          ArrayNode list = root.putArray("entries");
          for (DataplaneAccess.EntryView e : d.entries(t.name())) {
            ObjectNode n = list.addObject();
            n.set("key", EntryJson.entry(schema, t, e).get("key"));
            counts(n, e.counter());
          }
          counts(root.putObject("default"), d.defaultAction(t.name()).counter());
          return ApiResponse.json(200, root);
        });
  }

  private static void counts(ObjectNode node, CounterValue v) {
    node.put("packets", EntryJson.unsigned(v.packets()));
    node.put("bytes", EntryJson.unsigned(v.bytes()));
  }

  CompletableFuture<ApiResponse> getDefault(TableSchema t) {
    return runner.run(d -> defaultResponse(t, d));
  }

  CompletableFuture<ApiResponse> setDefault(TableSchema t, byte[] body) {
    JsonNode json = JsonBodies.object(body, "{\"action\": \"NAME\", \"params\": {...}}");
    Entries.DefaultAction a = checked(() -> requests.defaultAction(t.name(), json));
    return runner.run(
        d -> {
          d.setDefaultAction(t.name(), a.action(), a.args());
          return defaultResponse(t, d);
        });
  }

  private ApiResponse defaultResponse(TableSchema t, DataplaneAccess d) {
    DataplaneAccess.DefaultView def = d.defaultAction(t.name());
    ObjectNode root = JSON.objectNode().put("table", t.name());
    root.setAll(EntryJson.action(schema, def.action(), def.args()));
    return ApiResponse.json(200, root);
  }

  private static JsonNode entryBody(byte[] body) {
    return JsonBodies.object(body, ENTRY_EXAMPLE);
  }

  private static DataplaneAccess.EntryView requireEntry(
      DataplaneAccess d, TableSchema t, List<Match> key) {
    DataplaneAccess.EntryView e = d.findEntry(t.name(), key);
    if (e == null) {
      throw ApiException.notFound(
          "table '" + t.name() + "' has no entry with key " + TableState.describeKey(key));
    }
    return e;
  }

  private ApiResponse entryResponse(int status, TableSchema t, DataplaneAccess.EntryView e) {
    ObjectNode root = JSON.objectNode().put("table", t.name());
    root.set("entry", EntryJson.entry(schema, t, e));
    return ApiResponse.json(status, root);
  }

  interface Check<T> {
    T get() throws EntriesException;
  }

  /** Runs a check of {@link EntryRequests}; its problems become a 400. */
  static <T> T checked(Check<T> check) {
    try {
      return check.get();
    } catch (EntriesException e) {
      throw ApiException.badRequest(e.errors());
    }
  }
}
