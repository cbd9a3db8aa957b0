package dev.oasis.dsl.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the diagnostics of one compilation. Passes report every independent error they find and
 * carry on, so that the user sees all of them at once; a pass that cannot continue after an error
 * checks {@link #hasErrors()} and stops.
 */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  /** Reports an error with message {@code code.format(args)} at {@code span}. */
  public Diagnostic error(DiagnosticCode code, Span span, Object... args) {
    return add(new Diagnostic(Severity.ERROR, code, code.format(args), span, List.of()));
  }

  /** Reports a warning. */
  public Diagnostic warning(DiagnosticCode code, Span span, Object... args) {
    return add(new Diagnostic(Severity.WARNING, code, code.format(args), span, List.of()));
  }

  /** Adds a fully built diagnostic (e.g. one with notes) and returns it. */
  public Diagnostic add(Diagnostic diagnostic) {
    all.add(diagnostic);
    return diagnostic;
  }

  /** Replaces {@code old} by {@code updated}, used to attach a note after reporting. */
  public void replace(Diagnostic old, Diagnostic updated) {
    int i = all.indexOf(old);
    if (i >= 0) {
      all.set(i, updated);
    }
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  public int errorCount() {
    return (int) all.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  /** Every diagnostic, ordered by file, then position, then the order of reporting. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(all);
    copy.sort(
        Comparator.comparing((Diagnostic d) -> d.span().file().path())
            .thenComparingInt(d -> d.span().start()));
    return copy;
  }

  public List<Diagnostic> all() {
    return List.copyOf(all);
  }
}
