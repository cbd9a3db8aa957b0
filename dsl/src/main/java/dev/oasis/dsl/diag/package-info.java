/**
 * Diagnostics: source files and spans, the {@link dev.oasis.dsl.diag.DiagnosticCode} catalogs, the
 * collector that passes report into, and the renderer that prints {@code file:line:col:
 * error[OASnnnn]: message} with the source line and carets.
 */
package dev.oasis.dsl.diag;
