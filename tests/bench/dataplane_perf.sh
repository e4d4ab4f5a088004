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
# times, interleaved, and keeps each line's best figure (noise filter).
# Before each round's DPDK and pmdkit runs, c2c_probe.c measures the
# cost of handing a cache line between the two lcores (see the last line
# of the output).
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
		--file-prefix dp_perf_a >>"$work/official.txt" 2>/dev/null ||
		die "dpdk-test failed"
	echo "round $i/$repeat: benchmark sources on DPDK" >&2
	"$work/dpdk-perf" --no-pci $eal --file-prefix dp_perf_b $cmds \
		>>"$work/dpdk.txt" 2>/dev/null || die "DPDK build of the benchmarks failed"
	"$work/c2c_probe" 0 1 >>"$work/c2c_pmdkit.txt" || die "c2c_probe failed"
	echo "round $i/$repeat: pmdkit-test" >&2
	"$pmdkit_test" $eal --file-prefix dp_perf_c $cmds \
		>>"$work/pmdkit.txt" 2>/dev/null || die "pmdkit-test failed"
done

python3 - "$work/official.txt" "$work/dpdk.txt" "$work/pmdkit.txt" \
	"$work/c2c_dpdk.txt" "$work/c2c_pmdkit.txt" <<'PY'
import re, sys

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
        else:  # keep the best of repeated runs
            old = vals[key][0]
            vals[key] = ((min if better == "low" else max)(old, v), better)
    return vals, order

off, _ = parse(sys.argv[1])
d, order = parse(sys.argv[2])
p, _ = parse(sys.argv[3])
w = max(len(k) for k in order)
fmt = lambda v: ("%.0f" % v) if v >= 1e5 else ("%.2f" % v)
print("%-*s %13s %13s %13s %7s" % (w, "metric (ring/mbuf: cycles per element)",
      "dpdk-test", "DPDK", "pmdkit", "gain"))
worse = 0
for k in order:
    dv, better = d[k]
    o = fmt(off[k][0]) if k in off else "-"
    if k not in p:
        print("%-*s %13s %13s %13s" % (w, k, o, fmt(dv), "missing"))
        worse += 1
        continue
    pv = p[k][0]
    gain = (dv / pv if better == "low" else pv / dv) if dv and pv else 0
    if gain < 1:
        worse += 1
    print("%-*s %13s %13s %13s %6.2fx" % (w, k, o, fmt(dv), fmt(pv), gain))
print("%d of %d figures below DPDK (gain < 1)" % (worse, len(order)))
# Two-core lines count cache-line hand-offs between lcores 0 and 1; on a
# VM their cost follows the host's placement of the vCPUs. Compare those
# lines only between rounds whose hand-off cost is alike.
c2c = [open(f).read().split() for f in sys.argv[4:6]]
print("core-to-core hand-off, cycles, per round: before the DPDK runs %s; "
      "before pmdkit-test %s" % (" ".join(c2c[0]), " ".join(c2c[1])))
PY
