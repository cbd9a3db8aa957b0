#!/usr/bin/python3
"""Writes in.pcapng and scenario.stf for the l3-router example.

The expected outputs follow from the router's specification (examples/README.md) and the slow
path's contract, computed here with scapy; Oasis is not run. Run with Debian's Python:
/usr/bin/python3 examples/l3-router/make_captures.py [--tshark]
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from scapy.layers.dhcp import BOOTP, DHCP  # noqa: E402
from scapy.layers.inet import ICMP, IP, TCP, UDP, IPOption_Router_Alert, IPOption_RR  # noqa: E402
from scapy.layers.inet6 import IPv6, ICMPv6EchoRequest  # noqa: E402
from scapy.layers.l2 import ARP, Ether  # noqa: E402
from scapy.packet import Raw  # noqa: E402
from scapy.utils import checksum  # noqa: E402

from scenario_lib import Scenario, SlowPath  # noqa: E402

PORTS = 4
MAX_FRAME = 1518
BROADCAST = "ff:ff:ff:ff:ff:ff"


def port_mac(i):
    return f"02:00:00:00:00:1{i}"


def port_ip(i):
    return f"10.0.{i}.1"


def neighbour_mac(i):
    return f"02:00:00:00:00:2{i}"


def neighbour_ip(i):
    return f"10.0.{i}.2"


def egress_port(dst):
    """The routes and neighbours tables: 10.0.i.0/24 is direct on port i (only the neighbour
    10.0.i.2 is known there), everything else goes via 10.0.3.2 on port 3."""
    octets = [int(x) for x in dst.split(".")]
    if octets[:2] == [10, 0] and octets[2] < PORTS:
        assert octets[3] == 2, f"{dst} has no neighbour entry"
        return octets[2]
    return 3


def mac_bytes(mac):
    return bytes(int(x, 16) for x in mac.split(":"))


def set_ipv4_checksum(frame):
    """Recomputes the IPv4 header checksum (header length from ihl) of an Ethernet frame."""
    ihl = (frame[14] & 0x0F) * 4
    frame[24:26] = b"\x00\x00"
    frame[24:26] = checksum(bytes(frame[14:14 + ihl])).to_bytes(2, "big")


def rfc1624_update(hc, old, new):
    """HC' = ~(~HC + ~m + m') in one's complement arithmetic, for 16-bit words."""
    total = (~hc & 0xFFFF) + (~old & 0xFFFF) + new
    while total > 0xFFFF:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def forwarded(frame):
    """The frame as the router forwards it: MACs rewritten, TTL - 1, header checksum fixed."""
    out = bytearray(frame)
    dst = ".".join(str(b) for b in out[30:34])
    port = egress_port(dst)
    out[0:6] = mac_bytes(neighbour_mac(port))
    out[6:12] = mac_bytes(port_mac(port))
    old_checksum = int.from_bytes(out[24:26], "big")
    old_word = int.from_bytes(out[22:24], "big")
    out[22] -= 1
    set_ipv4_checksum(out)
    # The program updates the checksum incrementally; it must agree with a fresh computation.
    new_word = int.from_bytes(out[22:24], "big")
    assert rfc1624_update(old_checksum, old_word, new_word) == int.from_bytes(out[24:26], "big")
    return port, bytes(out)


def echo_reply(frame, port):
    """The router's own echo reply: type 0, addresses swapped, TTL 64, MACs swapped."""
    out = bytearray(frame)
    ihl = (out[14] & 0x0F) * 4
    total_len = int.from_bytes(out[16:18], "big")
    icmp_start, icmp_end = 14 + ihl, 14 + total_len
    old_checksum = int.from_bytes(out[icmp_start + 2:icmp_start + 4], "big")
    out[0:6], out[6:12] = out[6:12], mac_bytes(port_mac(port))
    out[26:30], out[30:34] = out[30:34], out[26:30]
    out[22] = 64
    set_ipv4_checksum(out)
    out[icmp_start] = 0
    out[icmp_start + 2:icmp_start + 4] = b"\x00\x00"
    fresh = checksum(bytes(out[icmp_start:icmp_end]))
    out[icmp_start + 2:icmp_start + 4] = fresh.to_bytes(2, "big")
    assert rfc1624_update(old_checksum, 0x0800, 0x0000) == fresh
    return bytes(out)


def host(i, **ip_fields):
    """A frame from the neighbour on port i to the router's MAC."""
    return Ether(dst=port_mac(i), src=neighbour_mac(i)) / IP(**ip_fields)


def build():
    s = Scenario("l3-router", PORTS, [
        "l3-router: expected behaviour of examples/l3-router/router.oasis with entries.json.",
        "Written by make_captures.py from the specification (scapy); Oasis was not run.",
        "Port i: MAC 02:00:00:00:00:1i, 10.0.i.1/24; neighbour 10.0.i.2 at 02:00:00:00:00:2i;",
        "default route via 10.0.3.2 (port 3). Punted ARP requests and expired TTLs are answered",
        "by the slow path (examples/README.md, slow-path contract).",
    ])
    slow_path = SlowPath({i: (port_mac(i), port_ip(i)) for i in range(PORTS)})

    s.blank()
    s.comment("ARP requests for the router's address on each port: the slow path replies")
    for i in range(PORTS):
        request = (Ether(dst=BROADCAST, src=neighbour_mac(i))
                   / ARP(op=1, hwsrc=neighbour_mac(i), psrc=neighbour_ip(i), pdst=port_ip(i)))
        s.packet(i, request)
        s.expect(i, slow_path.arp_reply(request, i))

    s.comment("a request padded to 60 bytes on the wire: the reply is 42 bytes, no padding")
    request = (Ether(dst=BROADCAST, src=neighbour_mac(1))
               / ARP(op=1, hwsrc=neighbour_mac(1), psrc=neighbour_ip(1), pdst=port_ip(1))
               / Raw(b"\x00" * 18))
    s.packet(1, request)
    s.expect(1, slow_path.arp_reply(request, 1))

    s.comment("a unicast request to the port's MAC (a neighbour refreshing its cache)")
    request = (Ether(dst=port_mac(2), src=neighbour_mac(2))
               / ARP(op=1, hwsrc=neighbour_mac(2), psrc=neighbour_ip(2), pdst=port_ip(2)))
    s.packet(2, request)
    s.expect(2, slow_path.arp_reply(request, 2))

    s.comment("ARP for an address that is not ours: dropped")
    s.packet(0, Ether(dst=BROADCAST, src=neighbour_mac(0))
             / ARP(op=1, hwsrc=neighbour_mac(0), psrc=neighbour_ip(0), pdst="10.0.0.7"))
    s.expect_drop()
    s.comment("ARP on port 0 for port 1's address: dropped (answered only on its own port)")
    s.packet(0, Ether(dst=BROADCAST, src=neighbour_mac(0))
             / ARP(op=1, hwsrc=neighbour_mac(0), psrc=neighbour_ip(0), pdst=port_ip(1)))
    s.expect_drop()
    s.comment("a gratuitous ARP reply: dropped")
    s.packet(3, Ether(dst=BROADCAST, src=neighbour_mac(3))
             / ARP(op=2, hwsrc=neighbour_mac(3), psrc=neighbour_ip(3), hwdst=BROADCAST,
                   pdst=neighbour_ip(3)))
    s.expect_drop()

    s.blank()
    s.comment("echo requests to the router's addresses, answered by the dataplane")
    pings = [
        (0, host(0, src=neighbour_ip(0), dst=port_ip(0), id=0x1c46, flags="DF", ttl=64)
         / ICMP(type=8, id=0x0b1e, seq=1) / Raw(bytes(range(56)))),
        (0, host(0, src=neighbour_ip(0), dst=port_ip(2), id=0x1c47, ttl=64)
         / ICMP(type=8, id=0x0b1e, seq=2) / Raw(b"oasis ping payload")),
        (3, host(3, src="198.51.100.20", dst=port_ip(3), id=0x4242, ttl=57)
         / ICMP(type=8, id=0x7777, seq=9) / Raw(bytes(range(32)))),
    ]
    for port, ping in pings:
        s.packet(port, ping)
        s.expect(port, echo_reply(bytes(ping), port))
    s.comment("an echo request with TTL 1 to the router is answered (local before TTL check)")
    ping = (host(1, src=neighbour_ip(1), dst=port_ip(1), ttl=1)
            / ICMP(type=8, id=0x0001, seq=1) / Raw(b"ttl-one"))
    s.packet(1, ping)
    s.expect(1, echo_reply(bytes(ping), 1))
    s.comment("UDP to the router's address: dropped (only echo requests are answered)")
    s.packet(1, host(1, src=neighbour_ip(1), dst=port_ip(1)) / UDP(sport=5000, dport=7)
             / Raw(b"echo?"))
    s.expect_drop()

    s.blank()
    s.comment("forwarding between every pair of ports (neighbour to neighbour)")
    for i in range(PORTS):
        for j in range(PORTS):
            if i == j:
                continue
            n = i * PORTS + j
            if n % 3 == 0:
                l4 = TCP(sport=40000 + n, dport=443, flags="S", seq=1000 * n, window=64240)
            elif n % 3 == 1:
                l4 = UDP(sport=50000 + n, dport=4000 + j) / Raw(f"udp {i}->{j}".encode())
            else:
                l4 = ICMP(type=8, id=n, seq=1) / Raw(b"through the router")
            packet = host(i, src=neighbour_ip(i), dst=neighbour_ip(j), id=0x100 + n,
                          ttl=64) / l4
            s.packet(i, packet)
            s.expect(*forwarded(bytes(packet)))

    s.comment("the default route: via 10.0.3.2 on port 3")
    for port, packet in [
        (0, host(0, src=neighbour_ip(0), dst="93.184.216.34", ttl=64)
         / TCP(sport=51515, dport=443, flags="PA", seq=77, ack=88) / Raw(b"GET / HTTP/1.1\r\n")),
        (1, host(1, src=neighbour_ip(1), dst="8.8.8.8", ttl=128)
         / UDP(sport=33333, dport=53) / Raw(bytes.fromhex(
             "abcd01000001000000000000076578616d706c6503636f6d0000010001"))),
        (3, host(3, src="203.0.113.7", dst="192.0.2.1", ttl=20) / UDP(sport=1, dport=2)),
        (3, host(3, src="203.0.113.7", dst=neighbour_ip(1), ttl=50)
         / TCP(sport=443, dport=51000, flags="SA", seq=5, ack=6)),
    ]:
        s.packet(port, packet)
        s.expect(*forwarded(bytes(packet)))

    s.comment("TTL 2 is forwarded with TTL 1")
    packet = host(2, src=neighbour_ip(2), dst=neighbour_ip(0), ttl=2) / UDP(sport=9, dport=9)
    s.packet(2, packet)
    s.expect(*forwarded(bytes(packet)))

    s.comment("a 1518-byte frame (max_frame) is forwarded; a 1519-byte one is dropped")
    packet = host(0, src=neighbour_ip(0), dst=neighbour_ip(1)) / UDP(sport=7, dport=7)
    packet = packet / Raw(b"\x5a" * (MAX_FRAME - len(packet)))
    s.packet(0, packet)
    s.expect(*forwarded(bytes(packet)))
    packet = host(0, src=neighbour_ip(0), dst=neighbour_ip(1)) / UDP(sport=7, dport=7)
    packet = packet / Raw(b"\x5a" * (MAX_FRAME + 1 - len(packet)))
    s.packet(0, packet)
    s.expect_drop()

    s.blank()
    s.comment("IPv4 options are forwarded intact (ihl 6: router alert; ihl 15: record route)")
    packet = (host(0, src=neighbour_ip(0), dst=neighbour_ip(2), ttl=64,
                   options=[IPOption_Router_Alert()])
              / UDP(sport=1234, dport=5678) / Raw(b"with router alert"))
    assert bytes(packet)[14] == 0x46, "the router-alert header must have ihl 6"
    s.packet(0, packet)
    s.expect(*forwarded(bytes(packet)))
    packet = (host(1, src=neighbour_ip(1), dst="198.51.100.99", ttl=64,
                   options=[IPOption_RR(routers=["0.0.0.0"] * 9)])
              / ICMP(type=8, id=3, seq=4) / Raw(b"record my route"))
    assert bytes(packet)[14] == 0x4F, "the record-route header must have ihl 15"
    s.packet(1, packet)
    s.expect(*forwarded(bytes(packet)))

    s.blank()
    s.comment("TTL 1 and TTL 0: the slow path sends ICMP time exceeded from the ingress port")
    for port, packet in [
        (0, host(0, src=neighbour_ip(0), dst=neighbour_ip(2), id=0x2001, ttl=1)
         / UDP(sport=33434, dport=33435) / Raw(b"traceroute probe")),
        (3, host(3, src="203.0.113.7", dst=neighbour_ip(1), id=0x2002, ttl=0)
         / TCP(sport=443, dport=51000, flags="A", seq=9, ack=10) / Raw(b"late")),
        (2, host(2, src=neighbour_ip(2), dst="8.8.4.4", id=0x2003, ttl=1,
                 options=[IPOption_Router_Alert()])
         / ICMP(type=8, id=5, seq=6) / Raw(b"options are quoted too")),
    ]:
        s.packet(port, packet)
        s.expect(port, slow_path.icmp_error(packet, port, 11, 0))

    s.blank()
    s.comment("malformed or foreign IPv4: dropped")
    good = host(0, src=neighbour_ip(0), dst=neighbour_ip(1), ttl=64) / UDP(sport=1, dport=2)
    bad_checksum = bytearray(bytes(good))
    bad_checksum[24] ^= 0xFF
    s.comment("bad header checksum")
    s.packet(0, bad_checksum)
    s.expect_drop()
    s.comment("truncated IPv4 header (12 of 20 bytes)")
    s.packet(0, bytes(good)[:14 + 12])
    s.expect_drop()
    s.comment("ihl 15 but the frame ends inside the options")
    with_options = bytes(host(1, src=neighbour_ip(1), dst=neighbour_ip(0),
                              options=[IPOption_RR(routers=["0.0.0.0"] * 9)]) / UDP())
    s.packet(1, with_options[:14 + 30])
    s.expect_drop()
    s.comment("ihl 4 (shorter than the fixed header)")
    bad_ihl = bytearray(bytes(good))
    bad_ihl[14] = 0x44
    s.packet(0, bad_ihl)
    s.expect_drop()
    s.comment("version 6 in an IPv4 EtherType")
    bad_version = bytearray(bytes(good))
    bad_version[14] = 0x65
    s.packet(0, bad_version)
    s.expect_drop()
    s.comment("addressed to another MAC")
    s.packet(0, Ether(dst="02:00:00:00:00:99", src=neighbour_mac(0))
             / IP(src=neighbour_ip(0), dst=neighbour_ip(1)) / UDP(sport=1, dport=2))
    s.expect_drop()
    s.comment("addressed to port 1's MAC but arriving on port 0")
    s.packet(0, Ether(dst=port_mac(1), src=neighbour_mac(0))
             / IP(src=neighbour_ip(0), dst=neighbour_ip(1)) / UDP(sport=1, dport=2))
    s.expect_drop()
    s.comment("IPv4 broadcasts: a directed broadcast and a DHCP discover")
    s.packet(0, Ether(dst=BROADCAST, src=neighbour_mac(0))
             / IP(src=neighbour_ip(0), dst="10.0.0.255") / UDP(sport=137, dport=137)
             / Raw(b"\x00" * 50))
    s.expect_drop()
    s.packet(2, Ether(dst=BROADCAST, src="02:00:00:00:00:77")
             / IP(src="0.0.0.0", dst="255.255.255.255") / UDP(sport=68, dport=67)
             / BOOTP(chaddr=mac_bytes("02:00:00:00:00:77"), xid=0x3903F326)
             / DHCP(options=[("message-type", "discover"), "end"]))
    s.expect_drop()
    s.comment("IPv6 and an unknown EtherType")
    s.packet(1, Ether(dst=port_mac(1), src=neighbour_mac(1))
             / IPv6(src="fd00::2", dst="fd00::1") / ICMPv6EchoRequest(id=1, seq=1))
    s.expect_drop()
    s.packet(1, Ether(dst=port_mac(1), src=neighbour_mac(1), type=0x88B5) / Raw(b"local exp"))
    s.expect_drop()
    return s


if __name__ == "__main__":
    build().write(os.path.dirname(os.path.abspath(__file__)))
