package dev.oasis.sim.equiv;

import static dev.oasis.sim.equiv.DifferentialHarness.frame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.InputFrame;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checksums verified and updated, and register arrays carrying state from frame to frame: the
 * interpreter and the pipeline agree.
 */
class StatefulDifferentialTest {

  static final String CHECKSUM_ROUTER =
      """
      import std.ethernet;
      header Ip4 {
          bit<4> version; bit<4> ihl; bit<8> tos; bit<16> total_len; bit<16> id;
          bit<3> flags; bit<13> frag; bit<8> ttl; bit<8> protocol; bit<16> csum;
          bit<32> src; bit<32> dst;
      }
      header Odd { bit<8> a; bit<16> b; }
      config { ports = 2; max_frame = 256; }
      headers { Ethernet eth; Ip4 ip; Odd odd; }
      metadata { bit<16> check; }
      parser {
          state start {
              extract(eth);
              transition select (eth.ethertype) { 0x0800: ipv4; 0x88b6: odd; default: accept; }
          }
          state ipv4 { extract(ip); transition accept; }
          state odd { extract(odd); transition accept; }
      }
      control {
          if (odd.isValid()) {
              odd.b = csum16(eth.ethertype, odd.a ++ 8w0, odd);
              reply();
              return;
          }
          if (!ip.isValid()) { drop(); return; }
          if (csum16(ip) != 0) { punt(16w99); return; }
          if (ip.ttl <= 1) { punt(16w2); return; }
          bit<16> old = ip.ttl ++ ip.protocol;
          ip.ttl = ip.ttl - 1;
          ip.csum = csum16_update(ip.csum, old, ip.ttl ++ ip.protocol);
          meta.check = csum16(ip);
          if (meta.check == 0) { forward(1); } else { forward(0); }
      }
      """;

  @ParameterizedTest
  @ValueSource(ints = {8, 64})
  void checksumsAreVerifiedAndUpdated(int dataWidth) {
    String eth = "0200000000aa 020000000001 0800";
    List<InputFrame> frames = new ArrayList<>();
    Random random = new Random(99);
    for (int i = 0; i < 30; i++) {
      String ip =
          String.format(
              "45%02x %04x %04x 4000 %02x%02x 0000 %08x %08x",
              random.nextInt(256),
              20 + random.nextInt(100),
              random.nextInt(65536),
              random.nextInt(4) == 0 ? random.nextInt(2) : random.nextInt(256),
              random.nextInt(256),
              random.nextInt(),
              random.nextInt());
      byte[] f = frame(eth + ip, 34 + random.nextInt(60));
      if (i % 5 != 0) {
        withIpv4Checksum(f);
      }
      frames.add(new InputFrame(random.nextInt(2), i, f));
    }
    frames.add(new InputFrame(0, 40, frame("0200000000aa 020000000001 88b6 7f 1234", 40)));
    frames.add(new InputFrame(1, 41, frame("0200000000aa 020000000001 88b6 ff ffff", 17)));
    DifferentialHarness.Outcome o =
        DifferentialHarness.compare(
            "checksum_router", CHECKSUM_ROUTER, dataWidth, List.of(), frames, 3);
    assertThat(o.punted()).as(o.results().toString()).isGreaterThanOrEqualTo(6);
    assertThat(o.forwarded()).isGreaterThanOrEqualTo(20);
  }

  /** Writes the RFC 791 header checksum of the IPv4 header at bytes 14..33. */
  private static void withIpv4Checksum(byte[] f) {
    f[24] = 0;
    f[25] = 0;
    long sum = 0;
    for (int i = 14; i < 34; i += 2) {
      sum += ((f[i] & 0xff) << 8) | (f[i + 1] & 0xff);
    }
    while ((sum >> 16) != 0) {
      sum = (sum & 0xffff) + (sum >> 16);
    }
    int csum = (int) (~sum & 0xffff);
    f[24] = (byte) (csum >> 8);
    f[25] = (byte) csum;
  }

  static final String REGISTERS =
      """
      import std.ethernet;
      config { ports = 3; max_frame = 200; }
      headers { Ethernet eth; }
      register<bit<8>> seq[2];
      register<bit<40>> last[3];
      parser { state start { extract(eth); transition accept; } }
      control {
          bit<8> n = seq.read(packet.ingress_port);
          seq.write(packet.ingress_port, n + 1);
          eth.ethertype = 8w0 ++ seq.read(packet.ingress_port);
          if (last.read(2) == (bit<40>) packet.length) { punt(16w30); return; }
          last.write(2, (bit<40>) packet.length);
          last.write(packet.ingress_port, last.read(packet.ingress_port) + 40w0x100000001);
          forward((packet.ingress_port + 1) % 4);
      }
      """;

  @ParameterizedTest
  @ValueSource(ints = {32})
  void registersCarryStateFromFrameToFrame(int dataWidth) {
    Random random = new Random(5);
    List<InputFrame> frames = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int length = i % 7 == 3 ? frames.get(i - 1).bytes().length : 10 + random.nextInt(100);
      frames.add(
          new InputFrame(random.nextInt(3), i, frame("0200000000aa 020000000001 0800", length)));
    }
    DifferentialHarness.Outcome o =
        DifferentialHarness.compare(
            "registers",
            REGISTERS,
            dataWidth,
            List.of(),
            List.of(
                new DifferentialHarness.RegisterWrite("seq", 1, BigInteger.valueOf(250)),
                new DifferentialHarness.RegisterWrite(
                    "last", 0, BigInteger.valueOf(0xff00000000L))),
            frames,
            17);
    assertThat(o.punted()).as(o.results().toString()).isEqualTo(3);
    assertThat(o.counterCells()).isEqualTo(5);
  }
}
