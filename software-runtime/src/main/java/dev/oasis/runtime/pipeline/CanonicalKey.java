package dev.oasis.runtime.pipeline;

import dev.oasis.compiler.ir.Match;
import dev.oasis.compiler.state.KeyShape;
import java.util.Arrays;
import java.util.List;

/**
 * A table entry's canonical key as the identity of the entry: equal when every match is, as {@link
 * KeyShape#sameMatch} compares them (byte strings by content).
 */
final class CanonicalKey {
  private final List<Match> matches;
  private final int hash;

  CanonicalKey(List<Match> matches) {
    this.matches = matches;
    int h = 1;
    for (Match m : matches) {
      h = 31 * h + (m instanceof Match.BytesExact b ? Arrays.hashCode(b.value()) : m.hashCode());
    }
    this.hash = h;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CanonicalKey other) || other.matches.size() != matches.size()) {
      return false;
    }
    for (int i = 0; i < matches.size(); i++) {
      if (!KeyShape.sameMatch(matches.get(i), other.matches.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
