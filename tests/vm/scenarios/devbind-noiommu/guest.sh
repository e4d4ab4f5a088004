# Without an IOMMU, vfio-pci needs VFIO's unsafe no-IOMMU mode.
. /pmdkit/guest-lib.sh
DB="timeout 20 dpdk-devbind.py"
n0=$NIC0_BDF
param=/sys/module/vfio/parameters/enable_unsafe_noiommu_mode
check "no IOMMU group" test ! -e /sys/bus/pci/devices/$n0/iommu_group
$DB -b vfio-pci $n0 > /tmp/out.txt 2>&1; rc=$?
cat /tmp/out.txt
check_eq "vfio-pci refused without --noiommu-mode" 1 $rc
check_grep "message names --noiommu-mode" "has no IOMMU group.*--noiommu-mode" /tmp/out.txt
check_eq "NIC0 still on e1000" e1000 "$(pci_driver $n0)"
$DB --noiommu-mode -b vfio-pci $n0 > /tmp/out.txt 2>&1; rc=$?
cat /tmp/out.txt
if [ -e $param ]; then
    # A kernel with CONFIG_VFIO_NOIOMMU: the mode is switched on and used.
    check_eq "--noiommu-mode bind" 0 $rc
    check_eq "no-IOMMU mode on" Y "$(cat $param)"
    check_eq "NIC0 on vfio-pci" vfio-pci "$(pci_driver $n0)"
    check "no-IOMMU group node" test -c /dev/vfio/noiommu-0
else
    check_eq "--noiommu-mode refused on a kernel without the mode" 1 $rc
    check_grep "names CONFIG_VFIO_NOIOMMU" "built without CONFIG_VFIO_NOIOMMU.*uio_pci_generic" /tmp/out.txt
    check_eq "NIC0 still on e1000" e1000 "$(pci_driver $n0)"
fi
$DB -b uio_pci_generic $n0; check_eq "uio_pci_generic bind without IOMMU" 0 $?
check_eq "NIC0 on uio_pci_generic" uio_pci_generic "$(pci_driver $n0)"
check "uio node /dev/uio0" test -c /dev/uio0
finish
