package dev.oasis.runtime.stack.tcp;

import static dev.oasis.runtime.stack.testing.Hosts.A_IP;
import static dev.oasis.runtime.stack.testing.Hosts.A_MAC;
import static dev.oasis.runtime.stack.testing.Hosts.P_IP;
import static dev.oasis.runtime.stack.testing.Hosts.P_MAC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oasis.runtime.net.Bytes;
import dev.oasis.runtime.net.arp.ArpPacket;
import dev.oasis.runtime.net.testing.Scapy;
import dev.oasis.runtime.net.testing.Tshark;
import dev.oasis.runtime.stack.Stack;
import dev.oasis.runtime.stack.testing.Frames;
import dev.oasis.runtime.stack.testing.Hosts;
import dev.oasis.runtime.stack.testing.InMemoryNetwork;
import dev.oasis.runtime.stack.testing.ScriptedPeer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole TCP conversation with scapy as the client: scapy builds every segment the client sends
 * from what it parsed of ours, scapy and tshark judge every segment we send, and tshark's TCP
 * analysis follows the conversation.
 */
class TcpInteropTest {

  private static final String ETHER = "Ether(src='02:00:00:00:00:0c', dst='02:00:00:00:00:0a')";
  private static final String IP = "IP(src='10.0.0.3', dst='10.0.0.1')";
  private static final String GREETING = "hello from scapy";

  @Test
  void aScapyClientOpensTalksAndClosesWithAnEchoService() {
    InMemoryNetwork network = new InMemoryNetwork(1, 100_000);
    Stack a = network.attach(Hosts.a().build());
    a.tcp()
        .listen(
            80,
            connection -> {
              connection.onData(connection::write);
              connection.onPeerClosed(connection::close);
            });
    ScriptedPeer peer = network.attachPeer();
    peer.send(Frames.arp(A_MAC, P_MAC, ArpPacket.request(P_MAC, P_IP, A_IP)));
    network.runFor(1_000_000);
    peer.take();
    List<byte[]> conversation = new ArrayList<>();

    // the client's SYN, with the options Linux sends
    byte[] syn =
        Scapy.build(
            ETHER
                + "/"
                + IP
                + "/TCP(sport=40000, dport=80, seq=1000, flags='S', window=64240,"
                + " options=[('MSS', 1400), ('SAckOK', b''), ('Timestamp', (7, 0)), ('NOP', None),"
                + " ('WScale', 7)])");
    peer.send(syn);
    network.runFor(1_000_000);
    byte[] synAck = peer.take().get(0);
    conversation.add(syn);
    conversation.add(synAck);

    // scapy reads our SYN-ACK, checks its checksum, and answers: ACK, data, FIN
    List<String> scapy =
        Scapy.script(
            "p = Ether(frames[0])\n"
                + "t = p[TCP]\n"
                + "q = Ether(raw(p)); del q[TCP].chksum; q = Ether(raw(q))\n"
                + "print(t.flags, t.ack, t.chksum == q[TCP].chksum, dict(t.options).get('MSS'),"
                + " len(t.options))\n"
                + "base = "
                + ETHER
                + "/"
                + IP
                + "\n"
                + "seq, ack = 1001, t.seq + 1\n"
                + "for seg in [TCP(sport=40000, dport=80, seq=seq, ack=ack, flags='A'),\n"
                + "            TCP(sport=40000, dport=80, seq=seq, ack=ack, flags='PA')/b'"
                + GREETING
                + "',\n"
                + "            TCP(sport=40000, dport=80, seq=seq + "
                + GREETING.length()
                + ", ack=ack, flags='FA')]:\n"
                + "    print(raw(base/seg).hex())\n",
            List.of(synAck));
    assertThat(scapy.get(0))
        .as("flags, ack, checksum verified, MSS, option count")
        .isEqualTo("SA 1001 True 1460 1");

    for (String hex : scapy.subList(1, 4)) {
      byte[] segment = Bytes.fromHex(hex);
      conversation.add(segment);
      peer.send(segment);
      network.runFor(1_000_000);
      conversation.addAll(peer.take());
    }

    List<Tshark.Frame> dissected =
        Tshark.dissect(
            conversation,
            "ip.src",
            "tcp.flags.str",
            "tcp.checksum.status",
            "tcp.analysis.flags",
            "tcp.payload",
            "tcp.seq",
            "tcp.ack");
    List<Tshark.Frame> ours =
        dissected.stream().filter(f -> f.get("ip.src").equals("10.0.0.1")).toList();
    assertThat(dissected).allSatisfy(f -> assertThat(f.problems()).isEmpty());
    assertThat(dissected).allSatisfy(f -> assertThat(f.get("tcp.analysis.flags")).isEmpty());
    assertThat(ours).allSatisfy(f -> assertThat(f.get("tcp.checksum.status")).isEqualTo("1"));
    // SYN-ACK; ACK of the data and the echo (together or apart); ACK of the FIN and our FIN
    assertThat(ours.get(0).get("tcp.flags.str")).contains("A").contains("S");
    assertThat(ours)
        .anySatisfy(
            f ->
                assertThat(f.get("tcp.payload"))
                    .isEqualTo(HexFormat.of().formatHex(GREETING.getBytes())));
    assertThat(ours.get(ours.size() - 1).get("tcp.flags.str")).contains("F");
    // tshark's relative numbers: our FIN comes after the 16 echoed bytes, acknowledging theirs
    assertThat(ours.get(ours.size() - 1).get("tcp.seq")).isEqualTo("17");
    assertThat(ours.get(ours.size() - 1).get("tcp.ack")).isEqualTo("18");
  }
}
