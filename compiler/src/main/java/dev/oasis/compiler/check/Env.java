package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Expr;
import dev.oasis.compiler.ir.Table;
import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of one checking run: the diagnostics, the global names, and the IR declarations built
 * so far, filled phase by phase by {@link ProgramChecker} (declarations before the code that uses
 * them). The IR erases enums, so the enum type of a metadata field, local, parameter or header
 * field is kept here, keyed by the IR object.
 */
final class Env {
  final Diagnostics diags;
  final Globals globals;
  final TypeResolver types;
  final Constants constants;

  final Map<String, Decls.ErrorCode> errorCodes = new LinkedHashMap<>();
  final Map<String, Decls.HeaderInstance> headerInstances = new LinkedHashMap<>();
  final Map<String, Decls.MetaField> metaFields = new LinkedHashMap<>();
  final Map<String, SemType.StructInfo> metaStructs = new HashMap<>();
  final Map<Object, SemType.EnumInfo> enumTags = new IdentityHashMap<>();
  final Map<String, Decls.Counter> counters = new LinkedHashMap<>();
  final Map<String, Decls.Register> registers = new LinkedHashMap<>();
  final Map<String, Decls.MapDecl> maps = new LinkedHashMap<>();
  final Map<String, Decls.Action> actions = new LinkedHashMap<>();
  final Map<String, Table> tables = new LinkedHashMap<>();

  /**
   * Metadata paths ({@code meta:flow.src}) and header fields ({@code field:Ipv4.ttl}) whose
   * declaration had an error: uses of them are poison without a second message.
   */
  final java.util.Set<String> poisoned = new java.util.HashSet<>();

  /** Actions with a parameter whose type had an error: their calls are not checked further. */
  final java.util.Set<String> actionsWithBadParams = new java.util.HashSet<>();

  Decls.Config config = Decls.Config.DEFAULT;
  private int nextLocalId;

  Env(Globals globals, Diagnostics diags) {
    this.diags = diags;
    this.globals = globals;
    this.types = new TypeResolver(this);
    this.constants = new Constants(this);
  }

  /**
   * The value of constant expression {@code e}, sized to {@code expected} if that is given, or null
   * after reporting an error. Without an expected type the value may be negative.
   */
  BigInteger constant(dev.oasis.dsl.ast.Expr e, SemType expected, String role) {
    return new ExprChecker(this, Body.constant(role)).constantValue(e, expected, role);
  }

  Decls.Local newLocal(String name, Type type, Span span) {
    return new Decls.Local(name, type, nextLocalId++, span);
  }

  /** Remembers that {@code decl} (a field, local, parameter) has enum type {@code type}. */
  void tag(Object decl, SemType type) {
    if (type instanceof SemType.Enum e) {
      enumTags.put(decl, e.info());
    }
  }

  /**
   * True the first time a mistake keyed {@code key} (such as {@code unknown:eth}) is seen: later
   * uses of the same unknown name are the same mistake and are not reported again.
   */
  boolean firstReport(String key) {
    return poisoned.add("reported:" + key);
  }

  /** The checker type of a parameter, field or local of IR type {@code type}: its enum, if any. */
  SemType semType(Object decl, Type type) {
    SemType.EnumInfo info = enumTags.get(decl);
    return info == null ? new SemType.Of(type) : new SemType.Enum(info);
  }

  /** {@code ir} typed as the enum of {@code decl}, if it has one. */
  Typed typed(Expr ir, Object decl) {
    SemType.EnumInfo info = enumTags.get(decl);
    return info == null ? Typed.of(ir) : Typed.of(ir, new SemType.Enum(info));
  }
}
