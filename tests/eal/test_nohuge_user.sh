#!/bin/bash
# --no-huge works for an unprivileged user: run the app as nobody with
# two lcores, let its heap grow, and check it cleans up.
app="$1"
[ "$(id -u)" -eq 0 ] || { echo "FAIL: needs root to drop privileges"; exit 1; }
command -v setpriv >/dev/null || { echo "FAIL: setpriv missing (util-linux)"; exit 1; }
# The binary and its library must be reachable by nobody, whatever the
# permissions of the directories above the build tree (a checkout under
# /root or a 0700 mktemp dir is not): run copies from a world-readable dir.
tmp=$(mktemp -d /tmp/eal_nobody.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cp "$app" "$tmp/"
for l in $(ldd "$app" | awk '/libpmdkit/ {print $3}'); do cp "$l" "$tmp/"; done
chmod -R a+rX "$tmp"
app="$tmp/$(basename "$app")"
export LD_LIBRARY_PATH="$tmp"
out=$(env -u XDG_RUNTIME_DIR setpriv --reuid=nobody --regid=nogroup \
	--clear-groups "$app" --no-huge -l 0-1 -m 16 --file-prefix eal_nobody \
	-- alloc 48 2>&1)
rc=$?
echo "$out"
[ $rc -eq 0 ] || { echo "FAIL: exit $rc as nobody"; exit 1; }
echo "$out" | grep -q "lcores=2 .*iova=VA hugepages=0" || { echo "FAIL: config"; exit 1; }
echo "$out" | grep -q "allocated 50331648 bytes" || { echo "FAIL: alloc"; exit 1; }
[ ! -e /tmp/dpdk/eal_nobody/config ] || { echo "FAIL: runtime config left"; exit 1; }
# without --no-huge an unprivileged user gets one line saying why
if grep -q hugetlbfs /proc/mounts; then
	err=$(env -u XDG_RUNTIME_DIR setpriv --reuid=nobody --regid=nogroup \
		--clear-groups "$app" -l 0 --file-prefix eal_nobody 2>&1 >/dev/null)
	rc=$?
	[ $rc -eq 2 ] || { echo "FAIL: hugepages as nobody exited $rc"; exit 1; }
	[ "$(echo "$err" | grep -c .)" -eq 1 ] &&
		echo "$err" | grep -q "no permission .*run as root.*--no-huge" ||
		{ echo "FAIL: permission message: $err"; exit 1; }
fi
echo "passed"
