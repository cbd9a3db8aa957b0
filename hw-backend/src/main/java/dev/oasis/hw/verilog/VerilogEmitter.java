package dev.oasis.hw.verilog;

import dev.oasis.hw.hcl.Component;
import dev.oasis.hw.hcl.Design;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Emits an elaborated {@link Design} as Verilog-2005, one module per file named {@code
 * module_name.v}. The output depends only on the design: the same design gives the same bytes, with
 * no timestamp and no path of the machine it ran on.
 */
public final class VerilogEmitter {

  private VerilogEmitter() {}

  /**
   * The files of {@code design}, by file name, in name order.
   *
   * @throws IllegalStateException when two different components share a module name
   */
  public static Map<String, String> emit(Design design) {
    Map<String, String> files = new TreeMap<>();
    for (Component c : design.components()) {
      files.put(fileName(c), module(c));
    }
    for (Component c : design.namesakes()) {
      if (!module(c).equals(files.get(fileName(c)))) {
        throw new IllegalStateException(
            "two different components are named '"
                + c.moduleName()
                + "'; give each configuration its own module name");
      }
    }
    return files;
  }

  /** The text of one module; the component must have been elaborated. */
  public static String module(Component c) {
    if (c.phase() != Component.Phase.CHECKED) {
      throw new IllegalStateException(
          "component '"
              + c.moduleName()
              + "' is in phase "
              + c.phase()
              + ", expected CHECKED (elaborate the design first)");
    }
    return new ModuleWriter(c).write();
  }

  /** {@code module_name.v}. */
  public static String fileName(Component c) {
    return c.moduleName() + ".v";
  }

  /** Writes the files of {@code design} into {@code dir} (created if needed); returns them. */
  public static List<Path> write(Design design, Path dir) {
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (var file : emit(design).entrySet()) {
        Path p = dir.resolve(file.getKey());
        Files.writeString(p, file.getValue(), StandardCharsets.UTF_8);
        written.add(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Verilog to " + dir + ": " + e.getMessage(), e);
    }
    return written;
  }
}
