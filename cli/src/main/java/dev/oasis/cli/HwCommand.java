package dev.oasis.cli;

import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.dsl.diag.DiagnosticRenderer;
import dev.oasis.hw.hcl.Design;
import dev.oasis.hw.hcl.Elaboration;
import dev.oasis.hw.lower.HardwareLowering;
import dev.oasis.hw.lower.HwOptions;
import dev.oasis.hw.lower.LoweringResult;
import dev.oasis.hw.regmap.RegisterMapWriter;
import dev.oasis.hw.verilog.VerilogEmitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code oasis hw FILE -o DIR}: the program's Verilog pipeline and register map. */
@Command(
    name = "hw",
    mixinStandardHelpOptions = true,
    description =
        "Lower a program to a Verilog pipeline: writes the Verilog files, the register map "
            + "(regmap.json, regmap.h, regmap.md) and README.txt into DIR. Exit status 1 with "
            + "OAS08xx diagnostics when the program uses what the hardware does not support yet.")
final class HwCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The .oasis program.")
  Path file;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Directory for the generated files (created if missing).")
  Path output;

  @Option(
      names = "--data-width",
      paramLabel = "N",
      defaultValue = "64",
      description = "AXI-Stream data width in bits: 8, 16, 32, 64, 128, 256 or 512 (default 64).")
  int dataWidth;

  @Override
  public Integer call() throws IOException {
    IrProgram program = Programs.compileOrReport(file, System.err);
    if (program == null) {
      return ExitCodes.INPUT_ERROR;
    }
    LoweringResult result = HardwareLowering.lower(program, new HwOptions(dataWidth));
    if (!result.ok()) {
      System.err.print(DiagnosticRenderer.render(result.diagnostics()));
      return ExitCodes.INPUT_ERROR;
    }
    Design design = Elaboration.elaborate(result.top());
    Map<String, String> files = new TreeMap<>(VerilogEmitter.emit(design));
    files.put("regmap.json", RegisterMapWriter.json(result.registerMap()));
    files.put("regmap.h", RegisterMapWriter.cHeader(result.registerMap()));
    files.put("regmap.md", RegisterMapWriter.markdown(result.registerMap()));
    files.put("README.txt", readme(result, files));

    Files.createDirectories(output);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(output.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println(
        "wrote "
            + files.size()
            + " files to "
            + output
            + " (top module "
            + result.top().moduleName()
            + ")");
    return ExitCodes.OK;
  }

  private static String readme(LoweringResult result, Map<String, String> files) {
    StringBuilder b = new StringBuilder();
    b.append("Oasis hardware pipeline of program ")
        .append(result.registerMap().programName())
        .append("\n\nTop module: ")
        .append(result.top().moduleName())
        .append(" (Verilog-2005, one module per file)\n");
    b.append("Data width: ").append(result.options().dataWidth()).append(" bits\n\n");
    b.append("Ports:\n");
    b.append("  clk, rst          one clock, synchronous active-high reset\n");
    b.append(
        "  s_axis_*          frames in; tuser[15:0] = ingress port, tuser[63:16] = timestamp"
            + " in ns\n");
    b.append("  m_axis_*          frames out; tuser[15:0] = egress port\n");
    b.append("  m_axis_host_*     punted frames, each after an 8-byte punt metadata header\n");
    b.append("                    (version 1, flags 0, reason, ingress port, original length)\n");
    b.append("  s_axil_*          register map, see regmap.md\n\n");
    b.append(
        "The pipeline is store-and-forward: one frame at a time, emitted one byte per cycle."
            + "\nSee hw-backend/README.md, section Lowering, for what is supported.\n\nFiles:\n");
    for (String name : files.keySet()) {
      b.append("  ").append(name).append('\n');
    }
    return b.toString();
  }
}
