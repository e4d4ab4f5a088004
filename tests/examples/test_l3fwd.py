#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""pmdkit-l3fwd on two pcap ports.

A generated mix of IPv4/IPv6 frames (routed, unrouted, TTL-expired,
malformed, non-IP) is fed to both ports.  Every forwarded frame must leave
through the port its longest-prefix route names (computed here by brute
force), with TTL/hop limit decremented, a correct IPv4 checksum, the
--eth-dest (or default 02:00:00:00:00:<port>) destination MAC and the port's
own source MAC; the drop counters must match the frames that were not
forwarded, class by class.  Also: two lcores with --config, the built-in
route table, and clear errors for bad rule files and options.

usage: test_l3fwd.py <pmdkit-l3fwd> <tmpdir-base>
"""
import ipaddress
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pktlib import (Failure, check, eth, ipv4, ipv6, udp, arp_request, pad60,  # noqa: E402
                    read_pcap, write_pcap, run_forwarder, eal_pcap_args, port_macs, out_files,
                    csum, mac)

RULES_V4 = """# test routes
R10.0.0.0/8 0
R10.1.0.0/16 1
R10.1.2.0/24 0
R10.1.2.128/25 1
R10.1.2.200/32 0
R172.16.0.0/12 1

R10.9.0.0/16 3
R192.168.3.0/24 3
"""
RULES_V6 = """# test routes
R2001:db8::/32 0
R2001:db8:1::/48 1
R2001:db8:1:2::/64 0
R2001:db8:1:2::1/128 1
R2001:db8:ff::/48 3
"""
ENABLED = (0, 1)
ETH_DEST = {1: "52:54:00:AA:BB:01"}
SRC_MAC = "00:11:22:33:44:55"


def parse_rules(text, family):
    rules = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        net, port = line[1:].split()
        rules.append((ipaddress.ip_network(net, strict=False), int(port)))
    return [r for r in rules if r[1] in ENABLED and r[0].version == family]


def lpm(rules, addr):
    a = ipaddress.ip_address(addr)
    best = None
    for net, port in rules:
        if a in net and (best is None or net.prefixlen > best[0].prefixlen):
            best = (net, port)
    return None if best is None else best[1]


def rand_in(rng, net):
    host = rng.getrandbits(net.max_prefixlen - net.prefixlen)
    return str(net.network_address + host)


def make_traffic(rng, v4_rules, v6_rules, all_v4, all_v6):
    """Frames for one input port and what should become of each:
    ('fwd', port, expected frame without MACs) or ('drop', reason)."""
    items = []
    v4_targets = [n for n, _ in all_v4] + [ipaddress.ip_network("8.0.0.0/8"),
                                           ipaddress.ip_network("10.1.2.200/32")]
    v6_targets = [n for n, _ in all_v6] + [ipaddress.ip_network("2001:db9::/32")]
    for i in range(120):
        dst = rand_in(rng, rng.choice(v4_targets))
        ttl = rng.choice([2, 3, 64, 128, 255])
        ihl = 6 if i % 10 == 0 else 5
        payload = udp(1000 + i, 2000, bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 40))))
        ip = ipv4("192.0.2.%d" % (i % 250 + 1), dst, ttl=ttl, ihl=ihl, payload=payload, ident=i)
        frame = pad60(eth("02:00:00:00:00:99", SRC_MAC, 0x0800, ip))
        port = lpm(v4_rules, dst)
        if port is None:
            items.append((frame, ("drop", "no_route")))
            continue
        hdr_len = ihl * 4
        out = bytearray(frame)
        out[14 + 8] = ttl - 1
        out[14 + 10:14 + 12] = b"\0\0"
        c = csum(bytes(out[14:14 + hdr_len]))
        out[14 + 10:14 + 12] = c.to_bytes(2, "big")
        items.append((frame, ("fwd", port, bytes(out))))
    for i in range(80):
        dst = rand_in(rng, rng.choice(v6_targets))
        hlim = rng.choice([2, 64, 255])
        frame = eth("02:00:00:00:00:99", SRC_MAC, 0x86DD,
                    ipv6("2001:db8:aaaa::%x" % (i + 1), dst, hlim=hlim,
                         payload=udp(3000, 4000, b"v6-%d" % i)))
        port = lpm(v6_rules, dst)
        if port is None:
            items.append((frame, ("drop", "no_route")))
            continue
        out = bytearray(frame)
        out[14 + 7] = hlim - 1
        items.append((frame, ("fwd", port, bytes(out))))
    # TTL / hop limit exhausted: routed addresses, so only the TTL drops them
    for ttl in (0, 1):
        items.append((pad60(eth("02:00:00:00:00:99", SRC_MAC, 0x0800,
                                ipv4("192.0.2.1", "10.1.2.3", ttl=ttl, payload=udp(1, 2, b"t")))),
                      ("drop", "ttl_expired")))
        items.append((eth("02:00:00:00:00:99", SRC_MAC, 0x86DD,
                          ipv6("2001:db8::1", "2001:db8:1::5", hlim=ttl, payload=b"x" * 8)),
                      ("drop", "ttl_expired")))
    bad = [
        ipv4("192.0.2.1", "10.1.2.3", version=5, payload=b"x" * 20),
        ipv4("192.0.2.1", "10.1.2.3", ihl=4, payload=b"x" * 20),
        ipv4("192.0.2.1", "10.1.2.3", bad_csum=True, payload=b"x" * 20),
        ipv4("192.0.2.1", "10.1.2.3", total_length=400, payload=b"x" * 20),
        ipv4("192.0.2.1", "10.1.2.3", total_length=10, payload=b"x" * 20),
        ipv4("192.0.2.1", "10.1.2.3", payload=b"x" * 20)[:12],
    ]
    for b in bad:
        items.append((eth("02:00:00:00:00:99", SRC_MAC, 0x0800, b), ("drop", "bad_header")))
    items.append((eth("02:00:00:00:00:99", SRC_MAC, 0x86DD,
                      ipv6("2001:db8::1", "2001:db8:1::5", version=4, payload=b"x" * 8)),
                  ("drop", "bad_header")))
    items.append((eth("02:00:00:00:00:99", SRC_MAC, 0x86DD,
                      ipv6("2001:db8::1", "2001:db8:1::5", payload_len=500, payload=b"x" * 8)),
                  ("drop", "bad_header")))
    items.append((arp_request(SRC_MAC, "192.0.2.1", "10.1.2.3"), ("drop", "bad_header")))
    items.append((pad60(eth("02:00:00:00:00:99", SRC_MAC, 0x88B5, b"local experimental")),
                  ("drop", "bad_header")))
    items.append((bytes.fromhex("0200000000990011"), ("drop", "bad_header")))
    rng.shuffle(items)
    return items


def stats_of(output):
    m = re.search(r"dropped: no_route (\d+) bad_header (\d+) ttl_expired (\d+)", output)
    check(m is not None, "l3fwd printed no drop statistics")
    drops = {"no_route": int(m.group(1)), "bad_header": int(m.group(2)),
             "ttl_expired": int(m.group(3))}
    ports = {int(p): (int(rx), int(tx), int(txd)) for p, rx, tx, txd in
             re.findall(r"port (\d+): rx (\d+) tx (\d+) tx_dropped (\d+)", output)}
    return drops, ports


def run_case(l3fwd, tmp, name, extra_eal, app_args, rules_v4, rules_v6, traffic_seed, txq=1):
    all_v4 = [(ipaddress.ip_network(l[1:].split()[0]), int(l.split()[1]))
              for l in rules_v4.splitlines() if l.startswith("R")]
    all_v6 = [(ipaddress.ip_network(l[1:].split()[0]), int(l.split()[1]))
              for l in rules_v6.splitlines() if l.startswith("R")]
    v4_rules, v6_rules = parse_rules(rules_v4, 4), parse_rules(rules_v6, 6)
    expected = {p: [] for p in ENABLED}
    drops = {"no_route": 0, "bad_header": 0, "ttl_expired": 0}
    rx = {}
    for port in ENABLED:
        items = make_traffic(random.Random(traffic_seed + port), v4_rules, v6_rules,
                             all_v4, all_v6)
        write_pcap("%s/in%d.pcap" % (tmp, port), [f for f, _ in items])
        rx[port] = len(items)
        for _, what in items:
            if what[0] == "fwd":
                expected[what[1]].append(what[2])
            else:
                drops[what[1]] += 1
    for p in ENABLED:
        for f in out_files(tmp, p, txq):
            if os.path.exists(f):
                os.unlink(f)
    cmd = [l3fwd] + eal_pcap_args(tmp, 2, "l3fwd_" + name, txq) + extra_eal + ["--"] + app_args
    rc, out = run_forwarder(cmd, {tuple(out_files(tmp, p, txq)): len(expected[p])
                                  for p in ENABLED}, settle=0.3)
    check(rc == 0, "%s: l3fwd exited with %d" % (name, rc))
    macs = port_macs(out)
    check(set(macs) >= set(ENABLED), "%s: l3fwd did not print the port MACs" % name)
    for p in ENABLED:
        dst = mac(ETH_DEST[p]) if p in ETH_DEST else bytes([2, 0, 0, 0, 0, p])
        want = sorted(dst + macs[p] + f[12:] for f in expected[p])
        got = sorted(f for path in out_files(tmp, p, txq) for f in read_pcap(path))
        check(len(got) == len(want), "%s: port %d sent %d frames, want %d"
              % (name, p, len(got), len(want)))
        for g, w in zip(got, want):
            check(g == w, "%s: port %d: frame\n  %s\nwant\n  %s" % (name, p, g.hex(), w.hex()))
    got_drops, got_ports = stats_of(out)
    check(got_drops == drops, "%s: drop counters %s, want %s" % (name, got_drops, drops))
    for p in ENABLED:
        check(got_ports.get(p) == (rx[p], len(expected[p]), 0),
              "%s: port %d stats %s, want rx %d tx %d tx_dropped 0"
              % (name, p, got_ports.get(p), rx[p], len(expected[p])))
    print("%s: OK (%s forwarded, drops %s)" % (name, {p: len(expected[p]) for p in ENABLED},
                                                 drops))


def expect_error(l3fwd, tmp, name, app_args, pattern, extra_eal=()):
    cmd = [l3fwd] + eal_pcap_args(tmp, 2, "l3fwd_" + name) + list(extra_eal) + ["--"] + app_args
    print("+ " + " ".join(cmd), flush=True)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
    text = p.stdout.decode(errors="replace")
    sys.stdout.write(text)
    check(p.returncode != 0, "%s: l3fwd accepted bad input" % name)
    check(re.search(pattern, text) is not None,
          "%s: no message matching %r" % (name, pattern))
    print("%s: OK (rejected with a clear message)" % name)


def main():
    l3fwd = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="pmdkit-l3fwd-") as tmp:
        with open(tmp + "/v4.cfg", "w") as f:
            f.write(RULES_V4)
        with open(tmp + "/v6.cfg", "w") as f:
            f.write(RULES_V6)
        files = ["--rule_ipv4=%s/v4.cfg" % tmp, "--rule_ipv6=%s/v6.cfg" % tmp]
        eth_dest = ["--eth-dest=%d,%s" % (p, m) for p, m in ETH_DEST.items()]
        run_case(l3fwd, tmp, "one_lcore", ["-l", "0"], ["-p", "0x3"] + files + eth_dest,
                 RULES_V4, RULES_V6, 100)
        run_case(l3fwd, tmp, "two_lcores", ["-l", "0-1"],
                 ["-p", "0x3", "-P", "--config=(0,0,0),(1,0,1)"] + files + eth_dest,
                 RULES_V4, RULES_V6, 200, txq=2)
        builtin_v4 = "".join("R198.18.%d.0/24 %d\n" % (p, p) for p in range(16))
        builtin_v6 = "".join("R2001:200:0:%x::/64 %d\n" % (p, p) for p in range(16))
        run_case(l3fwd, tmp, "builtin_table", ["-l", "0"], ["-p", "0x3"] + eth_dest,
                 builtin_v4, builtin_v6, 300)
        with open(tmp + "/bad.cfg", "w") as f:
            f.write("# ok\nR10.0.0.0/8 0\nR10.0.0.0/33 1\n")
        expect_error(l3fwd, tmp, "bad_depth", ["-p", "0x3", "--rule_ipv4=%s/bad.cfg" % tmp],
                     r"bad\.cfg line 3: depth 33")
        with open(tmp + "/bad2.cfg", "w") as f:
            f.write("10.0.0.0/8 0\n")
        expect_error(l3fwd, tmp, "no_R", ["-p", "0x3", "--rule_ipv4=%s/bad2.cfg" % tmp],
                     r"bad2\.cfg line 1: a rule starts with 'R'")
        expect_error(l3fwd, tmp, "missing_file", ["-p", "0x3", "--rule_ipv4=%s/nope" % tmp],
                     r"cannot open rule file")
        expect_error(l3fwd, tmp, "lcore_disabled", ["-p", "0x3", "--config=(0,0,5)"],
                     r"lcore 5, which is not enabled", ["-l", "0"])
        expect_error(l3fwd, tmp, "port_missing", ["-p", "0x7"],
                     r"port 2 in the port mask does not exist")
        expect_error(l3fwd, tmp, "bad_eth_dest", ["-p", "0x3", "--eth-dest=1,zz"],
                     r"bad MAC address 'zz'")
        expect_error(l3fwd, tmp, "no_portmask", [], r"missing -p PORTMASK")
        # two polling lcores need two tx queues per port; these ports have one
        expect_error(l3fwd, tmp, "too_few_txq", ["-p", "0x3", "--config=(0,0,0),(1,0,1)"],
                     r"port 0 has 1 rx / 1 tx queues; --config needs 1 rx and 2 tx",
                     ["-l", "0-1"])


if __name__ == "__main__":
    try:
        main()
    except Failure as e:
        print("FAIL: %s" % e)
        sys.exit(1)
    print("test_l3fwd: OK")
