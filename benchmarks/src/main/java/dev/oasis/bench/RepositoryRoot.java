package dev.oasis.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the Oasis checkout whose examples the benchmarks compile: the directory named by the system
 * property {@value #PROPERTY} (scripts/bench sets it), else the nearest directory at or above the
 * working directory that holds {@code examples/l3-router/router.oasis}.
 */
public final class RepositoryRoot {
  private RepositoryRoot() {}

  /** The system property that names the checkout. */
  public static final String PROPERTY = "oasis.root";

  private static final String MARKER = "examples/l3-router/router.oasis";

  /**
   * The checkout's root directory.
   *
   * @throws IllegalStateException if neither the property nor the working directory lead to one
   */
  public static Path find() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null) {
      Path root = Path.of(configured).toAbsolutePath().normalize();
      if (!Files.isRegularFile(root.resolve(MARKER))) {
        throw new IllegalStateException(
            "-D%s=%s is not an Oasis checkout; expected %s under it"
                .formatted(PROPERTY, configured, MARKER));
      }
      return root;
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(MARKER))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no Oasis checkout at or above %s (looked for %s); run from the checkout or pass -D%s=DIR"
            .formatted(start, MARKER, PROPERTY));
  }
}
