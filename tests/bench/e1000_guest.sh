#!/usr/bin/env bash
# Benchmark: pmdkit's testpmd vs DPDK 22.11's dpdk-testpmd in one TCG guest
# on the same emulated NICs (vfio-pci), packets per second per port:
#   txonly  one port;  io  two ports of one model on a hub, `start tx_first`.
# Both testpmds run back to back for every NIC model and mode, in
# BENCH_REPEAT interleaved rounds (the first to run alternates), so that
# drifting host load hits both alike.  Prints a table: median Mpps per port
# over the rounds and the median of the per-round ratios.
#
#   tests/bench/e1000_guest.sh [BUILD_DIR]
#
# Environment (defaults): BENCH_NICS ("e1000 e1000e"; QEMU models, add
# e1000-82545em for the 82545EM), BENCH_SECS (20, measured seconds per run),
# BENCH_WARM (3), BENCH_REPEAT (3), BENCH_MODES ("txonly io").
# A run with the defaults takes about 10 minutes on a quiet 2-core host (15
# with the 82545EM as well).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$top/build}" && pwd) || exit 2
out=$build/bench/e1000-guest
load() { cut -d' ' -f1-3 /proc/loadavg; }
load_start=$(load)
"$top/tests/vm/run.sh" --build-dir "$build" --out "$out" "$here/e1000-guest"
rc=$?
load_end=$(load)
[ -f "$out/console.log" ] || exit $rc
tr -d '\r' < "$out/console.log" | grep -E '^BENCH(-FAIL)? ' > "$out/bench.txt"
python3 - "$out/bench.txt" "$load_start" "$load_end" <<'EOF'
import statistics, sys

names = {"e1000": "82540EM", "e1000e": "82574L", "e1000-82545em": "82545EM"}
import os
marks = {}     # "ROUND-MODEL-MODE-APP 0|1" -> QEMU CPU seconds (cpu_marks.py)
mpath = os.path.join(os.path.dirname(sys.argv[1]), "cpu-marks.txt")
if os.path.exists(mpath):
    for line in open(mpath):
        name, _, secs = line.rpartition(" ")
        marks[name] = float(secs)
runs = {}      # (model, mode) -> {round: {app: (pps, own pps, pps/CPU-s)}}
extra = []     # testpmds besides pmdkit and dpdk (BENCH_EXTRA_APPS)
fails = []
for line in open(sys.argv[1]):
    f = line.split()
    if f[0] == "BENCH-FAIL":
        fails.append(line.rstrip())
        continue
    rnd, model, mode, app = int(f[1]), f[2], f[3], f[4]
    ports = [float(x) for x in f[5:7] if x != "-"]
    own = [float(x) for x in f[7:9] if x != "-"]
    pps = sum(ports) / len(ports)
    m = "-".join(f[1:5])
    cpu = marks.get(m + " 1", 0) - marks.get(m + " 0", 0)
    runs.setdefault((model, mode), {}).setdefault(rnd, {})[app] = (
        pps, sum(own) / len(own),
        pps * float(f[9]) / cpu if cpu > 0 else float("nan"))
    if app not in ("pmdkit", "dpdk") and app not in extra:
        extra.append(app)

def med(xs):
    return statistics.median(xs) if xs else float("nan")

def col(rounds, app, k=0):
    return med([r[app][k] for r in rounds.values() if app in r])

def ratios(rounds, app, k=0):
    return [r[app][k] / r["dpdk"][k] for r in rounds.values()
            if app in r and "dpdk" in r and r["dpdk"][k]]

print()
print("Mpps per port: median over rounds; ratio: median of the per-round "
      "pmdkit/dpdk ratios")
print("host load average (1/5/15 min): %s at start, %s at end"
      % (sys.argv[2], sys.argv[3]))
print("%-24s %-7s %8s %8s %6s  %-24s %s" % ("NIC", "mode", "pmdkit", "dpdk",
      "ratio", "per-round ratios", "".join("%-18s" % (a + " (ratio)")
                                             for a in extra)))
for (model, mode), rounds in runs.items():
    r = ratios(rounds, "pmdkit")
    print("%-24s %-7s %8.3f %8.3f %6s  %-24s %s" % (
        "%s (%s)" % (names.get(model, model), model), mode,
        col(rounds, "pmdkit") / 1e6, col(rounds, "dpdk") / 1e6,
        "%.2f" % med(r) if r else "n/a", " ".join("%.2f" % x for x in r),
        "".join("%-18s" % ("%.3f (%.2f)" % (col(rounds, a) / 1e6,
                                          med(ratios(rounds, a))))
                for a in extra)))
print()
print("Cost: packets per port per QEMU CPU-second (Mpps-CPU; what the host's"
      " other load does not change), medians; ratio: median per-round ratio")
print("%-24s %-7s %8s %8s %6s  %s" % ("NIC", "mode", "pmdkit", "dpdk", "ratio",
      "".join("%-18s" % (a + " (ratio)") for a in extra)))
for (model, mode), rounds in runs.items():
    r = ratios(rounds, "pmdkit", 2)
    print("%-24s %-7s %8.3f %8.3f %6s  %s" % (
        "%s (%s)" % (names.get(model, model), model), mode,
        col(rounds, "pmdkit", 2) / 1e6, col(rounds, "dpdk", 2) / 1e6,
        "%.2f" % med(r) if r else "n/a",
        "".join("%-18s" % ("%.3f (%.2f)" % (col(rounds, a, 2) / 1e6,
                                          med(ratios(rounds, a, 2))))
                for a in extra)))
print("testpmd's own Tx-pps (Mpps, same medians): " + "; ".join(
    "%s %s %s" % (names.get(m, m), mode, "/".join(
        "%.3f" % (col(rounds, a, 1) / 1e6) for a in ["pmdkit", "dpdk"] + extra))
    for (m, mode), rounds in runs.items()))
if not runs:
    print("no BENCH lines: see %s" % sys.argv[1].replace("bench.txt", "console.log"))
for f in fails:
    print(f)
EOF
exit $rc
