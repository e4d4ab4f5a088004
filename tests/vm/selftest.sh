#!/usr/bin/env bash
# Checks run.sh itself: usage errors, a scenario's exit status passed
# through, guest.sh's time limit, a failing host_check, files back from /out.
#   tests/vm/selftest.sh [--build-dir DIR]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
expect() {  # expect DESCRIPTION WANT_STATUS WANT_PATTERN -- run.sh args...
    local what=$1 want=$2 pat=$3; shift 4
    "$here/run.sh" "$@" > "$tmp/log" 2>&1
    local rc=$?
    if [ "$rc" != "$want" ] || ! grep -q -e "$pat" "$tmp/log"; then
        echo "FAIL: $what: status $rc (want $want), output:"; tail -5 "$tmp/log" | sed 's/^/    | /'
        fails=$((fails + 1))
    else
        echo "ok: $what"
    fi
}
expect "no scenario" 2 "no scenario named" -- 
expect "unknown scenario" 2 "no scenario 'no-such-thing'" -- no-such-thing
expect "unknown option" 2 "unknown option '--bogus'" -- --bogus boot
expect "missing build dir" 2 "build directory '/nonexistent' does not exist" -- --build-dir /nonexistent boot

mkdir -p "$tmp/badconf" "$tmp/rc3" "$tmp/hang"
echo 'exit 0' > "$tmp/badconf/guest.sh"
echo 'nic e1000 hub=0 sideways' > "$tmp/badconf/vm.conf"
expect "bad vm.conf directive" 2 "nic: unknown argument 'sideways'" -- "$tmp/badconf"

cat > "$tmp/rc3/guest.sh" <<'G'
mkdir -p /out; echo "$NIC_COUNT $NIC0_MODEL" > /out/seen
exit 3
G
cat > "$tmp/rc3/vm.conf" <<'G'
nic e1000e
timeout_s 20
host_check() { [ "$(cat "$OUT/guest/seen")" = "1 e1000e" ] || { echo "seen: $(cat "$OUT/guest/seen")"; return 1; }; echo "host_check saw /out"; }
G
expect "guest exit status 3 passed through, /out returned" 3 "host_check saw /out" -- "$@" "$tmp/rc3"

echo 'sleep 600' > "$tmp/hang/guest.sh"
printf 'timeout_s 3\nhost_check() { echo "guest rc $GUEST_RC"; return 1; }\n' > "$tmp/hang/vm.conf"
expect "guest.sh time limit (143), failing host_check reported" 143 "guest.sh killed after 3s" -- "$@" "$tmp/hang"
grep -q "host_check failed" "$tmp/log" || { echo "FAIL: host_check failure not reported"; fails=$((fails + 1)); }

echo "selftest: $fails failure(s)"
[ $fails = 0 ]
