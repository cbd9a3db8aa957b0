package dev.oasis.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The programs whose compile time is measured, by the names that the benchmarks and scripts/bench
 * report: an example by its directory name ({@code l3-router} is the one {@code .oasis} file in
 * {@code examples/l3-router}), and {@value #GENERATED}, the program of {@value #GENERATED_TABLES}
 * tables from {@link GeneratedPrograms}.
 */
public final class BenchmarkPrograms {
  private BenchmarkPrograms() {}

  /** The name of the generated program. */
  public static final String GENERATED = "generated-200";

  /** The number of tables of the generated program. */
  public static final int GENERATED_TABLES = 200;

  /**
   * The source file of the program called {@code name}: an example under {@code root}, or the
   * generated program, written to a new file in {@code scratch}.
   *
   * @throws IllegalArgumentException if no example has that name, or its directory does not hold
   *     exactly one program
   */
  public static Path file(String name, Path root, Path scratch) {
    if (name.equals(GENERATED)) {
      return writeGenerated(scratch);
    }
    Path dir = root.resolve("examples").resolve(name);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "no example is called '" + name + "'; expected a directory " + dir);
    }
    List<Path> programs;
    try (Stream<Path> files = Files.list(dir)) {
      programs = files.filter(f -> f.toString().endsWith(".oasis")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    if (programs.size() != 1) {
      throw new IllegalArgumentException(
          dir + " holds " + programs.size() + " .oasis files; expected exactly one");
    }
    return programs.get(0);
  }

  private static Path writeGenerated(Path scratch) {
    Path file = scratch.resolve(GENERATED + ".oasis");
    try {
      Files.writeString(
          file, GeneratedPrograms.withTables(GENERATED_TABLES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the generated program to " + file, e);
    }
    return file;
  }
}
