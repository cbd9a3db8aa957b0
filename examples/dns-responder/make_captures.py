#!/usr/bin/python3
"""Writes in.pcapng and scenario.stf for the dns-responder example.

The expected responses follow from the responder's specification (examples/README.md) and RFC
1035, built here byte by byte and checked with scapy's DNS dissector; Oasis is not run. Run with
Debian's Python: /usr/bin/python3 examples/dns-responder/make_captures.py [--tshark]
"""

import json
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))

from scapy.layers.dns import DNS, DNSQR, DNSRROPT  # noqa: E402
from scapy.layers.inet import IP, TCP, UDP, IPOption_Router_Alert  # noqa: E402
from scapy.layers.l2 import ARP, Ether  # noqa: E402
from scapy.packet import Raw  # noqa: E402

from scenario_lib import Scenario, SlowPath  # noqa: E402

SERVER_MAC, SERVER_IP = "02:00:00:00:00:53", "10.0.0.53"
CLIENT_MAC, CLIENT_IP = "02:00:00:00:00:0a", "10.0.0.10"
OTHER_MAC, OTHER_IP = "02:00:00:00:00:4d", "10.0.0.77"
ANSWER_TTL = 300
MAX_LABELS = 7
NOERROR, NXDOMAIN = 0, 3


def query(dns, src_port=53535, client=(CLIENT_MAC, CLIENT_IP), ip_id=0x3e01, **ip_fields):
    """A UDP query frame from a client to the server; dns is a scapy DNS layer or raw bytes."""
    return (Ether(src=client[0], dst=SERVER_MAC)
            / IP(src=client[1], dst=SERVER_IP, id=ip_id, **ip_fields)
            / UDP(sport=src_port, dport=53)
            / (dns if isinstance(dns, DNS) else Raw(dns)))


def split_question(message):
    """(labels, question bytes as sent: name + type + class) of a one-question DNS message."""
    offset, labels = 12, []
    while message[offset]:
        labels.append(message[offset + 1:offset + 1 + message[offset]].decode("ascii"))
        offset += 1 + message[offset]
    return labels, message[12:offset + 1 + 4]


def response(query_frame, rcode_and_answer):
    """The response the specification asks for: built by hand from the query's bytes."""
    q = Ether(bytes(query_frame))
    message = bytes(q[UDP].payload)
    labels, question = split_question(message)
    rcode, address = rcode_and_answer
    flags = 0x8000 | 0x0400 | (message[2] & 0x01) << 8 | rcode  # QR, AA, the query's RD
    answer = b""
    if address is not None:
        answer = struct.pack("!HHHIH4s", 0xC00C, 1, 1, ANSWER_TTL, 4,
                             bytes(int(x) for x in address.split(".")))
    dns = message[0:2] + struct.pack("!HHHHH", flags, 1, 1 if answer else 0, 0, 0)
    dns += question + answer
    frame = (Ether(dst=q.src, src=SERVER_MAC)
             / IP(src=SERVER_IP, dst=q[IP].src, id=q[IP].id, flags=q[IP].flags, tos=0, ttl=64,
                  proto=17)
             / UDP(sport=53, dport=q[UDP].sport)
             / Raw(dns))

    # scapy's dissector must read back what we meant
    parsed = DNS(dns)
    assert parsed.qr == 1 and parsed.aa == 1 and parsed.ra == 0 and parsed.rcode == rcode
    assert parsed.qd.qname.decode().rstrip(".") == ".".join(labels)
    if address is not None:
        assert parsed.an.rrname == parsed.qd.qname and parsed.an.rdata == address
        assert parsed.an.ttl == ANSWER_TTL
    return frame


def expected_answer(query_frame, records):
    """(rcode, address or None) for a well-formed query, from records {name: address}."""
    message = bytes(Ether(bytes(query_frame))[UDP].payload)
    labels, question = split_question(message)
    qtype, qclass = struct.unpack("!HH", question[-4:])
    name = ".".join(labels).lower()
    if name not in records:
        return NXDOMAIN, None
    return NOERROR, records[name] if (qtype, qclass) == (1, 1) else None


def names_from_entries():
    """{name: address} from table `names` in entries.json (labels joined, empty ones dropped)."""
    with open(os.path.join(HERE, "entries.json")) as f:
        entries = json.load(f)
    records = {}
    for entry in entries["tables"]["names"]:
        labels = [entry["key"][f"label{i}"] for i in range(MAX_LABELS)]
        records[".".join(label for label in labels if label)] = entry["params"]["address"]
    return records


def build():
    s = Scenario("dns-responder", 1, [
        "dns-responder: expected behaviour of examples/dns-responder/dns.oasis with entries.json.",
        "Written by make_captures.py from the specification (scapy); Oasis was not run.",
        "The server is 10.0.0.53 at 02:00:00:00:00:53; oasis.test is 192.0.2.10 and",
        "www.oasis.test is 192.0.2.11. Clients: 10.0.0.10 (02:00:00:00:00:0a) and 10.0.0.77.",
    ])
    slow_path = SlowPath({0: (SERVER_MAC, SERVER_IP)})
    records = names_from_entries()
    assert records == {"oasis.test": "192.0.2.10", "www.oasis.test": "192.0.2.11"}

    def answered(frame, comment=None):
        if comment:
            s.comment(comment)
        s.packet(0, frame)
        s.expect(0, response(frame, expected_answer(frame, records)))

    def dropped(frame, comment):
        s.comment(comment)
        s.packet(0, frame)
        s.expect_drop()

    s.blank()
    s.comment("ARP for the server's address: the slow path answers; for another address: dropped")
    request = (Ether(src=CLIENT_MAC, dst="ff:ff:ff:ff:ff:ff")
               / ARP(op=1, hwsrc=CLIENT_MAC, psrc=CLIENT_IP, pdst=SERVER_IP))
    s.packet(0, request)
    s.expect(0, slow_path.arp_reply(request, 0))
    s.packet(0, Ether(src=CLIENT_MAC, dst="ff:ff:ff:ff:ff:ff")
             / ARP(op=1, hwsrc=CLIENT_MAC, psrc=CLIENT_IP, pdst="10.0.0.1"))
    s.expect_drop()

    s.blank()
    answered(query(DNS(id=0x1001, rd=1, qd=DNSQR(qname="oasis.test", qtype="A"))),
             "A queries for listed names, in any case: one answer each")
    answered(query(DNS(id=0x1002, rd=1, qd=DNSQR(qname="WWW.OASIS.TEST", qtype="A")),
                   src_port=40001),
             "the question is echoed as sent (upper case); the answer points at it")
    answered(query(DNS(id=0x1003, rd=0, qd=DNSQR(qname="www.oasis.test", qtype="A")),
                   src_port=40002, client=(OTHER_MAC, OTHER_IP), flags="DF"),
             "RD clear in the query stays clear; another client; DF is kept")
    answered(query(DNS(id=0x1004, rd=1, qd=DNSQR(qname="oAsIs.TeSt", qtype="A")), ip_id=7),
             "mixed case")
    answered(query(DNS(id=0x1005, rd=1, qd=DNSQR(qname="oasis.test", qtype="A"),
                       ar=DNSRROPT(rclass=1232)), src_port=40003),
             "an EDNS query (OPT record, arcount 1): answered with arcount 0 and no OPT")
    plain = query(DNS(id=0x1006, rd=1, qd=DNSQR(qname="oasis.test", qtype="A")), src_port=40004)
    plain[UDP].chksum = 0
    answered(plain, "a query without a UDP checksum: the response has one")

    s.blank()
    for name, note in [("nope.oasis.test", "an unlisted name below a listed one"),
                       ("example.com", "an unrelated name"),
                       ("test", "a parent of a listed name"),
                       ("oasis.test.example", "a listed name as a prefix"),
                       ("a.b.c.d.e.f.g", "7 labels, the most a name may have")]:
        answered(query(DNS(id=0x2000 + len(name), rd=1, qd=DNSQR(qname=name, qtype="A")),
                       src_port=41000 + len(name)),
                 f"NXDOMAIN: {note}")
    answered(query(bytes.fromhex("20ff01000001000000000000" + "00" + "00010001"),
                   src_port=41999),
             "NXDOMAIN: the root name")

    s.blank()
    answered(query(DNS(id=0x3001, rd=1, qd=DNSQR(qname="oasis.test", qtype="AAAA")),
                   src_port=42001),
             "a listed name, type AAAA: NOERROR without an answer")
    answered(query(DNS(id=0x3002, rd=1, qd=DNSQR(qname="www.oasis.test", qtype="A",
                                                  qclass="CH")), src_port=42002),
             "a listed name, class CH: NOERROR without an answer")
    answered(query(DNS(id=0x3003, rd=1, qd=DNSQR(qname="nope.test", qtype="MX")),
                   src_port=42003),
             "an unlisted name, type MX: NXDOMAIN")

    s.blank()
    s.comment("the control plane adds mail.oasis.test between two packets")
    mail = query(DNS(id=0x4001, rd=1, qd=DNSQR(qname="mail.oasis.test", qtype="A")),
                 src_port=43001)
    answered(mail)
    s.add('names label0="mail" label1="oasis" label2="test" label3="" label4="" label5="" '
          'label6="" answer_a(address=192.0.2.25)')
    records["mail.oasis.test"] = "192.0.2.25"
    mail[DNS].id = 0x4002
    answered(mail)

    s.blank()
    s.comment("malformed queries: dropped")
    good = bytes(DNS(id=0x5000, rd=1, qd=DNSQR(qname="oasis.test", qtype="A")))
    dropped(query(good[:-2]), "the question is cut short (2 of its 4 bytes)")
    dropped(query(good[:16]), "the message ends inside a label")
    dropped(query(good[:10]), "the DNS header is cut short")
    two = bytes(DNS(id=0x5001, rd=1, qd=DNSQR(qname="oasis.test") / DNSQR(qname="www.oasis.test")))
    assert two[4:6] == b"\x00\x02"
    dropped(query(two), "two questions")
    dropped(query(good[:4] + b"\x00\x00" + good[6:]), "no question (qdcount 0)")
    dropped(query(bytes(DNS(id=0x5002, qr=1, qd=DNSQR(qname="oasis.test")))),
            "a response (QR set)")
    dropped(query(bytes(DNS(id=0x5003, opcode=2, qd=DNSQR(qname="oasis.test")))),
            "opcode STATUS")
    dropped(query(bytes.fromhex("500401000001000000000000" + "46" + "61" * 70
                                + "0000010001")), "a label of length 70")
    dropped(query(bytes.fromhex("500501000001000000000000c00c00010001")),
            "a compression pointer in the question")
    dropped(query(DNS(id=0x5006, qd=DNSQR(qname="a.b.c.d.e.f.g.h"))), "8 labels")
    short = query(DNS(id=0x5007, qd=DNSQR(qname="oasis.test")))
    short[UDP].len = 8 + 12 + 4
    dropped(short, "a UDP length that ends before the question")

    s.blank()
    s.comment("not queries to the server: dropped")
    dropped(Ether(src=CLIENT_MAC, dst=SERVER_MAC) / IP(src=CLIENT_IP, dst="10.0.0.54")
            / UDP(sport=53535, dport=53) / DNS(id=0x6001, qd=DNSQR(qname="oasis.test")),
            "to another IPv4 address")
    dropped(Ether(src=CLIENT_MAC, dst="02:00:00:00:00:54") / IP(src=CLIENT_IP, dst=SERVER_IP)
            / UDP(sport=53535, dport=53) / DNS(id=0x6002, qd=DNSQR(qname="oasis.test")),
            "to another MAC")
    dropped(Ether(src=CLIENT_MAC, dst=SERVER_MAC) / IP(src=CLIENT_IP, dst=SERVER_IP)
            / UDP(sport=53535, dport=5353) / DNS(id=0x6003, qd=DNSQR(qname="oasis.test")),
            "to UDP port 5353")
    dropped(Ether(src=CLIENT_MAC, dst=SERVER_MAC) / IP(src=CLIENT_IP, dst=SERVER_IP)
            / TCP(sport=53535, dport=53, flags="S"), "TCP to port 53")
    bad = bytearray(bytes(query(DNS(id=0x6004, qd=DNSQR(qname="oasis.test")))))
    bad[24] ^= 0x10
    dropped(bad, "a bad IPv4 header checksum")
    dropped(query(DNS(id=0x6005, qd=DNSQR(qname="oasis.test")),
                  options=[IPOption_Router_Alert()]), "IPv4 options (router alert)")
    dropped(query(DNS(id=0x6006, qd=DNSQR(qname="oasis.test")), flags="MF"),
            "a first fragment (more-fragments set)")
    return s


if __name__ == "__main__":
    build().write(HERE)
