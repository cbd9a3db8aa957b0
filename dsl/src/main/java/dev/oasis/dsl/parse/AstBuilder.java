package dev.oasis.dsl.parse;

import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Name;
import dev.oasis.dsl.ast.Parsing;
import dev.oasis.dsl.ast.Program;
import dev.oasis.dsl.ast.Stmt;
import dev.oasis.dsl.ast.TableProperty;
import dev.oasis.dsl.diag.SyntaxCodes;
import dev.oasis.dsl.parser.OasisParser;
import dev.oasis.dsl.parser.OasisParser.ExpressionContext;
import dev.oasis.dsl.parser.OasisParser.NameContext;
import dev.oasis.dsl.parser.OasisParser.StatementContext;
import dev.oasis.dsl.parser.OasisParser.StructFieldContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Builds the AST of one file from its parse tree. Imports and declarations that contain a syntax
 * error (already reported) are left out, so the AST only ever holds complete nodes; expressions,
 * types and keysets are built by {@link ExprBuilder}.
 */
final class AstBuilder {
  private final SyntaxReporter reporter;
  private final ExprBuilder exprs;

  AstBuilder(SyntaxReporter reporter) {
    this.reporter = reporter;
    this.exprs = new ExprBuilder(reporter);
  }

  Program program(OasisParser.ProgramContext ctx) {
    List<Program.Import> imports = new ArrayList<>();
    List<Decl> declarations = new ArrayList<>();
    boolean declared = false;
    for (ParseTree child : ctx.children) {
      if (child instanceof OasisParser.ImportDeclContext importDecl) {
        if (declared) {
          reporter.error(SyntaxCodes.MISPLACED_IMPORT, exprs.span(importDecl));
        }
        if (isComplete(importDecl)) {
          imports.add(importDecl(importDecl));
        }
      } else if (child instanceof OasisParser.DeclarationContext declaration) {
        declared = true;
        if (isComplete(declaration)) {
          declarations.add(declaration((ParserRuleContext) declaration.getChild(0)));
        }
      }
    }
    return new Program(reporter.file(), imports, declarations);
  }

  /** Whether the subtree parsed without any error, i.e. without recovery inside it. */
  private static boolean isComplete(ParseTree tree) {
    if (tree instanceof ErrorNode) {
      return false;
    }
    if (tree instanceof ParserRuleContext ctx) {
      if (ctx.exception != null) {
        return false;
      }
      for (int i = 0; i < ctx.getChildCount(); i++) {
        if (!isComplete(ctx.getChild(i))) {
          return false;
        }
      }
    }
    return true;
  }

  private Program.Import importDecl(OasisParser.ImportDeclContext ctx) {
    if (ctx instanceof OasisParser.ImportModuleContext module) {
      return new Program.Import(module.qualifiedName().getText(), null, exprs.span(ctx));
    }
    OasisParser.ImportFileContext file = (OasisParser.ImportFileContext) ctx;
    String path = exprs.string(file.STRING().getSymbol()).value();
    return new Program.Import(null, path, exprs.span(ctx));
  }

  private Decl declaration(ParserRuleContext ctx) {
    var span = exprs.span(ctx);
    if (ctx instanceof OasisParser.ConstDeclContext c) {
      return new Decl.Const(exprs.type(c.type()), name(c.name()), expr(c.expression()), span);
    } else if (ctx instanceof OasisParser.TypedefDeclContext c) {
      return new Decl.Typedef(exprs.type(c.type()), name(c.name()), span);
    } else if (ctx instanceof OasisParser.EnumDeclContext c) {
      List<Decl.EnumMember> members = new ArrayList<>();
      for (OasisParser.EnumMemberContext m : c.enumMember()) {
        members.add(new Decl.EnumMember(name(m.name()), expr(m.expression()), exprs.span(m)));
      }
      return new Decl.Enum(exprs.type(c.type()), name(c.name()), members, span);
    } else if (ctx instanceof OasisParser.ErrorDeclContext c) {
      return new Decl.Error(names(c.name()), span);
    } else if (ctx instanceof OasisParser.HeaderDeclContext c) {
      List<Decl.HeaderField> fields = new ArrayList<>();
      for (OasisParser.HeaderFieldContext f : c.headerField()) {
        fields.add(headerField(f));
      }
      return new Decl.Header(name(c.name()), fields, span);
    } else if (ctx instanceof OasisParser.StructDeclContext c) {
      return new Decl.Struct(name(c.name()), structFields(c.structField()), span);
    } else if (ctx instanceof OasisParser.ConfigDeclContext c) {
      return new Decl.Config(properties(c.property()), span);
    } else if (ctx instanceof OasisParser.HeadersDeclContext c) {
      List<Decl.HeaderInstance> instances = new ArrayList<>();
      for (OasisParser.HeaderInstanceContext h : c.headerInstance()) {
        ExpressionContext size = h.expression();
        instances.add(
            new Decl.HeaderInstance(
                name(h.name(0)), name(h.name(1)), size == null ? null : expr(size), exprs.span(h)));
      }
      return new Decl.Headers(instances, span);
    } else if (ctx instanceof OasisParser.MetadataDeclContext c) {
      return new Decl.Metadata(structFields(c.structField()), span);
    } else if (ctx instanceof OasisParser.CounterDeclContext c) {
      return new Decl.Counter(name(c.name()), expr(c.expression()), span);
    } else if (ctx instanceof OasisParser.RegisterDeclContext c) {
      return new Decl.Register(exprs.type(c.type()), name(c.name()), expr(c.expression()), span);
    } else if (ctx instanceof OasisParser.MapDeclContext c) {
      return new Decl.Map(
          exprs.type(c.type(0)),
          exprs.type(c.type(1)),
          name(c.name()),
          properties(c.property()),
          span);
    } else if (ctx instanceof OasisParser.ActionDeclContext c) {
      List<Decl.Param> params = new ArrayList<>();
      for (OasisParser.ParameterContext p : c.parameter()) {
        params.add(new Decl.Param(exprs.type(p.type()), name(p.name()), exprs.span(p)));
      }
      return new Decl.Action(name(c.name()), params, block(c.block()), span);
    } else if (ctx instanceof OasisParser.TableDeclContext c) {
      List<TableProperty> properties = new ArrayList<>();
      for (OasisParser.TablePropertyContext p : c.tableProperty()) {
        properties.add(TableBuilder.property(p, this, exprs));
      }
      return new Decl.Table(name(c.name()), properties, span);
    } else if (ctx instanceof OasisParser.ParserDeclContext c) {
      List<Parsing.State> states = new ArrayList<>();
      for (OasisParser.ParserStateContext s : c.parserState()) {
        states.add(state(s));
      }
      return new Decl.Parser(states, span);
    } else if (ctx instanceof OasisParser.ControlDeclContext c) {
      return new Decl.Control(block(c.block()), span);
    } else if (ctx instanceof OasisParser.DeparserDeclContext c) {
      return new Decl.Deparser(statements(c.statement()), span);
    }
    throw ExprBuilder.unknown(ctx);
  }

  private Decl.HeaderField headerField(OasisParser.HeaderFieldContext ctx) {
    if (ctx instanceof OasisParser.FixedFieldContext f) {
      return new Decl.FixedField(exprs.type(f.type()), name(f.name()), exprs.span(f));
    }
    OasisParser.VariableFieldContext v = (OasisParser.VariableFieldContext) ctx;
    return new Decl.VariableField(
        exprs.primary(v.primary()), name(v.name()), expr(v.expression()), exprs.span(v));
  }

  private List<Decl.StructField> structFields(List<StructFieldContext> ctxs) {
    List<Decl.StructField> fields = new ArrayList<>();
    for (StructFieldContext f : ctxs) {
      fields.add(new Decl.StructField(exprs.type(f.type()), name(f.name()), exprs.span(f)));
    }
    return fields;
  }

  private List<Decl.Property> properties(List<OasisParser.PropertyContext> ctxs) {
    List<Decl.Property> properties = new ArrayList<>();
    for (OasisParser.PropertyContext p : ctxs) {
      properties.add(new Decl.Property(name(p.name()), expr(p.expression()), exprs.span(p)));
    }
    return properties;
  }

  // ---- parser states ----------------------------------------------------------------------------

  private Parsing.State state(OasisParser.ParserStateContext ctx) {
    return new Parsing.State(
        name(ctx.name()),
        statements(ctx.statement()),
        transition(ctx.transition()),
        exprs.span(ctx));
  }

  private Parsing.Transition transition(OasisParser.TransitionContext ctx) {
    if (ctx instanceof OasisParser.DirectTransitionContext direct) {
      return new Parsing.Direct(target(direct.stateRef()), exprs.span(ctx));
    }
    OasisParser.SelectTransitionContext select = (OasisParser.SelectTransitionContext) ctx;
    List<Parsing.Case> cases = new ArrayList<>();
    for (OasisParser.SelectCaseContext c : select.selectCase()) {
      cases.add(new Parsing.Case(exprs.keyset(c.keyset()), target(c.stateRef()), exprs.span(c)));
    }
    return new Parsing.Select(exprs.exprs(select.expressionList()), cases, exprs.span(ctx));
  }

  private Parsing.Target target(OasisParser.StateRefContext ctx) {
    if (ctx instanceof OasisParser.RejectRefContext reject) {
      ExpressionContext reason = reject.expression();
      return new Parsing.Reject(reason == null ? null : expr(reason), exprs.span(ctx));
    }
    return new Parsing.StateName(name(((OasisParser.StateNameContext) ctx).name()));
  }

  // ---- statements -------------------------------------------------------------------------------

  Stmt.Block block(OasisParser.BlockContext ctx) {
    return new Stmt.Block(statements(ctx.statement()), exprs.span(ctx));
  }

  private List<Stmt> statements(List<StatementContext> ctxs) {
    List<Stmt> statements = new ArrayList<>();
    for (StatementContext s : ctxs) {
      statements.add(statement(s));
    }
    return statements;
  }

  private Stmt statement(StatementContext ctx) {
    var span = exprs.span(ctx);
    if (ctx instanceof OasisParser.BlockStatementContext s) {
      return block(s.block());
    } else if (ctx instanceof OasisParser.IfStatementContext s) {
      StatementContext otherwise = s.statement().size() > 1 ? s.statement(1) : null;
      return new Stmt.If(
          expr(s.expression()),
          statement(s.statement(0)),
          otherwise == null ? null : statement(otherwise),
          span);
    } else if (ctx instanceof OasisParser.SwitchStatementContext s) {
      List<Stmt.SwitchCase> cases = new ArrayList<>();
      for (OasisParser.SwitchCaseContext c : s.switchCase()) {
        Name label = c.name() == null ? null : name(c.name());
        cases.add(new Stmt.SwitchCase(label, block(c.block()), exprs.span(c)));
      }
      return new Stmt.Switch(expr(s.expression()), cases, span);
    } else if (ctx instanceof OasisParser.VariableStatementContext s) {
      ExpressionContext init = s.expression();
      return new Stmt.Var(
          exprs.type(s.type()), name(s.name()), init == null ? null : expr(init), span);
    } else if (ctx instanceof OasisParser.EmitStatementContext s) {
      return new Stmt.Emit(expr(s.expression()), span);
    } else if (ctx instanceof OasisParser.ReturnStatementContext) {
      return new Stmt.Return(span);
    } else if (ctx instanceof OasisParser.ExpressionStatementContext s) {
      if (s.expression().size() == 2) {
        return new Stmt.Assign(expr(s.expression(0)), expr(s.expression(1)), span);
      }
      return new Stmt.ExprStmt(expr(s.expression(0)), span);
    } else if (ctx instanceof OasisParser.EmptyStatementContext) {
      return new Stmt.Empty(span);
    }
    throw ExprBuilder.unknown(ctx);
  }

  // ---- shared -----------------------------------------------------------------------------------

  Name name(NameContext ctx) {
    return exprs.name(ctx);
  }

  private List<Name> names(List<NameContext> ctxs) {
    List<Name> names = new ArrayList<>();
    for (NameContext n : ctxs) {
      names.add(name(n));
    }
    return names;
  }

  private dev.oasis.dsl.ast.Expr expr(ExpressionContext ctx) {
    return exprs.expr(ctx);
  }
}
