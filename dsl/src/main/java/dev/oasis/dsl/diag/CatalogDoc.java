package dev.oasis.dsl.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Generates the user documentation of every diagnostic, docs/errors.md, from the catalogs: one
 * section per group of codes, one entry per code with its message (placeholders shown as {@code
 * ‹…›}) and its explanation. The CLI calls {@link #write} with every catalog; {@link #main} does
 * the same from the command line, given the catalog enums' class names.
 */
public final class CatalogDoc {
  private static final Pattern FORMAT_SPECIFIER =
      Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z]");
  private static final String PLACEHOLDER = "‹…›";

  /** The groups of codes by their hundreds, as {@link DiagnosticCode} lays them out. */
  private static final List<String> GROUPS =
      List.of(
          "Input and imports",
          "Syntax",
          "Names",
          "Types and widths",
          "Parser graphs",
          "Tables and actions",
          "Externs",
          "Program structure",
          "Backend support",
          "Compiler bugs");

  private CatalogDoc() {}

  /**
   * Writes docs/errors.md, or any other file, for the given catalogs.
   *
   * @throws IllegalArgumentException if two entries share a code
   */
  public static void write(Path out, DiagnosticCode[]... catalogs) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, render(catalogs), StandardCharsets.UTF_8);
  }

  /**
   * The Markdown text for the given catalogs, ordered by code.
   *
   * @throws IllegalArgumentException if two entries share a code or a code is malformed
   */
  public static String render(DiagnosticCode[]... catalogs) {
    List<DiagnosticCode> all = new ArrayList<>();
    Map<String, DiagnosticCode> byCode = new HashMap<>();
    for (DiagnosticCode[] catalog : catalogs) {
      for (DiagnosticCode entry : catalog) {
        if (!entry.code().matches("OAS\\d{4}")) {
          throw new IllegalArgumentException(
              "code '" + entry.code() + "' of " + entry + " is not OAS followed by four digits");
        }
        DiagnosticCode earlier = byCode.putIfAbsent(entry.code(), entry);
        if (earlier != null) {
          throw new IllegalArgumentException(
              "code " + entry.code() + " is used by both " + earlier + " and " + entry);
        }
        all.add(entry);
      }
    }
    all.sort(Comparator.comparing(DiagnosticCode::code));

    StringBuilder md = new StringBuilder();
    md.append("# Oasis diagnostics\n\n");
    md.append("Every error and warning that Oasis reports, by code. This file is generated from")
        .append(" the diagnostic catalogs by `dev.oasis.dsl.diag.CatalogDoc`; edit the catalogs,")
        .append(" not this file. In messages, ")
        .append(PLACEHOLDER)
        .append(" stands for the part that names your program's values.\n");
    int group = -1;
    for (DiagnosticCode entry : all) {
      int hundreds = Integer.parseInt(entry.code().substring(3, 5));
      if (hundreds != group) {
        group = hundreds;
        String title = hundreds < GROUPS.size() ? GROUPS.get(hundreds) : "Other";
        md.append("\n## ").append(title).append(String.format(" (OAS%02dxx)\n", hundreds));
      }
      md.append("\n### ").append(entry.code()).append("\n\n");
      md.append('`').append(showTemplate(entry.template())).append("`\n\n");
      md.append(entry.explanation()).append('\n');
    }
    return md.toString();
  }

  /** The template with each format specifier shown as a placeholder. */
  static String showTemplate(String template) {
    return FORMAT_SPECIFIER.matcher(template).replaceAll(PLACEHOLDER).replace("%%", "%");
  }

  /**
   * {@code CatalogDoc OUTPUT [CATALOG_CLASS...]}: writes OUTPUT for the named catalog enums, by
   * default {@link SyntaxCodes} only.
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: CatalogDoc OUTPUT.md [CATALOG_ENUM_CLASS...]");
      System.exit(2);
    }
    List<DiagnosticCode[]> catalogs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      catalogs.add(catalog(args[i]));
    }
    if (catalogs.isEmpty()) {
      catalogs.add(SyntaxCodes.values());
    }
    try {
      write(Path.of(args[0]), catalogs.toArray(DiagnosticCode[][]::new));
    } catch (IOException e) {
      System.err.println("cannot write " + args[0] + ": " + e.getMessage());
      System.exit(1);
    }
  }

  private static DiagnosticCode[] catalog(String className) {
    try {
      Class<?> type = Class.forName(className);
      if (!type.isEnum() || !DiagnosticCode.class.isAssignableFrom(type)) {
        throw new IllegalArgumentException(
            className + " is not an enum implementing " + DiagnosticCode.class.getName());
      }
      return (DiagnosticCode[]) type.getEnumConstants();
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no catalog class " + className + " on the class path");
    }
  }
}
