package dev.oasis.runtime.control;

import dev.oasis.compiler.interp.PortCounters;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.state.CounterValue;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.compiler.state.KeyShape;
import dev.oasis.compiler.state.MapState;
import dev.oasis.compiler.state.TableState;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link DataplaneAccess} over the reference interpreter's {@link DataplaneState}. Writes go
 * through the state's checked, logged control-plane methods, so its {@link
 * DataplaneState#writeLog() write log} records the packet each one fell before.
 */
public final class DataplaneStateAccess implements DataplaneAccess {
  private final DataplaneState state;
  private final Supplier<List<PortCounters>> ports;

  /**
   * @param state the state the pipeline runs against
   * @param ports the per-port counts of the run, read on the dataplane thread (for instance {@code
   *     pipelineRun::statistics})
   */
  public DataplaneStateAccess(DataplaneState state, Supplier<List<PortCounters>> ports) {
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
    return state.table(table).entries().stream().map(DataplaneStateAccess::view).toList();
  }

  private static EntryView view(TableState.Entry e) {
    return new EntryView(e.matches(), e.action().name(), e.args(), e.priority(), e.counter());
  }

  @Override
  public int entryCount(String table) {
    return state.table(table).entries().size();
  }

  @Override
  public EntryView findEntry(String table, List<Match> key) {
    TableState t = state.table(table);
    List<KeyShape> shapes = t.keys();
    if (key.size() != shapes.size()) {
      return null;
    }
    for (TableState.Entry e : t.entries()) {
      boolean same = true;
      for (int i = 0; i < shapes.size() && same; i++) {
        same = KeyShape.sameMatch(shapes.get(i).canonical(key.get(i)), e.matches().get(i));
      }
      if (same) {
        return view(e);
      }
    }
    return null;
  }

  @Override
  public DefaultView defaultAction(String table) {
    TableState t = state.table(table);
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
    return state.map(map).contains(key, state.lastTimestamp());
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
