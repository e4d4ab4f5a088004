/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internals of the PCI bus shared by the generic part (pci_common.c) and the
 * Linux access methods (linux/pci_sysfs.c, pci_vfio.c, pci_uio.c).
 */
#ifndef _PCI_PRIVATE_H_
#define _PCI_PRIVATE_H_

#include <stdbool.h>
#include <sys/queue.h>
#include <rte_log.h>
#include "bus_pci_driver.h"

extern int pci_bus_logtype;
#define PCI_LOG(level, fmt, ...) \
	rte_log(RTE_LOG_ ## level, pci_bus_logtype, "PCI: " fmt "\n", \
		##__VA_ARGS__)

/*
 * What the bus keeps about a device beyond the public structure: the file
 * descriptors of the access method in use. Allocated by the scan, freed on
 * unplug/cleanup.
 */
struct pci_device_internal {
	struct rte_pci_device dev;	/* first: RTE_DEV_TO_PCI works */
	int cfg_fd;		/* sysfs "config" (UIO/none) or -1 */
	int vfio_dev_fd;	/* VFIO device fd or -1 */
	uint64_t vfio_cfg_offset; /* offset of the config region in it */
	int uio_fd;		/* /dev/uioN or -1 */
	int uio_num;		/* N of /dev/uioN, -1 if none */
	int nb_msix;		/* MSI-X vectors the device offers (VFIO) */
	bool mapped;		/* rte_pci_map_device succeeded */
};

static inline struct pci_device_internal *
pci_internal(const struct rte_pci_device *dev)
{
	return (struct pci_device_internal *)(uintptr_t)dev;
}

TAILQ_HEAD(pci_device_list, rte_pci_device);
TAILQ_HEAD(pci_driver_list, rte_pci_driver);

/* The bus object and its lists (pci_common.c). */
struct rte_pci_bus {
	struct rte_bus bus;
	struct pci_device_list device_list;
	struct pci_driver_list driver_list;
};
extern struct rte_pci_bus rte_pci_bus;

/* sysfs directory holding the devices (SYSFS_PCI_DEVICES overrides). */
const char *rte_pci_get_sysfs_path(void);

/* linux/pci_sysfs.c: (re)scan the sysfs tree into the device list. */
int rte_pci_scan(void);
/* Read one line of sysfs file dir/name as an unsigned number. */
int pci_sysfs_read_ulong(const char *dir, const char *name,
		unsigned long *val);
/* Kernel driver name of a device ("" if none); 0 or -1. */
int pci_sysfs_driver_name(const char *devdir, char *buf, size_t size);

/* Insert a device into the list in address order (takes ownership). */
void pci_insert_device(struct rte_pci_device *dev);
/* Name the devargs of a device (NULL if none). */
struct rte_devargs *pci_devargs_lookup(const struct rte_pci_addr *addr);
/* Does the allow/block policy ignore this device? */
bool pci_ignore_device(const struct rte_pci_addr *addr);

/* linux/pci_vfio.c */
int pci_vfio_map_resource(struct rte_pci_device *dev);
void pci_vfio_unmap_resource(struct rte_pci_device *dev);
int pci_vfio_read_config(const struct rte_pci_device *dev, void *buf,
		size_t len, off_t offs);
int pci_vfio_write_config(const struct rte_pci_device *dev, const void *buf,
		size_t len, off_t offs);
/* Is vfio-pci usable with an IOMMU for this device? */
bool pci_vfio_device_has_iommu(const struct rte_pci_device *dev);
/* Highest IOVA the IOMMU of this device's group accepts, 0 if unknown. */
uint64_t pci_vfio_iova_limit(const struct rte_pci_device *dev);

/* linux/pci_uio.c */
int pci_uio_map_resource(struct rte_pci_device *dev);
void pci_uio_unmap_resource(struct rte_pci_device *dev);

/* Does a driver's id table match the device? */
bool rte_pci_match(const struct rte_pci_driver *drv,
		const struct rte_pci_device *dev);

#endif /* _PCI_PRIVATE_H_ */
