package dev.oasis.compiler.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.state.DataplaneState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The packet generator on a parser full of corner cases, and on random programs. */
class PacketGeneratorTest {

  private static IrProgram corners() throws IOException {
    try (InputStream in =
        PacketGeneratorTest.class.getResourceAsStream("/gen/parser-corners.oasis")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      CompileResult r = new Compiler().compileSource("parser-corners.oasis", text);
      assertThat(r.ok()).as(r.render()).isTrue();
      return r.program();
    }
  }

  @Test
  void everyCaseAndEveryErrorOfTheCornerParserIsReachedAndMatchesTheInterpreter()
      throws IOException {
    IrProgram program = corners();
    PacketGenerator gen = PacketGenerator.forProgram(program, 3);
    List<GeneratedFrame> frames = gen.systematic();
    IrProgram forwarding = ExamplePrograms.forwardEverything(program);
    Interpreter interp = new Interpreter(forwarding, new DataplaneState(forwarding));
    Set<String> steps = new HashSet<>();
    Set<Integer> errors = new TreeSet<>();
    for (GeneratedFrame f : frames) {
      PacketResult r = interp.process(f.bytes(), f.port(), f.timestampNanos());
      ParseOutcome want = f.expected();
      if (want.oversize()) {
        continue;
      }
      steps.addAll(want.steps());
      errors.add(want.errorCode());
      assertThat(r.parseError()).as(f + "\n" + want).isEqualTo(want.errorCode());
      assertThat(r.outputs().get(0).bytes()).as(f + "\n" + want).isEqualTo(want.deparsed());
    }
    for (ParserGraph.State s : program.parser().states()) {
      if (s.transition() instanceof ParserGraph.Select sel) {
        for (int c = 0; c < sel.cases().size(); c++) {
          assertThat(steps).contains(s.name() + "#" + c);
        }
      }
    }
    // NoError, PacketTooShort, NoMatch, StackOverflow, HeaderTooLong, Rejected, Weird
    assertThat(errors).containsExactly(0, 1, 2, 3, 4, 5, 16);
    assertThat(steps).contains("start#nomatch", "parse_tail#nomatch");
  }

  @Test
  void pathFramesHitBothBoundsOfRanges() throws IOException {
    PacketGenerator gen = PacketGenerator.forProgram(corners(), 3);
    Set<Integer> kinds = new TreeSet<>();
    for (GeneratedFrame f : gen.systematic()) {
      if (f.kind() == FrameKind.PATH && f.expected().steps().get(0).equals("start#3")) {
        kinds.add((f.bytes()[0] & 0xff) >> 4);
      }
    }
    assertThat(kinds).contains(4, 6);
  }

  @Test
  void framesCarryPortsInRangeIncreasingTimestampsAndBursts() throws IOException {
    IrProgram program = corners();
    List<GeneratedFrame> frames = PacketGenerator.forProgram(program, 5).generate(2000);
    assertThat(frames).hasSize(2000);
    long last = Long.MIN_VALUE;
    Set<Integer> bursts = new HashSet<>();
    Set<Integer> ports = new HashSet<>();
    boolean backToBack = false;
    for (GeneratedFrame f : frames) {
      assertThat(f.timestampNanos()).isGreaterThan(last);
      backToBack |= f.timestampNanos() == last + 1;
      last = f.timestampNanos();
      bursts.add(f.burst());
      ports.add(f.port());
    }
    assertThat(ports).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(backToBack).isTrue();
    assertThat(bursts.size()).isBetween(2000 / 8, 1999);
    assertThat(frames.stream().map(GeneratedFrame::kind).distinct()).hasSize(5);
    assertThat(frames.stream().filter(f -> f.bytes().length == 201).findFirst())
        .hasValueSatisfying(f -> assertThat(f.expected().oversize()).isTrue());
    assertThat(frames.stream().anyMatch(f -> f.bytes().length == 200)).isTrue();
    assertThat(frames.stream().anyMatch(f -> f.bytes().length == 0)).isTrue();
  }

  @Test
  void theSameSeedGivesTheSameFrames() throws IOException {
    IrProgram program = corners();
    List<GeneratedFrame> a = PacketGenerator.forProgram(program, 9).generate(300);
    List<GeneratedFrame> b = PacketGenerator.forProgram(program, 9).generate(300);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).bytes()).isEqualTo(b.get(i).bytes());
      assertThat(a.get(i).description()).isEqualTo(b.get(i).description());
    }
    List<GeneratedFrame> c = PacketGenerator.forProgram(program, 10).generate(300);
    assertThat(
            c.stream()
                .filter(f -> a.stream().noneMatch(x -> Arrays.equals(x.bytes(), f.bytes())))
                .count())
        .isGreaterThan(100);
  }

  @Test
  void onRandomProgramsTheModelAgreesWithTheInterpreterAndReachesMostCases() {
    ProgramGenerator programs = new ProgramGenerator(44, Subset.all());
    int cases = 0;
    int reached = 0;
    int frames = 0;
    for (int i = 0; i < 30; i++) {
      GeneratedProgram p = programs.next();
      IrProgram program = p.compile().program();
      IrProgram forwarding = ExamplePrograms.forwardEverything(program);
      Interpreter interp = new Interpreter(forwarding, new DataplaneState(forwarding));
      Set<String> steps = new HashSet<>();
      for (GeneratedFrame f : PacketGenerator.forProgram(program, i).systematic()) {
        PacketResult r = interp.process(f.bytes(), f.port(), f.timestampNanos());
        ParseOutcome want = f.expected();
        frames++;
        if (want.oversize()) {
          continue;
        }
        assertThat(want.exact()).isTrue();
        steps.addAll(want.steps());
        assertThat(r.parseError()).as(p.source() + "\n" + f).isEqualTo(want.errorCode());
        assertThat(r.outputs().get(0).bytes()).as(p.source() + "\n" + f).isEqualTo(want.deparsed());
      }
      for (ParserGraph.State s : program.parser().states()) {
        if (s.transition() instanceof ParserGraph.Select sel) {
          for (int c = 0; c < sel.cases().size(); c++) {
            cases++;
            reached += steps.contains(s.name() + "#" + c) ? 1 : 0;
          }
        }
      }
    }
    System.out.printf(
        "random programs: %d frames, %d of %d select cases reached%n", frames, reached, cases);
    assertThat(reached).isGreaterThanOrEqualTo(cases * 8 / 10);
  }
}
