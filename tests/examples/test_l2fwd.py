#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""pmdkit-l2fwd and pmdkit-skeleton on two pcap ports: exact forwarding
(frames, order, MAC rewriting or not), periodic and final statistics with
exact counts, and clear errors for bad options.

usage: test_l2fwd.py <pmdkit-l2fwd> <pmdkit-skeleton>
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pktlib import Failure, check, eal_pcap_args  # noqa: E402
from l2_checks import l2_forward_case, count_stats_blocks  # noqa: E402


def final_counts(out):
    """Per-port (sent, received, dropped) of the last statistics block."""
    last = out[out.rfind("Port statistics"):]
    return {int(p): (int(s), int(r), int(d)) for p, s, r, d in re.findall(
        r"Statistics for port (\d+) -+\s+Packets sent:\s+(\d+)\s+"
        r"Packets received:\s+(\d+)\s+Packets dropped:\s+(\d+)", last)}


def expect_error(binary, tmp, name, app_args, pattern):
    cmd = [binary] + eal_pcap_args(tmp, 2, name) + ["-l", "0-1", "--"] + app_args
    print("+ " + " ".join(cmd), flush=True)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
    text = p.stdout.decode(errors="replace")
    sys.stdout.write(text)
    check(p.returncode != 0, "%s: bad options accepted" % name)
    check(re.search(pattern, text) is not None, "%s: no message matching %r" % (name, pattern))
    print("%s: OK" % name)


def main():
    l2fwd, skeleton = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="pmdkit-l2fwd-") as tmp:
        for name, extra, updating in (("l2fwd_mac", [], True),
                                      ("l2fwd_nomac", ["--no-mac-updating"], False)):
            out = l2_forward_case(l2fwd, tmp, name, ["-l", "0-1"],
                                  ["-p", "0x3", "-q", "1", "-T", "1"] + extra, updating,
                                  settle=2.5)
            # at least one periodic block (-T 1, ran > 2.5 s: margin for a
            # main lcore that shares its CPU with parallel tests) and the final one
            check(count_stats_blocks(out) >= 2, "%s: no periodic statistics" % name)
            n0, n1 = 300, 307
            check(final_counts(out) == {0: (n1, n0, 0), 1: (n0, n1, 0)},
                  "%s: final statistics %s" % (name, final_counts(out)))
            check(("MAC updating enabled" if updating else "MAC updating disabled") in out,
                  "%s: MAC updating mode not reported" % name)
        # one lcore polling both ports
        l2_forward_case(l2fwd, tmp, "l2fwd_q2", ["-l", "0"], ["-p", "0x3", "-q", "2", "-T", "0"],
                        True)
        out = l2_forward_case(skeleton, tmp, "skeleton", ["-l", "0"], None, False)
        check(re.search(r"port 0: rx 300 tx 307 dropped 0", out) and
              re.search(r"port 1: rx 307 tx 300 dropped 0", out),
              "skeleton: wrong final counts")
        expect_error(l2fwd, tmp, "l2fwd_no_port", ["-p", "0x4"],
                     r"port 2 in the port mask does not exist")
        expect_error(l2fwd, tmp, "l2fwd_bad_q", ["-p", "0x3", "-q", "0"], r"-q needs 1 to 16")
        expect_error(l2fwd, tmp, "l2fwd_bad_mask", ["-p", "xyz"], r"hexadecimal port mask")
        expect_error(l2fwd, tmp, "l2fwd_bad_portmap", ["-p", "0x3", "--portmap=(0,"],
                     r"bad --portmap")


if __name__ == "__main__":
    try:
        main()
    except Failure as e:
        print("FAIL: %s" % e)
        sys.exit(1)
    print("test_l2fwd: OK")
