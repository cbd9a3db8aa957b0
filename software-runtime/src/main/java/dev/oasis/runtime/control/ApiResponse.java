package dev.oasis.runtime.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the control API answers: a status, a content type and a body, plus an {@code Allow} header
 * for 405. Errors are always {@code {"errors": ["...", ...]}}.
 */
record ApiResponse(int status, String contentType, byte[] body, String allow) {

  static final String JSON_TYPE = "application/json; charset=utf-8";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static ApiResponse json(int status, JsonNode node) {
    try {
      byte[] text = (MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
      return new ApiResponse(status, JSON_TYPE, text, null);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response is not serialisable", e);
    }
  }

  static ApiResponse text(int status, String contentType, String text) {
    return new ApiResponse(status, contentType, text.getBytes(StandardCharsets.UTF_8), null);
  }

  static ApiResponse errors(int status, List<String> errors) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode list = root.putArray("errors");
    errors.forEach(list::add);
    return json(status, root);
  }

  ApiResponse withAllow(String methods) {
    return new ApiResponse(status, contentType, body, methods);
  }
}
