package dev.oasis.compiler.ir;

import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.List;

/** Named, resolved declarations that IR expressions and statements refer to by identity. */
public final class Decls {
  private Decls() {}

  /** Program settings from {@code config { ... }}, with defaults filled in. */
  public record Config(int ports, int maxFrame, boolean dropOnParseError) {
    public static final Config DEFAULT = new Config(1, 9216, true);
  }

  /**
   * A header instance of the packet ({@code stackSize == 0}) or a header stack. {@code ordinal} is
   * its position in the {@code headers} block.
   */
  public record HeaderInstance(
      String name, HeaderType type, int stackSize, int ordinal, Span span) {
    public boolean isStack() {
      return stackSize > 0;
    }
  }

  /** A field of the {@code metadata} block, read and written as {@code meta.name}. */
  public record MetaField(String name, Type type, Span span) {}

  /** A local variable of a parser state, action or control, unique by {@code id}. */
  public record Local(String name, Type type, int id, Span span) {}

  /** An action parameter; entries supply its value. */
  public record Param(String name, Type type, int index, Span span) {}

  /**
   * A parse-error code: built-in (0 to 15) or declared in {@code error { }} (16 up). {@link
   * IrProgram#errors()} lists the built-in codes first, then the declared ones.
   */
  public record ErrorCode(String name, int value, Span span) {
    public static final ErrorCode NO_ERROR = new ErrorCode("NoError", 0, Span.NONE);
    public static final ErrorCode PACKET_TOO_SHORT = new ErrorCode("PacketTooShort", 1, Span.NONE);
    public static final ErrorCode NO_MATCH = new ErrorCode("NoMatch", 2, Span.NONE);
    public static final ErrorCode STACK_OVERFLOW = new ErrorCode("StackOverflow", 3, Span.NONE);
    public static final ErrorCode HEADER_TOO_LONG = new ErrorCode("HeaderTooLong", 4, Span.NONE);
    public static final ErrorCode REJECTED = new ErrorCode("Rejected", 5, Span.NONE);

    /** The built-in codes, by value. */
    public static final List<ErrorCode> BUILT_IN =
        List.of(NO_ERROR, PACKET_TOO_SHORT, NO_MATCH, STACK_OVERFLOW, HEADER_TOO_LONG, REJECTED);

    /** The value of the first code declared by a program. */
    public static final int FIRST_DECLARED = 16;

    public boolean isBuiltIn() {
      return value < FIRST_DECLARED;
    }
  }

  /** {@code counter name[size];}: a packet and a byte count per index. */
  public record Counter(String name, int size, Span span) {}

  /** {@code register<bit<width>> name[size];}. */
  public record Register(String name, int width, int size, Span span) {}

  /**
   * {@code map<bit<K>, bit<V>> name { sets; ways; timeout; }}: set-associative, with the exact
   * hash, placement and expiry rules of docs/language.md. {@code timeoutNanos == 0} means entries
   * never expire.
   */
  public record MapDecl(
      String name,
      int keyWidth,
      int valueWidth,
      int sets,
      int ways,
      long timeoutNanos,
      Span span) {}

  /** An action: parameters, then a body. */
  public record Action(String name, List<Param> params, Stmt.Block body, Span span) {
    public Action {
      params = List.copyOf(params);
    }

    /** True for the built-in {@link #NO_ACTION}. */
    public boolean isNoAction() {
      return this == NO_ACTION;
    }
  }

  /**
   * The built-in no-op action {@code NoAction}: the default action of a table that declares none.
   * It is not in {@link IrProgram#actions()}; a table lists it in {@link Table#actions()} only if
   * the program does. Compare by identity.
   */
  public static final Action NO_ACTION =
      new Action("NoAction", List.of(), new Stmt.Block(List.of(), Span.NONE), Span.NONE);

  /** An action with constant arguments: a default action, or the action of a const entry. */
  public record ActionCall(Action action, List<BigInteger> args, Span span) {
    public ActionCall {
      args = List.copyOf(args);
    }
  }

  /** How a key element matches. */
  public enum MatchKind {
    EXACT,
    LPM,
    TERNARY,
    RANGE;

    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One key element: its control-plane name (the {@code as} alias or the normalised expression
   * text), the expression, and the match kind.
   */
  public record Key(String name, Expr expr, MatchKind kind, Span span) {}
}
