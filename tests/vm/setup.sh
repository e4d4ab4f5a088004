#!/usr/bin/env bash
# Installs the QEMU guest test bed's host-side requirements (idempotent):
#   - QEMU 10 from bookworm-backports (qemu-system-x86),
#   - busybox-static and cpio (the guest's userland and initramfs packer),
#   - a Debian 6.1 guest kernel and its modules, unpacked into tests/vm/cache/.
# A second run that finds everything in place returns within a second.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${PMDKIT_VM_CACHE:-$here/cache}
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "vm/setup: run as root or install sudo" >&2; exit 1; }
    SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
log() { echo "vm/setup: $*" >&2; }

# --- 1. bookworm-backports in apt's sources, same mirror as the main entry --
bp_list=/etc/apt/sources.list.d/pmdkit-backports.sources
updated=0
apt_update() { [ $updated = 1 ] || { $SUDO apt-get update -qq; updated=1; }; }
if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    mirror=""
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -e "$f" ] || continue
        # The deb822 stanza that carries the plain "bookworm" suite.
        mirror=$(awk 'BEGIN{RS=""} /Suites:[^\n]*bookworm([ \n]|$)/ && !/security/ {
                    if (match($0, /URIs:[ \t]*[^ \t\n]+/)) { s=substr($0,RSTART,RLENGTH); sub(/URIs:[ \t]*/,"",s); print s; exit } }' "$f")
        [ -n "$mirror" ] && break
    done
    if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
        mirror=$(awk '$1=="deb" && $3=="bookworm" {print $2; exit}' /etc/apt/sources.list)
    fi
    [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
    log "adding bookworm-backports from $mirror"
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$mirror" | $SUDO tee "$bp_list" >/dev/null
    apt_update
fi

# --- 2. QEMU 10 (backports), busybox-static, cpio, xz ---------------------
qemu_ok() {
    command -v qemu-system-x86_64 >/dev/null &&
        qemu-system-x86_64 --version | awk 'NR==1{split($4,v,"."); exit !(v[1] >= 10)}'
}
if ! qemu_ok; then
    log "installing qemu-system-x86 from bookworm-backports"
    apt_update
    $SUDO apt-get install -y -qq --no-install-recommends -t bookworm-backports qemu-system-x86 >/dev/null
fi
need=()
for p in busybox-static cpio xz-utils kmod; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    apt_update
    $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- 3. the guest kernel and modules (linux-image-6.1.0-*-amd64) -----------
if [ -f "$cache/kernel/ok" ] && [ -f "$(cat "$cache/kernel/ok")" ]; then
    exit 0
fi
mkdir -p "$cache/kernel"
# The metapackage linux-image-amd64 depends on the current ABI's package.
pkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-6\.1\.0-[0-9]+-amd64$/ {print $2; exit}')
if [ -z "$pkg" ]; then
    apt_update
    pkg=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-6\.1\.0-[0-9]+-amd64$/ {print $2; exit}')
fi
[ -n "$pkg" ] || { log "cannot find a linux-image-6.1.0-*-amd64 package (apt-get update?)"; exit 1; }
log "downloading $pkg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The unsigned package holds the same kernel without the signing wrapper.
(cd "$tmp" && apt-get download "$pkg-unsigned" >/dev/null 2>&1 || apt-get download "$pkg" >/dev/null)
rm -rf "$cache/kernel/root"
dpkg -x "$tmp"/*.deb "$cache/kernel/root"
vmlinuz=$(ls "$cache"/kernel/root/boot/vmlinuz-* | head -1)
[ -f "$vmlinuz" ] || { log "$pkg has no /boot/vmlinuz-*"; exit 1; }
kver=${vmlinuz##*/vmlinuz-}
# The package ships no modules.dep (its postinst runs depmod): make it here,
# uncompressing modules first should a future ABI ship them as .ko.xz.
find "$cache/kernel/root/lib/modules/$kver" -name '*.ko.xz' -exec xz -d {} +
depmod -b "$cache/kernel/root" "$kver"
echo "$vmlinuz" > "$cache/kernel/ok"
log "guest kernel ready: $vmlinuz"
