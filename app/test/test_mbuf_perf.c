/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * mbuf_perf: cycles per mbuf for rte_pktmbuf_alloc_bulk + 
 * rte_pktmbuf_free_bulk in bursts of 32 (the RX-refill / TX-completion
 * pattern), and for single rte_pktmbuf_alloc + rte_pktmbuf_free, with
 * and without a per-lcore cache. Same source builds against DPDK
 * (tests/bench/dataplane_perf.sh).
 */
#include <stdio.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_mbuf.h>

#include "test.h"

#define BURST 32
#define ITERS (1u << 20)

static int
mbuf_perf_pool(unsigned int cache_size)
{
	struct rte_mbuf *ms[BURST], *m;
	struct rte_mempool *mp;
	uint64_t start;
	unsigned int i;
	double bulk, single;

	mp = rte_pktmbuf_pool_create("mbuf_perf", 8191, cache_size, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	TEST_ASSERT_NOT_NULL(mp, "pool: %s", rte_strerror(rte_errno));
	start = rte_rdtsc();
	for (i = 0; i < ITERS; i++) {
		if (unlikely(rte_pktmbuf_alloc_bulk(mp, ms, BURST) != 0)) {
			rte_mempool_free(mp);
			TEST_ASSERT(0, "alloc_bulk failed");
		}
		rte_pktmbuf_free_bulk(ms, BURST);
	}
	bulk = (double)(rte_rdtsc() - start) / ((double)ITERS * BURST);
	start = rte_rdtsc();
	for (i = 0; i < ITERS; i++) {
		m = rte_pktmbuf_alloc(mp);
		if (unlikely(m == NULL)) {
			rte_mempool_free(mp);
			TEST_ASSERT(0, "alloc failed");
		}
		rte_pktmbuf_free(m);
	}
	single = (double)(rte_rdtsc() - start) / ITERS;
	printf("mbuf_perf: cache=%u: alloc_bulk+free_bulk (size: %u): %.2F cycles/mbuf\n",
		cache_size, BURST, bulk);
	printf("mbuf_perf: cache=%u: alloc+free (single): %.2F cycles/mbuf\n",
		cache_size, single);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 8191, "leak");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
test_mbuf_perf(void)
{
	TEST_RUN(mbuf_perf_pool, 256);
	TEST_RUN(mbuf_perf_pool, 0);
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(mbuf_perf, test_mbuf_perf);
