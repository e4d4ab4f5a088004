#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Show, reserve and mount huge pages for DPDK applications.  Command-line
compatible with DPDK's dpdk-hugepages.py.

PMDKIT_SYSFS_ROOT (default /sys) and PMDKIT_PROC_ROOT (default /proc) point
the tool at other trees, which the tests use to check it on fake ones.
"""

import argparse
import glob
import os
import re
import subprocess
import sys

SYSFS = os.environ.get("PMDKIT_SYSFS_ROOT", "/sys")
PROC = os.environ.get("PMDKIT_PROC_ROOT", "/proc")
NODES = SYSFS + "/devices/system/node"
GLOBAL_HUGEPAGES = SYSFS + "/kernel/mm/hugepages"
DEFAULT_MOUNT = "/dev/hugepages"
UNITS = "KMG"


class Error(Exception):
    """A failure reported as one line; the tool exits with status 1."""


def fmt_size(kb):
    """kB -> "2Mb", "1Gb", "512Kb" (the unit is the largest that divides)."""
    unit = 0
    while unit < len(UNITS) - 1 and kb >= 1024 ** (unit + 1):
        unit += 1
    return "%d%sb" % (kb // 1024 ** unit, UNITS[unit])


def parse_size(arg, what):
    """"2M", "1G", "512K" or a byte count -> kB."""
    m = re.fullmatch(r"(\d+)([KMG]?)B?", arg.strip().upper())
    if not m:
        raise Error("%s '%s' is not a valid size: use a number with K, M or G "
                    "suffix, e.g. 2M" % (what, arg))
    n = int(m.group(1))
    if not m.group(2):
        return n // 1024
    return n * 1024 ** UNITS.index(m.group(2))


def page_dirs(root):
    """{page size kB: directory} under ROOT (a .../hugepages directory)."""
    out = {}
    for d in glob.glob(root + "/hugepages-*kB"):
        m = re.search(r"hugepages-(\d+)kB$", d)
        if m:
            out[int(m.group(1))] = d
    return out


def nodes():
    """NUMA node numbers with huge page counters, sorted."""
    out = []
    for d in glob.glob(NODES + "/node[0-9]*"):
        if os.path.isdir(d + "/hugepages"):
            out.append(int(os.path.basename(d)[4:]))
    return sorted(out)


def is_numa():
    return os.path.isdir(NODES)


def read_pages(d):
    try:
        with open(d + "/nr_hugepages") as f:
            return int(f.read())
    except (OSError, ValueError) as e:
        raise Error("cannot read %s/nr_hugepages: %s" % (d, e)) from None


def write_pages(d, pages):
    path = d + "/nr_hugepages"
    try:
        with open(path, "w") as f:
            f.write("%d\n" % pages)
    except PermissionError:
        raise Error("Permission denied writing %s: need to be root" % path) from None
    except OSError as e:
        raise Error("cannot write %s: %s" % (path, e.strerror)) from None
    got = read_pages(d)
    if got != pages:
        raise Error("Unable to set pages (%d instead of %d in %s): not enough "
                    "free contiguous memory?" % (got, pages, path))


def default_pagesize():
    try:
        with open(PROC + "/meminfo") as f:
            for line in f:
                if line.startswith("Hugepagesize:"):
                    return int(line.split()[1])
    except OSError:
        pass
    raise Error("no Hugepagesize in %s/meminfo: does this kernel have huge "
                "pages (CONFIG_HUGETLBFS)?" % PROC)


def size_dir(root, kb):
    dirs = page_dirs(root)
    if kb not in dirs:
        raise Error("Invalid page size %s. Valid page sizes: %s" % (
            fmt_size(kb), " ".join(fmt_size(k) for k in sorted(dirs)) or "none"))
    return dirs[kb]


def reserve(pages, kb, node):
    """PAGES pages of KB kB on NODE, or on every node (as DPDK's tool does)
    when none is given on a NUMA system."""
    if node is not None:
        if node not in nodes():
            raise Error("NUMA node %d does not exist (nodes: %s)" % (
                node, " ".join(map(str, nodes())) or "none"))
        targets = [NODES + "/node%d/hugepages" % node]
    elif is_numa() and nodes():
        targets = [NODES + "/node%d/hugepages" % n for n in nodes()]
    else:
        targets = [GLOBAL_HUGEPAGES]
    for t in targets:
        write_pages(size_dir(t, kb), pages)


def clear():
    roots = [NODES + "/node%d/hugepages" % n for n in nodes()] if is_numa() else []
    roots = roots or [GLOBAL_HUGEPAGES]
    for r in roots:
        for d in page_dirs(r).values():
            if read_pages(d):
                write_pages(d, 0)


def mountpoints():
    out = []
    try:
        with open(PROC + "/mounts") as f:
            for line in f:
                fields = line.split()
                if len(fields) >= 3 and fields[2] == "hugetlbfs":
                    out.append(fields[1])
    except OSError as e:
        raise Error("cannot read %s/mounts: %s" % (PROC, e.strerror)) from None
    return out


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       universal_newlines=True)
    if r.returncode != 0:
        raise Error("'%s' failed: %s" % (" ".join(cmd), r.stdout.strip()))


def mount(kb, directory, user, group):
    if directory in mountpoints():
        print(directory, "already mounted")
        return
    if not os.path.isdir(directory):
        try:
            os.makedirs(directory)
        except OSError as e:
            raise Error("cannot create mount point %s: %s" % (directory, e.strerror)) from None
    opts = ["pagesize=%dK" % kb]
    if user:
        opts.append("uid=" + user)
    if group:
        opts.append("gid=" + group)
    run(["mount", "-t", "hugetlbfs", "-o", ",".join(opts), "nodev", directory])


def unmount(directory):
    if directory in mountpoints():
        run(["umount", directory])


def show():
    if is_numa() and nodes():
        print("Node Pages Size Total")
        for n in nodes():
            dirs = page_dirs(NODES + "/node%d/hugepages" % n)
            for kb in sorted(dirs):
                pages = read_pages(dirs[kb])
                if pages:
                    print("%-4d %-5d %-6s %s" % (n, pages, fmt_size(kb), fmt_size(pages * kb)))
    else:
        print("Pages Size Total")
        dirs = page_dirs(GLOBAL_HUGEPAGES)
        for kb in sorted(dirs):
            pages = read_pages(dirs[kb])
            if pages:
                print("%-5d %-6s %s" % (pages, fmt_size(kb), fmt_size(pages * kb)))
    print()
    m = mountpoints()
    print("Hugepages mounted on " + " ".join(m) if m else "Hugepages not mounted")


def main(argv=None):
    p = argparse.ArgumentParser(
        description="Setup huge pages",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="""
Examples:
  %(prog)s -s                     show the current huge page settings
  %(prog)s -p 1G --setup 2G       2 GB of 1 GB pages, mounted on /dev/hugepages
  %(prog)s -p 2M -n 0 -r 512M     256 pages of 2 MB on NUMA node 0
""")
    p.add_argument("--show", "-s", action="store_true",
                   help="print the current huge page configuration")
    p.add_argument("--clear", "-c", action="store_true", help="clear existing huge pages")
    p.add_argument("--mount", "-m", action="store_true",
                   help="mount the huge page filesystem")
    p.add_argument("--unmount", "-u", action="store_true",
                   help="unmount the system huge page directory")
    p.add_argument("--directory", "-d", metavar="DIR", default=DEFAULT_MOUNT,
                   help="mount point (default %s)" % DEFAULT_MOUNT)
    p.add_argument("--user", "-U", metavar="UID", help="owner user of the mount")
    p.add_argument("--group", "-G", metavar="GID", help="owner group of the mount")
    p.add_argument("--node", "-n", help="NUMA node to reserve pages on")
    p.add_argument("--pagesize", "-p", metavar="SIZE", help="huge page size (2M, 1G)")
    p.add_argument("--reserve", "-r", metavar="SIZE",
                   help="reserve huge pages; size in bytes with K, M or G suffix")
    p.add_argument("--setup", metavar="SIZE",
                   help="clear, unmount, reserve SIZE and mount")
    a = p.parse_args(sys.argv[1:] if argv is None else argv)
    if a.setup:
        a.clear = a.unmount = a.mount = True
        a.reserve = a.setup
    if not (a.show or a.mount or a.unmount or a.clear or a.reserve):
        p.error("no action specified (use --show, --setup, --reserve, --clear, "
                "--mount or --unmount)")
    try:
        node = None
        if a.node is not None:
            if not a.node.isdigit():
                raise Error("--node '%s' is not a NUMA node number" % a.node)
            node = int(a.node)
        kb = parse_size(a.pagesize, "page size") if a.pagesize else default_pagesize()
        if a.reserve:
            want = parse_size(a.reserve, "reservation")
            if want % kb:
                raise Error("Huge reservation %dkB is not a multiple of page size "
                            "%dkB" % (want, kb))
        # Check the page size before changing anything.
        if a.reserve or a.pagesize:
            size_dir(GLOBAL_HUGEPAGES, kb)
        if a.clear:
            clear()
        if a.unmount:
            unmount(a.directory)
        if a.reserve:
            reserve(want // kb, kb, node)
        if a.mount:
            mount(kb, a.directory, a.user, a.group)
        if a.show:
            show()
    except Error as e:
        sys.exit("Error: %s" % e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
