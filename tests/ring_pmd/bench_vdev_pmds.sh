#!/bin/sh
# Side-by-side throughput of net_ring and net_pcap: the same benchmark
# source built against DPDK 22.11 (pkg-config libdpdk) and against pmdkit.
# Usage: tests/ring_pmd/bench_vdev_pmds.sh [build dir]   (default: build)
set -e
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
ours=$build/tests/ring_pmd/bench_vdev_pmds
[ -x "$ours" ] || { echo "build pmdkit first: ninja -C $build" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# 1 M 64-byte frames (pcap_rx), 4000 (pcap_inf)
python3 - "$work" <<'PY'
import struct, sys
for name, count in (('frames.pcap', 1000000), ('small.pcap', 4000)):
  with open(sys.argv[1] + '/' + name, 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xa1b23c4d, 2, 4, 0, 0, 65535, 1))
    frame = bytes(range(64))
    for i in range(count):
        f.write(struct.pack('<IIII', 1700000000 + i // 1000000, i, 64, 64))
        f.write(frame)
PY
cc -O3 -march=corei7 -o "$work/bench_dpdk" "$top/tests/ring_pmd/bench_vdev_pmds.c" \
    $(pkg-config --cflags --libs libdpdk) -lrte_net_ring -lrte_bus_vdev
eal="--no-huge -m 512 -l 0 --no-pci --log-level=lib.eal:error"
echo "== DPDK 22.11 =="
"$work/bench_dpdk" "$work/frames.pcap" "$work/small.pcap" $eal --file-prefix=bench_dpdk
echo "== pmdkit =="
"$ours" "$work/frames.pcap" "$work/small.pcap" $eal --file-prefix=bench_pmdkit
