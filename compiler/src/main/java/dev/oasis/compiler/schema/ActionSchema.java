package dev.oasis.compiler.schema;

import java.util.List;

/** An action: stable id, name and parameters in order. */
public record ActionSchema(int id, String name, List<Param> params) {

  public ActionSchema {
    params = List.copyOf(params);
  }

  /** A parameter: its name and width ({@code bit<N>}; a bool parameter has width 1). */
  public record Param(String name, int width) {}

  public Param param(String paramName) {
    return params.stream().filter(p -> p.name().equals(paramName)).findFirst().orElse(null);
  }
}
