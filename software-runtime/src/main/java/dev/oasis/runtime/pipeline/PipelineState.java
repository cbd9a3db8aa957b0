package dev.oasis.runtime.pipeline;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.Table;
import dev.oasis.compiler.state.CounterState;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.compiler.state.MapState;
import dev.oasis.compiler.state.NameSuggestions;
import dev.oasis.compiler.state.RegisterState;
import dev.oasis.compiler.state.StateException;
import dev.oasis.compiler.state.StateSnapshot;
import dev.oasis.compiler.state.TableState;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All dataplane state of a compiled pipeline: a {@link TableRuntime} per table (the program's
 * constant entries installed), a {@link CounterArray} per counter, a {@link RegisterArray} per
 * register and a {@link MapRuntime} per map.
 *
 * <p>It takes the same control-plane writes as {@link DataplaneState}, checked the same way (a
 * refused write throws {@link StateException} and changes nothing); a control-plane map put is
 * stamped with the timestamp of the last packet processed. {@link #loadFrom} copies another
 * backend's state, and {@link #snapshot} gives the state as the JSON of {@link
 * dev.oasis.compiler.state.StateSnapshot}, so the final states of two backends compare.
 */
public final class PipelineState {
  private final IrProgram program;
  private final ActionIds actionIds;
  private final Map<String, TableRuntime> tables = new LinkedHashMap<>();
  private final Map<String, CounterArray> counters = new LinkedHashMap<>();
  private final Map<String, RegisterArray> registers = new LinkedHashMap<>();
  private final Map<String, MapRuntime> maps = new LinkedHashMap<>();
  private long packetsProcessed;
  private long lastTimestamp;

  /** Fresh state for {@code program}: constant entries installed, everything else zero. */
  public PipelineState(IrProgram program) {
    this.program = program;
    this.actionIds = new ActionIds(program);
    for (Table t : program.tables()) {
      TableRuntime tr = new TableRuntime(t, actionIds);
      for (Table.ConstEntry e : t.entries()) {
        try {
          tr.insert(e.matches(), e.action().action().name(), e.action().args(), e.priority());
        } catch (StateException ex) {
          throw new StateException(
              "constant entry of table '"
                  + t.name()
                  + "' ("
                  + e.span().location()
                  + "): "
                  + ex.getMessage());
        }
      }
      tables.put(t.name(), tr);
    }
    for (Decls.Counter c : program.counters()) {
      counters.put(c.name(), new CounterArray(c));
    }
    for (Decls.Register r : program.registers()) {
      registers.put(r.name(), new RegisterArray(r));
    }
    for (Decls.MapDecl m : program.maps()) {
      maps.put(m.name(), new MapRuntime(m));
    }
  }

  /** A state holding a copy of {@code source}'s tables, counters, registers and maps. */
  public static PipelineState copyOf(DataplaneState source) {
    PipelineState s = new PipelineState(source.program());
    s.loadFrom(source);
    return s;
  }

  public IrProgram program() {
    return program;
  }

  public ActionIds actionIds() {
    return actionIds;
  }

  public Collection<TableRuntime> tables() {
    return tables.values();
  }

  public Collection<CounterArray> counters() {
    return counters.values();
  }

  public Collection<RegisterArray> registers() {
    return registers.values();
  }

  public Collection<MapRuntime> maps() {
    return maps.values();
  }

  public TableRuntime table(String name) {
    return lookup(tables, name, "table");
  }

  public CounterArray counter(String name) {
    return lookup(counters, name, "counter");
  }

  public RegisterArray register(String name) {
    return lookup(registers, name, "register");
  }

  public MapRuntime map(String name) {
    return lookup(maps, name, "map");
  }

  // ---------------------------------------------------------------------------------------------
  // Packet progress

  /** Called by the pipeline after each packet (dropped ones included). */
  public void packetProcessed(long timestampNanos) {
    packetsProcessed++;
    lastTimestamp = timestampNanos;
  }

  public long packetsProcessed() {
    return packetsProcessed;
  }

  /** The timestamp of the last packet processed; 0 before the first. */
  public long lastTimestamp() {
    return lastTimestamp;
  }

  // ---------------------------------------------------------------------------------------------
  // Control-plane writes

  public void insertEntry(
      String table, List<Match> key, String action, List<BigInteger> args, int priority) {
    table(table).insert(key, action, args, priority);
  }

  public void modifyEntry(String table, List<Match> key, String action, List<BigInteger> args) {
    table(table).modify(key, action, args);
  }

  public void deleteEntry(String table, List<Match> key) {
    table(table).delete(key);
  }

  public void setDefaultAction(String table, String action, List<BigInteger> args) {
    table(table).setDefaultAction(action, args);
  }

  public void writeRegister(String register, int index, BigInteger value) {
    register(register).set(index, value);
  }

  /** Puts a map key stamped with {@link #lastTimestamp}; refused when its set is full. */
  public void putMapEntry(String map, BigInteger key, BigInteger value) {
    map(map).putEntry(key, value, lastTimestamp);
  }

  /** Removes a map key; false if it was not live. */
  public boolean removeMapEntry(String map, BigInteger key) {
    return map(map).removeEntry(key, lastTimestamp);
  }

  // ---------------------------------------------------------------------------------------------
  // Sharing state with another backend

  /**
   * Replaces this state with a copy of {@code source}'s (same program): table entries in insertion
   * order with their direct counters, default actions, counters, registers, map slots (set, way,
   * last use and all) and the packet progress.
   */
  public void loadFrom(DataplaneState source) {
    if (source.program() != program) {
      throw new IllegalArgumentException(
          "the state is of program '"
              + source.program().name()
              + "', not '"
              + program.name()
              + "'");
    }
    for (TableState ts : source.tables()) {
      TableRuntime t = table(ts.name());
      t.clear();
      for (TableState.Entry e : ts.entries()) {
        t.insert(e.matches(), e.action().name(), e.args(), e.priority());
        t.setCounter(e.matches(), e.counter());
      }
      t.setDefaultAction(ts.defaultAction().name(), ts.defaultArgs());
      t.setDefaultCounter(ts.defaultCounter());
    }
    for (CounterState cs : source.counters()) {
      CounterArray c = counter(cs.name());
      for (int i = 0; i < cs.size(); i++) {
        c.set(i, cs.get(i));
      }
    }
    for (RegisterState rs : source.registers()) {
      RegisterArray r = register(rs.name());
      for (int i = 0; i < rs.size(); i++) {
        r.set(i, rs.get(i));
      }
    }
    for (MapState ms : source.maps()) {
      MapRuntime m = map(ms.name());
      m.clear();
      for (MapState.Slot s : ms.validSlots()) {
        m.setSlot(s);
      }
    }
    packetsProcessed = source.packetsProcessed();
    lastTimestamp = source.lastTimestamp();
  }

  /**
   * The whole state as a {@link StateSnapshot}, written by the same writer as the interpreter's, so
   * that the two compare with {@code equals}.
   */
  public StateSnapshot snapshot() {
    StateSnapshot.Writer w = new StateSnapshot.Writer();
    for (TableRuntime t : tables()) {
      StateSnapshot.Writer.TableWriter table = w.table(t.name(), t.table().directCounters());
      List<String> keyNames = t.layout().elements().stream().map(k -> k.shape().name()).toList();
      for (TableRuntime.Entry e : t.entries()) {
        table.entry(e.matches(), keyNames, e.action(), e.args(), e.priority(), t.counter(e));
      }
      table.defaultAction(t.defaultAction(), t.defaultArgs(), t.defaultCounter());
    }
    for (CounterArray c : counters()) {
      w.counters(c.name(), c.size(), c::get);
    }
    for (RegisterArray r : registers()) {
      w.registers(r.name(), r.size(), r::get);
    }
    for (MapRuntime m : maps()) {
      w.map(m.name(), m.validSlots());
    }
    return w.build();
  }

  private static <T> T lookup(Map<String, T> byName, String name, String kind) {
    T found = byName.get(name);
    if (found == null) {
      throw new StateException(
          "unknown " + kind + " '" + name + "'" + NameSuggestions.hint(name, byName.keySet()));
    }
    return found;
  }
}
