package dev.oasis.runtime.stack.tcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Data that arrived ahead of a gap, held until the gap fills, up to a byte limit (the receive
 * window). Positions are 64-bit stream offsets, so that sequence numbers wrapping around do not
 * matter here.
 */
final class OutOfOrderQueue {

  private final int maxBytes;
  private final TreeMap<Long, byte[]> pieces = new TreeMap<>();
  private int bytes;

  OutOfOrderQueue(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Bytes held. */
  int bytes() {
    return bytes;
  }

  /**
   * Holds {@code data} found at stream offset {@code start}; false (and nothing held) if it would
   * take the queue beyond its limit. A piece that starts where a held one does replaces it if it is
   * longer.
   */
  boolean add(long start, byte[] data) {
    byte[] held = pieces.get(start);
    int growth = data.length - (held == null ? 0 : held.length);
    if (held != null && growth <= 0) {
      return true;
    }
    if (bytes + growth > maxBytes) {
      return false;
    }
    pieces.put(start, data);
    bytes += growth;
    return true;
  }

  /**
   * Removes the data that continues the stream from offset {@code next}, in order and without
   * overlap, and every piece that ends before it.
   */
  List<byte[]> takeFrom(long next) {
    List<byte[]> taken = new ArrayList<>();
    while (!pieces.isEmpty() && pieces.firstKey() <= next) {
      Map.Entry<Long, byte[]> first = pieces.pollFirstEntry();
      byte[] data = first.getValue();
      bytes -= data.length;
      long end = first.getKey() + data.length;
      if (end > next) {
        int skip = (int) (next - first.getKey());
        taken.add(skip == 0 ? data : java.util.Arrays.copyOfRange(data, skip, data.length));
        next = end;
      }
    }
    return taken;
  }
}
