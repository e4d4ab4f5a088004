/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The PCI bus: driver registration, id matching, allow/block lists, probe,
 * hot-plug and cleanup. How devices are found and accessed is in linux/.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_log.h>
#include <rte_errno.h>
#include <rte_eal.h>
#include <rte_devargs.h>
#include <rte_vfio.h>

#include "pci_private.h"

RTE_LOG_REGISTER(pci_bus_logtype, bus.pci, NOTICE);

const char *
rte_pci_get_sysfs_path(void)
{
	const char *path = getenv("SYSFS_PCI_DEVICES");

	return path != NULL ? path : "/sys/bus/pci/devices";
}

void
rte_pci_register(struct rte_pci_driver *driver)
{
	TAILQ_INSERT_TAIL(&rte_pci_bus.driver_list, driver, next);
}

void
rte_pci_unregister(struct rte_pci_driver *driver)
{
	TAILQ_REMOVE(&rte_pci_bus.driver_list, driver, next);
}

/* An id field matches if the table says "any" or the values are equal. */
static bool
id_field_match(uint32_t want, uint32_t any, uint32_t have)
{
	return want == any || want == have;
}

bool
rte_pci_match(const struct rte_pci_driver *drv,
		const struct rte_pci_device *dev)
{
	const struct rte_pci_id *id;

	if (drv->id_table == NULL)
		return false;
	for (id = drv->id_table; id->vendor_id != 0; id++) {
		if (id_field_match(id->vendor_id, RTE_PCI_ANY_ID,
				dev->id.vendor_id) &&
		    id_field_match(id->device_id, RTE_PCI_ANY_ID,
				dev->id.device_id) &&
		    id_field_match(id->subsystem_vendor_id, RTE_PCI_ANY_ID,
				dev->id.subsystem_vendor_id) &&
		    id_field_match(id->subsystem_device_id, RTE_PCI_ANY_ID,
				dev->id.subsystem_device_id) &&
		    id_field_match(id->class_id, RTE_CLASS_ANY_ID,
				dev->id.class_id))
			return true;
	}
	return false;
}

struct rte_devargs *
pci_devargs_lookup(const struct rte_pci_addr *addr)
{
	struct rte_devargs *da;
	struct rte_pci_addr a;

	RTE_EAL_DEVARGS_FOREACH("pci", da) {
		if (rte_pci_addr_parse(da->name, &a) == 0 &&
		    rte_pci_addr_cmp(addr, &a) == 0)
			return da;
	}
	return NULL;
}

bool
pci_ignore_device(const struct rte_pci_addr *addr)
{
	struct rte_devargs *da = pci_devargs_lookup(addr);

	switch (rte_pci_bus.bus.conf.scan_mode) {
	case RTE_BUS_SCAN_ALLOWLIST:
		return da == NULL || da->policy != RTE_DEV_ALLOWED;
	case RTE_BUS_SCAN_UNDEFINED:
	case RTE_BUS_SCAN_BLOCKLIST:
		return da != NULL && da->policy == RTE_DEV_BLOCKED;
	}
	return false;
}

void
pci_insert_device(struct rte_pci_device *dev)
{
	struct rte_pci_device *cur;

	TAILQ_FOREACH(cur, &rte_pci_bus.device_list, next) {
		if (rte_pci_addr_cmp(&dev->addr, &cur->addr) < 0) {
			TAILQ_INSERT_BEFORE(cur, dev, next);
			return;
		}
	}
	TAILQ_INSERT_TAIL(&rte_pci_bus.device_list, dev, next);
}

static const char *
kdrv_name(enum rte_pci_kernel_driver kdrv)
{
	switch (kdrv) {
	case RTE_PCI_KDRV_VFIO: return "vfio-pci";
	case RTE_PCI_KDRV_IGB_UIO: return "igb_uio";
	case RTE_PCI_KDRV_UIO_GENERIC: return "uio_pci_generic";
	case RTE_PCI_KDRV_NONE: return "no driver";
	default: return "a kernel driver";
	}
}

int
rte_pci_map_device(struct rte_pci_device *dev)
{
	int ret;

	switch (dev->kdrv) {
	case RTE_PCI_KDRV_VFIO:
		ret = pci_vfio_map_resource(dev);
		break;
	case RTE_PCI_KDRV_IGB_UIO:
	case RTE_PCI_KDRV_UIO_GENERIC:
		ret = pci_uio_map_resource(dev);
		break;
	default:
		PCI_LOG(ERR, "%s is %s, which gives no user space access;"
			" bind it with: dpdk-devbind.py -b vfio-pci %s",
			dev->name, dev->kdrv == RTE_PCI_KDRV_NONE ?
			"not bound to any driver" : "bound to a kernel driver",
			dev->name);
		return -ENODEV;
	}
	if (ret == 0)
		pci_internal(dev)->mapped = true;
	return ret;
}

void
rte_pci_unmap_device(struct rte_pci_device *dev)
{
	if (!pci_internal(dev)->mapped)
		return;
	if (dev->kdrv == RTE_PCI_KDRV_VFIO)
		pci_vfio_unmap_resource(dev);
	else
		pci_uio_unmap_resource(dev);
	pci_internal(dev)->mapped = false;
}

static int
sysfs_config_fd(const struct rte_pci_device *dev, int flags)
{
	char path[PATH_MAX];

	snprintf(path, sizeof(path), "%s/%s/config", rte_pci_get_sysfs_path(),
		dev->name);
	return open(path, flags | O_CLOEXEC);
}

int
rte_pci_read_config(const struct rte_pci_device *dev, void *buf, size_t len,
		off_t offset)
{
	const struct pci_device_internal *in = pci_internal(dev);
	ssize_t n;
	int fd;

	if (in->vfio_dev_fd >= 0)
		return pci_vfio_read_config(dev, buf, len, offset);
	fd = in->cfg_fd >= 0 ? in->cfg_fd : sysfs_config_fd(dev, O_RDONLY);
	if (fd < 0) {
		PCI_LOG(ERR, "cannot open config space of %s: %s", dev->name,
			strerror(errno));
		return -errno;
	}
	n = pread(fd, buf, len, offset);
	if (n < 0)
		n = -errno;
	if (fd != in->cfg_fd)
		close(fd);
	return (int)n;
}

int
rte_pci_write_config(const struct rte_pci_device *dev, const void *buf,
		size_t len, off_t offset)
{
	const struct pci_device_internal *in = pci_internal(dev);
	ssize_t n;
	int fd;

	if (in->vfio_dev_fd >= 0)
		return pci_vfio_write_config(dev, buf, len, offset);
	fd = in->cfg_fd >= 0 ? in->cfg_fd : sysfs_config_fd(dev, O_RDWR);
	if (fd < 0) {
		PCI_LOG(ERR, "cannot open config space of %s: %s", dev->name,
			strerror(errno));
		return -errno;
	}
	n = pwrite(fd, buf, len, offset);
	if (n < 0)
		n = -errno;
	if (fd != in->cfg_fd)
		close(fd);
	return (int)n;
}

int
rte_pci_set_bus_master(struct rte_pci_device *dev, bool enable)
{
	uint16_t cmd, old;

	if (rte_pci_read_config(dev, &cmd, sizeof(cmd), RTE_PCI_COMMAND) !=
			sizeof(cmd))
		return -1;
	old = cmd;
	if (enable)
		cmd |= RTE_PCI_COMMAND_MASTER;
	else
		cmd &= (uint16_t)~RTE_PCI_COMMAND_MASTER;
	if (cmd == old)
		return 0;
	if (rte_pci_write_config(dev, &cmd, sizeof(cmd), RTE_PCI_COMMAND) !=
			sizeof(cmd))
		return -1;
	return 0;
}

off_t
rte_pci_find_ext_capability(struct rte_pci_device *dev, uint32_t cap)
{
	off_t pos = RTE_PCI_CFG_SPACE_SIZE;
	int ttl = (RTE_PCI_CFG_SPACE_EXP_SIZE - RTE_PCI_CFG_SPACE_SIZE) / 8;
	uint32_t hdr;

	while (ttl-- > 0) {
		if (rte_pci_read_config(dev, &hdr, sizeof(hdr), pos) !=
				sizeof(hdr))
			return -1;
		if (hdr == 0)
			return 0;
		if (RTE_PCI_EXT_CAP_ID(hdr) == cap)
			return pos;
		pos = RTE_PCI_EXT_CAP_NEXT(hdr);
		if (pos < RTE_PCI_CFG_SPACE_SIZE)
			return 0;
	}
	return 0;
}

/* Probe one device with one matching driver. */
static int
pci_probe_one_driver(struct rte_pci_driver *dr, struct rte_pci_device *dev)
{
	bool already = dev->device.driver != NULL;
	int ret;

	if (already && !(dr->drv_flags & RTE_PCI_DRV_PROBE_AGAIN))
		return -EEXIST;
	if ((dr->drv_flags & RTE_PCI_DRV_NEED_IOVA_AS_VA) &&
	    rte_eal_iova_mode() != RTE_IOVA_VA) {
		PCI_LOG(ERR, "driver %s needs IOVA as VA for %s; run with --iova-mode=va"
			" and the device on vfio-pci with an IOMMU",
			dr->driver.name, dev->name);
		return -EINVAL;
	}
	PCI_LOG(INFO, "probe %s [%04x:%04x] with %s (%s)", dev->name,
		dev->id.vendor_id, dev->id.device_id, dr->driver.name,
		kdrv_name(dev->kdrv));
	if (!already && (dr->drv_flags & RTE_PCI_DRV_NEED_MAPPING)) {
		ret = rte_pci_map_device(dev);
		if (ret != 0)
			return ret;
	}
	dev->driver = dr;
	dev->device.driver = &dr->driver;
	ret = dr->probe(dr, dev);
	if (ret != 0 && !already) {
		PCI_LOG(ERR, "driver %s failed to probe %s (%d)",
			dr->driver.name, dev->name, ret);
		dev->driver = NULL;
		dev->device.driver = NULL;
		if ((dr->drv_flags & RTE_PCI_DRV_NEED_MAPPING) &&
		    !(dr->drv_flags & RTE_PCI_DRV_KEEP_MAPPED_RES))
			rte_pci_unmap_device(dev);
	}
	return ret;
}

/* Try every matching driver; 1 if none matched, 0 probed, <0 error. */
static int
pci_probe_all_drivers(struct rte_pci_device *dev)
{
	struct rte_pci_driver *dr;
	int ret;

	TAILQ_FOREACH(dr, &rte_pci_bus.driver_list, next) {
		if (!rte_pci_match(dr, dev))
			continue;
		ret = pci_probe_one_driver(dr, dev);
		if (ret == -EEXIST)
			return 0;
		return ret;
	}
	return 1;
}

static int
pci_probe(void)
{
	struct rte_pci_device *dev;
	int failed = 0, ret;

	TAILQ_FOREACH(dev, &rte_pci_bus.device_list, next) {
		if (pci_ignore_device(&dev->addr))
			continue;
		ret = pci_probe_all_drivers(dev);
		if (ret < 0) {
			/* Like DPDK: a device that fails does not stop the
			 * others; the error is logged and counted. */
			failed++;
			if (dev->device.devargs != NULL)
				PCI_LOG(ERR, "requested device %s cannot be used",
					dev->name);
		}
	}
	return failed != 0 && rte_pci_bus.bus.conf.scan_mode ==
		RTE_BUS_SCAN_ALLOWLIST ? -1 : 0;
}

static struct rte_device *
pci_find_device(const struct rte_device *start, rte_dev_cmp_t cmp,
		const void *data)
{
	const struct rte_pci_device *pstart;
	struct rte_pci_device *dev;

	if (start != NULL) {
		pstart = RTE_DEV_TO_PCI_CONST(start);
		dev = TAILQ_NEXT(pstart, next);
	} else {
		dev = TAILQ_FIRST(&rte_pci_bus.device_list);
	}
	for (; dev != NULL; dev = TAILQ_NEXT(dev, next)) {
		if (cmp(&dev->device, data) == 0)
			return &dev->device;
	}
	return NULL;
}

static int
pci_plug(struct rte_device *dev)
{
	struct rte_pci_device *pdev = RTE_DEV_TO_PCI(dev);
	int ret = pci_probe_all_drivers(pdev);

	if (ret == 1) {
		PCI_LOG(ERR, "no driver for %s [%04x:%04x]", pdev->name,
			pdev->id.vendor_id, pdev->id.device_id);
		return -ENOTSUP;
	}
	return ret;
}

static void
pci_free_device(struct rte_pci_device *dev)
{
	free(dev->bus_info);
	free(pci_internal(dev));
}

/* Detach the driver, unmap, drop the device from the list and free it. */
static int
pci_detach_and_free(struct rte_pci_device *dev)
{
	struct rte_pci_driver *dr = dev->driver;
	int ret;

	if (dr != NULL && dr->remove != NULL) {
		ret = dr->remove(dev);
		if (ret < 0) {
			PCI_LOG(ERR, "driver %s failed to remove %s (%d)",
				dr->driver.name, dev->name, ret);
			return ret;
		}
	}
	if (dr != NULL && !(dr->drv_flags & RTE_PCI_DRV_KEEP_MAPPED_RES))
		rte_pci_unmap_device(dev);
	dev->driver = NULL;
	dev->device.driver = NULL;
	TAILQ_REMOVE(&rte_pci_bus.device_list, dev, next);
	pci_free_device(dev);
	return 0;
}

static int
pci_unplug(struct rte_device *dev)
{
	struct rte_pci_device *pdev = RTE_DEV_TO_PCI(dev);
	struct rte_devargs *da = dev->devargs;
	int ret;

	ret = pci_detach_and_free(pdev);
	if (ret == 0 && da != NULL)
		rte_devargs_remove(da);
	return ret;
}

static int
pci_parse(const char *name, void *addr)
{
	struct rte_pci_addr a;

	if (rte_pci_addr_parse(name, &a) != 0)
		return 1;
	if (addr != NULL)
		*(struct rte_pci_addr *)addr = a;
	return 0;
}

static int
pci_dma_map(struct rte_device *dev, void *addr, uint64_t iova, size_t len)
{
	struct rte_pci_device *pdev = RTE_DEV_TO_PCI(dev);

	if (pdev->driver != NULL && pdev->driver->dma_map != NULL)
		return pdev->driver->dma_map(pdev, addr, iova, len);
	if (pdev->kdrv == RTE_PCI_KDRV_VFIO)
		return rte_vfio_container_dma_map(RTE_VFIO_DEFAULT_CONTAINER_FD,
			(uintptr_t)addr, iova, len);
	rte_errno = ENOTSUP;
	return -1;
}

static int
pci_dma_unmap(struct rte_device *dev, void *addr, uint64_t iova, size_t len)
{
	struct rte_pci_device *pdev = RTE_DEV_TO_PCI(dev);

	if (pdev->driver != NULL && pdev->driver->dma_unmap != NULL)
		return pdev->driver->dma_unmap(pdev, addr, iova, len);
	if (pdev->kdrv == RTE_PCI_KDRV_VFIO)
		return rte_vfio_container_dma_unmap(RTE_VFIO_DEFAULT_CONTAINER_FD,
			(uintptr_t)addr, iova, len);
	rte_errno = ENOTSUP;
	return -1;
}

/* Lowest user space address that is not a valid x86-64 user address. */
#define USER_VA_END (UINT64_C(1) << 47)

/*
 * What the devices need: VA only when every device a driver could take is
 * behind vfio-pci with an IOMMU whose aperture covers user addresses;
 * PA as soon as one is on UIO, on no-IOMMU VFIO, or behind an IOMMU with
 * a narrower aperture (QEMU's intel-iommu: 39 bits); DC without devices.
 */
static enum rte_iova_mode
pci_get_iommu_class(void)
{
	const struct rte_pci_device *dev;
	const struct rte_pci_driver *dr;
	bool need_pa = false, any = false;

	TAILQ_FOREACH(dev, &rte_pci_bus.device_list, next) {
		bool matched = false;
		uint64_t limit;

		if (pci_ignore_device(&dev->addr))
			continue;
		TAILQ_FOREACH(dr, &rte_pci_bus.driver_list, next)
			if (rte_pci_match(dr, dev))
				matched = true;
		if (!matched)
			continue;
		switch (dev->kdrv) {
		case RTE_PCI_KDRV_VFIO:
			any = true;
			if (!pci_vfio_device_has_iommu(dev)) {
				need_pa = true;
				break;
			}
			limit = pci_vfio_iova_limit(dev);
			if (limit != 0 && limit < USER_VA_END - 1) {
				PCI_LOG(NOTICE, "%s: IOMMU aperture ends at 0x%" PRIx64
					", too small for virtual addresses: IOVA as PA",
					dev->name, limit);
				need_pa = true;
			}
			break;
		case RTE_PCI_KDRV_IGB_UIO:
		case RTE_PCI_KDRV_UIO_GENERIC:
			any = true;
			need_pa = true;
			break;
		default:
			break;
		}
	}
	if (!any)
		return RTE_IOVA_DC;
	if (need_pa && getuid() != 0)
		PCI_LOG(ERR, "PCI devices need IOVA as physical addresses, which"
			" only root can read (/proc/self/pagemap); run as root or"
			" bind the devices to vfio-pci with an IOMMU");
	return need_pa ? RTE_IOVA_PA : RTE_IOVA_VA;
}

static int
pci_cleanup(void)
{
	struct rte_pci_device *dev, *next;
	int error = 0;

	for (dev = TAILQ_FIRST(&rte_pci_bus.device_list); dev != NULL;
	     dev = next) {
		next = TAILQ_NEXT(dev, next);
		if (pci_detach_and_free(dev) != 0)
			error = -1;
	}
	return error;
}

void
rte_pci_dump(FILE *f)
{
	const struct rte_pci_device *dev;
	int i;

	TAILQ_FOREACH(dev, &rte_pci_bus.device_list, next) {
		fprintf(f, "%s - vendor:%04x device:%04x kdrv:%s numa:%d%s\n",
			dev->name, dev->id.vendor_id, dev->id.device_id,
			kdrv_name(dev->kdrv), dev->device.numa_node,
			dev->driver != NULL ? " probed" : "");
		for (i = 0; i < PCI_MAX_RESOURCE; i++) {
			if (dev->mem_resource[i].len == 0)
				continue;
			fprintf(f, "   BAR%d: 0x%016" PRIx64 " 0x%" PRIx64 " %p\n",
				i, dev->mem_resource[i].phys_addr,
				dev->mem_resource[i].len,
				dev->mem_resource[i].addr);
		}
	}
}

struct rte_pci_bus rte_pci_bus = {
	.bus = {
		.scan = rte_pci_scan,
		.probe = pci_probe,
		.find_device = pci_find_device,
		.plug = pci_plug,
		.unplug = pci_unplug,
		.parse = pci_parse,
		.dma_map = pci_dma_map,
		.dma_unmap = pci_dma_unmap,
		.get_iommu_class = pci_get_iommu_class,
		.cleanup = pci_cleanup,
	},
	.device_list = TAILQ_HEAD_INITIALIZER(rte_pci_bus.device_list),
	.driver_list = TAILQ_HEAD_INITIALIZER(rte_pci_bus.driver_list),
};

RTE_REGISTER_BUS(pci, rte_pci_bus.bus);
