package dev.oasis.runtime.codegen;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's examples/ directory, found from the module's working directory. */
final class Repository {
  private Repository() {}

  static Path examples() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("examples");
      if (Files.isDirectory(candidate.resolve("l3-router"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("no examples/ above " + here);
  }
}
