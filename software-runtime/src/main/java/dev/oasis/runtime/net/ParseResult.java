package dev.oasis.runtime.net;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of a parser: either the parsed value ({@link Ok}) or the reason it was refused
 * ({@link Failed}). Parsers return this instead of throwing, so that bad input is an ordinary,
 * countable case.
 *
 * <pre>{@code
 * ParseResult<Ipv4Header> parsed = Ipv4Header.parse(frame, 14, frame.length - 14);
 * if (parsed instanceof ParseResult.Failed<Ipv4Header> failed) {
 *   log.debug("dropped: {}", failed.error().message());
 * }
 * }</pre>
 *
 * @param <T> the type of the parsed value
 */
public sealed interface ParseResult<T> {

  /** A successful parse. */
  record Ok<T>(T value) implements ParseResult<T> {
    /** Checks that the value is not null. */
    public Ok {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean isOk() {
      return true;
    }

    @Override
    public ParseError error() {
      throw new IllegalStateException("parse succeeded, there is no error");
    }
  }

  /** A refused input. */
  record Failed<T>(ParseError error) implements ParseResult<T> {
    /** Checks that the error is not null. */
    public Failed {
      Objects.requireNonNull(error, "error");
    }

    @Override
    public boolean isOk() {
      return false;
    }

    @Override
    public T value() {
      throw new IllegalStateException("parse failed: " + error.message());
    }

    /** The same failure, retyped, for passing an inner layer's failure up. */
    public <U> Failed<U> cast() {
      return new Failed<>(error);
    }
  }

  /** A successful result. */
  static <T> ParseResult<T> ok(T value) {
    return new Ok<>(value);
  }

  /** A failed result. */
  static <T> ParseResult<T> failed(ParseError error) {
    return new Failed<>(error);
  }

  /** Whether the parse succeeded. */
  boolean isOk();

  /**
   * The parsed value.
   *
   * @throws IllegalStateException with the error message if the parse failed
   */
  T value();

  /**
   * The reason the parse failed.
   *
   * @throws IllegalStateException if it succeeded
   */
  ParseError error();

  /** Applies {@code mapper} to a successful value; a failure passes through unchanged. */
  default <U> ParseResult<U> map(Function<? super T, ? extends U> mapper) {
    if (this instanceof Failed<T> failed) {
      return failed.cast();
    }
    return ok(mapper.apply(value()));
  }
}
