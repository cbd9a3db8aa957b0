package dev.oasis.cli.scenario;

import dev.oasis.compiler.entries.EntriesException;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a scenario file (examples/README.md, "The scenario format") and checks it against the
 * program it is for: ports in range, tables, keys, actions and values as the schema says. Every
 * malformed line is reported, each as {@code file:line: what is wrong; expected what}.
 */
public final class ScenarioParser {
  private static final String PACKET_FORM = "packet PORT HEX";
  private static final String EXPECT_FORMS =
      "'expect PORT HEX', 'expect host REASON HEX' or 'expect drop'";
  private static final int MAX_REASON = 0xffff;

  private final int ports;
  private final ControlWriteParser controlWrites;

  /**
   * @param schema the control-plane schema of the program the scenario runs on
   */
  public ScenarioParser(ControlPlaneSchema schema) {
    this.ports = schema.ports();
    this.controlWrites = new ControlWriteParser(schema);
  }

  /** Reads and checks {@code file}; messages name it as given. */
  public Scenario parse(Path file) throws ScenarioException {
    if (Files.isDirectory(file)) {
      throw new ScenarioException(file + ": is a directory; expected a scenario file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ScenarioException(file + ": no such file");
    } catch (IOException e) {
      throw new ScenarioException(file + ": cannot read the scenario: " + e.getMessage());
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ScenarioException(file + ": is not UTF-8 text; expected a scenario file");
    }
    return parse(file.toString(), text);
  }

  /** Checks the scenario {@code text}; {@code source} names it in messages. */
  public Scenario parse(String source, String text) throws ScenarioException {
    List<Scenario.Step> steps = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String where = source + ":" + (i + 1);
      try {
        steps.add(step(i + 1, where, line));
      } catch (BadLine e) {
        problems.add(where + ": " + e.getMessage());
      } catch (EntriesException e) {
        problems.addAll(e.errors());
      }
    }
    if (problems.isEmpty() && steps.stream().noneMatch(s -> s instanceof Scenario.Packet)) {
      problems.add(source + ": the scenario has no 'packet' line; expected at least one");
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return new Scenario(source, steps);
  }

  private Scenario.Step step(int number, String where, String line)
      throws BadLine, EntriesException {
    String keyword = line.strip().split("\\s+", 2)[0];
    return switch (keyword) {
      case "packet" -> packet(number, line);
      case "expect" -> expect(number, line);
      case "add", "setdefault" ->
          new Scenario.ControlWrite(number, controlWrites.parse(where, line));
      default ->
          throw new BadLine(
              "unknown line '"
                  + abbreviate(keyword)
                  + "'; expected packet, expect, add, setdefault or a '#' comment");
    };
  }

  private Scenario.Packet packet(int number, String line) throws BadLine {
    Cursor c = new Cursor(line);
    c.word();
    String portText = c.word();
    if (portText.isEmpty()) {
      throw new BadLine("missing the port; expected '" + PACKET_FORM + "'");
    }
    int port = port(portText);
    HexPattern frame = frame(line, c.position(), false, PACKET_FORM);
    return new Scenario.Packet(number, port, frame.bytes());
  }

  private Scenario.Step expect(int number, String line) throws BadLine {
    Cursor c = new Cursor(line);
    c.word();
    String what = c.word();
    switch (what) {
      case "" -> throw new BadLine("incomplete expect; expected " + EXPECT_FORMS);
      case "drop" -> {
        String rest = line.substring(c.position()).strip();
        if (!rest.isEmpty()) {
          throw new BadLine(
              "unexpected '"
                  + abbreviate(rest)
                  + "' after 'expect drop'; expected the end of the line");
        }
        return new Scenario.ExpectDrop(number);
      }
      case "host" -> {
        String reasonText = c.word();
        if (!reasonText.matches("[0-9]{1,6}") || Integer.parseInt(reasonText) > MAX_REASON) {
          throw new BadLine(
              (reasonText.isEmpty()
                      ? "missing the punt reason"
                      : "punt reason '"
                          + abbreviate(reasonText)
                          + "' is not a number from 0 to 65535")
                  + "; expected 'expect host REASON HEX'");
        }
        HexPattern frame = frame(line, c.position(), true, "expect host REASON HEX");
        return new Scenario.ExpectHost(number, Integer.parseInt(reasonText), frame);
      }
      default -> {
        int port = port(what);
        return new Scenario.Expect(
            number, port, frame(line, c.position(), true, "expect PORT HEX"));
      }
    }
  }

  private int port(String text) throws BadLine {
    if (!text.matches("[0-9]{1,9}")) {
      throw new BadLine(
          "port '"
              + abbreviate(text)
              + "' is not a number; expected a port from 0 to "
              + (ports - 1));
    }
    int port = Integer.parseInt(text);
    if (port >= ports) {
      throw new BadLine(
          "port "
              + port
              + " is out of range; the program has "
              + ports
              + " port(s), 0 to "
              + (ports - 1));
    }
    return port;
  }

  private static HexPattern frame(String line, int start, boolean wildcards, String form)
      throws BadLine {
    if (line.substring(start).isBlank()) {
      throw new BadLine("missing the frame's bytes; expected '" + form + "'");
    }
    try {
      return HexPattern.parse(line, start, wildcards);
    } catch (IllegalArgumentException e) {
      throw new BadLine(e.getMessage());
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** Words of a line from left to right, remembering where the next one starts. */
  private static final class Cursor {
    private final String line;
    private int position;

    Cursor(String line) {
      this.line = line;
    }

    /** The next word, or "" at the end of the line. */
    String word() {
      while (position < line.length() && Character.isWhitespace(line.charAt(position))) {
        position++;
      }
      int start = position;
      while (position < line.length() && !Character.isWhitespace(line.charAt(position))) {
        position++;
      }
      return line.substring(start, position);
    }

    int position() {
      return position;
    }
  }
}
