package dev.oasis.dsl.diag;

/**
 * The diagnostics of the front end: reading source files and imports (OAS00xx) and syntax
 * (OAS01xx). docs/errors.md is generated from this catalog by {@link CatalogDoc}; a code never
 * changes meaning once released, so new entries take new codes.
 */
public enum SyntaxCodes implements DiagnosticCode {

  // ---- input and imports ----------------------------------------------------------------------

  CANNOT_READ_FILE(
      "OAS0001",
      "cannot read source file '%s': %s",
      "The program file named on the command line could not be read: it does not exist, is a"
          + " directory, cannot be opened with the current permissions, or is too large to be a"
          + " source file."),

  NOT_UTF8(
      "OAS0002",
      "'%s' is not valid UTF-8: invalid byte 0x%02x at byte offset %d",
      "Oasis source files are UTF-8. The file holds a byte sequence that is not UTF-8, often"
          + " because it was saved in Latin-1 or another legacy encoding, or because it is not a"
          + " text file at all. Re-save it as UTF-8; the offset counts bytes from the start of the"
          + " file."),

  UNKNOWN_STD_MODULE(
      "OAS0003",
      "import of unknown standard module '%s', expected one of %s",
      "Modules whose name starts with 'std.' come with Oasis (ethernet, ipv4, udp, ...). The name"
          + " after 'std.' must be one of them; the message lists the available modules."),

  UNKNOWN_MODULE(
      "OAS0004",
      "import of unknown module '%s', expected a standard module 'std.<name>' or a quoted file"
          + " path",
      "An unquoted import names a module of the standard library, such as 'import std.ipv4;'. To"
          + " import a file of your own, quote its path, which is relative to the importing file:"
          + " 'import \"lib/tunnel.oasis\";'."),

  CANNOT_READ_IMPORT(
      "OAS0005",
      "cannot read imported file '%s': %s",
      "The file named by a quoted import could not be read. Paths are relative to the directory of"
          + " the file that holds the import, not to the working directory."),

  IMPORT_CYCLE(
      "OAS0006",
      "import cycle: %s",
      "Files import each other in a circle, so none of them can be loaded first. Move the"
          + " declarations that both files need into a third file that both import."),

  DUPLICATE_IMPORT(
      "OAS0007",
      "'%s' is already imported on line %d",
      "A file imports the same module twice. The second import has no effect and can be"
          + " removed."),

  // ---- syntax ---------------------------------------------------------------------------------

  UNEXPECTED_CHARACTER(
      "OAS0101",
      "unexpected character %s",
      "The character cannot start any token of the language. Outside strings and comments, Oasis"
          + " uses ASCII letters, digits, '_', white space and its operators only. Invisible"
          + " characters are shown by their Unicode code point."),

  EXPECTED_TOKEN(
      "OAS0102",
      "expected %s, found %s",
      "The parser needed one of a few tokens at this point and found something else. The most"
          + " common cause is a missing ';' at the end of the previous line, which is why the"
          + " error then points just after that line's last token."),

  UNEXPECTED_TOKEN(
      "OAS0103",
      "unexpected %s %s",
      "The token cannot continue the construct being read. Check the lines before it for a"
          + " missing operator, parenthesis or ';'."),

  MISSING_CLOSE(
      "OAS0104",
      "missing %s to close %s",
      "A block or a parenthesis was opened and the file (or the enclosing construct) ends before"
          + " it is closed. The note shows where it was opened. Editors that match brackets help"
          + " to find the place where the closing one belongs."),

  UNTERMINATED_STRING(
      "OAS0105",
      "unterminated string literal",
      "A string starts with '\"' and the line ends before the closing '\"'. Strings cannot span"
          + " lines; write \\n for a line break inside one."),

  UNCLOSED_COMMENT(
      "OAS0106",
      "unclosed block comment",
      "A comment starts with '/*' and the file ends before the closing '*/'. Block comments do"
          + " not nest: the first '*/' ends the comment."),

  UNKNOWN_ESCAPE(
      "OAS0107",
      "unknown escape sequence '%s' in a string literal, expected \\\", \\\\, \\n or \\t",
      "Inside a string a backslash starts an escape sequence. Oasis knows four: \\\" (a quote),"
          + " \\\\ (a backslash), \\n (a line feed) and \\t (a tab)."),

  RESERVED_WORD(
      "OAS0108",
      "'%s' is a reserved word and cannot name %s",
      "The word is a keyword of the language (such as if, else, header, struct, bit, true) and"
          + " cannot be used as a name. Many keywords that are also common field names (key,"
          + " state, table, action, map, ...) are allowed as names; these are not. Choose another"
          + " name, for example with a suffix."),

  IPV4_OCTET(
      "OAS0109",
      "IPv4 literal %s has an octet above 255",
      "An IPv4 address literal is four decimal numbers from 0 to 255 separated by dots."),

  ZERO_WIDTH(
      "OAS0110",
      "width prefix 0 in '%s', expected a width of at least 1",
      "A literal such as 16w0x800 states its width in bits before the 'w'. A value needs at least"
          + " one bit."),

  WIDTH_TOO_LARGE(
      "OAS0111",
      "width prefix %s in '%s' is too large, expected at most %d",
      "The width prefix of the integer literal is wider than the widest bit<N> type of the"
          + " language."),

  NO_DIGITS(
      "OAS0112",
      "integer literal '%s' has no digits after '%s'",
      "A hexadecimal literal needs at least one digit after '0x', a binary literal at least one"
          + " after '0b'; underscores only separate digits."),

  SPLIT_SHIFT(
      "OAS0113",
      "a right shift is written '>>' without a space, found '%s'",
      "Oasis reads '>>' as two '>' tokens so that nested types such as register<bit<32>> work."
          + " As an operator, the two must touch."),

  MISPLACED_IMPORT(
      "OAS0114",
      "import after a declaration, expected all imports at the top of the file",
      "Imports come first in a file, before any declaration, so that a reader sees at once what"
          + " a file depends on. Move the import up."),

  TOO_MANY_ERRORS(
      "OAS0115",
      "too many syntax errors in '%s', stopped reporting after %d",
      "After this many syntax errors in one file the rest are most likely consequences of the"
          + " first ones. Fix those and check the file again.");

  private final String code;
  private final String template;
  private final String explanation;

  SyntaxCodes(String code, String template, String explanation) {
    this.code = code;
    this.template = template;
    this.explanation = explanation;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String template() {
    return template;
  }

  @Override
  public String explanation() {
    return explanation;
  }
}
