# em-loopback on NIC0 and NIC1 bound to vfio-pci: 82574L as port 0, 82545EM as port 1, 48-bit aperture: IOVA as VA.
. /pmdkit/guest-lib.sh
out=/tmp/em-loopback.txt
modprobe vfio-pci
timeout 20 dpdk-devbind.py -b vfio-pci $NIC0_BDF $NIC1_BDF
check_eq "NICs bound to vfio-pci" "vfio-pci vfio-pci" "$(pci_driver $NIC0_BDF) $(pci_driver $NIC1_BDF)"
hugepages_reserve 128 || fail "cannot reserve hugepages"
timeout 130 $BUILD/tests/pci/em-loopback -l 0-1 --file-prefix em -a $NIC0_BDF -a $NIC1_BDF \
    --log-level=pmd.net.e1000.em:info --log-level=bus.pci:info --log-level=eal:info \
    -- --iova va --frames 500 > $out 2>&1
check_eq "em-loopback exit status" 0 $?
cat $out
check_grep "em-loopback: every check passed" "^em-loopback: 0 failure(s)$" $out
check_grep "48-bit aperture read" "IOVA aperture ends at 0xffffffffffff" $out
finish
