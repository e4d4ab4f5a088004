/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * PCI bus, application side (DPDK 22.11 rte_bus_pci.h): configuration space
 * access and BAR mapping of a probed device.
 */
#ifndef _RTE_BUS_PCI_H_
#define _RTE_BUS_PCI_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>
#include <limits.h>
#include <errno.h>
#include <stdint.h>
#include <inttypes.h>
#include <sys/types.h>

#include <rte_pci.h>

struct rte_pci_device;
struct rte_pci_driver;
struct rte_devargs;

/**
 * Map the BARs of a device through the kernel driver it is bound to
 * (vfio-pci, uio_pci_generic, igb_uio) and set up its interrupt handle.
 * @return 0, or a negative value on failure (logged).
 */
int rte_pci_map_device(struct rte_pci_device *dev);
/** Undo rte_pci_map_device. */
void rte_pci_unmap_device(struct rte_pci_device *dev);
/** Print every scanned PCI device. */
void rte_pci_dump(FILE *f);
/** Offset of extended capability cap, 0 if absent, <0 on error. */
off_t rte_pci_find_ext_capability(struct rte_pci_device *dev, uint32_t cap);
/** Set or clear the bus master bit of the command register. */
int rte_pci_set_bus_master(struct rte_pci_device *dev, bool enable);
/**
 * Read len bytes of configuration space at offset.
 * @return number of bytes read, or a negative value.
 */
int rte_pci_read_config(const struct rte_pci_device *device,
		void *buf, size_t len, off_t offset);
/** Write len bytes of configuration space; bytes written or negative. */
int rte_pci_write_config(const struct rte_pci_device *device,
		const void *buf, size_t len, off_t offset);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_BUS_PCI_H_ */
