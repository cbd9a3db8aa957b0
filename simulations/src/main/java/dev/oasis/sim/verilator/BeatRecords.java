package dev.oasis.sim.verilator;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The beat records exchanged with the harness ({@code oasis_sim.h}): a 32-byte little-endian header
 * (tkeep, tuser, cycle, tlast) followed by the beat's {@code tdata} bytes.
 */
final class BeatRecords {

  private static final int KEEP = 0;
  private static final int USER = 8;
  private static final int CYCLE = 16;
  private static final int LAST = 24;

  private BeatRecords() {}

  /** Bytes per record for beats of {@code dataBytes} bytes. */
  static int size(int dataBytes) {
    return OasisSimLibrary.RECORD_HEADER + dataBytes;
  }

  /** Writes record {@code index}; {@code length} bytes of {@code data} from {@code offset}. */
  static void write(
      byte[] records,
      int index,
      int dataBytes,
      byte[] data,
      int offset,
      int length,
      long keep,
      long user,
      boolean last) {
    int base = index * size(dataBytes);
    ByteBuffer header = ByteBuffer.wrap(records, base, OasisSimLibrary.RECORD_HEADER);
    header.order(ByteOrder.LITTLE_ENDIAN);
    header.putLong(base + KEEP, keep).putLong(base + USER, user).putLong(base + CYCLE, 0);
    records[base + LAST] = (byte) (last ? 1 : 0);
    System.arraycopy(data, offset, records, base + OasisSimLibrary.RECORD_HEADER, length);
  }

  /** The beat in record {@code index} (valid, as every recorded beat was transferred). */
  static AxisBeat beat(byte[] records, int index, int dataBytes) {
    int base = index * size(dataBytes);
    ByteBuffer header = ByteBuffer.wrap(records).order(ByteOrder.LITTLE_ENDIAN);
    byte[] data = new byte[dataBytes];
    System.arraycopy(records, base + OasisSimLibrary.RECORD_HEADER, data, 0, dataBytes);
    return new AxisBeat(
        data,
        header.getLong(base + KEEP),
        records[base + LAST] != 0,
        header.getLong(base + USER),
        true);
  }

  /** Hands record {@code index} to {@code frames}, without copying its data twice. */
  static void addTo(FrameAssembler frames, byte[] records, int index, int dataBytes) {
    int base = index * size(dataBytes);
    frames.add(
        records,
        base + OasisSimLibrary.RECORD_HEADER,
        dataBytes,
        longAt(records, base + KEEP),
        records[base + LAST] != 0,
        longAt(records, base + USER),
        longAt(records, base + CYCLE));
  }

  private static long longAt(byte[] records, int offset) {
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = value << 8 | (records[offset + i] & 0xff);
    }
    return value;
  }

  /** The mask of the low {@code bytes} bytes of {@code tkeep}. */
  static long keepMask(int bytes) {
    return bytes >= 64 ? -1L : (1L << bytes) - 1;
  }
}
