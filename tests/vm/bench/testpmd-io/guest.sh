# Side-by-side io forwarding rate: DPDK's testpmd vs pmdkit's.
. /pmdkit/guest-lib.sh
SECS=${BENCH_SECS:-10}
dpdk-hugepages.py --setup 512M || exit 1
# run APP DRIVER: one 10 s io run, prints "rx0 tx0 rx1 tx1"
run() {
    dpdk-devbind.py -b $2 $NIC0_BDF $NIC1_BDF >/dev/null 2>&1 || return 1
    ( sleep 3; echo "start tx_first"; sleep $SECS; echo "stop"; sleep 1; echo "quit" ) |
        timeout -k 5 $((SECS + 40)) $1 -l 0-1 -n 1 --file-prefix bench -a $NIC0_BDF -a $NIC1_BDF -- -i \
            --forward-mode=io --total-num-mbufs=4096 > /tmp/run.txt 2>&1
    for p in 0 1; do for k in RX TX; do
        awk -v p="port $p " -v k="$k-packets:" '
            index($0, "Forward statistics for " p) { on = 1; next }
            on && $1 == k { print $2; exit }' /tmp/run.txt
    done; done | tr '\n' ' '
}
printf '%-16s %-16s %12s %s\n' app driver packets/s "rx0 tx0 rx1 tx1"
for drv in vfio-pci uio_pci_generic; do
    for app in /usr/bin/dpdk-testpmd $BUILD/app/testpmd/pmdkit-testpmd; do
        [ -x $app ] || { printf '%-16s %-16s %12s\n' ${app##*/} $drv "not built"; continue; }
        set -- $(run $app $drv)
        if [ $# = 4 ]; then
            printf '%-16s %-16s %12d %s\n' ${app##*/} $drv $(( ($1 + $3) / SECS )) "$*"
        else
            printf '%-16s %-16s %12s (see below)\n' ${app##*/} $drv "failed"; tail -5 /tmp/run.txt
        fi
    done
done
