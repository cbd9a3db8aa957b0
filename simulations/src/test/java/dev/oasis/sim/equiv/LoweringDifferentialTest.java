package dev.oasis.sim.equiv;

import static dev.oasis.sim.equiv.DifferentialHarness.frame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.interp.InputFrame;
import dev.oasis.sim.equiv.DifferentialHarness.Entry;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Programs of the hardware subset run on the interpreter and on their Verilated pipeline give the
 * same frames, ports, drops, punts and counters, frame by frame.
 */
class LoweringDifferentialTest {

  static final String PORT_PATCH =
      """
      import std.ethernet;
      config { ports = 2; max_frame = 256; }
      headers { Ethernet eth; }
      counter seen[2];
      parser { state start { extract(eth); transition accept; } }
      control {
          seen.count(packet.ingress_port);
          if (packet.ingress_port == 0) { forward(1); } else { forward(0); }
      }
      """;

  private static final String ETH = "0200000000aa 0200000000bb 0800";

  @ParameterizedTest
  @ValueSource(ints = {8, 64})
  void portPatch(int dataWidth) {
    List<InputFrame> frames = new ArrayList<>();
    frames.add(new InputFrame(0, 1, frame(ETH, 60)));
    frames.add(new InputFrame(1, 2, frame(ETH, 14)));
    frames.add(new InputFrame(0, 3, frame(ETH, 13))); // tlast inside the Ethernet header
    frames.add(new InputFrame(1, 4, frame(ETH, 1)));
    frames.add(new InputFrame(0, 5, frame(ETH, 256))); // max_frame
    frames.add(new InputFrame(1, 6, frame(ETH, 257))); // one byte too long
    frames.add(new InputFrame(1, 7, frame(ETH, 61)));
    DifferentialHarness.Outcome o =
        DifferentialHarness.compare("port_patch", PORT_PATCH, dataWidth, List.of(), frames, 7);
    assertThat(o.forwarded()).isEqualTo(4);
    assertThat(o.dropped()).isEqualTo(3);
  }

  static final String L2_FORWARDER =
      """
      import std.ethernet;
      config { ports = 4; max_frame = 1518; }
      headers { Ethernet eth; }
      metadata { bit<16> out; }
      counter rx[4];
      counter tx[4];
      action to_port(bit<16> p) { meta.out = p; forward(p); }
      action to_host() { punt(16w20); }
      action discard() { drop(); }
      table mac {
          key { eth.dst: exact; }
          actions { to_port; to_host; discard; }
          default_action = to_host;
          size = 8;
          counters = true;
          entries { 0x0200000000ff: discard; 0x0200000000a4: to_port(1); }
      }
      parser { state start { extract(eth); transition accept; } }
      control {
          rx.count(packet.ingress_port);
          if (mac.apply().hit) {
              if (meta.out == packet.ingress_port) { drop(); return; }
              tx.count(meta.out);
          }
      }
      """;

  @ParameterizedTest
  @ValueSource(ints = {32, 64})
  void l2ForwarderWithAnExactMacTable(int dataWidth) {
    List<Entry> entries =
        List.of(
            entry("mac", 0x0200000000a1L, "to_port", 1),
            entry("mac", 0x0200000000a2L, "to_port", 2),
            entry("mac", 0x0200000000a3L, "to_port", 3));
    List<InputFrame> frames = new ArrayList<>();
    frames.add(new InputFrame(0, 10, frame("0200000000a1 020000000001 0800", 64)));
    frames.add(new InputFrame(1, 11, frame("0200000000a2 020000000001 0806", 100)));
    frames.add(new InputFrame(3, 12, frame("0200000000a3 020000000001 0800", 60))); // same port
    frames.add(new InputFrame(2, 13, frame("0200000000a9 020000000001 0800", 70))); // miss: punt
    frames.add(new InputFrame(2, 14, frame("0200000000ff 020000000001 0800", 71))); // discard
    frames.add(new InputFrame(0, 15, frame("0200000000a3", 9))); // too short
    frames.add(new InputFrame(2, 16, frame("0200000000a1 020000000001 0800", 1518)));
    frames.add(new InputFrame(1, 17, frame("0200000000a1 020000000001 0800", 1519)));
    frames.add(new InputFrame(0, 18, frame("0200000000a2 020000000001 0800", 14)));
    frames.add(new InputFrame(3, 19, frame("0200000000a4 020000000001 0800", 14))); // const entry
    DifferentialHarness.Outcome o =
        DifferentialHarness.compare("l2_forwarder", L2_FORWARDER, dataWidth, entries, frames, 11);
    assertThat(o.forwarded()).as(o.results().toString()).isEqualTo(5);
    assertThat(o.punted()).isEqualTo(1);
    assertThat(o.dropped()).isEqualTo(4);
    assertThat(o.counterCells()).isEqualTo(8 + 5 + 1);
  }

  static final String TTL_ROUTER =
      """
      import std.ethernet;
      header Ip4 {
          bit<4> version; bit<4> ihl; bit<8> tos; bit<16> total_len; bit<16> id;
          bit<3> flags; bit<13> frag; bit<8> ttl; bit<8> protocol; bit<16> csum;
          bit<32> src; bit<32> dst;
      }
      error { NotIpv4, Options }
      config { ports = 3; max_frame = 512; }
      headers { Ethernet eth; Ip4 ip; }
      counter expired[1];
      action route(bit<16> port, bit<48> next_mac) {
          eth.src = eth.dst;
          eth.dst = next_mac;
          forward(port);
      }
      table routes { key { ip.dst: exact; } actions { route; } size = 4; }
      parser {
          state start {
              extract(eth);
              transition select (eth.ethertype) { 0x0800: ipv4; default: reject(error.NotIpv4); }
          }
          state ipv4 {
              extract(ip);
              transition select (ip.version, ip.ihl) {
                  (4, 5): accept;
                  (4, 6..15): reject(error.Options);
                  default: reject;
              }
          }
      }
      control {
          if (ip.ttl <= 1) { expired.count(0); punt(16w2); return; }
          ip.ttl = ip.ttl - 1;
          routes.apply();
      }
      """;

  @ParameterizedTest
  @ValueSource(ints = {16, 64})
  void ttlDecrementingIpv4Forwarder(int dataWidth) {
    List<Entry> entries =
        List.of(
            new Entry(
                "routes",
                List.of(BigInteger.valueOf(0x0a000102L)),
                "route",
                List.of(BigInteger.valueOf(2), BigInteger.valueOf(0x020000000102L))),
            new Entry(
                "routes",
                List.of(BigInteger.valueOf(0x0a000001L)),
                "route",
                List.of(BigInteger.valueOf(0), BigInteger.valueOf(0x020000000001L))));
    String eth = "0200000000aa 020000000001 0800";
    List<InputFrame> frames = new ArrayList<>();
    frames.add(
        new InputFrame(0, 1, frame(eth + "4500 0054 1234 4000 4001 0000 0a000001 0a000102", 98)));
    frames.add(
        new InputFrame(1, 2, frame(eth + "4500 0054 1234 4000 0101 0000 0a000001 0a000102", 98)));
    frames.add(
        new InputFrame(2, 3, frame(eth + "4500 0054 1234 4000 4001 0000 0a000102 0a000001", 34)));
    frames.add(
        new InputFrame(0, 4, frame(eth + "4500 0054 1234 4000 4001 0000 0a000001 0a0009", 33)));
    frames.add(
        new InputFrame(0, 5, frame(eth + "4600 0054 1234 4000 4001 0000 0a000001 0a000102", 98)));
    frames.add(
        new InputFrame(0, 6, frame(eth + "6500 0054 1234 4000 4001 0000 0a000001 0a000102", 98)));
    frames.add(new InputFrame(0, 7, frame("0200000000aa 020000000001 86dd", 80)));
    frames.add(
        new InputFrame(1, 8, frame(eth + "4500 0054 1234 4000 0001 0000 0a000001 0a000102", 40)));
    frames.add(
        new InputFrame(1, 9, frame(eth + "4500 0054 1234 4000 4001 0000 0a000001 0a000777", 512)));
    frames.add(
        new InputFrame(1, 10, frame(eth + "4500 0054 1234 4000 4001 0000 0a000001 0a000102", 512)));
    DifferentialHarness.Outcome o =
        DifferentialHarness.compare("ttl_router", TTL_ROUTER, dataWidth, entries, frames, 23);
    assertThat(o.forwarded()).isEqualTo(3);
    assertThat(o.punted()).isEqualTo(2);
    assertThat(o.dropped()).isEqualTo(5);
  }

  static final String PARSE_ERRORS_CONTINUE =
      """
      import std.ethernet;
      header Tag { bit<8> kind; bit<8> value; }
      config { ports = 2; max_frame = 128; on_parse_error = continue; }
      headers { Ethernet eth; Tag tag; }
      counter errors[8];
      parser {
          state start {
              extract(eth);
              transition select (eth.ethertype) {
                  0x88b5: tagged;
                  0x0800 &&& 0xff00: accept;
                  0x9000 .. 0x90ff: reject;
              }
          }
          state tagged {
              extract(tag);
              transition select (tag.kind) { 1: accept; 2..9: accept; default: reject; }
          }
      }
      control {
          errors.count(packet.parse_error);
          if (packet.parse_error != 0) {
              if (packet.parse_error == 1) { punt(16w17); } else { drop(); }
              return;
          }
          if (tag.isValid()) {
              tag.value = tag.value + tag.kind;
              if (tag.value > 100) { tag.setInvalid(); discard_payload(); }
          }
          reply();
      }
      """;

  @ParameterizedTest
  @ValueSource(ints = {8, 64})
  void parseErrorsReachTheControl(int dataWidth) {
    String src = "0200000000aa 020000000001 ";
    List<InputFrame> frames = new ArrayList<>();
    frames.add(new InputFrame(0, 1, frame(src + "88b5 0105", 60)));
    frames.add(new InputFrame(1, 2, frame(src + "88b5 0964", 60))); // 100 + 9 > 100
    frames.add(new InputFrame(1, 3, frame(src + "88b5 0a05", 60))); // reject
    frames.add(new InputFrame(0, 4, frame(src + "88b5 01", 15))); // tag cut short
    frames.add(new InputFrame(0, 5, frame(src + "0842", 20))); // masked accept
    frames.add(new InputFrame(0, 6, frame(src + "9042", 20))); // range reject
    frames.add(new InputFrame(0, 7, frame(src + "1234", 20))); // no match
    frames.add(new InputFrame(1, 8, frame(src + "88b5 0105", 16))); // nothing after the tag
    frames.add(new InputFrame(1, 9, frame(src, 3)));
    frames.add(new InputFrame(1, 10, frame(src + "0800", 128)));
    frames.add(new InputFrame(1, 11, frame(src + "0800", 129)));
    DifferentialHarness.Outcome o =
        DifferentialHarness.compare(
            "parse_errors", PARSE_ERRORS_CONTINUE, dataWidth, List.of(), frames, 5);
    assertThat(o.punted()).isEqualTo(2);
    assertThat(o.counterCells()).isEqualTo(8);
  }

  /**
   * Random frames for each program: lengths from 1 byte to two bytes over max_frame, headers picked
   * among the values the program matches on (and random ones), random payload bytes.
   */
  @ParameterizedTest
  @ValueSource(ints = {64}) // the widths of the builds above, so that the build cache serves them
  void randomFramesAgree(int dataWidth) {
    Random random = new Random(dataWidth);
    String[] macs = {
      "0200000000a1", "0200000000a2", "0200000000a3", "0200000000ff", "0200000000a9"
    };
    String[] types = {"0800", "88b5", "0806", "9000", "08ff", "86dd"};
    String[] ips = {"45", "46", "65", "44"};
    String[] ttls = {"00", "01", "02", "40"};
    String[] dsts = {"0a000102", "0a000001", "0a000777"};
    int total = 0;
    for (String name : List.of("port_patch", "l2_forwarder", "ttl_router", "parse_errors")) {
      int ports = name.equals("l2_forwarder") ? 4 : name.equals("ttl_router") ? 3 : 2;
      int max = name.equals("l2_forwarder") ? 1518 : name.equals("ttl_router") ? 512 : 256;
      if (name.equals("parse_errors")) {
        max = 128;
      }
      List<InputFrame> frames = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        String header =
            pick(random, macs)
                + "020000000001"
                + pick(random, types)
                + pick(random, ips)
                + "00 0054 1234 4000"
                + pick(random, ttls)
                + "01 0000"
                + "0a000001"
                + pick(random, dsts);
        if (name.equals("parse_errors") && random.nextBoolean()) {
          header =
              pick(random, macs)
                  + "020000000001 88b5"
                  + String.format("%02x%02x", random.nextInt(12), random.nextInt(256));
        }
        int length = random.nextInt(4) == 0 ? 1 + random.nextInt(40) : 1 + random.nextInt(max + 2);
        byte[] bytes = frame(header, length);
        for (int b = header.replace(" ", "").length() / 2; b < length; b++) {
          bytes[b] = (byte) random.nextInt(256);
        }
        frames.add(new InputFrame(random.nextInt(ports), random.nextInt(1 << 20), bytes));
      }
      String source =
          switch (name) {
            case "port_patch" -> PORT_PATCH;
            case "l2_forwarder" -> L2_FORWARDER;
            case "ttl_router" -> TTL_ROUTER;
            default -> PARSE_ERRORS_CONTINUE;
          };
      List<Entry> entries =
          switch (name) {
            case "l2_forwarder" ->
                List.of(
                    entry("mac", 0x0200000000a1L, "to_port", 1),
                    entry("mac", 0x0200000000a2L, "to_port", 2),
                    entry("mac", 0x0200000000a3L, "to_port", 3));
            case "ttl_router" ->
                List.of(
                    new Entry(
                        "routes",
                        List.of(BigInteger.valueOf(0x0a000102L)),
                        "route",
                        List.of(BigInteger.valueOf(2), BigInteger.valueOf(0x020000000102L))));
            default -> List.of();
          };
      DifferentialHarness.Outcome o =
          DifferentialHarness.compare(name, source, dataWidth, entries, frames, dataWidth * 31L);
      assertThat(o.frames()).isEqualTo(60);
      total += o.frames();
    }
    assertThat(total).isEqualTo(240);
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

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
  @ValueSource(ints = {8, 64})
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

  private static Entry entry(String table, long key, String action, long arg) {
    return new Entry(
        table, List.of(BigInteger.valueOf(key)), action, List.of(BigInteger.valueOf(arg)));
  }
}
