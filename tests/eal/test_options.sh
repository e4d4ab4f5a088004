#!/bin/bash
# EAL command line: good lines are accepted (and consume exactly the EAL
# part), bad lines fail with status 2 and ONE stderr line naming the option.
# Usage: test_options.sh <test_eal_app>
app="$1"
fails=0
pfx="eal_opt_$$"

fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# good <expected consumed> <args...>
good() {
	local want="$1"; shift
	local out
	out=$("$app" "$@" 2>/tmp/eal_opt_err.$$)
	local rc=$?
	if [ $rc -ne 0 ]; then
		fail "'$*' exited $rc: $(cat /tmp/eal_opt_err.$$)"
		return
	fi
	echo "$out" | grep -q "^consumed=$want " ||
		fail "'$*': expected consumed=$want, got: $(echo "$out" | head -1)"
	GOOD_OUT="$out"
}

# bad <word expected in the message> <args...>
bad() {
	local word="$1"; shift
	local out err lines
	out=$("$app" "$@" 2>/tmp/eal_opt_err.$$)
	local rc=$?
	err=$(cat /tmp/eal_opt_err.$$)
	lines=$(grep -c . /tmp/eal_opt_err.$$)
	[ $rc -eq 2 ] || fail "'$*': exit $rc, expected 2 (stdout: $out)"
	[ "$lines" -eq 1 ] || fail "'$*': $lines stderr lines, expected 1: $err"
	echo "$err" | grep -qF -- "$word" ||
		fail "'$*': message does not name '$word': $err"
	echo "$out" | grep -q "rte_errno=22" ||
		fail "'$*': rte_errno not EINVAL: $out"
}

N="--no-huge --file-prefix $pfx"

# --- accepted lines ---
good 5 $N -l 0-1
echo "$GOOD_OUT" | grep -q "lcores=2 main=0" || fail "-l 0-1: $GOOD_OUT"
good 6 $N -l 0-1 -- -p 0x3 --foo
echo "$GOOD_OUT" | grep -q "arg\[1\]=-p" || fail "app args not passed: $GOOD_OUT"
echo "$GOOD_OUT" | grep -q "arg\[3\]=--foo" || fail "app args: $GOOD_OUT"
good 5 $N -c 0x2
echo "$GOOD_OUT" | grep -q "lcores=1 main=1" || fail "-c 0x2: $GOOD_OUT"
good 5 $N --lcores 0-1
good 5 $N --lcores '(0-2)@0'
echo "$GOOD_OUT" | grep -q "lcores=3 main=0" || fail "--lcores (0-2)@0: $GOOD_OUT"
good 7 $N -l 0-1 --main-lcore 1
echo "$GOOD_OUT" | grep -q "main=1" || fail "--main-lcore 1: $GOOD_OUT"
good 11 $N -l 0 -n 4 -m 32 --log-level 8
good 4 $N --log-level=lib.eal:debug
good 5 $N --log-level 'pmd.net.*,info'
# 0 is a level (DPDK accepts it): nothing is logged at all, not even the
# version line -v prints at NOTICE
good 4 $N -v
grep -q "RTE Version" /tmp/eal_opt_err.$$ || fail "-v did not log the version"
good 5 $N -v --log-level=0
[ -s /tmp/eal_opt_err.$$ ] && fail "--log-level=0 logged: $(cat /tmp/eal_opt_err.$$)"
good 5 $N --log-level 'lib.*:0'
good 6 $N --iova-mode va --syslog
good 5 $N --proc-type primary
good 4 $N --no-pci
good 4 $N --in-memory
good 5 $N --vfio-intr msix
good 5 $N --force-max-simd-bitwidth 128
# getopt already used by the application before rte_eal_init
PRE_GETOPT=1 good 6 $N -l 0-1 -- -p 3
echo "$GOOD_OUT" | grep -q "lcores=2" || fail "after app getopt: $GOOD_OUT"
echo "$GOOD_OUT" | grep -q "arg\[2\]=3" || fail "after app getopt: $GOOD_OUT"
# -d loads a shared object (any library shows the dlopen path works)
libm=$(ls /lib/x86_64-linux-gnu/libm.so.6 /usr/lib/x86_64-linux-gnu/libm.so.6 2>/dev/null | head -1)
[ -n "$libm" ] && good 5 $N -d "$libm"
# defaults: every CPU of the process
good 3 $N
echo "$GOOD_OUT" | grep -q "lcores=$(nproc) " || fail "default lcores: $GOOD_OUT"

# --- rejected lines: one line naming the option ---
bad "--bogus" $N --bogus
bad "-x" $N -x
bad "-l" $N -l
bad "-l '0-64'" $N -l 0-64
bad "CPU 100 does not exist" $N -l 0,100
bad "-l 'a-b'" $N -l a-b
bad "-l '1-0'" $N -l 1-0
bad "-l: empty" $N -l ""
bad "trailing comma" $N -l 0,
bad "-c 'zz'" $N -c zz
bad "-c '0x0'" $N -c 0x0
bad "CPU 9 does not exist" $N -c 0x200
bad "--lcores" $N --lcores '(0-1@'
bad "--main-lcore 1 is not in the lcore list" $N -l 0 --main-lcore 1
bad "--main-lcore 'x'" $N --main-lcore x
bad "only one of -c, -l and --lcores" $N -l 0 -c 1
bad "-m 'abc'" $N -m abc
bad "-m '0'" $N -m 0
bad "-n" $N -n 0
bad "--log-level 'lib.eal:loud'" $N --log-level lib.eal:loud
bad "--log-level '99'" $N --log-level 99
bad "--iova-mode 'xy'" $N --iova-mode xy
bad "--proc-type secondary" $N --proc-type secondary
bad "--proc-type 'bogus'" $N --proc-type bogus
bad "--vdev 'no_such_dev0'" $N --vdev no_such_dev0
bad "--vfio-intr" $N --vfio-intr msy
bad "--socket-mem cannot be used with --no-huge" $N --socket-mem 64
bad "--huge-dir cannot be used with --no-huge" $N --huge-dir /dev/hugepages
bad "--file-prefix 'a/b'" --no-huge --file-prefix a/b
bad "--force-max-simd-bitwidth '100'" $N --force-max-simd-bitwidth 100
bad "--iova-mode pa needs hugepages" $N --iova-mode pa
bad "--socket-mem 'x'" --file-prefix $pfx --socket-mem x
bad "-d /nonexistent/librte_foo.so" $N -d /nonexistent/librte_foo.so
bad "-a/--allow and -b/--block cannot be used together" $N -a 0000:00:01.0 -b 0000:00:02.0

# rte_panic: abort (SIGABRT) with the message and a backtrace
err=$("$app" $N -l 0 -- panic 2>&1 >/dev/null)
rc=$?
[ $rc -eq 134 ] || fail "panic exited $rc, expected 134 (SIGABRT)"
echo "$err" | grep -q "PANIC in main" || fail "panic message: $err"
echo "$err" | grep -q "test panic 42" || fail "panic text: $err"
echo "$err" | grep -q "backtrace" || fail "no backtrace: $err"

rm -f /tmp/eal_opt_err.$$
if [ $fails -ne 0 ]; then
	echo "$fails option checks failed"
	exit 1
fi
echo "all option checks passed"
