#!/bin/bash
# A device named with -a whose probe fails stops rte_eal_init with the
# bus's message and one naming the device.
app="$1"
err=$("$app" --no-huge -l 0 --file-prefix eal_busfail -a tbfail0 -- run 2>&1 >/dev/null)
rc=$?
echo "$err"
[ $rc -eq 2 ] || { echo "FAIL: exit $rc, expected 2"; exit 1; }
echo "$err" | grep -q "TB: tbfail0: probe refused" || { echo "FAIL: bus message missing"; exit 1; }
echo "$err" | grep -q "device 'tbfail0' given with -a could not be probed" ||
	{ echo "FAIL: EAL message missing"; exit 1; }
echo passed
