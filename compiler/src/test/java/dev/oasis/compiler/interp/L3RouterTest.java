package dev.oasis.compiler.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.compiler.entries.EntriesLoader;
import dev.oasis.compiler.ir.IrProgram;
import dev.oasis.compiler.schema.ControlPlaneSchema;
import dev.oasis.compiler.state.CounterValue;
import dev.oasis.compiler.state.DataplaneState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * examples/l3-router with its standard entries, on frames built by scapy; the expected frames are
 * scapy's too (TTL, MACs and checksums as scapy computes them).
 */
class L3RouterTest {
  static final Path EXAMPLE = Examples.dir("l3-router");

  private DataplaneState state;
  private Interpreter interpreter;

  @BeforeEach
  void load() throws Exception {
    IrProgram program = Examples.compile(EXAMPLE.resolve("router.oasis"));
    state = new DataplaneState(program);
    new EntriesLoader(ControlPlaneSchema.of(program))
        .load(EXAMPLE.resolve("entries.json"))
        .applyTo(state);
    interpreter = new Interpreter(program, state);
  }

  private static String ether(int from, int to) {
    return "Ether(src='02:00:00:00:00:%02x', dst='02:00:00:00:00:%02x')".formatted(from, to);
  }

  @Test
  void forwardsWithTtlDecrementedMacsRewrittenAndChecksumUpdated() {
    String ip = "IP(src='10.0.0.2', dst='10.0.1.2', ttl=%d, id=0x1234, flags='DF')";
    String udp = "/UDP(sport=4000, dport=5000)/b'through the router'";
    List<byte[]> frames =
        ScapyOracle.build(
            ether(0x20, 0x10) + "/" + ip.formatted(64) + udp,
            ether(0x11, 0x21) + "/" + ip.formatted(63) + udp);

    PacketResult r = interpreter.process(frames.get(0), 0, 1000);

    assertThat(r.outputs()).containsExactly(new PortFrame(1, frames.get(1)));
  }

  @Test
  void defaultRouteGoesToTheNextHopOnPort3() {
    String ip = "IP(src='10.0.1.2', dst='8.8.8.8', ttl=%d, id=7)/TCP(sport=1, dport=80, flags='S')";
    List<byte[]> frames =
        ScapyOracle.build(
            ether(0x21, 0x11) + "/" + ip.formatted(2), ether(0x13, 0x23) + "/" + ip.formatted(1));
    assertThat(interpreter.process(frames.get(0), 1, 1000).outputs())
        .containsExactly(new PortFrame(3, frames.get(1)));
  }

  @Test
  void answersEchoRequestsToItsAddresses() {
    List<byte[]> frames =
        ScapyOracle.build(
            ether(0x20, 0x10)
                + "/IP(src='10.0.0.2', dst='10.0.2.1', ttl=20, id=99)"
                + "/ICMP(type=8, id=0x4242, seq=3)/b'ping data'",
            ether(0x10, 0x20)
                + "/IP(src='10.0.2.1', dst='10.0.0.2', ttl=64, id=99)"
                + "/ICMP(type=0, id=0x4242, seq=3)/b'ping data'");
    assertThat(interpreter.process(frames.get(0), 0, 1000).outputs())
        .containsExactly(new PortFrame(0, frames.get(1)));
  }

  @Test
  void puntsExpiringTtlAndArpRequestsUnchanged() {
    List<byte[]> frames =
        ScapyOracle.build(
            ether(0x20, 0x10) + "/IP(src='10.0.0.2', dst='10.0.1.2', ttl=1, id=1)/UDP()",
            "Ether(src='02:00:00:00:00:20', dst='ff:ff:ff:ff:ff:ff')/ARP(op=1,"
                + " hwsrc='02:00:00:00:00:20', psrc='10.0.0.2', hwdst='00:00:00:00:00:00',"
                + " pdst='10.0.0.1')");
    assertThat(interpreter.process(frames.get(0), 0, 1000))
        .isEqualTo(PacketResult.punt(2, frames.get(0), 0));
    assertThat(interpreter.process(frames.get(1), 0, 2000))
        .isEqualTo(PacketResult.punt(1, frames.get(1), 0));
  }

  @Test
  void dropsAndCountsABadHeaderChecksum() {
    byte[] frame =
        ScapyOracle.build(
            ether(0x20, 0x10) + "/IP(src='10.0.0.2', dst='10.0.1.2', chksum=0x1234)/UDP()");
    assertThat(interpreter.process(frame, 0, 1000))
        .isEqualTo(PacketResult.drop(DropReason.EXPLICIT, 0));
    assertThat(state.counter("dropped").get(0)).isEqualTo(new CounterValue(1, frame.length));
  }

  @Test
  void theExampleFilesExist() {
    assertThat(Files.exists(EXAMPLE.resolve("entries.json"))).isTrue();
  }
}
