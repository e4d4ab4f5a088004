/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Fast-path dispatch table (DPDK 22.11 rte_ethdev_core.h). Included by
 * rte_ethdev.h; applications do not include it directly.
 *
 * rte_eth_fp_ops[port] holds copies of the PMD's burst functions and a
 * pointer to the port's queue array, so rte_eth_rx_burst() costs two loads
 * and an indirect call. ethdev fills an entry on rte_eth_dev_start() and
 * points it back at harmless dummies on stop/release, so a call on a
 * stopped port returns 0 packets instead of crashing.
 */
#ifndef _RTE_ETHDEV_CORE_H_
#define _RTE_ETHDEV_CORE_H_

#include <stdint.h>
#include <pthread.h>
#include <sys/queue.h>

#include <rte_common.h>

struct rte_mbuf;
struct rte_eth_dev;
struct rte_eth_dev_callback;
TAILQ_HEAD(rte_eth_dev_cb_list, rte_eth_dev_callback);

/** PMD receive function. */
typedef uint16_t (*eth_rx_burst_t)(void *rxq, struct rte_mbuf **rx_pkts,
		uint16_t nb_pkts);
/** PMD transmit function. */
typedef uint16_t (*eth_tx_burst_t)(void *txq, struct rte_mbuf **tx_pkts,
		uint16_t nb_pkts);
/** PMD transmit preparation function. */
typedef uint16_t (*eth_tx_prep_t)(void *txq, struct rte_mbuf **tx_pkts,
		uint16_t nb_pkts);
/** Number of used descriptors of an Rx queue. */
typedef uint32_t (*eth_rx_queue_count_t)(void *rxq);
/** Status of one Rx descriptor (RTE_ETH_RX_DESC_*). */
typedef int (*eth_rx_descriptor_status_t)(void *rxq, uint16_t offset);
/** Status of one Tx descriptor (RTE_ETH_TX_DESC_*). */
typedef int (*eth_tx_descriptor_status_t)(void *txq, uint16_t offset);

/** Queue pointers of one direction of a port. */
struct rte_ethdev_qdata {
	void **data;	/**< queue private data, indexed by queue id */
	void **clbk;	/**< first rxtx callback per queue, or NULL */
};

/** Fast-path entry of one port. */
struct rte_eth_fp_ops {
	eth_rx_burst_t rx_pkt_burst;
	eth_rx_queue_count_t rx_queue_count;
	eth_rx_descriptor_status_t rx_descriptor_status;
	struct rte_ethdev_qdata rxq;
	uintptr_t reserved1[3];
	eth_tx_burst_t tx_pkt_burst;
	eth_tx_prep_t tx_pkt_prepare;
	eth_tx_descriptor_status_t tx_descriptor_status;
	struct rte_ethdev_qdata txq;
	uintptr_t reserved2[3];
} __rte_cache_aligned;

/** The fast-path table, indexed by port id. */
extern struct rte_eth_fp_ops rte_eth_fp_ops[RTE_MAX_ETHPORTS];

#endif /* _RTE_ETHDEV_CORE_H_ */
