package dev.oasis.bench;

import dev.oasis.compiler.CompileResult;
import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.entries.EntriesException;
import dev.oasis.compiler.entries.EntriesLoader;
import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.interp.PortFrame;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.state.DataplaneState;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Packets per second of the reference interpreter on the l3-router with its example entries, for
 * one IPv4/UDP frame that the router forwards. The interpreter is written to be obviously correct,
 * not fast: this is the baseline that the generated Java dataplane is compared with.
 *
 * <p>Setup checks that the router really forwards the frame, on port 1 and byte for byte as scapy
 * builds the forwarded frame (TTL 63, MACs rewritten, checksum updated), so that a drop is never
 * what is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InterpreterBenchmark {

  /**
   * Made with scapy: {@code Ether(dst="02:00:00:00:00:10", src="02:00:00:00:00:20") /
   * IP(src="10.0.0.2", dst="10.0.1.2", ttl=64) / UDP(sport=40000, dport=9) /
   * (b"oasis-bench-payload!" * 3)}, 102 bytes, arriving on port 0.
   */
  private static final byte[] FRAME =
      HexFormat.of()
          .parseHex(
              "02000000001002000000002008004500005800010000401165910a0000020a0001029c40000900"
                  + "44695b6f617369732d62656e63682d7061796c6f6164216f617369732d62656e63682d7061"
                  + "796c6f6164216f617369732d62656e63682d7061796c6f616421");

  /** The same frame as the router should send it on port 1, also made with scapy. */
  private static final byte[] FORWARDED =
      HexFormat.of()
          .parseHex(
              "020000000021020000000011080045000058000100003f1166910a0000020a0001029c40000900"
                  + "44695b6f617369732d62656e63682d7061796c6f6164216f617369732d62656e63682d7061"
                  + "796c6f6164216f617369732d62656e63682d7061796c6f616421");

  private Interpreter interpreter;
  private long timestampNanos;

  /** Compiles the router, loads its entries and checks that the frame is forwarded. */
  @Setup(Level.Trial)
  public void setUp() throws EntriesException {
    Path dir = RepositoryRoot.find().resolve("examples/l3-router");
    CompileResult compiled = new Compiler().compile(dir.resolve("router.oasis"));
    if (!compiled.ok()) {
      throw new IllegalStateException("the l3-router does not compile:\n" + compiled.render());
    }
    DataplaneState state = new DataplaneState(compiled.program());
    new EntriesLoader(ControlPlaneSchema.of(compiled.program()))
        .load(dir.resolve("entries.json"))
        .applyTo(state);
    interpreter = new Interpreter(compiled.program(), state);

    PacketResult result = interpreter.process(FRAME, 0, 0);
    List<PortFrame> outputs = result.outputs();
    if (result.kind() != PacketResult.Kind.FORWARD
        || outputs.size() != 1
        || outputs.get(0).port() != 1
        || !Arrays.equals(outputs.get(0).bytes(), FORWARDED)) {
      throw new IllegalStateException(
          "the l3-router did not forward the benchmark frame on port 1 as expected: " + result);
    }
  }

  /** One packet through parser, control and deparser. */
  @Benchmark
  public PacketResult forwardIpv4() {
    timestampNanos += 1_000;
    return interpreter.process(FRAME, 0, timestampNanos);
  }
}
