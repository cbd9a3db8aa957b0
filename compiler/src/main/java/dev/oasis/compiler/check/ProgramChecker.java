package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.HeaderType;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.ParserGraph;
import dev.oasis.compiler.ir.Stmt;
import dev.oasis.compiler.ir.Table;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Name;
import dev.oasis.dsl.ast.Node;
import dev.oasis.dsl.ast.Program;
import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.SourceFile;
import dev.oasis.dsl.diag.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Name resolution and type checking of a whole program: the main file and its imported modules (one
 * global namespace) into an {@link IrProgram}.
 *
 * <p>The work goes in phases so that everything a phase refers to exists: names, error codes, types
 * and constants (on demand), the config, header instances, metadata, externs, actions, tables, and
 * last the parser, control and deparser. Every phase reports all the errors it finds and carries on
 * with what it could check; the program it returns after errors is partial (parts with errors left
 * out) and only good for further checks such as the parser graph's.
 */
public final class ProgramChecker {
  private final Env env;
  private final List<Program> modules;

  private ProgramChecker(List<Program> modules, Diagnostics diagnostics) {
    this.modules = modules;
    this.env = new Env(new Globals(modules, diagnostics), diagnostics);
  }

  /**
   * Checks {@code modules} (dependency order, the main file last) into the IR, reporting every
   * error into {@code diagnostics}. The result is complete only if no error was reported.
   */
  public static IrProgram check(List<Program> modules, Diagnostics diagnostics) {
    if (modules.isEmpty()) {
      throw new dev.oasis.dsl.diag.CompilerBugException("no source files to check");
    }
    return new ProgramChecker(modules, diagnostics).run();
  }

  private IrProgram run() {
    Program main = modules.get(modules.size() - 1);
    SourceFile mainFile = main.file();
    Span whole = new Span(mainFile, 0, mainFile.text().length());
    DeclChecker decls = new DeclChecker(env);

    decls.structure(new Span(mainFile, 0, 0));
    decls.errorCodes();
    decls.config();
    checkTypesAndConstants();
    decls.headerInstances();
    decls.metadata();
    decls.externs();
    checkActions();
    checkTables();

    Globals g = env.globals;
    ParserGraph parser =
        g.parsers.isEmpty() ? null : new ParserChecker(env).check(g.parsers.get(0));
    Stmt.Block control =
        g.controls.isEmpty()
            ? null
            : new StmtChecker(env, Body.control()).block(g.controls.get(0).body());
    List<Stmt.Emit> deparser = g.deparsers.isEmpty() ? defaultDeparser() : deparser();

    return new IrProgram(
        programName(mainFile.path()),
        env.config,
        usedHeaderTypes(),
        List.copyOf(env.headerInstances.values()),
        List.copyOf(env.metaFields.values()),
        List.copyOf(env.errorCodes.values()),
        List.copyOf(env.counters.values()),
        List.copyOf(env.registers.values()),
        List.copyOf(env.maps.values()),
        List.copyOf(env.actions.values()),
        List.copyOf(env.tables.values()),
        parser,
        control,
        deparser,
        whole);
  }

  /** Resolves every declared type and constant, used or not, so that all their errors show. */
  private void checkTypesAndConstants() {
    for (Node node : env.globals.all()) {
      if (node instanceof Decl.Typedef
          || node instanceof Decl.Enum
          || node instanceof Decl.Struct
          || node instanceof Decl.Header) {
        env.types.named(Globals.nameOf(node));
      } else if (node instanceof Decl.Const c) {
        env.constants.evaluate(c);
      }
    }
  }

  private void checkActions() {
    for (Node node : env.globals.all()) {
      if (node instanceof Decl.Action a) {
        String name = a.name().text();
        Set<String> badParams = new java.util.HashSet<>();
        List<Decls.Param> params = params(a, badParams);
        Body body = Body.action(name, params);
        badParams.forEach(body::poison);
        if (!badParams.isEmpty()) {
          env.actionsWithBadParams.add(name);
        }
        Stmt.Block block = new StmtChecker(env, body).block(a.body());
        env.actions.put(name, new Decls.Action(name, params, block, a.span()));
      }
    }
  }

  /** The well-typed parameters; the names of the others go into {@code bad}. */
  private List<Decls.Param> params(Decl.Action a, Set<String> bad) {
    String action = a.name().text();
    List<Decls.Param> params = new ArrayList<>();
    Map<String, Name> seen = new HashMap<>();
    for (Decl.Param p : a.params()) {
      String name = p.name().text();
      SemType type = env.types.resolve(p.type());
      if (Globals.RESERVED.contains(name)) {
        env.diags.error(SemanticCodes.RESERVED_NAME, p.name().span(), name);
        bad.add(name);
        continue;
      }
      if (seen.containsKey(name)) {
        env.types.duplicateMember("parameter", p.name(), seen.get(name), "action '" + action + "'");
        bad.add(name);
        continue;
      }
      Node hidden = env.globals.hiddenBy(name);
      if (hidden != null) {
        Globals.hides(env.diags, "parameter", p.name(), hidden);
        bad.add(name);
        continue;
      }
      seen.put(name, p.name());
      if (type.isPoison()) {
        bad.add(name);
        continue;
      }
      if (!TypeResolver.isScalar(type)) {
        env.diags.error(SemanticCodes.BAD_PARAMETER_TYPE, p.type().span(), name, action, type);
        bad.add(name);
        continue;
      }
      Decls.Param param = new Decls.Param(name, type.irType(), params.size(), p.span());
      env.tag(param, type);
      params.add(param);
    }
    return params;
  }

  private void checkTables() {
    for (Node node : env.globals.all()) {
      if (node instanceof Decl.Table t) {
        Table table = new TableChecker(env, t).check();
        env.tables.put(table.name(), table);
      }
    }
  }

  private List<Stmt.Emit> deparser() {
    List<Stmt> statements =
        new StmtChecker(env, Body.deparser()).statements(env.globals.deparsers.get(0).statements());
    List<Stmt.Emit> emits = new ArrayList<>();
    for (Stmt s : statements) {
      if (s instanceof Stmt.Emit e) {
        emits.add(e);
      }
    }
    return emits;
  }

  /** Without a deparser: emit every header instance in the order of the headers block. */
  private List<Stmt.Emit> defaultDeparser() {
    List<Stmt.Emit> emits = new ArrayList<>();
    for (Decls.HeaderInstance h : env.headerInstances.values()) {
      Expr header =
          h.isStack()
              ? new Expr.StackRef(h, h.span())
              : new Expr.HeaderRef(h, Expr.HeaderRef.NONE, h.span());
      emits.add(new Stmt.Emit(header, h.span()));
    }
    return emits;
  }

  /** The header types of the header instances, in the order the types are declared. */
  private List<HeaderType> usedHeaderTypes() {
    Set<String> used = new LinkedHashSet<>();
    env.headerInstances.values().forEach(h -> used.add(h.type().name()));
    List<HeaderType> types = new ArrayList<>();
    for (Node node : env.globals.all()) {
      if (node instanceof Decl.Header h && used.contains(h.name().text())) {
        HeaderType type = env.types.headerTypes().get(h.name().text());
        if (type != null) {
          types.add(type);
        }
      }
    }
    return types;
  }

  /** {@code examples/l3-router/router.oasis} is the program {@code router}. */
  static String programName(String path) {
    String base = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    return base.endsWith(".oasis") ? base.substring(0, base.length() - ".oasis".length()) : base;
  }
}
