package dev.oasis.compiler.entries;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an entries file and checks it against a program's control-plane schema. The format:
 *
 * <pre>
 * {
 *   "interfaces": [ {"port": 0, "mac": "02:00:00:00:00:10", "ipv4": "10.0.0.1/24"} ],
 *   "tables": { "routes": [ {"key": {"ipv4.dst": "10.0.0.0/24"}, "action": "via",
 *                            "params": {"nexthop": "10.0.3.2"}, "priority": 10} ] },
 *   "default_actions": {"routes": {"action": "unreachable", "params": {}}},
 *   "registers": {"r": [{"index": 0, "value": 5}]},
 *   "maps": {"m": [{"key": "0x0a000001", "value": 1}]}
 * }
 * </pre>
 *
 * <p>Every section is optional. Value forms are those of {@link ValueParser}. A ternary key element
 * may be left out (a wildcard); every other key element must be given. {@code priority} is required
 * in tables with a ternary or range key and ignored elsewhere. Unknown names and fields are errors,
 * with a suggestion where one is close. All problems are reported together, each with its place:
 * {@code entries.json: tables.routes[3].key.ipv4.dst: ...}.
 */
public final class EntriesLoader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ControlPlaneSchema schema;

  public EntriesLoader(ControlPlaneSchema schema) {
    this.schema = schema;
  }

  /** Reads and checks {@code file}; messages name it as given. */
  public Entries load(Path file) throws EntriesException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EntriesException(List.of(file + ": cannot read the entries file: " + why(e)));
    }
    return parse(file.toString(), text);
  }

  /** The reason a file could not be read, in words rather than an exception's name. */
  private static String why(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "not UTF-8 text";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Checks the JSON text {@code json}; {@code source} names it in messages. */
  public Entries parse(String source, String json) throws EntriesException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
      String why =
          e.getOriginalMessage()
              .lines()
              .findFirst()
              .orElse("syntax error")
              .replaceAll("\\s*\\(start marker at \\[Source:[^]]*\\]\\)", "")
              .replaceAll("\\s*\\[Source:[^]]*\\]", "");
      throw new EntriesException(List.of(where + ": malformed JSON: " + why));
    }
    if (root == null || root.isMissingNode()) {
      throw new EntriesException(List.of(source + ": the file is empty; expected a JSON object"));
    }
    EntriesReader reader = new EntriesReader(schema, source);
    Entries entries = reader.read(root);
    if (!reader.errors().isEmpty()) {
      throw new EntriesException(reader.errors());
    }
    return entries;
  }
}
