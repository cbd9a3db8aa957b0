package dev.oasis.cli.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.compiler.entries.Entries;
import dev.oasis.compiler.entries.EntriesException;
import dev.oasis.compiler.entries.EntriesLoader;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code add} and {@code setdefault} lines of a scenario:
 *
 * <pre>
 * add TABLE KEY=VALUE ... ACTION(PARAM=VALUE,...) [priority N]
 * setdefault TABLE ACTION(PARAM=VALUE,...)
 * </pre>
 *
 * Each line becomes the equivalent entries-file JSON ({@code V&&&MASK} a ternary value and mask,
 * {@code MIN..MAX} a range, a double-quoted string a byte-string key), which {@link EntriesLoader}
 * checks against the program's schema, so values read exactly as they do in {@code entries.json}.
 */
final class ControlWriteParser {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern ACTION = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\(([^()]*)\\)");
  private static final String ADD_FORM =
      "add TABLE KEY=VALUE ... ACTION(PARAM=VALUE,...) [priority N]";
  private static final String SETDEFAULT_FORM = "setdefault TABLE ACTION(PARAM=VALUE,...)";

  private final EntriesLoader loader;

  ControlWriteParser(ControlPlaneSchema schema) {
    this.loader = new EntriesLoader(schema);
  }

  /**
   * Parses one {@code add} or {@code setdefault} line and checks it against the schema.
   *
   * @param where {@code file:line}, the start of every message
   * @throws BadLine if the line does not have the form above (the message lacks {@code where})
   * @throws EntriesException if the schema refuses it (messages start with {@code where})
   */
  Entries parse(String where, String line) throws BadLine, EntriesException {
    List<String> words = words(line);
    boolean add = words.get(0).equals("add");
    String form = add ? ADD_FORM : SETDEFAULT_FORM;
    if (words.size() < 2 || words.get(1).contains("(")) {
      throw new BadLine("missing the table name; expected '" + form + "'");
    }
    String table = words.get(1);

    // Keys up to the action, then the action, then (add only) the priority.
    ObjectNode entry = JSON.objectNode();
    ObjectNode key = JSON.objectNode();
    int i = 2;
    for (; i < words.size() && !ACTION.matcher(words.get(i)).matches(); i++) {
      String w = words.get(i);
      if (!add) {
        throw new BadLine("'" + w + "' is not an action call; expected '" + form + "'");
      }
      readKey(w, key);
    }
    if (i == words.size()) {
      throw new BadLine("missing the action; expected '" + form + "'");
    }
    readAction(words.get(i++), entry);
    if (add && i < words.size() && words.get(i).equals("priority")) {
      if (i + 1 == words.size()) {
        throw new BadLine("'priority' needs a number; expected 'priority N' at the end");
      }
      String p = words.get(i + 1);
      if (!p.matches("[0-9]{1,9}")) {
        throw new BadLine("priority '" + p + "' is not a number; expected 0 to 999999999");
      }
      entry.put("priority", Integer.parseInt(p));
      i += 2;
    }
    if (i < words.size()) {
      throw new BadLine(
          "unexpected '"
              + words.get(i)
              + "' after the action; expected "
              + (add ? "'priority N' or " : "")
              + "the end of the line");
    }

    ObjectNode root = JSON.objectNode();
    if (add) {
      entry.set("key", key);
      root.putObject("tables").putArray(table).add(entry);
    } else {
      root.putObject("default_actions").set(table, entry);
    }
    try {
      return loader.parse(where, root.toString());
    } catch (EntriesException e) {
      throw new EntriesException(e.errors().stream().map(m -> withoutJsonPlace(where, m)).toList());
    }
  }

  private static void readKey(String word, ObjectNode key) throws BadLine {
    int eq = word.indexOf('=');
    if (eq <= 0 || eq == word.length() - 1) {
      throw new BadLine(
          "'"
              + word
              + "' is neither a key match KEY=VALUE nor an action call"
              + " ACTION(PARAM=VALUE,...)");
    }
    String name = word.substring(0, eq);
    String value = word.substring(eq + 1);
    if (key.has(name)) {
      throw new BadLine("key '" + name + "' is given twice");
    }
    if (value.startsWith("\"")) {
      if (value.length() < 2 || !value.endsWith("\"")) {
        throw new BadLine("key '" + name + "': unterminated string " + value);
      }
      key.put(name, value.substring(1, value.length() - 1));
    } else if (value.contains("&&&")) {
      String[] vm = value.split("&&&", -1);
      if (vm.length != 2 || vm[0].isEmpty() || vm[1].isEmpty()) {
        throw new BadLine("key '" + name + "': '" + value + "' is not VALUE&&&MASK");
      }
      key.putObject(name).put("value", vm[0]).put("mask", vm[1]);
    } else if (value.contains("..")) {
      String[] mm = value.split("\\.\\.", -1);
      if (mm.length != 2 || mm[0].isEmpty() || mm[1].isEmpty()) {
        throw new BadLine("key '" + name + "': '" + value + "' is not MIN..MAX");
      }
      key.putObject(name).put("min", mm[0]).put("max", mm[1]);
    } else {
      key.put(name, value);
    }
  }

  private static void readAction(String word, ObjectNode entry) throws BadLine {
    Matcher m = ACTION.matcher(word);
    if (!m.matches()) {
      throw new BadLine("'" + word + "' is not an action call; expected ACTION(PARAM=VALUE,...)");
    }
    entry.put("action", m.group(1));
    ObjectNode params = entry.putObject("params");
    String inside = m.group(2);
    if (inside.isEmpty()) {
      return;
    }
    for (String p : inside.split(",", -1)) {
      int eq = p.indexOf('=');
      if (eq <= 0 || eq == p.length() - 1) {
        throw new BadLine("action parameter '" + p + "' of " + m.group(1) + " is not PARAM=VALUE");
      }
      String name = p.substring(0, eq);
      if (params.has(name)) {
        throw new BadLine("action parameter '" + name + "' is given twice");
      }
      params.put(name, p.substring(eq + 1));
    }
  }

  /**
   * Drops the JSON place the loader puts after {@code where} ({@code tables.acl[0].}, {@code
   * default_actions.acl.}): the scenario line is the place.
   */
  static String withoutJsonPlace(String where, String message) {
    String prefix = where + ": ";
    if (!message.startsWith(prefix)) {
      return message;
    }
    String rest = message.substring(prefix.length());
    Matcher m =
        Pattern.compile("^(?:tables\\.[^.\\[: ]+(?:\\[0\\])?|default_actions\\.[^.: ]+)(\\.|: )")
            .matcher(rest);
    if (!m.find()) {
      return message;
    }
    return prefix + rest.substring(m.end());
  }

  /**
   * Splits a line on spaces, keeping a double-quoted string (quotes included) in one word.
   *
   * @throws BadLine for a quote that is not closed
   */
  static List<String> words(String line) throws BadLine {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    int quoteColumn = -1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoteColumn = quoteColumn < 0 ? i + 1 : -1;
      }
      if (Character.isWhitespace(c) && quoteColumn < 0) {
        if (w.length() > 0) {
          out.add(w.toString());
          w.setLength(0);
        }
      } else {
        w.append(c);
      }
    }
    if (quoteColumn >= 0) {
      throw new BadLine("the string that starts at column " + quoteColumn + " is not closed");
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }
}
