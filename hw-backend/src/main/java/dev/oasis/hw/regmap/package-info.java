/**
 * Register maps of lowered programs: {@link dev.oasis.hw.regmap.RegisterMap} (the layout) and
 * {@link dev.oasis.hw.regmap.RegisterMapWriter} (JSON, a C header, Markdown). May depend on the
 * compiler's IR and printer, {@code hcl} and {@code lib}.
 */
package dev.oasis.hw.regmap;
