package dev.oasis.compiler.entries;

import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.state.DataplaneState;
import dev.oasis.compiler.state.StateException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked entries file: the interfaces for the slow path and the state writes, each with its
 * place in the file ({@code tables.routes[3]}) for error messages.
 *
 * @param source the file's name as messages show it
 */
public record Entries(
    String source,
    List<InterfaceConfig> interfaces,
    List<TableEntry> tableEntries,
    List<DefaultAction> defaultActions,
    List<RegisterValue> registerValues,
    List<MapEntry> mapEntries) {

  public Entries {
    interfaces = List.copyOf(interfaces);
    tableEntries = List.copyOf(tableEntries);
    defaultActions = List.copyOf(defaultActions);
    registerValues = List.copyOf(registerValues);
    mapEntries = List.copyOf(mapEntries);
  }

  /**
   * One interface of the appliance, as the slow path needs it: port number, MAC address text
   * ({@code 02:00:00:00:00:10}) and IPv4 address with prefix length ({@code 10.0.0.1/24}, or null
   * when the file gives none). The runtime owns the typed form.
   */
  public record InterfaceConfig(int port, String mac, String ipv4) {}

  /** A table entry: one match per key element, in key order. */
  public record TableEntry(
      String place,
      String table,
      List<Match> key,
      String action,
      List<BigInteger> args,
      int priority) {
    public TableEntry {
      key = List.copyOf(key);
      args = List.copyOf(args);
    }
  }

  /** A table's default action. */
  public record DefaultAction(String place, String table, String action, List<BigInteger> args) {
    public DefaultAction {
      args = List.copyOf(args);
    }
  }

  /** An initial register value. */
  public record RegisterValue(String place, String register, int index, BigInteger value) {}

  /** An initial map key. */
  public record MapEntry(String place, String map, BigInteger key, BigInteger value) {}

  /**
   * Writes everything into {@code state}: table entries in file order, then default actions,
   * register values and map keys. Writes the state refuses (a duplicate key, a full table or map
   * set) are skipped and reported together, each with its place.
   */
  public void applyTo(DataplaneState state) throws EntriesException {
    List<String> errors = new ArrayList<>();
    for (TableEntry e : tableEntries) {
      attempt(
          errors,
          e.place(),
          () -> state.insertEntry(e.table(), e.key(), e.action(), e.args(), e.priority()));
    }
    for (DefaultAction d : defaultActions) {
      attempt(errors, d.place(), () -> state.setDefaultAction(d.table(), d.action(), d.args()));
    }
    for (RegisterValue r : registerValues) {
      attempt(errors, r.place(), () -> state.writeRegister(r.register(), r.index(), r.value()));
    }
    for (MapEntry m : mapEntries) {
      attempt(errors, m.place(), () -> state.putMapEntry(m.map(), m.key(), m.value()));
    }
    if (!errors.isEmpty()) {
      throw new EntriesException(errors);
    }
  }

  private void attempt(List<String> errors, String place, Runnable write) {
    try {
      write.run();
    } catch (StateException e) {
      errors.add(source + ": " + place + ": " + e.getMessage());
    }
  }
}
