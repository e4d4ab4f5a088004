#!/bin/sh
# Benchmark (not a test): tests/net/bench_net.c built against pmdkit
# (build dir $1, default build/) and against the installed DPDK 22.11,
# run the same way, printed one after the other.
set -e
src=$(dirname "$0")
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
eal="--no-huge -m 512 -l 0 --vdev net_ring0 --log-level=error"
cc -O3 -march=corei7 -DALLOW_EXPERIMENTAL_API "$src/bench_net.c" -o "$tmp/bench_dpdk" \
    $(pkg-config --cflags --libs libdpdk)
echo "== pmdkit ($build)"
LD_LIBRARY_PATH="$build" "$build/tests/net/bench_net" $eal --file-prefix=bench_pmdkit
echo "== DPDK $(pkg-config --modversion libdpdk)"
"$tmp/bench_dpdk" $eal --file-prefix=bench_dpdk -a 0000:00:00.0 2>/dev/null
