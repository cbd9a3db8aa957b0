package dev.oasis.compiler.interp;

import dev.oasis.compiler.Compiler;
import dev.oasis.compiler.ir.IrProgram;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's examples/ directory, found from the module's working directory. */
final class Examples {
  private Examples() {}

  static Path dir(String name) {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("examples").resolve(name);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no examples/" + name + " above " + here);
  }

  static IrProgram compile(Path file) {
    return Harness.checked(new Compiler().compile(file));
  }
}
