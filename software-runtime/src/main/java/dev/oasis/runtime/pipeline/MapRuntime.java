package dev.oasis.runtime.pipeline;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.state.BitValues;
import dev.oasis.compiler.state.MapState;
import dev.oasis.compiler.state.StateException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A map of a compiled pipeline, slot for slot the set-associative structure of the contract (see
 * {@link MapState}): the set of a key is {@code CRC32(key bytes) & (sets - 1)} over the key's
 * {@code ceil(K / 8)} big-endian bytes; a set has {@code ways} slots; a slot is live if valid and
 * not expired ({@code now - lastUsed <= timeout}, unsigned; a slot used "in the future" is live);
 * {@code get} refreshes, {@code contains} does not; {@code put} updates the live slot holding the
 * key or fills the lowest-index slot that is not live, and fails when every slot of the set is
 * live.
 *
 * <p>Keys and values of up to 128 bits are held as hi and lo longs in flat arrays indexed by {@code
 * set * ways + way}; the packet-path methods allocate nothing. {@link #get} returns the lo half of
 * the value and leaves the hi half in {@link #valueHi()}.
 */
public final class MapRuntime {
  private final Decls.MapDecl decl;
  private final int ways;
  private final int setMask;
  private final int keyBytes;
  private final long timeout;
  private final boolean[] valid;
  private final long[] keyHi;
  private final long[] keyLo;
  private final long[] valHi;
  private final long[] valLo;
  private final long[] lastUsed;
  private final long valueHiMask;
  private final long valueLoMask;
  private long resultHi;

  public MapRuntime(Decls.MapDecl decl) {
    if (Integer.bitCount(decl.sets()) != 1) {
      throw new IllegalArgumentException(
          "map '" + decl.name() + "' has " + decl.sets() + " sets; expected a power of two");
    }
    this.decl = decl;
    this.ways = decl.ways();
    this.setMask = decl.sets() - 1;
    this.keyBytes = BitValues.bytesFor(decl.keyWidth());
    this.timeout = decl.timeoutNanos();
    int slots = decl.sets() * decl.ways();
    valid = new boolean[slots];
    keyHi = new long[slots];
    keyLo = new long[slots];
    valHi = new long[slots];
    valLo = new long[slots];
    lastUsed = new long[slots];
    int vw = decl.valueWidth();
    valueLoMask = Bits.mask(Math.min(64, vw));
    valueHiMask = vw > 64 ? Bits.mask(vw - 64) : 0;
  }

  public Decls.MapDecl decl() {
    return decl;
  }

  public String name() {
    return decl.name();
  }

  /** The set of a key. */
  public int setOf(long hi, long lo) {
    return (int) (Crc32.ofKey(hi, lo, keyBytes) & setMask);
  }

  /** {@code m.get(k)}: the lo half of the value (0 if absent); refreshes the slot. */
  public long get(long hi, long lo, long now) {
    int i = findLive(hi, lo, now);
    if (i < 0) {
      resultHi = 0;
      return 0;
    }
    lastUsed[i] = now;
    resultHi = valHi[i];
    return valLo[i];
  }

  /** The hi half of the value the last {@link #get} returned. */
  public long valueHi() {
    return resultHi;
  }

  /** {@code m.contains(k)}: does not refresh. */
  public boolean contains(long hi, long lo, long now) {
    return findLive(hi, lo, now) >= 0;
  }

  /** {@code m.put(k, v)}: false, with nothing changed, when the key's set is full. */
  public boolean put(long hi, long lo, long vHi, long vLo, long now) {
    int i = findLive(hi, lo, now);
    if (i < 0) {
      int base = setOf(hi, lo) * ways;
      for (int way = 0; way < ways; way++) {
        if (!isLive(base + way, now)) {
          i = base + way;
          break;
        }
      }
      if (i < 0) {
        return false;
      }
      valid[i] = true;
      keyHi[i] = hi;
      keyLo[i] = lo;
    }
    valHi[i] = vHi & valueHiMask;
    valLo[i] = vLo & valueLoMask;
    lastUsed[i] = now;
    return true;
  }

  /** {@code m.remove(k)}: false when no live slot holds the key. */
  public boolean remove(long hi, long lo, long now) {
    int i = findLive(hi, lo, now);
    if (i < 0) {
      return false;
    }
    valid[i] = false;
    return true;
  }

  private int findLive(long hi, long lo, long now) {
    int base = setOf(hi, lo) * ways;
    for (int way = 0; way < ways; way++) {
      int i = base + way;
      if (valid[i] && keyLo[i] == lo && keyHi[i] == hi && isLive(i, now)) {
        return i;
      }
    }
    return -1;
  }

  private boolean isLive(int i, long now) {
    if (!valid[i]) {
      return false;
    }
    if (timeout == 0 || Long.compareUnsigned(now, lastUsed[i]) < 0) {
      return true;
    }
    return Long.compareUnsigned(now - lastUsed[i], timeout) <= 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Control plane

  /** A control-plane put at time {@code now}; refused as {@code DataplaneState} refuses it. */
  public void putEntry(BigInteger key, BigInteger value, long now) {
    checkWidths(key, value);
    if (!put(
        key.shiftRight(64).longValue(),
        key.longValue(),
        value.shiftRight(64).longValue(),
        value.longValue(),
        now)) {
      throw new StateException(
          "map '"
              + name()
              + "': set "
              + setOf(key.shiftRight(64).longValue(), key.longValue())
              + " is full ("
              + ways
              + " ways hold live keys); cannot put key "
              + BitValues.hex(key));
    }
  }

  /** Whether a live slot holds {@code key} at time {@code now} (for the control plane). */
  public boolean containsEntry(BigInteger key, long now) {
    checkWidths(key, null);
    return contains(key.shiftRight(64).longValue(), key.longValue(), now);
  }

  /** A control-plane remove at time {@code now}; false if the key was not live. */
  public boolean removeEntry(BigInteger key, long now) {
    checkWidths(key, null);
    return remove(key.shiftRight(64).longValue(), key.longValue(), now);
  }

  private void checkWidths(BigInteger key, BigInteger value) {
    if (!BitValues.fits(key, decl.keyWidth())) {
      throw new StateException(
          "key " + key + " does not fit in " + BitValues.describeRange(decl.keyWidth()));
    }
    if (value != null && !BitValues.fits(value, decl.valueWidth())) {
      throw new StateException(
          "value " + value + " does not fit in " + BitValues.describeRange(decl.valueWidth()));
    }
  }

  /** Every valid slot (live or expired), by set then way, as {@link MapState} lists them. */
  public List<MapState.Slot> validSlots() {
    List<MapState.Slot> out = new ArrayList<>();
    for (int i = 0; i < valid.length; i++) {
      if (valid[i]) {
        out.add(
            new MapState.Slot(
                i / ways,
                i % ways,
                join(keyHi[i], keyLo[i]),
                join(valHi[i], valLo[i]),
                lastUsed[i]));
      }
    }
    return out;
  }

  /** Writes one slot as another backend holds it (when loading its state). */
  public void setSlot(MapState.Slot s) {
    int i = s.set() * ways + s.way();
    valid[i] = true;
    keyHi[i] = s.key().shiftRight(64).longValue();
    keyLo[i] = s.key().longValue();
    valHi[i] = s.value().shiftRight(64).longValue();
    valLo[i] = s.value().longValue();
    lastUsed[i] = s.lastUsed();
  }

  /** Empties every slot. */
  public void clear() {
    java.util.Arrays.fill(valid, false);
  }

  private static BigInteger join(long hi, long lo) {
    return Wide.toBigInteger(hi, lo);
  }
}
