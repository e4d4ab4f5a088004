/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Ring-based mempool handlers: free objects are kept in an rte_ring whose
 * producer/consumer modes give the handler its name (mp/sp put, mc/sc
 * get). The ring holds every object: its size is the next power of two
 * above the pool size, so an enqueue of returned objects never fails.
 */
#include <stdio.h>
#include <errno.h>

#include <rte_errno.h>
#include <rte_log.h>

#include "rte_mempool.h"

/*
 * The handlers' enqueue and dequeue. Without a cache every get and put is
 * a single object (mempool get/put on a pool with cache_size 0, mbuf
 * alloc/free on such a pool), or a small bulk. Sizes 1, 2 and 4 get their
 * own copies of the ring code with n a constant: a few moves, few
 * registers. Other sizes take the general copy loop, whose prologue saves
 * six registers, in a separate function (mempool_perf without cache:
 * bulk 1 0.85x -> 1.1x, bulk 4 0.89x -> 1.08x of DPDK).
 */
#define RING_HANDLER_OP(name, obj_t, ring_op, err)			\
static __rte_noinline int						\
name##_n(struct rte_mempool *mp, obj_t obj_table, unsigned int n)	\
{									\
	return ring_op(mp->pool_data, obj_table, n, NULL) == 0 ? err : 0; \
}									\
static int								\
name(struct rte_mempool *mp, obj_t obj_table, unsigned int n)		\
{									\
	switch (n) {							\
	case 1:								\
		return ring_op(mp->pool_data, obj_table, 1, NULL) == 0 ? \
			err : 0;					\
	case 2:								\
		return ring_op(mp->pool_data, obj_table, 2, NULL) == 0 ? \
			err : 0;					\
	case 4:								\
		return ring_op(mp->pool_data, obj_table, 4, NULL) == 0 ? \
			err : 0;					\
	default:							\
		return name##_n(mp, obj_table, n);			\
	}								\
}
/*
 * The multi-thread handlers use the ring without its cache-line hints:
 * every lcore both puts to and gets from a pool's ring, so the lines an
 * enqueue would ask for ahead are as often another putter's, which it
 * would take mid-copy, as a consumer's (mempool_perf without cache, two
 * lcores, bulk 32: 0.95x -> 0.99x of DPDK; bulk 1 and 4: 1.00x -> 1.03x
 * and 1.01x -> 1.04x).
 */
static __rte_always_inline unsigned int
pool_mp_enqueue(struct rte_ring *r, void * const *obj, unsigned int n,
		unsigned int *free_space)
{
	return __rte_ring_do_enqueue_elem_hints(r, obj, sizeof(void *), n,
			RTE_RING_QUEUE_FIXED, 0, free_space, 0);
}
static __rte_always_inline unsigned int
pool_mc_dequeue(struct rte_ring *r, void **obj, unsigned int n,
		unsigned int *available)
{
	return __rte_ring_do_dequeue_elem_hints(r, obj, sizeof(void *), n,
			RTE_RING_QUEUE_FIXED, 0, available, 0);
}
RING_HANDLER_OP(ring_enqueue_mp, void * const *, pool_mp_enqueue, -ENOBUFS)
RING_HANDLER_OP(ring_enqueue_sp, void * const *, rte_ring_sp_enqueue_bulk, -ENOBUFS)
RING_HANDLER_OP(ring_dequeue_mc, void **, pool_mc_dequeue, -ENOENT)
RING_HANDLER_OP(ring_dequeue_sc, void **, rte_ring_sc_dequeue_bulk, -ENOENT)
#undef RING_HANDLER_OP

static unsigned int
ring_get_count(const struct rte_mempool *mp)
{
	return rte_ring_count(mp->pool_data);
}

static int
ring_alloc_flags(struct rte_mempool *mp, unsigned int rg_flags)
{
	char rg_name[RTE_RING_NAMESIZE];
	struct rte_ring *r;
	int ret;

	ret = snprintf(rg_name, sizeof(rg_name), RTE_MEMPOOL_MZ_FORMAT,
		mp->name);
	if (ret < 0 || ret >= (int)sizeof(rg_name)) {
		rte_errno = ENAMETOOLONG;
		return -rte_errno;
	}
	r = rte_ring_create(rg_name, rte_align32pow2(mp->size + 1),
		mp->socket_id, rg_flags);
	if (r == NULL)
		return -rte_errno;
	mp->pool_data = r;
	return 0;
}

static int ring_alloc_mp_mc(struct rte_mempool *mp)
{ return ring_alloc_flags(mp, 0); }
static int ring_alloc_sp_sc(struct rte_mempool *mp)
{ return ring_alloc_flags(mp, RING_F_SP_ENQ | RING_F_SC_DEQ); }
static int ring_alloc_mp_sc(struct rte_mempool *mp)
{ return ring_alloc_flags(mp, RING_F_SC_DEQ); }
static int ring_alloc_sp_mc(struct rte_mempool *mp)
{ return ring_alloc_flags(mp, RING_F_SP_ENQ); }

static void
ring_free(struct rte_mempool *mp)
{
	rte_ring_free(mp->pool_data);
	mp->pool_data = NULL;
}

static const struct rte_mempool_ops ops_mp_mc = {
	.name = "ring_mp_mc",
	.alloc = ring_alloc_mp_mc,
	.free = ring_free,
	.enqueue = ring_enqueue_mp,
	.dequeue = ring_dequeue_mc,
	.get_count = ring_get_count,
};

static const struct rte_mempool_ops ops_sp_sc = {
	.name = "ring_sp_sc",
	.alloc = ring_alloc_sp_sc,
	.free = ring_free,
	.enqueue = ring_enqueue_sp,
	.dequeue = ring_dequeue_sc,
	.get_count = ring_get_count,
};

static const struct rte_mempool_ops ops_mp_sc = {
	.name = "ring_mp_sc",
	.alloc = ring_alloc_mp_sc,
	.free = ring_free,
	.enqueue = ring_enqueue_mp,
	.dequeue = ring_dequeue_sc,
	.get_count = ring_get_count,
};

static const struct rte_mempool_ops ops_sp_mc = {
	.name = "ring_sp_mc",
	.alloc = ring_alloc_sp_mc,
	.free = ring_free,
	.enqueue = ring_enqueue_sp,
	.dequeue = ring_dequeue_mc,
	.get_count = ring_get_count,
};

RTE_MEMPOOL_REGISTER_OPS(ops_mp_mc);
RTE_MEMPOOL_REGISTER_OPS(ops_sp_sc);
RTE_MEMPOOL_REGISTER_OPS(ops_mp_sc);
RTE_MEMPOOL_REGISTER_OPS(ops_sp_mc);
