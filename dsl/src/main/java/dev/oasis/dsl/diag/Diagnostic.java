package dev.oasis.dsl.diag;

import java.util.List;

/**
 * One message about a program: a severity, a catalog code, the formatted message, the span it is
 * about, and notes that point at related places (e.g. the earlier declaration of a duplicate).
 */
public record Diagnostic(
    Severity severity, DiagnosticCode code, String message, Span span, List<Note> notes) {

  /** A related place, printed as a {@code note:} line under the diagnostic. */
  public record Note(String message, Span span) {}

  public Diagnostic {
    notes = List.copyOf(notes);
  }

  /** This diagnostic with one more note. */
  public Diagnostic withNote(String message, Span span) {
    var more = new java.util.ArrayList<>(notes);
    more.add(new Note(message, span));
    return new Diagnostic(severity, code, message(), this.span, more);
  }
}
