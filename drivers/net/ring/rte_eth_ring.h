/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Ethdev ports backed by rte_rings (DPDK 22.11 rte_eth_ring.h).
 *
 * What a port transmits is enqueued on its tx ring, what it receives is
 * dequeued from its rx ring. Two ports whose rings are crossed form a
 * back-to-back link: port A (rx: r1, tx: r2) and port B (rx: r2, tx: r1).
 */
#ifndef _RTE_ETH_RING_H_
#define _RTE_ETH_RING_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <rte_ring.h>

/**
 * Create an ethdev port (a "net_ring" virtual device) from rings.
 *
 * @param name
 *   Port and device name; must start with "net_ring" (or "eth_ring").
 * @param rx_queues
 *   nb_rx_queues rings, one per rx queue.
 * @param nb_rx_queues
 *   Number of rx queues (at most 16).
 * @param tx_queues
 *   nb_tx_queues rings, one per tx queue.
 * @param nb_tx_queues
 *   Number of tx queues (at most 16).
 * @param numa_node
 *   NUMA node for the port's memory.
 * @return
 *   The new port id, or -1 with rte_errno set on error. The rings stay
 *   owned by the caller: closing the port does not free them.
 */
int rte_eth_from_rings(const char *name,
		struct rte_ring * const rx_queues[],
		const unsigned nb_rx_queues,
		struct rte_ring *const tx_queues[],
		const unsigned nb_tx_queues,
		const unsigned numa_node);

/**
 * Create an ethdev port named after ring r that receives from and
 * transmits to r (a loop). Shortcut for rte_eth_from_rings(r->name, &r, 1,
 * &r, 1, node of r); the ring name must therefore start with "net_ring".
 * @return the port id, or -1 with rte_errno set.
 */
int rte_eth_from_ring(struct rte_ring *r);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ETH_RING_H_ */
