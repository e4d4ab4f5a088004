# Host-side helpers of the dpdk-example-* scenarios, sourced by their
# vm.conf (bash, run.sh's hooks: netio, OUT, NIC<k>_QEMU_PORT/HOST_PORT).

FWDCHECK=$(dirname "${BASH_SOURCE[0]}")/fwdcheck.py
fwdcheck() { python3 "$FWDCHECK" "$@"; }

# udp_bound PORT: something listens on 127.0.0.1:PORT (/proc/net/udp holds
# "0100007F:<port in hex>" for it), within 30 s.
udp_bound() {
    local want i
    want=$(printf '0100007F:%04X ' "$1")
    for i in $(seq 300); do
        grep -q "$want" /proc/net/udp && return 0
        sleep 0.1
    done
    echo "nothing listens on udp 127.0.0.1:$1 after 30 s"
    return 1
}

# inject_and_collect TAG COUNT: injects OUT/in0TAG.pcap into port 0 and
# OUT/in1TAG.pcap into port 1 at the same time and collects COUNT frames
# from each port's other side into OUT/out1TAG.pcap and OUT/out0TAG.pcap
# (a collector still starting up would miss the first frames: it must be
# bound before anything is injected).
inject_and_collect() {
    local c0 c1 i0 i1 p rc=0
    netio collect --port "$NIC1_HOST_PORT" --pcap "$OUT/out1$1.pcap" --count "$2" --timeout 90 &
    c1=$!
    netio collect --port "$NIC0_HOST_PORT" --pcap "$OUT/out0$1.pcap" --count "$2" --timeout 90 &
    c0=$!
    udp_bound "$NIC1_HOST_PORT" && udp_bound "$NIC0_HOST_PORT" || { kill $c0 $c1; return 1; }
    netio inject --port "$NIC0_QEMU_PORT" --pcap "$OUT/in0$1.pcap" --gap-us 2000 & i0=$!
    netio inject --port "$NIC1_QEMU_PORT" --pcap "$OUT/in1$1.pcap" --gap-us 2000 & i1=$!
    for p in $i0 $i1 $c1 $c0; do wait $p || rc=1; done
    return $rc
}
