/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mempool handlers without caches, so that every get and put goes to the
 * handler: ring_mp_mc, stack (spinlock) and lf_stack (lock-free), on one
 * lcore and on two lcores at once. Each lcore takes `bulk` objects and
 * puts them back, 1 s per point; the figure is TSC cycles per object
 * (get + put) seen by each lcore, and objects per second for all lcores.
 * DPDK 22.11 API only: tests/lpm/bench_vs_dpdk.py builds it against DPDK
 * too and prints both.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>

#include <rte_eal.h>
#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mempool.h>

#define POOL_SIZE 4095
#define MAX_BULK 32

static struct {
	struct rte_mempool *mp;
	unsigned int bulk;
	volatile int go;
	uint64_t objs[RTE_MAX_LCORE];
	uint64_t cycles[RTE_MAX_LCORE];
	int error;
} b;

static int
bench_lcore(__rte_unused void *arg)
{
	unsigned int me = rte_lcore_id();
	uint64_t start, end, n = 0;
	void *objs[MAX_BULK];
	unsigned int i;

	while (!b.go)
		;
	start = rte_rdtsc();
	end = start + rte_get_tsc_hz();
	do {
		for (i = 0; i < 256; i++) {
			if (rte_mempool_get_bulk(b.mp, objs, b.bulk) != 0) {
				b.error = 1;
				return -1;
			}
			rte_mempool_put_bulk(b.mp, objs, b.bulk);
		}
		n += 256 * b.bulk;
	} while (rte_rdtsc() < end);
	b.objs[me] = n;
	b.cycles[me] = rte_rdtsc() - start;
	return 0;
}

static void
point(const char *ops, unsigned int bulk, unsigned int nb_lcores)
{
	unsigned int lcore, used = 0;
	uint64_t objs = 0, cycles = 0;

	memset(&b, 0, sizeof(b));
	b.bulk = bulk;
	b.mp = rte_mempool_create_empty("bench", POOL_SIZE, 64, 0, 0,
		SOCKET_ID_ANY, 0);
	if (b.mp == NULL || rte_mempool_set_ops_byname(b.mp, ops, NULL) != 0 ||
	    rte_mempool_populate_default(b.mp) < 0) {
		printf("%s: cannot create the pool: %s\n", ops,
			rte_strerror(rte_errno));
		exit(1);
	}
	RTE_LCORE_FOREACH_WORKER(lcore) {
		if (used + 1 >= nb_lcores)
			break;
		rte_eal_remote_launch(bench_lcore, NULL, lcore);
		used++;
	}
	b.go = 1;
	bench_lcore(NULL);
	rte_eal_mp_wait_lcore();
	if (b.error) {
		printf("%s: a get failed\n", ops);
		exit(1);
	}
	RTE_LCORE_FOREACH(lcore) {
		objs += b.objs[lcore];
		cycles += b.cycles[lcore];
	}
	printf("%-10s %u lcore%s bulk %2u: %6.1f cycles/object, %7.1f Mobj/s\n",
		ops, nb_lcores, nb_lcores > 1 ? "s" : " ", bulk,
		(double)cycles / objs,
		objs / ((double)cycles / nb_lcores / rte_get_tsc_hz()) / 1e6);
	rte_mempool_free(b.mp);
}

int
main(int argc, char **argv)
{
	static const char *const ops[] = { "ring_mp_mc", "stack", "lf_stack" };
	static const unsigned int bulks[] = { 1, 32 };
	unsigned int o, i, l;

	if (rte_eal_init(argc, argv) < 0) {
		printf("EAL init failed\n");
		return 1;
	}
	for (l = 1; l <= RTE_MIN(2u, rte_lcore_count()); l++)
		for (o = 0; o < RTE_DIM(ops); o++)
			for (i = 0; i < RTE_DIM(bulks); i++)
				point(ops[o], bulks[i], l);
	rte_eal_cleanup();
	return 0;
}
