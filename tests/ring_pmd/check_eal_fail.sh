#!/bin/sh
# Usage: check_eal_fail.sh PATTERN PROGRAM ARGS...
# PROGRAM must exit non-zero (rte_eal_init refused its arguments) and its
# output must contain PATTERN (the message naming the problem).
pattern=$1
shift
out=$("$@" 2>&1)
rc=$?
if [ "$rc" -eq 0 ]; then
    printf 'FAIL: exit 0, expected a failure naming "%s"; output:\n%s\n' "$pattern" "$out"
    exit 1
fi
case $out in
*"$pattern"*) printf 'OK: failed (rc %s) with "%s"\n' "$rc" "$pattern"; exit 0 ;;
esac
printf 'FAIL: output lacks "%s":\n%s\n' "$pattern" "$out"
exit 1
