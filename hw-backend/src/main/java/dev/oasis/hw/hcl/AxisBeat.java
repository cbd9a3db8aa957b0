package dev.oasis.hw.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * One beat of an AXI-Stream packet: {@code tdata}, {@code tkeep} (one bit per valid byte), {@code
 * tlast} (the final beat of a packet) and the optional {@code tuser}.
 */
public final class AxisBeat implements Data {

  private final Bits data;
  private final Bits keep;
  private final Bool last;
  private final Bits user;

  public AxisBeat(Bits data, Bits keep, Bool last, Bits user) {
    this.data = data;
    this.keep = keep;
    this.last = last;
    this.user = user;
  }

  /** The type of beats of {@code config}. */
  public static DataType<AxisBeat> type(AxisConfig config) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("tdata", HwType.bits(config.dataWidth())));
    fields.add(new Field("tkeep", HwType.bits(config.keepWidth())));
    fields.add(new Field("tlast", HwType.bool()));
    if (config.hasUser()) {
      fields.add(new Field("tuser", HwType.bits(config.userWidth())));
    }
    List<Field> all = List.copyOf(fields);
    return new DataType<>() {
      @Override
      public List<Field> fields() {
        return all;
      }

      @Override
      public AxisBeat assemble(List<Value> leaves) {
        if (leaves.size() != all.size()) {
          throw new IllegalArgumentException(
              leaves.size() + " values for an AXI-Stream beat of " + all.size() + " fields");
        }
        return new AxisBeat(
            leaves.get(0).asBits(),
            leaves.get(1).asBits(),
            leaves.get(2).asBool(),
            leaves.size() > 3 ? leaves.get(3).asBits() : null);
      }
    };
  }

  public Bits tdata() {
    return data;
  }

  public Bits tkeep() {
    return keep;
  }

  public Bool tlast() {
    return last;
  }

  /** {@code tuser}, or null when the interface has none. */
  public Bits tuser() {
    return user;
  }

  @Override
  public List<Value> leaves() {
    List<Value> out = new ArrayList<>(List.of(data, keep, last));
    if (user != null) {
      out.add(user);
    }
    return out;
  }
}
