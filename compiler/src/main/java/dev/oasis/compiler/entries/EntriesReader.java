package dev.oasis.compiler.entries;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.schema.ExternSchemas;
import dev.oasis.compiler.schema.TableSchema;
import dev.oasis.compiler.state.NameSuggestions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One pass over a parsed entries file: builds {@link Entries} and collects every problem. */
final class EntriesReader {
  private static final List<String> SECTIONS =
      List.of("interfaces", "tables", "default_actions", "registers", "maps");

  private final ControlPlaneSchema schema;
  private final JsonChecks checks;
  private final TableEntryReader tables;
  private final List<Entries.InterfaceConfig> interfaces = new ArrayList<>();
  private final List<Entries.RegisterValue> registerValues = new ArrayList<>();
  private final List<Entries.MapEntry> mapEntries = new ArrayList<>();

  EntriesReader(ControlPlaneSchema schema, String source) {
    this.schema = schema;
    this.checks = new JsonChecks(source);
    this.tables = new TableEntryReader(schema, checks);
  }

  List<String> errors() {
    return checks.errors();
  }

  Entries read(JsonNode root) {
    if (!checks.isA(root, JsonNode::isObject, "", "an object")) {
      return null;
    }
    for (Map.Entry<String, JsonNode> section : root.properties()) {
      String name = section.getKey();
      JsonNode value = section.getValue();
      switch (name) {
        case "interfaces" -> checks.eachElement(value, name, this::readInterface);
        case "tables" ->
            checks.eachNamed(value, name, "table", names(schema.tables()), tables::readTable);
        case "default_actions" ->
            checks.eachNamed(value, name, "table", names(schema.tables()), tables::readDefault);
        case "registers" ->
            checks.eachNamed(value, name, "register", registerNames(), this::readRegister);
        case "maps" -> checks.eachNamed(value, name, "map", mapNames(), this::readMap);
        default ->
            checks.error(
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
        checks.source(),
        interfaces,
        tables.tableEntries,
        tables.defaultActions,
        registerValues,
        mapEntries);
  }

  // ---------------------------------------------------------------------------------------------
  // Sections

  private void readInterface(String place, JsonNode node) {
    if (!checks.isA(node, JsonNode::isObject, place, "an object")
        || !checks.fieldsOk(node, place, Set.of("port", "mac", "ipv4"))) {
      return;
    }
    Integer port =
        checks.value(
            place + ".port",
            () ->
                ValueParser.integer(
                    ValueParser.required(node, "port"), 0, schema.ports() - 1, "port"));
    String mac =
        checks.value(place + ".mac", () -> ValueParser.mac(ValueParser.required(node, "mac")));
    String ipv4 =
        node.has("ipv4")
            ? checks.value(place + ".ipv4", () -> ValueParser.ipv4Prefix(node.get("ipv4")))
            : null;
    if (port != null && mac != null && (ipv4 != null || !node.has("ipv4"))) {
      interfaces.add(new Entries.InterfaceConfig(port, mac, ipv4));
    }
  }

  private void readRegister(String name, JsonNode values) {
    ExternSchemas.Register r = schema.register(name);
    checks.eachElement(
        values,
        "registers." + name,
        (place, node) -> {
          if (!checks.isA(node, JsonNode::isObject, place, "an object")
              || !checks.fieldsOk(node, place, Set.of("index", "value"))) {
            return;
          }
          Integer index =
              checks.value(
                  place + ".index",
                  () ->
                      ValueParser.integer(
                          ValueParser.required(node, "index"), 0, r.size() - 1, "index"));
          BigInteger value =
              checks.value(
                  place + ".value",
                  () -> ValueParser.bits(ValueParser.required(node, "value"), r.width()));
          if (index != null && value != null) {
            registerValues.add(new Entries.RegisterValue(place, name, index, value));
          }
        });
  }

  private void readMap(String name, JsonNode values) {
    ExternSchemas.Map m = schema.map(name);
    checks.eachElement(
        values,
        "maps." + name,
        (place, node) -> {
          if (!checks.isA(node, JsonNode::isObject, place, "an object")
              || !checks.fieldsOk(node, place, Set.of("key", "value"))) {
            return;
          }
          BigInteger key =
              checks.value(
                  place + ".key",
                  () -> ValueParser.bits(ValueParser.required(node, "key"), m.keyWidth()));
          BigInteger value =
              checks.value(
                  place + ".value",
                  () -> ValueParser.bits(ValueParser.required(node, "value"), m.valueWidth()));
          if (key != null && value != null) {
            mapEntries.add(new Entries.MapEntry(place, name, key, value));
          }
        });
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
