package dev.oasis.hw.lib;

import dev.oasis.hw.hcl.Component;
import dev.oasis.hw.hcl.Design;
import dev.oasis.hw.hcl.Elaboration;
import dev.oasis.hw.verilog.VerilogEmitter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The library blocks the tests emit and check, with small parameters unless a test needs more. */
final class Blocks {

  private Blocks() {}

  /** The register block whose map axil_regs_tb.v checks. */
  static AxiLiteRegisterBlock testRegisters() {
    return new AxiLiteRegisterBlock(
        "oasis_test_regs",
        "Registers for the AXI-Lite testbench",
        3,
        0x12345678L,
        List.of(
            RegisterSpec.readWrite("scratch", 32, 0x10, 0xDEADBEEFL, "scratch word"),
            RegisterSpec.readWrite("mode", 5, 0x14, 3, "mode bits").withWriteStrobe(),
            RegisterSpec.readOnly("status", 12, 0x18, "status from the logic")));
  }

  /** Elaborates {@code top}, writes its files under {@code dir/name}, returns the file names. */
  static Emitted emit(Component top, Path dir, String name) {
    Design design = Elaboration.elaborate(top);
    Path sub = dir.resolve(name);
    List<String> files = new ArrayList<>();
    for (Path p : VerilogEmitter.write(design, sub)) {
      files.add(p.getFileName().toString());
    }
    return new Emitted(top.moduleName(), sub, files, design);
  }

  /** The files of an emitted design. */
  record Emitted(String top, Path dir, List<String> files, Design design) {}
}
