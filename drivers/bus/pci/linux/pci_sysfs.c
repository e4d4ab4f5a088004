/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Device discovery on Linux: every entry of /sys/bus/pci/devices (or
 * $SYSFS_PCI_DEVICES) becomes an rte_pci_device with its ids, BARs, NUMA
 * node and the kernel driver it is bound to.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_devargs.h>

#include "pci_private.h"

/* linux/ioport.h: the resource is memory space. */
#define IORESOURCE_MEM 0x00000200

int
pci_sysfs_read_ulong(const char *dir, const char *name, unsigned long *val)
{
	char path[PATH_MAX], buf[64], *end;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "re");
	if (f == NULL)
		return -1;
	if (fgets(buf, sizeof(buf), f) == NULL) {
		fclose(f);
		return -1;
	}
	fclose(f);
	errno = 0;
	*val = strtoul(buf, &end, 0);
	if (errno != 0 || end == buf || (*end != '\n' && *end != '\0'))
		return -1;
	return 0;
}

int
pci_sysfs_driver_name(const char *devdir, char *buf, size_t size)
{
	char path[PATH_MAX], target[PATH_MAX];
	const char *base;
	ssize_t n;

	snprintf(path, sizeof(path), "%s/driver", devdir);
	n = readlink(path, target, sizeof(target) - 1);
	if (n < 0) {
		buf[0] = '\0';
		return errno == ENOENT ? 0 : -1;
	}
	target[n] = '\0';
	base = strrchr(target, '/');
	snprintf(buf, size, "%s", base != NULL ? base + 1 : target);
	return 0;
}

static enum rte_pci_kernel_driver
kdrv_from_name(const char *name)
{
	if (name[0] == '\0')
		return RTE_PCI_KDRV_NONE;
	if (strcmp(name, "vfio-pci") == 0)
		return RTE_PCI_KDRV_VFIO;
	if (strcmp(name, "igb_uio") == 0)
		return RTE_PCI_KDRV_IGB_UIO;
	if (strcmp(name, "uio_pci_generic") == 0)
		return RTE_PCI_KDRV_UIO_GENERIC;
	return RTE_PCI_KDRV_UNKNOWN;
}

/* BARs from the "resource" file: one "start end flags" line per region. */
static int
read_resources(const char *devdir, struct rte_pci_device *dev)
{
	char path[PATH_MAX], line[256];
	uint64_t start, end, flags;
	FILE *f;
	int i;

	snprintf(path, sizeof(path), "%s/resource", devdir);
	f = fopen(path, "re");
	if (f == NULL)
		return -1;
	for (i = 0; i < PCI_MAX_RESOURCE; i++) {
		if (fgets(line, sizeof(line), f) == NULL ||
		    sscanf(line, "%" SCNx64 " %" SCNx64 " %" SCNx64,
			    &start, &end, &flags) != 3) {
			fclose(f);
			PCI_LOG(ERR, "%s: malformed line %d", path, i + 1);
			return -1;
		}
		if ((flags & IORESOURCE_MEM) && end > start) {
			dev->mem_resource[i].phys_addr = start;
			dev->mem_resource[i].len = end - start + 1;
		}
	}
	fclose(f);
	return 0;
}

/* Fill a device from its sysfs directory; 0 or -1 (logged). */
static int
read_device(const char *devdir, struct rte_pci_device *dev)
{
	unsigned long v;
	char drv[64];

	if (pci_sysfs_read_ulong(devdir, "vendor", &v) != 0)
		goto bad;
	dev->id.vendor_id = (uint16_t)v;
	if (pci_sysfs_read_ulong(devdir, "device", &v) != 0)
		goto bad;
	dev->id.device_id = (uint16_t)v;
	if (pci_sysfs_read_ulong(devdir, "subsystem_vendor", &v) != 0)
		goto bad;
	dev->id.subsystem_vendor_id = (uint16_t)v;
	if (pci_sysfs_read_ulong(devdir, "subsystem_device", &v) != 0)
		goto bad;
	dev->id.subsystem_device_id = (uint16_t)v;
	if (pci_sysfs_read_ulong(devdir, "class", &v) != 0)
		goto bad;
	dev->id.class_id = (uint32_t)v & 0xffffff;
	dev->max_vfs = 0;
	if (pci_sysfs_read_ulong(devdir, "sriov_numvfs", &v) == 0)
		dev->max_vfs = (uint16_t)v;
	/* numa_node is -1 on machines without NUMA information. */
	dev->device.numa_node = -1;
	if (pci_sysfs_read_ulong(devdir, "numa_node", &v) == 0 &&
	    (long)v >= 0)
		dev->device.numa_node = (int)v;
	if (read_resources(devdir, dev) != 0)
		goto bad;
	if (pci_sysfs_driver_name(devdir, drv, sizeof(drv)) != 0)
		goto bad;
	dev->kdrv = kdrv_from_name(drv);
	return 0;
bad:
	PCI_LOG(ERR, "cannot read the sysfs attributes of %s; skipping it",
		devdir);
	return -1;
}

static struct rte_pci_device *
find_by_addr(const struct rte_pci_addr *addr)
{
	struct rte_pci_device *dev;

	TAILQ_FOREACH(dev, &rte_pci_bus.device_list, next)
		if (rte_pci_addr_cmp(&dev->addr, addr) == 0)
			return dev;
	return NULL;
}

/* Add one device, or refresh one found before that no driver holds. */
static int
scan_one(const char *devdir, const struct rte_pci_addr *addr)
{
	struct pci_device_internal *in;
	struct rte_pci_device *dev;
	char info[128];

	dev = find_by_addr(addr);
	if (dev != NULL) {
		/* A rescan (hot-plug): the kernel driver may have changed. */
		if (dev->driver == NULL && !pci_internal(dev)->mapped)
			(void)read_device(devdir, dev);
		dev->device.devargs = pci_devargs_lookup(addr);
		return 0;
	}
	in = calloc(1, sizeof(*in));
	if (in == NULL)
		return -ENOMEM;
	in->cfg_fd = in->vfio_dev_fd = in->uio_fd = -1;
	in->uio_num = -1;
	dev = &in->dev;
	dev->addr = *addr;
	rte_pci_device_name(addr, dev->name, sizeof(dev->name));
	if (read_device(devdir, dev) != 0) {
		free(in);
		return 0;
	}
	snprintf(info, sizeof(info), "vendor_id=%04x, device_id=%04x",
		dev->id.vendor_id, dev->id.device_id);
	dev->bus_info = strdup(info);
	dev->device.name = dev->name;
	dev->device.bus_info = dev->bus_info;
	dev->device.bus = &rte_pci_bus.bus;
	dev->device.devargs = pci_devargs_lookup(addr);
	pci_insert_device(dev);
	return 0;
}

int
rte_pci_scan(void)
{
	const char *root = rte_pci_get_sysfs_path();
	char devdir[PATH_MAX];
	struct rte_pci_addr addr;
	struct dirent *e;
	DIR *d;

	d = opendir(root);
	if (d == NULL) {
		/* No PCI (containers, some VMs): an empty bus, not an error. */
		PCI_LOG(DEBUG, "cannot open %s: %s", root, strerror(errno));
		return 0;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (rte_pci_addr_parse(e->d_name, &addr) != 0)
			continue;
		snprintf(devdir, sizeof(devdir), "%s/%s", root, e->d_name);
		if (scan_one(devdir, &addr) == -ENOMEM) {
			closedir(d);
			PCI_LOG(ERR, "out of memory while scanning %s", root);
			return -1;
		}
	}
	closedir(d);
	return 0;
}
