package dev.oasis.hw.hcl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A record of named values, the general {@link Data}: a header vector, an AXI-Lite address. */
public final class Bundle implements Data {

  private final Map<String, Value> elements;

  private Bundle(Map<String, Value> elements) {
    this.elements = elements;
  }

  /** The type of bundles with these fields. */
  public static DataType<Bundle> type(Field... fields) {
    List<Field> list = List.of(fields);
    return new DataType<>() {
      @Override
      public List<Field> fields() {
        return list;
      }

      @Override
      public Bundle assemble(List<Value> leaves) {
        if (leaves.size() != list.size()) {
          throw new IllegalArgumentException(
              leaves.size() + " values for a bundle of " + list.size() + " fields");
        }
        Map<String, Value> m = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
          m.put(list.get(i).name(), leaves.get(i));
        }
        return new Bundle(m);
      }
    };
  }

  /** The element called {@code name}. */
  public Value get(String name) {
    Value v = elements.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "bundle has no field '" + name + "', expected one of " + elements.keySet());
    }
    return v;
  }

  public Bits bits(String name) {
    return get(name).asBits();
  }

  public UInt uint(String name) {
    return get(name).asUInt();
  }

  public Bool bool(String name) {
    return get(name).asBool();
  }

  @Override
  public List<Value> leaves() {
    return new ArrayList<>(elements.values());
  }
}
