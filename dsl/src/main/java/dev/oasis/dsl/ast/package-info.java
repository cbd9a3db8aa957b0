/**
 * The abstract syntax tree of Oasis programs: immutable records, one per construct, each with the
 * {@link dev.oasis.dsl.diag.Span} of its source text. The AST says what was written, not what it
 * means: names are unresolved and expressions untyped. The compiler turns it into the typed IR.
 */
package dev.oasis.dsl.ast;
