/**
 * The typed intermediate representation that every Oasis backend consumes: resolved declarations
 * ({@link dev.oasis.compiler.ir.Decls}), header types, tables, the parser graph, and typed
 * expressions and statements. Nodes are immutable records; references between them are by object
 * identity (a {@code FieldRef} holds its {@code HeaderType.Field}). Passes build new trees rather
 * than mutating. docs/ir.md describes the invariants each pass may rely on.
 */
package dev.oasis.compiler.ir;
