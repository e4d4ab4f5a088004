/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Ring API with elements of any size that is a multiple of 4 bytes.
 *
 * "bulk" calls move exactly n elements or none; "burst" calls move as many
 * as possible. mp/mc are multi-thread safe, sp/sc assume one thread per
 * side, and the unprefixed forms follow the flags given at creation.
 * esize must be the same for every call on a ring and should be a
 * compile-time constant so that the copy loops specialise.
 */
#ifndef _RTE_RING_ELEM_H_
#define _RTE_RING_ELEM_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <rte_ring_core.h>
#include <rte_ring_elem_pvt.h>
#include <rte_ring_hts.h>
#include <rte_ring_rts.h>

/**
 * Bytes needed for a ring of count elements of esize bytes (count a power
 * of two unless the ring is made with RING_F_EXACT_SZ, in which case pass
 * the rounded-up size). -EINVAL if esize is not a multiple of 4 or count
 * is not a power of two / too large.
 */
ssize_t rte_ring_get_memsize_elem(unsigned int esize, unsigned int count);

/**
 * Create a ring of count elements of esize bytes in a memzone named
 * "RG_<name>". Returns NULL with rte_errno set: EINVAL (bad count, esize or
 * flags), ENAMETOOLONG (name), EEXIST (name taken), ENOMEM/ENOSPC (memory,
 * memzones).
 */
struct rte_ring *rte_ring_create_elem(const char *name, unsigned int esize,
	unsigned int count, int socket_id, unsigned int flags);

/* ---- enqueue: multi/single producer and flag-driven forms ---- */

static __rte_always_inline unsigned int
rte_ring_mp_enqueue_bulk_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_enqueue_elem(r, obj_table, esize, n,
			RTE_RING_QUEUE_FIXED, 0, free_space);
}

static __rte_always_inline unsigned int
rte_ring_sp_enqueue_bulk_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_enqueue_elem(r, obj_table, esize, n,
			RTE_RING_QUEUE_FIXED, 1, free_space);
}

static __rte_always_inline unsigned int
rte_ring_mp_enqueue_burst_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_enqueue_elem(r, obj_table, esize, n,
			RTE_RING_QUEUE_VARIABLE, 0, free_space);
}

static __rte_always_inline unsigned int
rte_ring_sp_enqueue_burst_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_enqueue_elem(r, obj_table, esize, n,
			RTE_RING_QUEUE_VARIABLE, 1, free_space);
}

/* Dispatch on the producer sync type chosen at creation. */
static __rte_always_inline unsigned int
__rte_ring_enqueue_elem_sync(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n,
	enum rte_ring_queue_behavior behavior, unsigned int *free_space)
{
	switch (r->prod.sync_type) {
	case RTE_RING_SYNC_MT:
		return __rte_ring_do_enqueue_elem(r, obj_table, esize, n,
				behavior, 0, free_space);
	case RTE_RING_SYNC_ST:
		return __rte_ring_do_enqueue_elem(r, obj_table, esize, n,
				behavior, 1, free_space);
	case RTE_RING_SYNC_MT_RTS:
		return __rte_ring_do_rts_enqueue_elem(r, obj_table, esize, n,
				behavior, free_space);
	case RTE_RING_SYNC_MT_HTS:
		return __rte_ring_do_hts_enqueue_elem(r, obj_table, esize, n,
				behavior, free_space);
	}
	/* corrupted sync type: refuse rather than guess */
	if (free_space != NULL)
		*free_space = 0;
	return 0;
}

static __rte_always_inline unsigned int
rte_ring_enqueue_bulk_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_enqueue_elem_sync(r, obj_table, esize, n,
			RTE_RING_QUEUE_FIXED, free_space);
}

static __rte_always_inline unsigned int
rte_ring_enqueue_burst_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_enqueue_elem_sync(r, obj_table, esize, n,
			RTE_RING_QUEUE_VARIABLE, free_space);
}

/** Enqueue one element (MP safe): 0, or -ENOBUFS if the ring is full. */
static __rte_always_inline int
rte_ring_mp_enqueue_elem(struct rte_ring *r, void *obj, unsigned int esize)
{
	return rte_ring_mp_enqueue_bulk_elem(r, obj, esize, 1, NULL) ?
		0 : -ENOBUFS;
}

static __rte_always_inline int
rte_ring_sp_enqueue_elem(struct rte_ring *r, void *obj, unsigned int esize)
{
	return rte_ring_sp_enqueue_bulk_elem(r, obj, esize, 1, NULL) ?
		0 : -ENOBUFS;
}

static __rte_always_inline int
rte_ring_enqueue_elem(struct rte_ring *r, void *obj, unsigned int esize)
{
	return rte_ring_enqueue_bulk_elem(r, obj, esize, 1, NULL) ?
		0 : -ENOBUFS;
}

/* ---- dequeue: multi/single consumer and flag-driven forms ---- */

static __rte_always_inline unsigned int
rte_ring_mc_dequeue_bulk_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_dequeue_elem(r, obj_table, esize, n,
			RTE_RING_QUEUE_FIXED, 0, available);
}

static __rte_always_inline unsigned int
rte_ring_sc_dequeue_bulk_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_dequeue_elem(r, obj_table, esize, n,
			RTE_RING_QUEUE_FIXED, 1, available);
}

static __rte_always_inline unsigned int
rte_ring_mc_dequeue_burst_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_dequeue_elem(r, obj_table, esize, n,
			RTE_RING_QUEUE_VARIABLE, 0, available);
}

static __rte_always_inline unsigned int
rte_ring_sc_dequeue_burst_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_dequeue_elem(r, obj_table, esize, n,
			RTE_RING_QUEUE_VARIABLE, 1, available);
}

/* Dispatch on the consumer sync type chosen at creation. */
static __rte_always_inline unsigned int
__rte_ring_dequeue_elem_sync(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n,
	enum rte_ring_queue_behavior behavior, unsigned int *available)
{
	switch (r->cons.sync_type) {
	case RTE_RING_SYNC_MT:
		return __rte_ring_do_dequeue_elem(r, obj_table, esize, n,
				behavior, 0, available);
	case RTE_RING_SYNC_ST:
		return __rte_ring_do_dequeue_elem(r, obj_table, esize, n,
				behavior, 1, available);
	case RTE_RING_SYNC_MT_RTS:
		return __rte_ring_do_rts_dequeue_elem(r, obj_table, esize, n,
				behavior, available);
	case RTE_RING_SYNC_MT_HTS:
		return __rte_ring_do_hts_dequeue_elem(r, obj_table, esize, n,
				behavior, available);
	}
	if (available != NULL)
		*available = 0;
	return 0;
}

static __rte_always_inline unsigned int
rte_ring_dequeue_bulk_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_dequeue_elem_sync(r, obj_table, esize, n,
			RTE_RING_QUEUE_FIXED, available);
}

static __rte_always_inline unsigned int
rte_ring_dequeue_burst_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_dequeue_elem_sync(r, obj_table, esize, n,
			RTE_RING_QUEUE_VARIABLE, available);
}

/** Dequeue one element (MC safe): 0, or -ENOENT if the ring is empty. */
static __rte_always_inline int
rte_ring_mc_dequeue_elem(struct rte_ring *r, void *obj_p, unsigned int esize)
{
	return rte_ring_mc_dequeue_bulk_elem(r, obj_p, esize, 1, NULL) ?
		0 : -ENOENT;
}

static __rte_always_inline int
rte_ring_sc_dequeue_elem(struct rte_ring *r, void *obj_p, unsigned int esize)
{
	return rte_ring_sc_dequeue_bulk_elem(r, obj_p, esize, 1, NULL) ?
		0 : -ENOENT;
}

static __rte_always_inline int
rte_ring_dequeue_elem(struct rte_ring *r, void *obj_p, unsigned int esize)
{
	return rte_ring_dequeue_bulk_elem(r, obj_p, esize, 1, NULL) ?
		0 : -ENOENT;
}

#ifdef __cplusplus
}
#endif

#include <rte_ring_peek.h>
#include <rte_ring_peek_zc.h>

#endif /* _RTE_RING_ELEM_H_ */
