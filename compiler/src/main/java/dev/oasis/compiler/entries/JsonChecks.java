package dev.oasis.compiler.entries;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oasis.compiler.entries.ValueParser.BadValue;
import dev.oasis.compiler.state.NameSuggestions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The problems found in one entries file, and the checks of JSON shapes that report them: each
 * problem is recorded as {@code SOURCE: PLACE: message} and reading goes on, so that one run
 * reports everything.
 */
final class JsonChecks {
  private final String source;
  private final List<String> errors = new ArrayList<>();

  JsonChecks(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  List<String> errors() {
    return errors;
  }

  int count() {
    return errors.size();
  }

  interface Reader<T> {
    T read() throws BadValue;
  }

  /** Runs {@code reader}; on a bad value records it at {@code place} and returns null. */
  <T> T value(String place, Reader<T> reader) {
    try {
      return reader.read();
    } catch (BadValue e) {
      error(place, e.getMessage());
      return null;
    }
  }

  void eachElement(JsonNode node, String place, ElementReader reader) {
    if (!isA(node, JsonNode::isArray, place, "an array")) {
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      reader.read(place + "[" + i + "]", node.get(i));
    }
  }

  interface ElementReader {
    void read(String place, JsonNode node);
  }

  /** For an object of named things ({@code "tables": {"routes": ...}}): checks each name. */
  void eachNamed(
      JsonNode node,
      String place,
      String kind,
      List<String> known,
      java.util.function.BiConsumer<String, JsonNode> reader) {
    if (!isA(node, JsonNode::isObject, place, "an object")) {
      return;
    }
    for (Map.Entry<String, JsonNode> f : node.properties()) {
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

  boolean isA(
      JsonNode node, java.util.function.Predicate<JsonNode> test, String place, String expected) {
    if (test.test(node)) {
      return true;
    }
    error(place, "expected " + expected + ", got " + ValueParser.describe(node));
    return false;
  }

  boolean fieldsOk(JsonNode node, String place, Set<String> allowed) {
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

  void error(String place, String message) {
    errors.add(source + ": " + (place.isEmpty() ? "" : place + ": ") + message);
  }
}
