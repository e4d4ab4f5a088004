/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Ring internals, RTS (relaxed tail sync) mode: head and tail each carry a
 * position and a counter of moves. Threads claim with a CAS on the head;
 * each finishing thread bumps the tail counter, and the thread whose bump
 * makes tail.cnt equal head.cnt moves tail.pos up to head.pos. Threads
 * never wait for one another to finish in order; instead new claims wait
 * while the head is more than htd_max ahead of the tail.
 */
#ifndef _RTE_RING_RTS_ELEM_PVT_H_
#define _RTE_RING_RTS_ELEM_PVT_H_

#include <rte_atomic.h>
#include <rte_ring_elem_pvt.h>

#ifdef __cplusplus
extern "C" {
#endif

static __rte_always_inline void
__rte_ring_rts_update_tail(struct rte_ring_rts_headtail *ht)
{
	union __rte_ring_rts_poscnt h, ot, nt;

	ot.raw = __atomic_load_n(&ht->tail.raw, __ATOMIC_ACQUIRE);
	do {
		/* Relaxed: a stale head only means we do not move pos; the
		 * thread holding the newer head will. */
		h.raw = __atomic_load_n(&ht->head.raw, __ATOMIC_RELAXED);
		nt.raw = ot.raw;
		if (++nt.val.cnt == h.val.cnt) {
			nt.val.pos = h.val.pos;
			/* The other side acquires the 32-bit position alone,
			 * which TSan does not pair with this 64-bit release:
			 * tell it that the position is released here. */
			__rte_tsan_release(&ht->tail.val.pos);
		}
		/* Release: our slot accesses happen before the tail move; the
		 * RMW chain carries earlier finishers' releases along. */
	} while (__atomic_compare_exchange_n(&ht->tail.raw, &ot.raw, nt.raw, 0,
			__ATOMIC_RELEASE, __ATOMIC_ACQUIRE) == 0);
}

/* Wait while the head is too far ahead of the tail (htd_max). */
static __rte_always_inline void
__rte_ring_rts_head_wait(const struct rte_ring_rts_headtail *ht,
		union __rte_ring_rts_poscnt *h)
{
	uint32_t max = ht->htd_max;

	while (h->val.pos - __atomic_load_n(&ht->tail.val.pos,
			__ATOMIC_RELAXED) > max) {
		rte_pause();
		/* Acquire: re-read the head before re-reading the tail. */
		h->raw = __atomic_load_n(&ht->head.raw, __ATOMIC_ACQUIRE);
	}
}

static __rte_always_inline uint32_t
__rte_ring_rts_move_head(struct rte_ring_rts_headtail *d,
		const volatile uint32_t *other_tail, uint32_t capacity,
		uint32_t num, enum rte_ring_queue_behavior behavior,
		uint32_t *old_head, uint32_t *entries)
{
	union __rte_ring_rts_poscnt nh, oh;
	uint32_t n;

	oh.raw = __atomic_load_n(&d->head.raw, __ATOMIC_ACQUIRE);
	do {
		n = num;
		__rte_ring_rts_head_wait(d, &oh);
		/* Acquire pairs with the other side's release of its tail. */
		*entries = capacity + __atomic_load_n(other_tail,
				__ATOMIC_ACQUIRE) - oh.val.pos;
		if (unlikely(n > *entries))
			n = (behavior == RTE_RING_QUEUE_FIXED) ? 0 : *entries;
		if (n == 0)
			break;
		nh.val.pos = oh.val.pos + n;
		nh.val.cnt = oh.val.cnt + 1;
		/* Acquire on success: slot accesses stay after the claim.
		 * Release: our other_tail load comes before the new head, so
		 * a thread that acquires this head reads a tail at least as
		 * new (an older one would make *entries underflow). */
	} while (__atomic_compare_exchange_n(&d->head.raw, &oh.raw, nh.raw, 0,
			__ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE) == 0);
	*old_head = oh.val.pos;
	return n;
}

static __rte_always_inline unsigned int
__rte_ring_do_rts_enqueue_elem(struct rte_ring *r, const void *obj_table,
		uint32_t esize, uint32_t n, enum rte_ring_queue_behavior behavior,
		uint32_t *free_space)
{
	uint32_t head, free;

	n = __rte_ring_rts_move_head(&r->rts_prod, &r->cons.tail, r->capacity,
			n, behavior, &head, &free);
	if (n != 0) {
		__rte_ring_enqueue_elems(r, head, obj_table, esize, n, 0);
		__rte_ring_rts_update_tail(&r->rts_prod);
	}
	if (free_space != NULL)
		*free_space = free - n;
	return n;
}

static __rte_always_inline unsigned int
__rte_ring_do_rts_dequeue_elem(struct rte_ring *r, void *obj_table,
		uint32_t esize, uint32_t n, enum rte_ring_queue_behavior behavior,
		uint32_t *available)
{
	uint32_t head, entries;

	n = __rte_ring_rts_move_head(&r->rts_cons, &r->prod.tail, 0,
			n, behavior, &head, &entries);
	if (n != 0) {
		__rte_ring_dequeue_elems(r, head, obj_table, esize, n, 0);
		__rte_ring_rts_update_tail(&r->rts_cons);
	}
	if (available != NULL)
		*available = entries - n;
	return n;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_RTS_ELEM_PVT_H_ */
