#!/bin/bash
# Hugepage memory as root: physical addresses, file cleanup, growth on
# demand, reclaim of a killed process's files, the shortage message.
# Reserves the pages it needs (and mounts hugetlbfs if none is mounted),
# then restores what it changed.
app="$1"
units="$2"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
[ "$(id -u)" -eq 0 ] || { echo "FAIL: needs root (run the suite as root)"; exit 1; }

sysnr=/sys/kernel/mm/hugepages/hugepages-2048kB/nr_hugepages
sysfree=/sys/kernel/mm/hugepages/hugepages-2048kB/free_hugepages
[ -w $sysnr ] || { echo "FAIL: no 2 MiB hugepage support in this kernel"; exit 1; }

mnt=$(awk '$3 == "hugetlbfs" && ($4 ~ /pagesize=2M/ || $4 !~ /pagesize=/) {print $2; exit}' /proc/mounts)
mounted=""
if [ -z "$mnt" ]; then
	mnt=$(mktemp -d /tmp/eal_hugetlbfs.XXXXXX)
	mount -t hugetlbfs -o pagesize=2M nodev "$mnt" || { echo "FAIL: mount"; exit 1; }
	mounted=$mnt
fi
orig_nr=$(cat $sysnr)
need=24
free=$(cat $sysfree)
if [ "$free" -lt $need ]; then
	echo $((orig_nr + need - free)) > $sysnr
fi
restore() {
	echo "$orig_nr" > $sysnr 2>/dev/null
	[ -n "$mounted" ] && umount "$mounted" && rmdir "$mounted"
}
trap restore EXIT
free=$(cat $sysfree)
[ "$free" -ge 8 ] || { echo "FAIL: could only get $free free 2 MiB pages"; exit 1; }

pfx="eal_hp_$$_"
files() { ls "$mnt" 2>/dev/null | grep -c "^${pfx}map_"; }
E="-l 0-1 --huge-dir $mnt --file-prefix $pfx"

# 1. -m 8: four 2 MiB pages with distinct, non-zero physical addresses
out=$("$app" $E -m 8 -- memsegs 2>&1); rc=$?
echo "$out" | tail -3
[ $rc -eq 0 ] || fail "memsegs run exited $rc: $out"
echo "$out" | grep -q "iova=PA" || fail "IOVA mode is not PA as root"
echo "$out" | grep -q "segments=4 physmem=8388608" || fail "expected 4 pages"
[ "$(files)" -eq 0 ] || fail "$(files) hugepage files left after rte_eal_cleanup"

# 1b. --socket-mem preallocates on the node given
out=$("$app" $E --socket-mem 4 -- memsegs 2>&1); rc=$?
[ $rc -eq 0 ] || fail "--socket-mem 4 exited $rc: $out"
echo "$out" | grep -q "segments=2 physmem=4194304" || fail "--socket-mem 4: $out"
[ "$(echo "$out" | grep -c "socket=0")" -eq 2 ] || fail "pages not on node 0"

# 2. memory grows on demand beyond -m, and is released at exit
out=$("$app" $E -m 2 -- alloc 6 2>&1); rc=$?
[ $rc -eq 0 ] || fail "alloc 6 MiB with -m 2 exited $rc: $out"
[ "$(files)" -eq 0 ] || fail "files left after growth run"

# 3. a live process's files are kept, a killed one's are reclaimed
"$app" $E -m 8 -- hold > /tmp/eal_hold.$$ 2>&1 &
holder=$!
for i in $(seq 100); do grep -q holding /tmp/eal_hold.$$ && break; sleep 0.1; done
grep -q holding /tmp/eal_hold.$$ || fail "holder did not start: $(cat /tmp/eal_hold.$$)"
live=$(files)
[ "$live" -ge 4 ] || fail "holder has $live files, expected >= 4"
out=$("$app" $E -m 2 2>&1); rc=$?
[ $rc -eq 2 ] || fail "second process with the same prefix exited $rc"
echo "$out" | grep -q "another process is running with --file-prefix" ||
	fail "no clear message for a prefix in use: $out"
[ "$(files)" -eq "$live" ] || fail "files of the live process were touched"
kill -9 $holder; wait $holder 2>/dev/null
[ "$(files)" -eq "$live" ] || fail "stale files vanished before restart"
out=$("$app" $E -m 2 -- memsegs 2>&1); rc=$?
[ $rc -eq 0 ] || fail "restart after kill exited $rc: $out"
[ "$(files)" -eq 0 ] || fail "$(files) stale files not reclaimed"
rm -f /tmp/eal_hold.$$

# 4. too little memory: one line saying what is short and how to fix it
free=$(cat $sysfree)
out=$("$app" $E -m $(( (free + 10) * 2 )) 2>&1 >/dev/null); rc=$?
[ $rc -eq 2 ] || fail "oversized -m exited $rc"
[ "$(echo "$out" | grep -c .)" -eq 1 ] || fail "shortage message is not one line: $out"
echo "$out" | grep -q "need $((free + 10)) x 2048kB pages.*2048kB: $free free.*dpdk-hugepages.py --setup.*--no-huge" ||
	fail "shortage message: $out"
[ "$(files)" -eq 0 ] || fail "files left after a failed start"

# 4b. memzones on hugepages (IOVA as PA), two lcores, contiguity checked
out=$("$units" $E -m 16 -- memzone 2>&1); rc=$?
[ $rc -eq 0 ] || fail "memzone test on hugepages: $out"
[ "$(files)" -eq 0 ] || fail "files left after the memzone test"

# 5. rte_exit() while a worker still runs: exits at once, files removed
out=$(timeout 20 "$app" $E -m 4 -- busy_exit 2>&1); rc=$?
[ $rc -eq 0 ] || fail "busy_exit exited $rc: $out"
[ "$(files)" -eq 0 ] || fail "files left after rte_exit with a busy worker"

if [ $fails -ne 0 ]; then
	echo "$fails hugepage checks failed"
	exit 1
fi
echo "all hugepage checks passed"
