"""Shared helpers for the examples' make_captures.py scripts.

Each example's script builds its input frames and the frames the specification says must come
out, with scapy as the independent oracle, and writes two files next to it:

  in.pcapng     the input frames, one interface per port (interface id = ingress port),
                nanosecond timestamps starting at 1 s and 1 ms apart
  scenario.stf  the same frames as `packet` lines, each followed by its expected outputs

Nothing here runs Oasis: the expected outputs come from the specification alone. Run the
scripts with Debian's Python (/usr/bin/python3), which has python3-scapy.
"""

import logging
import os
import re
import struct
import subprocess
import sys
import tempfile

from scapy.layers.inet import ICMP, IP, TCP, UDP
from scapy.layers.l2 import ARP, Ether
from scapy.packet import Raw

FIRST_TIMESTAMP_NS = 1_000_000_000
TIMESTAMP_STEP_NS = 1_000_000

_EXAMPLES_DIR = os.path.dirname(os.path.abspath(__file__))

# Dissecting deliberately malformed frames (for the hex layout) makes scapy warn; nothing to see.
logging.getLogger("scapy.runtime").setLevel(logging.ERROR)


def _pcapng_block(block_type, body):
    """One pcapng block: type, total length, body padded to 32 bits, total length again."""
    padded = body + b"\x00" * (-len(body) % 4)
    total = 12 + len(padded)
    return struct.pack("<II", block_type, total) + padded + struct.pack("<I", total)


def _pcapng_option(code, value):
    return struct.pack("<HH", code, len(value)) + value + b"\x00" * (-len(value) % 4)


def write_pcapng(path, frames, ports, interface_prefix="port"):
    """Writes frames [(port, bytes, timestamp_ns)] with one Ethernet interface per port.

    Written by hand (scapy's writer puts every packet on interface 0): a section header, one
    interface description per port (linktype 1, if_tsresol 9 = nanoseconds, if_name portN),
    then an enhanced packet block per frame whose interface id is its port.
    """
    out = bytearray()
    shb_body = struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1) + _pcapng_option(0, b"")
    out += _pcapng_block(0x0A0D0D0A, shb_body)
    for port in range(ports):
        options = (_pcapng_option(2, f"{interface_prefix}{port}".encode())
                   + _pcapng_option(9, bytes([9]))
                   + _pcapng_option(0, b""))
        out += _pcapng_block(0x00000001, struct.pack("<HHI", 1, 0, 0) + options)
    for port, frame, timestamp in frames:
        assert 0 <= port < ports, f"port {port} outside 0..{ports - 1}"
        body = struct.pack("<IIIII", port, timestamp >> 32, timestamp & 0xFFFFFFFF,
                           len(frame), len(frame))
        body += frame + b"\x00" * (-len(frame) % 4)
        out += _pcapng_block(0x00000006, body)
    with open(path, "wb") as f:
        f.write(out)


_HEX = r"[0-9a-f*][0-9a-f* ]*"
_VALUE = r'(?:"[^"]*"|[^\s"()=,]+)'
_STF_LINES = [
    re.compile(r"#.*"),
    re.compile(r""),
    re.compile(rf"packet \d+ {_HEX}"),
    re.compile(rf"expect \d+ {_HEX}"),
    re.compile(rf"expect host \d+ {_HEX}"),
    re.compile(r"expect drop"),
    re.compile(rf"add \w+( [\w.]+={_VALUE})* \w+\((\w+={_VALUE}(,\w+={_VALUE})*)?\)"
               r"( priority \d+)?"),
    re.compile(rf"setdefault \w+ \w+\((\w+={_VALUE}(,\w+={_VALUE})*)?\)"),
]


def check_stf(path):
    """Asserts that every line of an STF file has one of the forms examples/README.md gives,
    and that every hex string has a whole number of bytes."""
    with open(path) as f:
        for number, line in enumerate(f.read().splitlines(), 1):
            assert any(form.fullmatch(line) for form in _STF_LINES), f"{path}:{number}: {line}"
            if line.startswith(("packet ", "expect ")) and line != "expect drop":
                hex_text = line.split(" ", 3 if line.startswith("expect host") else 2)[-1]
                digits = hex_text.replace(" ", "")
                assert len(digits) % 2 == 0, f"{path}:{number}: odd number of hex digits"


def hex_of(frame):
    """Frame bytes as STF hex, lowercase, with a space between protocol headers for the reader.

    The Ethernet header is split into destination, source and EtherType; each further header
    scapy recognises is one group, and the rest one group. Where scapy's dissection does not
    give back the same bytes (a malformed frame), the hex is one group.
    """
    chunks = [frame[0:6], frame[6:12], frame[12:14]] if len(frame) >= 14 else [frame]
    if len(frame) > 14:
        layer = Ether(frame).payload
        while layer is not None and len(bytes(layer)) > 0:
            whole = bytes(layer)
            rest = bytes(layer.payload) if layer.payload is not None else b""
            header = whole[:len(whole) - len(rest)] if rest and whole.endswith(rest) else whole
            chunks.append(header)
            layer = layer.payload if header != whole else None
    if b"".join(chunks) != frame:
        return frame.hex()
    return " ".join(chunk.hex() for chunk in chunks if chunk)


def assert_well_formed(frame):
    """Asserts that scapy agrees with every checksum of an Ethernet/IPv4 frame we expect.

    The outer IPv4 header checksum and the checksum of a TCP, UDP or ICMP header right after
    it are recomputed by scapy from the other bytes and compared with the bytes we computed.
    Quoted headers inside an ICMP error are not checked (they are the offender's, as received).
    """
    packet = Ether(frame)
    if IP not in packet:
        return
    ip = packet[IP]
    assert ip.len <= len(bytes(ip)), f"ipv4 total length {ip.len} beyond the frame"
    rebuilt = IP(bytes(ip))
    rebuilt.chksum = None
    assert bytes(rebuilt)[10:12] == bytes(ip)[10:12], "ipv4 header checksum differs from scapy"
    layer = ip.payload
    for kind in (TCP, UDP, ICMP):
        if isinstance(layer, kind):
            original = bytes(ip)
            again = IP(original)
            again[kind].chksum = None
            assert bytes(again) == original, f"{kind.__name__} checksum differs from scapy"


class Scenario:
    """Collects the input frames and the STF text of one example."""

    def __init__(self, name, ports, header_lines):
        self.name = name
        self.ports = ports
        self.lines = [f"# {line}" if line else "#" for line in header_lines]
        self.frames = []
        self.expected = []

    @property
    def next_timestamp(self):
        """The timestamp (ns) the next packet() will carry, in the capture and the STF run."""
        return FIRST_TIMESTAMP_NS + len(self.frames) * TIMESTAMP_STEP_NS

    def blank(self):
        self.lines.append("")

    def comment(self, text):
        self.lines.append(f"# {text}")

    def packet(self, port, frame):
        frame = bytes(frame)
        assert 0 <= port < self.ports, f"port {port} outside 0..{self.ports - 1}"
        self.frames.append((port, frame, self.next_timestamp))
        self.lines.append(f"packet {port} {hex_of(frame)}")

    def expect(self, port, frame):
        frame = bytes(frame)
        assert 0 <= port < self.ports, f"port {port} outside 0..{self.ports - 1}"
        assert_well_formed(frame)
        self.expected.append((port, frame))
        self.lines.append(f"expect {port} {hex_of(frame)}")

    def expect_drop(self):
        self.lines.append("expect drop")

    def add(self, text):
        """An `add TABLE KEY=VALUE ... ACTION(...) [priority N]` line, applied before the next
        packet."""
        self.lines.append(f"add {text}")

    def write(self, directory):
        assert sum(len(frame) for _, frame, _ in self.frames) < 40_000, "capture too large"
        write_pcapng(os.path.join(directory, "in.pcapng"), self.frames, self.ports)
        with open(os.path.join(directory, "scenario.stf"), "w") as f:
            f.write("\n".join(self.lines) + "\n")
        check_stf(os.path.join(directory, "scenario.stf"))
        print(f"{self.name}: {len(self.frames)} packets, {len(self.expected)} expected frames")
        if "--tshark" in sys.argv:
            self.check_expected_with_tshark()

    def check_expected_with_tshark(self):
        """Writes the expected frames to a temporary capture and runs check_outputs.sh on it."""
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "expected.pcapng")
            timestamps = [FIRST_TIMESTAMP_NS + i * TIMESTAMP_STEP_NS
                          for i in range(len(self.expected))]
            write_pcapng(path, [(p, f, t) for (p, f), t in zip(self.expected, timestamps)],
                         self.ports)
            subprocess.run([os.path.join(_EXAMPLES_DIR, "check_outputs.sh"), path], check=True)


class SlowPath:
    """The standard slow path's answers, as examples/README.md specifies them (its contract).

    One instance per scenario run: the IPv4 identification of the datagrams it originates counts
    from 0 in the order they are sent.
    """

    TTL = 64
    ICMP_ERROR_TOS = 48 << 2  # DSCP 48 = precedence 6, internetwork control (RFC 1812 4.3.2.5)

    def __init__(self, interfaces):
        """interfaces: {port: (mac, ipv4 address)}, the entries' "interfaces" section."""
        self.interfaces = interfaces
        self.next_identification = 0

    def arp_reply(self, request, port):
        """The answer to an ARP request for the ingress port's address (RFC 826): to the
        requester's hardware address, from the port's MAC and address, 42 bytes."""
        mac, address = self.interfaces[port]
        arp = Ether(bytes(request))[ARP]
        assert arp.op == 1 and arp.pdst == address, "the slow path answers only this request"
        return (Ether(dst=arp.hwsrc, src=mac, type=0x0806)
                / ARP(op=2, hwsrc=mac, psrc=address, hwdst=arp.hwsrc, pdst=arp.psrc))

    def icmp_error(self, frame, port, icmp_type, icmp_code):
        """An ICMP error about an IPv4 frame that arrived on port (RFC 792, RFC 1812 4.3.2):
        from the port's MAC and address to the offender's source MAC and address, quoting its
        IPv4 header with options and the first 8 bytes of its data (fewer if it has fewer)."""
        mac, address = self.interfaces[port]
        frame = bytes(frame)
        offender = Ether(frame)
        ihl = (frame[14] & 0x0F) * 4
        total_len = int.from_bytes(frame[16:18], "big")
        quoted = frame[14:14 + min(total_len, ihl + 8)]
        identification = self.next_identification
        self.next_identification = (identification + 1) & 0xFFFF
        return (Ether(dst=offender.src, src=mac)
                / IP(src=address, dst=offender[IP].src, tos=self.ICMP_ERROR_TOS,
                     id=identification, flags=0, ttl=self.TTL)
                / ICMP(type=icmp_type, code=icmp_code)
                / Raw(quoted))
