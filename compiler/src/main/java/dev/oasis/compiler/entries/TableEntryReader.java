package dev.oasis.compiler.entries;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.schema.ActionSchema;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.schema.KeySchema;
import dev.oasis.compiler.schema.TableSchema;
import dev.oasis.compiler.state.NameSuggestions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the {@code tables} and {@code default_actions} sections of an entries file. */
final class TableEntryReader {
  private final ControlPlaneSchema schema;
  private final JsonChecks checks;
  final List<Entries.TableEntry> tableEntries = new ArrayList<>();
  final List<Entries.DefaultAction> defaultActions = new ArrayList<>();

  TableEntryReader(ControlPlaneSchema schema, JsonChecks checks) {
    this.schema = schema;
    this.checks = checks;
  }

  void readTable(String tableName, JsonNode entries) {
    TableSchema table = schema.table(tableName);
    checks.eachElement(entries, "tables." + tableName, (place, e) -> readEntry(table, place, e));
  }

  private void readEntry(TableSchema table, String place, JsonNode node) {
    if (!checks.isA(node, JsonNode::isObject, place, "an object")
        || !checks.fieldsOk(node, place, Set.of("key", "action", "params", "priority"))) {
      return;
    }
    int errorsBefore = checks.count();
    List<Match> key = readKey(table, place, node.get("key"));
    ActionCall call = readActionCall(table, place, node, false);
    int priority = 0;
    if (node.has("priority")) {
      Integer p =
          checks.value(
              place + ".priority",
              () -> ValueParser.integer(node.get("priority"), 0, Integer.MAX_VALUE, "priority"));
      priority = p == null ? 0 : p;
    } else if (table.needsPriority()) {
      checks.error(
          place,
          "missing priority; table '"
              + table.name()
              + "' has "
              + (hasKind(table, Decls.MatchKind.TERNARY) ? "ternary" : "range")
              + " keys");
    }
    if (checks.count() == errorsBefore) {
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
      checks.error(place, "missing 'key'");
      return null;
    }
    if (!checks.isA(node, JsonNode::isObject, keyPlace, "an object")) {
      return null;
    }
    List<String> keyNames = table.keys().stream().map(KeySchema::name).toList();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (table.key(name) == null) {
        checks.error(
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
          checks.error(
              keyPlace,
              "missing key '"
                  + k.name()
                  + "' ("
                  + k.kind().keyword()
                  + "); only ternary keys may be left out");
        }
        continue;
      }
      matches.add(checks.value(keyPlace + "." + k.name(), () -> ValueParser.match(v, k)));
    }
    return matches;
  }

  private record ActionCall(String action, List<BigInteger> args) {}

  private ActionCall readActionCall(
      TableSchema table, String place, JsonNode node, boolean asDefault) {
    JsonNode actionNode = node.get("action");
    if (actionNode == null) {
      checks.error(place, "missing 'action'");
      return new ActionCall(null, List.of());
    }
    if (!checks.isA(actionNode, JsonNode::isTextual, place + ".action", "a string")) {
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
      checks.error(
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
        checks.error(
            place,
            "missing 'params' of action '" + action.name() + "' (" + paramNames(action) + ")");
      }
      return List.of();
    }
    if (!checks.isA(node, JsonNode::isObject, paramsPlace, "an object")) {
      return List.of();
    }
    List<String> known = action.params().stream().map(ActionSchema.Param::name).toList();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (action.param(name) == null) {
        checks.error(
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
        checks.error(
            paramsPlace, "missing param '" + p.name() + "' of action '" + action.name() + "'");
        continue;
      }
      args.add(checks.value(paramsPlace + "." + p.name(), () -> ValueParser.bits(v, p.width())));
    }
    return args;
  }

  void readDefault(String tableName, JsonNode node) {
    String place = "default_actions." + tableName;
    if (!checks.isA(node, JsonNode::isObject, place, "an object")
        || !checks.fieldsOk(node, place, Set.of("action", "params"))) {
      return;
    }
    int errorsBefore = checks.count();
    ActionCall call = readActionCall(schema.table(tableName), place, node, true);
    if (checks.count() == errorsBefore) {
      defaultActions.add(new Entries.DefaultAction(place, tableName, call.action, call.args));
    }
  }

  private static boolean hasKind(TableSchema t, Decls.MatchKind kind) {
    return t.keys().stream().anyMatch(k -> k.kind() == kind);
  }

  private static String paramNames(ActionSchema a) {
    return a.params().stream().map(ActionSchema.Param::name).collect(Collectors.joining(", "));
  }
}
