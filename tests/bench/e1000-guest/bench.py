#!/usr/bin/env python3
"""Guest side of the e1000 benchmark: pmdkit-testpmd against DPDK 22.11's
dpdk-testpmd on the same emulated NICs, in interleaved rounds.

For every round, NIC model and mode, both testpmds run back to back (which
one goes first alternates by round) with the same command line:

  txonly  one port (the first NIC of the model's pair)
  io      both NICs of the pair (one hub), primed with `start tx_first`

Each run: start forwarding, wait WARM seconds (past the 82540EM's 1 s
receive hold after RCTL writes), `show port stats all`, wait SECS seconds,
`show port stats all` again.  The rate is the NIC's own TX-packets counter
difference over the guest's monotonic time between the two reads; the
testpmd's own "Tx-pps" (TSC based) is printed next to it as a cross-check,
and the host notes QEMU's CPU time at both reads (vm_event "cpu ...",
cpu_marks.py): packets per QEMU CPU-second, the cost per packet whatever
share of the host the guest got.

Prints one line per run:
  BENCH <round> <model> <mode> <app> <pps port0> <pps port1|-> \
        <app Tx-pps port0> <app Tx-pps port1|-> <seconds>
or "BENCH-FAIL <round> <model> <mode> <app> <why>".
"""
import os
import pty
import re
import select
import signal
import sys
import time

SECS = float(os.environ.get("BENCH_SECS", "20"))
WARM = float(os.environ.get("BENCH_WARM", "3"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))
MODES = os.environ.get("BENCH_MODES", "txonly io").split()
APPS = {
    "pmdkit": "/pmdkit/build/app/testpmd/pmdkit-testpmd",
    "dpdk": "/usr/bin/dpdk-testpmd",
}
# BENCH_EXTRA_APPS="NAME=PATH ...": more testpmds in the rotation (e.g. a
# pmdkit build from before a change, copied in by vm.conf's host_prog).
for spec in os.environ.get("BENCH_EXTRA_APPS", "").split():
    name, _, path = spec.partition("=")
    APPS[name] = path
PROMPT = b"testpmd> "
# Same arguments for both: drivers' default ring sizes and thresholds,
# testpmd's default burst (32) and mbuf cache.
TESTPMD_ARGS = ["-i", "--total-num-mbufs=16384"]


class Testpmd:
    """A testpmd on a pty (interactive mode needs a terminal)."""

    def __init__(self, argv, log_path):
        self.log = open(log_path, "wb")
        self.buf = b""
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.execv(argv[0], argv)
            finally:
                os._exit(127)

    def _read(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        r, _, _ = select.select([self.fd], [], [], left)
        if not r:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if not data:
            raise EOFError("testpmd exited")
        self.log.write(data)
        self.buf += data
        return True

    def expect(self, pattern, timeout):
        """Output up to and including the first match of pattern (bytes)."""
        deadline = time.monotonic() + timeout
        while True:
            i = self.buf.find(pattern)
            if i >= 0:
                out = self.buf[:i + len(pattern)]
                self.buf = self.buf[i + len(pattern):]
                return out
            if not self._read(deadline):
                raise TimeoutError("no %r within %.0f s" % (pattern, timeout))

    def command(self, line, timeout=60):
        os.write(self.fd, line.encode() + b"\n")
        return self.expect(PROMPT, timeout)

    def close(self):
        """quit; SIGTERM, then SIGKILL, if it does not exit in 30 s."""
        try:
            os.write(self.fd, b"quit\n")
        except OSError:
            pass
        clean = True
        for sig in (None, signal.SIGTERM, signal.SIGKILL):
            if sig is not None:
                clean = False
                os.kill(self.pid, sig)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    self._read(time.monotonic() + 0.5)
                except EOFError:
                    time.sleep(0.1)
                if os.waitpid(self.pid, os.WNOHANG)[0] != 0:
                    os.close(self.fd)
                    self.log.close()
                    return clean
        return False


def perf_start(pid, tag):
    """With BENCH_PERF set: sample the testpmd (cpu-clock) during the run."""
    if not os.environ.get("BENCH_PERF"):
        return None
    import subprocess
    data = "/tmp/perf-%s.data" % tag.replace(" ", "-")
    return subprocess.Popen(["perf", "record", "-q", "-e", "cpu-clock",
                             "-F", "1000", "-p", str(pid), "-o", data],
                            stdout=subprocess.DEVNULL,
                            stderr=subprocess.STDOUT), data


def perf_stop(prof, tag):
    if prof is None:
        return
    import subprocess
    proc, data = prof
    proc.send_signal(signal.SIGINT)
    proc.wait(60)
    name = "/out/perf-%s.txt" % tag.replace(" ", "-")
    with open(name, "w") as f:
        subprocess.run(["perf", "report", "-i", data, "--stdio",
                        "--sort", "dso,sym"], stdout=f,
                       stderr=subprocess.STDOUT, timeout=120)
    # Per-instruction samples: the instruction after an MMIO store
    # collects the time QEMU's device model spent on that access.
    with open(name.replace(".txt", ".ips"), "w") as f:
        subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym,symoff,dso"],
                       stdout=f, stderr=subprocess.STDOUT, timeout=120)


def vm_event(name):
    """Tell the host (cpu_marks.py) to note QEMU's CPU time now."""
    with open("/dev/console", "w") as c:
        c.write("\nPMDKIT-VM-EVENT %s\n" % name)


def port_stats(text, nports):
    """{port: (tx_packets, tx_pps)} from `show port stats all` output."""
    out = {}
    blocks = re.split(rb"NIC statistics for port +", text)[1:]
    for b in blocks:
        port = int(re.match(rb"(\d+)", b).group(1))
        tx = int(re.search(rb"TX-packets: +(\d+)", b).group(1))
        pps = int(re.search(rb"Tx-pps: +(\d+)", b).group(1))
        out[port] = (tx, pps)
    if len(out) != nports:
        raise ValueError("stats for %d of %d ports" % (len(out), nports))
    return out


def run_one(rnd, model, mode, app, bdfs):
    tag = "%d %s %s %s" % (rnd, model, mode, app)
    nports = len(bdfs)
    argv = [APPS[app], "-l", "0-1", "-n", "1", "--file-prefix", "bench"]
    for b in bdfs:
        argv += ["-a", b]
    argv += ["--"] + TESTPMD_ARGS + ["--forward-mode=" + mode]
    log = "/out/%s-%s-%s-%d.log" % (model, mode, app, rnd)
    with open("/proc/uptime") as f:
        print("bench: %s starts at %s s" % (tag, f.read().split()[0]))
    sys.stdout.flush()
    tp = Testpmd(argv, log)
    try:
        tp.expect(PROMPT, 120)
        tp.command("start tx_first" if mode == "io" else "start")
        time.sleep(WARM)
        mark = "-".join(tag.split())
        vm_event("cpu %s 0" % mark)
        t0a = time.monotonic()
        s0 = port_stats(tp.command("show port stats all"), nports)
        t0 = (t0a + time.monotonic()) / 2
        prof = perf_start(tp.pid, tag)
        time.sleep(SECS)
        perf_stop(prof, tag)
        t1a = time.monotonic()
        s1 = port_stats(tp.command("show port stats all"), nports)
        t1 = (t1a + time.monotonic()) / 2
        vm_event("cpu %s 1" % mark)
        tp.command("stop")
    except (TimeoutError, EOFError, ValueError, AttributeError) as e:
        tp.close()
        print("BENCH-FAIL %s %s (log: %s)" % (tag, e, log))
        with open(log, "rb") as f:
            for line in f.read().decode(errors="replace").splitlines()[-25:]:
                print("    | " + line)
        return False
    clean = tp.close()
    dt = t1 - t0
    pps = ["%d" % ((s1[p][0] - s0[p][0]) / dt) for p in range(nports)]
    app_pps = ["%d" % s1[p][1] for p in range(nports)]
    if nports == 1:
        pps.append("-")
        app_pps.append("-")
    print("BENCH %s %s %s %.2f" % (tag, " ".join(pps), " ".join(app_pps), dt))
    if not clean:
        print("BENCH-FAIL %s did not quit (killed)" % tag)
    sys.stdout.flush()
    return clean


def main():
    # NIC 2i and 2i+1 are one model's pair on hub i (vm.conf).
    pairs = []
    for k in range(0, int(os.environ["NIC_COUNT"]), 2):
        pairs.append((os.environ["NIC%d_MODEL" % k],
                      [os.environ["NIC%d_BDF" % k],
                       os.environ["NIC%d_BDF" % (k + 1)]]))
    ok = True
    print("bench: %d round(s), %s, %.0f s per run after %.0f s warm-up"
          % (REPEAT, ", ".join(m for m, _ in pairs), SECS, WARM))
    for rnd in range(REPEAT):
        # Rotate which testpmd goes first, so that none always runs
        # right after the same one.
        names = list(APPS)
        order = names[rnd % len(names):] + names[:rnd % len(names)]
        for model, bdfs in pairs:
            for mode in MODES:
                use = bdfs[:1] if mode == "txonly" else bdfs
                for app in order:
                    ok = run_one(rnd, model, mode, app, use) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
