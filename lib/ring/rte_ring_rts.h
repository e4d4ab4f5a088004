/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Ring API, multi-producer/multi-consumer RTS (relaxed tail sync) mode.
 * Finishing threads do not wait for earlier claimants (see
 * rte_ring_rts_elem_pvt.h); htd_max bounds how far the head may run ahead
 * of the tail. Normally reached through the generic calls on a ring
 * created with RING_F_MP_RTS_ENQ/RING_F_MC_RTS_DEQ.
 */
#ifndef _RTE_RING_RTS_H_
#define _RTE_RING_RTS_H_

#include <rte_ring_rts_elem_pvt.h>

#ifdef __cplusplus
extern "C" {
#endif

static __rte_always_inline unsigned int
rte_ring_mp_rts_enqueue_bulk_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_rts_enqueue_elem(r, obj_table, esize, n,
			RTE_RING_QUEUE_FIXED, free_space);
}

static __rte_always_inline unsigned int
rte_ring_mc_rts_dequeue_bulk_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_rts_dequeue_elem(r, obj_table, esize, n,
			RTE_RING_QUEUE_FIXED, available);
}

static __rte_always_inline unsigned int
rte_ring_mp_rts_enqueue_burst_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_rts_enqueue_elem(r, obj_table, esize, n,
			RTE_RING_QUEUE_VARIABLE, free_space);
}

static __rte_always_inline unsigned int
rte_ring_mc_rts_dequeue_burst_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_rts_dequeue_elem(r, obj_table, esize, n,
			RTE_RING_QUEUE_VARIABLE, available);
}

static __rte_always_inline unsigned int
rte_ring_mp_rts_enqueue_bulk(struct rte_ring *r, void * const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_mp_rts_enqueue_bulk_elem(r, obj_table,
			sizeof(uintptr_t), n, free_space);
}

static __rte_always_inline unsigned int
rte_ring_mc_rts_dequeue_bulk(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return rte_ring_mc_rts_dequeue_bulk_elem(r, obj_table,
			sizeof(uintptr_t), n, available);
}

static __rte_always_inline unsigned int
rte_ring_mp_rts_enqueue_burst(struct rte_ring *r, void * const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_mp_rts_enqueue_burst_elem(r, obj_table,
			sizeof(uintptr_t), n, free_space);
}

static __rte_always_inline unsigned int
rte_ring_mc_rts_dequeue_burst(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return rte_ring_mc_rts_dequeue_burst_elem(r, obj_table,
			sizeof(uintptr_t), n, available);
}

/** Producer head-to-tail distance limit (RTS only; 0 otherwise). */
static inline uint32_t
rte_ring_get_prod_htd_max(const struct rte_ring *r)
{
	return r->prod.sync_type == RTE_RING_SYNC_MT_RTS ?
		r->rts_prod.htd_max : 0;
}

/** Set the producer distance limit; -ENOTSUP unless the producer is RTS. */
static inline int
rte_ring_set_prod_htd_max(struct rte_ring *r, uint32_t v)
{
	if (r->prod.sync_type != RTE_RING_SYNC_MT_RTS)
		return -ENOTSUP;
	r->rts_prod.htd_max = v;
	return 0;
}

/** Consumer head-to-tail distance limit (RTS only; 0 otherwise). */
static inline uint32_t
rte_ring_get_cons_htd_max(const struct rte_ring *r)
{
	return r->cons.sync_type == RTE_RING_SYNC_MT_RTS ?
		r->rts_cons.htd_max : 0;
}

/** Set the consumer distance limit; -ENOTSUP unless the consumer is RTS. */
static inline int
rte_ring_set_cons_htd_max(struct rte_ring *r, uint32_t v)
{
	if (r->cons.sync_type != RTE_RING_SYNC_MT_RTS)
		return -ENOTSUP;
	r->rts_cons.htd_max = v;
	return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_RTS_H_ */
