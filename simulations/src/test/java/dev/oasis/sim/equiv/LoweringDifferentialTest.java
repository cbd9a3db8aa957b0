package dev.oasis.sim.equiv;

import static dev.oasis.sim.equiv.DifferentialHarness.frame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.InputFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Programs of the hardware subset run on the interpreter and on their Verilated pipeline give the
 * same frames, ports, drops, punts and counters, frame by frame.
 */
class LoweringDifferentialTest {

  static final String PORT_PATCH =
      """
      import std.ethernet;
      config { ports = 2; max_frame = 256; }
      headers { Ethernet eth; }
      counter seen[2];
      parser { state start { extract(eth); transition accept; } }
      control {
          seen.count(packet.ingress_port);
          if (packet.ingress_port == 0) { forward(1); } else { forward(0); }
      }
      """;

  private static final String ETH = "0200000000aa 0200000000bb 0800";

  @ParameterizedTest
  @ValueSource(ints = {8, 64})
  void portPatch(int dataWidth) {
    List<InputFrame> frames = new ArrayList<>();
    frames.add(new InputFrame(0, 1, frame(ETH, 60)));
    frames.add(new InputFrame(1, 2, frame(ETH, 14)));
    frames.add(new InputFrame(0, 3, frame(ETH, 13))); // tlast inside the Ethernet header
    frames.add(new InputFrame(1, 4, frame(ETH, 1)));
    frames.add(new InputFrame(0, 5, frame(ETH, 256))); // max_frame
    frames.add(new InputFrame(1, 6, frame(ETH, 257))); // one byte too long
    frames.add(new InputFrame(1, 7, frame(ETH, 61)));
    DifferentialHarness.Outcome o =
        DifferentialHarness.compare("port_patch", PORT_PATCH, dataWidth, List.of(), frames, 7);
    assertThat(o.forwarded()).isEqualTo(4);
    assertThat(o.dropped()).isEqualTo(3);
  }
}
