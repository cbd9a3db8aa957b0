package dev.oasis.compiler.interp;

import static org.assertj.core.api.Assertions.fail;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.state.DataplaneState;
import java.util.HexFormat;

/**
 * A program compiled from source text by the compiler facade, with fresh state and an interpreter:
 * what the interpreter tests run packets through.
 */
final class Harness {
  final IrProgram program;
  final DataplaneState state;
  final Interpreter interpreter;
  private long clock;

  Harness(String source) {
    this.program = compile(source);
    this.state = new DataplaneState(program);
    this.interpreter = new Interpreter(program, state);
  }

  static IrProgram compile(String source) {
    return compile("test.oasis", source);
  }

  static IrProgram compile(String path, String source) {
    return checked(new Compiler().compileSource(path, source));
  }

  static IrProgram checked(CompileResult result) {
    if (!result.ok()) {
      fail("the test program does not compile:\n" + result.render());
    }
    return result.program();
  }

  /** Runs a frame given in hex on {@code port}, one nanosecond after the previous one. */
  PacketResult run(int port, String hex) {
    return interpreter.process(bytes(hex), port, ++clock);
  }

  PacketResult run(int port, byte[] frame) {
    return interpreter.process(frame, port, ++clock);
  }

  PacketResult runAt(int port, long timestamp, String hex) {
    return interpreter.process(bytes(hex), port, timestamp);
  }

  static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  /** The bytes of the single output frame of a FORWARD to one port. */
  static String out(PacketResult r) {
    if (r.kind() != PacketResult.Kind.FORWARD || r.outputs().size() != 1) {
      fail("expected a forward to one port, got " + r);
    }
    return hex(r.outputs().get(0).bytes());
  }
}
