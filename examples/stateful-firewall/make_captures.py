#!/usr/bin/python3
"""Writes in.pcapng and scenario.stf for the stateful-firewall example.

The expected outputs follow from the firewall's specification (examples/README.md) and the rules
in entries.json, computed here with scapy and a model of the access list and connection table;
Oasis is not run. Run with Debian's Python:
/usr/bin/python3 examples/stateful-firewall/make_captures.py [--tshark]
"""

import ipaddress
import json
import os
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))

from scapy.layers.inet import ICMP, IP, TCP, UDP  # noqa: E402
from scapy.layers.inet6 import ICMPv6EchoRequest, IPv6  # noqa: E402
from scapy.layers.l2 import ARP, Ether  # noqa: E402
from scapy.packet import Raw  # noqa: E402
from scapy.utils import checksum  # noqa: E402

from scenario_lib import Scenario  # noqa: E402

INSIDE, OUTSIDE = 0, 1
SETS, WAYS, TIMEOUT_NS = 4096, 4, 300_000_000_000

HOST_10 = ("02:00:00:00:01:0a", "192.168.1.10")
HOST_11 = ("02:00:00:00:01:0b", "192.168.1.11")
GATEWAY = ("02:00:00:00:02:01", "192.168.1.1")
WEB = "198.51.100.80"
RESOLVER = "198.51.100.53"
TIME_SERVER = "198.51.100.123"
BLOCKED_HOST = "203.0.113.66"
STRANGER = "203.0.113.9"


def number(value):
    """An entries.json value: integer, decimal or 0x string, dotted IPv4."""
    if isinstance(value, int):
        return value
    if "." in value:
        return int(ipaddress.IPv4Address(value))
    return int(value, 0)


class AclRule:
    def __init__(self, key, action, priority, order):
        self.ternary = {}
        for field in ("ipv4.src", "ipv4.dst", "ipv4.protocol"):
            if field in key:
                self.ternary[field] = (number(key[field]["value"]), number(key[field]["mask"]))
        self.ranges = {f: (number(key[f]["min"]), number(key[f]["max"]))
                       for f in ("sport", "dport")}
        self.action, self.priority, self.order = action, priority, order

    def matches(self, fields):
        return (all(fields[f] & mask == value & mask
                    for f, (value, mask) in self.ternary.items())
                and all(lo <= fields[f] <= hi for f, (lo, hi) in self.ranges.items()))


class Firewall:
    """The specification: ACL for inside -> outside, connection table for the way back."""

    def __init__(self, entries):
        self.rules = [AclRule(e["key"], e["action"], e["priority"], i)
                      for i, e in enumerate(entries["tables"]["acl"])]
        self.connections = {}  # 5-tuple -> last used ns
        self.blocked = 0

    def add_rule(self, key, action, priority):
        self.rules.append(AclRule(key, action, priority, len(self.rules)))

    def _live(self, five_tuple, now):
        return five_tuple in self.connections and now - self.connections[five_tuple] <= TIMEOUT_NS

    def _record(self, five_tuple, now):
        if not self._live(five_tuple, now):
            def set_of(t):
                return zlib.crc32(t.to_bytes(13, "big")) & (SETS - 1)
            same_set = [t for t in self.connections
                        if self._live(t, now) and set_of(t) == set_of(five_tuple)]
            assert len(same_set) < WAYS, "scenario would fill a set"
        self.connections[five_tuple] = now

    def outputs(self, port, frame, now):
        other = OUTSIDE if port == INSIDE else INSIDE
        kind, fields = classify(frame)
        if kind == "parse error":
            return []
        if kind == "arp":
            return [(other, frame)]
        checkable = kind == "5-tuple" and fields["checksum ok"]
        if port == INSIDE:
            if not checkable or fields["echo reply"]:
                return []
            rule = self._lookup(fields)
            if rule is None or rule.action == "deny":
                return []
            self._record(self._pack(fields, reverse=False), now)
            return [(OUTSIDE, frame)]
        reversed_tuple = self._pack(fields, reverse=True) if checkable else None
        if not checkable or fields["echo request"] or not self._live(reversed_tuple, now):
            self.blocked += 1
            return []
        self.connections[reversed_tuple] = now
        return [(INSIDE, frame)]

    def _lookup(self, fields):
        matching = [r for r in self.rules if r.matches(fields)]
        if not matching:
            return None
        return max(matching, key=lambda r: (r.priority, -r.order))

    @staticmethod
    def _pack(f, reverse):
        src, dst = ("ipv4.dst", "ipv4.src") if reverse else ("ipv4.src", "ipv4.dst")
        sport, dport = ("dport", "sport") if reverse else ("sport", "dport")
        return (f[src] << 72 | f[dst] << 40 | f["ipv4.protocol"] << 32 | f[sport] << 16
                | f[dport])


def classify(frame):
    """What the firewall's parser makes of a frame: ("parse error" | "arp" | "other", None) or
    ("5-tuple", fields). Follows the parser in firewall.oasis: Ethernet, then ARP or IPv4 (version
    4, ihl 5..15, options included), then for unfragmented IPv4 a TCP header with its options, a
    UDP header or an ICMP header; each must fit in the frame."""
    if len(frame) < 14:
        return "parse error", None
    ethertype = int.from_bytes(frame[12:14], "big")
    if ethertype == 0x0806:
        return ("arp", None) if len(frame) >= 14 + 28 else ("parse error", None)
    if ethertype != 0x0800:
        return "other", None
    if len(frame) < 34 or frame[14] >> 4 != 4 or frame[14] & 0x0F < 5:
        return "parse error", None
    header_end = 14 + (frame[14] & 0x0F) * 4
    if len(frame) < header_end:
        return "parse error", None
    protocol = frame[23]
    more_fragments = frame[20] & 0x20
    offset = int.from_bytes(frame[20:22], "big") & 0x1FFF
    if more_fragments or offset or protocol not in (1, 6, 17):
        return "other", None
    l4 = frame[header_end:]
    needed = {6: 20, 17: 8, 1: 8}[protocol]
    if protocol == 6 and len(l4) >= 13:
        if l4[12] >> 4 < 5:
            return "parse error", None
        needed = (l4[12] >> 4) * 4
    if len(l4) < needed:
        return "parse error", None
    fields = {"ipv4.src": int.from_bytes(frame[26:30], "big"),
              "ipv4.dst": int.from_bytes(frame[30:34], "big"),
              "ipv4.protocol": protocol,
              "checksum ok": checksum(bytes(frame[14:header_end])) == 0,
              "echo request": False, "echo reply": False}
    if protocol in (6, 17):
        fields["sport"] = int.from_bytes(l4[0:2], "big")
        fields["dport"] = int.from_bytes(l4[2:4], "big")
        return "5-tuple", fields
    icmp_type, icmp_code, identifier = l4[0], l4[1], int.from_bytes(l4[4:6], "big")
    if icmp_code != 0 or icmp_type not in (0, 8):
        return "other", None
    request = icmp_type == 8
    fields.update({"sport": identifier if request else 0, "dport": 0 if request else identifier,
                   "echo request": request, "echo reply": not request})
    return "5-tuple", fields


def inside(host, dst, **ip_fields):
    return Ether(src=host[0], dst=GATEWAY[0]) / IP(src=host[1], dst=dst, **ip_fields)


def outside(src, host, **ip_fields):
    return Ether(src=GATEWAY[0], dst=host[0]) / IP(src=src, dst=host[1], **ip_fields)


def build():
    with open(os.path.join(HERE, "entries.json")) as f:
        entries = json.load(f)
    firewall = Firewall(entries)
    s = Scenario("stateful-firewall", 2, [
        "stateful-firewall: expected behaviour of examples/stateful-firewall/firewall.oasis",
        "with entries.json. Written by make_captures.py from the specification (scapy); Oasis",
        "was not run. Port 0 is the inside (192.168.1.10 and .11), port 1 the outside, where",
        "the gateway 192.168.1.1 is. Passing frames leave by the other port unchanged.",
    ])

    def send(port, frame, comment=None):
        if comment:
            s.comment(comment)
        frame = bytes(frame)
        outputs = firewall.outputs(port, frame, s.next_timestamp)
        s.packet(port, frame)
        for egress, out in outputs:
            s.expect(egress, out)
        if not outputs:
            s.expect_drop()

    s.blank()
    send(INSIDE, Ether(src=HOST_10[0], dst="ff:ff:ff:ff:ff:ff")
         / ARP(op=1, hwsrc=HOST_10[0], psrc=HOST_10[1], pdst=GATEWAY[1]),
         "ARP passes both ways: a request for the gateway and its reply")
    send(OUTSIDE, Ether(src=GATEWAY[0], dst=HOST_10[0])
         / ARP(op=2, hwsrc=GATEWAY[0], psrc=GATEWAY[1], hwdst=HOST_10[0], pdst=HOST_10[1]))

    s.blank()
    s.comment("HTTPS from .10 is allowed (priority 100); the answers come back in")
    send(INSIDE, inside(HOST_10, WEB, id=1) / TCP(sport=40001, dport=443, flags="S", seq=100))
    send(OUTSIDE, outside(WEB, HOST_10, id=7001)
         / TCP(sport=443, dport=40001, flags="SA", seq=900, ack=101))
    send(INSIDE, inside(HOST_10, WEB, id=2)
         / TCP(sport=40001, dport=443, flags="A", seq=101, ack=901))
    send(OUTSIDE, outside(WEB, HOST_10, id=7002)
         / TCP(sport=443, dport=40001, flags="PA", seq=901, ack=101) / Raw(b"\x16\x03\x03hello"))
    s.comment("the same server port to another inside port, or from another server: blocked")
    send(OUTSIDE, outside(WEB, HOST_10, id=7003)
         / TCP(sport=443, dport=40002, flags="PA", seq=1, ack=1) / Raw(b"not yours"))
    send(OUTSIDE, outside("198.51.100.81", HOST_10, id=7004)
         / TCP(sport=443, dport=40001, flags="PA", seq=1, ack=1) / Raw(b"not yours"))

    s.comment("HTTP from .11 is allowed too")
    send(INSIDE, inside(HOST_11, WEB, id=3) / TCP(sport=40010, dport=80, flags="S", seq=5))
    send(OUTSIDE, outside(WEB, HOST_11, id=7005)
         / TCP(sport=80, dport=40010, flags="SA", seq=50, ack=6))

    s.blank()
    s.comment("SSH is not in the list: denied; a forged answer from outside is blocked")
    send(INSIDE, inside(HOST_10, WEB, id=4) / TCP(sport=40020, dport=22, flags="S", seq=1))
    send(OUTSIDE, outside(WEB, HOST_10, id=7006)
         / TCP(sport=22, dport=40020, flags="SA", seq=1, ack=2))
    s.comment("the control plane allows SSH from .10 to the web server, between two packets")
    rule = {"ipv4.src": {"value": HOST_10[1], "mask": "255.255.255.255"},
            "ipv4.dst": {"value": WEB, "mask": "255.255.255.255"},
            "ipv4.protocol": {"value": 6, "mask": "0xff"},
            "sport": {"min": 0, "max": 65535}, "dport": {"min": 22, "max": 22}}
    s.add(f"acl ipv4.src={HOST_10[1]}&&&255.255.255.255 ipv4.dst={WEB}&&&255.255.255.255 "
          "ipv4.protocol=6&&&0xff sport=0..65535 dport=22..22 allow() priority 150")
    firewall.add_rule(rule, "allow", 150)
    send(INSIDE, inside(HOST_10, WEB, id=5) / TCP(sport=40021, dport=22, flags="S", seq=1))
    send(OUTSIDE, outside(WEB, HOST_10, id=7007)
         / TCP(sport=22, dport=40021, flags="SA", seq=1, ack=2))
    send(INSIDE, inside(HOST_11, WEB, id=6) / TCP(sport=40022, dport=22, flags="S", seq=1),
         "the new rule is for .10 only: SSH from .11 is still denied")

    s.blank()
    send(INSIDE, inside(HOST_10, BLOCKED_HOST, id=7)
         / TCP(sport=40030, dport=443, flags="S", seq=1),
         "HTTPS to 203.0.113.66: the deny at priority 200 beats the allow at 100")
    send(INSIDE, Ether(src=HOST_10[0], dst=GATEWAY[0]) / IP(src="10.1.1.1", dst=WEB, id=8)
         / TCP(sport=40031, dport=443, flags="S", seq=1),
         "a source outside 192.168.1.0/24 matches no allow: denied")
    send(OUTSIDE, outside(STRANGER, HOST_10, id=7008)
         / TCP(sport=51000, dport=22, flags="S", seq=1),
         "an unsolicited SYN from outside: blocked")

    s.blank()
    s.comment("DNS over UDP: the query leaves, the answer enters; an answer from another port")
    s.comment("of the resolver is blocked")
    query = bytes.fromhex("1a2b01000001000000000000076578616d706c65036e65740000010001")
    send(INSIDE, inside(HOST_10, RESOLVER, id=9) / UDP(sport=53000, dport=53) / Raw(query))
    answer = bytes.fromhex("1a2b81800001000100000000076578616d706c65036e65740000010001"
                           "c00c000100010000012c0004c0000208")
    send(OUTSIDE, outside(RESOLVER, HOST_10, id=7009) / UDP(sport=53, dport=53000)
         / Raw(answer))
    send(OUTSIDE, outside(RESOLVER, HOST_10, id=7010) / UDP(sport=5353, dport=53000)
         / Raw(answer))
    s.comment("NTP: allowed only from an unprivileged source port (1024..65535)")
    ntp = b"\x23" + b"\x00" * 47
    send(INSIDE, inside(HOST_11, TIME_SERVER, id=10) / UDP(sport=40123, dport=123) / Raw(ntp))
    send(OUTSIDE, outside(TIME_SERVER, HOST_11, id=7011) / UDP(sport=123, dport=40123)
         / Raw(b"\x24\x02" + b"\x00" * 46))
    send(INSIDE, inside(HOST_11, TIME_SERVER, id=11) / UDP(sport=123, dport=123) / Raw(ntp))

    s.blank()
    s.comment("ICMP echo: out and back; the outside cannot ping in; a reply nobody asked for")
    s.comment("is blocked")
    send(INSIDE, inside(HOST_10, WEB, id=12) / ICMP(type=8, id=0x4d2, seq=1)
         / Raw(bytes(range(32))))
    send(OUTSIDE, outside(WEB, HOST_10, id=7012) / ICMP(type=0, id=0x4d2, seq=1)
         / Raw(bytes(range(32))))
    send(OUTSIDE, outside(STRANGER, HOST_10, id=7013) / ICMP(type=8, id=0x4d2, seq=1))
    send(OUTSIDE, outside(WEB, HOST_10, id=7014) / ICMP(type=0, id=0x4d3, seq=1))
    send(INSIDE, inside(HOST_10, WEB, id=13) / ICMP(type=0, id=0x99, seq=1),
         "an echo reply from the inside: dropped")
    send(OUTSIDE, outside(GATEWAY[1], HOST_10, id=7015) / ICMP(type=11, code=0)
         / Raw(bytes(inside(HOST_10, WEB, id=12, ttl=1) / ICMP(type=8, id=0x4d2, seq=1))[14:42]),
         "ICMP errors are not followed: a time exceeded from outside is blocked")

    s.blank()
    s.comment("other drops")
    send(INSIDE, inside(HOST_10, WEB, id=14, flags="MF") / TCP(sport=40001, dport=443)
         / Raw(b"first fragment"), "a first fragment (more-fragments set)")
    bad = bytearray(bytes(inside(HOST_10, WEB, id=15) / TCP(sport=40001, dport=443, flags="A")))
    bad[24] ^= 0x01
    send(INSIDE, bad, "a bad IPv4 header checksum")
    send(INSIDE, bytes(inside(HOST_10, WEB, id=16) / TCP(sport=40001, dport=443))[:14 + 20 + 10],
         "a truncated TCP header: parse error")
    send(INSIDE, Ether(src=HOST_10[0], dst="33:33:00:00:00:01")
         / IPv6(src="fe80::a", dst="ff02::1") / ICMPv6EchoRequest(), "IPv6 from the inside")
    send(OUTSIDE, Ether(src=GATEWAY[0], dst=HOST_10[0])
         / IPv6(src="2001:db8::1", dst="2001:db8::a") / ICMPv6EchoRequest(),
         "IPv6 from the outside: blocked")
    s.comment(f"blocked[0] is {firewall.blocked} at the end")
    return s


if __name__ == "__main__":
    build().write(HERE)
