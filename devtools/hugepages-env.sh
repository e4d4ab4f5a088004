#!/usr/bin/env bash
# Reserves N 2 MiB hugepages (default 1024) and makes sure a hugetlbfs is
# mounted on /dev/hugepages, for the test suite. Idempotent; needs root.
set -euo pipefail
want=${1:-1024}
have=$(cat /proc/sys/vm/nr_hugepages)
if [ "$have" -lt "$want" ]; then
    echo "$want" > /proc/sys/vm/nr_hugepages
    have=$(cat /proc/sys/vm/nr_hugepages)
    [ "$have" -ge "$want" ] || echo "hugepages-env: only $have of $want 2 MiB pages could be reserved (memory fragmented?)" >&2
fi
if ! awk '$3 == "hugetlbfs" { found = 1 } END { exit !found }' /proc/mounts; then
    mkdir -p /dev/hugepages
    mount -t hugetlbfs -o pagesize=2M nodev /dev/hugepages
fi
