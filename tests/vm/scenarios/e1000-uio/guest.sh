# em-loopback on NIC0 and NIC1 bound to uio_pci_generic: 82540EM + 82574L, IOVA as PA, INTx through /dev/uioN.
. /pmdkit/guest-lib.sh
out=/tmp/em-loopback.txt
modprobe uio_pci_generic
timeout 20 dpdk-devbind.py -b uio_pci_generic $NIC0_BDF $NIC1_BDF
check_eq "NICs bound to uio_pci_generic" "uio_pci_generic uio_pci_generic" "$(pci_driver $NIC0_BDF) $(pci_driver $NIC1_BDF)"
hugepages_reserve 128 || fail "cannot reserve hugepages"
timeout 130 $BUILD/tests/pci/em-loopback -l 0-1 --file-prefix em -a $NIC0_BDF -a $NIC1_BDF \
    --log-level=pmd.net.e1000.em:info --log-level=bus.pci:info --log-level=eal:info \
    -- --iova pa --lsc-event lsc > $out 2>&1
check_eq "em-loopback exit status" 0 $?
cat $out
check_grep "em-loopback: every check passed" "^em-loopback: 0 failure(s)$" $out
check_grep "mapped through uio" "0000:00:10.0 mapped through /dev/uio" $out
check_grep "LSC: link down event" "LSC event: port 1 link down" $out
check_grep "LSC: link up event" "LSC event: port 1 link up" $out
finish
