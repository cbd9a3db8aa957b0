package dev.oasis.dsl.ast;

import dev.oasis.dsl.diag.Span;
import java.util.List;

/** Top-level declarations of a program or an imported module. */
public sealed interface Decl extends Node {

  /** {@code const T NAME = e;}. */
  record Const(TypeRef type, Name name, Expr value, Span span) implements Decl {}

  /** {@code typedef T NAME;}. */
  record Typedef(TypeRef type, Name name, Span span) implements Decl {}

  /** {@code enum bit<N> NAME { A = 1, B = 2 }}. */
  record Enum(TypeRef type, Name name, List<EnumMember> members, Span span) implements Decl {
    public Enum {
      members = List.copyOf(members);
    }
  }

  /** {@code NAME = value} inside an enum. */
  record EnumMember(Name name, Expr value, Span span) implements Node {}

  /** {@code error { BadVersion, ... }}: parse-error codes of the program. */
  record Error(List<Name> names, Span span) implements Decl {
    public Error {
      names = List.copyOf(names);
    }
  }

  /** {@code header NAME { fields }}. */
  record Header(Name name, List<HeaderField> fields, Span span) implements Decl {
    public Header {
      fields = List.copyOf(fields);
    }
  }

  /** A field of a header: fixed width, or a byte string whose length comes from earlier fields. */
  sealed interface HeaderField extends Node {
    Name name();
  }

  /** {@code T name;}. */
  record FixedField(TypeRef type, Name name, Span span) implements HeaderField {}

  /** {@code bytes<MAX> name[LENGTH];}: LENGTH in bytes, an expression over earlier fields. */
  record VariableField(Expr maxBytes, Name name, Expr lengthBytes, Span span)
      implements HeaderField {}

  /** {@code struct NAME { fields }}. */
  record Struct(Name name, List<StructField> fields, Span span) implements Decl {
    public Struct {
      fields = List.copyOf(fields);
    }
  }

  /** {@code T name;} in a struct or the metadata block. */
  record StructField(TypeRef type, Name name, Span span) implements Node {}

  /** {@code config { ports = 4; max_frame = 1518; on_parse_error = drop; }}. */
  record Config(List<Property> properties, Span span) implements Decl {
    public Config {
      properties = List.copyOf(properties);
    }
  }

  /** {@code name = value;} inside config, map and table declarations. */
  record Property(Name name, Expr value, Span span) implements Node {}

  /** {@code headers { Ethernet eth; Vlan vlan[2]; }}: the packet's header instances. */
  record Headers(List<HeaderInstance> instances, Span span) implements Decl {
    public Headers {
      instances = List.copyOf(instances);
    }
  }

  /** One header instance; {@code stackSize} is null for a single header. */
  record HeaderInstance(Name type, Name name, Expr stackSize, Span span) implements Node {}

  /** {@code metadata { fields }}: per-packet variables, zero at the start of each packet. */
  record Metadata(List<StructField> fields, Span span) implements Decl {
    public Metadata {
      fields = List.copyOf(fields);
    }
  }

  /** {@code counter NAME[SIZE];}: packet and byte counts per index. */
  record Counter(Name name, Expr size, Span span) implements Decl {}

  /** {@code register<T> NAME[SIZE];}. */
  record Register(TypeRef elementType, Name name, Expr size, Span span) implements Decl {}

  /** {@code map<K, V> NAME { sets = ..; ways = ..; timeout = ..; }}. */
  record Map(TypeRef keyType, TypeRef valueType, Name name, List<Property> properties, Span span)
      implements Decl {
    public Map {
      properties = List.copyOf(properties);
    }
  }

  /** {@code action NAME(params) { body }}. */
  record Action(Name name, List<Param> params, Stmt.Block body, Span span) implements Decl {
    public Action {
      params = List.copyOf(params);
    }
  }

  /** {@code T name} in an action's parameter list. */
  record Param(TypeRef type, Name name, Span span) implements Node {}

  /** {@code table NAME { key {..} actions {..} default_action = ..; size = ..; entries {..} }}. */
  record Table(Name name, List<TableProperty> properties, Span span) implements Decl {
    public Table {
      properties = List.copyOf(properties);
    }
  }

  /** {@code parser { state ... }}. */
  record Parser(List<Parsing.State> states, Span span) implements Decl {
    public Parser {
      states = List.copyOf(states);
    }
  }

  /** {@code control { ... }}. */
  record Control(Stmt.Block body, Span span) implements Decl {}

  /** {@code deparser { emit(h); ... }}. */
  record Deparser(List<Stmt> statements, Span span) implements Decl {
    public Deparser {
      statements = List.copyOf(statements);
    }
  }
}
