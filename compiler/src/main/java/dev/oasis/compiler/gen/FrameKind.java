package dev.oasis.compiler.gen;

/** How a {@link GeneratedFrame} was derived. */
public enum FrameKind {
  /** A frame built to follow one path of the parser graph, with a random payload. */
  PATH,
  /** A path frame with one field at 0, 1, max or max-1, or a variable field at 0, max, max+1. */
  BOUNDARY,
  /** A path frame cut at a byte inside one of its headers. */
  TRUNCATED,
  /** A path frame with random bit flips or byte replacements. */
  MUTATED,
  /** An empty or one-byte frame, or a frame of exactly {@code max_frame} or one byte more. */
  SIZE
}
