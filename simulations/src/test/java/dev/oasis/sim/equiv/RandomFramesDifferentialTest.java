package dev.oasis.sim.equiv;

import static dev.oasis.sim.equiv.DifferentialHarness.frame;
import static dev.oasis.sim.equiv.LoweringDifferentialTest.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.sim.equiv.DifferentialHarness.Entry;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random frames through the differential programs: the interpreter and the pipeline agree. */
class RandomFramesDifferentialTest {

  /**
   * Random frames for each program: lengths from 1 byte to two bytes over max_frame, headers picked
   * among the values the program matches on (and random ones), random payload bytes.
   */
  @ParameterizedTest
  @ValueSource(ints = {64}) // the widths of the builds above, so that the build cache serves them
  void randomFramesAgree(int dataWidth) {
    Random random = new Random(dataWidth);
    String[] macs = {
      "0200000000a1", "0200000000a2", "0200000000a3", "0200000000ff", "0200000000a9"
    };
    String[] types = {"0800", "88b5", "0806", "9000", "08ff", "86dd"};
    String[] ips = {"45", "46", "65", "44"};
    String[] ttls = {"00", "01", "02", "40"};
    String[] dsts = {"0a000102", "0a000001", "0a000777"};
    int total = 0;
    for (String name : List.of("port_patch", "l2_forwarder", "ttl_router", "parse_errors")) {
      int ports = name.equals("l2_forwarder") ? 4 : name.equals("ttl_router") ? 3 : 2;
      int max = name.equals("l2_forwarder") ? 1518 : name.equals("ttl_router") ? 512 : 256;
      if (name.equals("parse_errors")) {
        max = 128;
      }
      List<InputFrame> frames = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        String header =
            pick(random, macs)
                + "020000000001"
                + pick(random, types)
                + pick(random, ips)
                + "00 0054 1234 4000"
                + pick(random, ttls)
                + "01 0000"
                + "0a000001"
                + pick(random, dsts);
        if (name.equals("parse_errors") && random.nextBoolean()) {
          header =
              pick(random, macs)
                  + "020000000001 88b5"
                  + String.format("%02x%02x", random.nextInt(12), random.nextInt(256));
        }
        int length = random.nextInt(4) == 0 ? 1 + random.nextInt(40) : 1 + random.nextInt(max + 2);
        byte[] bytes = frame(header, length);
        for (int b = header.replace(" ", "").length() / 2; b < length; b++) {
          bytes[b] = (byte) random.nextInt(256);
        }
        frames.add(new InputFrame(random.nextInt(ports), random.nextInt(1 << 20), bytes));
      }
      String source =
          switch (name) {
            case "port_patch" -> PORT_PATCH;
            case "l2_forwarder" -> L2_FORWARDER;
            case "ttl_router" -> TTL_ROUTER;
            default -> PARSE_ERRORS_CONTINUE;
          };
      List<Entry> entries =
          switch (name) {
            case "l2_forwarder" ->
                List.of(
                    entry("mac", 0x0200000000a1L, "to_port", 1),
                    entry("mac", 0x0200000000a2L, "to_port", 2),
                    entry("mac", 0x0200000000a3L, "to_port", 3));
            case "ttl_router" ->
                List.of(
                    new Entry(
                        "routes",
                        List.of(BigInteger.valueOf(0x0a000102L)),
                        "route",
                        List.of(BigInteger.valueOf(2), BigInteger.valueOf(0x020000000102L))));
            default -> List.of();
          };
      DifferentialHarness.Outcome o =
          DifferentialHarness.compare(name, source, dataWidth, entries, frames, dataWidth * 31L);
      assertThat(o.frames()).isEqualTo(60);
      total += o.frames();
    }
    assertThat(total).isEqualTo(240);
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
