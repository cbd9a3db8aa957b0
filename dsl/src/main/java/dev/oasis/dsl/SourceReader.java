package dev.oasis.dsl;

import dev.oasis.dsl.diag.Diagnostics;
import dev.oasis.dsl.diag.SourceFile;
import dev.oasis.dsl.diag.Span;
import dev.oasis.dsl.diag.SyntaxCodes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads source files from disk and decodes them as UTF-8, naming what went wrong if it fails. */
final class SourceReader {
  /** No hand-written program comes near this; anything larger is not a source file. */
  static final long MAX_BYTES = 16L << 20;

  private SourceReader() {}

  /** The bytes of a file, or why they cannot be read (e.g. "no such file"). */
  sealed interface Read {}

  record Bytes(byte[] bytes) implements Read {}

  record Failure(String reason) implements Read {}

  static Read read(Path path) {
    try {
      if (Files.isDirectory(path)) {
        return new Failure("it is a directory");
      }
      if (Files.exists(path) && Files.size(path) > MAX_BYTES) {
        return new Failure(
            "it has "
                + Files.size(path)
                + " bytes, more than the "
                + MAX_BYTES
                + " a source may have");
      }
      return new Bytes(Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      return new Failure("no such file");
    } catch (AccessDeniedException e) {
      return new Failure("permission denied");
    } catch (IOException | SecurityException e) {
      return new Failure(String.valueOf(e.getMessage()));
    }
  }

  /**
   * The text of a file, or null if it is not UTF-8, which is then reported at the first bad byte. A
   * byte-order mark at the start is dropped.
   */
  static SourceFile decode(String displayPath, byte[] bytes, Diagnostics diagnostics) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int badByte = in.position();
      int badChar = out.position();
      String text = new String(bytes, StandardCharsets.UTF_8);
      SourceFile file = new SourceFile(displayPath, text);
      Span span = new Span(file, badChar, Math.min(badChar + 1, text.length()));
      diagnostics.error(SyntaxCodes.NOT_UTF8, span, displayPath, bytes[badByte] & 0xff, badByte);
      return null;
    }
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new SourceFile(displayPath, text);
  }
}
