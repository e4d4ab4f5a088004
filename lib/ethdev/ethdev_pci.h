/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Helpers for PCI ethernet drivers (DPDK 22.11 ethdev_pci.h), header only:
 * allocate a port for a PCI device, copy the PCI facts into it, and the
 * generic probe/remove pair most PCI PMDs use.
 */
#ifndef _ETHDEV_PCI_H_
#define _ETHDEV_PCI_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <string.h>
#include <rte_malloc.h>
#include <rte_pci.h>
#include <bus_pci_driver.h>
#include <rte_config.h>
#include <ethdev_driver.h>

/** Copy interrupt handle, interrupt capabilities and NUMA node of the PCI
 * device into the port. */
static inline void
rte_eth_copy_pci_info(struct rte_eth_dev *eth_dev,
		struct rte_pci_device *pci_dev)
{
	if (eth_dev == NULL || pci_dev == NULL)
		return;
	eth_dev->intr_handle = pci_dev->intr_handle;
	eth_dev->data->dev_flags = 0;
	if (pci_dev->driver != NULL) {
		if (pci_dev->driver->drv_flags & RTE_PCI_DRV_INTR_LSC)
			eth_dev->data->dev_flags |= RTE_ETH_DEV_INTR_LSC;
		if (pci_dev->driver->drv_flags & RTE_PCI_DRV_INTR_RMV)
			eth_dev->data->dev_flags |= RTE_ETH_DEV_INTR_RMV;
	}
	eth_dev->data->numa_node = pci_dev->device.numa_node;
}

/** Allocate a port named after the PCI device, with zeroed private data
 * of private_data_size bytes on the device's NUMA node. NULL on failure. */
static inline struct rte_eth_dev *
rte_eth_dev_pci_allocate(struct rte_pci_device *dev, size_t private_data_size)
{
	struct rte_eth_dev *eth_dev;

	if (dev == NULL)
		return NULL;
	eth_dev = rte_eth_dev_allocate_for_device(&dev->device,
		private_data_size);
	if (eth_dev == NULL)
		return NULL;
	rte_eth_copy_pci_info(eth_dev, dev);
	return eth_dev;
}

/** Init or uninit callback of a PCI PMD. */
typedef int (*eth_dev_pci_callback_t)(struct rte_eth_dev *eth_dev);

/** Probe: allocate the port, run dev_init, finish or release it. */
static inline int
rte_eth_dev_pci_generic_probe(struct rte_pci_device *pci_dev,
		size_t private_data_size, eth_dev_pci_callback_t dev_init)
{
	struct rte_eth_dev *eth_dev;
	int ret;

	eth_dev = rte_eth_dev_pci_allocate(pci_dev, private_data_size);
	if (eth_dev == NULL)
		return -ENOMEM;
	if (dev_init == NULL)
		return -EINVAL;
	ret = dev_init(eth_dev);
	if (ret != 0)
		rte_eth_dev_release_port(eth_dev);
	else
		rte_eth_dev_probing_finish(eth_dev);
	return ret;
}

/** Remove: run dev_uninit on the device's port and release it. */
static inline int
rte_eth_dev_pci_generic_remove(struct rte_pci_device *pci_dev,
		eth_dev_pci_callback_t dev_uninit)
{
	struct rte_eth_dev *eth_dev;
	int ret;

	eth_dev = rte_eth_dev_allocated(pci_dev->device.name);
	if (eth_dev == NULL)
		return 0;
	if (dev_uninit != NULL) {
		ret = dev_uninit(eth_dev);
		if (ret != 0)
			return ret;
	}
	rte_eth_dev_release_port(eth_dev);
	return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* _ETHDEV_PCI_H_ */
