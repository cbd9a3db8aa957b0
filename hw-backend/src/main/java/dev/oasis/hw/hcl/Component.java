package dev.oasis.hw.hcl;

import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A hardware component, emitted as one Verilog module. A subclass declares its parameters, ports
 * and logic in {@link #build()}, which {@link Elaboration} runs once, in the first of its named
 * phases; the design-rule check and the emitter then read the component through the accessors at
 * the end of this class.
 *
 * <p>Vocabulary (after SpinalHDL): ports and wires are driven with {@link Value#assign}, under the
 * conditions of {@link #when} and {@link #switchOn} blocks; a register ({@link #reg}) is read as
 * its current value and assigned its next one; {@link Stream}, {@link Flow} and {@link Fragment}
 * bundle signals with valid/ready semantics. Each declaration and assignment records the origin set
 * with {@link #at}, so that the Verilog points back at the Oasis program.
 *
 * <p>{@code clk} and {@code rst} (synchronous, active high) are created the first time a register,
 * a memory or a child needs them, and come first in the port list.
 */
public abstract class Component {

  /** How far elaboration of this component has gone. */
  public enum Phase {
    NEW,
    BUILDING,
    BUILT,
    CHECKED
  }

  /** Values read only to keep a lint tool quiet about deliberately unused bits. */
  public record Ignored(String name, String reason, List<Expr> values) {}

  private final String moduleName;
  private final String description;
  private final List<Parameter> parameters = new ArrayList<>();
  private final List<ParameterCheck> checks = new ArrayList<>();
  private final List<Signal> signals = new ArrayList<>();
  private final List<Statement> body = new ArrayList<>();
  private final Deque<List<Statement>> scopes = new ArrayDeque<>();
  private final List<Mem<?>> memories = new ArrayList<>();
  private final List<Instance> instances = new ArrayList<>();
  private final List<Ignored> ignored = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private Phase phase = Phase.NEW;
  private String group;
  private Span origin;
  private Signal clk;
  private Signal rst;

  /**
   * @param moduleName the Verilog module name (and file name)
   * @param description what the module does, for the header comment; may span lines
   */
  protected Component(String moduleName, String description) {
    this.moduleName = moduleName;
    this.description = description;
  }

  /** Declares the parameters, ports and logic of the component. */
  protected abstract void build();

  // ---- phases ---------------------------------------------------------------------------------

  /** Runs {@link #build()} once; children are built when they are instantiated. */
  final void runBuild() {
    if (phase == Phase.BUILDING) {
      throw new IllegalStateException("component '" + moduleName + "' instantiates itself");
    }
    if (phase != Phase.NEW) {
      return;
    }
    phase = Phase.BUILDING;
    scopes.push(body);
    build();
    scopes.pop();
    phase = Phase.BUILT;
  }

  void markChecked() {
    phase = Phase.CHECKED;
  }

  public Phase phase() {
    return phase;
  }

  void requireBuilding(String what) {
    if (phase != Phase.BUILDING) {
      throw new IllegalStateException(
          "cannot "
              + what
              + ": component '"
              + moduleName
              + "' is in phase "
              + phase
              + ", expected BUILDING (inside build())");
    }
  }

  void requireTopLevel(String what) {
    requireBuilding(what);
    if (scopes.size() != 1) {
      throw new IllegalStateException(
          "cannot " + what + " inside when() or switchOn(): give the port an explicit enable");
    }
  }

  // ---- parameters ------------------------------------------------------------------------------

  /** A parameter the emitted module honours for any value its checks accept. */
  public Parameter generic(String name, int value, String comment) {
    return addParameter(name, value, Parameter.Kind.GENERIC, Integer.toString(value), comment);
  }

  /** A generic parameter whose default is an expression of earlier ones ({@code DATA_WIDTH/8}). */
  public Parameter generic(String name, int value, String defaultText, String comment) {
    return addParameter(name, value, Parameter.Kind.GENERIC, defaultText, comment);
  }

  /** A parameter the structure was generated for; overriding it stops elaboration. */
  public Parameter fixed(String name, int value, String comment) {
    return addParameter(name, value, Parameter.Kind.FIXED, Integer.toString(value), comment);
  }

  /** A {@code localparam} derived from the parameters ({@code $clog2(DEPTH)}). */
  public Parameter local(String name, int value, String expression, String comment) {
    return addParameter(name, value, Parameter.Kind.LOCAL, expression, comment);
  }

  /**
   * A check that stops elaboration of the emitted module when {@code failCondition} (a Verilog
   * constant expression over the parameters) holds.
   */
  public void parameterCheck(String failCondition, String message) {
    requireBuilding("add a parameter check");
    checks.add(new ParameterCheck(failCondition, message));
  }

  private Parameter addParameter(
      String name, int value, Parameter.Kind kind, String defaultText, String comment) {
    requireBuilding("declare parameter '" + name + "'");
    Parameter p = new Parameter(this, name, value, kind, defaultText, comment);
    parameters.add(p);
    return p;
  }

  /** The parameter called {@code name}. */
  public Parameter parameter(String name) {
    for (Parameter p : parameters) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "component '" + moduleName + "' has no parameter '" + name + "'");
  }

  // ---- ports and signals -----------------------------------------------------------------------

  /** Starts a group of ports, emitted under a comment with this title. */
  public void group(String title) {
    requireBuilding("start port group '" + title + "'");
    this.group = title;
  }

  public <V extends Value> V input(String name, HwType<V> type) {
    return type.wrap(new Expr.Ref(declare(name, SignalKind.INPUT, type).signal()));
  }

  public <V extends Value> V output(String name, HwType<V> type) {
    return type.wrap(new Expr.Ref(declare(name, SignalKind.OUTPUT, type).signal()));
  }

  /** A combinational net. */
  public <V extends Value> V wire(String name, HwType<V> type) {
    return type.wrap(new Expr.Ref(declare(name, SignalKind.WIRE, type).signal()));
  }

  /** A register without reset (a data register whose value matters only while it is valid). */
  public <V extends Value> V reg(String name, HwType<V> type) {
    useClock();
    return type.wrap(new Expr.Ref(declare(name, SignalKind.REGISTER, type).signal()));
  }

  /** A register set to {@code resetValue} while {@code rst} is high (and initially). */
  public <V extends Value> V reg(String name, HwType<V> type, long resetValue) {
    return reg(name, type, BigInteger.valueOf(resetValue));
  }

  public <V extends Value> V reg(String name, HwType<V> type, BigInteger resetValue) {
    Value.literal(resetValue, type.kind(), type.width());
    reset();
    V v = reg(name, type);
    v.signal().resetValue(resetValue);
    return v;
  }

  /** The synchronous, active-high reset input {@code rst}. */
  public Bool reset() {
    if (rst == null) {
      requireBuilding("create the reset input");
      rst = new Signal(this, "rst", SignalKind.INPUT, HwType.bool(), null, null);
      signals.add(rst);
      names.add("rst");
    }
    return new Bool(new Expr.Ref(rst));
  }

  /** The clock input {@code clk}, created on first use. */
  Bool useClock() {
    if (clk == null) {
      requireBuilding("create the clock input");
      clk = new Signal(this, "clk", SignalKind.INPUT, HwType.bool(), null, null);
      signals.add(clk);
      names.add("clk");
    }
    return new Bool(new Expr.Ref(clk));
  }

  public boolean hasClock() {
    return clk != null;
  }

  public boolean hasReset() {
    return rst != null;
  }

  /** The port called {@code name}. */
  public Signal port(String name) {
    for (Signal s : signals) {
      if (s.kind().isPort() && s.name().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("component '" + moduleName + "' has no port '" + name + "'");
  }

  Value declare(String name, SignalKind kind, HwType<?> type) {
    requireBuilding("declare '" + name + "'");
    Signal s = new Signal(this, name, kind, type, kind.isPort() ? group : null, origin);
    signals.add(s);
    names.add(name);
    return s.value();
  }

  /** Whether a name declared in this component starts with {@code prefix}. */
  boolean hasNameStartingWith(String prefix) {
    for (String n : names) {
      if (n.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** {@code base}, or {@code base_2}, {@code base_3}... if the name is taken. */
  public String freshName(String base) {
    String name = base;
    for (int i = 2; names.contains(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  // ---- logic -----------------------------------------------------------------------------------

  /** Runs {@code body} with its assignments under {@code condition}. */
  public When when(Bool condition, Runnable body) {
    Statement.If stmt = new Statement.If(new ArrayList<>(), new ArrayList<>(), origin);
    List<Statement> stmts = new ArrayList<>();
    stmt.branches().add(new Statement.Branch(condition.expr(), stmts));
    record(stmt);
    runIn(stmts, body);
    return new When(this, stmt);
  }

  /** Starts a {@code case} statement on {@code selector}; add cases with {@link Cases#is}. */
  public Cases switchOn(Value selector) {
    Statement.Switch stmt =
        new Statement.Switch(selector.expr(), new ArrayList<>(), new ArrayList<>(), origin);
    record(stmt);
    return new Cases(this, stmt);
  }

  /** A memory of {@code 2^addressWidth} words of {@code wordType}. */
  public <V extends Value> Mem<V> mem(String name, HwType<V> wordType, Width addressWidth) {
    requireBuilding("declare memory '" + name + "'");
    Mem<V> m = new Mem<>(this, name, wordType, addressWidth, origin);
    memories.add(m);
    names.add(name);
    return m;
  }

  /** Instantiates {@code child} (building it first) as {@code instanceName}. */
  public Instance instantiate(Component child, String instanceName) {
    requireBuilding("instantiate '" + child.moduleName + "'");
    child.runBuild();
    Instance inst = new Instance(this, child, instanceName, origin);
    inst.bindClockAndReset();
    instances.add(inst);
    names.add(instanceName);
    return inst;
  }

  /**
   * Marks values as deliberately unused (the low address bits of a word-aligned register map), so
   * that lint tools do not flag them; emitted as a wire {@code unused_<name>} that reads them.
   */
  public void ignore(String name, String reason, Value... values) {
    requireBuilding("ignore values");
    if (values.length == 0) {
      throw new IllegalArgumentException("ignore('" + name + "') of no values");
    }
    List<Expr> exprs = new ArrayList<>();
    for (Value v : values) {
      exprs.add(v.expr());
    }
    String wire = freshName("unused_" + name);
    names.add(wire);
    ignored.add(new Ignored(wire, reason, List.copyOf(exprs)));
  }

  /** Runs {@code body} with {@code span} as the origin of what it declares and assigns. */
  public void at(Span span, Runnable body) {
    Span saved = origin;
    origin = span;
    try {
      body.run();
    } finally {
      origin = saved;
    }
  }

  /** Like {@link #at(Span, Runnable)}, returning what {@code body} returns. */
  public <T> T at(Span span, Supplier<T> body) {
    Span saved = origin;
    origin = span;
    try {
      return body.get();
    } finally {
      origin = saved;
    }
  }

  /** The origin in effect, or null. */
  Span origin() {
    return origin;
  }

  void record(Statement stmt) {
    requireBuilding("assign");
    scopes.peek().add(stmt);
  }

  void recordTopLevel(Statement stmt) {
    requireBuilding("assign");
    body.add(stmt);
  }

  void runIn(List<Statement> stmts, Runnable action) {
    requireBuilding("add a conditional branch");
    scopes.push(stmts);
    try {
      action.run();
    } finally {
      scopes.pop();
    }
  }

  // ---- read-only views for checks and backends -------------------------------------------------

  public String moduleName() {
    return moduleName;
  }

  public String description() {
    return description;
  }

  public List<Parameter> parameters() {
    return Collections.unmodifiableList(parameters);
  }

  public List<ParameterCheck> parameterChecks() {
    return Collections.unmodifiableList(checks);
  }

  /** Every signal in declaration order, ports included. */
  public List<Signal> signals() {
    return Collections.unmodifiableList(signals);
  }

  /** The ports: {@code clk} and {@code rst} first, then the others in declaration order. */
  public List<Signal> ports() {
    List<Signal> out = new ArrayList<>();
    if (clk != null) {
      out.add(clk);
    }
    if (rst != null) {
      out.add(rst);
    }
    for (Signal s : signals) {
      if (s.kind().isPort() && s != clk && s != rst) {
        out.add(s);
      }
    }
    return out;
  }

  /** The top-level statements. */
  public List<Statement> statements() {
    return Collections.unmodifiableList(body);
  }

  public List<Mem<?>> memories() {
    return Collections.unmodifiableList(memories);
  }

  public List<Instance> instances() {
    return Collections.unmodifiableList(instances);
  }

  public List<Ignored> ignored() {
    return Collections.unmodifiableList(ignored);
  }

  @Override
  public String toString() {
    return moduleName;
  }
}
