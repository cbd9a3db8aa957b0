package dev.oasis.runtime.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.compiler.entries.Entries;
import dev.oasis.compiler.entries.EntriesException;
import dev.oasis.compiler.entries.EntriesLoader;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.schema.ActionSchema;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.schema.TableSchema;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks one control-plane write given as JSON with exactly the rules of entries files: each method
 * wraps its JSON in a one-element entries document and runs {@link EntriesLoader#parse} on it, so
 * names, value forms, widths, prefix lengths and priorities are checked the same way and give the
 * same messages. Messages name the field relative to the JSON given ({@code key.ipv4.dst: value
 * 10.0.0.0/33 has prefix length 33; expected 0 to 32}); every problem is reported. The names of
 * tables, registers and maps must be those of the schema (callers check them first).
 */
public final class EntryRequests {
  private static final String SOURCE = "request";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ControlPlaneSchema schema;
  private final EntriesLoader loader;

  public EntryRequests(ControlPlaneSchema schema) {
    this.schema = schema;
    this.loader = new EntriesLoader(schema);
  }

  /** One element of an entries file's {@code tables.TABLE} list. */
  public Entries.TableEntry tableEntry(String table, JsonNode entry) throws EntriesException {
    ObjectNode doc = JSON.objectNode();
    doc.putObject("tables").putArray(table).add(entry);
    return load(doc, "tables." + table + "[0]").tableEntries().get(0);
  }

  /** The value of an entries file's {@code default_actions.TABLE}: {@code {"action", "params"}}. */
  public Entries.DefaultAction defaultAction(String table, JsonNode body) throws EntriesException {
    ObjectNode doc = JSON.objectNode();
    doc.putObject("default_actions").set(table, body);
    return load(doc, "default_actions." + table).defaultActions().get(0);
  }

  /** The key of {@code {"key": {...}}}, checked as an entry's key would be. */
  public List<Match> tableKey(String table, JsonNode body) throws EntriesException {
    TableSchema t = schema.table(table);
    onlyFields(body, List.of("key"), "an entry is named by its key alone");
    if (t.actions().isEmpty()) {
      throw new EntriesException(
          List.of("table '" + table + "' has no actions, so it has no entries"));
    }
    // A stand-in action with zero arguments: only the key is of interest.
    ActionSchema action = t.actions().get(0);
    ObjectNode entry = JSON.objectNode();
    if (body.has("key")) {
      entry.set("key", body.get("key"));
    }
    entry.put("action", action.name());
    if (!action.params().isEmpty()) {
      ObjectNode params = entry.putObject("params");
      action.params().forEach(p -> params.put(p.name(), 0));
    }
    entry.put("priority", 0);
    return tableEntry(table, entry).key();
  }

  /** {@code {"value": V}} for element {@code index} of a register (index already in range). */
  public BigInteger registerValue(String register, int index, JsonNode body)
      throws EntriesException {
    onlyFields(body, List.of("value"), "the index comes from the URL");
    ObjectNode element = JSON.objectNode().put("index", index);
    if (body.has("value")) {
      element.set("value", body.get("value"));
    }
    ObjectNode doc = JSON.objectNode();
    doc.putObject("registers").putArray(register).add(element);
    return load(doc, "registers." + register + "[0]").registerValues().get(0).value();
  }

  /** One element of an entries file's {@code maps.MAP} list: {@code {"key": K, "value": V}}. */
  public Entries.MapEntry mapEntry(String map, JsonNode body) throws EntriesException {
    ObjectNode doc = JSON.objectNode();
    doc.putObject("maps").putArray(map).add(body);
    return load(doc, "maps." + map + "[0]").mapEntries().get(0);
  }

  /** The key of {@code {"key": K}} for a map. */
  public BigInteger mapKey(String map, JsonNode body) throws EntriesException {
    onlyFields(body, List.of("key"), "a map entry is named by its key alone");
    ObjectNode element = JSON.objectNode();
    if (body.has("key")) {
      element.set("key", body.get("key"));
    }
    element.put("value", 0);
    return mapEntry(map, element).key();
  }

  private Entries load(ObjectNode doc, String place) throws EntriesException {
    String text;
    try {
      text = MAPPER.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("request document is not serialisable", e);
    }
    try {
      return loader.parse(SOURCE, text);
    } catch (EntriesException e) {
      throw new EntriesException(relativeTo(e.errors(), place));
    }
  }

  /** {@code request: tables.routes[0].key.ipv4.dst: m} becomes {@code key.ipv4.dst: m}. */
  private static List<String> relativeTo(List<String> errors, String place) {
    String prefix = SOURCE + ": " + place;
    List<String> out = new ArrayList<>();
    for (String e : errors) {
      if (e.startsWith(prefix + ": ")) {
        out.add(e.substring(prefix.length() + 2));
      } else if (e.startsWith(prefix + ".")) {
        out.add(e.substring(prefix.length() + 1));
      } else if (e.startsWith(SOURCE + ": ")) {
        out.add(e.substring(SOURCE.length() + 2));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static void onlyFields(JsonNode body, List<String> allowed, String why)
      throws EntriesException {
    if (!body.isObject()) {
      throw new EntriesException(List.of("expected an object, got " + JsonBodies.describe(body)));
    }
    List<String> errors = new ArrayList<>();
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        errors.add(
            name
                + ": unknown field '"
                + name
                + "' (fields: "
                + String.join(", ", allowed)
                + "); "
                + why);
      }
    }
    if (!errors.isEmpty()) {
      throw new EntriesException(errors);
    }
  }
}
