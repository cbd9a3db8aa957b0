package dev.oasis.cli.scenario;

import java.util.List;

/**
 * A scenario that cannot be run as written: a malformed line, a port or table the program does not
 * have, or a control-plane write the state refuses. Each problem is one message that starts with
 * {@code file:line:}.
 */
public final class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ScenarioException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public ScenarioException(String problem) {
    this(List.of(problem));
  }

  /** One message per problem, in line order. */
  public List<String> problems() {
    return problems;
  }
}
