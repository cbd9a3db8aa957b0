package dev.oasis.sim.equiv;

import static dev.oasis.sim.equiv.DifferentialHarness.frame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.Interpreter;
import dev.oasis.compiler.interp.PacketResult;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.hw.lower.HwOptions;
import dev.oasis.sim.verilator.AxisFrame;
import dev.oasis.sim.verilator.VerilatedDevice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reset in the middle of a frame leaves the pipeline clean: the cut frame is gone, the next
 * frames come out as the interpreter (started afresh) says; and an output held not ready for a long
 * time loses nothing.
 */
class LoweredResetTest {

  @Test
  void resetWhileEmittingThenALongStall() {
    IrProgram program =
        DifferentialHarness.compile("port_patch", LoweringDifferentialTest.PORT_PATCH);
    LoweredDevice hw =
        LoweredDevice.build(
            program, new HwOptions(64), Path.of("target", "equiv-rtl", "port_patch-64"));
    byte[] a = frame("0200000000aa 0200000000bb 0800", 200);
    byte[] b = frame("0200000000cc 0200000000bb 0800", 90);
    byte[] c = frame("0200000000dd 0200000000bb 0800", 61);

    try (VerilatedDevice device = hw.model().open()) {
      device.reset();
      device.sink().send(new AxisFrame(a, LoweredDevice.sinkUser(0, 1)));
      device.sink().send(new AxisFrame(b, LoweredDevice.sinkUser(1, 2)));
      for (int i = 0; i < 10_000 && !device.source(LoweredDevice.MAIN).inFrame(); i++) {
        device.step(1);
      }
      assertThat(device.source(LoweredDevice.MAIN).inFrame()).as("frame a is being sent").isTrue();
      device.reset();
      assertThat(device.source(LoweredDevice.MAIN).abandonedFrames()).isEqualTo(1);

      long stallUntil = device.cycle() + 5_000;
      device.source(LoweredDevice.MAIN).readyPattern(cycle -> cycle > stallUntil);
      device.sink().send(new AxisFrame(c, LoweredDevice.sinkUser(0, 3)));
      device.runUntilQuiescent(6_000, 1_000_000);

      Interpreter interpreter = new Interpreter(program, new DataplaneState(program));
      List<String> expected = new ArrayList<>();
      for (Object[] f : new Object[][] {{b, 1}, {c, 0}}) {
        PacketResult r = interpreter.process((byte[]) f[0], (Integer) f[1], 0);
        expected.add(
            r.outputs().get(0).port()
                + ": "
                + HexFormat.of().formatHex(r.outputs().get(0).bytes()));
      }
      List<String> actual = new ArrayList<>();
      for (AxisFrame f : device.source(LoweredDevice.MAIN).payloads()) {
        actual.add(f.user() + ": " + HexFormat.of().formatHex(f.data()));
      }
      assertThat(actual).containsExactlyElementsOf(expected);
      assertThat(hw.readCounter(device, "seen", 0)).containsExactly(1, 61);
      assertThat(hw.readCounter(device, "seen", 1)).containsExactly(1, 90);
    }
  }
}
