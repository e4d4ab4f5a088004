# The guest boots, sees its NICs at the fixed addresses, loads modules, and
# python3 with the usertools runs.
. /pmdkit/guest-lib.sh
check_eq "two NICs configured" 2 "$NIC_COUNT"
check_eq "NIC0 is the 82540EM (8086:100e)" "0x100e" "$(cat /sys/bus/pci/devices/$NIC0_BDF/device)"
check_eq "NIC1 is the 82574L (8086:10d3)" "0x10d3" "$(cat /sys/bus/pci/devices/$NIC1_BDF/device)"
check_eq "NIC0 bound to e1000" e1000 "$(pci_driver $NIC0_BDF)"
check_eq "NIC1 bound to e1000e" e1000e "$(pci_driver $NIC1_BDF)"
check "NIC0 has a kernel interface" test -n "$(pci_ifname $NIC0_BDF)"
check "IOMMU groups exist (intel_iommu=on)" test -e /sys/bus/pci/devices/$NIC0_BDF/iommu_group
check "modprobe vfio-pci" modprobe vfio-pci
check "vfio-pci driver registered" test -d /sys/bus/pci/drivers/vfio-pci
check "python3 runs" python3 -c 'import json, argparse, subprocess, glob'
mkdir -p /out && echo hello-from-guest > /out/hello.txt
finish
