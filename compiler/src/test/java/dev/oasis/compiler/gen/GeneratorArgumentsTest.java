package dev.oasis.compiler.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.state.DataplaneState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad arguments get errors that name them; parsers outside the model still get frames. */
class GeneratorArgumentsTest {

  @Test
  void subsetLimitsAreChecked() {
    Subset all = Subset.all();
    assertThatThrownBy(() -> all.withMaxWidth(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxWidth 4 is not in 8 to 2048");
    assertThatThrownBy(() -> all.withMaxWidth(4096))
        .hasMessage("maxWidth 4096 is not in 8 to 2048");
    assertThatThrownBy(
            () ->
                new Subset(
                    true, true, true, true, true, true, true, true, true, true, 64, -1, 4, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxIfDepth -1")
        .hasMessageContaining("maxActions 0");
  }

  @Test
  void aNegativeFrameCountIsRefused() {
    IrProgram program = compile(minimal("extract(h); transition accept;"));
    assertThatThrownBy(() -> PacketGenerator.forProgram(program, 1).generate(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frame count -3 is negative; expected 0 or more");
    assertThat(PacketGenerator.forProgram(program, 1).generate(0)).isEmpty();
  }

  @Test
  void aSelectOnAChecksumIsOutsideTheModelButStillGetsFrames() {
    IrProgram program =
        compile(
            minimal("extract(h); transition select (csum16(h)) { 0: accept; default: reject; }"));
    List<GeneratedFrame> frames = PacketGenerator.forProgram(program, 1).generate(50);
    assertThat(frames).hasSize(50);
    Interpreter interp = new Interpreter(program, new DataplaneState(program));
    for (GeneratedFrame f : frames) {
      ParseOutcome want = f.expected();
      assertThat(want.exact() || want.oversize())
          .isEqualTo(want.oversize() || f.bytes().length < 4);
      if (!want.exact()) {
        assertThat(want.deparsed()).isNull();
      }
      PacketResult r = interp.process(f.bytes(), f.port(), f.timestampNanos());
      assertThat(r).isNotNull();
    }
  }

  @Test
  void aProgramWhoseParserOnlyAcceptsGetsSizeAndMutatedFrames() {
    IrProgram program = compile(minimal("transition accept;"));
    PacketGenerator gen = PacketGenerator.forProgram(program, 2);
    assertThat(gen.plans()).extracting(ParserPlan::toString).containsExactly("start->accept");
    List<GeneratedFrame> frames = gen.generate(20);
    assertThat(frames).extracting(GeneratedFrame::kind).contains(FrameKind.PATH, FrameKind.SIZE);
    assertThat(frames).allSatisfy(f -> assertThat(f.expected().errorCode()).isZero());
  }

  private static String minimal(String start) {
    return "config { max_frame = 64; }\n"
        + "header H { bit<16> a; bit<16> b; }\n"
        + "headers { H h; }\n"
        + "parser { state start { "
        + start
        + " } }\n"
        + "control { forward(0); }\n";
  }

  private static IrProgram compile(String source) {
    CompileResult r = new Compiler().compileSource("minimal.oasis", source);
    assertThat(r.ok()).as(r.render()).isTrue();
    return r.program();
  }
}
