/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * PCI devices bound to uio_pci_generic or igb_uio: BARs mapped from sysfs
 * resourceN files, configuration space through sysfs "config", INTx through
 * /dev/uioN. There is no IOMMU mapping: DMA uses physical addresses, so the
 * EAL must run with IOVA as PA (pagemap, root) and a guest with an IOMMU
 * needs iommu=pt.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <rte_interrupts.h>

#include "pci_private.h"

/* N of the uioN directory sysfs lists for the device; -1 if none. */
static int
find_uio_num(const struct rte_pci_device *dev)
{
	char path[PATH_MAX];
	struct dirent *e;
	int num = -1;
	DIR *d;

	snprintf(path, sizeof(path), "%s/%s/uio", rte_pci_get_sysfs_path(),
		dev->name);
	d = opendir(path);
	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL) {
		if (strncmp(e->d_name, "uio", 3) == 0 &&
		    sscanf(e->d_name + 3, "%d", &num) == 1)
			break;
		num = -1;
	}
	closedir(d);
	return num;
}

/* Open /dev/uioN, creating the node from sysfs if devtmpfs lacks it. */
static int
open_uio_dev(int num)
{
	char path[64], devfile[64];
	unsigned int major, minor;
	FILE *f;
	int fd;

	snprintf(path, sizeof(path), "/dev/uio%d", num);
	fd = open(path, O_RDWR | O_CLOEXEC);
	if (fd >= 0 || errno != ENOENT)
		return fd;
	snprintf(devfile, sizeof(devfile), "/sys/class/uio/uio%d/dev", num);
	f = fopen(devfile, "re");
	if (f == NULL)
		return -1;
	if (fscanf(f, "%u:%u", &major, &minor) != 2) {
		fclose(f);
		errno = EINVAL;
		return -1;
	}
	fclose(f);
	if (mknod(path, S_IFCHR | 0600, makedev(major, minor)) != 0)
		return -1;
	return open(path, O_RDWR | O_CLOEXEC);
}

static int
map_bars(struct rte_pci_device *dev)
{
	char path[PATH_MAX];
	void *va;
	int i, fd;

	for (i = 0; i < PCI_MAX_RESOURCE; i++) {
		if (dev->mem_resource[i].len == 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s/resource%d",
			rte_pci_get_sysfs_path(), dev->name, i);
		fd = open(path, O_RDWR | O_CLOEXEC);
		if (fd < 0) {
			PCI_LOG(ERR, "cannot open %s: %s", path, strerror(errno));
			return -1;
		}
		va = mmap(NULL, dev->mem_resource[i].len,
			PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
		close(fd);
		if (va == MAP_FAILED) {
			PCI_LOG(ERR, "cannot mmap %s: %s", path, strerror(errno));
			return -1;
		}
		dev->mem_resource[i].addr = va;
	}
	return 0;
}

static void
unmap_bars(struct rte_pci_device *dev)
{
	int i;

	for (i = 0; i < PCI_MAX_RESOURCE; i++) {
		if (dev->mem_resource[i].addr == NULL)
			continue;
		munmap(dev->mem_resource[i].addr, dev->mem_resource[i].len);
		dev->mem_resource[i].addr = NULL;
	}
}

static void
close_fds(struct pci_device_internal *in)
{
	if (in->uio_fd >= 0)
		close(in->uio_fd);
	if (in->cfg_fd >= 0)
		close(in->cfg_fd);
	in->uio_fd = in->cfg_fd = -1;
	in->uio_num = -1;
}

int
pci_uio_map_resource(struct rte_pci_device *dev)
{
	struct pci_device_internal *in = pci_internal(dev);
	char path[PATH_MAX];
	int num = find_uio_num(dev);

	if (num < 0) {
		PCI_LOG(ERR, "%s is bound to a UIO driver but has no uio device;"
			" rebind it: dpdk-devbind.py -b uio_pci_generic %s",
			dev->name, dev->name);
		return -1;
	}
	in->uio_num = num;
	in->uio_fd = open_uio_dev(num);
	if (in->uio_fd < 0) {
		PCI_LOG(ERR, "cannot open /dev/uio%d for %s: %s", num, dev->name,
			strerror(errno));
		goto fail;
	}
	snprintf(path, sizeof(path), "%s/%s/config", rte_pci_get_sysfs_path(),
		dev->name);
	in->cfg_fd = open(path, O_RDWR | O_CLOEXEC);
	if (in->cfg_fd < 0) {
		PCI_LOG(ERR, "cannot open %s: %s (root needed)", path,
			strerror(errno));
		goto fail;
	}
	dev->intr_handle = rte_intr_instance_alloc(RTE_INTR_INSTANCE_F_PRIVATE);
	if (dev->intr_handle == NULL)
		goto fail;
	/* uio_pci_generic masks INTx with the command register's INTx
	 * disable bit; the EAL unmasks through the config fd (dev_fd). */
	if (rte_intr_fd_set(dev->intr_handle, in->uio_fd) != 0 ||
	    rte_intr_dev_fd_set(dev->intr_handle, in->cfg_fd) != 0 ||
	    rte_intr_type_set(dev->intr_handle,
		    dev->kdrv == RTE_PCI_KDRV_UIO_GENERIC ?
		    RTE_INTR_HANDLE_UIO_INTX : RTE_INTR_HANDLE_UIO) != 0)
		goto fail_intr;
	if (map_bars(dev) != 0)
		goto fail_bars;
	if (rte_pci_set_bus_master(dev, true) != 0) {
		PCI_LOG(ERR, "%s: cannot enable bus mastering", dev->name);
		goto fail_bars;
	}
	PCI_LOG(INFO, "%s mapped through /dev/uio%d", dev->name, num);
	return 0;
fail_bars:
	unmap_bars(dev);
fail_intr:
	rte_intr_instance_free(dev->intr_handle);
	dev->intr_handle = NULL;
fail:
	close_fds(in);
	return -1;
}

void
pci_uio_unmap_resource(struct rte_pci_device *dev)
{
	struct pci_device_internal *in = pci_internal(dev);

	rte_pci_set_bus_master(dev, false);
	unmap_bars(dev);
	rte_intr_instance_free(dev->intr_handle);
	dev->intr_handle = NULL;
	close_fds(in);
}
