/**
 * Name resolution and type checking: from the AST of a program and its imported modules to the
 * typed IR. {@link dev.oasis.compiler.check.ProgramChecker} is the entry point; {@link
 * dev.oasis.compiler.check.SemanticCodes} is the catalog of the errors it reports.
 *
 * <p>The checker reports every independent error: an expression with an error gets a poison type
 * that later checks accept silently, so one mistake gives one message. Depends on the dsl module's
 * AST and diagnostics and on the IR.
 */
package dev.oasis.compiler.check;
