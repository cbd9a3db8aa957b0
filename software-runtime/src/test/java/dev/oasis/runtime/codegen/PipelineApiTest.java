package dev.oasis.runtime.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.compiler.interp.DropReason;
import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.runtime.codegen.testing.Differential;
import dev.oasis.runtime.pipeline.CompiledPipeline;
import dev.oasis.runtime.pipeline.FrameBatch;
import dev.oasis.runtime.pipeline.PacketOutput;
import dev.oasis.runtime.pipeline.PipelineState;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's API: batches give what one-by-one processing gives, bad arguments are refused with
 * messages that name the value, oversize frames are dropped, values wider than 128 bits are refused
 * at compile time with a pointer to the interpreter, and the generated source is the same text
 * every time.
 */
class PipelineApiTest {
  private static final String WIRE =
      """
      header H { bit<8> a; bit<8> b; }
      headers { H h; }
      config { ports = 3; max_frame = 64; }
      parser { state start { extract(h); transition accept; } }
      counter seen[2];
      control {
          seen.count((bit<1>) h.a);
          if (h.b == 0xff) { broadcast(); } else { forward((bit<16>) h.b); }
      }
      """;

  private final IrProgram program = Differential.program("wire", WIRE);
  private final PipelineCompiler.Compiled compiled = new PipelineCompiler().compile(program);

  @Test
  void aBatchGivesWhatTheInterpreterGivesOneByOne() {
    DataplaneState reference = new DataplaneState(program);
    Interpreter interpreter = new Interpreter(program, reference);
    CompiledPipeline pipeline = compiled.newPipeline();
    FrameBatch batch = new FrameBatch(32);
    Random random = new Random(1);
    for (int round = 0; round < 10; round++) {
      batch.clear();
      byte[][] frames = new byte[32][];
      for (int i = 0;
          batch.add(frames[i] = frame(random), frames[i].length, i % 3, round * 100L + i);
          i++) {
        if (i == 31) {
          break;
        }
      }
      assertThat(batch.size()).isEqualTo(32);
      assertThat(batch.add(new byte[2], 2, 0, 0)).isFalse();
      pipeline.process(batch);
      for (int i = 0; i < batch.size(); i++) {
        PacketResult expected = interpreter.process(frames[i], i % 3, round * 100L + i);
        assertThat(batch.output(i).toPacketResult()).isEqualTo(expected);
      }
    }
    assertThat(pipeline.state().snapshot().equals(reference.snapshot())).isTrue();
  }

  @Test
  void aBatchFromANetworkInterfaceRunsFrameByFrame() {
    DataplaneState reference = new DataplaneState(program);
    Interpreter interpreter = new Interpreter(program, reference);
    CompiledPipeline pipeline = compiled.newPipeline();
    dev.oasis.runtime.iface.PacketBatch received = new dev.oasis.runtime.iface.PacketBatch(8, 128);
    PacketOutput[] outputs = new PacketOutput[8];
    for (int i = 0; i < outputs.length; i++) {
      outputs[i] = new PacketOutput();
    }
    Random random = new Random(2);
    for (int i = 0; i < 8; i++) {
      received.add(frame(random), i % 3);
    }
    pipeline.process(received, outputs);
    for (int i = 0; i < received.size(); i++) {
      PacketResult expected =
          interpreter.process(received.copyOf(i), received.port(i), received.timestampNanos(i));
      assertThat(outputs[i].toPacketResult()).isEqualTo(expected);
    }
    assertThatThrownBy(() -> pipeline.process(received, new PacketOutput[2]))
        .hasMessage("batch of 8 frame(s) but only 2 output(s)");
  }

  private static byte[] frame(Random random) {
    byte[] f = new byte[random.nextInt(70)];
    random.nextBytes(f);
    if (f.length > 1 && random.nextBoolean()) {
      f[1] = (byte) random.nextInt(4);
    }
    return f;
  }

  @Test
  void oversizeFramesAreDroppedBeforeParsingAndCountedAsProcessed() {
    CompiledPipeline pipeline = compiled.newPipeline();
    PacketOutput out = new PacketOutput();
    byte[] big = new byte[65];
    pipeline.process(big, big.length, 0, 5, out);
    assertThat(out.dropReason()).isEqualTo(DropReason.OVERSIZE);
    // Only the first 64 bytes given: not oversize.
    pipeline.process(big, 64, 0, 6, out);
    assertThat(out.kind()).isEqualTo(PacketResult.Kind.FORWARD);
    assertThat(out.frameLength()).isEqualTo(64);
    assertThat(pipeline.state().packetsProcessed()).isEqualTo(2);
    assertThat(pipeline.state().lastTimestamp()).isEqualTo(6);
  }

  @Test
  void badArgumentsAreRefusedWithTheirValues() {
    CompiledPipeline pipeline = compiled.newPipeline();
    PacketOutput out = new PacketOutput();
    byte[] frame = HexFormat.of().parseHex("0001");
    assertThatThrownBy(() -> pipeline.process(frame, 2, 3, 0, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ingress port 3 is out of range; the program has 3 port(s) (0 to 2)");
    assertThatThrownBy(() -> pipeline.process(frame, 3, 0, 0, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frame length 3 is out of range; expected 0 to 2");
    assertThatThrownBy(() -> pipeline.process(frame, -1, 0, 0, out))
        .hasMessage("frame length -1 is out of range; expected 0 to 2");
    IrProgram other = Differential.program("other", WIRE);
    assertThatThrownBy(() -> compiled.newPipeline(new PipelineState(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the state is of program");
    assertThatThrownBy(() -> new FrameBatch(0)).hasMessage("batch capacity 0 is not 1 or more");
  }

  @Test
  void valuesWiderThan128BitsAreRefusedWithTheirPlace() {
    IrProgram wide =
        Differential.program(
            "wide",
            """
            header H { bit<256> a; }
            headers { H h; }
            parser { state start { extract(h); transition accept; } }
            control { forward(0); }
            """);
    assertThatThrownBy(() -> new JavaGenerator().generate(wide))
        .isInstanceOf(UnsupportedProgramException.class)
        .hasMessageContaining("wide.oasis:1:")
        .hasMessageContaining("bit<256>")
        .hasMessageContaining("--interpret");
  }

  @Test
  void theSourceIsTheSameTextEveryTimeAndPointsAtTheProgram() {
    String first = new JavaGenerator().generate(program).text();
    String second = new JavaGenerator().generate(Differential.program("wire", WIRE)).text();
    assertThat(second).isEqualTo(first);
    assertThat(first)
        .contains("public final class WirePipeline extends GeneratedPipeline")
        .contains("// wire.oasis:7: seen.count((bit<1>) h.a)")
        .doesNotContain(System.getProperty("user.dir"));
  }
}
