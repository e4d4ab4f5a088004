/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Ring zero-copy peek API: _start claims slots and returns pointers into
 * the ring itself (two pieces when the claim wraps), the caller reads or
 * writes the elements in place, then _finish publishes n of them. Same
 * sync-type restrictions as rte_ring_peek.h (SP/SC or HTS only).
 */
#ifndef _RTE_RING_PEEK_ZC_H_
#define _RTE_RING_PEEK_ZC_H_

#include <rte_ring_peek.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Where the claimed elements are: n1 at ptr1, then the rest at ptr2. */
struct rte_ring_zc_data {
	void *ptr1;       /**< first claimed element */
	void *ptr2;       /**< continuation after the wrap, or NULL */
	unsigned int n1;  /**< number of elements at ptr1 */
} __rte_cache_aligned;

/* Describe n claimed elements starting at position pos. */
static __rte_always_inline void
__rte_ring_get_elem_addr(struct rte_ring *r, uint32_t pos, uint32_t esize,
		uint32_t n, struct rte_ring_zc_data *zcd)
{
	uint32_t idx = pos & r->mask;
	char *ring = (char *)&r[1];

	zcd->ptr1 = ring + (size_t)idx * esize;
	if (idx + n <= r->size) {
		zcd->n1 = n;
		zcd->ptr2 = NULL;
	} else {
		zcd->n1 = r->size - idx;
		zcd->ptr2 = ring;
	}
}

static __rte_always_inline unsigned int
__rte_ring_do_enqueue_zc_elem_start(struct rte_ring *r, unsigned int esize,
		uint32_t n, enum rte_ring_queue_behavior behavior,
		struct rte_ring_zc_data *zcd, unsigned int *free_space)
{
	n = __rte_ring_do_enqueue_start(r, n, behavior, free_space);
	if (n != 0)
		__rte_ring_get_elem_addr(r, __rte_ring_peek_tail(&r->prod),
				esize, n, zcd);
	return n;
}

static __rte_always_inline unsigned int
rte_ring_enqueue_zc_bulk_elem_start(struct rte_ring *r, unsigned int esize,
		unsigned int n, struct rte_ring_zc_data *zcd,
		unsigned int *free_space)
{
	return __rte_ring_do_enqueue_zc_elem_start(r, esize, n,
			RTE_RING_QUEUE_FIXED, zcd, free_space);
}

static __rte_always_inline unsigned int
rte_ring_enqueue_zc_bulk_start(struct rte_ring *r, unsigned int n,
		struct rte_ring_zc_data *zcd, unsigned int *free_space)
{
	return rte_ring_enqueue_zc_bulk_elem_start(r, sizeof(uintptr_t), n,
			zcd, free_space);
}

static __rte_always_inline unsigned int
rte_ring_enqueue_zc_burst_elem_start(struct rte_ring *r, unsigned int esize,
		unsigned int n, struct rte_ring_zc_data *zcd,
		unsigned int *free_space)
{
	return __rte_ring_do_enqueue_zc_elem_start(r, esize, n,
			RTE_RING_QUEUE_VARIABLE, zcd, free_space);
}

static __rte_always_inline unsigned int
rte_ring_enqueue_zc_burst_start(struct rte_ring *r, unsigned int n,
		struct rte_ring_zc_data *zcd, unsigned int *free_space)
{
	return rte_ring_enqueue_zc_burst_elem_start(r, sizeof(uintptr_t), n,
			zcd, free_space);
}

/** Publish n elements written in place. */
static __rte_always_inline void
rte_ring_enqueue_zc_elem_finish(struct rte_ring *r, unsigned int n)
{
	__rte_ring_enqueue_commit(r, __rte_ring_peek_tail(&r->prod), n);
}

static __rte_always_inline void
rte_ring_enqueue_zc_finish(struct rte_ring *r, unsigned int n)
{
	rte_ring_enqueue_zc_elem_finish(r, n);
}

static __rte_always_inline unsigned int
__rte_ring_do_dequeue_zc_elem_start(struct rte_ring *r, uint32_t esize,
		uint32_t n, enum rte_ring_queue_behavior behavior,
		struct rte_ring_zc_data *zcd, unsigned int *available)
{
	uint32_t head, next, avail;

	switch (r->cons.sync_type) {
	case RTE_RING_SYNC_ST:
		n = __rte_ring_move_cons_head(r, 1, n, behavior, &head, &next,
				&avail);
		break;
	case RTE_RING_SYNC_MT_HTS:
		n = __rte_ring_hts_move_head(&r->hts_cons, &r->prod.tail, 0,
				n, behavior, &head, &avail);
		break;
	default:
		n = 0;
		avail = 0;
		break;
	}
	if (n != 0)
		__rte_ring_get_elem_addr(r, head, esize, n, zcd);
	if (available != NULL)
		*available = avail - n;
	return n;
}

static __rte_always_inline unsigned int
rte_ring_dequeue_zc_bulk_elem_start(struct rte_ring *r, unsigned int esize,
		unsigned int n, struct rte_ring_zc_data *zcd,
		unsigned int *available)
{
	return __rte_ring_do_dequeue_zc_elem_start(r, esize, n,
			RTE_RING_QUEUE_FIXED, zcd, available);
}

static __rte_always_inline unsigned int
rte_ring_dequeue_zc_bulk_start(struct rte_ring *r, unsigned int n,
		struct rte_ring_zc_data *zcd, unsigned int *available)
{
	return rte_ring_dequeue_zc_bulk_elem_start(r, sizeof(uintptr_t), n,
			zcd, available);
}

static __rte_always_inline unsigned int
rte_ring_dequeue_zc_burst_elem_start(struct rte_ring *r, unsigned int esize,
		unsigned int n, struct rte_ring_zc_data *zcd,
		unsigned int *available)
{
	return __rte_ring_do_dequeue_zc_elem_start(r, esize, n,
			RTE_RING_QUEUE_VARIABLE, zcd, available);
}

static __rte_always_inline unsigned int
rte_ring_dequeue_zc_burst_start(struct rte_ring *r, unsigned int n,
		struct rte_ring_zc_data *zcd, unsigned int *available)
{
	return rte_ring_dequeue_zc_burst_elem_start(r, sizeof(uintptr_t), n,
			zcd, available);
}

/** Release n elements read in place. */
static __rte_always_inline void
rte_ring_dequeue_zc_elem_finish(struct rte_ring *r, unsigned int n)
{
	rte_ring_dequeue_elem_finish(r, n);
}

static __rte_always_inline void
rte_ring_dequeue_zc_finish(struct rte_ring *r, unsigned int n)
{
	rte_ring_dequeue_elem_finish(r, n);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_PEEK_ZC_H_ */
