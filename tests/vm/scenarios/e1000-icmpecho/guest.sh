# testpmd icmpecho on NIC0 (82540EM) and NIC1 (82574L) over vfio-pci; the
# host pings them from its network namespace (see vm.conf).
. /pmdkit/guest-lib.sh
phase "guest.sh started"
TP=$BUILD/app/testpmd/pmdkit-testpmd
LOG=/tmp/tp.log
modprobe vfio-pci
timeout 60 dpdk-devbind.py -b vfio-pci $NIC0_BDF $NIC1_BDF
check_eq "NICs bound to vfio-pci" "vfio-pci vfio-pci" "$(pci_driver $NIC0_BDF) $(pci_driver $NIC1_BDF)"
hugepages_reserve 128 || fail "cannot reserve hugepages"
phase "NICs bound"

phase "starting testpmd"
# loop topology: each port answers on the port the request came in on.
if ! tp_start 100 -l 0-1 --file-prefix icmp -a $NIC0_BDF -a $NIC1_BDF -- -i \
    --forward-mode=icmpecho --port-topology=loop --total-num-mbufs=4096; then
    fail "testpmd did not start:"; cat $LOG; finish
fi
tp "set ip 0 10.77.0.2"
tp "set ip 1 10.77.1.2"
tp "set verbose 1"
tp "start"
# start's stream and queue lines as DPDK's testpmd prints them: the socket
# of a device without NUMA information is 0, the ring sizes are the ones
# the driver chose for testpmd's "0 = default".
check_grep "stream of port 0 on socket 0" "RX P=0/Q=0 (socket 0) -> TX P=0/Q=0 (socket 0)" $LOG
check_grep "default rx ring size shown" "RX desc=256 - RX free threshold=32" $LOG
check_grep "default tx ring size shown" "TX desc=256 - TX free threshold=32" $LOG
# Both links up (QEMU autonegotiates in ~0.5 s), and past the 1 s the
# 82540EM holds frames after its RCTL write.
# "show port summary all": one line per port, "PORT MAC NAME DRIVER up|down SPEED".
for i in $(seq 40); do
    tp "show port summary all"
    wait_line $LOG "^[01] *52:54:00:" 10 $((2 * i)) || break
    grep "^[01] *52:54:00:" $LOG | tail -2 > /tmp/sum.txt
    [ "$(grep -c ' up ' /tmp/sum.txt)" = 2 ] && break
    sleep 0.5
done
cat /tmp/sum.txt
check_eq "both links up" 2 "$(grep -c ' up ' /tmp/sum.txt)"
sleep 1
phase "ready"
vm_event icmpecho-ready
# The host's last frames on each port are 3 pings of 1042 (port 0) and
# 1043 (port 1) bytes to an address that is not the port's.
check "port 0: the host's exchange ended" wait_line $LOG "length=1042 " 80 3
check "port 1: the host's exchange ended" wait_line $LOG "length=1043 " 40 3
phase "host done"
sleep 0.5
tp "show port stats 0 json"
tp "show port stats 1 json"
wait_line $LOG '^{"port":1,' 10
tp "stop"
echo quit >&3
wait $TP_PID
check_eq "testpmd exit status" 0 $?
mkdir -p /out
grep '^{"port":' $LOG > /out/stats.json
cp $LOG /out/testpmd.log
grep -v '^  \(src=\|ol_flags\)\|^port ./queue .: received' $LOG
check_eq "port statistics of both ports" 2 "$(wc -l < /out/stats.json)"
finish
