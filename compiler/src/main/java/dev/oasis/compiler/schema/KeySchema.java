package dev.oasis.compiler.schema;

import dev.oasis.compiler.ir.Decls;
import dev.oasis.compiler.ir.Type;

/**
 * One key element of a table: its control-plane name, match kind and width ({@code bit<N>}; a bool
 * key has width 1), or for a byte-string key ({@code width == 0}) its largest length.
 */
public record KeySchema(String name, Decls.MatchKind kind, int width, int maxBytes) {

  static KeySchema of(Decls.Key key) {
    Type t = key.expr().type();
    if (t instanceof Type.Bytes b) {
      return new KeySchema(key.name(), key.kind(), 0, b.maxBytes());
    }
    return new KeySchema(key.name(), key.kind(), t.width(), 0);
  }

  public boolean isBytes() {
    return maxBytes > 0;
  }
}
