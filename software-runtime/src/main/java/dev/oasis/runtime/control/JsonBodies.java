package dev.oasis.runtime.control;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Parsing request bodies: one JSON value, strict about duplicates and trailing text. */
final class JsonBodies {
  private JsonBodies() {}

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The body as a JSON object; 400 naming the problem otherwise. */
  static JsonNode object(byte[] body, String example) {
    if (body.length == 0) {
      throw ApiException.badRequest(
          List.of("the request has no body; expected a JSON object like " + example));
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String why =
          e.getOriginalMessage()
              .lines()
              .findFirst()
              .orElse("syntax error")
              .replaceAll("\\s*\\(start marker at \\[Source:[^]]*\\]\\)", "")
              .replaceAll("\\s*\\[Source:[^]]*\\]", "");
      throw ApiException.badRequest(List.of("malformed JSON" + where + ": " + why));
    } catch (IOException e) {
      throw ApiException.badRequest(List.of("unreadable body: " + e.getMessage()));
    }
    if (node == null || node.isMissingNode()) {
      throw ApiException.badRequest(
          List.of("the request has no body; expected a JSON object like " + example));
    }
    if (!node.isObject()) {
      throw ApiException.badRequest(
          List.of("expected a JSON object like " + example + ", got " + describe(node)));
    }
    return node;
  }

  /** The kind of a JSON value for messages: an object, an array, a string, ... */
  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case NUMBER -> node.isIntegralNumber() ? "an integer" : "a fractional number";
      default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
