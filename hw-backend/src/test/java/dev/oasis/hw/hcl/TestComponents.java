package dev.oasis.hw.hcl;

import java.util.function.Consumer;

/** Components built from a lambda, for tests. */
final class TestComponents {

  private TestComponents() {}

  /** A component named {@code name} whose {@code build()} runs {@code body}. */
  static Component of(String name, Consumer<Component> body) {
    return new Component(name, "test component " + name) {
      @Override
      protected void build() {
        body.accept(this);
      }
    };
  }
}
