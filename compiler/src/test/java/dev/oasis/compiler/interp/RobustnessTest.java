package dev.oasis.compiler.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.entries.EntriesLoader;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.state.DataplaneState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Damaged frames never break the interpreter: every truncation of the first 80 bytes of each
 * scenario frame, and random byte corruptions, give a defined result.
 */
class RobustnessTest {

  @ParameterizedTest
  @CsvSource({
    "l3-router, router.oasis",
    "l2-switch, switch.oasis",
    "dns-responder, dns.oasis",
    "stateful-firewall, firewall.oasis"
  })
  void truncatedAndCorruptedFramesGiveADefinedResult(String example, String file) throws Exception {
    Path dir = Examples.dir(example);
    IrProgram program = Examples.compile(dir.resolve(file));
    DataplaneState state = new DataplaneState(program);
    if (Files.exists(dir.resolve("entries.json"))) {
      new EntriesLoader(ControlPlaneSchema.of(program))
          .load(dir.resolve("entries.json"))
          .applyTo(state);
    }
    Interpreter interpreter = new Interpreter(program, state);
    Random random = new Random(42);

    List<byte[]> frames = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("scenario.stf"))) {
      if (line.startsWith("packet ")) {
        frames.add(HexFormat.of().parseHex(line.split("\\s+", 3)[2].replace(" ", "")));
      }
    }
    int results = 0;
    long time = 0;
    for (byte[] f : frames) {
      for (int n = 0; n <= Math.min(f.length, 80); n++) {
        interpreter.process(
            Arrays.copyOf(f, n), random.nextInt(program.config().ports()), time += 1000);
        results++;
      }
      for (int i = 0; i < 20; i++) {
        byte[] damaged = f.clone();
        damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
        damaged[random.nextInt(Math.min(damaged.length, 64))] ^= (byte) (1 << random.nextInt(8));
        PacketResult r =
            interpreter.process(damaged, random.nextInt(program.config().ports()), time += 1000);
        assertThat(r.kind()).isNotNull();
        results++;
      }
    }
    assertThat(state.packetsProcessed()).isEqualTo(results);
  }
}
