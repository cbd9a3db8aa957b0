package dev.oasis.runtime.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.Checksums;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The incremental Internet checksum against RFC 1071's example and the whole-buffer computation,
 * RFC 1624's update, and the map hash against {@link CRC32}.
 */
class ChecksumAndCrcTest {
  private final Random random = new Random(3);

  @Test
  void rfc1071ExampleSumsToTheDocumentedValue() {
    // RFC 1071 section 3: the words 0001 f203 f4f5 f6f7 sum to ddf2 (one's complement).
    byte[] data = HexFormat.of().parseHex("0001f203f4f5f6f7");
    assertThat(Csum.finish(Csum.addBytes(0, data, 0, data.length))).isEqualTo(~0xddf2 & 0xffff);
  }

  @Test
  void piecesOfAnyLengthGiveTheChecksumOfTheWhole() {
    for (int round = 0; round < 2000; round++) {
      byte[] data = new byte[random.nextInt(80)];
      random.nextBytes(data);
      long sum = 0;
      int at = 0;
      while (at < data.length) {
        int n = Math.min(data.length - at, random.nextInt(7));
        if (random.nextBoolean() && n > 0 && n <= 8) {
          sum = Csum.addValue(sum, Bits.uN(data, at, n), n);
        } else {
          sum = Csum.addBytes(sum, data, at, n);
        }
        at += n;
      }
      assertThat(Csum.finish(sum)).isEqualTo(Checksums.csum16(data));
    }
  }

  @Test
  void wideValuesAddTheirBytesBigEndian() {
    byte[] data = new byte[16];
    random.nextBytes(data);
    for (int n = 9; n <= 16; n++) {
      byte[] tail = Arrays.copyOfRange(data, 16 - n, 16);
      long sum = Csum.addWide(0, Bits.u64(data, 0), Bits.u64(data, 8), n);
      assertThat(Csum.finish(sum)).isEqualTo(Checksums.csum16(tail));
    }
  }

  @Test
  void incrementalUpdateFollowsRfc1624() {
    // RFC 1624 section 4: HC = 0xdd2f, m = 0x5555 becomes m' = 0x3285 gives HC' = 0x0000.
    assertThat(Csum.update(0xdd2f, 0x5555, 0x3285, 1)).isZero();
    for (int round = 0; round < 2000; round++) {
      int words = 1 + random.nextInt(8);
      byte[] old = new byte[words * 2];
      byte[] neu = new byte[words * 2];
      random.nextBytes(old);
      random.nextBytes(neu);
      int hc = random.nextInt(0x10000);
      long expected = Checksums.csum16Update(hc, old, neu);
      if (words <= 4) {
        assertThat(Csum.update(hc, Bits.uN(old, 0, old.length), Bits.uN(neu, 0, neu.length), words))
            .isEqualTo(expected);
      } else {
        byte[] o = new byte[16];
        byte[] n = new byte[16];
        System.arraycopy(old, 0, o, 16 - old.length, old.length);
        System.arraycopy(neu, 0, n, 16 - neu.length, neu.length);
        assertThat(
                Csum.updateWide(
                    hc, Bits.u64(o, 0), Bits.u64(o, 8), Bits.u64(n, 0), Bits.u64(n, 8), words))
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void mapHashIsCrc32OverTheKeyBytes() {
    for (int round = 0; round < 5000; round++) {
      int n = 1 + random.nextInt(16);
      byte[] key = new byte[n];
      random.nextBytes(key);
      byte[] padded = new byte[16];
      System.arraycopy(key, 0, padded, 16 - n, n);
      CRC32 crc = new CRC32();
      crc.update(key);
      assertThat(Crc32.ofKey(Bits.u64(padded, 0), Bits.u64(padded, 8), n))
          .isEqualTo(crc.getValue());
    }
  }
}
