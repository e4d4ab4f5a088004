/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * PCI devices bound to vfio-pci: BARs mapped through the VFIO region info,
 * configuration space through the config region, interrupts through an
 * eventfd that the EAL's interrupt code attaches with VFIO_DEVICE_SET_IRQS.
 * Container, group and DMA mappings are the EAL's (eal_vfio.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>

#include <rte_eal.h>
#include <rte_interrupts.h>
#include <rte_vfio.h>

#include "pci_private.h"

static int
region_info(int fd, uint32_t index, struct vfio_region_info *info)
{
	memset(info, 0, sizeof(*info));
	info->argsz = sizeof(*info);
	info->index = index;
	return ioctl(fd, VFIO_DEVICE_GET_REGION_INFO, info);
}

int
pci_vfio_read_config(const struct rte_pci_device *dev, void *buf, size_t len,
		off_t offs)
{
	const struct pci_device_internal *in = pci_internal(dev);
	ssize_t n = pread(in->vfio_dev_fd, buf, len,
		(off_t)in->vfio_cfg_offset + offs);

	return n < 0 ? -errno : (int)n;
}

int
pci_vfio_write_config(const struct rte_pci_device *dev, const void *buf,
		size_t len, off_t offs)
{
	const struct pci_device_internal *in = pci_internal(dev);
	ssize_t n = pwrite(in->vfio_dev_fd, buf, len,
		(off_t)in->vfio_cfg_offset + offs);

	return n < 0 ? -errno : (int)n;
}

static int
group_num_of(const struct rte_pci_device *dev, int *num)
{
	return rte_vfio_get_group_num(rte_pci_get_sysfs_path(), dev->name, num);
}

bool
pci_vfio_device_has_iommu(const struct rte_pci_device *dev)
{
	char path[64];
	int num;

	if (group_num_of(dev, &num) != 1)
		return false;
	/* In no-IOMMU mode the group node is /dev/vfio/noiommu-N. */
	snprintf(path, sizeof(path), VFIO_GROUP_FMT, num);
	return access(path, F_OK) == 0;
}

uint64_t
pci_vfio_iova_limit(const struct rte_pci_device *dev)
{
	uint64_t last;
	int num;

	if (group_num_of(dev, &num) != 1 ||
	    rte_vfio_get_iova_limit(num, &last) != 0)
		return 0;
	return last;
}

/* mmap each memory BAR vfio-pci lets us map. */
static void
map_bars(struct rte_pci_device *dev, int fd)
{
	struct vfio_region_info reg;
	void *va;
	int i;

	for (i = 0; i < PCI_MAX_RESOURCE; i++) {
		/* I/O port BARs have no mem_resource (see the scan). */
		if (dev->mem_resource[i].len == 0)
			continue;
		if (region_info(fd, VFIO_PCI_BAR0_REGION_INDEX + (uint32_t)i,
				&reg) != 0 || reg.size == 0)
			continue;
		if (!(reg.flags & VFIO_REGION_INFO_FLAG_MMAP)) {
			PCI_LOG(WARNING, "%s: BAR%d cannot be mmapped through VFIO;"
				" left unmapped", dev->name, i);
			continue;
		}
		va = mmap(NULL, reg.size, PROT_READ | PROT_WRITE, MAP_SHARED,
			fd, (off_t)reg.offset);
		if (va == MAP_FAILED) {
			/* Not fatal here: a driver that needs this BAR says so
			 * when it finds mem_resource[i].addr NULL. */
			PCI_LOG(WARNING, "%s: cannot mmap BAR%d (%" PRIu64
				" bytes): %s; left unmapped", dev->name, i,
				(uint64_t)reg.size, strerror(errno));
			continue;
		}
		dev->mem_resource[i].addr = va;
		dev->mem_resource[i].len = reg.size;
	}
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

/* Interrupt count of a VFIO irq index (0 if none or on error). */
static uint32_t
irq_count(int fd, uint32_t index)
{
	struct vfio_irq_info irq = { .argsz = sizeof(irq), .index = index };

	if (ioctl(fd, VFIO_DEVICE_GET_IRQ_INFO, &irq) != 0)
		return 0;
	return irq.count;
}

/*
 * Pick the interrupt type: what --vfio-intr asked for, else the best the
 * device has (MSI-X, MSI, INTx), and give the handle an eventfd for it.
 */
static int
setup_intr(struct rte_pci_device *dev, int fd)
{
	static const struct {
		uint32_t index;
		enum rte_intr_mode mode;
		enum rte_intr_handle_type type;
	} kinds[] = {
		{ VFIO_PCI_MSIX_IRQ_INDEX, RTE_INTR_MODE_MSIX, RTE_INTR_HANDLE_VFIO_MSIX },
		{ VFIO_PCI_MSI_IRQ_INDEX, RTE_INTR_MODE_MSI, RTE_INTR_HANDLE_VFIO_MSI },
		{ VFIO_PCI_INTX_IRQ_INDEX, RTE_INTR_MODE_LEGACY, RTE_INTR_HANDLE_VFIO_LEGACY },
	};
	enum rte_intr_mode want = rte_eal_vfio_intr_mode();
	struct rte_intr_handle *h = dev->intr_handle;
	uint32_t count;
	size_t i;
	int efd;

	for (i = 0; i < RTE_DIM(kinds); i++) {
		if (want != RTE_INTR_MODE_NONE && want != kinds[i].mode)
			continue;
		count = irq_count(fd, kinds[i].index);
		if (count == 0)
			continue;
		efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
		if (efd < 0) {
			PCI_LOG(ERR, "eventfd: %s", strerror(errno));
			return -1;
		}
		if (rte_intr_fd_set(h, efd) != 0 ||
		    rte_intr_dev_fd_set(h, fd) != 0 ||
		    rte_intr_type_set(h, kinds[i].type) != 0) {
			close(efd);
			return -1;
		}
		if (kinds[i].type == RTE_INTR_HANDLE_VFIO_MSIX)
			pci_internal(dev)->nb_msix = (int)count;
		return 0;
	}
	PCI_LOG(WARNING, "%s: no usable VFIO interrupt%s; interrupts disabled",
		dev->name, want != RTE_INTR_MODE_NONE ? " of the --vfio-intr type" : "");
	return 0;
}

int
pci_vfio_map_resource(struct rte_pci_device *dev)
{
	struct pci_device_internal *in = pci_internal(dev);
	struct vfio_device_info info = { .argsz = sizeof(info) };
	struct vfio_region_info reg;
	int fd, ret;

	ret = rte_vfio_setup_device(rte_pci_get_sysfs_path(), dev->name, &fd,
		&info);
	if (ret != 0)
		return -1;
	if (region_info(fd, VFIO_PCI_CONFIG_REGION_INDEX, &reg) != 0) {
		PCI_LOG(ERR, "%s: no VFIO config region: %s", dev->name,
			strerror(errno));
		goto fail_fd;
	}
	in->vfio_dev_fd = fd;
	in->vfio_cfg_offset = reg.offset;
	dev->intr_handle = rte_intr_instance_alloc(RTE_INTR_INSTANCE_F_PRIVATE);
	if (dev->intr_handle == NULL)
		goto fail_fd;
	map_bars(dev, fd);
	if (setup_intr(dev, fd) != 0)
		goto fail_all;
	/* The device must master the bus to DMA (PCI 3.0, 6.2.2). */
	if (rte_pci_set_bus_master(dev, true) != 0) {
		PCI_LOG(ERR, "%s: cannot enable bus mastering", dev->name);
		goto fail_all;
	}
	PCI_LOG(INFO, "%s mapped through VFIO (%s)", dev->name,
		pci_vfio_device_has_iommu(dev) ? "IOMMU" : "no-IOMMU");
	return 0;
fail_all:
	unmap_bars(dev);
	if (rte_intr_fd_get(dev->intr_handle) >= 0)
		close(rte_intr_fd_get(dev->intr_handle));
	rte_intr_instance_free(dev->intr_handle);
	dev->intr_handle = NULL;
fail_fd:
	in->vfio_dev_fd = -1;
	rte_vfio_release_device(rte_pci_get_sysfs_path(), dev->name, fd);
	return -1;
}

void
pci_vfio_unmap_resource(struct rte_pci_device *dev)
{
	struct pci_device_internal *in = pci_internal(dev);
	int fd = in->vfio_dev_fd;

	if (fd < 0)
		return;
	rte_pci_set_bus_master(dev, false);
	/* Leave the device quiet: a reset stops any DMA still set up. */
	ioctl(fd, VFIO_DEVICE_RESET);
	unmap_bars(dev);
	if (dev->intr_handle != NULL) {
		if (rte_intr_fd_get(dev->intr_handle) >= 0)
			close(rte_intr_fd_get(dev->intr_handle));
		rte_intr_instance_free(dev->intr_handle);
		dev->intr_handle = NULL;
	}
	in->vfio_dev_fd = -1;
	rte_vfio_release_device(rte_pci_get_sysfs_path(), dev->name, fd);
}
