package dev.oasis.hw.verilog;

import static dev.oasis.hw.hcl.HwType.bits;
import static dev.oasis.hw.hcl.HwType.bool;
import static dev.oasis.hw.hcl.HwType.uint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.hw.hcl.Bits;
import dev.oasis.hw.hcl.Bool;
import dev.oasis.hw.hcl.Bundle;
import dev.oasis.hw.hcl.Component;
import dev.oasis.hw.hcl.DataType;
import dev.oasis.hw.hcl.Design;
import dev.oasis.hw.hcl.Elaboration;
import dev.oasis.hw.hcl.Field;
import dev.oasis.hw.hcl.Flow;
import dev.oasis.hw.hcl.Fragment;
import dev.oasis.hw.hcl.Mem;
import dev.oasis.hw.hcl.Parameter;
import dev.oasis.hw.hcl.Stream;
import dev.oasis.hw.hcl.StreamNaming;
import dev.oasis.hw.hcl.UInt;
import dev.oasis.hw.testing.ExternalTool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One component that uses every construct of the layer (flows, fragments, queues, pipes, a clock
 * enable, an asynchronous memory read, every operator, a case statement, an output assigned in a
 * block, deliberately unused bits): its Verilog must be clean for Verilator -Wall, Icarus -Wall and
 * yosys {@code check -assert}.
 */
class EveryConstructToolTest {

  @TempDir Path dir;

  static final class EveryConstruct extends Component {
    EveryConstruct() {
      super("example_every_construct", "Uses every construct of the hardware layer once.");
    }

    @Override
    protected void build() {
      Parameter addr = generic("ADDR_WIDTH", 3, "Width of the table address");
      Parameter width = generic("WIDTH", 12, "Width of a table word");

      // a flow through a register stage
      DataType<Bundle> byteType = Bundle.type(new Field("data", bits(8)));
      group("Flow");
      Flow<Bundle> flowIn = Flow.sink(this, "flow_in_", byteType);
      Flow<Bundle> flowOut = Flow.source(this, "flow_out_", byteType);
      flowOut.connectFrom(flowIn.m2sPipe("flow_pipe_"));

      // a stream of fragments through a queue, a skid buffer and a register stage
      DataType<Fragment<Bundle>> fragType = Fragment.type(Bundle.type(new Field("word", uint(16))));
      group("Fragments");
      Stream<Fragment<Bundle>> in = Stream.sink(this, "frag_in_", fragType, StreamNaming.DEFAULT);
      Stream<Fragment<Bundle>> out =
          Stream.source(this, "frag_out_", fragType, StreamNaming.DEFAULT);
      out.connectFrom(in.queue(4).s2mPipe().m2sPipe());

      // a table in LUT RAM, written synchronously, read combinationally
      group("Table");
      Bool write = input("table_write", bool());
      UInt index = input("table_index", uint(addr.width()));
      Bits value = input("table_value", bits(width.width()));
      Mem<Bits> table = mem("lut", bits(width.width()), addr.width());
      table.write(write, index, value);
      Bits entry = table.readAsync(index);

      // operators
      group("Operators");
      UInt a = input("a", uint(8));
      UInt b = input("b", uint(8));
      Bool enable = input("enable", bool());
      Bits selector = input("selector", bits(2));
      UInt arith = output("arith", uint(8));
      Bits logic = output("bitwise", bits(8));
      Bits flags = output("flags", bits(6));
      Bits wide = output("wide", bits(width.width().plus(4)));
      Bool flag = output("flag", bool());
      Bits sample = output("sample", bits(8));

      arith.assign(a.add(b).sub(a.shr(b.slice(2, 0))).xor(b.shl(2)));
      logic.assign(a.asBits().and(b.asBits().not()).or(a.asBits().shl(b.slice(1, 0))));
      flags.assign(
          Bits.cat(
              a.lt(b), a.le(b), a.gt(b), a.ge(b), a.asBits().xorR(), a.orR().and(b.andR().not())));
      wide.assign(
          enable.select(entry.resize(width.width().plus(4)), Bits.zeros(width.width().plus(4))));

      // an output assigned in a block, with a default and a case statement
      flag.assign(Bool.FALSE);
      switchOn(selector)
          .is(0, () -> flag.assign(a.eq(b)))
          .is(3, () -> flag.assign(a.ne(b)))
          .otherwise(() -> flag.assign(enable));

      // a register with a clock enable
      Bits held = reg("held", bits(8));
      held.signal().clockEnable(enable);
      held.assign(a.asBits());
      sample.assign(held);

      Bits spare = input("spare", bits(3));
      ignore("spare", "a reserved input", spare.slice(1, 0), spare.bit(2));
    }
  }

  @Test
  void everyConstructIsCleanForVerilatorIcarusAndYosys() {
    Design d = Elaboration.elaborate(new EveryConstruct());
    assertThat(d.warnings()).isEmpty();
    List<String> files = new ArrayList<>();
    for (Path p : VerilogEmitter.write(d, dir)) {
      files.add(p.getFileName().toString());
    }
    String top = "example_every_construct";
    ExternalTool.lint(dir, top, files);
    ExternalTool.lint(dir, top, files, "-GADDR_WIDTH=6", "-GWIDTH=1");

    List<String> iverilog = new ArrayList<>(List.of("iverilog", "-g2005", "-Wall", "-o", "sim"));
    iverilog.addAll(files);
    ExternalTool.Result compiled = ExternalTool.run(dir, Duration.ofSeconds(60), iverilog);
    assertThat(compiled.output()).isEmpty();
    assertThat(compiled.exitCode()).isZero();

    ExternalTool.Result synth =
        ExternalTool.run(
            dir,
            Duration.ofSeconds(120),
            List.of(
                "yosys",
                "-q",
                "-p",
                "read_verilog "
                    + String.join(" ", files)
                    + "; synth -top "
                    + top
                    + "; check -assert"));
    assertThat(synth.exitCode()).as("yosys log:%n%s", synth.output()).isZero();
  }
}
