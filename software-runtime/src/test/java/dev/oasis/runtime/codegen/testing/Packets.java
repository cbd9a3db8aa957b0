package dev.oasis.runtime.codegen.testing;

import dev.oasis.compiler.interp.InputFrame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Frames for differential runs: given seed frames, every truncation, byte mutations at every
 * offset, random bytes of many lengths and the boundary sizes around Ethernet's minimum and the
 * program's largest frame. Ports and timestamps are random (seeded), timestamps mostly increasing
 * with some repeats and steps back, so that map expiry sees every case.
 */
public final class Packets {
  private final Random random;
  private final int ports;
  private long clock = 1_000;
  private final List<InputFrame> frames = new ArrayList<>();

  public Packets(long seed, int ports) {
    this.random = new Random(seed);
    this.ports = ports;
  }

  public List<InputFrame> frames() {
    return frames;
  }

  /** Seed frames written as hex, one per line; spaces are ignored and '#' starts a comment. */
  public static List<byte[]> parseHex(String text) {
    List<byte[]> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String hex = line.replaceAll("#.*", "").replace(" ", "").strip();
      if (!hex.isEmpty()) {
        out.add(HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : hex + "0"));
      }
    }
    return out;
  }

  public Packets add(byte[] frame) {
    int step = random.nextInt(10);
    clock += step < 6 ? random.nextInt(20) : step < 8 ? 0 : step < 9 ? -random.nextInt(30) : 400;
    frames.add(new InputFrame(random.nextInt(ports), clock, frame));
    return this;
  }

  /** The seeds themselves, each twice (state changes show on the second). */
  public Packets seeds(List<byte[]> seeds) {
    for (byte[] s : seeds) {
      add(s);
      add(s);
    }
    return this;
  }

  /** Every prefix of every seed, the empty frame included. */
  public Packets truncations(List<byte[]> seeds) {
    for (byte[] s : seeds) {
      for (int n = 0; n < s.length; n++) {
        add(Arrays.copyOf(s, n));
      }
    }
    return this;
  }

  /** Each seed with each byte set to 0x00, 0xff and a random value in turn. */
  public Packets mutations(List<byte[]> seeds) {
    for (byte[] s : seeds) {
      for (int i = 0; i < s.length; i++) {
        for (int v : new int[] {0x00, 0xff, random.nextInt(256)}) {
          byte[] m = s.clone();
          m[i] = (byte) v;
          add(m);
        }
      }
    }
    return this;
  }

  /** {@code count} frames of random bytes, 0 to {@code maxLength} long. */
  public Packets random(int count, int maxLength) {
    for (int i = 0; i < count; i++) {
      byte[] f = new byte[random.nextInt(maxLength + 1)];
      random.nextBytes(f);
      add(f);
    }
    return this;
  }

  /** A seed grown or cut to the sizes around 14, 60 and {@code maxFrame}. */
  public Packets boundarySizes(byte[] seed, int maxFrame) {
    for (int n :
        new int[] {0, 1, 13, 14, 15, 59, 60, 61, 64, maxFrame - 1, maxFrame, maxFrame + 1}) {
      byte[] f = new byte[Math.max(0, n)];
      for (int i = 0; i < f.length; i++) {
        f[i] = i < seed.length ? seed[i] : (byte) random.nextInt(256);
      }
      add(f);
    }
    return this;
  }
}
