package dev.oasis.hw.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a longer transfer: a payload and {@code last}, high on the final piece (a beat of a
 * packet, a word of a multi-word entry).
 *
 * @param <T> the payload of one piece
 */
public final class Fragment<T extends Data> implements Data {

  private final T fragment;
  private final Bool last;

  public Fragment(T fragment, Bool last) {
    this.fragment = fragment;
    this.last = last;
  }

  /** The type of fragments of {@code inner}; {@code last} comes after its fields. */
  public static <T extends Data> DataType<Fragment<T>> type(DataType<T> inner) {
    List<Field> fields = new ArrayList<>(inner.fields());
    fields.add(new Field("last", HwType.bool()));
    List<Field> all = List.copyOf(fields);
    return new DataType<>() {
      @Override
      public List<Field> fields() {
        return all;
      }

      @Override
      public Fragment<T> assemble(List<Value> leaves) {
        int n = leaves.size() - 1;
        return new Fragment<>(inner.assemble(leaves.subList(0, n)), leaves.get(n).asBool());
      }
    };
  }

  public T fragment() {
    return fragment;
  }

  public Bool last() {
    return last;
  }

  @Override
  public List<Value> leaves() {
    List<Value> out = new ArrayList<>(fragment.leaves());
    out.add(last);
    return out;
  }
}
