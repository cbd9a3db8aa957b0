package dev.oasis.hw.hcl;

import java.util.List;

/**
 * The shape of a {@link Data}: its fields (a name and a type each) and how to assemble a value from
 * leaves, so that streams can create registers and wires of the same shape.
 *
 * @param <T> the data class
 */
public interface DataType<T extends Data> {

  /** The fields, in order; a field name becomes the suffix of the signal names. */
  List<Field> fields();

  /** A value of this type made of {@code leaves}, one per field, in order. */
  T assemble(List<Value> leaves);

  /** The sum of the field widths. */
  default Width width() {
    Width w = Width.of(0);
    for (Field f : fields()) {
      w = w.plus(f.type().width());
    }
    return w;
  }
}
