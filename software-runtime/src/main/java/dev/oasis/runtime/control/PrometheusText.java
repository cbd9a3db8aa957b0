package dev.oasis.runtime.control;

import java.util.regex.Pattern;

/**
 * Writes metrics in the Prometheus text exposition format, version 0.0.4: for each metric family a
 * {@code # HELP} and a {@code # TYPE} line, then its samples as {@code name{label="value"} number}.
 * Names must match {@code [a-zA-Z_:][a-zA-Z0-9_:]*} and label names {@code [a-zA-Z_][a-zA-Z0-9_]*}
 * (checked); label values escape backslash, double quote and newline.
 */
final class PrometheusText {
  /** The content type of this format. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private final StringBuilder out = new StringBuilder();
  private String family;

  /** Starts a family: {@code type} is {@code counter} or {@code gauge}. */
  PrometheusText family(String name, String type, String help) {
    if (!METRIC_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("metric name '" + name + "' is not a valid name");
    }
    family = name;
    out.append("# HELP ").append(name).append(' ').append(escapeHelp(help)).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    return this;
  }

  /** A sample of the current family; {@code labels} alternate names and values. */
  PrometheusText sample(String value, String... labels) {
    out.append(family);
    if (labels.length > 0) {
      out.append('{');
      for (int i = 0; i < labels.length; i += 2) {
        if (!LABEL_NAME.matcher(labels[i]).matches()) {
          throw new IllegalArgumentException("label name '" + labels[i] + "' is not a valid name");
        }
        out.append(i == 0 ? "" : ",").append(labels[i]).append("=\"");
        out.append(escapeLabel(labels[i + 1])).append('"');
      }
      out.append('}');
    }
    out.append(' ').append(value).append('\n');
    return this;
  }

  /** A sample whose value is an unsigned 64-bit count. */
  PrometheusText sample(long unsignedCount, String... labels) {
    return sample(Long.toUnsignedString(unsignedCount), labels);
  }

  String text() {
    return out.toString();
  }

  private static String escapeLabel(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static String escapeHelp(String help) {
    return help.replace("\\", "\\\\").replace("\n", "\\n");
  }
}
