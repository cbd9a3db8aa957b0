/**
 * The Oasis language front end: the ANTLR 4 grammar, the AST with source spans, the diagnostics
 * catalog and renderer, and the standard library of headers ({@code std/*.oasis}).
 *
 * <p>Depends on nothing else in Oasis. No backend parses source text: they all start from the typed
 * IR built by the compiler module.
 */
package dev.oasis.dsl;
