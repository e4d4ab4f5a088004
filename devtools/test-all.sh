#!/usr/bin/env bash
# The README's test command: installs what is needed, builds pmdkit and runs
# every test suite (unit tests, PMDs over vdevs and veth, testpmd, DPDK's own
# examples built against pmdkit, the QEMU guest scenarios), then the unit
# suites again in a debug build with ASan/UBSan, and the multi-lcore suites
# under ThreadSanitizer.
#   PMDKIT_NO_VM=1      skip the QEMU guest test bed
#   PMDKIT_NO_ASAN=1    skip the ASan/UBSan pass
#   PMDKIT_NO_TSAN=1    skip the ThreadSanitizer pass
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
if [ "$(id -u)" -ne 0 ]; then
    echo "test-all: the suite needs root (hugepages, network namespaces, QEMU); re-running with sudo" >&2
    exec sudo -E "$0" "$@"
fi
./devtools/setup-deps.sh
./devtools/hugepages-env.sh 1024

start=$(date +%s)
meson setup build --wipe >/dev/null 2>&1 || meson setup build >/dev/null
ninja -C build
suites=()
if [ "${PMDKIT_NO_VM:-0}" = 1 ]; then
    suites+=(--no-suite vm)
fi
meson test -C build --print-errorlogs --num-processes 2 "${suites[@]}"
echo "test-all: release suites passed in $(( $(date +%s) - start )) s"

if [ "${PMDKIT_NO_ASAN:-0}" != 1 ]; then
    start=$(date +%s)
    # RTE_ENABLE_ASSERT turns on the RTE_ASSERT checks (mbuf refcounts,
    # pinned buffers, ...), off in every build type as in DPDK.
    asan_opts=(-Dbuildtype=debug -Db_sanitize=address,undefined -Db_lundef=false
        -Denable_examples=false -Dc_args=-DRTE_ENABLE_ASSERT)
    meson setup build-asan --wipe "${asan_opts[@]}" >/dev/null 2>&1 ||
        meson setup build-asan "${asan_opts[@]}" >/dev/null
    ninja -C build-asan
    # The guest, DPDK-example and doc suites exercise no new code paths under
    # the sanitizers (and the guest has no sanitizer runtime): leave them out.
    asan_suites=()
    for s in vm compat examples doc usertools; do
        asan_suites+=(--no-suite "$s")
    done
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        meson test -C build-asan --print-errorlogs --num-processes 2 \
        --timeout-multiplier 3 "${asan_suites[@]}"
    echo "test-all: ASan/UBSan suites passed in $(( $(date +%s) - start )) s"
fi

if [ "${PMDKIT_NO_TSAN:-0}" != 1 ]; then
    start=$(date +%s)
    # ThreadSanitizer checks the memory-order annotations against the C11
    # model, not against x86: a slot access not ordered by an acquire/
    # release pair is reported even though x86 would hide it. The suites
    # whose tests share data between lcores; what TSan cannot see by
    # itself is annotated (__rte_tsan_* in rte_atomic.h).
    tsan_opts=(-Dbuildtype=debug -Db_sanitize=thread -Db_lundef=false
        -Denable_examples=false)
    meson setup build-tsan --wipe "${tsan_opts[@]}" >/dev/null 2>&1 ||
        meson setup build-tsan "${tsan_opts[@]}" >/dev/null
    ninja -C build-tsan
    tsan_suites=()
    for s in ring mempool mbuf ethdev ring_pmd timer eal pcap net; do
        tsan_suites+=(--suite "$s")
    done
    # setarch -R: no address randomisation, which can put mappings where
    # TSan wants its shadow memory on kernels with many mmap random bits
    TSAN_OPTIONS=halt_on_error=1:exitcode=66 setarch "$(uname -m)" -R \
        meson test -C build-tsan --print-errorlogs --num-processes 2 \
        --timeout-multiplier 4 "${tsan_suites[@]}"
    echo "test-all: ThreadSanitizer suites passed in $(( $(date +%s) - start )) s"
fi
echo "test-all: all tests passed"
