package dev.oasis.runtime.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.schema.ActionSchema;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.schema.TableSchema;
import dev.oasis.compiler.state.BitValues;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Table entries and values written back in the forms of an entries file, so that what the API lists
 * can be posted again: values as {@code 0x} hexadecimal strings, lpm as {@code "0x.../LEN"},
 * ternary as {@code {"value", "mask"}} (a wildcard is left out), range as {@code {"min", "max"}},
 * byte strings as text. A byte string that is not UTF-8 is written as ISO-8859-1 text, which an
 * entries file reads back as different bytes.
 */
final class EntryJson {
  private EntryJson() {}

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  static ObjectNode entry(
      ControlPlaneSchema schema, TableSchema table, DataplaneAccess.EntryView e) {
    ObjectNode node = JSON.objectNode();
    ObjectNode key = node.putObject("key");
    for (int i = 0; i < table.keys().size(); i++) {
      Match m = e.key().get(i);
      if (!(m instanceof Match.Any)) {
        key.set(table.keys().get(i).name(), match(m));
      }
    }
    node.put("action", e.action());
    ObjectNode params = params(schema.action(e.action()), e.args());
    if (!params.isEmpty()) {
      node.set("params", params);
    }
    if (table.needsPriority()) {
      node.put("priority", e.priority());
    }
    return node;
  }

  static ObjectNode action(ControlPlaneSchema schema, String action, List<BigInteger> args) {
    ObjectNode node = JSON.objectNode().put("action", action);
    node.set("params", params(schema.action(action), args));
    return node;
  }

  static ObjectNode params(ActionSchema action, List<BigInteger> args) {
    ObjectNode params = JSON.objectNode();
    for (int i = 0; i < args.size() && action != null; i++) {
      params.put(action.params().get(i).name(), BitValues.hex(args.get(i)));
    }
    return params;
  }

  static JsonNode match(Match m) {
    if (m instanceof Match.Exact e) {
      return TextNode.valueOf(BitValues.hex(e.value()));
    }
    if (m instanceof Match.Lpm l) {
      return TextNode.valueOf(BitValues.hex(l.value()) + "/" + l.prefixLength());
    }
    if (m instanceof Match.Ternary t) {
      return JSON.objectNode()
          .put("value", BitValues.hex(t.value()))
          .put("mask", BitValues.hex(t.mask()));
    }
    if (m instanceof Match.Range r) {
      return JSON.objectNode()
          .put("min", BitValues.hex(r.low()))
          .put("max", BitValues.hex(r.high()));
    }
    if (m instanceof Match.BytesExact b) {
      return TextNode.valueOf(text(b.value()));
    }
    throw new IllegalArgumentException("no entries-file form for match " + m);
  }

  /** A count as JSON: counts are unsigned 64-bit. */
  static BigInteger unsigned(long count) {
    return new BigInteger(Long.toUnsignedString(count));
  }

  private static String text(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
