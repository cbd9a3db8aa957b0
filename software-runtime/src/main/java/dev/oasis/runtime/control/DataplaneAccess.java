package dev.oasis.runtime.control;

import dev.oasis.compiler.interp.PortCounters;
import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.state.CounterValue;
import dev.oasis.compiler.state.MapState;
import java.math.BigInteger;
import java.util.List;

/**
 * What the control API reads and writes in a running dataplane. The names it is given are those of
 * the program's control-plane schema, already checked; values are already checked against their
 * widths. Writes are checked once more by the dataplane and throw {@link
 * dev.oasis.compiler.state.StateException} (changing nothing) when the state refuses them: a
 * duplicate key, a full table or map set.
 *
 * <p>Not thread-safe: {@link ControlPlane} calls every method on the thread that runs the pipeline,
 * between two packets. {@link DataplaneStateAccess} adapts the reference interpreter's {@link
 * dev.oasis.compiler.state.DataplaneState}.
 */
public interface DataplaneAccess {

  /** One table entry as the control plane sees it. */
  record EntryView(
      List<Match> key, String action, List<BigInteger> args, int priority, CounterValue counter) {
    public EntryView {
      key = List.copyOf(key);
      args = List.copyOf(args);
    }
  }

  /** A table's default action and its direct counter. */
  record DefaultView(String action, List<BigInteger> args, CounterValue counter) {
    public DefaultView {
      args = List.copyOf(args);
    }
  }

  /** Packets processed so far (dropped ones included). */
  long packetsProcessed();

  /** The timestamp of the last packet processed; 0 before the first. */
  long lastTimestamp();

  /** Counts per port, in port order. */
  List<PortCounters> portCounters();

  /** The entries of a table, in insertion order. */
  List<EntryView> entries(String table);

  /** The number of entries of a table. */
  int entryCount(String table);

  /** The entry with this key (compared in canonical form), or null. */
  EntryView findEntry(String table, List<Match> key);

  DefaultView defaultAction(String table);

  /** A counter element; the index is in range. */
  CounterValue counter(String counter, int index);

  /** A register element; the index is in range. */
  BigInteger register(String register, int index);

  /** Every valid slot of a map, live or expired, by set then way. */
  List<MapState.Slot> mapSlots(String map);

  /** True if a live slot holds the key at the time of the last packet. */
  boolean mapContains(String map, BigInteger key);

  void insertEntry(
      String table, List<Match> key, String action, List<BigInteger> args, int priority);

  void modifyEntry(String table, List<Match> key, String action, List<BigInteger> args);

  void deleteEntry(String table, List<Match> key);

  void setDefaultAction(String table, String action, List<BigInteger> args);

  void writeRegister(String register, int index, BigInteger value);

  /** Puts a map key, stamped with {@link #lastTimestamp}; refused when its set is full. */
  void putMapEntry(String map, BigInteger key, BigInteger value);

  /** Removes a map key; false if it was not live. */
  boolean removeMapEntry(String map, BigInteger key);
}
