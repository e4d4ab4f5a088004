/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * mempool_perf_autotest: objects per second through get/put, measured the
 * way DPDK 22.11's mempool_perf_autotest does (each lcore repeatedly gets
 * n_keep objects in bulks of n_get_bulk and puts them back in bulks of
 * n_put_bulk; rate = objects got and put per second, all lcores), on a
 * subset of its grid: cache 0 and 512, one and two lcores, bulks 1/4/32,
 * n_keep 128, 1 s per point (DPDK uses 5 s). The same source builds
 * against DPDK (tests/bench/dataplane_perf.sh) for a side-by-side run.
 */
#include <stdio.h>
#include <inttypes.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_pause.h>
#include <rte_mempool.h>

#include "test.h"

#define N_KEEP 128
#define ELT_SIZE 2048
#define ROUNDS_PER_CHECK 512   /* get/put rounds between clock reads */
#define DURATION_S 1

struct perf_cfg {
	struct rte_mempool *mp;
	unsigned int bulk;
	volatile int start;
	uint64_t count[RTE_MAX_LCORE];
	int error;
};

static struct perf_cfg cfg;

static int
per_lcore(__rte_unused void *arg)
{
	unsigned int lcore = rte_lcore_id(), idx, r;
	struct rte_mempool_cache *cache =
		rte_mempool_default_cache(cfg.mp, lcore);
	void *objs[N_KEEP];
	uint64_t end, count = 0, hz = rte_get_tsc_hz();

	while (!cfg.start)
		rte_pause();
	end = rte_rdtsc() + hz * DURATION_S;
	while (rte_rdtsc() < end) {
		for (r = 0; r < ROUNDS_PER_CHECK; r++) {
			for (idx = 0; idx < N_KEEP; idx += cfg.bulk)
				if (unlikely(rte_mempool_generic_get(cfg.mp,
						&objs[idx], cfg.bulk, cache) < 0)) {
					cfg.error = 1;
					return -1;
				}
			for (idx = 0; idx < N_KEEP; idx += cfg.bulk)
				rte_mempool_generic_put(cfg.mp, &objs[idx],
					cfg.bulk, cache);
		}
		count += (uint64_t)ROUNDS_PER_CHECK * N_KEEP;
	}
	cfg.count[lcore] = count;
	return 0;
}

static int
run_point(struct rte_mempool *mp, unsigned int cache_size, unsigned int cores,
	unsigned int bulk)
{
	unsigned int lcore, worker = rte_get_next_lcore(-1, 1, 0);
	uint64_t total = 0;

	memset(cfg.count, 0, sizeof(cfg.count));
	cfg.mp = mp;
	cfg.bulk = bulk;
	cfg.start = 0;
	cfg.error = 0;
	if (cores == 2) {
		TEST_ASSERT(worker < RTE_MAX_LCORE, "needs two lcores");
		TEST_ASSERT_EQUAL(rte_eal_remote_launch(per_lcore, NULL,
			worker), 0, "launch");
	}
	cfg.start = 1;
	per_lcore(NULL);
	if (cores == 2)
		rte_eal_wait_lcore(worker);
	TEST_ASSERT(!cfg.error, "get failed: pool too small");
	for (lcore = 0; lcore < RTE_MAX_LCORE; lcore++)
		total += cfg.count[lcore];
	printf("mempool_autotest cache=%u cores=%u n_get_bulk=%u "
		"n_put_bulk=%u n_keep=%u constant_n=0 rate_persec=%" PRIu64 "\n",
		cache_size, cores, bulk, bulk, N_KEEP,
		total / DURATION_S);
	fflush(stdout);
	return TEST_SUCCESS;
}

static int
test_mempool_perf(void)
{
	static const unsigned int bulks[] = { 1, 4, 32 };
	static const unsigned int caches[] = { 0, 512 };
	unsigned int c, cores, b, n;
	struct rte_mempool *mp;

	/* enough objects for every lcore's n_keep plus a full cache */
	n = 2 * (N_KEEP + RTE_MEMPOOL_CACHE_MAX_SIZE * 3 / 2) - 1;
	for (c = 0; c < RTE_DIM(caches); c++) {
		mp = rte_mempool_create(caches[c] ? "perf_cache" : "perf_nocache",
			n, ELT_SIZE, caches[c], 0, NULL, NULL, NULL, NULL,
			SOCKET_ID_ANY, 0);
		TEST_ASSERT_NOT_NULL(mp, "create: %s", rte_strerror(rte_errno));
		for (cores = 1; cores <= 2; cores++)
			for (b = 0; b < RTE_DIM(bulks); b++)
				TEST_RUN(run_point, mp, caches[c], cores,
					bulks[b]);
		rte_mempool_free(mp);
	}
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(mempool_perf_autotest, test_mempool_perf);
