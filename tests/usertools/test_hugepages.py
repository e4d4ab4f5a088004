#!/usr/bin/env python3
"""usertools/dpdk-hugepages.py on the host: option parsing, error messages,
--show, and --reserve/--clear per node and page size on fake sysfs trees
(the host's reservations and mounts are only read)."""
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
TOOL = os.path.join(TOP, "usertools", "dpdk-hugepages.py")
sys.path.insert(0, HERE)
from fakesys import FakeHuge  # noqa: E402


def run(args, env=None, tool=TOOL):
    return subprocess.run([sys.executable, tool] + args, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True, timeout=30)


class Options(unittest.TestCase):
    def test_no_action(self):
        r = run([])
        self.assertEqual(r.returncode, 2)
        self.assertIn("error: no action specified", r.stderr)

    def test_bad_sizes(self):
        with tempfile.TemporaryDirectory() as t:
            f = FakeHuge(t)
            for args, msg in (
                    (["-r", "4Q"], "reservation '4Q' is not a valid size"),
                    (["-p", "abc", "-s"], "page size 'abc' is not a valid size"),
                    (["-p", "4M", "-r", "8M"], "Invalid page size 4Mb. Valid page sizes: 2Mb 1Gb"),
                    (["-r", "3M"], "Huge reservation 3072kB is not a multiple of page size 2048kB"),
                    (["-n", "5", "-r", "4M"], "NUMA node 5 does not exist (nodes: 0 1)"),
                    (["-n", "one", "-r", "4M"], "--node 'one' is not a NUMA node number")):
                r = run(args, f.env)
                self.assertEqual(r.returncode, 1, args)
                self.assertIn(msg, r.stderr, args)
                self.assertEqual(f.pages(2048, 0) + f.pages(2048, 1), 0, args)


class FakeTree(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.f = FakeHuge(self.tmp.name,
                          mounts="sysfs /sys sysfs rw 0 0\nnodev /mnt/huge hugetlbfs rw 0 0\n")

    def tearDown(self):
        self.tmp.cleanup()

    def test_show_numa(self):
        self.f.set_pages(2048, 0, 16)
        self.f.set_pages(1048576, 1, 2)
        r = run(["--show"], self.f.env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "Node Pages Size Total\n"
                                   "0    16    2Mb    32Mb\n"
                                   "1    2     1Gb    2Gb\n"
                                   "\nHugepages mounted on /mnt/huge\n")

    def test_show_non_numa_unmounted(self):
        with tempfile.TemporaryDirectory() as t:
            f = FakeHuge(t, numa=False)
            with open(f.sys + "/kernel/mm/hugepages/hugepages-2048kB/nr_hugepages", "w") as p:
                p.write("3\n")
            r = run(["-s"], f.env)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stdout, "Pages Size Total\n3     2Mb    6Mb\n\n"
                                       "Hugepages not mounted\n")

    def test_reserve_per_node_and_size(self):
        f = self.f
        r = run(["-p", "2M", "-n", "1", "-r", "8M"], f.env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual((f.pages(2048, 0), f.pages(2048, 1)), (0, 4))
        r = run(["-p", "1G", "-n", "0", "--reserve", "2G"], f.env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual((f.pages(1048576, 0), f.pages(1048576, 1)), (2, 0))
        self.assertEqual(f.pages(2048, 1), 4)

    def test_reserve_every_node_default_size(self):
        f = self.f
        r = run(["-r", "64M"], f.env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual((f.pages(2048, 0), f.pages(2048, 1)), (32, 32))
        self.assertEqual(f.pages(2048), 0)   # the global counter is not written

    def test_reserve_bytes(self):
        r = run(["-r", str(4 * 1024 * 1024), "-n", "0"], self.f.env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.f.pages(2048, 0), 2)

    def test_clear(self):
        f = self.f
        f.set_pages(2048, 0, 5)
        f.set_pages(2048, 1, 6)
        f.set_pages(1048576, 1, 1)
        r = run(["--clear"], f.env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual([f.pages(kb, n) for kb in (2048, 1048576) for n in (0, 1)], [0, 0, 0, 0])


class Host(unittest.TestCase):
    def test_show(self):
        """--show on the host equals DPDK's tool (when installed) and agrees
        with sysfs."""
        r = run(["--show"])
        self.assertEqual(r.returncode, 0, r.stderr)
        total = 0
        for root, dirs, files in os.walk("/sys/devices/system/node"):
            if "nr_hugepages" in files and "/hugepages/" in root + "/":
                with open(root + "/nr_hugepages") as p:
                    total += int(p.read())
        shown = sum(int(l.split()[-3]) for l in r.stdout.splitlines()[1:] if l and l[0].isdigit())
        self.assertEqual(shown, total)
        if os.path.exists("/usr/bin/dpdk-hugepages.py"):
            dpdk = subprocess.run(["/usr/bin/dpdk-hugepages.py", "--show"], stdout=subprocess.PIPE,
                                  universal_newlines=True, timeout=30)
            self.assertEqual(sorted(r.stdout.splitlines()), sorted(dpdk.stdout.splitlines()))


if __name__ == "__main__":
    unittest.main(verbosity=2)
