#!/usr/bin/env bash
# Builds the guest's base initramfs (uncompressed newc cpio):
#   busybox-static as the userland, the guest kernel's NIC/VFIO/UIO modules,
#   python3 with its standard library (for usertools), the usertools, and
#   every ELF program and shared library of a pmdkit build tree together with
#   the host libraries they load (found with ldd).
# The image is cached next to its stamp and rebuilt only when an input changed.
#
#   mkinitramfs.sh --build-dir DIR --out FILE [--kernel-root DIR]
#   mkinitramfs.sh --extra ROOT PROG|DIR...   (copy host programs + libraries
#                                             into an existing staging ROOT)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
vmdir=$(dirname "$here")
top=$(cd "$vmdir/../.." && pwd)
cache=${PMDKIT_VM_CACHE:-$vmdir/cache}
die() { echo "vm/mkinitramfs: $*" >&2; exit 1; }

# Kernel modules the guest gets (their dependencies come from modules.dep).
GUEST_MODULES="e1000 e1000e igb vmxnet3 virtio_pci virtio_net vfio vfio_iommu_type1
    vfio-pci vfio-pci-core vfio_virqfd irqbypass uio uio_pci_generic"

declare -A copied=()
# copy_file SRC ROOT [DEST]: copy SRC (symlinks resolved) to ROOT/DEST.
copy_file() {
    local src=$1 root=$2 dest=${3:-$1}
    [ -n "${copied[$dest]:-}" ] && return 0
    copied[$dest]=1
    mkdir -p "$root$(dirname "$dest")"
    cp -L --preserve=mode "$src" "$root$dest"
}
# copy_libs ELF ROOT: the shared libraries and loader ELF needs, at their
# host paths (so the loader finds them without configuration).
copy_libs() {
    local f=$1 root=$2 lib
    # ldd prints "name => /path (addr)" and "/lib64/ld-linux... (addr)".
    while read -r lib; do
        [ -n "$lib" ] && [ -e "$lib" ] && copy_file "$lib" "$root"
    done < <(ldd "$f" 2>/dev/null | awk '/=> \// {print $3} /^\t\// {print $1}')
}
is_elf() { [ "$(head -c4 "$1" 2>/dev/null | od -An -c | tr -d ' ')" = '177ELF' ]; }
# copy_prog PATH ROOT: a host program or a directory of them (e.g. DPDK's
# PMD directory), at its host path, with every library it loads.
copy_prog() {
    local p=$1 root=$2 f
    if [ -d "$p" ]; then
        # Symlinks stay symlinks (a PMD directory holds .so -> .so.23 -> .so.23.0).
        mkdir -p "$root$p"
        cp -a "$p/." "$root$p/"
        while IFS= read -r f; do
            is_elf "$f" && copy_libs "$f" "$root"
        done < <(find "$p" -type f)
    else
        [ -e "$p" ] || p=$(command -v "$p") || die "no such program or file: $1"
        if [ -L "$p" ]; then
            # Keep the link's name and copy what it points to as well.
            mkdir -p "$root$(dirname "$p")"
            cp -a "$p" "$root$p"
            copy_prog "$(readlink -f "$p")" "$root"
            return 0
        fi
        copy_file "$p" "$root"
        is_elf "$p" && copy_libs "$p" "$root"
    fi
    return 0
}

if [ "${1:-}" = --extra ]; then
    root=$2; shift 2
    for p in "$@"; do copy_prog "$p" "$root"; done
    exit 0
fi

build=""; out=""
while [ $# -gt 0 ]; do
    case $1 in
    --build-dir) build=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) die "unknown option '$1' (use --build-dir DIR --out FILE)" ;;
    esac
done
[ -n "$out" ] || die "--out FILE is required"
[ -f "$cache/kernel/ok" ] || die "no guest kernel in $cache: run tests/vm/setup.sh first"
vmlinuz=$(cat "$cache/kernel/ok")
kver=${vmlinuz##*/vmlinuz-}
kroot=$cache/kernel/root
mods=$kroot/lib/modules/$kver

# Build-tree files that go into the guest: ELF executables and shared
# libraries, outside meson's private and object directories.
build_files() {
    [ -n "$build" ] || return 0
    # Library symlinks too: programs load libpmdkit.so.22 (-> .so.22.11.0).
    (cd "$build" && find . \( -name 'meson-*' -o -name '*.p' -o -name 'vm' \) -prune -o \
        \( -type f \( -perm -u+x -o -name '*.so' -o -name '*.so.*' \) \) -print -o \
        \( -type l \( -name '*.so' -o -name '*.so.*' \) \) -print) |
        while IFS= read -r f; do is_elf "$build/$f" && echo "${f#./}"; done | sort
}
files=$(build_files)
pyver=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')

# The stamp: everything whose change must rebuild the image.
stamp=$( {
    echo "$vmlinuz $GUEST_MODULES $pyver"
    for f in $files; do stat -c '%n %s %Y' "$build/$f"; done
    find "$top/usertools" "$here" -type f -printf '%p %s %T@\n' | sort
    stat -c '%n %s %Y' /bin/busybox
} | sha256sum | cut -d' ' -f1)
if [ -f "$out" ] && [ "$(cat "$out.stamp" 2>/dev/null)" = "$stamp" ]; then
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,run,mnt,out,scenario,etc,root,var/tmp}
ln -s ../run "$root/var/run"

# busybox and its applets
cp /bin/busybox "$root/bin/busybox"
for a in $(/bin/busybox --list); do
    [ "$a" = busybox ] || ln -sf busybox "$root/bin/$a"
done
cp "$here/modprobe" "$root/sbin/modprobe"
ln -sf ../../bin/busybox "$root/usr/bin/env"    # for "#!/usr/bin/env python3"

# kernel modules and the depmod files for just those
mkdir -p "$root/lib/modules/$kver"
want=""
for m in $GUEST_MODULES; do
    line=$(grep -E "(^|/)${m//[-_]/[-_]}\.ko:" "$mods/modules.dep") ||
        die "module $m not in $mods/modules.dep (re-run tests/vm/setup.sh)"
    want="$want ${line//:/}"
done
for k in $(echo "$want" | tr ' ' '\n' | sort -u); do
    mkdir -p "$root/lib/modules/$kver/$(dirname "$k")"
    cp "$mods/$k" "$root/lib/modules/$kver/$k"
done
cp "$mods"/modules.builtin "$mods"/modules.builtin.modinfo "$mods"/modules.order "$root/lib/modules/$kver/"
depmod -b "$root" "$kver"
rm -f "$root/bin/modprobe"          # /sbin/modprobe (softdep-aware) only
# glibc loads libgcc_s at run time (pthread_cancel, unwinding): ldd misses it.
copy_file /lib/x86_64-linux-gnu/libgcc_s.so.1 "$root"

# python3 and its standard library (without tests, GUI and packaging bits)
copy_prog "/usr/bin/python$pyver" "$root"
ln -sf "python$pyver" "$root/usr/bin/python3"
(cd / && find "usr/lib/python$pyver" \( -name test -o -name tests -o -name idlelib -o \
    -name tkinter -o -name turtledemo -o -name ensurepip -o -name lib2to3 -o -name pydoc_data -o \
    -name __pycache__ -o -name dist-packages -o -name site-packages -o -name 'config-*' \) -prune -o \
    \( -type f -o -type l \) -print | cpio -pdm --quiet "$root")
for so in "$root/usr/lib/python$pyver"/lib-dynload/*.so; do copy_libs "$so" "$root"; done
# python's sysconfig wants these data modules at start-up
for d in /usr/lib/python3/dist-packages /usr/lib/python$pyver/site-packages; do mkdir -p "$root$d"; done

# pmdkit: usertools and the build tree (same relative layout: rpaths work)
mkdir -p "$root/pmdkit/build"
cp -a "$top/usertools" "$root/pmdkit/usertools"
for f in $files; do
    mkdir -p "$root/pmdkit/build/$(dirname "$f")"
    if [ -L "$build/$f" ]; then
        cp -a "$build/$f" "$root/pmdkit/build/$f"
    else
        cp --preserve=mode "$build/$f" "$root/pmdkit/build/$f"
        copy_libs "$build/$f" "$root"
    fi
done
# Libraries the loader would look for under the build dir's absolute path
# (rpaths of installed-style binaries) resolve through a symlink.
if [ -n "$build" ]; then
    absb=$(cd "$build" && pwd)
    mkdir -p "$root$(dirname "$absb")"
    ln -sfn /pmdkit/build "$root$absb"
fi

# PCI names for dpdk-devbind.py's --status
for ids in /usr/share/misc/pci.ids /usr/share/hwdata/pci.ids; do
    [ -f "$ids" ] && { copy_file "$ids" "$root"; break; }
done

# /init and the guest helpers
cp "$here/init" "$root/init"
cp "$here/guest-lib.sh" "$root/pmdkit/guest-lib.sh"
chmod +x "$root/init"
echo "root:x:0:0:root:/root:/bin/sh" > "$root/etc/passwd"
echo "root:x:0:" > "$root/etc/group"

mkdir -p "$(dirname "$out")"
(cd "$root" && find . -print | LC_ALL=C sort | cpio -o -H newc --quiet -R 0:0) > "$out.tmp.$$"
mv "$out.tmp.$$" "$out"
echo "$stamp" > "$out.stamp"
echo "vm/mkinitramfs: built $out ($(du -h "$out" | cut -f1))" >&2
