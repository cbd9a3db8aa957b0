package dev.oasis.runtime.iface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PacketBatchTest {

  @Test
  void framesAreCopiedInWithLengthPortAndTimestamp() {
    PacketBatch batch = new PacketBatch(2, 64);
    byte[] frame = {1, 2, 3, 4, 5};

    assertThat(batch.add(frame, 1, 3, 7, 99L)).isZero();
    frame[1] = 0;

    assertThat(batch.size()).isEqualTo(1);
    assertThat(batch.copyOf(0)).containsExactly(2, 3, 4);
    assertThat(batch.port(0)).isEqualTo(7);
    assertThat(batch.timestampNanos(0)).isEqualTo(99L);
  }

  @Test
  void clearKeepsTheBuffers() {
    PacketBatch batch = new PacketBatch(1, 64);
    batch.add(new byte[] {1}, 0);
    byte[] buffer = batch.buffer(0);

    batch.clear();

    assertThat(batch.isEmpty()).isTrue();
    assertThat(batch.nextBuffer()).isSameAs(buffer);
  }

  @Test
  void badSizesAreRefusedByName() {
    assertThatThrownBy(() -> new PacketBatch(0, 2048))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch capacity 0 is below 1; expected 1 or more frames");
    assertThatThrownBy(() -> new PacketBatch(1, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch buffer size 13 is out of range; expected 14 to 65553 bytes");
  }

  @Test
  void aFullBatchRefusesMore() {
    PacketBatch batch = new PacketBatch(1, 64);
    batch.add(new byte[] {1}, 0);

    assertThat(batch.isFull()).isTrue();
    assertThatThrownBy(() -> batch.add(new byte[] {2}, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("batch is full at 1 frames");
  }

  @Test
  void framesLongerThanTheBufferAndBadPortsAreRefused() {
    PacketBatch batch = new PacketBatch(1, 64);

    assertThatThrownBy(() -> batch.add(new byte[65], 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frame length 65 is out of range; expected 0 to 64 bytes");
    assertThatThrownBy(() -> batch.add(new byte[1], 65_536))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port 65536 is out of range; expected 0 to 65535");
    assertThat(batch.isEmpty()).isTrue();
  }

  @Test
  void indexesBeyondTheSizeAreRefused() {
    PacketBatch batch = new PacketBatch(4, 64);
    batch.add(new byte[] {1}, 0);

    assertThatThrownBy(() -> batch.length(1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("frame index 1 is out of range; the batch holds 1 frames");
  }
}
