#!/bin/sh
# Checks that every frame in the given captures is well formed, with tshark as the judge.
#
# usage: examples/check_outputs.sh CAPTURE...
#
# Fails (exit 1) naming each frame that tshark finds malformed, that has an expert error, or
# whose IPv4, UDP, TCP or ICMP checksum is wrong. ICMP checksum errors are only warnings in
# Wireshark, hence the explicit checksum-status terms.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 CAPTURE..." >&2
    exit 2
fi

filter='_ws.malformed || _ws.expert.severity >= "Error"
    || ip.checksum.status == "Bad" || udp.checksum.status == "Bad"
    || tcp.checksum.status == "Bad" || icmp.checksum.status == "Bad"'
status=0
for capture in "$@"; do
    bad=$(tshark -r "$capture" -o ip.check_checksum:TRUE -o udp.check_checksum:TRUE \
        -o tcp.check_checksum:TRUE -Y "$filter" \
        -T fields -e frame.number -e frame.interface_id -e _ws.expert.message 2>/dev/null) || {
        echo "$capture: tshark cannot read it" >&2
        status=1
        continue
    }
    if [ -n "$bad" ]; then
        echo "$capture: malformed frames (number, interface, problems):" >&2
        echo "$bad" >&2
        status=1
    else
        echo "$capture: $(tshark -r "$capture" 2>/dev/null | wc -l) frames, all well formed"
    fi
done
exit $status
