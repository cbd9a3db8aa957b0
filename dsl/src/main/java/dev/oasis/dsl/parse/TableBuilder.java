package dev.oasis.dsl.parse;

import dev.oasis.dsl.ast.Expr;
import dev.oasis.dsl.ast.Name;
import dev.oasis.dsl.ast.TableProperty;
import dev.oasis.dsl.parser.OasisParser;
import java.util.ArrayList;
import java.util.List;

/** Builds the properties of a table declaration: key, actions, default action, entries, values. */
final class TableBuilder {
  private TableBuilder() {}

  static TableProperty property(
      OasisParser.TablePropertyContext ctx, AstBuilder ast, ExprBuilder exprs) {
    var span = exprs.span(ctx);
    if (ctx instanceof OasisParser.KeyPropertyContext key) {
      List<TableProperty.KeyElement> elements = new ArrayList<>();
      for (OasisParser.KeyElementContext e : key.keyElement()) {
        Name alias = e.name().size() > 1 ? ast.name(e.name(1)) : null;
        elements.add(
            new TableProperty.KeyElement(
                exprs.expr(e.expression()), ast.name(e.name(0)), alias, exprs.span(e)));
      }
      return new TableProperty.Key(elements, span);
    } else if (ctx instanceof OasisParser.ActionsPropertyContext actions) {
      List<Name> names = new ArrayList<>();
      for (OasisParser.NameContext n : actions.name()) {
        names.add(ast.name(n));
      }
      return new TableProperty.Actions(names, span);
    } else if (ctx instanceof OasisParser.DefaultActionPropertyContext defaultAction) {
      return new TableProperty.DefaultAction(
          actionRef(defaultAction.actionRef(), ast, exprs), span);
    } else if (ctx instanceof OasisParser.EntriesPropertyContext entries) {
      List<TableProperty.Entry> list = new ArrayList<>();
      for (OasisParser.TableEntryContext e : entries.tableEntry()) {
        Expr priority = e.expression() == null ? null : exprs.expr(e.expression());
        list.add(
            new TableProperty.Entry(
                exprs.keyset(e.keyset()),
                actionRef(e.actionRef(), ast, exprs),
                priority,
                exprs.span(e)));
      }
      return new TableProperty.Entries(list, span);
    } else if (ctx instanceof OasisParser.ValuePropertyContext value) {
      return new TableProperty.Value(ast.name(value.name()), exprs.expr(value.expression()), span);
    }
    throw ExprBuilder.unknown(ctx);
  }

  private static TableProperty.ActionRef actionRef(
      OasisParser.ActionRefContext ctx, AstBuilder ast, ExprBuilder exprs) {
    List<Expr> args = new ArrayList<>();
    for (OasisParser.ExpressionContext e : ctx.expression()) {
      args.add(exprs.expr(e));
    }
    return new TableProperty.ActionRef(ast.name(ctx.name()), args, exprs.span(ctx));
  }
}
