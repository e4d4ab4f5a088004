#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
#
# Ring / mempool / mbuf speed of pmdkit next to DPDK 22.11 on this machine.
#
#   tests/bench/dataplane_perf.sh [path/to/pmdkit-test]
#
# Three columns:
#  - "dpdk-test": DPDK's own `echo ring_perf_autotest | dpdk-test ...`
#    (ring only: its mempool_perf_autotest runs 5 s per point on a large
#    grid, tens of minutes);
#  - "DPDK": the same benchmark sources as pmdkit-test (app/test/
#    test_ring_perf.c, test_mempool_perf.c, test_mbuf_perf.c: same labels
#    and method as DPDK's autotests) built against the installed DPDK
#    with pkg-config, so both sides run identical loops over their own
#    inline fast paths;
#  - "pmdkit": pmdkit-test.
# "gain" = pmdkit vs the DPDK column (>1: pmdkit better; cycles are
# lower-is-better, rates higher-is-better). REPEAT=n runs every program n
# times, interleaved, and prints each line's median over the rounds;
# "won" counts the rounds in which pmdkit beat the DPDK column, a paired
# comparison that tells a tie within the noise from a real loss.
# Before each round's DPDK and pmdkit runs, c2c_probe.c measures the
# cost of handing a cache line between the two lcores. On a virtual
# machine that cost changes several times over when the host moves the
# vCPUs, and the two-core lines (ring "two cores", mempool "cores=2")
# follow it; their medians use only the rounds in which both probes were
# within 1.5x of the run's lowest, so every column comes from the same
# rounds and host state (the number of rounds is printed after the figure).
# Needs root, two cores, dpdk-test (package dpdk) and libdpdk-dev.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
pmdkit_test=${1:-$top/build/app/test/pmdkit-test}
repeat=${REPEAT:-1}
eal="--no-huge -m 512 -l 0-1"
cmds="ring_perf_autotest mempool_perf_autotest mbuf_perf"

die() { echo "dataplane_perf: $*" >&2; exit 1; }
[ -x "$pmdkit_test" ] || die "no pmdkit-test at $pmdkit_test (build first or pass its path)"
command -v dpdk-test >/dev/null || die "dpdk-test not found: apt-get install dpdk"
pkg-config --exists libdpdk || die "libdpdk not found: apt-get install libdpdk-dev"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Same flags as pmdkit's build of pmdkit-test (-march=corei7, and every
# function starting on a 64-byte boundary: a benchmark loop of a few
# instructions runs twice as fast when its blocks fall into two 64-byte
# fetch windows instead of three, so without the alignment a figure moves
# whenever unrelated code shifts the function).
cc -O3 -march=corei7 -falign-functions=64 -o "$work/dpdk-perf" \
	"$top/app/test/test.c" "$top/app/test/test_ring_perf.c" \
	"$top/app/test/test_mempool_perf.c" "$top/app/test/test_mbuf_perf.c" \
	$(pkg-config --cflags libdpdk) $(pkg-config --libs libdpdk) ||
	die "cannot build the benchmark sources against DPDK"

cc -O2 -pthread -o "$work/c2c_probe" "$here/c2c_probe.c" ||
	die "cannot build c2c_probe.c"

i=0
while [ $i -lt "$repeat" ]; do
	i=$((i + 1))
	"$work/c2c_probe" 0 1 >>"$work/c2c_dpdk.txt" || die "c2c_probe failed"
	echo "round $i/$repeat: dpdk-test" >&2
	echo ring_perf_autotest | dpdk-test --no-pci $eal \
		--file-prefix dp_perf_a >"$work/official.$i" 2>/dev/null ||
		die "dpdk-test failed"
	echo "round $i/$repeat: benchmark sources on DPDK" >&2
	"$work/dpdk-perf" --no-pci $eal --file-prefix dp_perf_b $cmds \
		>"$work/dpdk.$i" 2>/dev/null || die "DPDK build of the benchmarks failed"
	"$work/c2c_probe" 0 1 >>"$work/c2c_pmdkit.txt" || die "c2c_probe failed"
	echo "round $i/$repeat: pmdkit-test" >&2
	"$pmdkit_test" $eal --file-prefix dp_perf_c $cmds \
		>"$work/pmdkit.$i" 2>/dev/null || die "pmdkit-test failed"
done

python3 - "$work" "$repeat" <<'PY'
import os, re, statistics, sys

work, rounds = sys.argv[1], int(sys.argv[2])

def parse(path):
    vals, order, section = {}, [], ""
    for line in open(path, errors="replace"):
        line = line.strip()
        m = re.match(r"### Testing (.*) ###", line)
        if m:
            section = m.group(1).replace("using two physical cores", "two cores")
            continue
        m = re.match(r"mempool_autotest (.*) n_put_bulk=\d+ (n_keep=\d+) constant_n=\d+ rate_persec=(\d+)", line)
        if m:
            key = "mempool objs/s " + m.group(1) + " " + m.group(2)
            v, better = float(m.group(3)), "high"
        else:
            m = re.match(r"(mbuf_perf: .*): ([\d.]+) cycles/mbuf", line)
            if m:
                key, v, better = m.group(1), float(m.group(2)), "low"
            else:
                m = re.match(r"((legacy|elem) APIs.*?): ([\d.]+)$", line)
                if not m:
                    continue
                key = m.group(1).replace("elem APIs: element size 16B", "ring elem16")
                key = key.replace("legacy APIs", "ring ptr") + " [" + section + "]"
                v, better = float(m.group(3)), "low"
        if key not in vals:
            order.append(key)
        vals[key] = (v, better)
    return vals, order

def probes(name):
    return [int(x) for x in open(os.path.join(work, name)).read().split()]

runs = {p: [parse(os.path.join(work, "%s.%d" % (p, i)))[0] for i in range(1, rounds + 1)]
        for p in ("official", "dpdk", "pmdkit")}
order = parse(os.path.join(work, "dpdk.1"))[1]
c2c = {"official": probes("c2c_dpdk.txt"), "pmdkit": probes("c2c_pmdkit.txt")}
c2c["dpdk"] = c2c["official"]
floor = min(c2c["official"] + c2c["pmdkit"])
two_core = lambda k: "[two cores]" in k or "cores=2" in k

# Two-core lines use the rounds in which both probes were low, the same
# rounds for every column.
low = [max(c2c["dpdk"][i], c2c["pmdkit"][i]) <= 1.5 * floor for i in range(rounds)]

def figure(prog, key):
    """Median over the rounds (two-core lines: the low hand-off rounds)."""
    use = [i for i in range(rounds) if key in runs[prog][i]]
    if two_core(key):
        use = [i for i in use if low[i]]
    if not use:
        return None, 0
    return statistics.median(runs[prog][i][key][0] for i in use), len(use)

def wins(key, better):
    """Rounds in which pmdkit beat the DPDK build of the same sources, out
    of the rounds both ran (two-core lines: both in a low hand-off state).
    The rounds are interleaved, so this pairs runs a minute apart: a line
    whose median gain is just under 1 but which wins about half its rounds
    is a tie within the run's noise."""
    won = n = 0
    for i in range(rounds):
        if key not in runs["dpdk"][i] or key not in runs["pmdkit"][i]:
            continue
        if two_core(key) and not low[i]:
            continue
        d, p = runs["dpdk"][i][key][0], runs["pmdkit"][i][key][0]
        n += 1
        won += (p < d) if better == "low" else (p > d)
    return won, n

w = max(len(k) for k in order)
fmt = lambda v: ("%.0f" % v) if v >= 1e5 else ("%.2f" % v)
cell = lambda v, n, k: "-" if v is None else fmt(v) + ("(%d)" % n if two_core(k) else "")
print("%-*s %13s %13s %13s %7s %6s" % (w, "metric (ring/mbuf: cycles per element)",
      "dpdk-test", "DPDK", "pmdkit", "gain", "won"))
worse = worse_most = skipped = 0
for k in order:
    better = runs["dpdk"][0][k][1]
    ov, on = figure("official", k)
    dv, dn = figure("dpdk", k)
    pv, pn = figure("pmdkit", k)
    if dv is None or pv is None:
        print("%-*s %13s %13s %13s %7s" % (w, k, cell(ov, on, k), cell(dv, dn, k),
              cell(pv, pn, k), "n/a"))
        skipped += 1
        continue
    gain = (dv / pv if better == "low" else pv / dv) if dv and pv else 0
    won, n = wins(k, better)
    if gain < 1:
        worse += 1
        worse_most += 2 * won < n
    print("%-*s %13s %13s %13s %6.2fx %6s" % (w, k, cell(ov, on, k), cell(dv, dn, k),
          cell(pv, pn, k), gain, "%d/%d" % (won, n)))
print("%d of %d figures below DPDK (gain < 1), %d of them losing most of their"
      " paired rounds (\"won\": rounds pmdkit beat DPDK)"
      % (worse, len(order) - skipped, worse_most)
      + ("; %d two-core lines without a low hand-off round on one side" % skipped
         if skipped else ""))
print("core-to-core hand-off, cycles, per round: before the DPDK runs %s; "
      "before pmdkit-test %s; two-core lines use rounds <= %d"
      % (" ".join(map(str, c2c["official"])), " ".join(map(str, c2c["pmdkit"])),
         int(1.5 * floor)))
PY
