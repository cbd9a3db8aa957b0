package dev.oasis.runtime.iface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oasis.runtime.iface.linux.Errno;
import dev.oasis.runtime.iface.linux.SystemCallException;
import java.net.InetSocketAddress;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad argument gets an exception that names the value and what was expected. */
class BadInputTest {

  private static final String NO_SUCH_INTERFACE = "oasisnosuch0";

  @Test
  void aNonexistentInterfaceIsNamedWithEnodev() {
    assertThatThrownBy(() -> AfPacketInterface.open(NO_SUCH_INTERFACE, 0))
        .isInstanceOf(SystemCallException.class)
        .hasMessage("if_nametoindex on interface oasisnosuch0 failed: ENODEV (No such device)")
        .satisfies(e -> assertThat(((SystemCallException) e).errno()).isEqualTo(Errno.ENODEV));
  }

  @Test
  void namesLongerThan15CharactersAreRefusedBeforeAnySystemCall() {
    String name = "a-name-of-16-chr";
    String expected =
        "interface name 'a-name-of-16-chr' is 16 characters long; Linux allows at most 15"
            + " (IFNAMSIZ 16 with the terminating NUL)";

    assertThatThrownBy(() -> AfPacketInterface.open(name, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(expected);
    assertThatThrownBy(() -> TapInterface.open(name, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(expected);
  }

  @Test
  void namesWithCharactersLinuxRefusesAreRefused() {
    assertThatThrownBy(() -> TapInterface.open("tap/0", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "interface name 'tap/0' has character U+002F at index 3; expected printable ASCII"
                + " without '/', ':' or spaces");
    assertThatThrownBy(() -> TapInterface.open("", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interface name is empty; expected 1 to 15 characters");
    assertThatThrownBy(() -> AfPacketInterface.open("..", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interface name '..' is not allowed; expected a name other than . and ..");
  }

  @Test
  void aTapOnAnInterfaceThatIsNotATapIsRefusedByTheKernel() {
    assertThatThrownBy(() -> TapInterface.open("lo", 0))
        .isInstanceOf(SystemCallException.class)
        .hasMessage("ioctl(TUNSETIFF) on /dev/net/tun for lo failed: EINVAL (Invalid argument)");
  }

  @Test
  void ringBlockSizesMustBeAMultipleOfThePageSize() {
    RingGeometry geometry = new RingGeometry(5000, 4, 2048);

    assertThatThrownBy(() -> geometry.validate(4096))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ring block size 5000 is not a multiple of the page size 4096; expected e.g. 4096");
    assertThatThrownBy(
            () -> AfPacketInterface.open("lo", AfPacketOptions.defaults(0).withRing(geometry)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ring block size 5000 is not a multiple of the page size");
  }

  @Test
  void ringFrameSizesAndCountsAreChecked() {
    assertThatThrownBy(() -> new RingGeometry(4096, 4, 2040))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ring frame size 2040 is not a multiple of 16 (TPACKET_ALIGNMENT)");
    assertThatThrownBy(() -> new RingGeometry(4096, 4, 64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ring frame size 64 is below 128; expected room for the 52-byte TPACKET_V2 header"
                + " and a frame");
    assertThatThrownBy(() -> new RingGeometry(4096, 4, 8192))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ring frame size 8192 exceeds the block size 4096; expected a frame to fit in one"
                + " block");
    assertThatThrownBy(() -> new RingGeometry(4096, 0, 2048))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ring block count 0 is not positive; expected 1 or more");
    assertThatThrownBy(() -> new RingGeometry(-4096, 1, 2048))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ring block size -4096 is not positive; expected a multiple of the page size");
    assertThatThrownBy(() -> new RingGeometry(1 << 20, 1024, 2048))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ring of 1024 blocks of 1048576 bytes is 1073741824 bytes; expected at most 536870912"
                + " (512 MiB)");
  }

  @Test
  void ringGeometryArithmetic() {
    RingGeometry geometry = RingGeometry.DEFAULT;

    assertThat(geometry.framesPerBlock()).isEqualTo(32);
    assertThat(geometry.frameCount()).isEqualTo(1024);
    assertThat(geometry.ringBytes()).isEqualTo(2L << 20);
    assertThat(geometry.frameOffset(33)).isEqualTo(65_536 + 2048);
    assertThat(geometry.maxSendBytes()).isEqualTo(2016);
  }

  @Test
  void optionRangesAreChecked() {
    assertThatThrownBy(() -> AfPacketOptions.defaults(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port -1 is out of range; expected 0 to 65535");
    assertThatThrownBy(() -> new AfPacketOptions(0, RingGeometry.DEFAULT, true, 10_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("send wait 10001 ms is out of range; expected 0 to 10000");
    InetSocketAddress local = new InetSocketAddress("127.0.0.1", 0);
    assertThatThrownBy(() -> UdpTunnelOptions.defaults(0, local, null).withQueueFrames(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("udp tunnel queue of 0 frames is out of range; expected 1 to 65536");
    assertThatThrownBy(() -> new UdpTunnelOptions(0, local, null, 16, 65_508))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("udp tunnel frame limit 65508 is out of range; expected 14 to 65507 bytes");
  }

  @Test
  void negativeTimeoutsAreRefused(@TempDir Path dir) throws Exception {
    try (PcapFileInterface file = PcapFileInterface.writer(dir.resolve("out.pcapng"), 1)) {
      assertThatThrownBy(() -> file.receive(new PacketBatch(1, 64), -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("receive timeout -1 ns is negative; expected 0 or more");
    }
  }

  @Test
  void aMissingCaptureFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("missing.pcapng");

    assertThatThrownBy(() -> PcapFileInterface.reader(missing))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void aBusyUdpPortIsNamed() throws Exception {
    InetSocketAddress local = new InetSocketAddress("127.0.0.1", 0);
    try (UdpTunnelInterface first =
        UdpTunnelInterface.open(UdpTunnelOptions.defaults(0, local, null))) {
      InetSocketAddress taken = first.localAddress();

      assertThatThrownBy(() -> UdpTunnelInterface.open(UdpTunnelOptions.defaults(0, taken, null)))
          .hasMessageStartingWith("bind of udp tunnel to " + taken + " failed: ")
          .hasMessageContaining("Address already in use");
    }
  }

  @Test
  void closedInterfacesSaySo(@TempDir Path dir) throws Exception {
    PcapFileInterface file = PcapFileInterface.writer(dir.resolve("out.pcapng"), 1);
    file.close();
    file.close();

    assertThatThrownBy(() -> file.receive(new PacketBatch(1, 64), 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("interface capture " + dir.resolve("out.pcapng") + " is closed");
  }
}
