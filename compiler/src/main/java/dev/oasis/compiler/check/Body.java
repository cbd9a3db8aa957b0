package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.HeaderType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an expression or statement is checked: which kind of block (that decides what it may
 * contain), a description of the block for messages ("the control", "action 'via'"), the action's
 * parameters, the scopes of local variables, and for the length of a bytes field the fields before
 * it.
 */
final class Body {

  /** The kinds of places that hold code. */
  enum Kind {
    /** Widths, sizes, constant declarations, entry values: literals, constants, enum members. */
    CONSTANT,
    /** The length of a bytes field: earlier fields of the same header and constants. */
    HEADER_LENGTH,
    /** A table key element: headers, metadata, packet fields; no locals, no side effects. */
    TABLE_KEY,
    PARSER,
    CONTROL,
    ACTION,
    DEPARSER
  }

  final Kind kind;
  final String where;
  final Map<String, Decls.Param> params;
  final String lengthHeader;
  final String lengthField;
  final List<HeaderType.Field> earlierFields;
  private final Deque<Map<String, Decls.Local>> scopes = new ArrayDeque<>();
  private final java.util.Set<String> poisoned = new java.util.HashSet<>();

  private Body(
      Kind kind,
      String where,
      Map<String, Decls.Param> params,
      String lengthHeader,
      String lengthField,
      List<HeaderType.Field> earlierFields) {
    this.kind = kind;
    this.where = where;
    this.params = params;
    this.lengthHeader = lengthHeader;
    this.lengthField = lengthField;
    this.earlierFields = earlierFields;
    scopes.push(new HashMap<>());
  }

  /** A constant expression; {@code role} names it in messages ("the size of table 't'"). */
  static Body constant(String role) {
    return new Body(Kind.CONSTANT, role, Map.of(), null, null, List.of());
  }

  static Body headerLength(String header, String field, List<HeaderType.Field> earlier) {
    return new Body(
        Kind.HEADER_LENGTH,
        "the length of '" + field + "'",
        Map.of(),
        header,
        field,
        List.copyOf(earlier));
  }

  static Body tableKey(String table) {
    return new Body(Kind.TABLE_KEY, "the key of table '" + table + "'", Map.of(), null, null, null);
  }

  static Body parserState(String state) {
    return new Body(Kind.PARSER, "parser state '" + state + "'", Map.of(), null, null, null);
  }

  static Body control() {
    return new Body(Kind.CONTROL, "the control", Map.of(), null, null, null);
  }

  static Body action(String action, Collection<Decls.Param> params) {
    Map<String, Decls.Param> byName = new LinkedHashMap<>();
    for (Decls.Param p : params) {
      byName.putIfAbsent(p.name(), p);
    }
    return new Body(Kind.ACTION, "action '" + action + "'", byName, null, null, null);
  }

  static Body deparser() {
    return new Body(Kind.DEPARSER, "the deparser", Map.of(), null, null, null);
  }

  /** True where statements with effects run: the control and actions. */
  boolean isControlOrAction() {
    return kind == Kind.CONTROL || kind == Kind.ACTION;
  }

  /** True where packet data (headers, metadata, packet fields) can be read. */
  boolean readsPacket() {
    return kind != Kind.CONSTANT && kind != Kind.HEADER_LENGTH;
  }

  void pushScope() {
    scopes.push(new HashMap<>());
  }

  void popScope() {
    scopes.pop();
  }

  /** The innermost local of this name, or null. */
  Decls.Local local(String name) {
    for (Map<String, Decls.Local> scope : scopes) {
      Decls.Local local = scope.get(name);
      if (local != null) {
        return local;
      }
    }
    return null;
  }

  void declare(Decls.Local local) {
    scopes.peek().put(local.name(), local);
  }

  /** Marks a local or parameter whose declaration had an error: its uses are quiet poison. */
  void poison(String name) {
    poisoned.add(name);
  }

  boolean isPoisoned(String name) {
    return poisoned.contains(name);
  }

  /** Names of the locals and parameters in scope, for suggestions. */
  List<String> visibleNames() {
    List<String> names = new ArrayList<>(params.keySet());
    for (Map<String, Decls.Local> scope : scopes) {
      names.addAll(scope.keySet());
    }
    return names;
  }
}
