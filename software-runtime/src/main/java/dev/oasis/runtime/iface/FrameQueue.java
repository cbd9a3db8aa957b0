package dev.oasis.runtime.iface;

import io.netty.buffer.ByteBuf;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A bounded single-producer, single-consumer queue of frames in preallocated slots.
 *
 * <p>The producer (a Netty event loop) copies each frame into the next free slot, or counts it as
 * dropped when all slots are full; the consumer (the thread calling {@code receive}) copies frames
 * out into a batch and may park until one arrives. Neither side allocates or takes a lock.
 * Positions only grow: slot {@code p % capacity} holds the frame at position {@code p}.
 */
final class FrameQueue {

  private final byte[][] slots;
  private final int[] lengths;
  private final long[] timestamps;
  private final AtomicLong head = new AtomicLong();
  private final AtomicLong tail = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private volatile Thread waiter;

  /** {@code capacity} slots of {@code slotBytes} bytes. */
  FrameQueue(int capacity, int slotBytes) {
    this.slots = new byte[capacity][slotBytes];
    this.lengths = new int[capacity];
    this.timestamps = new long[capacity];
  }

  /** Producer: copies a frame in; false (and counted as dropped) when the queue is full. */
  boolean offer(ByteBuf frame, int length, long timestampNanos) {
    long position = tail.get();
    if (position - head.get() == slots.length) {
      dropped.incrementAndGet();
      return false;
    }
    int slot = (int) (position % slots.length);
    frame.getBytes(frame.readerIndex(), slots[slot], 0, length);
    lengths[slot] = length;
    timestamps[slot] = timestampNanos;
    tail.lazySet(position + 1);

    Thread parked = waiter;
    if (parked != null) {
      LockSupport.unpark(parked);
    }
    return true;
  }

  /** Producer: counts a frame dropped before it reached the queue. */
  void drop() {
    dropped.incrementAndGet();
  }

  /**
   * Consumer: moves queued frames into {@code batch} (as {@code port}) until the queue is empty or
   * the batch is full. A frame longer than the batch buffer is taken out and not moved.
   *
   * @param counts receives, added, the bytes moved at index 0 and the frames too long at index 1
   * @return the frames moved
   */
  int drainTo(PacketBatch batch, int port, long[] counts) {
    long position = head.get();
    long end = tail.get();
    int moved = 0;
    while (position < end && !batch.isFull()) {
      int slot = (int) (position % slots.length);
      int length = lengths[slot];
      if (length > batch.bufferBytes()) {
        counts[1]++;
      } else {
        batch.add(slots[slot], 0, length, port, timestamps[slot]);
        counts[0] += length;
        moved++;
      }
      position++;
    }
    head.lazySet(position);
    return moved;
  }

  /** Consumer: parks up to {@code nanos} unless a frame is queued. */
  void awaitFrame(long nanos) {
    waiter = Thread.currentThread();
    try {
      if (tail.get() == head.get()) {
        LockSupport.parkNanos(this, nanos);
      }
    } finally {
      waiter = null;
    }
  }

  /** Frames dropped because the queue was full (or before reaching it). */
  long dropped() {
    return dropped.get();
  }
}
