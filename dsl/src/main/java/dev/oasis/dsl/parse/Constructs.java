package dev.oasis.dsl.parse;

import dev.oasis.dsl.parser.OasisParser;
import dev.oasis.dsl.parser.OasisParser.ActionDeclContext;
import dev.oasis.dsl.parser.OasisParser.NameContext;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Names the construct the parser was reading when it met an error, in the words of the language
 * reference: {@code the table 'routes'}, {@code the field declaration}, {@code the if statement}.
 * Rules that are only glue (keysets, names, most expression forms) defer to their parent.
 */
final class Constructs {
  private Constructs() {}

  /** The innermost described construct around {@code ctx}, or null at the top level. */
  static ParserRuleContext enclosing(ParserRuleContext ctx) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (describe(c) != null) {
        return c;
      }
    }
    return null;
  }

  /** "the table 'routes'" for the innermost described construct, or "the program". */
  static String describeEnclosing(ParserRuleContext ctx) {
    ParserRuleContext construct = enclosing(ctx);
    return construct == null ? "the program" : describe(construct);
  }

  /** The description of one construct, or null for rules that defer to their parent. */
  static String describe(ParserRuleContext ctx) {
    if (ctx instanceof OasisParser.ImportDeclContext) {
      return "the import";
    } else if (ctx instanceof OasisParser.ConstDeclContext) {
      return "the constant declaration";
    } else if (ctx instanceof OasisParser.TypedefDeclContext) {
      return "the typedef";
    } else if (ctx instanceof OasisParser.EnumDeclContext c) {
      return named("the enum", c.name());
    } else if (ctx instanceof OasisParser.EnumMemberContext) {
      return "the enum member";
    } else if (ctx instanceof OasisParser.ErrorDeclContext) {
      return "the error declaration";
    } else if (ctx instanceof OasisParser.HeaderDeclContext c) {
      return named("the header", c.name());
    } else if (ctx instanceof OasisParser.HeaderFieldContext
        || ctx instanceof OasisParser.StructFieldContext) {
      return "the field declaration";
    } else if (ctx instanceof OasisParser.StructDeclContext c) {
      return named("the struct", c.name());
    } else if (ctx instanceof OasisParser.BitTypeContext) {
      return "the type";
    } else if (ctx instanceof OasisParser.ConfigDeclContext) {
      return "the config block";
    } else if (ctx instanceof OasisParser.PropertyContext c) {
      return named("the property", c.name());
    } else if (ctx instanceof OasisParser.HeadersDeclContext) {
      return "the headers block";
    } else if (ctx instanceof OasisParser.HeaderInstanceContext) {
      return "the header instance";
    } else if (ctx instanceof OasisParser.MetadataDeclContext) {
      return "the metadata block";
    } else if (ctx instanceof OasisParser.CounterDeclContext) {
      return "the counter declaration";
    } else if (ctx instanceof OasisParser.RegisterDeclContext) {
      return "the register declaration";
    } else if (ctx instanceof OasisParser.MapDeclContext c) {
      return named("the map", c.name());
    } else if (ctx instanceof ActionDeclContext c) {
      return named("the action", c.name());
    } else if (ctx instanceof OasisParser.ParameterContext) {
      return "the parameter";
    } else if (ctx instanceof OasisParser.TableDeclContext c) {
      return named("the table", c.name());
    } else if (ctx instanceof OasisParser.KeyPropertyContext) {
      return "the key block";
    } else if (ctx instanceof OasisParser.ActionsPropertyContext) {
      return "the actions list";
    } else if (ctx instanceof OasisParser.DefaultActionPropertyContext) {
      return "the default action";
    } else if (ctx instanceof OasisParser.EntriesPropertyContext) {
      return "the entries block";
    } else if (ctx instanceof OasisParser.ValuePropertyContext c) {
      return named("the property", c.name());
    } else if (ctx instanceof OasisParser.KeyElementContext) {
      return "the key element";
    } else if (ctx instanceof OasisParser.TableEntryContext) {
      return "the table entry";
    } else if (ctx instanceof OasisParser.ParserDeclContext) {
      return "the parser";
    } else if (ctx instanceof OasisParser.ParserStateContext c) {
      return named("the state", c.name());
    } else if (ctx instanceof OasisParser.TransitionContext) {
      return "the transition";
    } else if (ctx instanceof OasisParser.SelectCaseContext) {
      return "the select case";
    } else if (ctx instanceof OasisParser.ControlDeclContext) {
      return "the control";
    } else if (ctx instanceof OasisParser.DeparserDeclContext) {
      return "the deparser";
    } else if (ctx instanceof OasisParser.BlockContext) {
      return describeBlock(ctx);
    } else if (ctx instanceof OasisParser.StatementContext) {
      return describeStatement(ctx);
    } else if (ctx instanceof OasisParser.SwitchCaseContext) {
      return "the switch case";
    } else if (ctx instanceof OasisParser.CallExprContext) {
      return "the call";
    } else if (ctx instanceof OasisParser.IndexExprContext
        || ctx instanceof OasisParser.SliceExprContext) {
      return "the index";
    } else if (ctx instanceof OasisParser.CastExprContext) {
      return "the cast";
    } else if (ctx instanceof OasisParser.ParenExprContext) {
      return "the parentheses";
    } else if (ctx instanceof OasisParser.LookaheadExprContext) {
      return "the lookahead";
    }
    return null;
  }

  /** A block is described by what it is the body of. */
  private static String describeBlock(ParserRuleContext block) {
    ParserRuleContext parent = block.getParent();
    if (parent instanceof OasisParser.BlockStatementContext
        && parent.getParent() instanceof OasisParser.IfStatementContext) {
      parent = parent.getParent();
    }
    if (parent instanceof ActionDeclContext
        || parent instanceof OasisParser.ControlDeclContext
        || parent instanceof OasisParser.IfStatementContext
        || parent instanceof OasisParser.SwitchCaseContext) {
      return describe(parent);
    }
    return "the block";
  }

  private static String describeStatement(ParserRuleContext ctx) {
    if (ctx instanceof OasisParser.IfStatementContext) {
      return "the if statement";
    } else if (ctx instanceof OasisParser.SwitchStatementContext) {
      return "the switch statement";
    } else if (ctx instanceof OasisParser.VariableStatementContext) {
      return "the variable declaration";
    } else if (ctx instanceof OasisParser.ExpressionStatementContext && hasEquals(ctx)) {
      return "the assignment";
    } else if (ctx instanceof OasisParser.EmitStatementContext) {
      return "the emit statement";
    } else if (ctx instanceof OasisParser.ReturnStatementContext) {
      return "the return statement";
    } else if (ctx instanceof OasisParser.BlockStatementContext) {
      return null;
    }
    return "the statement";
  }

  /**
   * Whether a statement has its '=' already; looked up among the tokens, as the expression after it
   * joins the tree only once it is complete.
   */
  private static boolean hasEquals(ParserRuleContext ctx) {
    for (int i = 0; i < ctx.getChildCount(); i++) {
      if (ctx.getChild(i) instanceof TerminalNode t && t.getSymbol().getText().equals("=")) {
        return true;
      }
    }
    return false;
  }

  /** What a name at {@code ctx} would have named, for "'if' is a reserved word ...". */
  static String namedThing(ParserRuleContext ctx) {
    for (RuleContext c = ctx; c != null; c = c.parent) {
      if (c instanceof NameContext) {
        continue;
      }
      if (c instanceof OasisParser.HeaderFieldContext
          || c instanceof OasisParser.StructFieldContext) {
        return "a field";
      } else if (c instanceof OasisParser.HeaderDeclContext
          || c instanceof OasisParser.StructDeclContext
          || c instanceof OasisParser.TypedefDeclContext
          || c instanceof OasisParser.EnumDeclContext) {
        return "a type";
      } else if (c instanceof OasisParser.ConstDeclContext) {
        return "a constant";
      } else if (c instanceof OasisParser.EnumMemberContext) {
        return "an enum member";
      } else if (c instanceof OasisParser.ErrorDeclContext
          || c instanceof OasisParser.ErrorLiteralContext) {
        return "an error code";
      } else if (c instanceof OasisParser.PropertyContext
          || c instanceof OasisParser.ValuePropertyContext) {
        return "a property";
      } else if (c instanceof OasisParser.HeaderInstanceContext) {
        return "a header instance";
      } else if (c instanceof OasisParser.CounterDeclContext) {
        return "a counter";
      } else if (c instanceof OasisParser.RegisterDeclContext) {
        return "a register";
      } else if (c instanceof OasisParser.MapDeclContext) {
        return "a map";
      } else if (c instanceof ActionDeclContext
          || c instanceof OasisParser.ActionsPropertyContext
          || c instanceof OasisParser.ActionRefContext
          || c instanceof OasisParser.SwitchCaseContext) {
        return "an action";
      } else if (c instanceof OasisParser.ParameterContext) {
        return "a parameter";
      } else if (c instanceof OasisParser.TableDeclContext) {
        return "a table";
      } else if (c instanceof OasisParser.KeyElementContext) {
        return "a match kind or key";
      } else if (c instanceof OasisParser.ParserStateContext
          || c instanceof OasisParser.StateRefContext) {
        return "a state";
      } else if (c instanceof OasisParser.VariableStatementContext) {
        return "a variable";
      } else if (c instanceof OasisParser.MemberExprContext) {
        return "a member";
      } else if (c instanceof OasisParser.QualifiedNameContext) {
        return "a module";
      }
      break;
    }
    return "a name";
  }

  private static String named(String what, NameContext name) {
    if (name == null || name.getChildCount() == 0 || name.getChild(0) instanceof ErrorNode) {
      return what;
    }
    return what + " '" + name.getText() + "'";
  }
}
