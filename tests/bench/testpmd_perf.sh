#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause
# Benchmark: pmdkit-testpmd side by side with DPDK 22.11's dpdk-testpmd,
# same arguments, same lcores, both with --no-huge, in the same run:
#   1. io forwarding between two ring vdevs started with tx_first;
#   2. rxonly on a pcap replay (rx_pcap of 1M 64-byte frames, infinite_rx).
# Figures are the "Throughput (since last show)" Rx-pps of each port over
# DURATION seconds (after a 2 s warm-up), as both programs print them.
# Usage: tests/bench/testpmd_perf.sh [path/to/pmdkit-testpmd] [seconds]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
PMDKIT=${1:-$root/build/app/testpmd/pmdkit-testpmd}
DURATION=${2:-10}
DPDK=$(command -v dpdk-testpmd || true)
[ -x "$PMDKIT" ] || { echo "no pmdkit-testpmd at $PMDKIT (build first)"; exit 1; }
[ -n "$DPDK" ] || { echo "dpdk-testpmd not installed (apt-get install dpdk)"; exit 1; }
tmp=$(mktemp -d /tmp/tp_bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# 1M 64-byte UDP frames for the replay case
python3 - "$tmp/replay.pcap" <<'PY'
import struct, sys
fr = (b'\x02\x00\x00\x00\x00\x01' b'\x02\x00\x00\x00\x00\x02' b'\x08\x00'
      b'\x45\x00\x00\x32\x00\x00\x00\x00\x40\x11\xee\x93'
      b'\xc6\x12\x00\x01\xc6\x12\x00\x02'
      b'\x00\x09\x00\x09\x00\x1e\x00\x00' + bytes(22))
assert len(fr) == 64
rec = struct.pack('<IIII', 0, 0, 64, 64) + fr
with open(sys.argv[1], 'wb') as f:
    f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
    f.write(rec * 1000000)
PY

# run BINARY PREFIX "EAL args" "app args" "commands before start"
# prints the Rx-pps of every port, space separated
measure() {
    local bin=$1 prefix=$2 eal=$3 app=$4 pre=$5
    python3 - "$bin" "$prefix" "$eal" "$app" "$pre" "$DURATION" <<'PY'
import os, re, select, subprocess, sys, time
binary, prefix, eal, app, pre, dur = sys.argv[1:7]
args = ['stdbuf', '-oL', binary, '--file-prefix=' + prefix] + eal.split() + ['--'] + \
    app.split()
p = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT, text=True)
log = ''
def send(c):
    p.stdin.write(c + '\n'); p.stdin.flush()
def read_for(sec):
    global log
    end = time.monotonic() + sec
    fd = p.stdout.fileno()
    while time.monotonic() < end:
        if select.select([fd], [], [], max(0, end - time.monotonic()))[0]:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            log += chunk.decode(errors='replace')
for c in pre.split(';'):
    if c:
        send(c)
# wait until every port receives (a loaded machine may start lcores late)
for _ in range(60):
    mark = len(log)
    send('show port stats all')
    read_for(0.5)
    rx = re.findall(r'RX-packets: (\d+)', log[mark:])
    if rx and all(int(x) > 0 for x in rx):
        break
read_for(1.0)                      # warm-up
mark = len(log)
send('show port stats all')        # reference point for "since last show"
read_for(float(dur))
send('show port stats all')
read_for(1.0)
pps = re.findall(r'Rx-pps:\s+(\d+)', log[mark:])
send('stop')
out, _ = p.communicate('quit\n', timeout=120)
if len(pps) < 2:
    sys.stderr.write(log + out)
    print('0')
    sys.exit(0)
n = len(pps) // 2                  # second show = the measured window
print(' '.join(pps[n:]))
PY
}

EAL_RING="-l 0-1 --no-pci --no-huge -m 1024 --vdev net_ring0 --vdev net_ring1"
APP_RING="-i --total-num-mbufs=16384"
EAL_PCAP="-l 0-1 --no-pci --no-huge -m 3072 --vdev net_pcap0,rx_pcap=$tmp/replay.pcap,infinite_rx=1"
APP_PCAP="-i --total-num-mbufs=1100000 --mbuf-size=256 --forward-mode=rxonly"

printf '%-34s %14s %14s %8s\n' "case (Rx-pps per port)" "pmdkit" "DPDK 22.11" "ratio"
row() {
    local name=$1 a=$2 b=$3
    python3 -c "
import sys
a=[int(x) for x in '$a'.split()]; b=[int(x) for x in '$b'.split()]
for i,(x,y) in enumerate(zip(a,b)):
    print('%-34s %14d %14d %8s' % ('$name port %d' % i, x, y,
          '%.2f' % (x / y) if y else 'n/a'))
"
}
a=$(measure "$PMDKIT" tpb_pk_ring "$EAL_RING" "$APP_RING" "start tx_first")
b=$(measure "$DPDK" tpb_dp_ring "$EAL_RING" "$APP_RING" "start tx_first")
row "io, 2 ring ports, tx_first" "$a" "$b"
a=$(measure "$PMDKIT" tpb_pk_pcap "$EAL_PCAP" "$APP_PCAP" "start")
b=$(measure "$DPDK" tpb_dp_pcap "$EAL_PCAP" "$APP_PCAP" "start")
row "rxonly, pcap replay 1M x 64B" "$a" "$b"
