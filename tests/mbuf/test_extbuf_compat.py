#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Pinned external buffer pools behave as in DPDK 22.11.

extbuf_compat.c is built against the installed DPDK (pkg-config libdpdk,
Debian's libdpdk-dev) here, and by meson against pmdkit; both run with
--no-huge and print a transcript ("T " lines: errno of each bad creation,
every mbuf's slice as region+offset, iova offsets, flags, shared info
offset, reference counts and pool counts through frees, detaches,
resets, clones, copies, chains and linearize). The transcripts must be
identical, except for the lines named in KNOWN, where pmdkit differs from
DPDK 22.11 on purpose; those must differ exactly as described.

usage: test_extbuf_compat.py <pmdkit extbuf_compat binary> <extbuf_compat.c>
"""
import os
import subprocess
import sys
import tempfile

EAL = ["--no-huge", "-m", "128", "-l", "0", "--no-pci"]

# line start -> (part of the DPDK 22.11 line, part of the pmdkit line, why)
KNOWN = {
    "copy into pinned": (
        "ol_flags 0 refcnt 1 ext 0 ext_refcnt 0 pinned 1",
        "ol_flags 0x2000000000000000 refcnt 1 ext 1 ext_refcnt 1 pinned 1",
        "DPDK 22.11's rte_pktmbuf_copy overwrites the pinned mbuf's flags "
        "(RTE_MBUF_F_EXTERNAL lost: the mbuf later passes for direct and a "
        "clone of it corrupts memory); fixed in later DPDK, kept here"),
    "linearize shared": (
        "linearize shared 0", "linearize shared -1",
        "pmdkit's linearize refuses a first segment whose buffer is shared "
        "(clone outstanding), for direct and external buffers alike"),
}


def run(label, cmd, timeout=60):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=timeout)
    out = p.stdout.decode(errors="replace")
    if p.returncode != 0:
        sys.stdout.write(out)
        raise SystemExit("%s: exit status %d" % (label, p.returncode))
    return [l[2:] for l in out.splitlines() if l.startswith("T ")]


def build_dpdk(src, tmp):
    env = dict(os.environ)
    # DPDK's own libdpdk.pc, not a pmdkit installation's
    for v in ("PKG_CONFIG_PATH", "PKG_CONFIG_LIBDIR", "PKG_CONFIG_SYSROOT_DIR"):
        env.pop(v, None)
    p = subprocess.run(["pkg-config", "--cflags", "--libs", "libdpdk"], env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    if p.returncode != 0:
        raise SystemExit("pkg-config libdpdk failed (install libdpdk-dev, see "
                         "devtools/debian-packages.txt): " + p.stdout.decode())
    binary = os.path.join(tmp, "extbuf_compat_dpdk")
    subprocess.run(["cc", "-O2", "-Wall", "-Werror", "-DALLOW_EXPERIMENTAL_API",
                    src, "-o", binary] + p.stdout.decode().split(),
                   check=True, timeout=120)
    return binary


def known_for(a, b):
    """The KNOWN entry both lines belong to, or None."""
    for label, known in KNOWN.items():
        if a.startswith(label) and b.startswith(label):
            return known
    return None


def main():
    ours_bin, src = sys.argv[1], sys.argv[2]
    tag = str(os.getpid())
    with tempfile.TemporaryDirectory(prefix="pmdkit-extbuf-") as tmp:
        dpdk_bin = build_dpdk(src, tmp)
        theirs = run("DPDK", [dpdk_bin] + EAL + ["--file-prefix", "extbuf_dpdk" + tag,
                                                "--log-level", "lib.eal:error"])
        ours = run("pmdkit", [ours_bin] + EAL + ["--file-prefix", "extbuf_pmdkit" + tag])
    bad = 0
    for i in range(max(len(ours), len(theirs))):
        a = ours[i] if i < len(ours) else "<missing>"
        b = theirs[i] if i < len(theirs) else "<missing>"
        known = known_for(a, b)
        if a == b:
            print("same    " + a)
        elif known and known[0] in b and known[1] in a:
            print("known   pmdkit: " + a)
            print("        DPDK:   " + b)
            print("        (" + known[2] + ")")
        else:
            print("DIFFER  pmdkit: " + a)
            print("        DPDK:   " + b)
            bad += 1
    if len(theirs) < 40 or theirs[-1] != "done":
        print("DPDK transcript incomplete (%d lines)" % len(theirs))
        bad += 1
    print("%d lines, %d unexpected differences" % (len(theirs), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
