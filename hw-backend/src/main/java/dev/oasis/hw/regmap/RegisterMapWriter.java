package dev.oasis.hw.regmap;

import dev.oasis.hw.lib.AxiLiteRegisterBlock;
import dev.oasis.hw.lib.RegisterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link RegisterMap} as JSON (for tools and drivers), a C header (offsets as {@code
 * #define}s) and Markdown (for people). All three list the header registers first; none carries a
 * timestamp, so the same program always gives the same bytes.
 */
public final class RegisterMapWriter {
  private RegisterMapWriter() {}

  /** The header registers and then the map's own, in offset order. */
  static List<RegisterSpec> all(RegisterMap map) {
    List<RegisterSpec> all = new ArrayList<>();
    all.add(
        RegisterSpec.constant("magic", 0x00, AxiLiteRegisterBlock.MAGIC, "0x4f415349, \"OASI\""));
    all.add(RegisterSpec.constant("version", 0x04, RegisterMap.VERSION, "register-map version"));
    all.add(
        RegisterSpec.constant(
            "id", 0x08, map.programHash(), "program hash: CRC-32 of the IR printer's text"));
    int size = AxiLiteRegisterBlock.FIRST_OFFSET;
    for (RegisterSpec r : map.registers()) {
      size = Math.max(size, r.offset() + 4);
    }
    all.add(RegisterSpec.constant("size", 0x0c, size, "size of the register map in bytes"));
    all.addAll(map.registers());
    return all;
  }

  public static String json(RegisterMap map) {
    StringBuilder b = new StringBuilder();
    b.append("{\n");
    b.append("  \"program\": \"").append(escape(map.programName())).append("\",\n");
    b.append("  \"version\": ").append(RegisterMap.VERSION).append(",\n");
    b.append(String.format(Locale.ROOT, "  \"programHash\": \"0x%08x\",\n", map.programHash()));
    b.append("  \"registers\": [\n");
    List<RegisterSpec> all = all(map);
    for (int i = 0; i < all.size(); i++) {
      RegisterSpec r = all.get(i);
      b.append(
          String.format(
              Locale.ROOT,
              "    {\"name\": \"%s\", \"offset\": \"0x%04x\", \"access\": \"%s\", \"width\": %d,"
                  + " \"description\": \"%s\"}%s\n",
              r.name(),
              r.offset(),
              access(r),
              r.width(),
              escape(r.description()),
              i + 1 < all.size() ? "," : ""));
    }
    b.append("  ]\n}\n");
    return b.toString();
  }

  public static String cHeader(RegisterMap map) {
    String guard =
        "OASIS_REGMAP_" + RegisterMap.prefix(map.programName()).toUpperCase(Locale.ROOT) + "_H";
    StringBuilder b = new StringBuilder();
    b.append("/* Register map of Oasis program ")
        .append(map.programName())
        .append(" (generated). */\n");
    b.append("#ifndef ").append(guard).append("\n#define ").append(guard).append("\n\n");
    b.append(
        String.format(Locale.ROOT, "#define OASIS_PROGRAM_HASH 0x%08xu\n\n", map.programHash()));
    for (RegisterSpec r : all(map)) {
      b.append(
          String.format(
              Locale.ROOT,
              "#define OASIS_REG_%s 0x%04xu /* %s, %d bits: %s */\n",
              r.name().toUpperCase(Locale.ROOT),
              r.offset(),
              access(r),
              r.width(),
              r.description().replace("*/", "* /")));
    }
    b.append("\n#endif /* ").append(guard).append(" */\n");
    return b.toString();
  }

  public static String markdown(RegisterMap map) {
    StringBuilder b = new StringBuilder();
    b.append("# Register map of ").append(map.programName()).append("\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "Program hash 0x%08x, version %d. ",
            map.programHash(),
            RegisterMap.VERSION));
    b.append("32-bit word-aligned AXI-Lite registers. To write a table entry, fill the table's");
    b.append(" window (index, key, action, parameters, valid) and write its commit register.\n\n");
    b.append("| offset | name | access | width | description |\n");
    b.append("|---|---|---|---|---|\n");
    for (RegisterSpec r : all(map)) {
      b.append(
          String.format(
              Locale.ROOT,
              "| 0x%04x | %s | %s | %d | %s |\n",
              r.offset(),
              r.name(),
              access(r),
              r.width(),
              r.description().replace("|", "\\|")));
    }
    return b.toString();
  }

  private static String access(RegisterSpec r) {
    return switch (r.access()) {
      case RO -> "ro";
      case RW -> r.writeStrobe() ? "wo-strobe" : "rw";
      case CONST -> "const";
    };
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
