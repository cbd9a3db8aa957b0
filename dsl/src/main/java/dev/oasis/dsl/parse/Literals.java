package dev.oasis.dsl.parse;

import dev.oasis.dsl.ast.Expr;
import dev.oasis.dsl.ast.Expr.Radix;
import dev.oasis.dsl.ast.TypeRef;
import dev.oasis.dsl.diag.Span;
import dev.oasis.dsl.diag.SyntaxCodes;
import java.math.BigInteger;

/**
 * Decodes literal tokens into values: integers in decimal, hex and binary with '_' separators and
 * an optional width prefix ({@code 16w0x800}), IPv4 and MAC addresses, and strings with their
 * escapes. A malformed literal is reported and still yields a node, so that one bad literal does
 * not hide the rest of the file.
 */
final class Literals {
  private final SyntaxReporter reporter;

  Literals(SyntaxReporter reporter) {
    this.reporter = reporter;
  }

  /** An INT token: {@code 42}, {@code 0x0800}, {@code 0b1010_1010}, {@code 16w0x800}. */
  Expr.IntLit integer(String text, Span span) {
    Integer width = null;
    String body = text;
    int w = text.indexOf('w');
    if (w > 0) {
      String prefix = text.substring(0, w);
      body = text.substring(w + 1);
      width = width(prefix, text, span);
    }
    Radix radix;
    String digits;
    if (body.startsWith("0x")) {
      radix = Radix.HEX;
      digits = body.substring(2).replace("_", "");
    } else if (body.startsWith("0b")) {
      radix = Radix.BINARY;
      digits = body.substring(2).replace("_", "");
    } else {
      radix = Radix.DECIMAL;
      digits = body.replace("_", "");
    }
    BigInteger value = BigInteger.ZERO;
    if (digits.isEmpty()) {
      reporter.error(SyntaxCodes.NO_DIGITS, span, text, body.substring(0, 2));
    } else {
      value = new BigInteger(digits, radix == Radix.HEX ? 16 : radix == Radix.BINARY ? 2 : 10);
    }
    return new Expr.IntLit(value, width, radix, span);
  }

  private Integer width(String prefix, String literal, Span span) {
    BigInteger width = new BigInteger(prefix);
    if (width.signum() == 0) {
      reporter.error(SyntaxCodes.ZERO_WIDTH, span, literal);
      return null;
    }
    if (width.compareTo(BigInteger.valueOf(TypeRef.Bit.MAX_WIDTH)) > 0) {
      reporter.error(SyntaxCodes.WIDTH_TOO_LARGE, span, prefix, literal, TypeRef.Bit.MAX_WIDTH);
      return null;
    }
    return width.intValueExact();
  }

  /** An IPV4 token, {@code 10.0.0.1}, as a 32-bit value. */
  Expr.IntLit ipv4(String text, Span span) {
    BigInteger value = BigInteger.ZERO;
    boolean reported = false;
    for (String part : text.split("\\.")) {
      int octet = Integer.parseInt(part);
      if (octet > 255 && !reported) {
        reporter.error(SyntaxCodes.IPV4_OCTET, span, text);
        reported = true;
      }
      value = value.shiftLeft(8).or(BigInteger.valueOf(octet & 0xff));
    }
    return new Expr.IntLit(value, null, Radix.IPV4, span);
  }

  /** A MAC token, {@code 02:00:00:00:00:01}, as a 48-bit value. */
  Expr.IntLit mac(String text, Span span) {
    return new Expr.IntLit(new BigInteger(text.replace(":", ""), 16), null, Radix.MAC, span);
  }

  /** A STRING token with its quotes, unescaped; an unknown escape is reported and kept as is. */
  Expr.StringLit string(String text, Span span) {
    StringBuilder value = new StringBuilder();
    int end = text.length() - 1;
    for (int i = 1; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= end) {
        value.append(c);
        continue;
      }
      char escaped = text.charAt(++i);
      switch (escaped) {
        case '"':
          value.append('"');
          break;
        case '\\':
          value.append('\\');
          break;
        case 'n':
          value.append('\n');
          break;
        case 't':
          value.append('\t');
          break;
        default:
          int at = span.start() + i - 1;
          int length = Character.charCount(text.codePointAt(i)) + 1;
          reporter.error(
              SyntaxCodes.UNKNOWN_ESCAPE,
              new Span(span.file(), at, Math.min(at + length, span.end())),
              text.substring(i - 1, i - 1 + length));
          value.append(text, i - 1, i - 1 + length);
          i += length - 2;
      }
    }
    return new Expr.StringLit(value.toString(), span);
  }
}
