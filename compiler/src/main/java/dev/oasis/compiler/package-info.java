/**
 * The Oasis compiler: name resolution and type checking from the AST into the typed IR, the IR
 * passes, the reference interpreter and the control-plane schema.
 *
 * <p>{@link dev.oasis.compiler.Compiler} is the entry point: it runs the dsl front end and then the
 * passes of {@link dev.oasis.compiler.passes.PassPipeline}, and returns a {@link
 * dev.oasis.compiler.CompileResult} with the IR or the diagnostics. docs/ir.md describes the IR.
 *
 * <p>Depends on the dsl module only.
 */
package dev.oasis.compiler;
