package dev.oasis.runtime.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.compiler.state.KeyShape;
import dev.oasis.compiler.state.StateException;
import dev.oasis.runtime.codegen.testing.Differential;
import dev.oasis.runtime.codegen.testing.Packets;
import dev.oasis.runtime.pipeline.PipelineState;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Control-plane writes between packets (entries inserted, modified and deleted, default actions,
 * register and map writes, valid and refused) are made on both engines; both accept or refuse each
 * with the same message, and the packets after them run identically.
 */
class ControlPlaneDifferentialTest {
  private final Random random = new Random(21);
  private final List<String> outcomes = new ArrayList<>();

  @Test
  void tableWritesBetweenPackets() throws IOException {
    run("tables", this::tableWrite);
    assertThat(outcomes).contains("ok").anyMatch(o -> !o.equals("ok"));
  }

  @Test
  void registerAndMapWritesBetweenPackets() throws IOException {
    run("externs", this::externWrite);
    assertThat(outcomes).contains("ok").anyMatch(o -> !o.equals("ok"));
  }

  private void run(String name, Consumer<Differential.Engines> writes) throws IOException {
    String source = CorpusDifferentialTest.text(name + ".oasis");
    IrProgram program = Differential.program(name, source);
    PipelineCompiler.Compiled compiled = new PipelineCompiler().compile(program);
    List<byte[]> seeds = Packets.parseHex(CorpusDifferentialTest.text(name + ".frames"));
    Packets packets = new Packets(7, program.config().ports());
    for (int round = 0; round < 20; round++) {
      packets.seeds(seeds).random(20, 80);
    }
    Differential.Report report =
        Differential.compare(
            compiled,
            source,
            CorpusDifferentialTest.optional(name + ".json"),
            packets.frames(),
            writes);
    assertThat(report.mismatches()).as(report.describe()).isEmpty();
  }

  /** The same write on both; both must agree on whether it is refused, and why. */
  private void both(Differential.Engines e, Write<DataplaneState> a, Write<PipelineState> b) {
    String expected = attempt(() -> a.apply(e.interpreted));
    String actual = attempt(() -> b.apply(e.compiled));
    assertThat(actual).as("control-plane write before packet %d", e.packet()).isEqualTo(expected);
    outcomes.add(expected == null ? "ok" : expected);
  }

  private interface Write<S> {
    void apply(S state);
  }

  private static String attempt(Runnable r) {
    try {
      r.run();
      return null;
    } catch (StateException ex) {
      return ex.getMessage();
    }
  }

  private void tableWrite(Differential.Engines e) {
    String[] tables = {"by_mac", "routes", "vrf", "acl", "v6ish", "flags", "names"};
    String table = tables[random.nextInt(tables.length)];
    List<KeyShape> keys = e.interpreted.table(table).keys();
    List<Match> key = randomKey(keys);
    String action = random.nextInt(5) == 0 ? "wide_act" : random.nextBoolean() ? "add" : "set_port";
    List<BigInteger> args =
        action.equals("wide_act")
            ? List.of(new BigInteger(128, random), BigInteger.ONE)
            : List.of(BigInteger.valueOf(random.nextInt(20)));
    int priority = random.nextInt(10);
    switch (random.nextInt(5)) {
      case 0, 1 ->
          both(
              e,
              s -> s.insertEntry(table, key, action, args, priority),
              s -> s.insertEntry(table, key, action, args, priority));
      case 2 ->
          both(
              e,
              s -> s.modifyEntry(table, key, action, args),
              s -> s.modifyEntry(table, key, action, args));
      case 3 -> both(e, s -> s.deleteEntry(table, key), s -> s.deleteEntry(table, key));
      default ->
          both(
              e,
              s -> s.setDefaultAction(table, action, args),
              s -> s.setDefaultAction(table, action, args));
    }
  }

  private void externWrite(Differential.Engines e) {
    int index = random.nextInt(10);
    BigInteger value = BigInteger.valueOf(random.nextInt(1 << 17));
    BigInteger key = BigInteger.valueOf(random.nextInt(300));
    switch (random.nextInt(4)) {
      case 0 ->
          both(e, s -> s.writeRegister("r", index, value), s -> s.writeRegister("r", index, value));
      case 1 ->
          both(
              e,
              s -> s.writeRegister("wide_r", index % 3, value.shiftLeft(100)),
              s -> s.writeRegister("wide_r", index % 3, value.shiftLeft(100)));
      case 2 ->
          both(e, s -> s.putMapEntry("small", key, value), s -> s.putMapEntry("small", key, value));
      default -> both(e, s -> s.removeMapEntry("small", key), s -> s.removeMapEntry("small", key));
    }
  }

  private List<Match> randomKey(List<KeyShape> keys) {
    List<Match> out = new ArrayList<>();
    for (KeyShape k : keys) {
      if (k.isBytes()) {
        String[] words = {"oasis", "ab", "", "x"};
        out.add(
            new Match.BytesExact(
                words[random.nextInt(words.length)].getBytes(StandardCharsets.ISO_8859_1)));
        continue;
      }
      BigInteger v = BigInteger.valueOf(random.nextInt(16));
      if (k.width() >= 32 && random.nextBoolean()) {
        v = BigInteger.valueOf(0x0a000000L | random.nextInt(4));
      }
      int w = k.width();
      out.add(
          switch (k.kind()) {
            case EXACT -> new Match.Exact(v);
            case LPM -> new Match.Lpm(v, random.nextInt(w + 1));
            case TERNARY ->
                random.nextBoolean() ? Match.ANY : new Match.Ternary(v, v.or(BigInteger.ONE));
            case RANGE -> new Match.Range(v, v.add(BigInteger.valueOf(random.nextInt(8) - 2)));
          });
    }
    return out;
  }
}
