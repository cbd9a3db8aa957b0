package dev.oasis.hw.lower;

import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.hw.hcl.Component;
import dev.oasis.hw.regmap.RegisterMap;
import java.util.List;

/**
 * What {@link HardwareLowering#lower} gives: the top component and its register map, or the
 * diagnostics that say why the program has no hardware form yet (then {@code top} and {@code
 * registerMap} are null).
 */
public record LoweringResult(
    Component top, RegisterMap registerMap, HwOptions options, List<Diagnostic> diagnostics) {

  public LoweringResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when a pipeline was built. */
  public boolean ok() {
    return top != null;
  }
}
