package dev.oasis.runtime.slowpath;

import dev.oasis.runtime.net.ParseResult;
import dev.oasis.runtime.net.arp.ArpPacket;
import dev.oasis.runtime.net.ethernet.EthernetHeader;
import dev.oasis.runtime.net.ethernet.EthernetWire;
import java.util.Optional;

/**
 * Answers ARP requests for the address of the port they arrive on (punt reason 1).
 *
 * <p>A request is answered only if its target protocol address is the ingress port's own address: a
 * request for 10.0.2.1 arriving on port 1 is not answered even though the appliance owns 10.0.2.1
 * on port 2. This is what a router wants (hosts on one segment learn only that segment's gateway)
 * and avoids accidental proxy ARP. The reply leaves by the ingress port, on the same VLAN, from the
 * port's MAC and address, to the requester's hardware address.
 *
 * <p>Ignored: replies, gratuitous ARP (sender address equals target address), requests for other
 * addresses, requests on a port without an address, requests from a multicast hardware address.
 * Malformed: anything that is not Ethernet/ARP for IPv4 over Ethernet.
 */
final class ArpResponder {

  private final ApplianceInterfaces interfaces;

  ArpResponder(ApplianceInterfaces interfaces) {
    this.interfaces = interfaces;
  }

  HandlerResult handle(PuntedPacket packet) {
    byte[] frame = packet.frame();
    ParseResult<EthernetHeader> ethernet = EthernetHeader.parse(frame, 0, frame.length);
    if (!ethernet.isOk() || ethernet.value().etherType() != EthernetWire.ETHERTYPE_ARP) {
      return HandlerResult.malformed();
    }
    int arpOffset = ethernet.value().headerLength();
    ParseResult<ArpPacket> arp = ArpPacket.parse(frame, arpOffset, frame.length - arpOffset);
    if (!arp.isOk()) {
      return HandlerResult.malformed();
    }

    ArpPacket request = arp.value();
    Optional<ApplianceInterface> port = interfaces.forPort(packet.ingressPort());
    boolean answerable =
        port.isPresent()
            && request.isRequest()
            && !request.isGratuitous()
            && request.targetIp().equals(port.get().ip())
            && !request.senderMac().isMulticast();
    if (!answerable) {
      return HandlerResult.ignored();
    }

    ArpPacket reply = request.answer(port.get().mac());
    EthernetHeader replyEthernet =
        new EthernetHeader(
            request.senderMac(),
            port.get().mac(),
            ethernet.value().vlan(),
            EthernetWire.ETHERTYPE_ARP);
    return HandlerResult.replied(
        new Emission(packet.ingressPort(), replyEthernet.frame(reply.toBytes())));
  }
}
