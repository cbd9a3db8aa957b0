package dev.oasis.dsl.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one Oasis source file with the offsets of its lines, so that spans can be turned into
 * line and column numbers and the source line can be shown under a diagnostic.
 *
 * @param path the path as the user named it (relative paths stay relative), or {@code std/x.oasis}
 *     for a module of the standard library
 * @param text the whole file, decoded as UTF-8
 */
public record SourceFile(String path, String text) {

  /** Offsets at which each line starts; computed on demand. */
  private List<Integer> lineStarts() {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  /** The 1-based line that holds the character at {@code offset}. */
  public int lineOf(int offset) {
    List<Integer> starts = lineStarts();
    int line = 0;
    while (line + 1 < starts.size() && starts.get(line + 1) <= offset) {
      line++;
    }
    return line + 1;
  }

  /** The 1-based column of the character at {@code offset}, counting characters. */
  public int columnOf(int offset) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1));
    if (offset == 0 || lineStart < 0) {
      return offset + 1;
    }
    return offset - lineStart;
  }

  /** The text of 1-based line {@code line} without its line terminator. */
  public String line(int line) {
    List<Integer> starts = lineStarts();
    if (line < 1 || line > starts.size()) {
      return "";
    }
    int start = starts.get(line - 1);
    int end = line < starts.size() ? starts.get(line) - 1 : text.length();
    String s = text.substring(start, Math.max(start, end));
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }
}
