package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.ast.Decl;
import dev.oasis.dsl.ast.Name;
import dev.oasis.dsl.ast.Node;
import dev.oasis.dsl.diag.Diagnostic;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the declarations that code refers to and fills {@link Env} with their IR: parse-error
 * codes, header instances, metadata fields (structs flattened to dotted names such as {@code s.a}),
 * the config, counters, registers and maps.
 */
final class DeclChecker {
  static final int MAX_STACK = 64;
  static final int MAX_EXTERN_SIZE = 1 << 20;
  static final int MAX_ERROR_CODES = 256 - Decls.ErrorCode.FIRST_DECLARED;

  private final Env env;

  DeclChecker(Env env) {
    this.env = env;
  }

  private Diagnostic error(SemanticCodes code, Span span, Object... args) {
    return env.diags.error(code, span, args);
  }

  private void withNote(Diagnostic d, String note, Span span) {
    env.diags.replace(d, d.withNote(note, span));
  }

  // ---- error codes --------------------------------------------------------------------------

  void errorCodes() {
    for (Decls.ErrorCode code : Decls.ErrorCode.BUILT_IN) {
      env.errorCodes.put(code.name(), code);
    }
    int next = Decls.ErrorCode.FIRST_DECLARED;
    Map<String, Name> declared = new HashMap<>();
    boolean reportedTooMany = false;
    int total = (int) env.globals.errorBlocks.stream().mapToLong(b -> b.names().size()).sum();
    for (Decl.Error block : env.globals.errorBlocks) {
      for (Name name : block.names()) {
        Decls.ErrorCode known = env.errorCodes.get(name.text());
        if (known != null) {
          Diagnostic d =
              error(
                  SemanticCodes.DUPLICATE_MEMBER,
                  name.span(),
                  "error code",
                  name.text(),
                  "the" + " program");
          if (!known.isBuiltIn()) {
            withNote(
                d,
                "'" + name.text() + "' is first declared here",
                declared.get(name.text()).span());
          }
          continue;
        }
        if (next > 255) {
          if (!reportedTooMany) {
            error(SemanticCodes.TOO_MANY_ERROR_CODES, name.span(), total);
            reportedTooMany = true;
          }
          continue;
        }
        declared.put(name.text(), name);
        env.errorCodes.put(name.text(), new Decls.ErrorCode(name.text(), next++, name.span()));
      }
    }
  }

  // ---- header instances ---------------------------------------------------------------------

  void headerInstances() {
    int ordinal = 0;
    for (Decl.Headers block : env.globals.headerBlocks) {
      for (Decl.HeaderInstance instance : block.instances()) {
        if (env.globals.lookup(instance.name().text()) != instance) {
          continue; // a duplicate or reserved name, already reported
        }
        SemType type = env.types.named(instance.type());
        int stackSize = stackSize(instance);
        if (type.isPoison() || stackSize < 0) {
          continue;
        }
        if (!(type.irType() instanceof Type.Header header) || type instanceof SemType.Enum) {
          Node decl = env.globals.lookup(instance.type().text());
          String kind = decl == null ? "a type" : Globals.describe(decl);
          error(
              SemanticCodes.WRONG_KIND_OF_NAME,
              instance.type().span(),
              instance.type().text(),
              type.isBit() || type.isBool() ? type.toString() : kind,
              "a header type");
          continue;
        }
        String name = instance.name().text();
        env.headerInstances.put(
            name,
            new Decls.HeaderInstance(name, header.header(), stackSize, ordinal++, instance.span()));
      }
    }
  }

  /** 0 for a single header, the size of a stack, or -1 after an error. */
  private int stackSize(Decl.HeaderInstance instance) {
    if (instance.stackSize() == null) {
      return 0;
    }
    String name = instance.name().text();
    BigInteger size =
        env.constant(instance.stackSize(), null, "the size of header stack '" + name + "'");
    if (size == null) {
      return -1;
    }
    if (size.signum() <= 0 || size.compareTo(BigInteger.valueOf(MAX_STACK)) > 0) {
      error(SemanticCodes.STACK_SIZE_OUT_OF_RANGE, instance.stackSize().span(), name, size);
      return -1;
    }
    return size.intValueExact();
  }

  // ---- metadata -----------------------------------------------------------------------------

  void metadata() {
    Map<String, Name> seen = new HashMap<>();
    for (Decl.Metadata block : env.globals.metadataBlocks) {
      for (Decl.StructField f : block.fields()) {
        String name = f.name().text();
        SemType type = env.types.resolve(f.type());
        if (seen.containsKey(name)) {
          env.types.duplicateMember("field", f.name(), seen.get(name), "the metadata");
          continue;
        }
        seen.put(name, f.name());
        if (!type.isPoison() && !TypeResolver.isMetadataType(type)) {
          error(
              SemanticCodes.TYPE_NOT_ALLOWED,
              f.type().span(),
              "metadata field '" + name + "'",
              type,
              "bit<N>, bool, an enum or a struct");
          type = SemType.POISON;
        }
        flatten(name, type, f.span());
      }
    }
  }

  private void flatten(String path, SemType type, Span span) {
    if (type instanceof SemType.Struct s) {
      env.metaStructs.put(path, s.info());
      for (SemType.StructMember m : s.info().fields()) {
        flatten(path + "." + m.name(), m.type(), m.span());
      }
      return;
    }
    if (type.irType() == null) {
      env.poisoned.add("meta:" + path); // an error in the type, already reported
      return;
    }
    Decls.MetaField field = new Decls.MetaField(path, type.irType(), span);
    env.tag(field, type);
    env.metaFields.put(path, field);
  }

  // ---- config -------------------------------------------------------------------------------

  void config() {
    if (env.globals.configs.isEmpty()) {
      return;
    }
    Decls.Config defaults = Decls.Config.DEFAULT;
    int ports = defaults.ports();
    int maxFrame = defaults.maxFrame();
    boolean drop = defaults.dropOnParseError();
    Map<String, Span> seen = new HashMap<>();
    for (Decl.Property p : env.globals.configs.get(0).properties()) {
      String name = p.name().text();
      if (seen.containsKey(name)) {
        Diagnostic d = error(SemanticCodes.DUPLICATE_CONFIG_PROPERTY, p.name().span(), name);
        withNote(d, "'" + name + "' is first set here", seen.get(name));
        continue;
      }
      seen.put(name, p.name().span());
      switch (name) {
        case "ports" -> ports = configInt(p, 1, 65535, ports);
        case "max_frame" -> maxFrame = configInt(p, 64, 65535, maxFrame);
        case "on_parse_error" -> {
          String value = p.value().span().text();
          if (p.value() instanceof dev.oasis.dsl.ast.Expr.NameRef ref
              && (ref.name().text().equals("drop") || ref.name().text().equals("continue"))) {
            drop = ref.name().text().equals("drop");
          } else {
            error(SemanticCodes.BAD_ON_PARSE_ERROR, p.value().span(), value);
          }
        }
        default -> error(SemanticCodes.UNKNOWN_CONFIG_PROPERTY, p.name().span(), name);
      }
    }
    env.config = new Decls.Config(ports, maxFrame, drop);
  }

  private int configInt(Decl.Property p, int min, int max, int fallback) {
    String name = p.name().text();
    BigInteger v = env.constant(p.value(), null, "config property '" + name + "'");
    if (v == null) {
      return fallback;
    }
    if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
      error(SemanticCodes.CONFIG_OUT_OF_RANGE, p.value().span(), name, v, min + " to " + max);
      return fallback;
    }
    return v.intValueExact();
  }

  // ---- counters, registers and maps -----------------------------------------------------------

  void externs() {
    for (Node node : env.globals.all()) {
      if (node instanceof Decl.Counter c) {
        int size = externSize("counter", c.name(), c.size());
        env.counters.put(c.name().text(), new Decls.Counter(c.name().text(), size, c.span()));
      } else if (node instanceof Decl.Register r) {
        String name = r.name().text();
        int width = bitWidth(r.elementType(), "the element type of register '" + name + "'", name);
        int size = externSize("register", r.name(), r.size());
        env.registers.put(name, new Decls.Register(name, width, size, r.span()));
      } else if (node instanceof Decl.Map m) {
        env.maps.put(m.name().text(), new MapChecker(env).check(m));
      }
    }
  }

  private int externSize(String kind, Name name, dev.oasis.dsl.ast.Expr size) {
    BigInteger v = env.constant(size, null, "the size of " + kind + " '" + name.text() + "'");
    if (v == null) {
      return 1;
    }
    if (v.signum() <= 0 || v.compareTo(BigInteger.valueOf(MAX_EXTERN_SIZE)) > 0) {
      error(
          SemanticCodes.EXTERN_SIZE_OUT_OF_RANGE,
          size.span(),
          kind,
          name.text(),
          v,
          MAX_EXTERN_SIZE);
      return 1;
    }
    return v.intValueExact();
  }

  /**
   * The width of a type that must be {@code bit<N>}, or 1 after an error, which also makes the uses
   * of extern {@code owner} quiet.
   */
  int bitWidth(dev.oasis.dsl.ast.TypeRef ref, String role, String owner) {
    SemType type = env.types.resolve(ref);
    if (type.isPoison()) {
      env.poisoned.add("extern:" + owner);
      return 1;
    }
    if (!type.isBit()) {
      error(SemanticCodes.TYPE_NOT_ALLOWED, ref.span(), role, type, "bit<N>");
      env.poisoned.add("extern:" + owner);
      return 1;
    }
    return type.irType().width();
  }

  // ---- program structure --------------------------------------------------------------------

  /** Missing parser or control, and blocks declared twice. */
  void structure(Span programStart) {
    Globals g = env.globals;
    if (g.parsers.isEmpty()) {
      error(SemanticCodes.MISSING_PARSER, programStart);
    }
    if (g.controls.isEmpty()) {
      error(SemanticCodes.MISSING_CONTROL, programStart);
    }
    once("parser", g.parsers);
    once("control", g.controls);
    once("deparser", g.deparsers);
    once("headers", g.headerBlocks);
    once("metadata", g.metadataBlocks);
    once("config", g.configs);
  }

  private void once(String kind, List<? extends Decl> blocks) {
    for (int i = 1; i < blocks.size(); i++) {
      Span span = blocks.get(i).span();
      Span keyword = keyword(span, kind);
      Diagnostic d = error(SemanticCodes.DUPLICATE_BLOCK, keyword, kind);
      Span first = blocks.get(0).span();
      withNote(d, "the first " + kind + " block is here", keyword(first, kind));
    }
  }

  /** The first word of a block's span: its keyword. */
  private static Span keyword(Span span, String kind) {
    return new Span(span.file(), span.start(), Math.min(span.end(), span.start() + kind.length()));
  }
}
