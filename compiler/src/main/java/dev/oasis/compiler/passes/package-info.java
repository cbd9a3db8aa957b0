/**
 * The compiler's passes over the typed IR: one class per pass, named for what it does, listed in
 * order in {@link dev.oasis.compiler.passes.PassPipeline}. Each pass's Javadoc shows the source
 * before and after and states what must already hold. {@link dev.oasis.compiler.passes.IrRewriter}
 * is the base of passes that rewrite the IR, {@link dev.oasis.compiler.passes.ExprFolder} the
 * constant arithmetic shared with the type checker.
 *
 * <p>Depends on the IR, the checker (for the first pass and the diagnostics catalog) and the dsl
 * module's AST and diagnostics.
 */
package dev.oasis.compiler.passes;
