# testpmd --forward-mode=io between NIC0 and NIC1 (uio_pci_generic).
. /pmdkit/guest-lib.sh
TP=$BUILD/app/testpmd/pmdkit-testpmd
modprobe uio_pci_generic
timeout 20 dpdk-devbind.py -b uio_pci_generic $NIC0_BDF $NIC1_BDF
check_eq "NICs bound to uio_pci_generic" "uio_pci_generic uio_pci_generic" \
    "$(pci_driver $NIC0_BDF) $(pci_driver $NIC1_BDF)"
hugepages_reserve 128 || fail "cannot reserve hugepages"
mkfifo /tmp/io.in
timeout 100 $TP -l 0-1 --file-prefix io -a $NIC0_BDF -a $NIC1_BDF -- \
    --forward-mode=io --total-num-mbufs=8192 --stats-period 1 --stats-format=json \
    < /tmp/io.in > /tmp/io.log 2>&1 &
pid=$!
exec 3> /tmp/io.in
if ! wait_line /tmp/io.log "Press enter to exit" 60; then
    fail "io testpmd did not start forwarding:"; cat /tmp/io.log; finish
fi
sleep 2   # the 82540EM holds frames for 1 s after each RCTL write
vm_event fwd-ready
# The host injects 300 frames into NIC0 and 200 into NIC1.
check "port 0 received 300 frames" wait_line /tmp/io.log '"port":0,"rx_packets":300,' 60
check "port 1 received 200 frames" wait_line /tmp/io.log '"port":1,"rx_packets":200,' 30
echo >&3; wait $pid; check_eq "testpmd exit status" 0 $?
sed -n '/Accumulated forward statistics/,$p' /tmp/io.log > /tmp/acc.txt
cat /tmp/acc.txt
check_grep "500 frames received" "RX-packets: 500 " /tmp/acc.txt
check_grep "500 frames forwarded" "TX-packets: 500 " /tmp/acc.txt
finish
