#!/usr/bin/env python3
"""Host side of the e1000 benchmark (vm.conf's host_start): records the
CPU time QEMU has used whenever the guest announces a mark.

  cpu_marks.py OUT

Follows OUT/console.log; for every "PMDKIT-VM-EVENT cpu NAME" line it
appends "NAME <utime+stime in seconds>" of the run's QEMU process to
OUT/cpu-marks.txt.  CPU seconds between a run's two marks do not count
the time the host gave to other processes, so packets per QEMU CPU-second
compare the testpmds' own cost even when the shared host's load drifts.
"""
import os
import sys
import time

out = sys.argv[1]
tck = os.sysconf("SC_CLK_TCK")
initrd = (out + "/initrd.cpio").encode()


def find_qemu():
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % p, "rb") as f:
                argv = f.read().split(b"\0")
            # QEMU itself, not the timeout(1) that runs it
            if argv[0].startswith(b"qemu-system") and initrd in argv:
                return int(p)
        except OSError:
            pass
    return None


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tck   # utime, stime


deadline = time.monotonic() + 300
qemu = None
while qemu is None and time.monotonic() < deadline:
    qemu = find_qemu()
    time.sleep(0.2)
if qemu is None:
    sys.exit("cpu_marks: no QEMU with %s found" % initrd.decode())
pos, part = 0, b""
with open(out + "/cpu-marks.txt", "w") as marks:
    while os.path.exists("/proc/%d" % qemu):
        with open(out + "/console.log", "rb") as f:
            f.seek(pos)
            data = f.read()
        pos += len(data)
        lines = (part + data).split(b"\n")
        part = lines.pop()
        for line in lines:
            line = line.strip(b"\r").decode(errors="replace")
            if line.startswith("PMDKIT-VM-EVENT cpu "):
                try:
                    marks.write("%s %.2f\n" % (line.split(" ", 2)[2],
                                               cpu_seconds(qemu)))
                    marks.flush()
                except OSError:
                    break
        time.sleep(0.02)
