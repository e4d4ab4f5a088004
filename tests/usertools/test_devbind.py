#!/usr/bin/env python3
"""usertools/dpdk-devbind.py on the host: option parsing, error messages,
--status formatting on fake sysfs trees and on the real one, and the sysfs
writes of --bind/--unbind on a fake tree (the host's devices are never
touched)."""
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
TOOL = os.path.join(TOP, "usertools", "dpdk-devbind.py")
OLD_NAME = os.path.join(TOP, "usertools", "dpdk_nic_bind.py")
sys.path.insert(0, HERE)
from fakesys import FakePci, read  # noqa: E402

GROUP_TITLES = ["Network", "Baseband", "Crypto", "DMA", "Eventdev", "Mempool",
                "Compress", "Misc (rawdev)", "Regex"]


def run(args, env=None, tool=TOOL):
    return subprocess.run([sys.executable, tool] + args, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True, timeout=30)


class Options(unittest.TestCase):
    def test_no_action(self):
        r = run([])
        self.assertEqual(r.returncode, 1)
        self.assertIn("Error: No action specified for devices", r.stderr)
        self.assertIn("usage:", r.stderr)
        self.assertEqual(r.stdout, "")

    def test_bind_without_devices(self):
        for args in (["-b", "vfio-pci"], ["--bind=vfio-pci"], ["-u"], ["--unbind"]):
            r = run(args)
            self.assertEqual(r.returncode, 1, args)
            self.assertIn("Error: No devices specified.", r.stderr)

    def test_bind_and_unbind_exclusive(self):
        r = run(["-b", "vfio-pci", "-u", "00:01.0"])
        self.assertEqual(r.returncode, 2)
        self.assertIn("not allowed with argument", r.stderr)

    def test_bad_status_group(self):
        r = run(["--status-dev", "gpu"])
        self.assertEqual(r.returncode, 2)
        self.assertIn("invalid choice: 'gpu'", r.stderr)

    def test_help_lists_options(self):
        r = run(["--help"])
        self.assertEqual(r.returncode, 0)
        for opt in ("--status", "--status-dev", "--bind", "--unbind", "--force",
                    "--noiommu-mode"):
            self.assertIn(opt, r.stdout)

    def test_old_name(self):
        self.assertTrue(os.path.islink(OLD_NAME) or os.path.isfile(OLD_NAME))
        r = run([], tool=OLD_NAME)
        self.assertEqual(r.returncode, 1)
        self.assertIn("No action specified", r.stderr)


class FakeTree(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.fake = FakePci(self.tmp.name)

    def tearDown(self):
        self.tmp.cleanup()

    def test_status_empty(self):
        r = run(["--status"], self.fake.env)
        self.assertEqual(r.returncode, 0, r.stderr)
        want = ""
        for t in GROUP_TITLES:
            msg = "No '%s' devices detected" % t
            want += "\n%s\n%s\n" % (msg, "=" * len(msg))
        self.assertEqual(r.stdout, want)

    def test_status_groups(self):
        f = self.fake
        f.device("0000:00:10.0", "020000", "8086", "100e", driver="e1000", ifname="eth0", up=True)
        f.device("0000:00:11.0", "020000", "8086", "10d3", driver="e1000e", ifname="eth1")
        f.device("0000:00:12.0", "020000", "8086", "100e", driver="vfio-pci")
        f.device("0000:00:13.0", "020000", "1af4", "1041")
        f.device("0000:00:01.0", "060000", "8086", "29c0", driver="pcieport")
        f.driver("uio_pci_generic", module=False)    # registered, so loaded
        r = run(["--status-dev", "net"], f.env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, """
Network devices using DPDK-compatible driver
============================================
0000:00:12.0 '82540EM Gigabit Ethernet Controller 100e' drv=vfio-pci unused=e1000,uio_pci_generic

Network devices using kernel driver
===================================
0000:00:10.0 '82540EM Gigabit Ethernet Controller 100e' if=eth0 drv=e1000 unused=vfio-pci,uio_pci_generic *Active*
0000:00:11.0 '82574L Gigabit Network Connection 10d3' if=eth1 drv=e1000e unused=vfio-pci,uio_pci_generic 

Other Network devices
=====================
0000:00:13.0 'Virtio 1.0 network device 1041' unused=vfio-pci,uio_pci_generic
""")

    def test_unknown_device_name(self):
        self.fake.device("0000:00:10.0", "020000", "8086", "100e", driver="e1000")
        r = run(["-u", "00:1f.0"], self.fake.env)
        self.assertEqual(r.returncode, 1)
        self.assertIn("Unknown device: 00:1f.0", r.stderr)

    def test_missing_module_named(self):
        self.fake.device("0000:00:10.0", "020000", "8086", "100e", driver="e1000", ifname="eth0")
        r = run(["-b", "vfio-pci", "00:10.0"], self.fake.env)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stderr.strip(), "Error: Driver 'vfio-pci' is not loaded: module "
                         "vfio-pci is missing. Load it with 'modprobe vfio-pci'")
        self.assertEqual(read(self.fake.sys + "/bus/pci/drivers/e1000/unbind"), "")

    def test_driver_that_is_a_device(self):
        self.fake.device("0000:00:10.0", "020000", "8086", "100e", driver="e1000")
        r = run(["-b", "00:10.0", "00:10.0"], self.fake.env)
        self.assertEqual(r.returncode, 1)
        self.assertIn("does not look like a valid driver", r.stderr)

    def test_active_needs_force(self):
        f = self.fake
        f.device("0000:00:10.0", "020000", "8086", "100e", driver="e1000", ifname="eth0", up=True)
        f.driver("vfio-pci")
        r = run(["-b", "vfio-pci", "eth0"], f.env)
        self.assertEqual(r.returncode, 1)
        self.assertIn("interface eth0 is up", r.stderr)
        self.assertIn("--force", r.stderr)
        self.assertEqual(read(f.sys + "/bus/pci/drivers/e1000/unbind"), "")
        self.assertEqual(read(f.sys + "/bus/pci/drivers/vfio-pci/bind"), "")
        r = run(["-u", "0000:00:10.0"], f.env)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(read(f.sys + "/bus/pci/drivers/e1000/unbind"), "")

    def test_bind_writes_and_reports_refusal(self):
        """On a fake tree the "kernel" never moves the driver link: the tool
        must write unbind, driver_override, bind, clear the override, notice
        that the device did not move, rebind the old driver and fail."""
        f = self.fake
        d = f.device("0000:00:10.0", "020000", "8086", "100e", driver="e1000", ifname="eth0")
        f.driver("vfio-pci")
        r = run(["--force", "-b", "vfio-pci", "eth0"], f.env)
        self.assertEqual(r.returncode, 1)
        self.assertIn("bind failed for 0000:00:10.0 to vfio-pci", r.stderr)
        self.assertEqual(read(f.sys + "/bus/pci/drivers/e1000/unbind"), "0000:00:10.0")
        self.assertEqual(read(f.sys + "/bus/pci/drivers/vfio-pci/bind"), "0000:00:10.0")
        self.assertEqual(read(d + "/driver_override"), "\0")

    def test_vfio_without_iommu_group(self):
        f = self.fake
        f.device("0000:00:10.0", "020000", "8086", "100e", iommu=False)
        f.driver("vfio-pci")
        r = run(["-b", "vfio-pci", "00:10.0"], f.env)
        self.assertEqual(r.returncode, 1)
        self.assertIn("has no IOMMU group", r.stderr)
        self.assertIn("--noiommu-mode", r.stderr)
        self.assertEqual(read(f.sys + "/bus/pci/drivers/vfio-pci/bind"), "")
        # --noiommu-mode without the vfio module, then without its parameter.
        r = run(["--noiommu-mode", "-b", "vfio-pci", "00:10.0"], f.env)
        self.assertEqual(r.returncode, 1)
        self.assertIn("the vfio module is not loaded: load it with 'modprobe vfio'", r.stderr)
        os.makedirs(f.sys + "/module/vfio")
        r = run(["--noiommu-mode", "-b", "vfio-pci", "00:10.0"], f.env)
        self.assertEqual(r.returncode, 1)
        self.assertIn("built without CONFIG_VFIO_NOIOMMU", r.stderr)
        param = f.sys + "/module/vfio/parameters/enable_unsafe_noiommu_mode"
        os.makedirs(os.path.dirname(param))
        with open(param, "w") as p:
            p.write("N\n")
        r = run(["--noiommu-mode", "-b", "vfio-pci", "00:10.0"], f.env)
        self.assertEqual(read(param), "1")
        self.assertEqual(read(f.sys + "/bus/pci/drivers/vfio-pci/bind"), "0000:00:10.0")

    def test_unbind_unbound_is_a_notice(self):
        self.fake.device("0000:00:13.0", "020000", "1af4", "1041")
        r = run(["-u", "00:13.0"], self.fake.env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Notice: 0000:00:13.0 Virtio 1.0 network device  is not currently "
                      "managed by any driver", r.stderr)

    def test_glob(self):
        f = self.fake
        f.device("0000:00:10.0", "020000", "8086", "100e", driver="vfio-pci")
        f.device("0000:00:11.0", "020000", "8086", "100e", driver="vfio-pci")
        r = run(["-u", "00:1*"], f.env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(read(f.sys + "/bus/pci/drivers/vfio-pci/unbind"), "0000:00:11.0")


class Host(unittest.TestCase):
    def test_status_matches_sysfs(self):
        r = run(["--status"])
        self.assertEqual(r.returncode, 0, r.stderr)
        net = [d for d in sorted(os.listdir("/sys/bus/pci/devices"))
               if read("/sys/bus/pci/devices/%s/class" % d).startswith("0x02")]
        listed = [l.split()[0] for l in r.stdout.splitlines() if l.startswith("0000:")
                  and "'" in l and ("if=" in l or "unused=" in l)]
        for d in net:
            self.assertIn(d, listed)
        if not net:
            self.assertIn("\nNo 'Network' devices detected\n", r.stdout)

    @unittest.skipUnless(os.path.exists("/usr/bin/dpdk-devbind.py") and
                         os.path.exists("/usr/bin/lspci"), "DPDK's tool not installed")
    def test_same_as_dpdk(self):
        ours = run(["--status"])
        dpdk = subprocess.run(["/usr/bin/dpdk-devbind.py", "--status"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, universal_newlines=True, timeout=30)
        # "*Active*" differs by design (DPDK: routed; here: interface up).
        self.assertEqual(ours.stdout.replace("*Active*", ""),
                         dpdk.stdout.replace("*Active*", ""))


if __name__ == "__main__":
    unittest.main(verbosity=2)
