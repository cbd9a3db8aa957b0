/**
 * From source text to AST: the lexer's error tokens ({@code CheckedTokenSource}), ANTLR's error
 * recovery with messages for people ({@code SyntaxErrorStrategy}, {@code ExpectedTokens}, {@code
 * Constructs}), and the builders from parse tree to AST ({@code AstBuilder}, {@code ExprBuilder},
 * {@code TableBuilder}, {@code Literals}). The one public entry is {@link
 * dev.oasis.dsl.parse.SourceParser}; most callers use {@link dev.oasis.dsl.Frontend} instead.
 *
 * <p>Depends on the generated parser ({@code dev.oasis.dsl.parser}), the AST and diagnostics.
 */
package dev.oasis.dsl.parse;
