# DPDK's skeleton (basicfwd) forwards port 0 <-> port 1 until Ctrl+C.
. /pmdkit/guest-lib.sh
. ./common.sh
use_example skeleton
setup_vfio
log=/out/skeleton.log
mkdir -p /out
# The host says "done" on ttyS2 once it has collected every frame.
stty -F /dev/ttyS2 raw -echo
timeout 100 head -n 1 /dev/ttyS2 > /tmp/ctl &
ctl=$!
start_example $log 100 $EX -l 0 -n 1 --file-prefix skel -a $NIC0_BDF -a $NIC1_BDF
if wait_line $log "^Core 0 forwarding packets" 60; then
    pass "basicfwd forwards"
    sleep 2   # the 82540EM holds received frames for 1 s after each RCTL write
    vm_event fwd-ready
    wait $ctl
    check_grep "the host collected every frame" "^done" /tmp/ctl
else
    fail "basicfwd did not start forwarding within 60 s"
fi
stop_example
cat $log
check_grep "port 0 is NIC0" "^Port 0 MAC: 52 54 00 12 34 10$" $log
check_grep "port 1 is NIC1" "^Port 1 MAC: 52 54 00 12 34 11$" $log
check_no_errors $log
finish
