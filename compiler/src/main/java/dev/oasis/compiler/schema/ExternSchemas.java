package dev.oasis.compiler.schema;

/** Schemas of the stateful externs: counters, registers and maps. */
public final class ExternSchemas {
  private ExternSchemas() {}

  /** {@code counter name[size];}. */
  public record Counter(int id, String name, int size) {}

  /** {@code register<bit<width>> name[size];}. */
  public record Register(int id, String name, int width, int size) {}

  /** {@code map<bit<keyWidth>, bit<valueWidth>> name { sets; ways; timeout; }}. */
  public record Map(
      int id, String name, int keyWidth, int valueWidth, int sets, int ways, long timeoutNanos) {}
}
