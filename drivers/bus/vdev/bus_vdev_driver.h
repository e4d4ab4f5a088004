/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Virtual device bus, driver side (DPDK 22.11 bus_vdev_driver.h).
 *
 * A vdev driver registers with RTE_PMD_REGISTER_VDEV(name, drv) and,
 * optionally, RTE_PMD_REGISTER_ALIAS(name, alias). A device is bound to the
 * driver whose name or alias is the longest prefix of the device name, so
 * "net_ring0" and the DPDK 2.0 spelling "eth_ring0" both reach net_ring.
 */
#ifndef _BUS_VDEV_DRIVER_H_
#define _BUS_VDEV_DRIVER_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stddef.h>
#include <stdint.h>
#include <sys/queue.h>
#include <rte_common.h>
#include <rte_dev.h>
#include <rte_devargs.h>
#include <dev_driver.h>
#include <rte_bus_vdev.h>

/** A virtual device. */
struct rte_vdev_device {
	TAILQ_ENTRY(rte_vdev_device) next;	/**< bus device list link */
	struct rte_device device;		/**< generic device */
};

/** The vdev device embedding a generic device. */
#define RTE_DEV_TO_VDEV(ptr) \
	container_of(ptr, struct rte_vdev_device, device)
/** The const vdev device embedding a const generic device. */
#define RTE_DEV_TO_VDEV_CONST(ptr) \
	container_of(ptr, const struct rte_vdev_device, device)

/** Name of a virtual device ("net_ring0"), NULL if dev is NULL. */
static inline const char *
rte_vdev_device_name(const struct rte_vdev_device *dev)
{
	if (dev != NULL && dev->device.name != NULL)
		return dev->device.name;
	return NULL;
}

/** Driver arguments of a virtual device ("key=val,..."), "" if none. */
static inline const char *
rte_vdev_device_args(const struct rte_vdev_device *dev)
{
	if (dev != NULL && dev->device.devargs != NULL &&
	    dev->device.devargs->args != NULL)
		return dev->device.devargs->args;
	return "";
}

/** Probe: create whatever the device stands for (an ethdev port, ...). */
typedef int (rte_vdev_probe_t)(struct rte_vdev_device *dev);
/** Remove: undo probe. */
typedef int (rte_vdev_remove_t)(struct rte_vdev_device *dev);
/** Map memory for DMA by the device (optional). */
typedef int (rte_vdev_dma_map_t)(struct rte_vdev_device *dev, void *addr,
	uint64_t iova, size_t len);
/** Unmap memory mapped with rte_vdev_dma_map_t (optional). */
typedef int (rte_vdev_dma_unmap_t)(struct rte_vdev_device *dev, void *addr,
	uint64_t iova, size_t len);

/** A virtual device driver. */
struct rte_vdev_driver {
	TAILQ_ENTRY(rte_vdev_driver) next;	/**< bus driver list link */
	struct rte_driver driver;		/**< generic driver */
	rte_vdev_probe_t *probe;		/**< required */
	rte_vdev_remove_t *remove;		/**< required */
	rte_vdev_dma_map_t *dma_map;		/**< optional */
	rte_vdev_dma_unmap_t *dma_unmap;	/**< optional */
	uint32_t drv_flags;			/**< RTE_VDEV_DRV_* */
};

/** The driver needs IOVA as VA (the bus then asks the EAL for it). */
#define RTE_VDEV_DRV_NEED_IOVA_AS_VA 0x0001

/** The vdev driver embedding a generic driver. */
#define RTE_DRV_TO_VDRV(ptr) \
	container_of(ptr, struct rte_vdev_driver, driver)
/** The const vdev driver embedding a const generic driver. */
#define RTE_DRV_TO_VDRV_CONST(ptr) \
	container_of(ptr, const struct rte_vdev_driver, driver)

/** Add a driver to the vdev bus (used by RTE_PMD_REGISTER_VDEV). */
void rte_vdev_register(struct rte_vdev_driver *driver);
/** Remove a driver from the vdev bus. */
void rte_vdev_unregister(struct rte_vdev_driver *driver);

/*
 * The alias pointer is declared (tentatively) by RTE_PMD_REGISTER_VDEV and
 * given its value by RTE_PMD_REGISTER_ALIAS, so the two macros may appear
 * in either order and the alias is optional.
 */
/** Register vdrv on the vdev bus under the driver name nm (at start-up). */
#define RTE_PMD_REGISTER_VDEV(nm, vdrv) \
static const char *vdrvinit_ ## nm ## _alias; \
RTE_INIT(vdrvinitfn_ ## vdrv) \
{ \
	(vdrv).driver.name = RTE_STR(nm); \
	(vdrv).driver.alias = vdrvinit_ ## nm ## _alias; \
	rte_vdev_register(&(vdrv)); \
} \
RTE_PMD_EXPORT_NAME(nm, __COUNTER__)

/** Give driver nm a second name, e.g. its DPDK 2.0 name "eth_ring". */
#define RTE_PMD_REGISTER_ALIAS(nm, alias) \
static const char *vdrvinit_ ## nm ## _alias = RTE_STR(alias)

#ifdef __cplusplus
}
#endif

#endif /* _BUS_VDEV_DRIVER_H_ */
