#!/bin/bash
# EAL start-up time, pmdkit vs DPDK 22.11, same program (eal_startup.c):
# rte_eal_init + rte_eal_cleanup with two lcores, with 512 MiB of
# hugepages (-m 512) and with --no-huge. Both get --no-pci (no device
# scan). Prints medians of RUNS runs and the ratio DPDK/pmdkit.
# Usage: tests/bench/eal_startup.sh [pmdkit build dir] (default: build)
# As root it reserves the 2 MiB pages -m 512 needs and restores the count.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
runs=${RUNS:-7}
tmp=$(mktemp -d /tmp/eal_startup.XXXXXX)
trap 'rm -rf "$tmp"; restore' EXIT
restore() { :; }

cc -O2 -include rte_config.h -I"$root/config" -I"$build/config" \
	-I"$root/lib/eal/include" -I"$root/lib/kvargs" \
	"$root/tests/bench/eal_startup.c" -o "$tmp/pmdkit" \
	-L"$build" -lpmdkit -Wl,-rpath,"$build" || exit 1
export PKG_CONFIG_PATH=/usr/lib/x86_64-linux-gnu/pkgconfig
cc -O2 $(pkg-config --cflags libdpdk) "$root/tests/bench/eal_startup.c" \
	-o "$tmp/dpdk" $(pkg-config --libs libdpdk) || exit 1

nr=/sys/kernel/mm/hugepages/hugepages-2048kB/nr_hugepages
free=/sys/kernel/mm/hugepages/hugepages-2048kB/free_hugepages
huge_ok=1
if [ "$(cat $free 2>/dev/null || echo 0)" -lt 256 ]; then
	if [ -w $nr ]; then
		orig=$(cat $nr)
		restore() { echo "$orig" > $nr; }
		echo $((orig + 256 - $(cat $free))) > $nr
	fi
	[ "$(cat $free 2>/dev/null || echo 0)" -ge 256 ] || huge_ok=0
fi

# median of the successful runs: "<wall_us> <init_us> <cleanup_us>";
# "fail: <last error>" if every run failed
measure() {
	local bin=$1; shift
	local i s e line ok=0
	for i in $(seq "$runs"); do
		s=$(date +%s%N)
		if ! line=$("$bin" "$@" 2>"$tmp/err"); then
			continue
		fi
		e=$(date +%s%N)
		ok=1
		echo "$(( (e - s) / 1000 )) $(echo "$line" | sed 's/[a-z_]*=//g')"
	done > "$tmp/runs"
	if [ ! -s "$tmp/runs" ]; then
		echo "fail: $(tail -1 "$tmp/err")"
		return
	fi
	sort -n "$tmp/runs" | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'
}

printf "%-22s %12s %12s %12s %12s %8s\n" "configuration" "pmdkit init" \
	"DPDK init" "pmdkit total" "DPDK total" "ratio"
row() {
	local name=$1; shift
	local p d
	p=$(measure "$tmp/pmdkit" "$@" --file-prefix bench_pmdkit)
	d=$(measure "$tmp/dpdk" "$@" --file-prefix bench_dpdk)
	if [ "${p#fail}" != "$p" ] || [ "${d#fail}" != "$d" ]; then
		printf "%-22s %s\n" "$name" "failed (pmdkit: $p, DPDK: $d)"
		return
	fi
	set -- $p $d
	# columns in ms; ratio of whole-process times
	awk -v n="$name" -v pw="$1" -v pi="$2" -v dw="$4" -v di="$5" 'BEGIN {
		printf "%-22s %10.1fms %10.1fms %10.1fms %10.1fms %7.1fx\n",
			n, pi/1000, di/1000, pw/1000, dw/1000, dw/pw }'
}
row "-l 0-1 --no-huge" -l 0-1 --no-pci --no-huge
if [ $huge_ok -eq 1 ]; then
	row "-l 0-1 -m 512" -l 0-1 --no-pci -m 512
else
	echo "-l 0-1 -m 512         n/a: fewer than 256 free 2 MiB hugepages (run as root)"
fi
echo "(median of $runs runs; init = rte_eal_init, total = whole process incl. cleanup; ratio = DPDK total / pmdkit total)"
