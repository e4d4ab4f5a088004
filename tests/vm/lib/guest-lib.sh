# Helpers for scenario scripts (guest side): `. /pmdkit/guest-lib.sh`.
# Busybox sh; every helper prints one line saying what failed.

BUILD=/pmdkit/build
USERTOOLS=/pmdkit/usertools
FAILS=0
# busybox sh runs its applets before PATH; /sbin/modprobe also loads soft
# dependencies (vfio -> vfio_iommu_type1), as kmod's modprobe does.
modprobe() { /sbin/modprobe "$@"; }

# vm_event NAME: tell the host (tests/vm/run.sh's wait_guest_event) that
# the guest reached a point, e.g. "ready-to-receive".
vm_event() { printf '\nPMDKIT-VM-EVENT %s\n' "$1" > /dev/console; }

fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
pass() { echo "ok: $*"; }

# check DESCRIPTION COMMAND...: run COMMAND, count a failure when it fails.
check() {
    local what=$1; shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
# check_eq DESCRIPTION EXPECTED ACTUAL
check_eq() {
    if [ "$2" = "$3" ]; then pass "$1"; else fail "$1: expected '$2', got '$3'"; fi
}
# check_grep DESCRIPTION PATTERN FILE: FILE has a line matching PATTERN.
check_grep() {
    if grep -q -e "$2" "$3"; then pass "$1"; else
        fail "$1: no line matching '$2' in:"; sed 's/^/    | /' "$3"; fi
}
check_nogrep() {
    if ! grep -q -e "$2" "$3"; then pass "$1"; else
        fail "$1: unexpected line matching '$2' in:"; sed 's/^/    | /' "$3"; fi
}

# pci_driver BDF: the driver a PCI device is bound to ("" when none).
pci_driver() {
    local l=/sys/bus/pci/devices/$1/driver
    [ -e "$l" ] && basename "$(readlink "$l")" || echo ""
}
# pci_devs VENDOR:DEVICE: full addresses of the devices with that id.
pci_devs() {
    local d
    for d in /sys/bus/pci/devices/*; do
        [ "$(cat "$d/vendor"):$(cat "$d/device")" = "0x${1%%:*}:0x${1##*:}" ] && basename "$d"
    done
}
# pci_ifname BDF: the kernel interface of a device ("" when none).
# (virtio-net's sits one level down, under virtioN/net).
pci_ifname() {
    local n
    for n in /sys/bus/pci/devices/$1/net/* /sys/bus/pci/devices/$1/*/net/*; do
        [ -e "$n" ] && { basename "$n"; return; }
    done
}

# hugepages_reserve N [SIZE_KB]: reserve N pages on node 0 and mount hugetlbfs
# on /dev/hugepages (for EAL programs).
hugepages_reserve() {
    local sz=${2:-2048}
    echo "$1" > "/sys/kernel/mm/hugepages/hugepages-${sz}kB/nr_hugepages"
    mkdir -p /dev/hugepages
    grep -q ' /dev/hugepages ' /proc/mounts || mount -t hugetlbfs -o pagesize=${sz}K nodev /dev/hugepages
    local got; got=$(cat "/sys/kernel/mm/hugepages/hugepages-${sz}kB/nr_hugepages")
    [ "$got" -ge "$1" ] || { echo "hugepages_reserve: wanted $1, got $got"; return 1; }
}

# phase TEXT: a progress line with the guest's uptime (slow runs on a busy host).
phase() { echo "[$(cut -d' ' -f1 /proc/uptime)] $*"; }

# wait_line FILE PATTERN SECONDS [COUNT]: true once FILE has COUNT (1)
# lines matching PATTERN, false after SECONDS.
wait_line() {
    for _ in $(seq $(($3 * 10))); do
        [ "$(grep -c -e "$2" "$1" 2>/dev/null)" -ge "${4:-1}" ] && return 0
        sleep 0.1
    done
    return 1
}

# tp_start SECONDS TESTPMD-ARGS...: start an interactive $TP, killed
# after SECONDS, reading commands from fd 3 (see tp) and writing $LOG;
# sets TP_PID. False if testpmd does not reach its prompt in 60 s.
tp_start() {
    local secs=$1; shift
    mkfifo /tmp/tp.in
    timeout -k 5 "$secs" $TP "$@" < /tmp/tp.in > $LOG 2>&1 &
    TP_PID=$!
    exec 3> /tmp/tp.in
    wait_line $LOG "^Interactive-mode selected" 60
}

# tp COMMAND: one command to an interactive testpmd that reads fd 3 and
# writes $LOG; waits until testpmd echoed it (after its prompt, which a
# verbose dump or an event line may separate from the command).
tp() {
    local n; n=$(grep -c -e "$1\$" $LOG)
    echo "$1" >&3
    wait_line $LOG "$1\$" 20 $((n + 1)) || fail "testpmd did not take '$1'"
}

# finish: exit status of the scenario from the failure count.
finish() {
    if [ "$FAILS" = 0 ]; then echo "scenario passed"; exit 0; fi
    echo "scenario failed: $FAILS check(s)"; exit 1
}
