#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Builds a benchmark source (DPDK 22.11 API only) against the system's
DPDK (Debian's libdpdk-dev) and runs it next to the same source built
against pmdkit; prints both outputs side by side.  A figure, not a test:
registered with meson `benchmark()` (meson test --benchmark).

usage: bench_vs_dpdk.py <pmdkit binary> <source.c> [EAL options...]
"""
import os
import subprocess
import sys
import tempfile


def run(label, cmd):
    print("+ " + " ".join(cmd), flush=True)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
    out = p.stdout.decode(errors="replace")
    lines = [l for l in out.splitlines() if ":" in l and "cycles" in l]
    if p.returncode != 0 or not lines:
        print(out)
        raise SystemExit("%s: benchmark failed (exit %d)" % (label, p.returncode))
    return lines


def main():
    binary, src, eal = sys.argv[1], sys.argv[2], sys.argv[3:]
    eal = eal or ["--no-huge", "-m", "1024", "-l", "0"]
    env = dict(os.environ)
    for v in ("PKG_CONFIG_PATH", "PKG_CONFIG_LIBDIR", "PKG_CONFIG_SYSROOT_DIR"):
        env.pop(v, None)
    with tempfile.TemporaryDirectory(prefix="pmdkit-bench-") as tmp:
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libdpdk"], env=env,
                               stdout=subprocess.PIPE, check=True).stdout.decode().split()
        dpdk_bin = os.path.join(tmp, "bench-dpdk")
        subprocess.run(["cc", "-O3", "-DALLOW_EXPERIMENTAL_API", src, "-o", dpdk_bin] + flags,
                       check=True)
        ours = run("pmdkit", [binary] + eal + ["--file-prefix", "bench_pmdkit"])
        theirs = run("DPDK", [dpdk_bin] + eal + ["--file-prefix", "bench_dpdk",
                                                  "--log-level", "lib.eal:error"])
    print("\n%-8s %s" % ("", os.path.basename(src)))
    for a, b in zip(ours, theirs):
        print("pmdkit   " + a)
        print("DPDK     " + b)


if __name__ == "__main__":
    main()
