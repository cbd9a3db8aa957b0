/**
 * The Oasis compiler: name resolution and type checking from the AST into the typed IR, the IR
 * passes, the reference interpreter and the control-plane schema.
 *
 * <p>Depends on the dsl module only.
 */
package dev.oasis.compiler;
