package dev.oasis.runtime.iface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.iface.linux.Errno;
import dev.oasis.runtime.iface.linux.IfPacket;
import dev.oasis.runtime.iface.linux.IfTun;
import dev.oasis.runtime.iface.linux.Ifreq;
import dev.oasis.runtime.iface.linux.PacketMreq;
import dev.oasis.runtime.iface.linux.PollFd;
import dev.oasis.runtime.iface.linux.Posix;
import dev.oasis.runtime.iface.linux.SockaddrLl;
import dev.oasis.runtime.iface.linux.TpacketReq;
import dev.oasis.runtime.iface.linux.TpacketStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The structure layouts and constants of the JNA layer against an independent oracle: a C program
 * compiled with gcc against the system's kernel and C library headers, printing {@code sizeof},
 * {@code offsetof} and the values of the macros.
 */
class KernelLayoutTest {

  private static final String PROBE =
      String.join(
          "\n",
          "#include <stdio.h>",
          "#include <stddef.h>",
          "#include <errno.h>",
          "#include <fcntl.h>",
          "#include <poll.h>",
          "#include <time.h>",
          "#include <sys/ioctl.h>",
          "#include <sys/mman.h>",
          "#include <sys/socket.h>",
          "#include <net/if.h>",
          "#include <linux/if_ether.h>",
          "#include <linux/if_packet.h>",
          "#include <linux/if_tun.h>",
          "#define SIZE(t) printf(\"sizeof %s %zu\\n\", #t, sizeof(struct t))",
          "#define OFF(t, f) printf(\"offsetof %s.%s %zu\\n\", #t, #f, offsetof(struct t, f))",
          "#define VAL(c) printf(\"value %s %lld\\n\", #c, (long long) (c))",
          "int main(void) {",
          "  SIZE(ifreq); OFF(ifreq, ifr_name); OFF(ifreq, ifr_flags);",
          "  SIZE(sockaddr_ll); OFF(sockaddr_ll, sll_family); OFF(sockaddr_ll, sll_protocol);",
          "  OFF(sockaddr_ll, sll_ifindex); OFF(sockaddr_ll, sll_hatype);",
          "  OFF(sockaddr_ll, sll_pkttype); OFF(sockaddr_ll, sll_halen);",
          "  OFF(sockaddr_ll, sll_addr);",
          "  SIZE(tpacket_req); OFF(tpacket_req, tp_block_size); OFF(tpacket_req, tp_block_nr);",
          "  OFF(tpacket_req, tp_frame_size); OFF(tpacket_req, tp_frame_nr);",
          "  SIZE(packet_mreq); OFF(packet_mreq, mr_ifindex); OFF(packet_mreq, mr_type);",
          "  OFF(packet_mreq, mr_alen); OFF(packet_mreq, mr_address);",
          "  SIZE(tpacket_stats); OFF(tpacket_stats, tp_packets); OFF(tpacket_stats, tp_drops);",
          "  SIZE(tpacket2_hdr); OFF(tpacket2_hdr, tp_status); OFF(tpacket2_hdr, tp_len);",
          "  OFF(tpacket2_hdr, tp_snaplen); OFF(tpacket2_hdr, tp_mac); OFF(tpacket2_hdr, tp_net);",
          "  OFF(tpacket2_hdr, tp_sec); OFF(tpacket2_hdr, tp_nsec);",
          "  OFF(tpacket2_hdr, tp_vlan_tci); OFF(tpacket2_hdr, tp_vlan_tpid);",
          "  SIZE(pollfd); SIZE(timespec);",
          "  VAL(TPACKET_ALIGN(sizeof(struct tpacket2_hdr))); VAL(TPACKET2_HDRLEN);",
          "  VAL(TPACKET_ALIGNMENT); VAL(IFNAMSIZ);",
          "  VAL(AF_PACKET); VAL(SOCK_RAW); VAL(SOCK_CLOEXEC); VAL(ETH_P_ALL); VAL(SOL_PACKET);",
          "  VAL(PACKET_ADD_MEMBERSHIP); VAL(PACKET_RX_RING); VAL(PACKET_STATISTICS);",
          "  VAL(PACKET_VERSION); VAL(PACKET_TX_RING); VAL(PACKET_LOSS);",
          "  VAL(PACKET_IGNORE_OUTGOING); VAL(PACKET_MR_PROMISC); VAL(TPACKET_V2);",
          "  VAL(PACKET_OUTGOING);",
          "  VAL(TP_STATUS_KERNEL); VAL(TP_STATUS_USER); VAL(TP_STATUS_VLAN_VALID);",
          "  VAL(TP_STATUS_VLAN_TPID_VALID); VAL(TP_STATUS_AVAILABLE);",
          "  VAL(TP_STATUS_SEND_REQUEST); VAL(TP_STATUS_SENDING); VAL(TP_STATUS_WRONG_FORMAT);",
          "  VAL(TUNSETIFF); VAL(IFF_TAP); VAL(IFF_NO_PI);",
          "  VAL(O_RDWR); VAL(O_NONBLOCK); VAL(O_CLOEXEC);",
          "  VAL(POLLIN); VAL(POLLOUT); VAL(POLLERR); VAL(POLLHUP); VAL(POLLNVAL);",
          "  VAL(PROT_READ); VAL(PROT_WRITE); VAL(MAP_SHARED); VAL(MSG_DONTWAIT);",
          "  VAL(CLOCK_REALTIME);",
          "  VAL(EPERM); VAL(ENOENT); VAL(EINTR); VAL(EIO); VAL(ENXIO); VAL(EBADF);",
          "  VAL(EAGAIN); VAL(ENOMEM); VAL(EACCES); VAL(EFAULT); VAL(EBUSY); VAL(EEXIST);",
          "  VAL(ENODEV); VAL(EINVAL); VAL(ENFILE); VAL(EMFILE); VAL(ENOTTY); VAL(EMSGSIZE);",
          "  VAL(ENOPROTOOPT); VAL(EPROTONOSUPPORT); VAL(EOPNOTSUPP); VAL(EAFNOSUPPORT);",
          "  VAL(ENETDOWN); VAL(ENOBUFS);",
          "  return 0;",
          "}",
          "");

  private static Map<String, Long> probe;

  @BeforeAll
  static void compileAndRunProbe(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("probe.c");
    Path binary = dir.resolve("probe");
    Files.writeString(source, PROBE);
    Command.run(Duration.ofSeconds(60), List.of("gcc", "-o", binary.toString(), source.toString()))
        .requireSuccess();
    String output = Command.ok(binary.toString()).stdout();
    probe = new HashMap<>();
    for (String line : output.split("\n")) {
      int space = line.lastIndexOf(' ');
      probe.put(line.substring(0, space), Long.parseLong(line.substring(space + 1)));
    }
  }

  private static long sizeOf(String struct) {
    return required("sizeof " + struct);
  }

  private static long offsetOf(String struct, String field) {
    return required("offsetof " + struct + "." + field);
  }

  private static long value(String macro) {
    return required("value " + macro);
  }

  private static long required(String key) {
    Long value = probe.get(key);
    assertThat(value).as("the C probe printed " + key).isNotNull();
    return value;
  }

  @Test
  void ifreqMatchesNetIfH() {
    Ifreq ifreq = new Ifreq("x", 0);
    assertThat(ifreq.size()).isEqualTo(sizeOf("ifreq"));
    assertThat(ifreq.offsetOf("ifr_name")).isEqualTo(offsetOf("ifreq", "ifr_name"));
    assertThat(ifreq.offsetOf("ifr_flags")).isEqualTo(offsetOf("ifreq", "ifr_flags"));
    assertThat(Ifreq.IFNAMSIZ).isEqualTo(value("IFNAMSIZ"));
  }

  @Test
  void sockaddrLlMatchesIfPacketH() {
    SockaddrLl address = new SockaddrLl();
    assertThat(address.size()).isEqualTo(sizeOf("sockaddr_ll"));
    for (String field :
        List.of(
            "sll_family",
            "sll_protocol",
            "sll_ifindex",
            "sll_hatype",
            "sll_pkttype",
            "sll_halen",
            "sll_addr")) {
      assertThat(address.offsetOf(field)).as(field).isEqualTo(offsetOf("sockaddr_ll", field));
    }
    assertThat(IfPacket.SOCKADDR_LL_BYTES).isEqualTo(sizeOf("sockaddr_ll"));
    assertThat(IfPacket.SLL_PKTTYPE).isEqualTo(offsetOf("sockaddr_ll", "sll_pkttype"));
  }

  @Test
  void tpacketReqPacketMreqAndStatsMatchIfPacketH() {
    TpacketReq request = new TpacketReq();
    assertThat(request.size()).isEqualTo(sizeOf("tpacket_req"));
    for (String field : List.of("tp_block_size", "tp_block_nr", "tp_frame_size", "tp_frame_nr")) {
      assertThat(request.offsetOf(field)).as(field).isEqualTo(offsetOf("tpacket_req", field));
    }
    PacketMreq membership = new PacketMreq();
    assertThat(membership.size()).isEqualTo(sizeOf("packet_mreq"));
    for (String field : List.of("mr_ifindex", "mr_type", "mr_alen", "mr_address")) {
      assertThat(membership.offsetOf(field)).as(field).isEqualTo(offsetOf("packet_mreq", field));
    }
    TpacketStats stats = new TpacketStats();
    assertThat(stats.size()).isEqualTo(sizeOf("tpacket_stats"));
    assertThat(stats.offsetOf("tp_drops")).isEqualTo(offsetOf("tpacket_stats", "tp_drops"));
  }

  @Test
  void tpacket2HeaderOffsetsMatchIfPacketH() {
    assertThat(IfPacket.TPACKET2_HDR_BYTES).isEqualTo(sizeOf("tpacket2_hdr"));
    assertThat(IfPacket.TP_STATUS).isEqualTo(offsetOf("tpacket2_hdr", "tp_status"));
    assertThat(IfPacket.TP_LEN).isEqualTo(offsetOf("tpacket2_hdr", "tp_len"));
    assertThat(IfPacket.TP_SNAPLEN).isEqualTo(offsetOf("tpacket2_hdr", "tp_snaplen"));
    assertThat(IfPacket.TP_MAC).isEqualTo(offsetOf("tpacket2_hdr", "tp_mac"));
    assertThat(IfPacket.TP_NET).isEqualTo(offsetOf("tpacket2_hdr", "tp_net"));
    assertThat(IfPacket.TP_SEC).isEqualTo(offsetOf("tpacket2_hdr", "tp_sec"));
    assertThat(IfPacket.TP_NSEC).isEqualTo(offsetOf("tpacket2_hdr", "tp_nsec"));
    assertThat(IfPacket.TP_VLAN_TCI).isEqualTo(offsetOf("tpacket2_hdr", "tp_vlan_tci"));
    assertThat(IfPacket.TP_VLAN_TPID).isEqualTo(offsetOf("tpacket2_hdr", "tp_vlan_tpid"));
    assertThat(IfPacket.TPACKET2_ALIGNED_HDR_BYTES)
        .isEqualTo(value("TPACKET_ALIGN(sizeof(struct tpacket2_hdr))"));
    assertThat(IfPacket.TPACKET2_HDRLEN).isEqualTo(value("TPACKET2_HDRLEN"));
    assertThat(IfPacket.TPACKET_ALIGNMENT).isEqualTo(value("TPACKET_ALIGNMENT"));
  }

  @Test
  void pollfdAndTimespecSizes() {
    assertThat(PollFd.BYTES).isEqualTo(sizeOf("pollfd"));
    assertThat(16L).as("the timespec RealtimeClock reads").isEqualTo(sizeOf("timespec"));
  }

  @Test
  void packetSocketConstantsMatchTheHeaders() {
    assertThat(IfPacket.AF_PACKET).isEqualTo(value("AF_PACKET"));
    assertThat(IfPacket.SOCK_RAW).isEqualTo(value("SOCK_RAW"));
    assertThat(IfPacket.SOCK_CLOEXEC).isEqualTo(value("SOCK_CLOEXEC"));
    assertThat(IfPacket.ETH_P_ALL).isEqualTo(value("ETH_P_ALL"));
    assertThat(IfPacket.SOL_PACKET).isEqualTo(value("SOL_PACKET"));
    assertThat(IfPacket.PACKET_ADD_MEMBERSHIP).isEqualTo(value("PACKET_ADD_MEMBERSHIP"));
    assertThat(IfPacket.PACKET_RX_RING).isEqualTo(value("PACKET_RX_RING"));
    assertThat(IfPacket.PACKET_STATISTICS).isEqualTo(value("PACKET_STATISTICS"));
    assertThat(IfPacket.PACKET_VERSION).isEqualTo(value("PACKET_VERSION"));
    assertThat(IfPacket.PACKET_TX_RING).isEqualTo(value("PACKET_TX_RING"));
    assertThat(IfPacket.PACKET_LOSS).isEqualTo(value("PACKET_LOSS"));
    assertThat(IfPacket.PACKET_IGNORE_OUTGOING).isEqualTo(value("PACKET_IGNORE_OUTGOING"));
    assertThat(IfPacket.PACKET_MR_PROMISC).isEqualTo(value("PACKET_MR_PROMISC"));
    assertThat(IfPacket.TPACKET_V2).isEqualTo(value("TPACKET_V2"));
    assertThat(IfPacket.PACKET_OUTGOING).isEqualTo(value("PACKET_OUTGOING"));
    assertThat(IfPacket.TP_STATUS_KERNEL).isEqualTo(value("TP_STATUS_KERNEL"));
    assertThat(IfPacket.TP_STATUS_USER).isEqualTo(value("TP_STATUS_USER"));
    assertThat(IfPacket.TP_STATUS_VLAN_VALID).isEqualTo(value("TP_STATUS_VLAN_VALID"));
    assertThat(IfPacket.TP_STATUS_VLAN_TPID_VALID).isEqualTo(value("TP_STATUS_VLAN_TPID_VALID"));
    assertThat(IfPacket.TP_STATUS_AVAILABLE).isEqualTo(value("TP_STATUS_AVAILABLE"));
    assertThat(IfPacket.TP_STATUS_SEND_REQUEST).isEqualTo(value("TP_STATUS_SEND_REQUEST"));
    assertThat(IfPacket.TP_STATUS_SENDING).isEqualTo(value("TP_STATUS_SENDING"));
    assertThat(IfPacket.TP_STATUS_WRONG_FORMAT).isEqualTo(value("TP_STATUS_WRONG_FORMAT"));
  }

  @Test
  void tunAndPosixConstantsMatchTheHeaders() {
    assertThat(IfTun.TUNSETIFF).isEqualTo(value("TUNSETIFF"));
    assertThat(IfTun.IFF_TAP).isEqualTo(value("IFF_TAP"));
    assertThat(IfTun.IFF_NO_PI).isEqualTo(value("IFF_NO_PI"));
    assertThat(Posix.O_RDWR).isEqualTo(value("O_RDWR"));
    assertThat(Posix.O_NONBLOCK).isEqualTo(value("O_NONBLOCK"));
    assertThat(Posix.O_CLOEXEC).isEqualTo(value("O_CLOEXEC"));
    assertThat(Posix.POLLIN).isEqualTo((short) value("POLLIN"));
    assertThat(Posix.POLLOUT).isEqualTo((short) value("POLLOUT"));
    assertThat(Posix.POLLERR).isEqualTo((short) value("POLLERR"));
    assertThat(Posix.POLLHUP).isEqualTo((short) value("POLLHUP"));
    assertThat(Posix.POLLNVAL).isEqualTo((short) value("POLLNVAL"));
    assertThat(Posix.PROT_READ).isEqualTo(value("PROT_READ"));
    assertThat(Posix.PROT_WRITE).isEqualTo(value("PROT_WRITE"));
    assertThat(Posix.MAP_SHARED).isEqualTo(value("MAP_SHARED"));
    assertThat(Posix.MSG_DONTWAIT).isEqualTo(value("MSG_DONTWAIT"));
    assertThat(Posix.CLOCK_REALTIME).isEqualTo(value("CLOCK_REALTIME"));
  }

  @Test
  void errnoValuesMatchErrnoH() {
    Map<String, Integer> ours =
        Map.ofEntries(
            Map.entry("EPERM", Errno.EPERM),
            Map.entry("ENOENT", Errno.ENOENT),
            Map.entry("EINTR", Errno.EINTR),
            Map.entry("EIO", Errno.EIO),
            Map.entry("ENXIO", Errno.ENXIO),
            Map.entry("EBADF", Errno.EBADF),
            Map.entry("EAGAIN", Errno.EAGAIN),
            Map.entry("ENOMEM", Errno.ENOMEM),
            Map.entry("EACCES", Errno.EACCES),
            Map.entry("EFAULT", Errno.EFAULT),
            Map.entry("EBUSY", Errno.EBUSY),
            Map.entry("EEXIST", Errno.EEXIST),
            Map.entry("ENODEV", Errno.ENODEV),
            Map.entry("EINVAL", Errno.EINVAL),
            Map.entry("ENFILE", Errno.ENFILE),
            Map.entry("EMFILE", Errno.EMFILE),
            Map.entry("ENOTTY", Errno.ENOTTY),
            Map.entry("EMSGSIZE", Errno.EMSGSIZE),
            Map.entry("ENOPROTOOPT", Errno.ENOPROTOOPT),
            Map.entry("EPROTONOSUPPORT", Errno.EPROTONOSUPPORT),
            Map.entry("EOPNOTSUPP", Errno.EOPNOTSUPP),
            Map.entry("EAFNOSUPPORT", Errno.EAFNOSUPPORT),
            Map.entry("ENETDOWN", Errno.ENETDOWN),
            Map.entry("ENOBUFS", Errno.ENOBUFS));
    ours.forEach(
        (name, number) -> {
          assertThat(number).as(name).isEqualTo((int) value(name));
          assertThat(Errno.name(number)).isEqualTo(name);
        });
    assertThat(Errno.describe(Errno.EPERM)).isEqualTo("EPERM (Operation not permitted)");
  }
}
