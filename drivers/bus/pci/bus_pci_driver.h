/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * PCI bus, driver side (DPDK 22.11 bus_pci_driver.h): the device and driver
 * structures, id table helpers and driver registration.
 */
#ifndef _BUS_PCI_DRIVER_H_
#define _BUS_PCI_DRIVER_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <sys/queue.h>
#include <rte_common.h>
#include <rte_dev.h>
#include <dev_driver.h>
#include <bus_driver.h>
#include <rte_bus_pci.h>

struct rte_intr_handle;

/** Kernel driver a device is bound to; decides how it is accessed. */
enum rte_pci_kernel_driver {
	RTE_PCI_KDRV_UNKNOWN = 0,  /**< some other kernel driver */
	RTE_PCI_KDRV_IGB_UIO,      /**< igb_uio */
	RTE_PCI_KDRV_VFIO,         /**< vfio-pci (IOMMU or no-IOMMU mode) */
	RTE_PCI_KDRV_UIO_GENERIC,  /**< uio_pci_generic */
	RTE_PCI_KDRV_NIC_UIO,      /**< FreeBSD nic_uio (unused here) */
	RTE_PCI_KDRV_NONE,         /**< no driver bound */
	RTE_PCI_KDRV_NET_UIO,      /**< Windows netuio (unused here) */
};

/** A PCI function found by the scan. */
struct rte_pci_device {
	TAILQ_ENTRY(rte_pci_device) next;   /**< link in the bus's list */
	struct rte_device device;           /**< generic device */
	struct rte_pci_addr addr;           /**< location */
	struct rte_pci_id id;               /**< ids read from sysfs */
	struct rte_mem_resource mem_resource[PCI_MAX_RESOURCE]; /**< BARs */
	struct rte_intr_handle *intr_handle; /**< interrupt handle */
	struct rte_pci_driver *driver;      /**< driver that probed it */
	uint16_t max_vfs;                   /**< SR-IOV VFs enabled */
	enum rte_pci_kernel_driver kdrv;    /**< kernel driver bound */
	char name[PCI_PRI_STR_SIZE + 1];    /**< "0000:00:03.0" */
	char *bus_info;                     /**< "vendor_id=..., device_id=..." */
	struct rte_intr_handle *vfio_req_intr_handle; /**< VFIO request irq */
};

/** The PCI device a generic device is embedded in. */
#define RTE_DEV_TO_PCI(ptr) container_of(ptr, struct rte_pci_device, device)
#define RTE_DEV_TO_PCI_CONST(ptr) \
	container_of(ptr, const struct rte_pci_device, device)
#define RTE_ETH_DEV_TO_PCI(eth_dev) RTE_DEV_TO_PCI((eth_dev)->device)

/** Id table entry matching a vendor and device id, any subsystem. */
#define RTE_PCI_DEVICE(vend, dev) \
	RTE_CLASS_ANY_ID, (vend), (dev), RTE_PCI_ANY_ID, RTE_PCI_ANY_ID

typedef int (rte_pci_probe_t)(struct rte_pci_driver *, struct rte_pci_device *);
typedef int (rte_pci_remove_t)(struct rte_pci_device *);
typedef int (pci_dma_map_t)(struct rte_pci_device *dev, void *addr,
		uint64_t iova, size_t len);
typedef int (pci_dma_unmap_t)(struct rte_pci_device *dev, void *addr,
		uint64_t iova, size_t len);

/** A PCI driver. */
struct rte_pci_driver {
	TAILQ_ENTRY(rte_pci_driver) next;  /**< link in the bus's list */
	struct rte_driver driver;          /**< generic driver */
	rte_pci_probe_t *probe;            /**< called for each matching device */
	rte_pci_remove_t *remove;          /**< called on unplug/cleanup */
	pci_dma_map_t *dma_map;            /**< optional device DMA map */
	pci_dma_unmap_t *dma_unmap;        /**< optional device DMA unmap */
	const struct rte_pci_id *id_table; /**< ends with a vendor_id 0 entry */
	uint32_t drv_flags;                /**< RTE_PCI_DRV_* */
};

/** Map the BARs before probe (through rte_pci_map_device). */
#define RTE_PCI_DRV_NEED_MAPPING 0x0001
/** Map prefetchable BARs write-combined where possible. */
#define RTE_PCI_DRV_WC_ACTIVATE 0x0002
/** The driver may be probed again on an already probed device. */
#define RTE_PCI_DRV_PROBE_AGAIN 0x0004
/** The driver supports link state change interrupts. */
#define RTE_PCI_DRV_INTR_LSC 0x0008
/** The driver supports device removal interrupts. */
#define RTE_PCI_DRV_INTR_RMV 0x0010
/** Keep the BARs mapped after remove. */
#define RTE_PCI_DRV_KEEP_MAPPED_RES 0x0020
/** The driver needs IOVA as VA. */
#define RTE_PCI_DRV_NEED_IOVA_AS_VA 0x0040

/** Add a driver to the PCI bus (RTE_PMD_REGISTER_PCI does it). */
void rte_pci_register(struct rte_pci_driver *driver);
/** Remove a driver from the PCI bus. */
void rte_pci_unregister(struct rte_pci_driver *driver);

/** Register a PCI driver named nm at constructor time. */
#define RTE_PMD_REGISTER_PCI(nm, pci_drv) \
RTE_INIT(pciinitfn_ ##nm) \
{ \
	(pci_drv).driver.name = RTE_STR(nm); \
	rte_pci_register(&pci_drv); \
} \
RTE_PMD_EXPORT_NAME(nm, __COUNTER__)

#ifdef __cplusplus
}
#endif

#endif /* _BUS_PCI_DRIVER_H_ */
