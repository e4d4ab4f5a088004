/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Ethdev helper for virtual device drivers (DPDK 22.11 ethdev_vdev.h,
 * header-only, driver side).
 */
#ifndef _ETHDEV_VDEV_H_
#define _ETHDEV_VDEV_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <rte_common.h>
#include <rte_malloc.h>
#include <bus_vdev_driver.h>
#include <ethdev_driver.h>

/**
 * Allocate the ethdev port of a virtual device: the port is named after
 * the device, its private data (private_data_size bytes, zeroed, on the
 * device's NUMA node) is allocated, and the port points back to the device.
 * @return the port, or NULL (name taken, no free port, or out of memory).
 */
static inline struct rte_eth_dev *
rte_eth_vdev_allocate(struct rte_vdev_device *dev, size_t private_data_size)
{
	struct rte_eth_dev *eth_dev;

	eth_dev = rte_eth_dev_allocate_for_device(&dev->device,
		private_data_size);
	if (eth_dev == NULL)
		return NULL;
	eth_dev->intr_handle = NULL;
	eth_dev->data->numa_node = dev->device.numa_node;
	return eth_dev;
}

#ifdef __cplusplus
}
#endif

#endif /* _ETHDEV_VDEV_H_ */
