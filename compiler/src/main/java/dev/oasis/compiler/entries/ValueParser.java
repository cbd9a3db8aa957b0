package dev.oasis.compiler.entries;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.schema.KeySchema;
import dev.oasis.compiler.state.BitValues;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value forms of entries files. A {@code bit<N>} value is a JSON integer, or a string holding a
 * decimal number, {@code 0x} hexadecimal, {@code 0b} binary, a dotted IPv4 address or a MAC address
 * ({@code 02:00:00:00:00:10}); a width-1 value may also be {@code true} or {@code false}. Key
 * matches: lpm {@code "v/len"} (a plain value is the full length), ternary {@code {"value",
 * "mask"}} (a plain value has a full mask), range {@code {"min", "max"}} (a plain value is a range
 * of one), and the text of a string for a byte-string key.
 */
final class ValueParser {
  private ValueParser() {}

  /** A value that cannot be used; the message says why. */
  static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message);
    }
  }

  private static final Pattern DECIMAL = Pattern.compile("[0-9]+");
  private static final Pattern HEX = Pattern.compile("0[xX]([0-9a-fA-F]+)");
  private static final Pattern BINARY = Pattern.compile("0[bB]([01]+)");
  private static final Pattern IPV4 = Pattern.compile("([0-9]{1,3})(\\.[0-9]{1,3}){3}");
  private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}");

  /** A {@code bit<width>} value. */
  static BigInteger bits(JsonNode node, int width) throws BadValue {
    BigInteger v = number(node, width);
    if (v.signum() < 0 || v.bitLength() > width) {
      throw new BadValue(
          "value " + text(node) + " does not fit in " + BitValues.describeRange(width));
    }
    return v;
  }

  /** A JSON integer in {@code min .. max}. */
  static int integer(JsonNode node, int min, int max, String what) throws BadValue {
    if (!node.isIntegralNumber()) {
      throw new BadValue("expected " + what + " as an integer, got " + describe(node));
    }
    BigInteger v = node.bigIntegerValue();
    if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new BadValue(what + " " + v + " is out of range; expected " + min + " to " + max);
    }
    return v.intValue();
  }

  /** The match of one key element. */
  static Match match(JsonNode node, KeySchema key) throws BadValue {
    if (key.isBytes()) {
      if (!node.isTextual()) {
        throw new BadValue("expected a string for the byte-string key, got " + describe(node));
      }
      byte[] bytes = node.textValue().getBytes(StandardCharsets.UTF_8);
      if (bytes.length > key.maxBytes()) {
        throw new BadValue(
            "value of "
                + bytes.length
                + " bytes is longer than the key's "
                + key.maxBytes()
                + " bytes");
      }
      return new Match.BytesExact(bytes);
    }
    int width = key.width();
    return switch (key.kind()) {
      case EXACT -> new Match.Exact(bits(node, width));
      case LPM -> lpm(node, width);
      case TERNARY -> {
        if (node.isObject()) {
          checkFields(node, Set.of("value", "mask"));
          yield new Match.Ternary(
              bits(required(node, "value"), width), bits(required(node, "mask"), width));
        }
        yield new Match.Ternary(bits(node, width), BitValues.mask(width));
      }
      case RANGE -> {
        if (node.isObject()) {
          checkFields(node, Set.of("min", "max"));
          BigInteger min = bits(required(node, "min"), width);
          BigInteger max = bits(required(node, "max"), width);
          if (min.compareTo(max) > 0) {
            throw new BadValue("range min " + min + " is above max " + max);
          }
          yield new Match.Range(min, max);
        }
        BigInteger v = bits(node, width);
        yield new Match.Range(v, v);
      }
    };
  }

  private static Match lpm(JsonNode node, int width) throws BadValue {
    if (node.isTextual() && node.textValue().contains("/")) {
      String text = node.textValue().trim();
      int slash = text.indexOf('/');
      String lengthText = text.substring(slash + 1).trim();
      if (!DECIMAL.matcher(lengthText).matches()) {
        throw new BadValue(
            "value " + text + " has prefix length '" + lengthText + "'; expected a number");
      }
      BigInteger length = new BigInteger(lengthText);
      if (length.compareTo(BigInteger.valueOf(width)) > 0) {
        throw new BadValue(
            "value " + text + " has prefix length " + length + "; expected 0 to " + width);
      }
      BigInteger v = parseText(text.substring(0, slash).trim(), width);
      if (v.bitLength() > width) {
        throw new BadValue("value " + text + " does not fit in " + BitValues.describeRange(width));
      }
      return new Match.Lpm(v, length.intValue());
    }
    return new Match.Lpm(bits(node, width), width);
  }

  /** A MAC address string, checked. */
  static String mac(JsonNode node) throws BadValue {
    if (!node.isTextual() || !MAC.matcher(node.textValue()).matches()) {
      throw new BadValue(
          "value "
              + text(node)
              + " is not a MAC address; expected six hex pairs like"
              + " 02:00:00:00:00:10");
    }
    return node.textValue();
  }

  /** An IPv4 address with prefix length ({@code 10.0.0.1/24}), checked. */
  static String ipv4Prefix(JsonNode node) throws BadValue {
    String text = node.isTextual() ? node.textValue() : null;
    int slash = text == null ? -1 : text.indexOf('/');
    if (slash < 0) {
      throw new BadValue(
          "value " + text(node) + " is not an IPv4 address with prefix length like 10.0.0.1/24");
    }
    ipv4(text.substring(0, slash));
    String length = text.substring(slash + 1);
    if (!DECIMAL.matcher(length).matches() || Integer.parseInt(length) > 32) {
      throw new BadValue("value " + text + " has prefix length '" + length + "'; expected 0 to 32");
    }
    return text;
  }

  private static BigInteger number(JsonNode node, int width) throws BadValue {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    if (node.isBoolean() && width == 1) {
      return node.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
    }
    if (node.isTextual()) {
      return parseText(node.textValue().trim(), width);
    }
    throw new BadValue("expected a number or a string, got " + describe(node));
  }

  private static BigInteger parseText(String text, int width) throws BadValue {
    if (DECIMAL.matcher(text).matches()) {
      return new BigInteger(text);
    }
    Matcher m = HEX.matcher(text);
    if (m.matches()) {
      return new BigInteger(m.group(1), 16);
    }
    m = BINARY.matcher(text);
    if (m.matches()) {
      return new BigInteger(m.group(1), 2);
    }
    if (IPV4.matcher(text).matches()) {
      return ipv4(text);
    }
    if (MAC.matcher(text).matches()) {
      return new BigInteger(text.replaceAll("[:-]", ""), 16);
    }
    throw new BadValue(
        "value '"
            + text
            + "' is not a number (decimal, 0x hex, 0b binary), an IPv4 address or a MAC address");
  }

  private static BigInteger ipv4(String text) throws BadValue {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw new BadValue("value '" + text + "' is not an IPv4 address");
    }
    long v = 0;
    for (String p : parts) {
      if (!DECIMAL.matcher(p).matches() || p.length() > 3 || Integer.parseInt(p) > 255) {
        throw new BadValue(
            "value '" + text + "' is not an IPv4 address (octet '" + p + "'; expected 0 to 255)");
      }
      v = (v << 8) | Integer.parseInt(p);
    }
    return BigInteger.valueOf(v);
  }

  /** A field of an object that must be present. */
  static JsonNode required(JsonNode object, String field) throws BadValue {
    JsonNode v = object.get(field);
    if (v == null) {
      throw new BadValue("missing '" + field + "'");
    }
    return v;
  }

  /** Refuses fields other than {@code allowed}. */
  static void checkFields(JsonNode object, Set<String> allowed) throws BadValue {
    for (var it = object.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw new BadValue(
            "unknown field '"
                + name
                + "'; expected "
                + String.join(" and ", allowed.stream().sorted().toList()));
      }
    }
  }

  /** A JSON value for messages: numbers and strings as written, others by kind. */
  static String text(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber() || node.isBoolean()) {
      return node.asText();
    }
    return describe(node);
  }

  /** The kind of a JSON value: an object, an array, a string, ... */
  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case NUMBER -> node.isIntegralNumber() ? "an integer" : "a fractional number";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
