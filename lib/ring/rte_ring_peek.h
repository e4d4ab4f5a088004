/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Ring peek API: split an enqueue or dequeue in two steps.
 *
 * _start claims slots (and, for dequeue, copies the elements out) without
 * publishing anything; _finish publishes n <= the claimed count (for
 * enqueue, copying the elements in), abandoning the rest of the claim.
 * Only for sides that are serialised: SP/SC (RTE_RING_SYNC_ST) or HTS.
 * On other sync types _start claims nothing and returns 0. Call _finish
 * only after a _start that returned non-zero: on an HTS side it ends the
 * side's current claim, which would be another thread's otherwise.
 */
#ifndef _RTE_RING_PEEK_H_
#define _RTE_RING_PEEK_H_

#include <rte_ring_hts_elem_pvt.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Claim slots on the producer side; returns the count claimed. */
static __rte_always_inline unsigned int
__rte_ring_do_enqueue_start(struct rte_ring *r, uint32_t n,
		enum rte_ring_queue_behavior behavior, uint32_t *free_space)
{
	uint32_t head, next, free;

	switch (r->prod.sync_type) {
	case RTE_RING_SYNC_ST:
		n = __rte_ring_move_prod_head(r, 1, n, behavior, &head, &next,
				&free, 0);
		break;
	case RTE_RING_SYNC_MT_HTS:
		n = __rte_ring_hts_move_head(&r->hts_prod, &r->cons.tail,
				r->capacity, n, behavior, &head, &free);
		break;
	default: /* MT and RTS sides cannot hold a claim open */
		n = 0;
		free = 0;
		break;
	}
	if (free_space != NULL)
		*free_space = free - n;
	return n;
}

/*
 * Make head = tail = pos on a serialised side. Release: slot accesses of
 * the finished operation happen before the new tail is seen.
 */
static __rte_always_inline void
__rte_ring_st_set_head_tail(struct rte_ring_headtail *ht, uint32_t pos)
{
	ht->head = pos; /* only this thread writes the head of an ST side */
	__atomic_store_n(&ht->tail, pos, __ATOMIC_RELEASE);
}

/*
 * The HTS form. Everyone else waits while head != tail, so this thread is
 * the only writer of both words. The tail goes first, as a 32-bit release
 * store: the other side and the next claimant acquire that word (see
 * __rte_ring_hts_head_wait). A partial commit then moves the head back to
 * it, which is when the waiters see head == tail; a full commit leaves
 * the head alone, since a waiter may already have claimed past it.
 */
static __rte_always_inline void
__rte_ring_hts_set_head_tail(struct rte_ring_hts_headtail *ht, uint32_t pos)
{
	const uint32_t head = __atomic_load_n(&ht->ht.pos.head,
			__ATOMIC_RELAXED);

	__atomic_store_n(&ht->ht.pos.tail, pos, __ATOMIC_RELEASE);
	if (head != pos)
		__atomic_store_n(&ht->ht.pos.head, pos, __ATOMIC_RELAXED);
}

/* Tail of a serialised side: where the open claim starts. */
static __rte_always_inline uint32_t
__rte_ring_peek_tail(const struct rte_ring_headtail *ht)
{
	return __atomic_load_n(&ht->tail, __ATOMIC_RELAXED);
}

/* Commit n elements of an enqueue claim (copying done by the caller). */
static __rte_always_inline void
__rte_ring_enqueue_commit(struct rte_ring *r, uint32_t tail, uint32_t n)
{
	if (r->prod.sync_type == RTE_RING_SYNC_ST)
		__rte_ring_st_set_head_tail(&r->prod, tail + n);
	else if (r->prod.sync_type == RTE_RING_SYNC_MT_HTS)
		__rte_ring_hts_set_head_tail(&r->hts_prod, tail + n);
}

/* Commit n elements of a dequeue claim. */
static __rte_always_inline void
__rte_ring_dequeue_commit(struct rte_ring *r, uint32_t tail, uint32_t n)
{
	if (r->cons.sync_type == RTE_RING_SYNC_ST)
		__rte_ring_st_set_head_tail(&r->cons, tail + n);
	else if (r->cons.sync_type == RTE_RING_SYNC_MT_HTS)
		__rte_ring_hts_set_head_tail(&r->hts_cons, tail + n);
}

/** Claim exactly n slots for enqueue (or none); returns n or 0. */
static __rte_always_inline unsigned int
rte_ring_enqueue_bulk_elem_start(struct rte_ring *r, unsigned int n,
		unsigned int *free_space)
{
	return __rte_ring_do_enqueue_start(r, n, RTE_RING_QUEUE_FIXED,
			free_space);
}

static __rte_always_inline unsigned int
rte_ring_enqueue_bulk_start(struct rte_ring *r, unsigned int n,
		unsigned int *free_space)
{
	return rte_ring_enqueue_bulk_elem_start(r, n, free_space);
}

/** Claim up to n slots for enqueue; returns the count claimed. */
static __rte_always_inline unsigned int
rte_ring_enqueue_burst_elem_start(struct rte_ring *r, unsigned int n,
		unsigned int *free_space)
{
	return __rte_ring_do_enqueue_start(r, n, RTE_RING_QUEUE_VARIABLE,
			free_space);
}

static __rte_always_inline unsigned int
rte_ring_enqueue_burst_start(struct rte_ring *r, unsigned int n,
		unsigned int *free_space)
{
	return rte_ring_enqueue_burst_elem_start(r, n, free_space);
}

/** Copy n elements into the claimed slots and publish them. */
static __rte_always_inline void
rte_ring_enqueue_elem_finish(struct rte_ring *r, const void *obj_table,
		unsigned int esize, unsigned int n)
{
	uint32_t tail = __rte_ring_peek_tail(&r->prod);

	if (n != 0)
		__rte_ring_enqueue_elems(r, tail, obj_table, esize, n, 0);
	__rte_ring_enqueue_commit(r, tail, n);
}

static __rte_always_inline void
rte_ring_enqueue_finish(struct rte_ring *r, void * const *obj_table,
		unsigned int n)
{
	rte_ring_enqueue_elem_finish(r, obj_table, sizeof(uintptr_t), n);
}

/* Claim filled slots and copy them out without releasing them. */
static __rte_always_inline unsigned int
__rte_ring_do_dequeue_start(struct rte_ring *r, void *obj_table,
		uint32_t esize, uint32_t n, enum rte_ring_queue_behavior behavior,
		uint32_t *available)
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
		__rte_ring_dequeue_elems(r, head, obj_table, esize, n, 0);
	if (available != NULL)
		*available = avail - n;
	return n;
}

static __rte_always_inline unsigned int
rte_ring_dequeue_bulk_elem_start(struct rte_ring *r, void *obj_table,
		unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_dequeue_start(r, obj_table, esize, n,
			RTE_RING_QUEUE_FIXED, available);
}

static __rte_always_inline unsigned int
rte_ring_dequeue_bulk_start(struct rte_ring *r, void **obj_table,
		unsigned int n, unsigned int *available)
{
	return rte_ring_dequeue_bulk_elem_start(r, obj_table,
			sizeof(uintptr_t), n, available);
}

static __rte_always_inline unsigned int
rte_ring_dequeue_burst_elem_start(struct rte_ring *r, void *obj_table,
		unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_dequeue_start(r, obj_table, esize, n,
			RTE_RING_QUEUE_VARIABLE, available);
}

static __rte_always_inline unsigned int
rte_ring_dequeue_burst_start(struct rte_ring *r, void **obj_table,
		unsigned int n, unsigned int *available)
{
	return rte_ring_dequeue_burst_elem_start(r, obj_table,
			sizeof(uintptr_t), n, available);
}

/** Release n of the claimed (already copied) slots; the rest stay queued. */
static __rte_always_inline void
rte_ring_dequeue_elem_finish(struct rte_ring *r, unsigned int n)
{
	__rte_ring_dequeue_commit(r, __rte_ring_peek_tail(&r->cons), n);
}

static __rte_always_inline void
rte_ring_dequeue_finish(struct rte_ring *r, unsigned int n)
{
	rte_ring_dequeue_elem_finish(r, n);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_PEEK_H_ */
