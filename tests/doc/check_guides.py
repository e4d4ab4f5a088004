#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""The guides must keep up with the code: every testpmd option, command and
forwarding engine, every devargs key of the ring and pcap PMDs, every PCI
device of the e1000 PMD and every option of the l2fwd/l3fwd examples must
be documented.  Names are read from the sources, so a new option without
documentation fails this test.

usage: check_guides.py <source root>
"""
import os
import re
import sys


def read(root, path):
    with open(os.path.join(root, path), errors="replace") as f:
        return f.read()


def long_options(src):
    """Names of a C 'struct option' table: {"name", ...}."""
    return re.findall(r'\{\s*"([a-z0-9][a-z0-9_-]*)",\s*(?:no|required|optional)_argument', src)


def main():
    root = sys.argv[1]
    missing = []

    def need(doc_path, items, fmt):
        doc = read(root, doc_path)
        for item in items:
            text = fmt(item)
            if text not in doc:
                missing.append("%s: %s" % (doc_path, text))
        return len(items)

    checked = 0
    if os.path.isdir(os.path.join(root, "app/testpmd")):
        params = read(root, "app/testpmd/params.c")
        checked += need("doc/guides/testpmd.md", long_options(params), lambda o: "--" + o)
        table = read(root, "app/testpmd/cmd_table.c")
        cmds = re.findall(r'CMD\("((?:[^"\\]|\\.)*)"', table)
        # the guide escapes '|' inside table cells
        checked += need("doc/guides/testpmd.md", cmds,
                        lambda c: "`%s`" % c.replace("|", "\\|"))
        modes = []
        for f in sorted(os.listdir(os.path.join(root, "app/testpmd"))):
            if f.startswith("fwd_") and f.endswith(".c"):
                modes += re.findall(r'\.name\s*=\s*"([^"]+)"', read(root, "app/testpmd/" + f))
        checked += need("doc/guides/testpmd.md", modes, lambda m: "| `%s` |" % m)
    pcap = "drivers/net/pcap/pcap_devargs.c"
    if os.path.exists(os.path.join(root, pcap)):
        keys = re.search(r'#define KEYS "([^"]+)"', read(root, pcap)).group(1)
        checked += need("doc/guides/nics/pcap.md", [k.strip() for k in keys.split(",")],
                        lambda k: "`%s=" % k)
    ring = "drivers/net/ring/ring_vdev.c"
    if os.path.exists(os.path.join(root, ring)):
        keys = re.findall(r'#define ARG_[A-Z]+ "([a-z_]+)"', read(root, ring))
        keys = [k for k in keys if k != "internal"]  # reserved for rte_eth_from_rings()
        checked += need("doc/guides/nics/ring.md", keys, lambda k: "%s=" % k)
    em = "drivers/net/e1000/em_ethdev.c"
    if os.path.exists(os.path.join(root, em)):
        hw = read(root, "drivers/net/e1000/e1000_hw.h")
        ids = dict(re.findall(r"#define (E1000_DEV_ID_\w+)\s+0x([0-9A-Fa-f]+)", hw))
        used = re.findall(r"RTE_PCI_DEVICE\(E1000_VENDOR_ID, (E1000_DEV_ID_\w+)\)", read(root, em))
        checked += need("doc/guides/nics/e1000.md", [ids[u].lower() for u in used],
                        lambda i: "8086:%s" % i)
    for ex, path in (("l2fwd", "examples/l2fwd/l2fwd.c"), ("l3fwd", "examples/l3fwd/main.c")):
        checked += need("doc/guides/examples.md", long_options(read(root, path)),
                        lambda o: "--" + o)
    for m in missing:
        print("undocumented: " + m)
    print("%d names checked against the guides, %d undocumented" % (checked, len(missing)))
    if missing:
        print("FAIL: document the names above in the guides")
        return 1
    print("check_guides: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
