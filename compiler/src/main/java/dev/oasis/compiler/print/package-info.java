/**
 * Printing the IR back as Oasis source: {@link dev.oasis.compiler.print.IrPrinter} prints a whole
 * program that compiles to the same IR (golden tests compare its output), and {@link
 * dev.oasis.compiler.print.Precedence} holds the operator binding strengths that printers need.
 *
 * <p>Depends on the IR only (and the checker's string quoting).
 */
package dev.oasis.compiler.print;
