package dev.oasis.hw.lower;

import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.Span;
import dev.oasis.hw.hcl.Names;
import dev.oasis.hw.regmap.RegisterMap;
import java.util.List;

/**
 * The hardware backend's entry point: checks that a program is within the hardware subset ({@link
 * CheckHardwareSubset}), then builds its pipeline. The passes, in order:
 *
 * <ol>
 *   <li>check the options (data width);
 *   <li>{@link CheckHardwareSubset}: every unsupported construct and exceeded limit is reported;
 *       nothing is built if any is;
 *   <li>{@link RegisterMap#of}: the AXI-Lite layout (tables' entry windows, counters);
 *   <li>{@link PipelineComponent}: receive, decide (parser and control as logic), emit.
 * </ol>
 *
 * The component is not elaborated here: {@code Elaboration.elaborate(result.top())} does that, and
 * a design-rule violation there is a compiler bug.
 */
public final class HardwareLowering {
  private HardwareLowering() {}

  /** The name of the top module of a program. */
  public static String topModuleName(IrProgram program) {
    String base = Names.sanitize(program.name());
    return "oasis_" + (base.isEmpty() ? "program" : base);
  }

  public static LoweringResult lower(IrProgram program, HwOptions options) {
    Diagnostics diagnostics = new Diagnostics();
    if (!options.validDataWidth()) {
      diagnostics.error(
          HardwareCodes.BAD_OPTION,
          Span.NONE,
          "--data-width " + options.dataWidth() + ", expected a power of two from 8 to 512");
      return new LoweringResult(null, null, options, diagnostics.sorted());
    }
    CheckHardwareSubset.check(program, diagnostics);
    if (diagnostics.hasErrors()) {
      return new LoweringResult(null, null, options, diagnostics.sorted());
    }
    RegisterMap map = RegisterMap.of(program);
    PipelineComponent top = new PipelineComponent(topModuleName(program), program, options, map);
    return new LoweringResult(top, map, options, List.of());
  }
}
