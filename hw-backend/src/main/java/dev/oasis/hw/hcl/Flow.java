package dev.oasis.hw.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * A flow of payloads without backpressure: a payload moves in every cycle in which valid is high
 * (SpinalHDL's {@code Flow}).
 *
 * @param <T> the payload
 */
public final class Flow<T extends Data> {

  private final Component owner;
  private final String prefix;
  private final DataType<T> type;
  private final String validName;
  private final Bool valid;
  private final T payload;

  Flow(Component owner, String prefix, DataType<T> type, String validName, Bool valid, T payload) {
    this.owner = owner;
    this.prefix = prefix;
    this.type = type;
    this.validName = validName;
    this.valid = valid;
    this.payload = payload;
  }

  /** A flow the component receives, as input ports named {@code prefix + field}. */
  public static <T extends Data> Flow<T> sink(Component c, String prefix, DataType<T> type) {
    return declare(c, prefix, type, SignalKind.INPUT);
  }

  /** A flow the component sends, as output ports. */
  public static <T extends Data> Flow<T> source(Component c, String prefix, DataType<T> type) {
    return declare(c, prefix, type, SignalKind.OUTPUT);
  }

  /** A flow of wires inside the component. */
  public static <T extends Data> Flow<T> wires(Component c, String prefix, DataType<T> type) {
    return declare(c, prefix, type, SignalKind.WIRE);
  }

  private static <T extends Data> Flow<T> declare(
      Component c, String prefix, DataType<T> type, SignalKind kind) {
    Bool valid = c.declare(prefix + "valid", kind, HwType.bool()).asBool();
    List<Value> leaves = new ArrayList<>();
    for (Field f : type.fields()) {
      leaves.add(c.declare(prefix + f.name(), kind, f.type()));
    }
    return new Flow<>(c, prefix, type, "valid", valid, type.assemble(leaves));
  }

  public Bool valid() {
    return valid;
  }

  public T payload() {
    return payload;
  }

  /** A payload moves in this cycle: {@code valid}. */
  public Bool fire() {
    return valid;
  }

  /** Drives this flow's signals from {@code source}. */
  public void connectFrom(Flow<T> source) {
    valid.assign(source.valid);
    List<Value> to = payload.leaves();
    List<Value> from = source.payload.leaves();
    for (int i = 0; i < to.size(); i++) {
      to.get(i).assign(from.get(i));
    }
  }

  /** The flow one cycle later, through registers named {@code newPrefix + field}. */
  public Flow<T> m2sPipe(String newPrefix) {
    Bool v = owner.reg(newPrefix + validName, HwType.bool(), 0);
    v.assign(valid);
    List<Value> regs = new ArrayList<>();
    for (Field f : type.fields()) {
      regs.add(owner.reg(newPrefix + f.name(), f.type()));
    }
    List<Value> from = payload.leaves();
    owner.when(
        valid,
        () -> {
          for (int i = 0; i < regs.size(); i++) {
            regs.get(i).assign(from.get(i));
          }
        });
    return new Flow<>(owner, newPrefix, type, validName, v, type.assemble(regs));
  }

  /** The prefix of the signal names. */
  public String prefix() {
    return prefix;
  }
}
