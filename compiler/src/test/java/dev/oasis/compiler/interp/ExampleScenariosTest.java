package dev.oasis.compiler.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.compiler.entries.EntriesLoader;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.state.DataplaneState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The four examples run on their scenarios (examples/README.md, "The scenario format"), whose
 * expected frames were computed with scapy from the specification, never by running Oasis. The
 * interpreter has no slow path here: for a punted packet the scenario's frames are the slow path's
 * answers, so only the punt itself is checked.
 */
class ExampleScenariosTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** One {@code packet} line and the {@code expect} lines after it. */
  private record Block(int line, int port, String hex, List<String[]> expects) {}

  @ParameterizedTest
  @CsvSource({
    "l3-router, router.oasis",
    "l2-switch, switch.oasis",
    "dns-responder, dns.oasis",
    "stateful-firewall, firewall.oasis"
  })
  void scenarioOutputsMatch(String example, String programFile) throws Exception {
    Path dir = Examples.dir(example);
    IrProgram program = Examples.compile(dir.resolve(programFile));
    ControlPlaneSchema schema = ControlPlaneSchema.of(program);
    DataplaneState state = new DataplaneState(program);
    if (Files.exists(dir.resolve("entries.json"))) {
      new EntriesLoader(schema).load(dir.resolve("entries.json")).applyTo(state);
    }
    Interpreter interpreter = new Interpreter(program, state);

    List<String> lines = Files.readAllLines(dir.resolve("scenario.stf"));
    List<String> failures = new ArrayList<>();
    int packets = 0;
    int checked = 0;
    Block block = null;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).strip() : "packet";
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.split("\\s+", 3);
      if (words[0].equals("expect")) {
        block.expects().add(words);
        continue;
      }
      // Anything else ends the block before it: run it.
      if (block != null) {
        long timestamp = 1_000_000_000L + packets++ * 1_000_000L;
        PacketResult r =
            interpreter.process(HexFormat.of().parseHex(block.hex()), block.port(), timestamp);
        if (r.kind() != PacketResult.Kind.PUNT) {
          check(block, r, failures);
          checked++;
        }
        block = null;
      }
      if (i == lines.size()) {
        break;
      }
      switch (words[0]) {
        case "packet" ->
            block =
                new Block(
                    i + 1,
                    Integer.parseInt(words[1]),
                    words[2].replace(" ", ""),
                    new ArrayList<>());
        case "add", "setdefault" ->
            new EntriesLoader(schema)
                .parse("scenario.stf:" + (i + 1), controlWrite(line).toString())
                .applyTo(state);
        default -> fail("scenario.stf:" + (i + 1) + ": unknown line " + line);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThan(packets / 2);
  }

  private static void check(Block b, PacketResult r, List<String> failures) {
    List<String[]> expected = new ArrayList<>();
    for (String[] e : b.expects()) {
      if (!e[1].equals("drop")) {
        expected.add(e);
      }
    }
    List<PortFrame> actual = new ArrayList<>(r.outputs());
    expected.sort(Comparator.comparingInt(e -> Integer.parseInt(e[1])));
    actual.sort(Comparator.comparingInt(PortFrame::port));
    boolean ok = expected.size() == actual.size();
    for (int i = 0; ok && i < actual.size(); i++) {
      ok =
          Integer.parseInt(expected.get(i)[1]) == actual.get(i).port()
              && matches(expected.get(i)[2].replace(" ", ""), actual.get(i).bytes());
    }
    if (!ok) {
      StringBuilder s = new StringBuilder("scenario.stf:" + b.line() + ": got " + r);
      expected.forEach(e -> s.append("\n  expected port ").append(e[1]).append(": ").append(e[2]));
      failures.add(s.toString());
    }
  }

  private static boolean matches(String pattern, byte[] frame) {
    String hex = HexFormat.of().formatHex(frame);
    if (hex.length() != pattern.length()) {
      return false;
    }
    for (int i = 0; i < hex.length(); i++) {
      char p = Character.toLowerCase(pattern.charAt(i));
      if (p != '*' && p != hex.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** An {@code add} or {@code setdefault} line as an entries file. */
  private static ObjectNode controlWrite(String line) {
    List<String> words = words(line);
    ObjectNode root = JSON.objectNode();
    String table = words.get(1);
    ObjectNode entry = JSON.objectNode();
    ObjectNode key = JSON.objectNode();
    for (int i = 2; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("priority")) {
        entry.put("priority", Integer.parseInt(words.get(++i)));
      } else if (w.contains("(")) {
        entry.put("action", w.substring(0, w.indexOf('(')));
        ObjectNode params = entry.putObject("params");
        String inside = w.substring(w.indexOf('(') + 1, w.lastIndexOf(')'));
        for (String p : inside.isEmpty() ? new String[0] : inside.split(",")) {
          params.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
      } else {
        String name = w.substring(0, w.indexOf('='));
        String value = w.substring(w.indexOf('=') + 1);
        if (value.startsWith("\"")) {
          key.put(name, value.substring(1, value.length() - 1));
        } else if (value.contains("&&&")) {
          String[] vm = value.split("&&&");
          key.putObject(name).put("value", vm[0]).put("mask", vm[1]);
        } else if (value.contains("..")) {
          String[] mm = value.split("\\.\\.");
          key.putObject(name).put("min", mm[0]).put("max", mm[1]);
        } else {
          key.put(name, value);
        }
      }
    }
    if (line.startsWith("add")) {
      entry.set("key", key);
      root.putObject("tables").putArray(table).add(entry);
    } else {
      root.putObject("default_actions").set(table, entry);
    }
    return root;
  }

  /** Splits on spaces, keeping double-quoted strings (with their quotes) in one word. */
  private static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (Character.isWhitespace(c) && !quoted) {
        if (w.length() > 0) {
          out.add(w.toString());
          w.setLength(0);
        }
      } else {
        w.append(c);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }
}
