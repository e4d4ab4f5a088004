#!/usr/bin/env bash
# Benchmark: pmdkit's testpmd vs DPDK 22.11's dpdk-testpmd on QEMU's emulated
# 82540EM/82574L (TCG guest, vfio-pci), txonly and io --tx-first, packets per
# second over BENCH_SECS (20) seconds, printed side by side with the ratio.
#
#   tests/bench/e1000_guest.sh [BUILD_DIR]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$top/build}" && pwd) || exit 2
out=$build/bench/e1000-guest
# run.sh looks scenarios up under tests/vm/scenarios; a relative path
# reaches this directory without registering it as a test.
"$top/tests/vm/run.sh" --build-dir "$build" --out "$out" ../../bench/e1000-guest
rc=$?
grep '^BENCH ' "$out/console.log" | tr -d '\r' > "$out/bench.txt"
printf '%-8s %14s %14s %8s\n' mode pmdkit-pps dpdk-pps ratio
for mode in txonly io; do
    p=$(awk -v m=$mode '$2=="pmdkit" && $3==m {printf "%d", $4/$5}' "$out/bench.txt")
    d=$(awk -v m=$mode '$2=="dpdk" && $3==m {printf "%d", $4/$5}' "$out/bench.txt")
    r=$(awk -v p="${p:-0}" -v d="${d:-0}" 'BEGIN { if (d > 0) printf "%.2f", p / d; else print "n/a" }')
    printf '%-8s %14s %14s %8s\n' $mode "${p:-n/a}" "${d:-n/a}" "$r"
done
exit $rc
