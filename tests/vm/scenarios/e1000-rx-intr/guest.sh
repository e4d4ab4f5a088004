# em rx interrupts: API checks (em-rx-intr) and the adaptive example
# (rx_adaptive) under host traffic; RXI_DRIVER is vfio-pci or uio_pci_generic.
. /pmdkit/guest-lib.sh
LOG="--log-level=pmd.net.e1000.em:info"
modprobe $RXI_DRIVER
timeout 20 dpdk-devbind.py -b $RXI_DRIVER $NIC0_BDF $NIC1_BDF $NIC2_BDF $NIC3_BDF $NIC4_BDF
check_eq "NICs bound to $RXI_DRIVER" "$RXI_DRIVER $RXI_DRIVER $RXI_DRIVER" \
    "$(pci_driver $NIC0_BDF) $(pci_driver $NIC1_BDF) $(pci_driver $NIC3_BDF)"
hugepages_reserve 128 || fail "cannot reserve hugepages"

# --- the API: 82545EM (INTx) + 82574L (MSI-X on VFIO), link interrupt on too
api() {  # NAME EAL-ARGS...
    local name=$1; shift
    timeout -k 5 60 $BUILD/tests/pci/em-rx-intr -l 0 --file-prefix $name $LOG "$@" \
        > /tmp/$name.txt 2>&1
    echo "em-rx-intr $name exit status $?" >> /tmp/$name.txt
    cat /tmp/$name.txt
}
api api -a $NIC2_BDF -a $NIC3_BDF -- --lsc
check_grep "API, INTx + $RXI_MSIX_NAME: every check passed" "^em-rx-intr: 0 failure(s)$" /tmp/api.txt
check_grep "API: 82545EM on the shared vector" "port 0: rx queue interrupt on the device's one vector" /tmp/api.txt
check_grep "API: 82574L on $RXI_MSIX_NAME" "port 1: rx queue interrupt on $RXI_MSIX_LOG" /tmp/api.txt
if [ "$RXI_DRIVER" = vfio-pci ]; then
    # two 82574Ls on MSI: one vector each, shared with the link
    api msi --vfio-intr msi -a $NIC3_BDF -a $NIC4_BDF
    check_grep "API, 82574L on MSI: every check passed" "^em-rx-intr: 0 failure(s)$" /tmp/msi.txt
    check_grep "API: 82574L MSI on the shared vector" "port 1: rx queue interrupt on the device's one vector" /tmp/msi.txt
    # the 82545EM has no MSI: configure must say so
    api nomsi --vfio-intr msi -a $NIC2_BDF -a $NIC3_BDF
    check_grep "no interrupt: exit status 1" "^em-rx-intr nomsi exit status 1$" /tmp/nomsi.txt
    check_grep "no interrupt: configure names the problem" \
        "port 0: intr_conf.rxq needs the device's interrupt" /tmp/nomsi.txt
fi

# --- the adaptive example between NIC0 (82574L) and NIC1 (82540EM)
AD=/tmp/rx_adaptive.log
timeout -k 5 100 $BUILD/examples/rx_adaptive/pmdkit-rx_adaptive -l 0 --file-prefix ad $LOG \
    -a $NIC0_BDF -a $NIC1_BDF -- --rate 400 > $AD 2>&1 &
pid=$!
if ! wait_line $AD "^rx_adaptive: forwarding on 2 ports" 60; then
    fail "rx_adaptive did not start:"; cat $AD; finish
fi
sleep 2   # the 82540EM holds frames for 1 s after each RCTL write
# stats: the example's latest "total:" line after a SIGUSR1
stats() {
    local before; before=$(grep -c '^total:' $AD)
    kill -USR1 $pid
    for _ in $(seq 20); do [ "$(grep -c '^total:' $AD)" -gt "$before" ] && break; sleep 0.1; done
    grep '^total:' $AD | tail -1
}
cpu_cs() { awk '{ print $14 + $15 }' /proc/$pid/stat; }   # utime+stime, 1/100 s
now_cs() { awk '{ printf "%d\n", $1 * 100 }' /proc/uptime; }
field() { echo "$1" | awk -v k="$2" '{ for (i = 1; i < NF; i++) if ($i == k) print $(i + 1) }'; }
# wait_rx N SECONDS: until the example has received N frames; prints stats
wait_rx() {
    local s end=$(($(now_cs) + $2 * 100))
    while [ $(now_cs) -lt $end ]; do
        s=$(stats)
        [ "$(field "$s" rx)" -ge "$1" ] 2>/dev/null && break
        sleep 0.4
    done
    echo "$s"
}

cpu0=$(cpu_cs); t0=$(now_cs)
vm_event fwd-ready
s1=$(wait_rx $((2 * TRICKLE)) 30)
cpu1=$(cpu_cs); t1=$(now_cs)
echo "after the first trickle: $s1 (cpu $((cpu1 - cpu0)) cs in $((t1 - t0)) cs)"
check_eq "trickle 1: every frame forwarded" "$((2 * TRICKLE)) $((2 * TRICKLE)) 0" \
    "$(field "$s1" rx) $(field "$s1" tx) $(field "$s1" dropped)"
w1=$(field "$s1" wakeups)
check "trickle 1: about one wake-up per frame ($w1 for $((2 * TRICKLE)))" \
    [ "$w1" -ge $TRICKLE -a "$w1" -le $((4 * TRICKLE)) ]
check_eq "trickle 1: interrupt mode, no switch" "0 0" \
    "$(field "$s1" polling-lcores) $(field "$s1" to-polling)"
check "trickle 1: CPU time $((cpu1 - cpu0)) cs well below wall time $((t1 - t0)) cs" \
    [ $((4 * (cpu1 - cpu0))) -lt $((t1 - t0)) ]
vm_event trickle1-done

s2=$(wait_rx $((2 * TRICKLE + FLOOD)) 40)
echo "after the flood: $s2"
check_eq "flood: every frame forwarded" "$((2 * TRICKLE + FLOOD)) 0" \
    "$(field "$s2" rx) $(field "$s2" dropped)"
check "flood: switched to polling ($(field "$s2" to-polling) times)" \
    [ "$(field "$s2" to-polling)" -ge 1 ]
w2=$(field "$s2" wakeups)
vm_event flood-done

s3=$(wait_rx $((4 * TRICKLE + FLOOD)) 30)
sleep 1   # a whole quiet window, to see the mode settle
s3=$(stats)
echo "after the second trickle: $s3"
w3=$(field "$s3" wakeups)
check "trickle 2: back to interrupts ($(field "$s3" to-interrupt) switches, $(field "$s3" polling-lcores) lcores polling)" \
    [ "$(field "$s3" to-interrupt)" -ge 1 -a "$(field "$s3" polling-lcores)" = 0 ]
check "trickle 2: wakes again per frame ($((w3 - w2)) wake-ups for $((2 * TRICKLE)) frames)" \
    [ $((w3 - w2)) -ge $TRICKLE -a $((w3 - w2)) -le $((4 * TRICKLE)) ]

kill -INT $pid
wait $pid
check_eq "rx_adaptive exit status" 0 $?
cat $AD
check_grep "NIC0 (82574L) on $RXI_MSIX_NAME" "port 0: rx queue interrupt on $RXI_MSIX_LOG" $AD
check_grep "NIC1 (82540EM) on its one vector" "port 1: rx queue interrupt on the device's one vector" $AD
check_grep "exit: port 0 exact counts" "^port 0: rx $((2 * TRICKLE + FLOOD)) tx $((2 * TRICKLE)) dropped 0$" $AD
check_grep "exit: port 1 exact counts" "^port 1: rx $((2 * TRICKLE)) tx $((2 * TRICKLE + FLOOD)) dropped 0$" $AD
finish
