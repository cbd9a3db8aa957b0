package dev.oasis.runtime.iface;

import java.util.concurrent.locks.StampedLock;

/**
 * Keeps native resources alive while calls use them: {@code receive} and {@code send} enter as
 * readers (they do not exclude each other), and {@code close} waits as the writer until no call is
 * inside, so a ring is never unmapped, nor a descriptor closed, under a running call. Entering
 * allocates nothing.
 */
final class CallGuard {

  private final StampedLock lock = new StampedLock();
  private final String name;
  private boolean closed;

  /** A guard for the interface called {@code name} in errors. */
  CallGuard(String name) {
    this.name = name;
  }

  /**
   * Enters a call.
   *
   * @return the stamp to pass to {@link #exit}
   * @throws IllegalStateException if the interface is closed
   */
  long enter() {
    long stamp = lock.readLock();
    if (closed) {
      lock.unlockRead(stamp);
      throw new IllegalStateException("interface " + name + " is closed");
    }
    return stamp;
  }

  /** Leaves a call entered with {@code stamp}. */
  void exit(long stamp) {
    lock.unlockRead(stamp);
  }

  /**
   * Waits until no call is inside and marks the interface closed; then runs {@code release} once.
   * Later calls of this method do nothing.
   */
  <E extends Exception> void close(Release<E> release) throws E {
    long stamp = lock.writeLock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      release.run();
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  /** Frees what a closing interface holds. */
  @FunctionalInterface
  interface Release<E extends Exception> {
    /** Frees the resources. */
    void run() throws E;
  }
}
