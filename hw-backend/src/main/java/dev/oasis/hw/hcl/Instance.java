package dev.oasis.hw.hcl;

import dev.oasis.dsl.diag.Span;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A child component instantiated in a parent. Every port of the child is bound to something of the
 * parent: an input to an expression ({@link #drive}), an output to a parent signal ({@link
 * #output(String, Value)}) or to a wire created for it ({@link #output(String)}, named {@code
 * instance_port}). {@code clk} and {@code rst} are bound to the parent's own.
 */
public final class Instance {

  private final Component parent;
  private final Component child;
  private final String name;
  private final Span origin;
  private final Map<Parameter, Width> parameters = new LinkedHashMap<>();
  private final Map<Signal, Expr> inputs = new LinkedHashMap<>();
  private final Map<Signal, Signal> outputs = new LinkedHashMap<>();

  Instance(Component parent, Component child, String name, Span origin) {
    this.parent = parent;
    this.child = child;
    this.name = name;
    this.origin = origin;
  }

  public Component parent() {
    return parent;
  }

  public Component child() {
    return child;
  }

  public String name() {
    return name;
  }

  public Span origin() {
    return origin;
  }

  /** Parameter values given at instantiation, in the parent's terms. */
  public Map<Parameter, Width> parameterBindings() {
    return Collections.unmodifiableMap(parameters);
  }

  /** The expression each bound child input is driven with. */
  public Map<Signal, Expr> inputBindings() {
    return Collections.unmodifiableMap(inputs);
  }

  /** The parent signal each bound child output drives. */
  public Map<Signal, Signal> outputBindings() {
    return Collections.unmodifiableMap(outputs);
  }

  /**
   * Sets a generic parameter of the child, in the parent's terms ({@code DATA_WIDTH} of the parent
   * or a literal). Its value must equal the one the child was elaborated with.
   */
  public Instance parameter(String childParameter, Width value) {
    parent.requireBuilding("bind parameter '" + childParameter + "' of '" + name + "'");
    Parameter p = child.parameter(childParameter);
    if (p.kind() == Parameter.Kind.LOCAL) {
      throw new IllegalArgumentException(
          "parameter '"
              + childParameter
              + "' of '"
              + child.moduleName()
              + "' is a localparam and cannot be set");
    }
    if (value.value() != p.value()) {
      throw new IllegalArgumentException(
          "parameter '"
              + childParameter
              + "' of instance '"
              + name
              + "' set to "
              + value
              + ", but '"
              + child.moduleName()
              + "' was elaborated with "
              + p.value());
    }
    parameters.put(p, value);
    return this;
  }

  /** Drives child input {@code port} with {@code source}. */
  public Instance drive(String port, Value source) {
    parent.requireBuilding("connect '" + port + "' of '" + name + "'");
    Signal p = child.port(port);
    if (p.kind() != SignalKind.INPUT) {
      throw new IllegalArgumentException(
          "'" + port + "' of '" + child.moduleName() + "' is an output, expected an input");
    }
    if (inputs.containsKey(p)) {
      throw new IllegalArgumentException(
          "input '" + port + "' of instance '" + name + "' is already connected");
    }
    inputs.put(p, source.expr());
    return this;
  }

  /** Binds child output {@code port} to the parent signal {@code target}, which it drives. */
  public Instance output(String port, Value target) {
    parent.requireBuilding("connect '" + port + "' of '" + name + "'");
    Signal p = childOutput(port);
    if (outputs.containsKey(p)) {
      throw new IllegalArgumentException(
          "output '" + port + "' of instance '" + name + "' is already connected");
    }
    outputs.put(p, target.signal());
    return this;
  }

  /** The value of child output {@code port} in the parent, through a wire {@code name_port}. */
  public Value output(String port) {
    Signal p = childOutput(port);
    Signal bound = outputs.get(p);
    if (bound == null) {
      parent.requireBuilding("connect '" + port + "' of '" + name + "'");
      bound = parent.declare(name + "_" + port, SignalKind.WIRE, portType(p)).signal();
      outputs.put(p, bound);
    }
    return bound.value();
  }

  /**
   * Connects a stream the child receives (ports {@code childPrefix + field}, valid and ready) to
   * {@code source} in the parent: valid and payload flow into the child, ready flows back into
   * {@code source}'s ready, which must be a parent signal.
   */
  public <T extends Data> void feed(String childPrefix, Stream<T> source) {
    StreamNaming n = source.naming();
    drive(childPrefix + n.valid(), source.valid());
    List<Field> fields = source.type().fields();
    List<Value> leaves = source.payload().leaves();
    for (int k = 0; k < fields.size(); k++) {
      drive(childPrefix + fields.get(k).name(), leaves.get(k));
    }
    output(childPrefix + n.ready(), source.ready());
  }

  /**
   * Connects a stream the child sends to {@code sink} in the parent, whose valid and payload must
   * be parent signals (output ports or wires); the sink's ready flows into the child.
   */
  public <T extends Data> void drain(String childPrefix, Stream<T> sink) {
    StreamNaming n = sink.naming();
    output(childPrefix + n.valid(), sink.valid());
    List<Field> fields = sink.type().fields();
    List<Value> leaves = sink.payload().leaves();
    for (int k = 0; k < fields.size(); k++) {
      output(childPrefix + fields.get(k).name(), leaves.get(k));
    }
    drive(childPrefix + n.ready(), sink.ready());
  }

  /** The type of a child port in the parent's terms. */
  public HwType<?> portType(Signal childPort) {
    return childPort.type().substitute(effectiveBindings());
  }

  /** Child parameters bound explicitly, and the others at their elaboration value. */
  Map<Parameter, Width> effectiveBindings() {
    Map<Parameter, Width> all = new LinkedHashMap<>();
    for (Parameter p : child.parameters()) {
      all.put(p, parameters.getOrDefault(p, Width.of(p.value())));
    }
    return all;
  }

  void bindClockAndReset() {
    if (child.hasClock()) {
      inputs.put(child.port("clk"), parent.useClock().expr());
    }
    if (child.hasReset()) {
      inputs.put(child.port("rst"), parent.reset().expr());
    }
  }

  private Signal childOutput(String port) {
    Signal p = child.port(port);
    if (p.kind() != SignalKind.OUTPUT) {
      throw new IllegalArgumentException(
          "'" + port + "' of '" + child.moduleName() + "' is an input, expected an output");
    }
    return p;
  }

  @Override
  public String toString() {
    return parent.moduleName() + "." + name + " (" + child.moduleName() + ")";
  }
}
