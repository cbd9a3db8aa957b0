package dev.oasis.compiler.entries;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oasis.compiler.entries.ValueParser.BadValue;
import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.schema.ActionSchema;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.schema.ExternSchemas;
import dev.oasis.compiler.schema.KeySchema;
import dev.oasis.compiler.schema.TableSchema;
import dev.oasis.compiler.state.NameSuggestions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One pass over a parsed entries file: builds {@link Entries} and collects every problem. */
final class EntriesReader {
  private static final List<String> SECTIONS =
      List.of("interfaces", "tables", "default_actions", "registers", "maps");

  private final ControlPlaneSchema schema;
  private final String source;
  private final List<String> errors = new ArrayList<>();
  private final List<Entries.InterfaceConfig> interfaces = new ArrayList<>();
  private final List<Entries.TableEntry> tableEntries = new ArrayList<>();
  private final List<Entries.DefaultAction> defaultActions = new ArrayList<>();
  private final List<Entries.RegisterValue> registerValues = new ArrayList<>();
  private final List<Entries.MapEntry> mapEntries = new ArrayList<>();

  EntriesReader(ControlPlaneSchema schema, String source) {
    this.schema = schema;
    this.source = source;
  }

  List<String> errors() {
    return errors;
  }

  Entries read(JsonNode root) {
    if (!isA(root, JsonNode::isObject, "", "an object")) {
      return null;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> section = it.next();
      String name = section.getKey();
      JsonNode value = section.getValue();
      switch (name) {
        case "interfaces" -> eachElement(value, name, this::readInterface);
        case "tables" -> eachNamed(value, name, "table", names(schema.tables()), this::readTable);
        case "default_actions" ->
            eachNamed(value, name, "table", names(schema.tables()), this::readDefault);
        case "registers" -> eachNamed(value, name, "register", registerNames(), this::readRegister);
        case "maps" -> eachNamed(value, name, "map", mapNames(), this::readMap);
        default ->
            error(
                name,
                "unknown section '"
                    + name
                    + "'"
                    + NameSuggestions.hint(name, SECTIONS)
                    + " (sections: "
                    + String.join(", ", SECTIONS)
                    + ")");
      }
    }
    return new Entries(
        source, interfaces, tableEntries, defaultActions, registerValues, mapEntries);
  }

  // ---------------------------------------------------------------------------------------------
  // Sections

  private void readInterface(String place, JsonNode node) {
    if (!isA(node, JsonNode::isObject, place, "an object")
        || !fieldsOk(node, place, Set.of("port", "mac", "ipv4"))) {
      return;
    }
    Integer port =
        value(
            place + ".port",
            () ->
                ValueParser.integer(
                    ValueParser.required(node, "port"), 0, schema.ports() - 1, "port"));
    String mac = value(place + ".mac", () -> ValueParser.mac(ValueParser.required(node, "mac")));
    String ipv4 =
        node.has("ipv4")
            ? value(place + ".ipv4", () -> ValueParser.ipv4Prefix(node.get("ipv4")))
            : null;
    if (port != null && mac != null && (ipv4 != null || !node.has("ipv4"))) {
      interfaces.add(new Entries.InterfaceConfig(port, mac, ipv4));
    }
  }

  private void readTable(String tableName, JsonNode entries) {
    TableSchema table = schema.table(tableName);
    eachElement(entries, "tables." + tableName, (place, e) -> readEntry(table, place, e));
  }

  private void readEntry(TableSchema table, String place, JsonNode node) {
    if (!isA(node, JsonNode::isObject, place, "an object")
        || !fieldsOk(node, place, Set.of("key", "action", "params", "priority"))) {
      return;
    }
    int errorsBefore = errors.size();
    List<Match> key = readKey(table, place, node.get("key"));
    ActionCall call = readActionCall(table, place, node, false);
    int priority = 0;
    if (node.has("priority")) {
      Integer p =
          value(
              place + ".priority",
              () -> ValueParser.integer(node.get("priority"), 0, Integer.MAX_VALUE, "priority"));
      priority = p == null ? 0 : p;
    } else if (table.needsPriority()) {
      error(
          place,
          "missing priority; table '"
              + table.name()
              + "' has "
              + (hasKind(table, Decls.MatchKind.TERNARY) ? "ternary" : "range")
              + " keys");
    }
    if (errors.size() == errorsBefore) {
      tableEntries.add(
          new Entries.TableEntry(place, table.name(), key, call.action, call.args, priority));
    }
  }

  private List<Match> readKey(TableSchema table, String place, JsonNode node) {
    String keyPlace = place + ".key";
    if (node == null) {
      if (table.keys().stream().allMatch(k -> k.kind() == Decls.MatchKind.TERNARY)) {
        return table.keys().stream().map(k -> (Match) Match.ANY).toList();
      }
      error(place, "missing 'key'");
      return null;
    }
    if (!isA(node, JsonNode::isObject, keyPlace, "an object")) {
      return null;
    }
    List<String> keyNames = table.keys().stream().map(KeySchema::name).toList();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (table.key(name) == null) {
        error(
            keyPlace + "." + name,
            "unknown key '"
                + name
                + "' of table '"
                + table.name()
                + "'"
                + NameSuggestions.hint(name, keyNames)
                + " (keys: "
                + String.join(", ", keyNames)
                + ")");
      }
    }
    List<Match> matches = new ArrayList<>();
    for (KeySchema k : table.keys()) {
      JsonNode v = node.get(k.name());
      if (v == null) {
        if (k.kind() == Decls.MatchKind.TERNARY) {
          matches.add(Match.ANY);
        } else {
          error(
              keyPlace,
              "missing key '"
                  + k.name()
                  + "' ("
                  + k.kind().keyword()
                  + "); only ternary keys may be left out");
        }
        continue;
      }
      matches.add(value(keyPlace + "." + k.name(), () -> ValueParser.match(v, k)));
    }
    return matches;
  }

  private record ActionCall(String action, List<BigInteger> args) {}

  private ActionCall readActionCall(
      TableSchema table, String place, JsonNode node, boolean asDefault) {
    JsonNode actionNode = node.get("action");
    if (actionNode == null) {
      error(place, "missing 'action'");
      return new ActionCall(null, List.of());
    }
    if (!isA(actionNode, JsonNode::isTextual, place + ".action", "a string")) {
      return new ActionCall(null, List.of());
    }
    String name = actionNode.textValue();
    ActionSchema action = asDefault ? table.defaultCandidate(name) : table.action(name);
    if (action == null) {
      List<String> allowed =
          table.actions().stream().map(ActionSchema::name).collect(Collectors.toList());
      String why =
          schema.action(name) != null
              ? "action '" + name + "' is not an action of table '" + table.name() + "'"
              : "unknown action '" + name + "'" + NameSuggestions.hint(name, allowed);
      error(
          place + ".action",
          why + " (actions of '" + table.name() + "': " + String.join(", ", allowed) + ")");
      return new ActionCall(null, List.of());
    }
    return new ActionCall(name, readParams(action, place, node.get("params")));
  }

  private List<BigInteger> readParams(ActionSchema action, String place, JsonNode node) {
    String paramsPlace = place + ".params";
    if (node == null) {
      if (!action.params().isEmpty()) {
        error(
            place,
            "missing 'params' of action '" + action.name() + "' (" + paramNames(action) + ")");
      }
      return List.of();
    }
    if (!isA(node, JsonNode::isObject, paramsPlace, "an object")) {
      return List.of();
    }
    List<String> known = action.params().stream().map(ActionSchema.Param::name).toList();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (action.param(name) == null) {
        error(
            paramsPlace + "." + name,
            "unknown param '"
                + name
                + "' of action '"
                + action.name()
                + "'"
                + NameSuggestions.hint(name, known)
                + (known.isEmpty() ? " (it has none)" : " (params: " + paramNames(action) + ")"));
      }
    }
    List<BigInteger> args = new ArrayList<>();
    for (ActionSchema.Param p : action.params()) {
      JsonNode v = node.get(p.name());
      if (v == null) {
        error(paramsPlace, "missing param '" + p.name() + "' of action '" + action.name() + "'");
        continue;
      }
      args.add(value(paramsPlace + "." + p.name(), () -> ValueParser.bits(v, p.width())));
    }
    return args;
  }

  private void readDefault(String tableName, JsonNode node) {
    String place = "default_actions." + tableName;
    if (!isA(node, JsonNode::isObject, place, "an object")
        || !fieldsOk(node, place, Set.of("action", "params"))) {
      return;
    }
    int errorsBefore = errors.size();
    ActionCall call = readActionCall(schema.table(tableName), place, node, true);
    if (errors.size() == errorsBefore) {
      defaultActions.add(new Entries.DefaultAction(place, tableName, call.action, call.args));
    }
  }

  private void readRegister(String name, JsonNode values) {
    ExternSchemas.Register r = schema.register(name);
    eachElement(
        values,
        "registers." + name,
        (place, node) -> {
          if (!isA(node, JsonNode::isObject, place, "an object")
              || !fieldsOk(node, place, Set.of("index", "value"))) {
            return;
          }
          Integer index =
              value(
                  place + ".index",
                  () ->
                      ValueParser.integer(
                          ValueParser.required(node, "index"), 0, r.size() - 1, "index"));
          BigInteger value =
              value(
                  place + ".value",
                  () -> ValueParser.bits(ValueParser.required(node, "value"), r.width()));
          if (index != null && value != null) {
            registerValues.add(new Entries.RegisterValue(place, name, index, value));
          }
        });
  }

  private void readMap(String name, JsonNode values) {
    ExternSchemas.Map m = schema.map(name);
    eachElement(
        values,
        "maps." + name,
        (place, node) -> {
          if (!isA(node, JsonNode::isObject, place, "an object")
              || !fieldsOk(node, place, Set.of("key", "value"))) {
            return;
          }
          BigInteger key =
              value(
                  place + ".key",
                  () -> ValueParser.bits(ValueParser.required(node, "key"), m.keyWidth()));
          BigInteger value =
              value(
                  place + ".value",
                  () -> ValueParser.bits(ValueParser.required(node, "value"), m.valueWidth()));
          if (key != null && value != null) {
            mapEntries.add(new Entries.MapEntry(place, name, key, value));
          }
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private interface Reader<T> {
    T read() throws BadValue;
  }

  /** Runs {@code reader}; on a bad value records it at {@code place} and returns null. */
  private <T> T value(String place, Reader<T> reader) {
    try {
      return reader.read();
    } catch (BadValue e) {
      error(place, e.getMessage());
      return null;
    }
  }

  private void eachElement(JsonNode node, String place, ElementReader reader) {
    if (!isA(node, JsonNode::isArray, place, "an array")) {
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      reader.read(place + "[" + i + "]", node.get(i));
    }
  }

  private interface ElementReader {
    void read(String place, JsonNode node);
  }

  /** For an object of named things ({@code "tables": {"routes": ...}}): checks each name. */
  private void eachNamed(
      JsonNode node,
      String place,
      String kind,
      List<String> known,
      java.util.function.BiConsumer<String, JsonNode> reader) {
    if (!isA(node, JsonNode::isObject, place, "an object")) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!known.contains(f.getKey())) {
        error(
            place + "." + f.getKey(),
            "unknown "
                + kind
                + " '"
                + f.getKey()
                + "'"
                + NameSuggestions.hint(f.getKey(), known)
                + (known.isEmpty()
                    ? " (the program has no " + kind + "s)"
                    : " (" + kind + "s: " + String.join(", ", known) + ")"));
        continue;
      }
      reader.accept(f.getKey(), f.getValue());
    }
  }

  private boolean isA(
      JsonNode node, java.util.function.Predicate<JsonNode> test, String place, String expected) {
    if (test.test(node)) {
      return true;
    }
    error(place, "expected " + expected + ", got " + ValueParser.describe(node));
    return false;
  }

  private boolean fieldsOk(JsonNode node, String place, Set<String> allowed) {
    boolean ok = true;
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        error(
            place + "." + name,
            "unknown field '"
                + name
                + "'"
                + NameSuggestions.hint(name, allowed)
                + " (fields: "
                + allowed.stream().sorted().collect(Collectors.joining(", "))
                + ")");
        ok = false;
      }
    }
    return ok;
  }

  private void error(String place, String message) {
    errors.add(source + ": " + (place.isEmpty() ? "" : place + ": ") + message);
  }

  private static boolean hasKind(TableSchema t, Decls.MatchKind kind) {
    return t.keys().stream().anyMatch(k -> k.kind() == kind);
  }

  private static String paramNames(ActionSchema a) {
    return a.params().stream().map(ActionSchema.Param::name).collect(Collectors.joining(", "));
  }

  private static List<String> names(List<TableSchema> tables) {
    return tables.stream().map(TableSchema::name).toList();
  }

  private List<String> registerNames() {
    return schema.registers().stream().map(ExternSchemas.Register::name).toList();
  }

  private List<String> mapNames() {
    return schema.maps().stream().map(ExternSchemas.Map::name).toList();
  }
}
