package dev.oasis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link GeneratedPrograms#withTables} to a file, so that scripts can time the CLI on it.
 *
 * <pre>{@code
 * java -cp benchmarks/target/oasis-benchmarks.jar dev.oasis.bench.GenerateProgram 200 t200.oasis
 * }</pre>
 */
public final class GenerateProgram {
  private GenerateProgram() {}

  /** Arguments: the number of tables (1 or more) and the file to write. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: GenerateProgram TABLES FILE");
      System.exit(2);
    }
    int tables;
    try {
      tables = Integer.parseInt(args[0]);
    } catch (NumberFormatException e) {
      tables = 0;
    }
    if (tables < 1) {
      System.err.println(
          "GenerateProgram: table count '" + args[0] + "' is not valid; expected 1 or more");
      System.exit(2);
    }
    try {
      Files.writeString(
          Path.of(args[1]), GeneratedPrograms.withTables(tables), StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("GenerateProgram: cannot write " + args[1] + ": " + e.getMessage());
      System.exit(1);
    }
  }
}
