/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal helpers shared by the ethdev source files (not installed).
 */
#ifndef _ETHDEV_PRIVATE_H_
#define _ETHDEV_PRIVATE_H_

#include <rte_spinlock.h>
#include <rte_memory.h>
#include "ethdev_driver.h"

/* Serialises port allocation/release and ownership changes. */
extern rte_spinlock_t eth_dev_ports_lock;

/*
 * Checks shared by the public functions: each logs why (at ERR, the
 * default level) and makes the caller return.
 */
#define ETH_DEV_OR_RET(port_id, retval) do { \
	if (!rte_eth_dev_is_valid_port(port_id)) { \
		RTE_ETHDEV_LOG(ERR, "Invalid port_id=%u (no such port; %u attached)\n", \
			(unsigned int)(port_id), rte_eth_dev_count_total()); \
		return retval; \
	} \
} while (0)

#define ETH_ARG_OR_RET(cond, retval, ...) do { \
	if (!(cond)) { \
		RTE_ETHDEV_LOG(ERR, __VA_ARGS__); \
		return retval; \
	} \
} while (0)

/* The PMD op, or return -ENOTSUP with a message naming it. */
#define ETH_OP_OR_RET(dev, op, retval) do { \
	if ((dev)->dev_ops == NULL || (dev)->dev_ops->op == NULL) { \
		RTE_ETHDEV_LOG(ERR, "port %u (%s): operation " #op \
			" not supported by the driver\n", (dev)->data->port_id, \
			eth_dev_driver_name(dev)); \
		return retval; \
	} \
} while (0)

/* Message prefix naming the port and its driver: "port 0 (net_ring): ". */
#define PORT_FMT "port %u (%s): "
#define PORT_ARGS(dev) (dev)->data->port_id, eth_dev_driver_name(dev)

/* Driver name of a port for messages ("?" while probing). */
const char *eth_dev_driver_name(const struct rte_eth_dev *dev);

/* Map PMD return values (-EIO when the device is gone). */
int eth_err(uint16_t port_id, int ret);

/* Fast-path table maintenance (ethdev_fp.c). */
void eth_dev_fp_ops_reset(uint16_t port_id);
void eth_dev_fp_ops_setup(struct rte_eth_dev *dev);
void eth_dev_free_rxtx_callbacks(struct rte_eth_dev *dev);

/* Queue array management (ethdev_config.c). */
int eth_dev_rx_queue_config(struct rte_eth_dev *dev, uint16_t nb_queues);
int eth_dev_tx_queue_config(struct rte_eth_dev *dev, uint16_t nb_queues);

/* -EINVAL and a message naming the limit if mtu does not fit the port
 * (min_mtu, max_mtu, max_rx_pktlen). */
int eth_dev_check_mtu(const struct rte_eth_dev *dev,
		const struct rte_eth_dev_info *info, uint32_t mtu);

/* -EINVAL and "requested <what> X not supported (supported: ...)" if
 * offloads asks for bits outside capa. */
int eth_dev_check_offloads(const struct rte_eth_dev *dev, const char *what,
		uint64_t offloads, uint64_t capa, const char *(*name_of)(uint64_t));

/* Event callback list initialisation (ethdev_events.c). */
void eth_dev_callbacks_init(struct rte_eth_dev *dev);

/* Formats the names of the bits of offloads not in capa into buf. */
void eth_dev_offload_names(char *buf, size_t size, uint64_t offloads,
		const char *(*name_of)(uint64_t));

#endif /* _ETHDEV_PRIVATE_H_ */
