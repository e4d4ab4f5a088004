# DPDK's link_status_interrupt: L2 forwarding port 0 <-> port 1 with an LSC
# callback; the host flips each port's link once (see vm.conf).
. /pmdkit/guest-lib.sh
. ./common.sh
# LSI_EXAMPLE (guest_env): another build of the example, e.g. DPDK's own
# (tests/vm/dpdk-examples/lsi-with-dpdk.sh runs this scenario with it).
if [ -n "$LSI_EXAMPLE" ]; then EX=$LSI_EXAMPLE; else use_example link_status_interrupt; fi
setup_vfio
log=/out/lsi.log
mkdir -p /out

# lsi_stats: "rx0 tx0 rx1 tx1 dropped0 dropped1" from the example's last
# statistics (printed every second with -T 1).  The LSC callback runs in
# another thread and may print right after a number ("...:   0Port 0 Link
# down"): $3 + 0 takes the number only.
lsi_stats() {
    awk '/Statistics for port [0-9]+ / {
            match($0, /port [0-9]+/); p = substr($0, RSTART + 5, RLENGTH - 5); next }
        p != "" && /^Packets sent:/ { tx[p] = $3 + 0 }
        p != "" && /^Packets received:/ { rx[p] = $3 + 0 }
        p != "" && /^Packets dropped:/ { dr[p] = $3 + 0; p = "" }
        END { printf "%d %d %d %d %d %d\n", rx[0], tx[0], rx[1], tx[1], dr[0], dr[1] }' $log
}
# wait_stats N SECONDS: both ports received N and sent N, none dropped.
wait_stats() {
    local end=$(($(date +%s) + $2))
    while [ "$(date +%s)" -le $end ]; do
        [ "$(lsi_stats)" = "$1 $1 $1 $1 0 0" ] && return 0
        [ -n "$APP_PID" ] && ! running $APP_PID && break
        sleep 0.25
    done
    echo "statistics (rx0 tx0 rx1 tx1 dropped0 dropped1): $(lsi_stats)"
    return 1
}
# callbacks FIRST LAST: the "Port N <link>" lines the LSC callback printed
# between lines FIRST and LAST of the log, joined by '|'.  (The same text
# that check_all_ports_link_status prints has no newline of its own: it
# ends in the statistics' escape sequences and is not matched.)
callbacks() {
    sed -n "$1,$2p" $log | grep -o "Port [0-9]* Link \(down\|up at [A-Za-z0-9 ]*\)$" |
        tr '\n' '|' | sed 's/|$//'
}

start_example $log 130 $EX -l 0-1 -n 1 --file-prefix lsi -a $NIC0_BDF -a $NIC1_BDF \
    -- -p 0x3 -q 1 -T 1
if wait_line $log "Statistics for port 1 " 60; then
    pass "link_status_interrupt forwards and prints statistics"
    sleep 2   # the 82540EM holds received frames for 1 s after each RCTL write
    first=$(($(wc -l < $log) + 1))
    # The example waits for both links, then prints them (without newlines,
    # so the LSC callback's output may be mixed in: compare joined lines).
    sed -n "/^Checking link status/,/Port statistics/p" $log | tr -d '\n' > /tmp/start.txt
    check_grep "both links up when the example checked them" \
        "done.*Port 0 Link up at 1 Gbps FDX Autoneg.*Port 1 Link up at 1 Gbps FDX Autoneg" /tmp/start.txt
    check_nogrep "no link down while starting" "Link down" /tmp/start.txt
    # Starting a port restarts autonegotiation; when it completes (QEMU:
    # 0.5 s later) the LSC interrupt calls back with the link up, unless
    # rte_eth_dev_start already saw the link up (then nothing changed).
    # DPDK 22.11's own e1000 PMD in this guest: the same for the 82574L
    # (MSI-X); on the 82540EM (INTx) it gets no LSC interrupt at all.
    boot_ev=$(head -n $((first - 1)) $log | grep -c "Event type: LSC interrupt$")
    check "at most one LSC event per port while starting (got $boot_ev)" test "$boot_ev" -le 2
    check_eq "LSC callback lines while starting that are not 'link up'" "" \
        "$(callbacks 1 $((first - 1)) | tr '|' '\n' | grep -v '^Port [01] Link up at 1 Gbps FDX Autoneg$')"
    vm_event fwd-ready
    check "phase a: 150 frames each way, none dropped" wait_stats 150 60
    # The host flips port k's link when it sees lsc<k-1>-up (or phase a
    # forwarded); each event tells it the callback reported the change.
    for k in 0 1; do
        for ev in "down:Link down$" "up:Link up at"; do
            if wait_line $log "Port $k ${ev#*:}" 60 $first; then
                pass "port $k link ${ev%%:*} reported"
                vm_event "lsc$k-${ev%%:*}"
            else
                fail "port $k: no LSC callback line 'Port $k ${ev#*:}' within 60 s"
            fi
        done
    done
    check "phase b: 300 frames each way in total, none dropped" wait_stats 300 60
    sleep 1   # a late duplicate LSC would print within the next second
    check_eq "the LSC callback's lines after the start, in order" \
        "Port 0 Link down|Port 0 Link up at 1 Gbps FDX Autoneg|Port 1 Link down|Port 1 Link up at 1 Gbps FDX Autoneg" \
        "$(callbacks $first '$')"
    check_eq "LSC events after the start (4 flips)" 4 \
        "$(tail -n +$first $log | grep -c "Event type: LSC interrupt$")"
else
    fail "link_status_interrupt printed no statistics within 60 s"
fi
stop_example
# The log without the statistics screens (the whole of it is in /out).
grep -v "^Statistics for port\|^Link \|^Packets \|^Port statistics\|^Aggregate\|^Total packets\|^=====\|^$" \
    $log | tr -d '\033'
echo "last statistics (rx0 tx0 rx1 tx1 dropped0 dropped1): $(lsi_stats)"
check_no_errors $log
finish
