#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
#
# Ring / mempool / mbuf speed of pmdkit next to DPDK 22.11 on this machine.
#
#   tests/bench/dataplane_perf.sh [path/to/pmdkit-test]
#
# - ring_perf_autotest: DPDK's own dpdk-test against pmdkit-test (same
#   labels and method, see app/test/test_ring_perf.c).
# - mempool_perf_autotest and mbuf_perf: DPDK's mempool_perf_autotest runs
#   for tens of minutes (5 s per point on a large grid), so the same
#   benchmark source (app/test/test_mempool_perf.c, test_mbuf_perf.c) is
#   built against the installed DPDK with pkg-config and run next to
#   pmdkit-test.
# Prints one table: metric, DPDK, pmdkit, and "gain" (>1: pmdkit better;
# cycles are lower-is-better, rates higher-is-better). Needs root, two
# cores, dpdk-test (package dpdk) and libdpdk-dev. REPEAT=n runs each
# program n times and keeps the best figure of each line (noise filter).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
pmdkit_test=${1:-$top/build/app/test/pmdkit-test}
repeat=${REPEAT:-1}
eal="--no-huge -m 512 -l 0-1"

die() { echo "dataplane_perf: $*" >&2; exit 1; }
[ -x "$pmdkit_test" ] || die "no pmdkit-test at $pmdkit_test (build first or pass its path)"
command -v dpdk-test >/dev/null || die "dpdk-test not found: apt-get install dpdk"
pkg-config --exists libdpdk || die "libdpdk not found: apt-get install libdpdk-dev"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The perf commands built against DPDK (same sources as pmdkit-test's).
cc -O3 -march=corei7 -o "$work/dpdk-perf" \
	"$top/app/test/test.c" "$top/app/test/test_mempool_perf.c" \
	"$top/app/test/test_mbuf_perf.c" \
	$(pkg-config --cflags libdpdk) $(pkg-config --libs libdpdk) ||
	die "cannot build the DPDK flavour of the perf commands"

run() { # name outfile command...
	name=$1; out=$2; shift 2
	i=0
	while [ $i -lt "$repeat" ]; do
		echo "running $name ($((i + 1))/$repeat)" >&2
		"$@" >>"$out" 2>/dev/null || die "$name failed"
		i=$((i + 1))
	done
}

run "dpdk-test ring_perf_autotest" "$work/dpdk.txt" \
	sh -c "echo ring_perf_autotest | dpdk-test --no-pci $eal --file-prefix dp_perf_dpdk"
run "pmdkit-test ring_perf_autotest" "$work/pmdkit.txt" \
	"$pmdkit_test" $eal --file-prefix dp_perf_pmdkit ring_perf_autotest
run "DPDK mempool/mbuf perf" "$work/dpdk.txt" \
	"$work/dpdk-perf" --no-pci $eal --file-prefix dp_perf_dpdk2 \
	mempool_perf_autotest mbuf_perf
run "pmdkit mempool/mbuf perf" "$work/pmdkit.txt" \
	"$pmdkit_test" $eal --file-prefix dp_perf_pmdkit2 \
	mempool_perf_autotest mbuf_perf

python3 - "$work/dpdk.txt" "$work/pmdkit.txt" <<'PY'
import re, sys

def parse(path):
    vals, order, section = {}, [], ""
    for line in open(path, errors="replace"):
        line = line.strip()
        m = re.match(r"### Testing (.*) ###", line)
        if m:
            section = m.group(1).replace("using two physical cores", "two cores")
            continue
        m = re.match(r"(mempool_autotest .*) rate_persec=(\d+)", line)
        if m:
            key, v, better = m.group(1)[17:], float(m.group(2)), "high"
        else:
            m = re.match(r"(mbuf_perf: .*): ([\d.]+) cycles/mbuf", line)
            if m:
                key, v, better = m.group(1), float(m.group(2)), "low"
            else:
                m = re.match(r"((legacy|elem) APIs.*?): ([\d.]+)$", line)
                if not m:
                    continue
                key = m.group(1).replace("elem APIs: element size 16B", "elem16")
                key = key.replace("legacy APIs", "ptr") + " [" + section + "]"
                v, better = float(m.group(3)), "low"
        if key not in vals:
            order.append(key)
            vals[key] = (v, better)
        else:  # keep the best of repeated runs
            old = vals[key][0]
            vals[key] = ((min if better == "low" else max)(old, v), better)
    return vals, order

d, order = parse(sys.argv[1])
p, _ = parse(sys.argv[2])
w = max(len(k) for k in order) if order else 10
print("%-*s %14s %14s %7s" % (w, "metric (cycles/elem; mempool: objs/s)", "DPDK 22.11", "pmdkit", "gain"))
worse = 0
for k in order:
    if k not in p:
        print("%-*s %14.2f %14s" % (w, k, d[k][0], "missing"))
        worse += 1
        continue
    dv, better = d[k]
    pv = p[k][0]
    gain = (dv / pv if better == "low" else pv / dv) if dv and pv else 0
    if gain < 1:
        worse += 1
    print("%-*s %14.2f %14.2f %6.2fx" % (w, k, dv, pv, gain))
print("%d of %d figures below DPDK (gain < 1)" % (worse, len(order)))
PY
