/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * dataplane_ops: fixed counts of ring, mempool and mbuf fast-path calls,
 * one noinline function per kind, for instruction counting under
 * callgrind (tests/bench/dataplane_instr.sh). Instruction counts do not
 * depend on what else runs on the machine, so they compare pmdkit's
 * inline fast paths with DPDK's (the same source built against DPDK)
 * where cycle counts are too noisy; cycles stay the measure of record
 * (tests/bench/dataplane_perf.sh).
 *
 * Each dp_op_* function prints nothing; the command prints, per
 * function, how many operations it performed ("dp_op_name ops=N"), an
 * operation being the pair or the loop named in the function's comment.
 */
#include <stdio.h>
#include <inttypes.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>
#include <rte_ring.h>
#include <rte_ring_elem.h>

#include "test.h"

#define OPS 20000u
#define KEEP 128u

static void *objs[KEEP];
static struct { uint64_t a, b; } elems[32];
static volatile unsigned int sink;

/* Runtime value the compiler cannot fold (the benchmarks' bulk sizes
 * are run-time values too). */
static unsigned int
opaque(unsigned int v)
{
	volatile unsigned int x = v;

	return x;
}

/* One op: enqueue one pointer and dequeue it (MP/MC ring). */
static __rte_noinline void
dp_op_ring_mpmc_single(struct rte_ring *r)
{
	void *o = objs;
	unsigned int i;

	for (i = 0; i < OPS; i++) {
		rte_ring_mp_enqueue(r, o);
		rte_ring_mc_dequeue(r, &o);
	}
}

/* One op: enqueue one pointer and dequeue it (SP/SC ring). */
static __rte_noinline void
dp_op_ring_spsc_single(struct rte_ring *r)
{
	void *o = objs;
	unsigned int i;

	for (i = 0; i < OPS; i++) {
		rte_ring_sp_enqueue(r, o);
		rte_ring_sc_dequeue(r, &o);
	}
}

/* One op: bulk enqueue and dequeue of n pointers (MP/MC). */
static __rte_noinline void
dp_op_ring_mpmc_bulk(struct rte_ring *r, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < OPS; i++) {
		rte_ring_mp_enqueue_bulk(r, objs, n, NULL);
		rte_ring_mc_dequeue_bulk(r, objs, n, NULL);
	}
}

/* One op: bulk dequeue of 8 from an empty ring. */
static __rte_noinline void
dp_op_ring_empty_deq(struct rte_ring *r)
{
	unsigned int i, got = 0;

	for (i = 0; i < OPS; i++)
		got += rte_ring_mc_dequeue_bulk(r, objs, 8, NULL);
	sink = got;
}

/* One op: bulk enqueue and dequeue of n 16-byte elements (SP/SC). */
static __rte_noinline void
dp_op_ring_elem16_spsc_bulk(struct rte_ring *r, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < OPS; i++) {
		rte_ring_sp_enqueue_bulk_elem(r, elems, sizeof(elems[0]), n,
			NULL);
		rte_ring_sc_dequeue_bulk_elem(r, elems, sizeof(elems[0]), n,
			NULL);
	}
}

/* The mempool_perf loop: get KEEP objects in bulks of n, put them back,
 * through cache (NULL: straight to the pool's handler). */
static __rte_always_inline int
mempool_rounds(struct rte_mempool *mp, struct rte_mempool_cache *cache,
	unsigned int n)
{
	unsigned int r, i;

	for (r = 0; r < OPS / KEEP; r++) {
		for (i = 0; i < KEEP; i += n)
			if (rte_mempool_generic_get(mp, &objs[i], n, cache) < 0)
				return -1;
		for (i = 0; i < KEEP; i += n)
			rte_mempool_generic_put(mp, &objs[i], n, cache);
	}
	return 0;
}

/* One op: one object got and put (KEEP per round, in bulks of n), on a
 * pool without cache (nocache) or through this lcore's 512-object cache
 * (cache). */
#define DP_OP_MEMPOOL(n)						\
static __rte_noinline int						\
dp_op_mempool_nocache_b##n(struct rte_mempool *mp)			\
{									\
	return mempool_rounds(mp, NULL, opaque(n));			\
}									\
static __rte_noinline int						\
dp_op_mempool_cache_b##n(struct rte_mempool *mp)			\
{									\
	return mempool_rounds(mp,					\
		rte_mempool_default_cache(mp, rte_lcore_id()), opaque(n)); \
}
DP_OP_MEMPOOL(1)
DP_OP_MEMPOOL(4)
DP_OP_MEMPOOL(32)
#undef DP_OP_MEMPOOL

/* One op: rte_pktmbuf_alloc + rte_pktmbuf_free. */
static __rte_noinline int
dp_op_mbuf_single(struct rte_mempool *mp)
{
	unsigned int i;

	for (i = 0; i < OPS; i++) {
		struct rte_mbuf *m = rte_pktmbuf_alloc(mp);

		if (m == NULL)
			return -1;
		rte_pktmbuf_free(m);
	}
	return 0;
}

/* One op: one mbuf of rte_pktmbuf_alloc_bulk + free_bulk of 32. */
static __rte_noinline int
dp_op_mbuf_bulk32(struct rte_mempool *mp)
{
	struct rte_mbuf *m[32];
	unsigned int i;

	for (i = 0; i < OPS / 32; i++) {
		if (rte_pktmbuf_alloc_bulk(mp, m, 32) != 0)
			return -1;
		rte_pktmbuf_free_bulk(m, 32);
	}
	return 0;
}

static void
report(const char *fn, unsigned int ops)
{
	printf("%s ops=%u\n", fn, ops);
}

static int
test_dataplane_ops(void)
{
	struct rte_ring *r = rte_ring_create("dp_mpmc", 4096, SOCKET_ID_ANY, 0);
	struct rte_ring *rs = rte_ring_create("dp_spsc", 4096, SOCKET_ID_ANY,
		RING_F_SP_ENQ | RING_F_SC_DEQ);
	struct rte_ring *re = rte_ring_create_elem("dp_e16", sizeof(elems[0]),
		4096, SOCKET_ID_ANY, RING_F_SP_ENQ | RING_F_SC_DEQ);
	struct rte_mempool *m0 = rte_mempool_create("dp_m0", 2047, 2048, 0, 0,
		NULL, NULL, NULL, NULL, SOCKET_ID_ANY, 0);
	struct rte_mempool *m1 = rte_mempool_create("dp_m1", 4095, 2048, 512, 0,
		NULL, NULL, NULL, NULL, SOCKET_ID_ANY, 0);
	struct rte_mempool *b0 = rte_pktmbuf_pool_create("dp_b0", 2047, 0, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	struct rte_mempool *b1 = rte_pktmbuf_pool_create("dp_b1", 2047, 256, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	const unsigned int keep_ops = OPS / KEEP * KEEP;
	int ret = TEST_FAILED;

	if (r == NULL || rs == NULL || re == NULL || m0 == NULL || m1 == NULL ||
	    b0 == NULL || b1 == NULL) {
		printf("dataplane_ops: cannot create the rings and pools: %s\n",
			rte_strerror(rte_errno));
		goto out;
	}
	dp_op_ring_mpmc_single(r);
	report("dp_op_ring_mpmc_single", OPS);
	dp_op_ring_spsc_single(rs);
	report("dp_op_ring_spsc_single", OPS);
	dp_op_ring_mpmc_bulk(r, opaque(8));
	report("dp_op_ring_mpmc_bulk", OPS);
	dp_op_ring_empty_deq(r);
	report("dp_op_ring_empty_deq", OPS);
	dp_op_ring_elem16_spsc_bulk(re, opaque(32));
	report("dp_op_ring_elem16_spsc_bulk", OPS);
	if (dp_op_mempool_nocache_b1(m0) != 0 ||
	    dp_op_mempool_nocache_b4(m0) != 0 ||
	    dp_op_mempool_nocache_b32(m0) != 0 ||
	    dp_op_mempool_cache_b1(m1) != 0 ||
	    dp_op_mempool_cache_b4(m1) != 0 ||
	    dp_op_mempool_cache_b32(m1) != 0 ||
	    dp_op_mbuf_single(b0) != 0 || dp_op_mbuf_bulk32(b1) != 0) {
		printf("dataplane_ops: a pool ran out of objects\n");
		goto out;
	}
	report("dp_op_mempool_nocache_b1", keep_ops);
	report("dp_op_mempool_nocache_b4", keep_ops);
	report("dp_op_mempool_nocache_b32", keep_ops);
	report("dp_op_mempool_cache_b1", keep_ops);
	report("dp_op_mempool_cache_b4", keep_ops);
	report("dp_op_mempool_cache_b32", keep_ops);
	report("dp_op_mbuf_single", OPS);
	report("dp_op_mbuf_bulk32", OPS / 32 * 32);
	ret = TEST_SUCCESS;
out:
	rte_ring_free(r);
	rte_ring_free(rs);
	rte_ring_free(re);
	rte_mempool_free(m0);
	rte_mempool_free(m1);
	rte_mempool_free(b0);
	rte_mempool_free(b1);
	return ret;
}

REGISTER_TEST_COMMAND(dataplane_ops, test_dataplane_ops);
