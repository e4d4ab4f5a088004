# DPDK's testpmd, io forwarding between two e1000 ports over VFIO (or the
# driver in DPDK_DRIVER: dpdk-testpmd-uio shares this script).
. /pmdkit/guest-lib.sh
drv=${DPDK_DRIVER:-vfio-pci}
check "bind both NICs to $drv" dpdk-devbind.py -b $drv $NIC0_BDF $NIC1_BDF
check "256 x 2M hugepages" dpdk-hugepages.py --setup 512M
out=/out/testpmd.txt
mkdir -p /out
( sleep 3; echo "start tx_first"; sleep 10; echo "stop"; sleep 1; echo "quit" ) |
    timeout -k 5 60 dpdk-testpmd -l 0-1 -n 1 --file-prefix ref -a $NIC0_BDF -a $NIC1_BDF -- -i \
        --forward-mode=io --total-num-mbufs=4096 > $out 2>&1
check_eq "testpmd exit status" 0 $?
check_grep "port 0 probed" "^Port 0: 52:54:00:12:34:10" $out
check_grep "port 1 probed" "^Port 1: 52:54:00:12:34:11" $out
# field PORT RX|TX: packets of that port in the final per-port statistics
field() {
    awk -v p="port $1 " -v k="$2-packets:" '
        index($0, "Forward statistics for " p) { on = 1; next }
        on && $1 == k { print $2; exit }' $out
}
rx0=$(field 0 RX) tx0=$(field 0 TX) rx1=$(field 1 RX) tx1=$(field 1 TX)
echo "port0 rx=$rx0 tx=$tx0, port1 rx=$rx1 tx=$tx1"
check "frames circulated (more than 1000 received)" test "${rx0:-0}" -gt 1000 -a "${rx1:-0}" -gt 1000
# 64 frames circulate: what one port sent and the other did not (yet)
# receive is at most 64 and never negative (nothing duplicated).
check "port0 -> port1 conserved (0 <= tx0 - rx1 <= 64)" test $((tx0 - rx1)) -ge 0 -a $((tx0 - rx1)) -le 64
check "port1 -> port0 conserved (0 <= tx1 - rx0 <= 64)" test $((tx1 - rx0)) -ge 0 -a $((tx1 - rx0)) -le 64
check_nogrep "no drops" "RX-dropped: [1-9]\|TX-dropped: [1-9]" $out
echo "BENCH dpdk-testpmd io e1000x2 $drv: $(( (rx0 + rx1) / 10 )) packets/s (10 s, TCG)"
finish
