package dev.oasis.dsl.diag;

/** How serious a diagnostic is. Only errors stop compilation. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The word printed in a diagnostic line: {@code error}, {@code warning}, {@code note}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
