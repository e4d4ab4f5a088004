# Runs txonly (NIC0) and io --tx-first (NIC0 + NIC1) for BENCH_SECS seconds
# with each testpmd and prints "BENCH <app> <mode> <packets> <secs>" lines.
. /pmdkit/guest-lib.sh
secs=${BENCH_SECS:-20}
# A testpmd that already exited must not kill us when we write to its fifo.
trap "" PIPE
modprobe vfio-pci
timeout 20 dpdk-devbind.py -b vfio-pci $NIC0_BDF $NIC1_BDF
hugepages_reserve 256 || fail "hugepages"
wait_line() {
    for _ in $(seq $(($3 * 10))); do grep -q -e "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
    return 1
}
# bench APP BINARY MODE EAL-ALLOW-ARGS... -- TESTPMD-ARGS...
bench() {
    local app=$1 bin=$2 mode=$3; shift 3
    rm -f /tmp/b.in; mkfifo /tmp/b.in
    # Through a pty: stdout stays line-buffered, so "Press enter to exit"
    # shows up when forwarding starts, for both testpmds.
    timeout $((secs + 60)) python3 -c 'import pty, sys; pty.spawn(sys.argv[1:])' \
        "$bin" -l 0-1 --file-prefix b "$@" < /tmp/b.in > /tmp/b.log 2>&1 &
    local pid=$!
    exec 3> /tmp/b.in
    if wait_line /tmp/b.log "Press enter to exit" 60; then
        sleep "$secs"
    else
        fail "$app $mode did not start:"; tail -20 /tmp/b.log
    fi
    echo >&3; exec 3>&-; wait $pid
    local n
    n=$(sed -n '/Accumulated forward statistics/,$p' /tmp/b.log | grep -o 'TX-packets: *[0-9]*' | head -1 | grep -o '[0-9]*$')
    [ -n "$n" ] || { tail -30 /tmp/b.log; fail "$app $mode: no statistics"; n=0; }
    echo "BENCH $app $mode $n $secs"
}
PM=$BUILD/app/testpmd/pmdkit-testpmd
DP=/usr/bin/dpdk-testpmd
for app in pmdkit dpdk; do
    [ $app = pmdkit ] && bin=$PM || bin=$DP
    bench $app "$bin" txonly -a $NIC0_BDF -- --forward-mode=txonly --total-num-mbufs=16384
    bench $app "$bin" io -a $NIC0_BDF -a $NIC1_BDF -- --forward-mode=io --tx-first --total-num-mbufs=16384
done
finish
