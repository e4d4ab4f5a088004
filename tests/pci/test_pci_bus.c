/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * PCI bus on a fake sysfs tree (SYSFS_PCI_DEVICES): scan, id matching,
 * allow/block lists, config space access, bus mastering, hot-plug,
 * cleanup, and the errors for devices no user space driver can reach.
 *
 *   test_pci_bus addr | scan | allow | block
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <rte_eal.h>
#include <rte_dev.h>
#include <rte_errno.h>
#include <rte_pci.h>
#include <rte_bus_pci.h>
#include <bus_driver.h>
#include <bus_pci_driver.h>

static int fails;
#define CHECK(cond, ...) do { \
	if (cond) { printf("ok: "); } else { printf("FAIL: "); fails++; } \
	printf(__VA_ARGS__); printf("\n"); \
} while (0)

static char root[64];

static void
put(const char *dev, const char *file, const char *content)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s/%s", root, dev, file);
	f = fopen(path, "w");
	if (f == NULL) {
		perror(path);
		exit(2);
	}
	fputs(content, f);
	fclose(f);
}

/* One fake device; driver NULL: unbound. */
static void
fake_dev(const char *name, const char *vendor, const char *device,
		const char *driver, const char *numa)
{
	char path[256], target[256];
	unsigned char cfg[256];
	unsigned long v = strtoul(vendor, NULL, 16), d = strtoul(device, NULL, 16);
	int fd;

	snprintf(path, sizeof(path), "%s/%s", root, name);
	mkdir(path, 0755);
	put(name, "vendor", vendor);
	put(name, "device", device);
	put(name, "subsystem_vendor", "0x1af4\n");
	put(name, "subsystem_device", "0x1100\n");
	put(name, "class", "0x020000\n");
	put(name, "numa_node", numa);
	put(name, "resource",
		"0x00000000febc0000 0x00000000febdffff 0x0000000000040200\n"
		"0x0000000000000000 0x0000000000000000 0x0000000000000000\n"
		"0x000000000000c000 0x000000000000c03f 0x0000000000040101\n"
		"0x0000000000000000 0x0000000000000000 0x0000000000000000\n"
		"0x0000000000000000 0x0000000000000000 0x0000000000000000\n"
		"0x0000000000000000 0x0000000000000000 0x0000000000000000\n"
		"0x0000000000000000 0x0000000000000000 0x0000000000000000\n");
	memset(cfg, 0, sizeof(cfg));
	cfg[0] = (unsigned char)v; cfg[1] = (unsigned char)(v >> 8);
	cfg[2] = (unsigned char)d; cfg[3] = (unsigned char)(d >> 8);
	snprintf(path, sizeof(path), "%s/%s/config", root, name);
	fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
	if (fd < 0 || write(fd, cfg, sizeof(cfg)) != (ssize_t)sizeof(cfg))
		exit(2);
	close(fd);
	if (driver != NULL) {
		snprintf(path, sizeof(path), "%s/drivers/%s", root, driver);
		mkdir(path, 0755);
		snprintf(target, sizeof(target), "../drivers/%s", driver);
		snprintf(path, sizeof(path), "%s/%s/driver", root, name);
		if (symlink(target, path) != 0)
			exit(2);
	}
}

static void
make_tree(void)
{
	char path[256];

	snprintf(root, sizeof(root), "/tmp/pmdkit-pci-XXXXXX");
	if (mkdtemp(root) == NULL)
		exit(2);
	snprintf(path, sizeof(path), "%s/drivers", root);
	mkdir(path, 0755);
	/* An 82540EM left on the kernel's e1000 driver. */
	fake_dev("0000:00:03.0", "0x8086\n", "0x100e\n", "e1000", "0\n");
	/* Two devices of the test driver: unbound, and on uio_pci_generic. */
	fake_dev("0000:00:04.0", "0xabcd\n", "0x1234\n", NULL, "-1\n");
	fake_dev("0000:00:05.0", "0xabcd\n", "0x1234\n", "uio_pci_generic", "1\n");
	/* A device of the mapping driver with no driver bound. */
	fake_dev("0000:01:00.0", "0xabcd\n", "0x5678\n", NULL, "0\n");
	/* Noise: not an address, and a device with unreadable attributes. */
	snprintf(path, sizeof(path), "%s/not-a-device", root);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/0000:02:00.0", root);
	mkdir(path, 0755);
}

static void
remove_tree(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf %s", root);
	if (system(cmd) != 0)
		printf("warning: could not remove %s\n", root);
}

/* --- test drivers ------------------------------------------------------- */

static int probed_a, removed_a, probed_map;
static char probed_names[8][PCI_PRI_STR_SIZE + 1];

static int
probe_a(struct rte_pci_driver *drv, struct rte_pci_device *dev)
{
	(void)drv;
	if (probed_a < 8)
		snprintf(probed_names[probed_a], sizeof(probed_names[0]), "%s",
			dev->name);
	probed_a++;
	return 0;
}

static int
remove_a(struct rte_pci_device *dev)
{
	(void)dev;
	removed_a++;
	return 0;
}

static int
probe_map(struct rte_pci_driver *drv, struct rte_pci_device *dev)
{
	(void)drv; (void)dev;
	probed_map++;
	return 0;
}

static const struct rte_pci_id ids_a[] = {
	{ RTE_PCI_DEVICE(0xabcd, 0x1234) }, { .vendor_id = 0 },
};
static const struct rte_pci_id ids_map[] = {
	{ RTE_PCI_DEVICE(0xabcd, 0x5678) }, { .vendor_id = 0 },
};
static struct rte_pci_driver drv_a = {
	.id_table = ids_a, .probe = probe_a, .remove = remove_a,
};
static struct rte_pci_driver drv_map = {
	.id_table = ids_map, .probe = probe_map,
	.drv_flags = RTE_PCI_DRV_NEED_MAPPING,
};
RTE_PMD_REGISTER_PCI(net_pcitest_a, drv_a);
RTE_PMD_REGISTER_PCI(net_pcitest_map, drv_map);

/* --- tests --------------------------------------------------------------- */

static void
test_addr(void)
{
	struct rte_pci_addr a, b;
	char name[PCI_PRI_STR_SIZE];

	CHECK(rte_pci_addr_parse("0000:00:03.0", &a) == 0 && a.domain == 0 &&
		a.bus == 0 && a.devid == 3 && a.function == 0, "parse full");
	CHECK(rte_pci_addr_parse("1f:1c.7", &a) == 0 && a.bus == 0x1f &&
		a.devid == 0x1c && a.function == 7, "parse short");
	CHECK(rte_pci_addr_parse("10000:ff:1f.7", &a) == 0 &&
		a.domain == 0x10000, "parse 5-digit domain");
	CHECK(rte_pci_addr_parse("0000:00:20.0", &a) != 0, "device 0x20 refused");
	CHECK(rte_pci_addr_parse("0000:00:03.8", &a) != 0, "function 8 refused");
	CHECK(rte_pci_addr_parse("0000:00:03", &a) != 0, "no function refused");
	CHECK(rte_pci_addr_parse("0000:00:03.0x", &a) != 0, "trailing junk refused");
	CHECK(rte_pci_addr_parse("net_ring0", &a) != 0, "vdev name refused");
	CHECK(rte_pci_addr_parse("", &a) != 0, "empty refused");
	rte_pci_addr_parse("0000:00:03.0", &a);
	rte_pci_addr_parse("0000:00:04.0", &b);
	CHECK(rte_pci_addr_cmp(&a, &b) < 0 && rte_pci_addr_cmp(&b, &a) > 0 &&
		rte_pci_addr_cmp(&a, &a) == 0, "address order");
	rte_pci_addr_parse("0001:02:03.4", &a);
	rte_pci_device_name(&a, name, sizeof(name));
	CHECK(strcmp(name, "0001:02:03.4") == 0, "device name %s", name);
}

static int
by_name(const struct rte_device *dev, const void *name)
{
	return strcmp(rte_dev_name(dev), name);
}

static struct rte_pci_device *
find(const char *name)
{
	struct rte_bus *bus = rte_bus_find_by_name("pci");
	struct rte_device *dev;

	if (bus == NULL)
		return NULL;
	dev = bus->find_device(NULL, by_name, name);
	return dev != NULL ? RTE_DEV_TO_PCI(dev) : NULL;
}

static int
eal_up(const char *prefix, const char *extra1, const char *extra2)
{
	char *argv[16];
	int argc = 0;

	argv[argc++] = (char *)"test_pci_bus";
	argv[argc++] = (char *)"--no-huge";
	argv[argc++] = (char *)"-m";
	argv[argc++] = (char *)"64";
	argv[argc++] = (char *)"--iova-mode=va";
	argv[argc++] = (char *)"--file-prefix";
	argv[argc++] = (char *)prefix;
	argv[argc++] = (char *)"--log-level=bus.pci:debug";
	if (extra1 != NULL)
		argv[argc++] = (char *)extra1;
	if (extra2 != NULL)
		argv[argc++] = (char *)extra2;
	argv[argc] = NULL;
	setenv("SYSFS_PCI_DEVICES", root, 1);
	if (rte_eal_init(argc, argv) < 0) {
		printf("FAIL: rte_eal_init: %s\n", rte_strerror(rte_errno));
		return -1;
	}
	return 0;
}

static void
test_scan(void)
{
	struct rte_pci_device *d3, *d4, *d5, *d10;
	char buf[8192];
	uint16_t cmd = 0;
	uint32_t id = 0;
	FILE *f;

	if (eal_up("pci_scan", NULL, NULL) != 0)
		return;
	d3 = find("0000:00:03.0");
	d4 = find("0000:00:04.0");
	d5 = find("0000:00:05.0");
	d10 = find("0000:01:00.0");
	CHECK(d3 && d4 && d5 && d10, "4 devices scanned");
	CHECK(find("0000:02:00.0") == NULL, "device without attributes skipped");
	if (!(d3 && d4 && d5 && d10))
		return;
	CHECK(d3->id.vendor_id == 0x8086 && d3->id.device_id == 0x100e &&
		d3->id.subsystem_vendor_id == 0x1af4 &&
		d3->id.class_id == 0x020000, "ids of 0000:00:03.0");
	CHECK(d3->mem_resource[0].phys_addr == 0xfebc0000 &&
		d3->mem_resource[0].len == 0x20000, "BAR0 from resource");
	CHECK(d3->mem_resource[2].len == 0, "I/O BAR2 not a memory resource");
	CHECK(d3->kdrv == RTE_PCI_KDRV_UNKNOWN && d4->kdrv == RTE_PCI_KDRV_NONE &&
		d5->kdrv == RTE_PCI_KDRV_UIO_GENERIC, "kernel drivers");
	CHECK(rte_dev_numa_node(&d3->device) == 0 &&
		rte_dev_numa_node(&d4->device) == -1 &&
		rte_dev_numa_node(&d5->device) == 1, "NUMA nodes 0, -1, 1");
	CHECK(probed_a == 2 && strcmp(probed_names[0], "0000:00:04.0") == 0 &&
		strcmp(probed_names[1], "0000:00:05.0") == 0,
		"driver A probed 00:04.0 and 00:05.0 in order (%d probes)", probed_a);
	CHECK(probed_map == 0 && !rte_dev_is_probed(&d10->device),
		"mapping driver not called for an unbound device");
	CHECK(!rte_dev_is_probed(&d3->device),
		"em left the kernel-bound 82540EM alone");
	CHECK(rte_bus_get_iommu_class() == RTE_IOVA_PA,
		"uio_pci_generic device needs IOVA as PA");
	CHECK(rte_pci_read_config(d4, &id, 4, 0) == 4 && id == 0x1234abcd,
		"config space read: %08x", id);
	CHECK(rte_pci_set_bus_master(d4, true) == 0 &&
		rte_pci_read_config(d4, &cmd, 2, RTE_PCI_COMMAND) == 2 &&
		(cmd & RTE_PCI_COMMAND_MASTER), "bus master bit set in config");
	f = fmemopen(buf, sizeof(buf), "w");
	rte_pci_dump(f);
	fclose(f);
	CHECK(strstr(buf, "0000:00:04.0 - vendor:abcd device:1234") != NULL &&
		strstr(buf, "0000:01:00.0") != NULL, "rte_pci_dump lists devices");
	/* Hot-unplug and hot-plug through the generic device API. */
	CHECK(rte_eal_hotplug_remove("pci", "0000:00:04.0") == 0 &&
		removed_a == 1 && find("0000:00:04.0") == NULL,
		"hot-unplug 00:04.0 (remove called, device gone)");
	CHECK(rte_dev_probe("0000:00:04.0") == 0 && probed_a == 3 &&
		find("0000:00:04.0") != NULL, "hot-plug 00:04.0 again");
	CHECK(rte_dev_probe("0000:01:00.0") < 0 && probed_map == 0,
		"hot-plug of an unbound device fails cleanly");
	CHECK(rte_eal_cleanup() == 0 && removed_a == 3,
		"cleanup removed both probed devices (%d removes)", removed_a);
}

static void
test_allow(void)
{
	if (eal_up("pci_allow", "-a", "0000:00:05.0") != 0)
		return;
	CHECK(probed_a == 1 && strcmp(probed_names[0], "0000:00:05.0") == 0,
		"allow list: only 00:05.0 probed (%d probes)", probed_a);
	CHECK(rte_eal_cleanup() == 0 && removed_a == 1, "cleanup");
}

static void
test_block(void)
{
	if (eal_up("pci_block", "-b", "0000:00:05.0") != 0)
		return;
	CHECK(probed_a == 1 && strcmp(probed_names[0], "0000:00:04.0") == 0,
		"block list: only 00:04.0 probed (%d probes)", probed_a);
	CHECK(rte_bus_get_iommu_class() == RTE_IOVA_DC,
		"blocked UIO device does not force PA");
	CHECK(rte_eal_cleanup() == 0 && removed_a == 1, "cleanup");
}

int
main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";

	if (strcmp(what, "addr") == 0) {
		test_addr();
	} else {
		make_tree();
		if (strcmp(what, "scan") == 0)
			test_scan();
		else if (strcmp(what, "allow") == 0)
			test_allow();
		else if (strcmp(what, "block") == 0)
			test_block();
		else {
			fprintf(stderr, "usage: test_pci_bus addr|scan|allow|block\n");
			remove_tree();
			return 2;
		}
		remove_tree();
	}
	printf("%s: %d failure(s)\n", what, fails);
	return fails == 0 ? 0 : 1;
}
