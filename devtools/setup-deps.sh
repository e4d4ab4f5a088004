#!/usr/bin/env bash
# Installs what pmdkit's build and test suite need on Debian 12:
# the packages listed in devtools/debian-packages.txt and, unless
# PMDKIT_NO_VM=1, the QEMU guest test bed (tests/vm/setup.sh).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup-deps: run as root or install sudo" >&2; exit 1; }
    SUDO=sudo
fi
mapfile -t pkgs < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$top/devtools/debian-packages.txt" | grep -v '^$')
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO -E apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ "${PMDKIT_NO_VM:-0}" != 1 ] && [ -x "$top/tests/vm/setup.sh" ]; then
    $SUDO "$top/tests/vm/setup.sh"
fi
