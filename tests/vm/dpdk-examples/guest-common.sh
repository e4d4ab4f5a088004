# Guest-side helpers of the dpdk-example-* scenarios (busybox sh), sourced
# after /pmdkit/guest-lib.sh.  The examples are DPDK's own sources, built
# unmodified against pmdkit by tests/compat/meson.build.

EXAMPLES=$BUILD/tests/compat
APP_PID=""

# use_example NAME: EX is the built example; without it the scenario ends
# here with a failure that names the fix.
use_example() {
    EX=$EXAMPLES/dpdk-example-$1
    [ -x "$EX" ] && return 0
    fail "$EX is not in the guest image: build it (ninja; tests/compat/meson.build needs dpdk-doc)"
    finish
}

# setup_vfio: both NICs on vfio-pci and 128 hugepages of 2 MB.
setup_vfio() {
    modprobe vfio-pci
    timeout 20 dpdk-devbind.py -b vfio-pci $NIC0_BDF $NIC1_BDF
    check_eq "NICs bound to vfio-pci" "vfio-pci vfio-pci" \
        "$(pci_driver $NIC0_BDF) $(pci_driver $NIC1_BDF)"
    hugepages_reserve 128 || fail "cannot reserve 128 hugepages"
}

# wait_line FILE PATTERN SECONDS [FIRST_LINE]: FILE gets a line matching the
# grep pattern PATTERN (at or after line FIRST_LINE) within SECONDS; gives
# up early when the example (APP_PID, if set) has exited.
wait_line() {
    local from=${4:-1} end=$(($(date +%s) + $3))
    while [ "$(date +%s)" -le $end ]; do
        tail -n +"$from" "$1" 2>/dev/null | grep -q -e "$2" && return 0
        [ -n "$APP_PID" ] && ! running $APP_PID && { echo "(the example exited)"; return 1; }
        sleep 0.1
    done
    return 1
}

# start_example LOG SECONDS PROGRAM ARGS...: runs PROGRAM in the background
# (APP_PID), stdout line-buffered (stdbuf, copied in by vm.conf) into LOG,
# killed by timeout after SECONDS (and SIGKILLed 5 s later).  A shell starts
# background jobs with SIGINT ignored and exec keeps that; the examples have
# no handler of their own and expect Ctrl+C to end them, so python restores
# the default SIGINT (and SIGPIPE, which python ignores) before the exec.
# busybox timeout execs the program in its own process: APP_PID is the
# example's pid.
start_example() {
    local log=$1 secs=$2; shift 2
    python3 -c 'import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_DFL)
signal.signal(signal.SIGPIPE, signal.SIG_DFL)
os.execvp(sys.argv[1], sys.argv[1:])' timeout -k 5 "$secs" stdbuf -oL "$@" > "$log" 2>&1 &
    APP_PID=$!
}

# running PID: the process exists and is not a zombie.
running() { [ -e /proc/$1 ] && ! grep -q '^State:.*Z' /proc/$1/status 2>/dev/null; }

# stop_example: Ctrl+C (SIGINT) to APP_PID; it must die of it within 10 s
# (status 130, not 137 from timeout's SIGKILL).
stop_example() {
    local ign i=0
    ign=$(awk '/^SigIgn:/ { print $2 }' /proc/$APP_PID/status 2>/dev/null)
    if [ -z "$ign" ]; then
        fail "the example exited before it was stopped"
    elif [ $((0x$ign & 2)) != 0 ]; then
        fail "the example runs with SIGINT ignored (SigIgn $ign): Ctrl+C cannot stop it"
    fi
    kill -INT $APP_PID 2>/dev/null
    while running $APP_PID && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    if running $APP_PID; then
        fail "the example still runs 10 s after SIGINT; killing it"
        kill -KILL $APP_PID
    fi
    wait $APP_PID
    APP_RC=$?
    check_eq "the example ended by SIGINT (status 128+2)" 130 $APP_RC
}

# check_no_errors LOG: nothing in LOG reads like an error or a drop (EAL,
# ethdev, PMD or the example), and the IOMMU saw no faulting DMA.
# (link_status_interrupt's statistics lines "Packets dropped: N" are
# checked by its scenario.)
check_no_errors() {
    grep -v "packets dropped: *[0-9]*$\|^Packets dropped: *[0-9]*$" "$1" > /tmp/scan.txt
    check_nogrep "no error or drop lines in the output" \
        "ERR\|[Ee]rror\|[Ff]ailed\|Cannot\|[Pp]anic\|[Dd]ropped" /tmp/scan.txt
    dmesg | grep "DMAR: \[DMA" > /tmp/dmar.txt
    check_nogrep "no DMA faults (intel-iommu)" "fault" /tmp/dmar.txt
}
