package dev.oasis.compiler.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.DropReason;
import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.state.DataplaneState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every example program: the generated frames reach every parser state, every select case and
 * every parse error the graph can produce, and the interpreter agrees with the parser model on each
 * frame (parse-error code, and the deparsed headers plus payload of a program that forwards
 * everything unchanged).
 */
class PacketGeneratorCoverageTest {

  static Stream<Path> examples() {
    return ExamplePrograms.files().stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void generatedFramesCoverTheParserAndAgreeWithTheInterpreter(Path file) {
    IrProgram program = ExamplePrograms.compile(file);
    PacketGenerator gen = PacketGenerator.forProgram(program, 7);
    List<GeneratedFrame> frames = new ArrayList<>(gen.systematic());
    frames.addAll(gen.stream().skip(frames.size()).limit(500).toList());

    IrProgram forwarding = ExamplePrograms.forwardEverything(program);
    Interpreter interp = new Interpreter(forwarding, new DataplaneState(forwarding));
    Set<String> steps = new HashSet<>();
    Set<Integer> errors = new TreeSet<>();
    Set<FrameKind> kinds = EnumSet.noneOf(FrameKind.class);
    int exact = 0;
    for (GeneratedFrame f : frames) {
      kinds.add(f.kind());
      PacketResult r = interp.process(f.bytes(), f.port(), f.timestampNanos());
      ParseOutcome want = f.expected();
      if (want.oversize()) {
        assertThat(r.dropReason()).as(f.toString()).isEqualTo(DropReason.OVERSIZE);
        continue;
      }
      assertThat(want.exact()).as("model covers " + f).isTrue();
      exact++;
      steps.addAll(want.steps());
      errors.add(want.errorCode());
      assertThat(r.parseError()).as(f + "\nexpected " + want).isEqualTo(want.errorCode());
      assertThat(r.kind()).as(f.toString()).isEqualTo(PacketResult.Kind.FORWARD);
      assertThat(r.outputs().get(0).bytes())
          .as(f + "\nexpected " + want)
          .isEqualTo(want.deparsed());
    }

    assertThat(kinds).containsAll(EnumSet.allOf(FrameKind.class));
    assertThat(exact).isGreaterThan(frames.size() / 2);
    Set<String> visitedStates = new HashSet<>();
    for (String s : steps) {
      visitedStates.add(s.contains("#") ? s.substring(0, s.indexOf('#')) : s);
    }
    for (ParserGraph.State s : program.parser().states()) {
      assertThat(visitedStates).as("state reached").contains(s.name());
      if (s.transition() instanceof ParserGraph.Select sel) {
        for (int c = 0; c < sel.cases().size(); c++) {
          assertThat(steps).as("select case taken").contains(s.name() + "#" + c);
        }
      }
    }
    assertThat(errors).as("parse errors produced").containsAll(reachableErrors(program));
    System.out.printf(
        "%s: %d frames, %d plans, states %d, errors %s%n",
        file.getFileName(), frames.size(), gen.plans().size(), visitedStates.size(), errors);
  }

  /** The error codes the graph can produce, worked out from the graph itself. */
  private static Set<Integer> reachableErrors(IrProgram program) {
    Set<Integer> codes = new TreeSet<>(List.of(0));
    for (ParserGraph.State s : program.parser().states()) {
      for (Stmt st : s.statements()) {
        if (st instanceof Stmt.Extract x) {
          codes.add(Decls.ErrorCode.PACKET_TOO_SHORT.value());
          if (x.header() instanceof Expr.StackRef) {
            codes.add(Decls.ErrorCode.STACK_OVERFLOW.value());
          }
          HeaderType type =
              x.header() instanceof Expr.StackRef r
                  ? r.instance().type()
                  : ((Expr.HeaderRef) x.header()).instance().type();
          if (type.hasVariableFields()) {
            codes.add(Decls.ErrorCode.HEADER_TOO_LONG.value());
          }
        }
      }
      if (s.transition() instanceof ParserGraph.Select sel) {
        boolean catchAll = false;
        for (ParserGraph.Case c : sel.cases()) {
          catchAll |=
              c.matches().stream().allMatch(m -> m instanceof dev.oasis.compiler.ir.Match.Any);
          if (c.target() instanceof ParserGraph.Reject r) {
            codes.add(r.error().value());
          }
        }
        if (!catchAll) {
          codes.add(Decls.ErrorCode.NO_MATCH.value());
        }
      } else if (((ParserGraph.Goto) s.transition()).target() instanceof ParserGraph.Reject r) {
        codes.add(r.error().value());
      }
    }
    return codes;
  }
}
