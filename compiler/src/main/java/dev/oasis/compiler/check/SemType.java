package dev.oasis.compiler.check;

import dev.oasis.compiler.ir.Type;
import dev.oasis.dsl.diag.Span;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The types the checker works with: IR types, plus what the IR erases (enums, structs of the
 * metadata), integer literals that have no width yet, and the poison type of an expression that
 * already has an error (so that one mistake gives one message, not a cascade).
 */
sealed interface SemType {

  /** A type the IR has as it is: bit, bool, bytes, header, stack, apply result, void. */
  record Of(Type type) implements SemType {
    @Override
    public String toString() {
      if (type instanceof Type.Header h) {
        return "header " + h.header().name();
      }
      if (type instanceof Type.Stack s) {
        return "header stack " + s.header().name() + "[" + s.size() + "]";
      }
      return type.toString();
    }
  }

  /** {@code enum bit<N> E}: in the IR a {@code bit<N>}. */
  record Enum(EnumInfo info) implements SemType {
    @Override
    public String toString() {
      return "enum " + info.name();
    }
  }

  /** A struct type, usable only for fields of the metadata. */
  record Struct(StructInfo info) implements SemType {
    @Override
    public String toString() {
      return "struct " + info.name();
    }
  }

  /** {@code meta.s} where field s is a struct: only its fields are values. */
  record MetaStruct(String path, StructInfo info) implements SemType {
    @Override
    public String toString() {
      return "struct " + info.name();
    }
  }

  /** An integer literal (or constant expression of literals) that takes its width from context. */
  record Unsized() implements SemType {
    @Override
    public String toString() {
      return "integer literal";
    }
  }

  /** The type of an expression that has an error already reported. */
  record Poison() implements SemType {
    @Override
    public String toString() {
      return "<error>";
    }
  }

  SemType BOOL = new Of(Type.BOOL);
  SemType UNSIZED = new Unsized();
  SemType POISON = new Poison();

  static SemType bit(int width) {
    return new Of(Type.bit(width));
  }

  /** The IR type of a value of this type, or null for types with no IR values. */
  default Type irType() {
    if (this instanceof Of of) {
      return of.type();
    }
    if (this instanceof Enum e) {
      return Type.bit(e.info().width());
    }
    return null;
  }

  /** True for {@code bit<N>} (not enums). */
  default boolean isBit() {
    return this instanceof Of of && of.type() instanceof Type.Bit;
  }

  default boolean isBool() {
    return this instanceof Of of && of.type() instanceof Type.Bool;
  }

  default boolean isBytes() {
    return this instanceof Of of && of.type() instanceof Type.Bytes;
  }

  default boolean isPoison() {
    return this instanceof Poison;
  }

  /** An enum: its name, width and members with their values, in declaration order. */
  record EnumInfo(String name, int width, Map<String, BigInteger> members, Span span) {
    public EnumInfo {
      members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
    }
  }

  /** A struct: its fields in declaration order (nested structs allowed). */
  record StructInfo(String name, List<StructMember> fields, Span span) {
    public StructInfo {
      fields = List.copyOf(fields);
    }

    public StructMember field(String fieldName) {
      return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst().orElse(null);
    }
  }

  record StructMember(String name, SemType type, Span span) {}
}
