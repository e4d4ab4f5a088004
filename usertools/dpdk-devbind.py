#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Show PCI devices by the driver they use and move them between kernel
drivers and the drivers a DPDK application uses (vfio-pci, uio_pci_generic,
igb_uio).  Command-line compatible with DPDK's dpdk-devbind.py; reads sysfs
directly (no lspci needed).

PMDKIT_SYSFS_ROOT (default /sys) points the tool at another sysfs tree and
PMDKIT_PCI_IDS at another pci.ids file, which the tests use to check it on
fake devices, as PMDKIT_MODULES_DIR does for /lib/modules/$(uname -r).
"""

import argparse
import fnmatch
import glob
import os
import platform
import sys

SYSFS = os.environ.get("PMDKIT_SYSFS_ROOT", "/sys")
PCI_DEVICES = SYSFS + "/bus/pci/devices"
PCI_DRIVERS = SYSFS + "/bus/pci/drivers"
PCI_IDS = ([os.environ["PMDKIT_PCI_IDS"]] if "PMDKIT_PCI_IDS" in os.environ else
           ["/usr/share/misc/pci.ids", "/usr/share/hwdata/pci.ids",
            "/usr/share/pci.ids"])

# Drivers that hand a device to a userspace (DPDK) driver.
DPDK_DRIVERS = ["igb_uio", "vfio-pci", "uio_pci_generic"]
# The module that provides each of them (as modprobe spells it).
DRIVER_MODULE = {"igb_uio": "igb_uio", "vfio-pci": "vfio-pci",
                 "uio_pci_generic": "uio_pci_generic"}

IFF_UP = 0x1

# Device groups of --status-dev: (title, [(class prefix, vendor, devices)]).
# None matches anything; devices is a set of 4-digit hex ids.
GROUPS = {
    "net": ("Network", [("02", None, None), ("08", "177d", {"a0dd", "a049"}),
                        ("05", "1af4", {"1110"}), ("12", "8086", {"0b30"})]),
    "baseband": ("Baseband", [("12", None, None)]),
    "crypto": ("Crypto", [("10", None, None), ("0b", "8086", None)]),
    "dma": ("DMA", [("08", "177d", {"a081"}), ("08", "19e5", {"a122"}),
                    ("08", "8086", {"0b25", "2021", "0b00", "6f20", "6f21",
                                    "6f22", "6f23", "6f24", "6f25", "6f26",
                                    "6f27", "6f2e", "6f2f"})]),
    "event": ("Eventdev", [("08", "177d", {"a04b", "a04d", "a051", "a0f9",
                                           "a0fa"}),
                           ("0b", "8086", {"270b", "2710", "2714"})]),
    "mempool": ("Mempool", [("08", "177d", {"a053", "a0fb", "a0fc"})]),
    "compress": ("Compress", [("12", "177d", {"a037"})]),
    "regex": ("Regex", [("08", "177d", {"a0f4"})]),
    "misc": ("Misc (rawdev)", [("08", "177d", {"a089", "a059", "a060",
                                               "a0f0", "a0f1"}),
                               ("06", "8086", {"201c", "347e"}),
                               ("01", "1af4", {"1001", "1042"})]),
}
GROUP_ORDER = ["net", "baseband", "crypto", "dma", "event", "mempool",
               "compress", "misc", "regex"]


class Error(Exception):
    """A failure reported as one line; the tool exits with status 1."""


def read(path, default=""):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return default


def write(path, value):
    """Write a sysfs attribute; errors name the file and the reason."""
    try:
        with open(path, "w") as f:
            f.write(value)
    except OSError as e:
        raise Error("cannot write '%s' to %s: %s" % (value.strip("\0\n"), path,
                                                     e.strerror)) from None


class PciIds:
    """Vendor and device names from the pci.ids database, when installed."""

    def __init__(self):
        self.names = None

    def _load(self):
        self.names = {}
        path = next((p for p in PCI_IDS if os.path.exists(p)), None)
        if path is None:
            return
        vendor = None
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("C "):
                    break           # the class list follows the vendors
                if not line.strip() or line.startswith("#"):
                    continue
                if line[0] != "\t":
                    vendor = line[:4]
                    self.names[vendor] = line[4:].strip()
                elif line[1] != "\t" and vendor:
                    self.names[vendor + ":" + line[1:5]] = line[5:].strip()

    def device(self, vendor, device):
        if self.names is None:
            self._load()
        return self.names.get(vendor + ":" + device, "Device " + device)


PCIIDS = PciIds()


class Device:
    """One PCI function, read from sysfs."""

    def __init__(self, slot):
        self.slot = slot
        base = os.path.join(PCI_DEVICES, slot)
        self.base = base
        self.cls = read(base + "/class")[2:]        # "0x020000" -> "020000"
        self.vendor = read(base + "/vendor")[2:]
        self.device = read(base + "/device")[2:]
        self.modalias = read(base + "/modalias")
        drv = os.path.join(base, "driver")
        self.driver = os.path.basename(os.readlink(drv)) if os.path.islink(drv) else ""
        # Interfaces sit in net/ or, behind a transport (virtio), in */net/.
        self.interfaces = sorted(os.path.basename(n) for n in
                                 glob.glob(base + "/net/*") + glob.glob(base + "/*/net/*"))
        self.iommu_group = os.path.exists(base + "/iommu_group")

    def name(self):
        return PCIIDS.device(self.vendor, self.device)

    def active(self):
        """An interface of it is administratively up (IFF_UP)."""
        for i in self.interfaces:
            flags = read("%s/class/net/%s/flags" % (SYSFS, i), "0")
            try:
                if int(flags, 16) & IFF_UP:
                    return True
            except ValueError:
                pass
        return False

    def in_group(self, group):
        for cls, vendor, devices in GROUPS[group][1]:
            if self.cls[:2] != cls:
                continue
            if vendor is not None and self.vendor != vendor:
                continue
            if devices is not None and self.device not in devices:
                continue
            return True
        return False


def read_devices():
    if not os.path.isdir(PCI_DEVICES):
        raise Error("%s does not exist: is sysfs mounted?" % PCI_DEVICES)
    return {s: Device(s) for s in sorted(os.listdir(PCI_DEVICES))}


def modules_dir():
    return os.environ.get("PMDKIT_MODULES_DIR",
                          "/lib/modules/" + platform.uname().release)


def module_loaded(module):
    """The module is loaded or built in (its /sys/module directory exists,
    which is also true for built-in drivers with parameters), or a PCI
    driver of that name is registered."""
    mod = module.replace("-", "_")
    if os.path.isdir(os.path.join(SYSFS, "module", mod)):
        return True
    if os.path.isdir(os.path.join(PCI_DRIVERS, module)):
        return True
    builtin = modules_dir() + "/modules.builtin"
    for line in read(builtin).splitlines():
        if os.path.basename(line)[:-3].replace("-", "_") == mod:
            return True
    return False


def loaded_dpdk_drivers():
    return [d for d in DPDK_DRIVERS if module_loaded(d)]


class ModAliases:
    """Kernel modules that claim a device, from modules.alias (what lspci -k
    prints as "Kernel modules")."""

    def __init__(self):
        self.aliases = None

    def modules_for(self, modalias):
        if self.aliases is None:
            self.aliases = []
            path = modules_dir() + "/modules.alias"
            for line in read(path).splitlines():
                f = line.split()
                if len(f) == 3 and f[0] == "alias" and f[1].startswith("pci:"):
                    self.aliases.append((f[1], f[2]))
        if not modalias:
            return []
        mods = []
        for pattern, mod in self.aliases:
            if fnmatch.fnmatchcase(modalias, pattern) and mod not in mods:
                mods.append(mod)
        return mods


MODALIASES = ModAliases()


def unused_modules(dev, dpdk_loaded):
    """Drivers that could take the device but do not have it."""
    mods = MODALIASES.modules_for(dev.modalias) + dpdk_loaded
    out = []
    for m in mods:
        if m.replace("-", "_") != dev.driver.replace("-", "_") and m not in out:
            out.append(m)
    return ",".join(out)


# ---- --status -----------------------------------------------------------

def show_group(title, lines):
    print("\n" + title)
    print("=" * len(title))
    print("\n".join(sorted(lines)) if lines else "<none>")


def show_status(devices, groups):
    dpdk_loaded = loaded_dpdk_drivers()
    for g in groups:
        name = GROUPS[g][0]
        dpdk, kernel, none = [], [], []
        for d in devices.values():
            if not d.in_group(g):
                continue
            head = "%s '%s %s'" % (d.slot, d.name(), d.device)
            unused = "unused=" + unused_modules(d, dpdk_loaded)
            if not d.driver:
                none.append("%s %s" % (head, unused))
            elif d.driver in DPDK_DRIVERS:
                dpdk.append("%s drv=%s %s" % (head, d.driver, unused))
            else:
                ifs = "if=%s " % ",".join(d.interfaces) if g == "net" else ""
                act = "*Active*" if d.active() else ""
                kernel.append("%s %sdrv=%s %s %s" % (head, ifs, d.driver, unused, act))
        if not (dpdk or kernel or none):
            msg = "No '%s' devices detected" % name
            print("\n" + msg)
            print("=" * len(msg))
            continue
        if dpdk:
            show_group("%s devices using DPDK-compatible driver" % name, dpdk)
        if kernel:
            show_group("%s devices using kernel driver" % name, kernel)
        if none:
            show_group("Other %s devices" % name, none)


# ---- --bind / --unbind --------------------------------------------------

def resolve(devices, names):
    """PCI addresses for the user's device names: full or short (bus:slot.func)
    addresses, shell globs of them, or kernel interface names."""
    out = []
    for n in names:
        found = []
        for pat in (n, "0000:" + n):
            found = sorted(s for s in devices if fnmatch.fnmatchcase(s, pat))
            if found:
                break
        if not found:
            found = [s for s, d in devices.items() if n in d.interfaces]
        if not found:
            raise Error("Unknown device: %s. Please specify device in "
                        "\"bus:slot.func\" format (or an interface name)" % n)
        out += [s for s in found if s not in out]
    return out


def unbind_one(dev, force):
    if not dev.driver:
        print("Notice: %s %s %s is not currently managed by any driver"
              % (dev.slot, dev.name(), ",".join(dev.interfaces)), file=sys.stderr)
        return
    if dev.active() and not force:
        raise Error("%s: interface %s is up (in use by Linux); not unbinding it. "
                    "Take it down (ip link set %s down) or use --force"
                    % (dev.slot, ",".join(dev.interfaces), dev.interfaces[0]))
    write("%s/%s/unbind" % (PCI_DRIVERS, dev.driver), dev.slot)
    dev.driver = ""


def enable_noiommu():
    """VFIO's unsafe no-IOMMU mode: needed to give vfio-pci a device that
    has no IOMMU group (no IOMMU, or IOMMU off)."""
    param = SYSFS + "/module/vfio/parameters/enable_unsafe_noiommu_mode"
    if not os.path.isdir(SYSFS + "/module/vfio"):
        raise Error("--noiommu-mode: the vfio module is not loaded: load it with "
                    "'modprobe vfio'")
    if not os.path.exists(param):
        raise Error("--noiommu-mode: this kernel's vfio has no no-IOMMU mode "
                    "(built without CONFIG_VFIO_NOIOMMU, no %s): use "
                    "uio_pci_generic or enable an IOMMU" % param)
    if read(param) not in ("Y", "1"):
        write(param, "1")
        print("Warning: enabled VFIO's unsafe no-IOMMU mode "
              "(DMA is not isolated)", file=sys.stderr)


def bind_one(dev, driver, force, noiommu):
    if dev.driver == driver:
        print("Notice: %s already bound to driver %s, skipping"
              % (dev.slot, driver), file=sys.stderr)
        return
    if dev.active() and not force:
        raise Error("%s: interface %s is up (in use by Linux); not binding it "
                    "to %s. Take it down (ip link set %s down) or use --force"
                    % (dev.slot, ",".join(dev.interfaces), driver, dev.interfaces[0]))
    if driver == "vfio-pci" and not dev.iommu_group:
        if noiommu:
            enable_noiommu()
        elif not os.path.exists(SYSFS + "/module/vfio/parameters/"
                                "enable_unsafe_noiommu_mode") or \
                read(SYSFS + "/module/vfio/parameters/enable_unsafe_noiommu_mode") \
                not in ("Y", "1"):
            raise Error("%s has no IOMMU group, vfio-pci cannot take it: enable "
                        "the IOMMU (e.g. intel_iommu=on) or use --noiommu-mode"
                        % dev.slot)
    previous = dev.driver
    if previous:
        unbind_one(dev, force)
    override = dev.base + "/driver_override"
    # driver_override makes the kernel match exactly this driver to this
    # device, so that no other device with the same id changes hands.
    if os.path.exists(override):
        write(override, driver)
    else:
        write("%s/%s/new_id" % (PCI_DRIVERS, driver), "%s %s" % (dev.vendor, dev.device))
    err = None
    try:
        write("%s/%s/bind" % (PCI_DRIVERS, driver), dev.slot)
    except Error as e:
        err = e
    if os.path.exists(override):
        # Cleared, so that a later unbind/probe may pick any driver again.
        write(override, "\0")
    dev.__init__(dev.slot)
    if dev.driver != driver:
        why = str(err) if err else "the driver did not take it"
        if previous and not dev.driver:
            try:
                write("%s/%s/bind" % (PCI_DRIVERS, previous), dev.slot)
            except Error:
                pass
        raise Error("bind failed for %s to %s: %s (see dmesg)" % (dev.slot, driver, why))


def bind_all(devices, names, driver, force, noiommu):
    if driver in devices or "0000:" + driver in devices or \
            any(driver in d.interfaces for d in devices.values()):
        raise Error("Driver '%s' does not look like a valid driver. Did you "
                    "forget to specify the driver to bind devices to?" % driver)
    if not module_loaded(driver):
        mod = DRIVER_MODULE.get(driver, driver)
        raise Error("Driver '%s' is not loaded: module %s is missing. Load it "
                    "with 'modprobe %s'" % (driver, mod, mod))
    failed = 0
    for slot in resolve(devices, names):
        try:
            bind_one(devices[slot], driver, force, noiommu)
        except Error as e:
            print("Error: %s" % e, file=sys.stderr)
            failed += 1
    return failed


def unbind_all(devices, names, force):
    if names == ["dpdk"]:
        slots = [s for s, d in devices.items() if d.driver in DPDK_DRIVERS]
    else:
        slots = resolve(devices, names)
    failed = 0
    for slot in slots:
        try:
            unbind_one(devices[slot], force)
        except Error as e:
            print("Error: %s" % e, file=sys.stderr)
            failed += 1
    return failed


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Utility to bind and unbind devices from Linux kernel",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="""
Examples:
  %(prog)s --status                      show all devices by driver
  %(prog)s --status-dev net              network devices only
  %(prog)s --bind=vfio-pci eth1          move eth1's device to vfio-pci
  %(prog)s -u 0000:01:00.0               unbind a device from its driver
  %(prog)s -b e1000 02:00.0 02:00.1      give two devices to a kernel driver
  %(prog)s --noiommu-mode -b vfio-pci 02:00.0   vfio-pci without an IOMMU
""")
    p.add_argument("-s", "--status", action="store_true",
                   help="print the current status of all known devices")
    p.add_argument("--status-dev", choices=sorted(GROUPS),
                   help="print the status of one device group")
    g = p.add_mutually_exclusive_group()
    g.add_argument("-b", "--bind", metavar="DRIVER",
                   help='the driver to bind to, or "none" to unbind')
    g.add_argument("-u", "--unbind", action="store_true",
                   help='unbind the devices (same as "-b none")')
    p.add_argument("--force", action="store_true",
                   help="also take devices whose interface is up (in use by "
                        "Linux): this can cut your network connection")
    p.add_argument("--noiommu-mode", action="store_true",
                   help="when a device has no IOMMU group, enable VFIO's unsafe "
                        "no-IOMMU mode to bind it to vfio-pci")
    p.add_argument("devices", metavar="DEVICE", nargs="*",
                   help='PCI "domain:bus:slot.func" or "bus:slot.func" (globs '
                        'allowed), or a kernel interface name')
    opt = p.parse_args(argv)
    driver = "none" if opt.unbind else opt.bind
    status = "all" if opt.status else opt.status_dev
    if driver is None and status is None:
        print("Error: No action specified for devices. Please give a --bind, "
              "--unbind or --status option", file=sys.stderr)
        p.print_usage(sys.stderr)
        sys.exit(1)
    if driver is not None and not opt.devices:
        print("Error: No devices specified.", file=sys.stderr)
        p.print_usage(sys.stderr)
        sys.exit(1)
    return opt, driver, status


def main(argv=None):
    opt, driver, status = parse_args(sys.argv[1:] if argv is None else argv)
    failed = 0
    try:
        devices = read_devices()
        if driver is not None:
            if os.geteuid() != 0 and SYSFS == "/sys":
                raise Error("binding devices needs root: run it with sudo")
            if driver in ("none", "None"):
                failed = unbind_all(devices, opt.devices, opt.force)
            else:
                failed = bind_all(devices, opt.devices, driver, opt.force,
                                  opt.noiommu_mode)
            devices = read_devices()
        if status is not None:
            show_status(devices, GROUP_ORDER if status == "all" else [status])
    except Error as e:
        sys.exit("Error: %s" % e)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
