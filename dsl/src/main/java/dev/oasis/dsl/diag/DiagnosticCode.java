package dev.oasis.dsl.diag;

/**
 * One entry of a diagnostics catalog: a stable code such as {@code OAS0101}, a message template in
 * {@link String#format} syntax (lowercase, no final period) and a paragraph for the user
 * documentation (docs/errors.md is generated from the catalogs).
 *
 * <p>Codes are grouped by the hundreds: 00xx input and imports, 01xx syntax, 02xx names, 03xx types
 * and widths, 04xx parser graphs, 05xx tables and actions, 06xx externs, 07xx program structure,
 * 08xx backend support, 09xx compiler bugs. Each catalog is an enum implementing this interface;
 * codes never change meaning once released.
 */
public interface DiagnosticCode {

  /** The stable code, e.g. {@code OAS0101}. */
  String code();

  /** The message template, formatted with the arguments of the report. */
  String template();

  /** A paragraph that explains the error and how to fix it, for docs/errors.md. */
  String explanation();

  /** The message for these arguments. */
  default String format(Object... args) {
    return String.format(java.util.Locale.ROOT, template(), args);
  }
}
