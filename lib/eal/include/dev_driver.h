/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Driver-side definition of devices and drivers (DPDK 22.11 dev_driver.h).
 * Used by buses and PMDs, not by applications.
 */
#ifndef _DEV_DRIVER_H_
#define _DEV_DRIVER_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <sys/queue.h>
#include <rte_common.h>
#include <rte_dev.h>

/** A driver: embedded in a bus-specific driver structure. */
struct rte_driver {
	TAILQ_ENTRY(rte_driver) next;	/**< list link */
	const char *name;		/**< driver name, e.g. "net_ring" */
	const char *alias;		/**< other name, e.g. "eth_ring" */
};

/** A device: embedded in a bus-specific device structure. */
struct rte_device {
	TAILQ_ENTRY(rte_device) next;	/**< list link */
	const char *name;		/**< name on its bus */
	const char *bus_info;		/**< bus-specific information */
	const struct rte_driver *driver; /**< bound driver, NULL if none */
	const struct rte_bus *bus;	/**< bus the device is on */
	int numa_node;			/**< NUMA node, SOCKET_ID_ANY if unknown */
	struct rte_devargs *devargs;	/**< user arguments, may be NULL */
};

#ifdef __cplusplus
}
#endif

#endif /* _DEV_DRIVER_H_ */
