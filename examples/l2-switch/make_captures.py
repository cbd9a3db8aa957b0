#!/usr/bin/python3
"""Writes in.pcapng and scenario.stf for the l2-switch example.

The expected outputs follow from the switch's specification (examples/README.md): a learning
table of source MAC -> port, flooding of unknown, broadcast and multicast destinations, hairpin
drop. Computed here with scapy and a model of the table; Oasis is not run. Run with Debian's
Python: /usr/bin/python3 examples/l2-switch/make_captures.py [--tshark]
"""

import os
import sys
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from scapy.layers.inet import ICMP, IP, UDP  # noqa: E402
from scapy.layers.inet6 import ICMPv6ND_NS, IPv6  # noqa: E402
from scapy.layers.l2 import ARP, Dot1Q, Ether  # noqa: E402
from scapy.packet import Raw  # noqa: E402

from scenario_lib import Scenario  # noqa: E402

PORTS = 4
MAX_FRAME = 1522
SETS, WAYS, AGEING_NS = 1024, 4, 300_000_000_000

HOSTS = {
    "A": ("02:00:00:00:0a:01", "192.168.10.1"),
    "B": ("02:00:00:00:0b:02", "192.168.10.2"),
    "C": ("02:00:00:00:0c:03", "192.168.10.3"),
    "D": ("02:00:00:00:0d:04", "192.168.10.4"),
    "E": ("02:00:00:00:0e:05", "192.168.10.5"),
    "F": ("02:00:00:00:0f:06", "192.168.10.6"),
}


def mac(name):
    return HOSTS[name][0]


def ip(name):
    return HOSTS[name][1]


class LearningSwitch:
    """The specification: learn unicast sources, forward known unicast, flood the rest."""

    def __init__(self):
        self.stations = {}  # MAC value -> (port, last used ns)

    def _live(self, address, now):
        entry = self.stations.get(address)
        return entry is not None and now - entry[1] <= AGEING_NS

    def _set_of(self, address):
        return zlib.crc32(address.to_bytes(6, "big")) & (SETS - 1)

    def outputs(self, port, frame, now):
        """[(port, frame)] for one input frame; [] for a drop."""
        if len(frame) > MAX_FRAME or len(frame) < 14:
            return []
        dst, src = int.from_bytes(frame[0:6], "big"), int.from_bytes(frame[6:12], "big")
        if not src >> 40 & 1:
            if not self._live(src, now):
                same_set = [a for a in self.stations
                            if self._live(a, now) and self._set_of(a) == self._set_of(src)]
                assert len(same_set) < WAYS, "scenario would fill a set: pick other MACs"
            self.stations[src] = (port, now)
        if dst >> 40 & 1 or not self._live(dst, now):
            return [(p, frame) for p in range(PORTS) if p != port]
        egress = self.stations[dst][0]
        self.stations[dst] = (egress, now)
        return [] if egress == port else [(egress, frame)]


def build():
    s = Scenario("l2-switch", PORTS, [
        "l2-switch: expected behaviour of examples/l2-switch/switch.oasis (no entries needed).",
        "Written by make_captures.py from the specification (scapy); Oasis was not run.",
        "Stations: A 02:00:00:00:0a:01, B ..0b:02, C ..0c:03, D ..0d:04, E ..0e:05, F ..0f:06.",
    ])
    switch = LearningSwitch()

    def send(port, frame, comment=None):
        if comment:
            s.comment(comment)
        frame = bytes(frame)
        outputs = switch.outputs(port, frame, s.next_timestamp)
        s.packet(port, frame)
        for egress, out in outputs:
            s.expect(egress, out)
        if not outputs:
            s.expect_drop()

    def ipv4(src, dst):
        return Ether(src=mac(src), dst=mac(dst)) / IP(src=ip(src), dst=ip(dst))

    s.blank()
    send(0, Ether(src=mac("A"), dst="ff:ff:ff:ff:ff:ff")
         / ARP(op=1, hwsrc=mac("A"), psrc=ip("A"), pdst=ip("B")),
         "A (port 0) broadcasts an ARP request for B: flooded; A is learned on port 0")
    send(1, Ether(src=mac("B"), dst=mac("A"))
         / ARP(op=2, hwsrc=mac("B"), psrc=ip("B"), hwdst=mac("A"), pdst=ip("A")),
         "B (port 1) answers: A is known, so only port 0; B is learned on port 1")
    send(0, ipv4("A", "B") / ICMP(type=8, id=1, seq=1) / Raw(b"ping B"),
         "A pings B: known unicast to port 1")
    send(1, ipv4("B", "A") / ICMP(type=0, id=1, seq=1) / Raw(b"ping B"),
         "B's echo reply: port 0")
    send(0, ipv4("A", "C") / UDP(sport=40000, dport=9999) / Raw(b"hello C"),
         "A to C, who has not sent anything yet: unknown unicast, flooded")
    send(2, ipv4("C", "A") / UDP(sport=9999, dport=40000) / Raw(b"hello A"),
         "C (port 2) answers A: port 0; C is learned on port 2")
    send(0, ipv4("A", "C") / UDP(sport=40000, dport=9999) / Raw(b"hello again"),
         "A to C again: now known, port 2 only")

    s.blank()
    send(3, Ether(src=mac("D"), dst="01:00:5e:00:00:fb")
         / IP(src=ip("D"), dst="224.0.0.251", ttl=255) / UDP(sport=5353, dport=5353)
         / Raw(bytes.fromhex("0000000000010000000000000"
                             "55f68747470045f746370056c6f63616c00000c0001")),
         "D (port 3) sends an mDNS query to an IPv4 multicast group: flooded")
    send(3, Ether(src=mac("E"), dst="33:33:ff:00:00:04")
         / IPv6(src="fe80::e", dst="ff02::1:ff00:4", hlim=255) / ICMPv6ND_NS(tgt="fe80::4"),
         "E, also behind port 3, sends an IPv6 neighbour solicitation (multicast): flooded")
    send(3, ipv4("D", "E") / UDP(sport=1000, dport=2000) / Raw(b"same segment"),
         "D to E: E was learned on port 3, the ingress port: dropped (hairpin)")
    send(0, ipv4("A", "D") / ICMP(type=8, id=2, seq=1),
         "A to D: port 3")

    s.blank()
    send(2, ipv4("A", "B") / UDP(sport=4444, dport=4444) / Raw(b"moved"),
         "A moves to port 2 and sends to B: port 1; A is now learned on port 2")
    send(1, ipv4("B", "A") / UDP(sport=4444, dport=4444) / Raw(b"welcome"),
         "B to A: follows A to port 2")
    send(2, ipv4("A", "F") / UDP(sport=1, dport=2),
         "A to F, never seen: flooded to ports 0, 1 and 3")

    s.blank()
    s.comment("frame sizes: shorter than an Ethernet header is a parse error; exactly a header is")
    s.comment("forwarded; 1522 bytes (max_frame) passes and 1523 bytes is dropped as oversize")
    send(0, bytes.fromhex("02000000"), "a 4-byte frame")
    send(0, bytes(Ether(src=mac("A"), dst=mac("B")))[:13], "a 13-byte frame")
    send(2, Ether(src=mac("A"), dst=mac("B"), type=0x88B5), "a 14-byte frame: header only")
    tagged = Ether(src=mac("B"), dst=mac("A")) / Dot1Q(vlan=10, prio=5) / IP(
        src=ip("B"), dst=ip("A")) / UDP(sport=49152, dport=49153)
    send(1, tagged / Raw(b"\x11" * (MAX_FRAME - len(tagged))),
         "a VLAN-tagged 1522-byte frame from B to A: switched to port 2 unchanged")
    send(1, tagged / Raw(b"\x11" * (MAX_FRAME + 1 - len(tagged))), "the same at 1523 bytes")
    return s


if __name__ == "__main__":
    build().write(os.path.dirname(os.path.abspath(__file__)))
