package dev.oasis.compiler.state;

import dev.oasis.compiler.ir.Decls;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A set-associative map ({@code map<bit<K>, bit<V>> m { sets = S; ways = W; timeout = T; }}),
 * defined to the slot so that software and hardware agree on every insert that fails.
 *
 * <p>The key's set is {@code CRC32(key bytes) & (S - 1)}, where the key bytes are the key in
 * big-endian order, {@code ceil(K / 8)} bytes with zero high bits, and CRC32 is CRC-32/IEEE as
 * {@link CRC32} computes it. Each set has W slots. A slot is live if it is valid and either the map
 * never expires ({@code T == 0}) or {@code now - lastUsed <= T} in unsigned 64-bit arithmetic; a
 * slot used "in the future" ({@code now < lastUsed}) is live. Time is always the packet's
 * timestamp, never the wall clock.
 *
 * <ul>
 *   <li>{@link #get}: the value of the live slot holding the key (0 if none); refreshes it.
 *   <li>{@link #contains}: whether a live slot holds the key; does not refresh.
 *   <li>{@link #put}: updates a live slot holding the key, else fills the lowest-index slot of the
 *       set that is not live; false (and no change) when every slot of the set is live.
 *   <li>{@link #remove}: invalidates the live slot holding the key; false if there was none.
 * </ul>
 */
public final class MapState {
  private final Decls.MapDecl decl;
  private final Slot[] slots;

  /** One slot as snapshots show it: its set and way, key, value and last use. */
  public record Slot(int set, int way, BigInteger key, BigInteger value, long lastUsed) {}

  public MapState(Decls.MapDecl decl) {
    if (Integer.bitCount(decl.sets()) != 1) {
      throw new IllegalArgumentException(
          "map '" + decl.name() + "' has " + decl.sets() + " sets; expected a power of two");
    }
    this.decl = decl;
    this.slots = new Slot[decl.sets() * decl.ways()];
  }

  public Decls.MapDecl decl() {
    return decl;
  }

  public String name() {
    return decl.name();
  }

  /** CRC-32/IEEE over the key's big-endian bytes ({@code ceil(keyWidth / 8)} of them). */
  public static long hash(BigInteger key, int keyWidth) {
    CRC32 crc = new CRC32();
    crc.update(BitValues.toBytes(key, BitValues.bytesFor(keyWidth)));
    return crc.getValue();
  }

  /** The set a key lives in. */
  public int setOf(BigInteger key) {
    return (int) (hash(key, decl.keyWidth()) & (decl.sets() - 1));
  }

  /** {@code m.get(key)}. */
  public BigInteger get(BigInteger key, long now) {
    int i = findLive(key, now);
    if (i < 0) {
      return BigInteger.ZERO;
    }
    Slot s = slots[i];
    slots[i] = new Slot(s.set(), s.way(), s.key(), s.value(), now);
    return s.value();
  }

  /** {@code m.contains(key)}. */
  public boolean contains(BigInteger key, long now) {
    return findLive(key, now) >= 0;
  }

  /** {@code m.put(key, value)}: false when the key's set has no slot that is not live. */
  public boolean put(BigInteger key, BigInteger value, long now) {
    int set = setOf(key);
    BigInteger v = BitValues.truncate(value, decl.valueWidth());
    int i = findLive(key, now);
    if (i >= 0) {
      slots[i] = new Slot(set, slots[i].way(), slots[i].key(), v, now);
      return true;
    }
    for (int way = 0; way < decl.ways(); way++) {
      int slot = set * decl.ways() + way;
      if (!isLive(slots[slot], now)) {
        slots[slot] = new Slot(set, way, key, v, now);
        return true;
      }
    }
    return false;
  }

  /** {@code m.remove(key)}: false when no live slot holds the key. */
  public boolean remove(BigInteger key, long now) {
    int i = findLive(key, now);
    if (i < 0) {
      return false;
    }
    slots[i] = null;
    return true;
  }

  /** Every valid slot (live or expired), by set then way. */
  public List<Slot> validSlots() {
    List<Slot> out = new ArrayList<>();
    for (Slot s : slots) {
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** Refuses a key or value that does not fit the map's widths. */
  void checkWidths(BigInteger key, BigInteger value) {
    if (!BitValues.fits(key, decl.keyWidth())) {
      throw new StateException(
          "key " + key + " does not fit in " + BitValues.describeRange(decl.keyWidth()));
    }
    if (value != null && !BitValues.fits(value, decl.valueWidth())) {
      throw new StateException(
          "value " + value + " does not fit in " + BitValues.describeRange(decl.valueWidth()));
    }
  }

  private int findLive(BigInteger key, long now) {
    int set = setOf(key);
    for (int way = 0; way < decl.ways(); way++) {
      int slot = set * decl.ways() + way;
      if (isLive(slots[slot], now) && slots[slot].key().equals(key)) {
        return slot;
      }
    }
    return -1;
  }

  private boolean isLive(Slot s, long now) {
    if (s == null) {
      return false;
    }
    if (decl.timeoutNanos() == 0 || Long.compareUnsigned(now, s.lastUsed()) < 0) {
      return true;
    }
    return Long.compareUnsigned(now - s.lastUsed(), decl.timeoutNanos()) <= 0;
  }
}
