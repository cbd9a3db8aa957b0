package dev.oasis.compiler.gen;

import java.util.HexFormat;
import java.util.List;

/**
 * What the parser model expects for one frame: the states visited with the case each select took,
 * the parse-error code, and the bytes the deparser emits followed by the payload when the packet is
 * forwarded unchanged. {@code oversize} frames are dropped before parsing; when {@code exact} is
 * false the parser used an expression outside the model and only {@code oversize} is known.
 *
 * @param steps visited states as {@code name} or {@code name#case} ({@code #nomatch} for none)
 * @param errorCode {@code packet.parse_error}: 0, or the code of the failure
 * @param validHeaders the header instances valid after parsing ({@code name} or {@code name[i]})
 * @param deparsed the valid headers in deparser order followed by the payload
 */
public record ParseOutcome(
    boolean oversize,
    boolean exact,
    List<String> steps,
    int errorCode,
    List<String> validHeaders,
    byte[] deparsed) {

  public ParseOutcome {
    steps = List.copyOf(steps);
    validHeaders = List.copyOf(validHeaders);
  }

  @Override
  public byte[] deparsed() {
    return deparsed == null ? null : deparsed.clone();
  }

  @Override
  public String toString() {
    if (oversize) {
      return "oversize";
    }
    return String.join("->", steps)
        + " error "
        + errorCode
        + " valid "
        + validHeaders
        + (deparsed == null ? "" : " out " + HexFormat.of().formatHex(deparsed));
  }
}
