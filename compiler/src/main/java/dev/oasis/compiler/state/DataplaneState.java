package dev.oasis.compiler.state;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.ir.Table;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All dataplane state of one program: a {@link TableState} per table (with the program's constant
 * entries installed), a {@link CounterState} per counter, a {@link RegisterState} per register and
 * a {@link MapState} per map.
 *
 * <p>Control-plane writes go through the methods of this class, which check them (a refused write
 * throws {@link StateException} and changes nothing) and log them with the number of packets
 * processed before them. A pipeline calls {@link #packetProcessed} after each packet, so the log
 * places every write between two packets; {@link #apply} replays a logged write.
 *
 * <p>A control-plane map put is stamped with the timestamp of the last packet processed (0 before
 * the first packet), since time only comes from packets.
 */
public final class DataplaneState {
  private final IrProgram program;
  private final Map<String, TableState> tables = new LinkedHashMap<>();
  private final Map<String, CounterState> counters = new LinkedHashMap<>();
  private final Map<String, RegisterState> registers = new LinkedHashMap<>();
  private final Map<String, MapState> maps = new LinkedHashMap<>();
  private final List<ControlWrite> log = new ArrayList<>();
  private long packetsProcessed;
  private long lastTimestamp;

  /** Fresh state for {@code program}: constant entries installed, everything else zero. */
  public DataplaneState(IrProgram program) {
    this.program = program;
    for (Table t : program.tables()) {
      TableState ts = new TableState(t);
      for (Table.ConstEntry e : t.entries()) {
        try {
          ts.insert(e.matches(), e.action().action().name(), e.action().args(), e.priority());
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
      tables.put(t.name(), ts);
    }
    for (Decls.Counter c : program.counters()) {
      counters.put(c.name(), new CounterState(c));
    }
    for (Decls.Register r : program.registers()) {
      registers.put(r.name(), new RegisterState(r));
    }
    for (Decls.MapDecl m : program.maps()) {
      maps.put(m.name(), new MapState(m));
    }
  }

  public IrProgram program() {
    return program;
  }

  public Collection<TableState> tables() {
    return tables.values();
  }

  public Collection<CounterState> counters() {
    return counters.values();
  }

  public Collection<RegisterState> registers() {
    return registers.values();
  }

  public Collection<MapState> maps() {
    return maps.values();
  }

  public TableState table(String name) {
    return lookup(tables, name, "table");
  }

  public CounterState counter(String name) {
    return lookup(counters, name, "counter");
  }

  public RegisterState register(String name) {
    return lookup(registers, name, "register");
  }

  public MapState map(String name) {
    return lookup(maps, name, "map");
  }

  // ---------------------------------------------------------------------------------------------
  // Packet progress

  /** Called by a pipeline after each packet it processed (dropped ones included). */
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
  // Control-plane writes (checked and logged)

  /** Inserts an entry; {@code priority} is used only by tables with ternary or range keys. */
  public void insertEntry(
      String table, List<Match> key, String action, List<BigInteger> args, int priority) {
    table(table).insert(key, action, args, priority);
    log.add(new ControlWrite.InsertEntry(packetsProcessed, table, key, action, args, priority));
  }

  /** Replaces the action and arguments of the entry with this key. */
  public void modifyEntry(String table, List<Match> key, String action, List<BigInteger> args) {
    table(table).modify(key, action, args);
    log.add(new ControlWrite.ModifyEntry(packetsProcessed, table, key, action, args));
  }

  /** Deletes the entry with this key. */
  public void deleteEntry(String table, List<Match> key) {
    table(table).delete(key);
    log.add(new ControlWrite.DeleteEntry(packetsProcessed, table, key));
  }

  /** Replaces a table's default action. */
  public void setDefaultAction(String table, String action, List<BigInteger> args) {
    table(table).setDefaultAction(action, args);
    log.add(new ControlWrite.SetDefaultAction(packetsProcessed, table, action, args));
  }

  /** Writes one register element. */
  public void writeRegister(String register, int index, BigInteger value) {
    register(register).set(index, value);
    log.add(new ControlWrite.WriteRegister(packetsProcessed, register, index, value));
  }

  /** Puts a map key, stamped with {@link #lastTimestamp}; refused when its set is full. */
  public void putMapEntry(String map, BigInteger key, BigInteger value) {
    putMapEntry(map, key, value, lastTimestamp);
  }

  /** Removes a map key; false if it was not live. */
  public boolean removeMapEntry(String map, BigInteger key) {
    return removeMapEntry(map, key, lastTimestamp);
  }

  /** Replays a logged write (and logs it again, at the current packet index). */
  public void apply(ControlWrite write) {
    if (write instanceof ControlWrite.InsertEntry w) {
      insertEntry(w.table(), w.key(), w.action(), w.args(), w.priority());
    } else if (write instanceof ControlWrite.ModifyEntry w) {
      modifyEntry(w.table(), w.key(), w.action(), w.args());
    } else if (write instanceof ControlWrite.DeleteEntry w) {
      deleteEntry(w.table(), w.key());
    } else if (write instanceof ControlWrite.SetDefaultAction w) {
      setDefaultAction(w.table(), w.action(), w.args());
    } else if (write instanceof ControlWrite.WriteRegister w) {
      writeRegister(w.register(), w.index(), w.value());
    } else if (write instanceof ControlWrite.PutMapEntry w) {
      putMapEntry(w.map(), w.key(), w.value(), w.now());
    } else if (write instanceof ControlWrite.RemoveMapEntry w) {
      removeMapEntry(w.map(), w.key(), w.now());
    }
  }

  /** Every control-plane write so far, in order. */
  public List<ControlWrite> writeLog() {
    return List.copyOf(log);
  }

  /** The whole state as a comparable, printable value. */
  public StateSnapshot snapshot() {
    return StateSnapshot.of(this);
  }

  private void putMapEntry(String map, BigInteger key, BigInteger value, long now) {
    MapState m = map(map);
    m.checkWidths(key, value);
    if (!m.put(key, value, now)) {
      throw new StateException(
          "map '"
              + map
              + "': set "
              + m.setOf(key)
              + " is full ("
              + m.decl().ways()
              + " ways hold live keys); cannot put key "
              + BitValues.hex(key));
    }
    log.add(new ControlWrite.PutMapEntry(packetsProcessed, map, key, value, now));
  }

  private boolean removeMapEntry(String map, BigInteger key, long now) {
    MapState m = map(map);
    m.checkWidths(key, null);
    boolean removed = m.remove(key, now);
    log.add(new ControlWrite.RemoveMapEntry(packetsProcessed, map, key, now));
    return removed;
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
