package dev.oasis.bench;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm compile time: the whole of {@code new Compiler().compile(file)} (reading the file and its
 * imports, parsing, every pass of the pipeline) in a JVM that has already compiled the same program
 * many times. This is what an editor integration or a long-running control plane pays;
 * scripts/bench sets it beside the cold time of a whole {@code oasis check} process.
 *
 * <p>Setup compiles the program once and fails if it has any error, so that no error path is ever
 * measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompileBenchmark {

  /** The program: an example's directory name or {@value BenchmarkPrograms#GENERATED}. */
  @Param({
    "l3-router",
    "l2-switch",
    "dns-responder",
    "stateful-firewall",
    BenchmarkPrograms.GENERATED
  })
  public String program;

  private Path scratch;
  private Path file;

  /** Finds (or writes) the program and checks that it compiles. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    scratch = Files.createTempDirectory("oasis-bench");
    file = BenchmarkPrograms.file(program, RepositoryRoot.find(), scratch);
    CompileResult first = new Compiler().compile(file);
    if (!first.ok()) {
      throw new IllegalStateException(
          "benchmark program " + file + " does not compile:\n" + first.render());
    }
  }

  /** Removes the generated program, if any. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Path generated = scratch.resolve(BenchmarkPrograms.GENERATED + ".oasis");
    Files.deleteIfExists(generated);
    Files.deleteIfExists(scratch);
  }

  /** One whole compile; the result is returned so that the JIT cannot discard the work. */
  @Benchmark
  public CompileResult compile() {
    return new Compiler().compile(file);
  }
}
