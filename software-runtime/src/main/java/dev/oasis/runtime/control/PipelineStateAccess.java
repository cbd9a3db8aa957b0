package dev.oasis.runtime.control;

import dev.oasis.compiler.interp.PortCounters;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.state.CounterValue;
import dev.oasis.compiler.state.MapState;
import dev.oasis.runtime.pipeline.PipelineState;
import dev.oasis.runtime.pipeline.TableRuntime;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link DataplaneAccess} over the state of a compiled pipeline ({@link PipelineState}), which
 * takes the same checked control-plane writes as the reference state.
 */
public final class PipelineStateAccess implements DataplaneAccess {
  private final PipelineState state;
  private final Supplier<List<PortCounters>> ports;

  /**
   * @param state the state the compiled pipeline runs against
   * @param ports the per-port counts of the run, read on the dataplane thread (for instance {@code
   *     compiledRun::statistics})
   */
  public PipelineStateAccess(PipelineState state, Supplier<List<PortCounters>> ports) {
    this.state = Objects.requireNonNull(state, "state");
    this.ports = Objects.requireNonNull(ports, "ports");
  }

  @Override
  public long packetsProcessed() {
    return state.packetsProcessed();
  }

  @Override
  public long lastTimestamp() {
    return state.lastTimestamp();
  }

  @Override
  public List<PortCounters> portCounters() {
    return List.copyOf(ports.get());
  }

  @Override
  public List<EntryView> entries(String table) {
    TableRuntime t = state.table(table);
    return t.entries().stream().map(e -> view(t, e)).toList();
  }

  private static EntryView view(TableRuntime t, TableRuntime.Entry e) {
    return new EntryView(e.matches(), e.action().name(), e.args(), e.priority(), t.counter(e));
  }

  @Override
  public int entryCount(String table) {
    return state.table(table).size();
  }

  @Override
  public EntryView findEntry(String table, List<Match> key) {
    TableRuntime t = state.table(table);
    TableRuntime.Entry e = t.find(key);
    return e == null ? null : view(t, e);
  }

  @Override
  public DefaultView defaultAction(String table) {
    TableRuntime t = state.table(table);
    return new DefaultView(t.defaultAction().name(), t.defaultArgs(), t.defaultCounter());
  }

  @Override
  public CounterValue counter(String counter, int index) {
    return state.counter(counter).get(index);
  }

  @Override
  public BigInteger register(String register, int index) {
    return state.register(register).get(index);
  }

  @Override
  public List<MapState.Slot> mapSlots(String map) {
    return state.map(map).validSlots();
  }

  @Override
  public boolean mapContains(String map, BigInteger key) {
    return state.map(map).containsEntry(key, state.lastTimestamp());
  }

  @Override
  public void insertEntry(
      String table, List<Match> key, String action, List<BigInteger> args, int priority) {
    state.insertEntry(table, key, action, args, priority);
  }

  @Override
  public void modifyEntry(String table, List<Match> key, String action, List<BigInteger> args) {
    state.modifyEntry(table, key, action, args);
  }

  @Override
  public void deleteEntry(String table, List<Match> key) {
    state.deleteEntry(table, key);
  }

  @Override
  public void setDefaultAction(String table, String action, List<BigInteger> args) {
    state.setDefaultAction(table, action, args);
  }

  @Override
  public void writeRegister(String register, int index, BigInteger value) {
    state.writeRegister(register, index, value);
  }

  @Override
  public void putMapEntry(String map, BigInteger key, BigInteger value) {
    state.putMapEntry(map, key, value);
  }

  @Override
  public boolean removeMapEntry(String map, BigInteger key) {
    return state.removeMapEntry(map, key);
  }
}
