/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * net_ring internals shared by the ethdev side (ring_ethdev.c) and the
 * device side (ring_vdev.c: devargs, rte_eth_from_rings, ring ownership).
 */
#ifndef _RING_PMD_H_
#define _RING_PMD_H_

#include <stdbool.h>
#include <stdint.h>
#include <rte_ether.h>
#include <rte_ring.h>
#include <bus_vdev_driver.h>

/* As DPDK: up to 16 queues each way, rings of 1024 for default ports. */
#define RING_PMD_MAX_QUEUES 16
#define RING_PMD_DEFAULT_RING_SIZE 1024

extern int ring_pmd_logtype;
#define RING_LOG(level, fmt, ...) \
	rte_log(RTE_LOG_ ## level, ring_pmd_logtype, "net_ring: " fmt "\n", \
		##__VA_ARGS__)

/*
 * One queue. Each queue is polled by one thread at a time (ethdev rule), so
 * the counters have a single writer; they are read by stats_get on another
 * thread, hence the relaxed atomic loads/stores (no ordering needed: they
 * are independent counters).
 */
struct ring_queue {
	struct rte_ring *rng;
	uint64_t pkts;		/* received (rx) or enqueued (tx); no bytes, as DPDK */
	uint64_t errs;		/* tx: packets refused because the ring was full */
};

struct ring_pmd_internals {
	unsigned int nb_rx;
	unsigned int nb_tx;
	struct ring_queue rxq[RING_PMD_MAX_QUEUES];
	struct ring_queue txq[RING_PMD_MAX_QUEUES];
	/* Rings this port holds a reference on (created by the PMD). */
	struct rte_ring *owned[2 * RING_PMD_MAX_QUEUES];
	unsigned int nb_owned;
	struct rte_ether_addr mac;
};

/*
 * Create the ethdev port of vdev over the given rings. owned[] lists the
 * rings the port holds a PMD reference on (released at close).
 * Returns 0 or a negative errno; on error the references are released.
 */
int ring_port_create(struct rte_vdev_device *vdev,
	struct rte_ring *const rx[], unsigned int nb_rx,
	struct rte_ring *const tx[], unsigned int nb_tx,
	struct rte_ring *const owned[], unsigned int nb_owned,
	int numa_node);

/* Drop a port's reference on a PMD-created ring; frees it at zero. */
void ring_pmd_ring_put(struct rte_ring *r);

#endif /* _RING_PMD_H_ */
