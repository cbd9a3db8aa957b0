package dev.oasis.hw.hcl;

import dev.oasis.dsl.diag.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A memory of {@code 2^addressWidth} words. Write ports are synchronous. A synchronous read port
 * registers the word read on the clock edge (read-first: a write to the same address in the same
 * cycle is seen one cycle later), which yosys maps to block RAM; an asynchronous read is
 * combinational and suits small LUT RAMs.
 *
 * @param <V> the value class of a word
 */
public final class Mem<V extends Value> {

  /** A synchronous write: {@code if (enable) mem[address] <= data}. */
  public record WritePort(Expr enable, Expr address, Expr data, Span origin) {}

  /** A synchronous read: {@code if (enable) data_reg <= mem[address]}. */
  public record ReadPort(Signal data, Expr enable, Expr address, Span origin) {}

  private final Component owner;
  private final String name;
  private final HwType<V> wordType;
  private final Width addressWidth;
  private final Span origin;
  private final List<WritePort> writes = new ArrayList<>();
  private final List<ReadPort> reads = new ArrayList<>();

  Mem(Component owner, String name, HwType<V> wordType, Width addressWidth, Span origin) {
    this.owner = owner;
    this.name = name;
    this.wordType = wordType;
    this.addressWidth = addressWidth;
    this.origin = origin;
  }

  public Component owner() {
    return owner;
  }

  public String name() {
    return name;
  }

  public HwType<V> wordType() {
    return wordType;
  }

  public Width addressWidth() {
    return addressWidth;
  }

  public Span origin() {
    return origin;
  }

  public List<WritePort> writePorts() {
    return Collections.unmodifiableList(writes);
  }

  public List<ReadPort> readPorts() {
    return Collections.unmodifiableList(reads);
  }

  /** Writes {@code data} at {@code address} on the clock edge when {@code enable} is high. */
  public void write(Bool enable, UInt address, Value data) {
    owner.requireTopLevel("write memory '" + name + "'");
    owner.useClock();
    writes.add(new WritePort(enable.expr(), address.expr(), data.expr(), owner.origin()));
  }

  /**
   * A synchronous read port: on the clock edge when {@code enable} is high, the word at {@code
   * address} is loaded into a register named {@code dataName} (emitted {@code dataName_reg}).
   */
  public V readSync(String dataName, UInt address, Bool enable) {
    owner.requireTopLevel("read memory '" + name + "'");
    owner.useClock();
    Signal data = owner.declare(dataName, SignalKind.MEMORY_READ, wordType).signal();
    reads.add(new ReadPort(data, enable.expr(), address.expr(), owner.origin()));
    return wordType.wrap(new Expr.Ref(data));
  }

  /** An asynchronous read: the word at {@code address}, combinationally. */
  public V readAsync(UInt address) {
    return wordType.wrap(new Expr.MemRead(this, address.expr()));
  }

  @Override
  public String toString() {
    return owner.moduleName() + "." + name;
  }
}
