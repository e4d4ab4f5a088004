"""Builds fake sysfs/proc trees for the usertools tests, so that the tools'
output and the files they write are checked without touching the host."""
import os


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def read(path):
    with open(path) as f:
        return f.read()


class FakePci:
    """ROOT/sys with PCI devices and drivers; ROOT/modules with modules.alias;
    ROOT/pci.ids."""

    def __init__(self, root):
        self.root = root
        self.sys = os.path.join(root, "sys")
        os.makedirs(self.sys + "/bus/pci/devices")
        os.makedirs(self.sys + "/bus/pci/drivers")
        os.makedirs(self.sys + "/module")
        write(root + "/pci.ids",
              "# fake\n8086  Intel Corporation\n\t100e  82540EM Gigabit Ethernet Controller\n"
              "\t10d3  82574L Gigabit Network Connection\n"
              "\t\t8086 0001  some subsystem\n"
              "1af4  Red Hat, Inc.\n\t1041  Virtio 1.0 network device\n"
              "C 02  Network controller\n")
        write(root + "/modules/modules.alias",
              "alias pci:v00008086d0000100Esv*sd*bc*sc*i* e1000\n"
              "alias pci:v00008086d000010D3sv*sd*bc*sc*i* e1000e\n")
        self.env = dict(os.environ, PMDKIT_SYSFS_ROOT=self.sys,
                        PMDKIT_PCI_IDS=root + "/pci.ids",
                        PMDKIT_MODULES_DIR=root + "/modules")

    def driver(self, name, module=True):
        d = self.sys + "/bus/pci/drivers/" + name
        for f in ("bind", "unbind", "new_id"):
            write(d + "/" + f, "")
        if module:
            os.makedirs(self.sys + "/module/" + name.replace("-", "_"), exist_ok=True)

    def device(self, slot, cls, vendor, device, driver=None, ifname=None, up=False,
               iommu=True):
        d = self.sys + "/bus/pci/devices/" + slot
        write(d + "/class", "0x%s\n" % cls)
        write(d + "/vendor", "0x%s\n" % vendor)
        write(d + "/device", "0x%s\n" % device)
        write(d + "/modalias", "pci:v0000%sd0000%ssv00001AF4sd00001100bc%ssc%si%s\n" % (
            vendor.upper(), device.upper(), cls[0:2].upper(), cls[2:4].upper(),
            cls[4:6].upper()))
        write(d + "/driver_override", "(null)\n")
        if iommu:
            os.makedirs(d + "/iommu_group", exist_ok=True)
        if driver:
            self.driver(driver)
            os.symlink("../../drivers/" + driver, d + "/driver")
        if ifname:
            os.makedirs(d + "/net/" + ifname)
            write(self.sys + "/class/net/%s/flags" % ifname, "0x1003\n" if up else "0x1002\n")
        return d


class FakeHuge:
    """ROOT/sys with NUMA nodes and hugepage counters, ROOT/proc with meminfo
    and mounts."""

    def __init__(self, root, nodes=(0, 1), sizes=(2048, 1048576), numa=True,
                 mounts=""):
        self.sys = os.path.join(root, "sys")
        self.proc = os.path.join(root, "proc")
        for kb in sizes:
            write("%s/kernel/mm/hugepages/hugepages-%dkB/nr_hugepages" % (self.sys, kb), "0\n")
            if numa:
                for n in nodes:
                    write("%s/devices/system/node/node%d/hugepages/hugepages-%dkB/nr_hugepages"
                          % (self.sys, n, kb), "0\n")
        write(self.proc + "/meminfo", "MemTotal: 1000 kB\nHugepagesize:       2048 kB\n")
        write(self.proc + "/mounts", mounts)
        self.env = dict(os.environ, PMDKIT_SYSFS_ROOT=self.sys, PMDKIT_PROC_ROOT=self.proc)

    def pages(self, kb, node=None):
        if node is None:
            p = "%s/kernel/mm/hugepages/hugepages-%dkB/nr_hugepages" % (self.sys, kb)
        else:
            p = "%s/devices/system/node/node%d/hugepages/hugepages-%dkB/nr_hugepages" % (
                self.sys, node, kb)
        return int(read(p))

    def set_pages(self, kb, node, n):
        write("%s/devices/system/node/node%d/hugepages/hugepages-%dkB/nr_hugepages"
              % (self.sys, node, kb), "%d\n" % n)
