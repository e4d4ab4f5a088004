/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Shared by the em guest programs (em_loopback.c, em_rx_intr.c): the
 * check macro, their frame type and the common end of a run.
 */
#ifndef EM_TEST_H
#define EM_TEST_H

#include <stdio.h>

#include <rte_ethdev.h>
#include <rte_mempool.h>

#define MAGIC_TYPE 0x88b5	/* IEEE local experimental ethertype */

/* Failure count of the program; CHECK prints one ok/FAIL line. */
static int fails;

#define CHECK(cond, ...) do { \
	if (cond) { printf("ok: "); } else { printf("FAIL: "); fails++; } \
	printf(__VA_ARGS__); printf("\n"); fflush(stdout); \
} while (0)

/* Stop and close every port, then check that all nb_mbuf mbufs are back
 * in pool (nothing leaked in a ring or a driver) and free it. */
static inline void
em_test_close_ports(struct rte_mempool *pool, unsigned int nb_mbuf)
{
	uint16_t p;

	RTE_ETH_FOREACH_DEV(p) {
		rte_eth_dev_stop(p);
		rte_eth_dev_close(p);
	}
	CHECK(rte_mempool_avail_count(pool) == nb_mbuf,
		"every mbuf back in the pool (%u of %u)",
		rte_mempool_avail_count(pool), nb_mbuf);
	rte_mempool_free(pool);
}

#endif /* EM_TEST_H */
