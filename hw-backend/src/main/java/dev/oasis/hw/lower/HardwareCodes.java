package dev.oasis.hw.lower;

import dev.oasis.dsl.diag.DiagnosticCode;

/**
 * The diagnostics of the hardware lowering (OAS08xx): constructs the hardware backend does not
 * support yet, and real resource limits of the generated pipeline. A program that gets one of these
 * is a correct Oasis program; it runs in software but not (yet) in hardware.
 */
public enum HardwareCodes implements DiagnosticCode {
  UNSUPPORTED_CONSTRUCT(
      "OAS0801",
      "not yet supported in hardware: %s",
      "The hardware lowering implements a subset of the language (see hw-backend/README.md,"
          + " section Lowering). The construct named in the message is valid Oasis and runs in"
          + " software, but the hardware backend cannot generate a pipeline for it yet. Rewrite the"
          + " program without it, or run it in software."),

  RESOURCE_LIMIT(
      "OAS0802",
      "%s exceeds a hardware limit: %s",
      "The generated pipeline has fixed resource limits: the number of parser paths it unrolls,"
          + " the number of entries a table holds in registers, the number of counter cells and"
          + " the width of the captured header bytes. The message names the limit; make the"
          + " program smaller (for example declare a table with a smaller size) to fit."),

  BAD_OPTION(
      "OAS0803",
      "invalid hardware option %s",
      "An option of 'oasis hw' (such as --data-width) is outside its allowed range. The message"
          + " names the value and the range.");

  private final String code;
  private final String template;
  private final String explanation;

  HardwareCodes(String code, String template, String explanation) {
    this.code = code;
    this.template = template;
    this.explanation = explanation;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String template() {
    return template;
  }

  @Override
  public String explanation() {
    return explanation;
  }
}
