# dpdk-devbind.py in the guest; every step is checked in sysfs.
. /pmdkit/guest-lib.sh
DB="timeout 20 dpdk-devbind.py"
st=/tmp/status.txt
n0=$NIC0_BDF n1=$NIC1_BDF n2=$NIC2_BDF
if0=$(pci_ifname $n0) if2=$(pci_ifname $n2)
ip link set "$if2" up

# --- status with kernel drivers --------------------------------------------
$DB --status > $st; check_eq "--status exit status" 0 $?
cat $st
check_grep "kernel driver group" "^Network devices using kernel driver$" $st
check_grep "NIC0 on e1000, down" "^$n0 '82540EM Gigabit Ethernet Controller 100e' if=$if0 drv=e1000 unused= $" $st
check_grep "NIC1 on e1000e" "^$n1 '82574L Gigabit Network Connection 10d3' if=.* drv=e1000e unused= $" $st
check_grep "NIC2 up: *Active*" "^$n2 .* if=$if2 drv=e1000 unused= \*Active\*$" $st
check_nogrep "no DPDK group yet" "DPDK-compatible" $st

# --- a driver whose module is not loaded ----------------------------------
$DB -b vfio-pci $n0 > /tmp/out.txt 2>&1; rc=$?
check_eq "bind to unloaded vfio-pci fails" 1 $rc
check_grep "names the module and modprobe" "Driver 'vfio-pci' is not loaded: module vfio-pci is missing. Load it with 'modprobe vfio-pci'" /tmp/out.txt
check_eq "NIC0 still on e1000" e1000 "$(pci_driver $n0)"
check "vfio-pci was not loaded behind our back" test ! -d /sys/module/vfio_pci

# --- vfio-pci ---------------------------------------------------------------
modprobe vfio-pci
$DB --bind=vfio-pci $n0; check_eq "bind NIC0 to vfio-pci" 0 $?
check_eq "NIC0 on vfio-pci (sysfs)" vfio-pci "$(pci_driver $n0)"
grp=$(basename "$(readlink /sys/bus/pci/devices/$n0/iommu_group)")
check "VFIO group node /dev/vfio/$grp" test -c /dev/vfio/$grp
check_eq "driver_override cleared" "(null)" "$(cat /sys/bus/pci/devices/$n0/driver_override)"
$DB --bind=vfio-pci $n0 > /tmp/out.txt 2>&1
check_grep "second bind: notice" "already bound to driver vfio-pci" /tmp/out.txt

# --- an interface that is up needs --force ---------------------------------
$DB -b vfio-pci $if2 > /tmp/out.txt 2>&1; rc=$?
check_eq "bind of an up interface refused" 1 $rc
check_grep "refusal names --force" "interface $if2 is up.*--force" /tmp/out.txt
check_eq "NIC2 still on e1000" e1000 "$(pci_driver $n2)"
$DB --force -b vfio-pci $if2; check_eq "--force bind" 0 $?
check_eq "NIC2 on vfio-pci" vfio-pci "$(pci_driver $n2)"

# --- uio_pci_generic --------------------------------------------------------
modprobe uio_pci_generic
$DB -b uio_pci_generic ${n1#0000:}; check_eq "bind NIC1 (short address) to uio_pci_generic" 0 $?
check_eq "NIC1 on uio_pci_generic" uio_pci_generic "$(pci_driver $n1)"
check "NIC1 has a uio node" test -d /sys/bus/pci/devices/$n1/uio

$DB --status-dev net > $st; cat $st
check_grep "DPDK group" "^Network devices using DPDK-compatible driver$" $st
check_grep "NIC0 listed on vfio-pci" "^$n0 '82540EM Gigabit Ethernet Controller 100e' drv=vfio-pci unused=e1000,uio_pci_generic$" $st
check_grep "NIC1 listed on uio_pci_generic" "^$n1 .* drv=uio_pci_generic unused=e1000e,vfio-pci$" $st

# --- unbind -----------------------------------------------------------------
$DB -u $n1; check_eq "--unbind NIC1" 0 $?
check_eq "NIC1 has no driver" "" "$(pci_driver $n1)"
$DB -s > $st
check_grep "NIC1 in Other" "^$n1 '82574L Gigabit Network Connection 10d3' unused=e1000e,vfio-pci,uio_pci_generic$" $st
$DB -u $n1 > /tmp/out.txt 2>&1
check_grep "unbind of an unbound device: notice" "not currently managed by any driver" /tmp/out.txt

# --- back to the kernel, then "-u dpdk" --------------------------------------
$DB -b e1000 $n0; check_eq "bind NIC0 back to e1000" 0 $?
check_eq "NIC0 on e1000 again" e1000 "$(pci_driver $n0)"
check "NIC0 has an interface again" test -n "$(pci_ifname $n0)"
$DB -u dpdk; check_eq "-u dpdk" 0 $?
check_eq "NIC2 unbound by -u dpdk" "" "$(pci_driver $n2)"
check_eq "NIC0 kept by -u dpdk" e1000 "$(pci_driver $n0)"

# --- errors -------------------------------------------------------------------
$DB -b vfio-pci 00:1f.7 > /tmp/out.txt 2>&1
check_grep "unknown device" "Unknown device: 00:1f.7" /tmp/out.txt
$DB -b nosuchdrv $n1 > /tmp/out.txt 2>&1
check_grep "unknown driver" "Driver 'nosuchdrv' is not loaded: module nosuchdrv is missing" /tmp/out.txt
finish
