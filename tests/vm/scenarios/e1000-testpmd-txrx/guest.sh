# testpmd txonly (NIC0, 82540EM) -> hub -> testpmd rxonly (NIC1, 82574L).
. /pmdkit/guest-lib.sh
TP=$BUILD/app/testpmd/pmdkit-testpmd
modprobe vfio-pci
timeout 20 dpdk-devbind.py -b vfio-pci $NIC0_BDF $NIC1_BDF
check_eq "NICs bound to vfio-pci" "vfio-pci vfio-pci" "$(pci_driver $NIC0_BDF) $(pci_driver $NIC1_BDF)"
hugepages_reserve 192 || fail "cannot reserve hugepages"

# wait_line FILE PATTERN SECONDS
# QEMU does the sender's transmit and the receiver's DMA in the sender's
# vCPU; a receiver that falls more than its ring plus QEMU's 10000-frame
# queue behind loses frames uncounted, and how far it falls behind depends
# on how busy the host is. So the sender sends a bounded number of txonly
# frames: `start tx_first 100` (100 bursts of 32 txonly frames) in io mode,
# where it then forwards nothing (a hub does not echo a port's frames back).
# 3200 frames fit the receiver's 4096-descriptor ring: none may be lost.
mkfifo /tmp/rx.in /tmp/tx.in
timeout 90 $TP -l 0-1 -m 96 --file-prefix rx -a $NIC1_BDF -- --forward-mode=rxonly --rxd=4096 --total-num-mbufs=8192 \
    < /tmp/rx.in > /tmp/rx.log 2>&1 &
rxpid=$!
exec 3> /tmp/rx.in
if ! wait_line /tmp/rx.log "Press enter to exit" 60; then
    fail "rxonly testpmd did not start forwarding:"; cat /tmp/rx.log; finish
fi
sleep 1
timeout 60 $TP -l 0-1 --main-lcore 1 -m 96 --file-prefix tx -a $NIC0_BDF -- -i --forward-mode=io --txpkts=1400 \
    --txd=4096 --total-num-mbufs=8192 < /tmp/tx.in > /tmp/tx.log 2>&1 &
txpid=$!
exec 4> /tmp/tx.in
echo "start tx_first 100" >&4
if ! wait_line /tmp/tx.log "Start automatic packet forwarding\|io packet forwarding" 60; then
    fail "tx testpmd did not start forwarding:"; cat /tmp/tx.log; finish
fi
sleep 3
printf 'stop\nquit\n' >&4; wait $txpid; check_eq "tx testpmd exit status" 0 $?
sleep 2
echo >&3; wait $rxpid; check_eq "rxonly testpmd exit status" 0 $?
cat /tmp/tx.log /tmp/rx.log

# "TX-packets: N" / "RX-packets: N" of the accumulated forward statistics
tx=$(sed -n '/Accumulated forward statistics/,$p' /tmp/tx.log | grep -o 'TX-packets: *[0-9]*' | head -1 | grep -o '[0-9]*$')
rx=$(sed -n '/Accumulated forward statistics/,$p' /tmp/rx.log | grep -o 'RX-packets: *[0-9]*' | head -1 | grep -o '[0-9]*$')
check_eq "tx_first 100 sent 100 bursts of 32" 3200 "${tx:-0}"
check_eq "rxonly received exactly what was sent" "$tx" "$rx"
mkdir -p /out && echo "$tx" > /out/tx-packets
finish
