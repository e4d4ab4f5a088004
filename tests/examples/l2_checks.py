# SPDX-License-Identifier: BSD-3-Clause
"""Checks shared by the l2fwd/skeleton tests of pmdkit's examples
(tests/examples) and of DPDK's unmodified examples (tests/compat)."""
import os
import random
import re

from pktlib import (check, eth, ipv4, ipv6, udp, arp_request, pad60, read_pcap,
                    write_pcap, run_forwarder, eal_pcap_args, port_macs)


def l2_traffic(seed, n):
    """n varied frames (IPv4/UDP, IPv6, ARP, jumbo-ish, minimum size)."""
    rng = random.Random(seed)
    frames = []
    for i in range(n):
        kind = i % 5
        src = "00:16:3e:%02x:%02x:%02x" % (seed & 0xff, i >> 8 & 0xff, i & 0xff)
        if kind == 0:
            f = arp_request(src, "192.0.2.%d" % (i % 250 + 1), "192.0.2.254")
        elif kind == 1:
            f = eth("52:54:00:12:34:56", src, 0x86DD,
                    ipv6("2001:db8::1", "2001:db8::%x" % (i + 1), payload=udp(1, 2, b"six")))
        elif kind == 2:
            f = eth("52:54:00:12:34:56", src, 0x0800,
                    ipv4("10.0.0.1", "10.0.%d.%d" % (i >> 8 & 0xff, i & 0xff),
                         payload=udp(5, 6, bytes(rng.getrandbits(8) for _ in range(1400)))))
        else:
            f = eth("ff:ff:ff:ff:ff:ff", src, 0x0800,
                    ipv4("10.0.0.2", "10.0.0.3", payload=udp(7, 8, b"seq %d" % i)))
        frames.append(pad60(f))
    return frames


def l2_forward_case(binary, tmp, name, eal_extra, app_args, mac_updating, n=300,
                    settle=0.3, sig=None):
    """Runs a two-port L2 forwarder (port 0 <-> port 1) on pcap vdevs and
    checks that each output file holds exactly the frames read on the other
    port, in order, with the MACs rewritten as l2fwd's source says (dst
    02:00:00:00:00:<tx port>, src = tx port's MAC) or untouched.
    Returns the program's output."""
    ins = {p: l2_traffic(1000 * (p + 1) + len(name), n + 7 * p) for p in (0, 1)}
    for p in (0, 1):
        write_pcap("%s/in%d.pcap" % (tmp, p), ins[p])
        if os.path.exists("%s/out%d.pcap" % (tmp, p)):
            os.unlink("%s/out%d.pcap" % (tmp, p))
    cmd = [binary] + eal_pcap_args(tmp, 2, name) + eal_extra + (["--"] + app_args
                                                               if app_args is not None else [])
    kw = {} if sig is None else {"quit_sig": sig}
    rc, out = run_forwarder(cmd, {"%s/out%d.pcap" % (tmp, p): len(ins[1 - p]) for p in (0, 1)},
                            settle=settle, **kw)
    check(rc in (0, -2, -15, 130, 143) if sig is not None else rc == 0,
          "%s: exit status %d" % (name, rc))
    macs = port_macs(out) if mac_updating else {}
    for p in (0, 1):
        src_frames = ins[1 - p]
        if mac_updating:
            check(p in macs, "%s: the MAC of port %d was not printed" % (name, p))
            want = [bytes([2, 0, 0, 0, 0, p]) + macs[p] + f[12:] for f in src_frames]
        else:
            want = src_frames
        got = read_pcap("%s/out%d.pcap" % (tmp, p))
        check(len(got) == len(want), "%s: port %d sent %d frames, want %d"
              % (name, p, len(got), len(want)))
        for i, (g, w) in enumerate(zip(got, want)):
            check(g == w, "%s: port %d frame %d:\n  got  %s\n  want %s"
                  % (name, p, i, g[:40].hex(), w[:40].hex()))
    print("%s: OK (%d + %d frames forwarded%s)" % (name, len(ins[0]), len(ins[1]),
                                                     ", MACs rewritten" if mac_updating else ""))
    return out


def count_stats_blocks(out):
    return len(re.findall(r"Port statistics =+", out))
