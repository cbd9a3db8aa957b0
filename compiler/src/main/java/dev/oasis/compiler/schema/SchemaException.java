package dev.oasis.compiler.schema;

import java.util.List;

/** A program whose control-plane schema cannot be built: two objects of one kind share an id. */
public final class SchemaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public SchemaException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** One message per problem. */
  public List<String> problems() {
    return problems;
  }
}
