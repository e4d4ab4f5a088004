# testpmd on three e1000 ports while the host flips each link (see vm.conf).
. /pmdkit/guest-lib.sh
phase "guest.sh started"
TP=$BUILD/app/testpmd/pmdkit-testpmd
LOG=/tmp/tp.log
FRAMES=40
modprobe vfio-pci
modprobe uio_pci_generic
timeout 60 dpdk-devbind.py -b vfio-pci $NIC0_BDF $NIC1_BDF
timeout 60 dpdk-devbind.py -b uio_pci_generic $NIC2_BDF
check_eq "NIC0, NIC1 on vfio-pci, NIC2 on uio_pci_generic" "vfio-pci vfio-pci uio_pci_generic" \
    "$(pci_driver $NIC0_BDF) $(pci_driver $NIC1_BDF) $(pci_driver $NIC2_BDF)"
hugepages_reserve 128 || fail "cannot reserve hugepages"
phase "NICs bound"

# events K: link state change events testpmd printed for port K so far.
events() { grep -c "^Port $1: link state change event" $LOG; }
# link_of K: port K's "Link status" from a fresh "show port info K".
link_of() {
    local n; n=$(grep -c "^Link status:" $LOG)
    tp "show port info $1"
    wait_line $LOG "^Link status:" 10 $((n + 1)) || { echo "none"; return; }
    grep "^Link status:" $LOG | tail -1 | sed 's/^Link status: //'
}
# summary: "up|down" of ports 0 1 2 from a fresh "show port summary all".
summary() {
    local n; n=$(grep -c "^[012] *52:54:00:" $LOG)
    tp "show port summary all"
    wait_line $LOG "^[012] *52:54:00:" 10 $((n + 3)) || { echo "none"; return; }
    grep "^[012] *52:54:00:" $LOG | tail -3 | awk '{ printf "%s%s", s, $5; s = " " }'
}

phase "starting testpmd"
# irq_count NAME: interrupts the guest kernel counted (all CPUs) on the
# /proc/interrupts line of NAME, e.g. vfio-intx(0000:00:10.0).
irq_count() {
    awk -v n="$1" 'NR == 1 { c = NF; next }
        index($0, n) { for (i = 2; i <= c + 1; i++) s += $i } END { print s + 0 }' /proc/interrupts
}
# How each port's link interrupt reaches testpmd.
IRQ0="vfio-intx($NIC0_BDF)" IRQ1="vfio-msix[0]($NIC1_BDF)" IRQ2="uio_pci_generic"

if ! tp_start 110 -l 0-1 --file-prefix lsc -a $NIC0_BDF -a $NIC1_BDF -a $NIC2_BDF -- -i \
    --forward-mode=io --port-topology=loop --total-num-mbufs=4096; then
    fail "testpmd did not start:"; cat $LOG; finish
fi
# The links come up (autonegotiation) around the ports' start; wait until
# all three are up and the start-up events are printed.
for _ in $(seq 40); do
    [ "$(summary)" = "up up up" ] && break
    sleep 0.5
done
check_eq "links up after start" "up up up" "$(summary)"
sleep 2
phase "links up"
base0=$(events 0) base1=$(events 1) base2=$(events 2)
tp "start"

for k in 0 1 2; do
    want=$(eval echo "\$base$k")
    eval "irq=\$IRQ$k"
    irqs=$(irq_count "$irq")
    phase "port $k: link down"
    vm_event "down-$k"
    check "port $k: event for the link going down" \
        wait_line $LOG "^Port $k: link state change event" 30 $((want + 1))
    check_eq "port $k: show port info while down" down "$(link_of $k)"
    expect="up up up"
    [ $k = 0 ] && expect="down up up"
    [ $k = 1 ] && expect="up down up"
    [ $k = 2 ] && expect="up up down"
    check_eq "port $k: show port summary while down" "$expect" "$(summary)"
    phase "port $k: link up"
    vm_event "up-$k"
    check "port $k: event for the link coming up" \
        wait_line $LOG "^Port $k: link state change event" 30 $((want + 2))
    check_eq "port $k: show port info after" up "$(link_of $k)"
    n=$(( $(irq_count "$irq") - irqs ))
    if [ $n -ge 2 ]; then pass "port $k: $n interrupts on $irq"
    else fail "port $k: $n interrupts on $irq for a down and an up (expected 2 or more)"
        grep -F "$irq" /proc/interrupts; fi
done
sleep 2   # time for a spurious extra event to show
for k in 0 1 2; do
    check_eq "port $k: exactly one down and one up event" 2 $(( $(events $k) - $(eval echo "\$base$k") ))
done
check_eq "show port summary after all changes" "up up up" "$(summary)"

# Forwarding after the link changes: the host injects FRAMES into each port.
phase "forwarding check"
tp "clear port stats all"
vm_event inject
for k in 0 1 2; do
    for _ in $(seq 60); do
        tp "show port stats $k json"
        grep -q "^{\"port\":$k,\"rx_packets\":$FRAMES," $LOG && break
        sleep 1
    done
    check_grep "port $k received the $FRAMES injected frames" "^{\"port\":$k,\"rx_packets\":$FRAMES," $LOG
done
phase "forwarding checked"
sleep 0.5
for k in 0 1 2; do tp "show port stats $k json"; done
tp "stop"
echo quit >&3
wait $TP_PID
check_eq "testpmd exit status" 0 $?
cat $LOG
for k in 0 1 2; do
    check_eq "port $k forwarded the $FRAMES frames back" $FRAMES \
        "$(grep "^{\"port\":$k," $LOG | tail -1 | sed 's/.*"tx_packets":\([0-9]*\),.*/\1/')"
done
finish
