package dev.oasis.compiler.state;

import dev.oasis.compiler.ir.Match;
import java.math.BigInteger;
import java.util.List;

/**
 * One control-plane write as {@link DataplaneState} logged it: what was written and the index of
 * the packet it fell before (0 = before the first packet). Replaying the log with {@link
 * DataplaneState#apply} between the same packets reproduces a run on any backend.
 */
public sealed interface ControlWrite {

  /** The number of packets processed before this write. */
  long beforePacket();

  /** A table entry inserted. */
  record InsertEntry(
      long beforePacket,
      String table,
      List<Match> key,
      String action,
      List<BigInteger> args,
      int priority)
      implements ControlWrite {
    public InsertEntry {
      key = List.copyOf(key);
      args = List.copyOf(args);
    }
  }

  /** A table entry's action and arguments replaced. */
  record ModifyEntry(
      long beforePacket, String table, List<Match> key, String action, List<BigInteger> args)
      implements ControlWrite {
    public ModifyEntry {
      key = List.copyOf(key);
      args = List.copyOf(args);
    }
  }

  /** A table entry deleted. */
  record DeleteEntry(long beforePacket, String table, List<Match> key) implements ControlWrite {
    public DeleteEntry {
      key = List.copyOf(key);
    }
  }

  /** A table's default action replaced. */
  record SetDefaultAction(long beforePacket, String table, String action, List<BigInteger> args)
      implements ControlWrite {
    public SetDefaultAction {
      args = List.copyOf(args);
    }
  }

  /** One register element written. */
  record WriteRegister(long beforePacket, String register, int index, BigInteger value)
      implements ControlWrite {}

  /** A map key put, stamped with {@code now} (the last packet's timestamp). */
  record PutMapEntry(long beforePacket, String map, BigInteger key, BigInteger value, long now)
      implements ControlWrite {}

  /** A map key removed (if live at {@code now}). */
  record RemoveMapEntry(long beforePacket, String map, BigInteger key, long now)
      implements ControlWrite {}
}
