#!/usr/bin/env bash
# The README's first command: installs what is needed, builds pmdkit and runs
# the main job on an embedded default: testpmd io-forwarding between two ring
# ports (net_ring0 <-> net_ring1) for 10 s, then prints its statistics.
#   PMDKIT_SECONDS=N     forward for N seconds (default 10)
#   extra arguments      passed to testpmd after '--' (e.g. --forward-mode=macswap)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
if [ "$(id -u)" -ne 0 ]; then
    echo "quickstart: installing packages and reserving hugepages needs root; re-running with sudo" >&2
    exec sudo -E "$0" "$@"
fi
PMDKIT_NO_VM=1 ./devtools/setup-deps.sh
[ -d build ] || meson setup build >/dev/null
ninja -C build >/dev/null
mem=(--no-huge -m 512)
if ./devtools/hugepages-env.sh 512 2>/dev/null; then
    mem=(-m 512)
fi
secs=${PMDKIT_SECONDS:-10}
echo "quickstart: testpmd io forwarding net_ring0 <-> net_ring1 for $secs s"
# Without -i, testpmd forwards until it reads a line on stdin (as DPDK's does).
{ sleep "$secs"; echo; } | build/app/testpmd/pmdkit-testpmd -l 0-1 -n 4 "${mem[@]}" \
    --vdev net_ring0 --vdev net_ring1 -- \
    --forward-mode=io --tx-first --nb-cores=1 "$@"
