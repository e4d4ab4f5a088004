# Frames in both directions between the guest and the host-side helpers.
. /pmdkit/guest-lib.sh
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null
if0=$(pci_ifname $NIC0_BDF) if1=$(pci_ifname $NIC1_BDF) if2=$(pci_ifname $NIC2_BDF)
for i in $if0 $if1 $if2; do ip link set $i up; done
ip addr add 192.0.2.1/24 dev $if0
ip addr add 198.51.100.1/24 dev $if1
rxp() { cat /sys/class/net/$1/statistics/rx_packets; }
# wait_carrier IF VALUE: up to 10 s (e1000's watchdog polls the link every 2 s)
wait_carrier() {
    for _ in $(seq 100); do [ "$(cat /sys/class/net/$1/carrier 2>/dev/null)" = "$2" ] && return 0; sleep 0.1; done
    return 1
}
check "NIC0 link up" wait_carrier $if0 1

# host -> guest: 50 injected broadcast frames
r0=$(rxp $if0)
vm_event rx-ready
for _ in $(seq 100); do [ $(( $(rxp $if0) - r0 )) -ge 50 ] && break; sleep 0.1; done
sleep 0.5
check_eq "NIC0 received the 50 injected frames" 50 $(( $(rxp $if0) - r0 ))

# monitor: the host takes NIC2's link down and up again
vm_event link-off
check "NIC2 carrier off after set_link off" wait_carrier $if2 0
vm_event link-on
check "NIC2 carrier on after set_link on" wait_carrier $if2 1

# guest -> host: 5 ARP requests out of NIC0 (collected over dgram)
timeout 10 arping -c 5 -w 5 -I $if0 192.0.2.9 >/dev/null
# hub: 3 ARP requests out of NIC1 reach NIC2 (and nic1.pcap on the host)
r2=$(rxp $if2)
timeout 10 arping -c 3 -w 3 -I $if1 198.51.100.9 >/dev/null
check_eq "NIC2 received NIC1's 3 frames over the hub" 3 $(( $(rxp $if2) - r2 ))
vm_event tx-done
finish
