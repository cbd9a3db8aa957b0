package dev.oasis.runtime.net.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.ParseError;
import dev.oasis.runtime.net.ParseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds a parser every truncation of a valid input and checks that each is refused with an error
 * naming the field the first missing byte belongs to, never an exception.
 *
 * <p>The expected layout is written out in the test from the protocol's specification, as
 * alternating names and sizes: {@code "destination", 6, "source", 6, "ethertype", 2}.
 */
public final class Truncation {

  /** A parser of {@code length} bytes at {@code offset}. */
  @FunctionalInterface
  public interface Parser {
    ParseResult<?> parse(byte[] buffer, int offset, int length);
  }

  private Truncation() {}

  /**
   * Parses {@code whole} cut to every length shorter than the layout, placed at offset 3 of a
   * larger buffer so that offset handling is exercised too, and checks the named field.
   *
   * @param layout alternating field names (String) and sizes (Integer), in wire order
   */
  public static void assertEveryCutNamesTheField(Parser parser, byte[] whole, Object... layout) {
    List<String> fieldOfByte = new ArrayList<>();
    for (int i = 0; i < layout.length; i += 2) {
      for (int b = 0; b < (Integer) layout[i + 1]; b++) {
        fieldOfByte.add((String) layout[i]);
      }
    }
    for (int length = 0; length < fieldOfByte.size(); length++) {
      byte[] buffer = new byte[whole.length + 6];
      System.arraycopy(whole, 0, buffer, 3, whole.length);
      ParseResult<?> result = parser.parse(buffer, 3, length);

      assertThat(result.isOk()).as("parse of the first %d bytes", length).isFalse();
      ParseError error = result.error();
      assertThat(error.kind())
          .as("error kind at length %d", length)
          .isEqualTo(ParseError.Kind.TRUNCATED);
      assertThat(error.field())
          .as("field named at length %d", length)
          .isEqualTo(fieldOfByte.get(length));
      assertThat(error.message()).contains(error.field()).contains("truncated");
    }
  }

  /**
   * Parses every prefix of {@code whole} (length 0 to {@code whole.length - 1}) and checks that
   * none throws and each either parses or names a field in its error.
   */
  public static void assertNoPrefixThrows(Parser parser, byte[] whole) {
    for (int length = 0; length < whole.length; length++) {
      ParseResult<?> result = parser.parse(whole, 0, length);
      if (!result.isOk()) {
        assertThat(result.error().field()).as("field named at length %d", length).isNotBlank();
      }
    }
  }
}
