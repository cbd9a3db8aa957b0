package dev.oasis.hw.lower;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Table;
import dev.oasis.hw.hcl.Bits;
import java.util.List;

/**
 * The hardware form of an exact-match table: {@code size} slots, each a valid bit, a key (the key
 * elements concatenated, the first in the most significant bits), an action id (the action's
 * position in the table's action list) and the parameters of that action (concatenated, the first
 * in the most significant bits, zero-extended to {@link #paramWidth}). The default action and its
 * parameters are registers too, reset to the program's and replaced from the register map.
 */
record TableEntries(Table table, List<Slot> slots, Bits defaultAction, Bits defaultParams) {

  /**
   * The registers of one slot; {@code mask}, {@code high} and {@code score} are null when the table
   * has no lpm/ternary element, no range element, no ranking (see {@code TableEncoding}).
   */
  record Slot(Bits valid, Bits key, Bits mask, Bits high, Bits score, Bits action, Bits params) {}

  /** Width of a slot's score. */
  static final int SCORE_WIDTH = 32;

  static int keyWidth(Table t) {
    return t.keys().stream().mapToInt(k -> k.expr().type().width()).sum();
  }

  static int paramWidth(Table t) {
    int max = 1;
    for (Decls.Action a : t.actions()) {
      max = Math.max(max, a.params().stream().mapToInt(p -> p.type().width()).sum());
    }
    return max;
  }

  /** Bits of an action id: enough for every action of the table. */
  static int actionWidth(Table t) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, t.actions().size())));
  }
}
