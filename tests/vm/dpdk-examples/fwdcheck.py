#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Host-side frames and checks of the dpdk-example-* guest scenarios.

  fwdcheck.py frames --out FILE --origin K --small N --large M [--first-seq S]
      N frames of 60 bytes then M of 1000 bytes (netio's UDP frames,
      sequence numbers S, S+1, ... in the first payload bytes), marked with
      the port K they are injected into: source MAC 02:00:00:00:01:0K and
      payload byte 4 = K (kept when a forwarder rewrites the MACs).
  fwdcheck.py expect --sent FILE[,FILE...] --got FILE --what TEXT
                     [--only-src MAC] [--set-dst MAC --set-src MAC]
      the frames of GOT (those from source MAC ONLY-SRC, e.g. what one NIC
      sent in its filter-dump pcap) are exactly the SENT frames, in order,
      after rewriting their MAC addresses as a forwarder does.
  fwdcheck.py tell --socket PATH --text TEXT
      writes TEXT and a newline to a guest serial port on a QEMU socket
      chardev (a host -> guest signal).
"""
import argparse
import os
import struct
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import netio  # noqa: E402


def mac(text):
    parts = text.split(":")
    if len(parts) != 6:
        sys.exit(f"fwdcheck: '{text}' is not a MAC address (use xx:xx:xx:xx:xx:xx)")
    return bytes(int(p, 16) for p in parts)


def cmd_frames(a):
    # netio numbers from 0: generate the whole range and keep its tail.
    last = a.first_seq + a.small + a.large
    small = netio.gen_frames(last, 60)[a.first_seq:a.first_seq + a.small]
    large = netio.gen_frames(last, 1000)[a.first_seq + a.small:]
    src = bytes([2, 0, 0, 0, 1, a.origin])
    out = netio.pcap_writer(a.out)
    for fr in small + large:
        # Ethernet 14 + IPv4 20 + UDP 8 bytes, then the 4-byte sequence.
        fr = fr[:6] + src + fr[12:46] + bytes([a.origin]) + fr[47:]
        netio.pcap_append(out, fr)
    out.close()
    print(f"fwdcheck: {a.out}: {a.small} x 60 B + {a.large} x 1000 B from port {a.origin}")


def describe(fr):
    seq = struct.unpack(">I", fr[42:46])[0] if len(fr) >= 46 else -1
    return f"{len(fr)} B, seq {seq}, dst {fr[:6].hex(':')} src {fr[6:12].hex(':')}"


def cmd_expect(a):
    sent = []
    for path in a.sent.split(","):
        sent += netio.pcap_read(path)
    if a.set_dst or a.set_src:
        dst = mac(a.set_dst) if a.set_dst else None
        src = mac(a.set_src) if a.set_src else None
        sent = [(dst or fr[:6]) + (src or fr[6:12]) + fr[12:] for fr in sent]
    got = netio.pcap_read(a.got)
    if a.only_src:
        want_src = mac(a.only_src)
        got = [fr for fr in got if fr[6:12] == want_src]
    for i, (s, g) in enumerate(zip(sent, got)):
        if s != g:
            sys.exit(f"fwdcheck: {a.what}: frame {i} differs: expected {describe(s)}, "
                     f"got {describe(g)}")
    if len(got) != len(sent):
        sys.exit(f"fwdcheck: {a.what}: {len(got)} frames, expected {len(sent)} "
                 f"(the first {min(len(got), len(sent))} match)")
    print(f"fwdcheck: {a.what}: {len(got)} frames, identical and in order")


def cmd_tell(a):
    s = netio.connect_unix(a.socket)
    if s is None:
        sys.exit(f"fwdcheck: cannot connect to {a.socket} (QEMU gone, or no chardev there)")
    s.sendall(a.text.encode() + b"\n")
    # QEMU reads the socket before it sees the close; a moment lets the
    # guest's UART take the bytes before the connection goes.
    time.sleep(0.5)
    s.close()


def main():
    p = argparse.ArgumentParser(prog="fwdcheck.py", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("frames")
    f.add_argument("--out", required=True)
    f.add_argument("--origin", type=int, required=True, choices=range(16))
    f.add_argument("--small", type=int, required=True)
    f.add_argument("--large", type=int, required=True)
    f.add_argument("--first-seq", type=int, default=0)
    e = sub.add_parser("expect")
    e.add_argument("--sent", required=True)
    e.add_argument("--got", required=True)
    e.add_argument("--what", required=True)
    e.add_argument("--only-src")
    e.add_argument("--set-dst")
    e.add_argument("--set-src")
    t = sub.add_parser("tell")
    t.add_argument("--socket", required=True)
    t.add_argument("--text", required=True)
    a = p.parse_args()
    {"frames": cmd_frames, "expect": cmd_expect, "tell": cmd_tell}[a.cmd](a)


if __name__ == "__main__":
    main()
