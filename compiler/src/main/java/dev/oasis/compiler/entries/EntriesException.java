package dev.oasis.compiler.entries;

import java.util.List;

/**
 * An entries file that cannot be used. Carries every problem found, each a line of the form {@code
 * entries.json: tables.routes[3].key.ipv4.dst: value 10.0.0.0/33 has prefix length 33; expected 0
 * to 32}, or {@code entries.json:4:7: malformed JSON: ...} for a syntax error.
 */
public final class EntriesException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> errors;

  public EntriesException(List<String> errors) {
    super(String.join("\n", errors));
    this.errors = List.copyOf(errors);
  }

  /** Every problem, in the order found. */
  public List<String> errors() {
    return errors;
  }
}
