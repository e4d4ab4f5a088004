# dpdk-hugepages.py in the guest, every step checked in sysfs and /proc.
. /pmdkit/guest-lib.sh
HP="timeout 30 dpdk-hugepages.py"
nr() { cat /sys/devices/system/node/node$1/hugepages/hugepages-$2kB/nr_hugepages; }
mounted() { awk '$3 == "hugetlbfs" {print $2 " " $4}' /proc/mounts; }
# mmap_free DIR SIZE_MB KB: map a SIZE_MB file on the hugetlbfs at DIR,
# touch it, print free pages of size KB while it is mapped.
mmap_free() {
    python3 -c '
import mmap, os, sys
d, mb, kb = sys.argv[1], int(sys.argv[2]), sys.argv[3]
fd = os.open(d + "/t", os.O_CREAT | os.O_RDWR)
os.ftruncate(fd, mb << 20)
m = mmap.mmap(fd, mb << 20)
m[0:5] = b"hello"
print(open("/sys/kernel/mm/hugepages/hugepages-%skB/free_hugepages" % kb).read().strip())
os.unlink(d + "/t")' "$@"
}
o=/tmp/out.txt

check "two NUMA nodes" test -d /sys/devices/system/node/node1
$HP --show > $o; check_eq "--show exit" 0 $?
# The boot-time allocator does not always find room for both 1 GB pages
# (seen on a loaded host): the tool must report what sysfs says was reserved.
boot1g=$(nr 1 1048576)
check "at least one boot-time 1G page on node 1" test "$boot1g" -ge 1
check_eq "--show: the boot-time 1G pages, nothing mounted" \
    "$(printf 'Node Pages Size Total\n1    %-5s 1Gb    %sGb\n\nHugepages not mounted' "$boot1g" "$boot1g")" "$(cat $o)"

# --- 1G pages: per node, mount, use ------------------------------------------
$HP -p 1G -n 1 --reserve 1G; check_eq "-p 1G -n 1 --reserve 1G" 0 $?
check_eq "node1: 1 x 1G" 1 "$(nr 1 1048576)"
check_eq "node0: no 1G page" 0 "$(nr 0 1048576)"
$HP -p 1G -n 0 -r 3G > $o 2>&1; rc=$?
check_eq "impossible reservation fails" 1 $rc
check_grep "says how many it got" "Unable to set pages (0 instead of 3" $o
$HP --mount -p 1G -d /mnt/huge1g; check_eq "--mount -p 1G -d /mnt/huge1g" 0 $?
check_eq "mounted with 1G pages" "/mnt/huge1g rw,relatime,pagesize=1024M" "$(mounted)"
check_eq "a 1 GB mapping takes the 1G page" 0 "$(mmap_free /mnt/huge1g 1024 1048576)"
$HP --mount -p 1G -d /mnt/huge1g > $o; check_grep "second mount: notice" "already mounted" $o
$HP -u -d /mnt/huge1g; check_eq "--unmount -d" 0 $?
check_eq "nothing mounted" "" "$(mounted)"

# --- --setup: clear, unmount, reserve on every node, mount /dev/hugepages -----
$HP --setup 64M; check_eq "--setup 64M" 0 $?
check_eq "node0: 32 x 2M" 32 "$(nr 0 2048)"
check_eq "node1: 32 x 2M" 32 "$(nr 1 2048)"
check_eq "--setup cleared the 1G page" 0 "$(nr 1 1048576)"
check_eq "mounted with 2M pages" "/dev/hugepages rw,relatime,pagesize=2M" "$(mounted)"
check_eq "a 2 MB mapping takes one page" 63 "$(mmap_free /dev/hugepages 2 2048)"

# --- per node, default page size ----------------------------------------------
$HP -n 1 -r 16M; check_eq "-n 1 -r 16M" 0 $?
check_eq "node1: 8 x 2M" 8 "$(nr 1 2048)"
check_eq "node0 untouched" 32 "$(nr 0 2048)"
$HP -s > $o
check_eq "--show per node" "$(printf 'Node Pages Size Total\n0    32    2Mb    64Mb\n1    8     2Mb    16Mb\n\nHugepages mounted on /dev/hugepages')" "$(cat $o)"

# --- unmount and clear ----------------------------------------------------------
$HP --unmount; check_eq "--unmount" 0 $?
check_eq "nothing mounted again" "" "$(mounted)"
$HP --clear; check_eq "--clear" 0 $?
check_eq "all cleared" "0 0 0 0" "$(nr 0 2048) $(nr 1 2048) $(nr 0 1048576) $(nr 1 1048576)"
$HP -n 3 -r 2M > $o 2>&1
check_grep "unknown node" "NUMA node 3 does not exist (nodes: 0 1)" $o
finish
