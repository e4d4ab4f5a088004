#!/usr/bin/env bash
# Runs the dpdk-example-lsi scenario with DPDK 22.11's own build of
# link_status_interrupt (its Makefile against the installed libdpdk.pc, with
# DPDK's e1000 PMD) instead of pmdkit's, to compare the two on the same
# emulated NICs.  Not a test: DPDK's PMD fails some of the scenario's checks
# in this guest (see the scenario's guest.sh); the output shows where.
#
#   tests/vm/dpdk-examples/lsi-with-dpdk.sh --build-dir BUILD
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
vm=$(dirname "$here")
build=""
[ "${1:-}" = --build-dir ] && [ $# = 2 ] && build=$(cd "$2" && pwd)
[ -n "$build" ] || { echo "usage: $0 --build-dir BUILD" >&2; exit 2; }
src=/usr/share/dpdk/examples/link_status_interrupt
[ -f "$src/main.c" ] || { echo "$src missing: apt-get install dpdk-doc" >&2; exit 2; }
pkg-config --exists libdpdk ||
    { echo "DPDK's libdpdk.pc not found: apt-get install libdpdk-dev" >&2; exit 2; }

# host_prog puts the binary at the same path in the guest: not under /tmp
# (the guest mounts a tmpfs there) nor the build directory (a symlink in
# the guest).
work=$(mktemp -d /var/tmp/pmdkit-lsi-dpdk.XXXXXX)
trap 'rm -rf "$work"' EXIT
s=$work/dpdk-example-lsi-dpdk
mkdir -p "$s"
cp -r "$src" "$work/lsi"
make -s -C "$work/lsi" shared
bin=$work/lsi/build/link_status_interrupt-shared

pmds=/usr/lib/x86_64-linux-gnu/dpdk/pmds-23.0    # Debian's DPDK 22.11 PMDs
ln -s "$vm/scenarios/dpdk-example-lsi/guest.sh" "$s/lsi-guest.sh"
ln -s "$here/guest-common.sh" "$s/common.sh"
cat > "$s/vm.conf" <<EOF
. "$vm/scenarios/dpdk-example-lsi/vm.conf"
host_prog "$bin" "$pmds/librte_bus_pci.so.23" "$pmds/librte_net_e1000.so.23" \\
    "$pmds/librte_mempool_ring.so.23"
guest_env "LSI_EXAMPLE=$bin"
EOF
# The image holds the host's /lib/x86_64-linux-gnu/librte_bus_pci.so.23 (a
# symlink into the PMD directory on the host) as a copy: EAL would load
# both the PMD directory's file and that copy (net_e1000 needs it) and
# panic on the second registration.  Make it a link again.
cat > "$s/guest.sh" <<EOF
for f in $pmds/*.so.23; do
    l=/lib/x86_64-linux-gnu/\${f##*/}
    [ -f "\$l" ] && [ ! -L "\$l" ] && ln -sf "\$(readlink -f "\$f")" "\$l"
done
. ./lsi-guest.sh
EOF
"$vm/run.sh" --build-dir "$build" "$s"
