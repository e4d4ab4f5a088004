#!/bin/sh
# Prints the scenario names (the directories under scenarios/ that have a
# guest.sh), one per line; tests/vm/meson.build registers one test for each.
cd "$(dirname "$0")/scenarios" || exit 1
for d in */; do
    [ -f "$d/guest.sh" ] && echo "${d%/}"
done
exit 0
