package dev.oasis.cli.scenario;

import dev.oasis.compiler.entries.Entries;
import java.util.List;

/**
 * A parsed scenario: its lines that do something, in file order. Comments and blank lines are gone;
 * every step keeps its line number for messages.
 *
 * @param source the file's name as messages show it
 * @param steps the steps in file order
 */
public record Scenario(String source, List<Step> steps) {

  public Scenario {
    steps = List.copyOf(steps);
  }

  /** How many {@code packet} lines the scenario has. */
  public int packetCount() {
    return (int) steps.stream().filter(s -> s instanceof Packet).count();
  }

  /** One line of a scenario. */
  public sealed interface Step permits Packet, Expect, ExpectHost, ExpectDrop, ControlWrite {
    /** The line number, from 1. */
    int line();
  }

  /** {@code packet PORT HEX}: a frame arriving on a port. */
  public record Packet(int line, int port, byte[] frame) implements Step {
    public Packet {
      frame = frame.clone();
    }

    @Override
    public byte[] frame() {
      return frame.clone();
    }
  }

  /** {@code expect PORT HEX}: the next frame out of a port. */
  public record Expect(int line, int port, HexPattern frame) implements Step {}

  /** {@code expect host REASON HEX}: the next frame delivered to the host port. */
  public record ExpectHost(int line, int reason, HexPattern frame) implements Step {}

  /** {@code expect drop}: documentation that the packet before it produces no frame. */
  public record ExpectDrop(int line) implements Step {}

  /**
   * {@code add} or {@code setdefault}: a control-plane write between two packets, already checked
   * against the program's schema.
   */
  public record ControlWrite(int line, Entries writes) implements Step {}
}
