#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
#
# Instructions per ring / mempool / mbuf operation, pmdkit next to DPDK
# 22.11, counted by callgrind:
#
#   tests/bench/dataplane_instr.sh [path/to/pmdkit-test]
#
# app/test/test_dataplane_ops.c performs fixed counts of each operation in
# one noinline function per kind; the same source is built against the
# installed DPDK (pkg-config libdpdk, as dataplane_perf.sh does) and run
# there too. callgrind's inclusive count of each function divided by its
# operation count gives instructions per operation, including the calls
# into each library (the mempool ring handlers, rte_pktmbuf_free_bulk).
# Unlike cycles these counts do not move with the machine's load, so
# they show the cost of a code change on a busy machine; they are not
# cycles (a taken branch, a cache miss or a locked instruction costs more
# than an add), which dataplane_perf.sh measures.
# Needs valgrind, libdpdk-dev; runs single-threaded with --no-huge.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
pmdkit_test=${1:-$top/build/app/test/pmdkit-test}
eal="--no-huge -m 256 -l 0 --no-pci"

die() { echo "dataplane_instr: $*" >&2; exit 1; }
[ -x "$pmdkit_test" ] || die "no pmdkit-test at $pmdkit_test (build first or pass its path)"
command -v valgrind >/dev/null || die "valgrind not found: apt-get install valgrind"
pkg-config --exists libdpdk || die "libdpdk not found: apt-get install libdpdk-dev"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Same flags as pmdkit's default build (-march=corei7).
cc -O3 -march=corei7 -g -o "$work/dpdk-ops" \
	"$top/app/test/test.c" "$top/app/test/test_dataplane_ops.c" \
	$(pkg-config --cflags libdpdk) $(pkg-config --libs libdpdk) ||
	die "cannot build test_dataplane_ops.c against DPDK"

count() { # name program: callgrind run, then "function ops Ir" lines
	valgrind --tool=callgrind --callgrind-out-file="$work/cg.$1" \
		"$2" --file-prefix "dp_instr_$1" $eal dataplane_ops \
		>"$work/ops.$1" 2>"$work/vg.$1" ||
		die "$1: dataplane_ops failed under valgrind (see $work/vg.$1)"
	callgrind_annotate --inclusive=yes --threshold=100 "$work/cg.$1" \
		>"$work/ann.$1" 2>/dev/null
}
echo "dataplane_instr: DPDK build under callgrind" >&2
count dpdk "$work/dpdk-ops"
echo "dataplane_instr: pmdkit-test under callgrind" >&2
count pmdkit "$pmdkit_test"

python3 - "$work" <<'PY'
import re, sys
work = sys.argv[1]

def load(side):
    ops = {}
    for line in open(f"{work}/ops.{side}"):
        m = re.match(r"(dp_op_\w+) ops=(\d+)", line)
        if m:
            ops[m.group(1)] = int(m.group(2))
    ir = {}
    for line in open(f"{work}/ann.{side}"):
        # " 1,040,005 ( 0.49%)  file.c:dp_op_x [/path/obj]": the function's
        # inclusive count (the line with the object in brackets).
        m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+\S*:(dp_op_\w+) \[", line)
        if m:
            ir[m.group(2)] = int(m.group(1).replace(",", ""))
    return ops, ir

dops, dir_ = load("dpdk")
pops, pir = load("pmdkit")
print("%-32s %12s %12s %7s" % ("instructions per operation", "DPDK", "pmdkit", "gain"))
worse = 0
for fn in dops:
    if fn not in pops or fn not in dir_ or fn not in pir:
        print("%-32s %12s" % (fn, "missing"))
        worse += 1
        continue
    d, p = dir_[fn] / dops[fn], pir[fn] / pops[fn]
    gain = d / p
    worse += p > d * 1.005  # equal within 0.5%: not worse
    print("%-32s %12.2f %12.2f %6.2fx" % (fn[6:], d, p, gain))
print("%d of %d operations take more instructions than DPDK's" % (worse, len(dops)))
PY
