# Benchmark guest: binds every NIC to vfio-pci and runs bench.py (both
# testpmds, interleaved rounds); it prints the BENCH lines the host's
# tests/bench/e1000_guest.sh turns into a table.
. /pmdkit/guest-lib.sh
modprobe vfio-pci
bdfs=""
for k in $(seq 0 $((NIC_COUNT - 1))); do eval "bdfs=\"\$bdfs \$NIC${k}_BDF\""; done
check "bind the NICs to vfio-pci" timeout 60 dpdk-devbind.py -b vfio-pci $bdfs
hugepages_reserve 256 || fail "hugepages"
mkdir -p /out
check "bench.py" python3 /scenario/bench.py
finish
