#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Source compatibility with DPDK 22.11, proven with DPDK's own examples.

pmdkit is installed into a temporary directory (meson install --destdir);
DPDK's helloworld, skeleton and l2fwd (Debian's dpdk-doc) are copied and
built UNMODIFIED with their own Makefiles, shared and static, against that
installation through pkg-config (libdpdk.pc); the binaries must link
libpmdkit and not DPDK; then they run on pmdkit's pcap vdevs:
  helloworld  greets from every lcore;
  skeleton    forwards port 0 <-> port 1, every frame identical;
  l2fwd       -p 0x3 -q 1, MAC updating (default) and --no-mac-updating,
              exact frames and periodic statistics;
  rxtx_callbacks  skeleton with rx/tx callbacks and a dynamic mbuf field;
  timer       (lib/timer) a periodic timer on the main lcore every second,
              and a single timer re-armed by its callback on the other
              lcore every 1/3 s: the right lcores, in strict alternation.

usage: test_compat.py <pmdkit build dir> <dpdk examples dir> <which: helloworld|skeleton|l2fwd>
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "examples"))
from pktlib import Failure, check  # noqa: E402
from l2_checks import l2_forward_case, count_stats_blocks  # noqa: E402

APPS = {"helloworld": "helloworld", "skeleton": "basicfwd", "l2fwd": "l2fwd", "timer": "timer",
        "rxtx_callbacks": "rxtx_callbacks"}


def sh(cmd, env=None, timeout=300):
    print("+ " + " ".join(cmd), flush=True)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                       timeout=timeout)
    text = p.stdout.decode(errors="replace")
    sys.stdout.write(text)
    check(p.returncode == 0, "'%s' failed with status %d" % (" ".join(cmd), p.returncode))
    return text


def install_pmdkit(builddir, dest):
    """Installs pmdkit under dest; returns (pkg-config dir, library dir)."""
    sh(["meson", "install", "-C", builddir, "--destdir", dest, "--no-rebuild", "--quiet"])
    pcdir = libdir = None
    for root, _, files in os.walk(dest):
        if "libdpdk.pc" in files:
            pcdir = root
        if "libpmdkit.so" in files:
            libdir = root
    check(pcdir is not None and libdir is not None,
          "meson install put no libdpdk.pc / libpmdkit.so under %s" % dest)
    return pcdir, libdir


def build_example(src, tmp, name, pcdir, dest):
    """Copies DPDK's example and builds it shared and static with its own
    Makefile; returns {kind: binary path}."""
    copy = os.path.join(tmp, name)
    shutil.copytree(os.path.join(src, name), copy)
    env = dict(os.environ)
    # The .pc files name the final prefix; the sysroot maps their -I/-L into
    # the temporary installation.  PKG_CONFIG_LIBDIR hides DPDK's own
    # libdpdk.pc so that nothing can silently build against real DPDK.
    env.update(PKG_CONFIG_PATH=pcdir, PKG_CONFIG_LIBDIR=pcdir, PKG_CONFIG_SYSROOT_DIR=dest)
    bins = {}
    for kind in ("shared", "static"):
        sh(["make", "-C", copy, kind, "PKG_CONFIG_PATH=" + pcdir], env=env)
        path = os.path.join(copy, "build", "%s-%s" % (APPS[name], kind))
        check(os.access(path, os.X_OK), "make %s produced no %s" % (kind, path))
        bins[kind] = path
    return bins


def check_links_pmdkit(binary, kind, env):
    text = subprocess.run(["ldd", binary], stdout=subprocess.PIPE, env=env,
                          stderr=subprocess.STDOUT).stdout.decode()
    check("librte_" not in text, "%s links DPDK libraries:\n%s" % (binary, text))
    if kind == "shared":
        check("libpmdkit.so" in text, "%s does not link libpmdkit.so:\n%s" % (binary, text))
    else:
        check("libpmdkit" not in text, "static %s still needs libpmdkit.so:\n%s"
              % (binary, text))


def check_timer(binary, env):
    """DPDK's timer example runs forever without a signal handler: run it
    3.5 s with line-buffered stdout (stdbuf), end it with SIGINT, check the
    callbacks."""
    cmd = ["stdbuf", "-oL", binary, "--no-huge", "-m", "64", "-l", "0-1",
           "--file-prefix", "compat_timer_%d" % os.getpid()]
    print("+ " + " ".join(cmd), flush=True)
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    time.sleep(3.5)
    p.send_signal(signal.SIGINT)
    out = p.communicate(timeout=15)[0].decode(errors="replace")
    sys.stdout.write(out)
    t0 = [int(x) for x in re.findall(r"timer0_cb\(\) on lcore (\d+)", out)]
    t1 = [int(x) for x in re.findall(r"timer1_cb\(\) on lcore (\d+)", out)]
    check(2 <= len(t0) <= 4 and set(t0) == {0},
          "timer0 (periodic, 1 s, lcore 0) ran %d times on lcores %s in 3.5 s" % (len(t0), t0))
    check(len(t1) >= 6 and t1 == [1 - (i % 2) for i in range(len(t1))],
          "timer1 (every 1/3 s, alternating lcores from 1) ran on %s" % t1)
    print("compat_timer: OK (timer0 %d runs, timer1 %d runs alternating)" % (len(t0), len(t1)))


def main():
    builddir, src, which = sys.argv[1], sys.argv[2], sys.argv[3]
    check(os.path.isdir(os.path.join(src, which)),
          "DPDK example sources missing in %s (apt-get install dpdk-doc)" % src)
    with tempfile.TemporaryDirectory(prefix="pmdkit-compat-%s-" % which) as tmp:
        dest = os.path.join(tmp, "dest")
        pcdir, libdir = install_pmdkit(builddir, dest)
        bins = build_example(src, tmp, which, pcdir, dest)
        env = dict(os.environ, LD_LIBRARY_PATH=libdir)
        os.environ["LD_LIBRARY_PATH"] = libdir  # for the programs started below
        for kind, binary in bins.items():
            check_links_pmdkit(binary, kind, env)
            name = "compat_%s_%s" % (which, kind)
            if which == "helloworld":
                sh([sys.executable, os.path.join(HERE, "..", "examples", "test_helloworld.py"),
                    binary, "0-1"], env=env, timeout=120)
            elif which in ("skeleton", "rxtx_callbacks"):
                # These have no signal handler: SIGINT ends them.
                # rxtx_callbacks is skeleton plus rx/tx callbacks (mbuf
                # timestamp dynamic field, latency): frames pass unchanged.
                l2_forward_case(binary, tmp, name, ["-l", "0"], None, False,
                                sig=signal.SIGINT)
            elif which == "timer":
                check_timer(binary, env)
            else:
                updating = kind == "shared"
                args = ["-p", "0x3", "-q", "1", "-T", "1"]
                if not updating:
                    args.append("--no-mac-updating")
                out = l2_forward_case(binary, tmp, name, ["-l", "0-1"], args, updating,
                                      settle=1.3)
                check(count_stats_blocks(out) >= 1, "%s: no periodic statistics" % name)
                check("Bye" in out, "%s: did not exit cleanly on SIGINT" % name)


if __name__ == "__main__":
    try:
        main()
    except Failure as e:
        print("FAIL: %s" % e)
        sys.exit(1)
    print("test_compat %s: OK" % sys.argv[3])
