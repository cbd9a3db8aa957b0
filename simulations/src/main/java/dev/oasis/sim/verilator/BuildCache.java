package dev.oasis.sim.verilator;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * A directory of finished builds, one subdirectory per content hash.
 *
 * <p>An entry is built in a temporary sibling directory and renamed into place when complete, so an
 * entry that exists is whole. Builds of the same key are serialised by a lock held in this JVM and
 * by a file lock ({@code KEY.lock}) across processes; the second builder finds the entry done.
 * Waiting for a lock is bounded: a build that holds it too long is reported, not waited on forever.
 *
 * <p>The directory is {@code oasis.sim.cache} (system property), else {@code OASIS_SIM_CACHE}
 * (environment), else {@code ~/.cache/oasis/verilator}. Entries are never removed automatically;
 * deleting the directory is always safe when no build runs.
 */
final class BuildCache {

  /** System property naming the cache directory. */
  static final String PROPERTY = "oasis.sim.cache";

  /** Environment variable naming the cache directory. */
  static final String ENVIRONMENT = "OASIS_SIM_CACHE";

  private static final Duration LOCK_POLL = Duration.ofMillis(100);
  private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  /** Fills a new entry's directory; throws to abandon it. */
  interface Filler {
    void fill(Path directory) throws IOException;
  }

  private final Path root;

  BuildCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The directory chosen by the property, the environment or the default, in that order. */
  static Path defaultDirectory() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String environment = System.getenv(ENVIRONMENT);
    if (environment != null && !environment.isBlank()) {
      return Path.of(environment);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "oasis", "verilator");
  }

  Path root() {
    return root;
  }

  /** The entry's directory, whether or not it exists yet. */
  Path entry(String key) {
    return root.resolve(key);
  }

  /** Whether the entry is complete. */
  boolean contains(String key) {
    return Files.isDirectory(entry(key));
  }

  /**
   * Returns the entry for {@code key}, filling it first if it is missing.
   *
   * @param lockWait how long to wait for another build of the same key
   * @return true when this call built the entry, false when it was there
   */
  boolean getOrFill(String key, Duration lockWait, Filler filler) {
    if (contains(key)) {
      return false;
    }
    createRoot();
    Path lockFile = root.resolve(key + ".lock");
    ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, p -> new ReentrantLock());
    try {
      if (!jvmLock.tryLock(lockWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw lockTimeout(key, lockWait, lockFile);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VerilatorBuildException(BuildStep.CACHE, "interrupted waiting for " + lockFile, e);
    }
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = acquire(channel, key, lockWait, lockFile)) {
      if (contains(key)) {
        return false;
      }
      fill(key, filler);
      return true;
    } catch (IOException e) {
      throw new VerilatorBuildException(
          BuildStep.CACHE, "cannot lock " + lockFile + ": " + e.getMessage(), e);
    } finally {
      jvmLock.unlock();
    }
  }

  private void fill(String key, Filler filler) throws IOException {
    Path temporary = root.resolve(key + ".tmp-" + UUID.randomUUID());
    Files.createDirectories(temporary);
    boolean moved = false;
    try {
      filler.fill(temporary);
      moveIntoPlace(temporary, entry(key));
      moved = true;
    } finally {
      if (!moved) {
        deleteTree(temporary);
      }
    }
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      throw new VerilatorBuildException(
          BuildStep.CACHE, "cannot move " + temporary + " into place as " + target, e);
    }
  }

  private static FileLock acquire(FileChannel channel, String key, Duration wait, Path lockFile)
      throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
      if (System.nanoTime() > deadline) {
        throw lockTimeout(key, wait, lockFile);
      }
      try {
        Thread.sleep(LOCK_POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new VerilatorBuildException(
            BuildStep.CACHE, "interrupted waiting for " + lockFile, e);
      }
    }
  }

  private static VerilatorBuildException lockTimeout(String key, Duration wait, Path lockFile) {
    return new VerilatorBuildException(
        BuildStep.CACHE,
        "another build of "
            + key
            + " held "
            + lockFile
            + " for more than "
            + wait.toSeconds()
            + " s; it may be hung");
  }

  private void createRoot() {
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new VerilatorBuildException(
          BuildStep.CACHE, "cannot create cache directory " + root + ": " + e.getMessage(), e);
    }
  }

  /** Deletes a directory tree; used for abandoned entries and scratch directories. */
  static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
