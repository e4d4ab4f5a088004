/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Ring internals, HTS (head/tail sync) mode: head and tail of a side live
 * in one 64-bit word, and a thread may only claim slots when head == tail,
 * i.e. when no other thread of that side is mid-operation. Operations of a
 * side are therefore fully serialised, which is what makes peek possible.
 */
#ifndef _RTE_RING_HTS_ELEM_PVT_H_
#define _RTE_RING_HTS_ELEM_PVT_H_

#include <rte_ring_elem_pvt.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Finish an HTS operation: tail catches up with the head. */
static __rte_always_inline void
__rte_ring_hts_update_tail(struct rte_ring_hts_headtail *ht, uint32_t old_tail,
		uint32_t num)
{
	/* Release: slot writes (enqueue) / reads (dequeue) of this operation
	 * happen before the other side and the next claimant see the tail. */
	__atomic_store_n(&ht->ht.pos.tail, old_tail + num, __ATOMIC_RELEASE);
}

/* Spin until no operation is in flight on this side (head == tail). */
static __rte_always_inline void
__rte_ring_hts_head_wait(const struct rte_ring_hts_headtail *ht,
		union __rte_ring_hts_pos *p)
{
	while (p->pos.head != p->pos.tail) {
		rte_pause();
		p->raw = __atomic_load_n(&ht->ht.raw, __ATOMIC_RELAXED);
	}
	/* Acquire pairs with the release of the tail word in update_tail
	 * (and in the peek API's finish): the previous operation's slot
	 * accesses are complete. It reads the 32-bit tail itself, the
	 * object that was released: a 64-bit load of the pair would be a
	 * mixed-size access, which the C11 model (and ThreadSanitizer) does
	 * not order. On x86 this is a plain load of a line we hold. */
	(void)__atomic_load_n(&ht->ht.pos.tail, __ATOMIC_ACQUIRE);
}

/* Claim up to num slots; *other_tail is the opposite side's tail. */
static __rte_always_inline uint32_t
__rte_ring_hts_move_head(struct rte_ring_hts_headtail *d,
		const volatile uint32_t *other_tail, uint32_t capacity,
		uint32_t num, enum rte_ring_queue_behavior behavior,
		uint32_t *old_head, uint32_t *entries)
{
	union __rte_ring_hts_pos np, op;
	uint32_t n;

	op.raw = __atomic_load_n(&d->ht.raw, __ATOMIC_RELAXED);
	do {
		n = num;
		__rte_ring_hts_head_wait(d, &op);
		/* Acquire pairs with the other side's release of its tail. */
		*entries = capacity + __atomic_load_n(other_tail,
				__ATOMIC_ACQUIRE) - op.pos.head;
		if (unlikely(n > *entries))
			n = (behavior == RTE_RING_QUEUE_FIXED) ? 0 : *entries;
		if (n == 0)
			break;
		np.pos.tail = op.pos.tail;
		np.pos.head = op.pos.head + n;
		/* Acquire on success keeps the slot accesses that follow after
		 * our claim; on failure op is reloaded and re-checked. */
	} while (__atomic_compare_exchange_n(&d->ht.raw, &op.raw, np.raw, 0,
			__ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE) == 0);
	*old_head = op.pos.head;
	return n;
}

static __rte_always_inline unsigned int
__rte_ring_do_hts_enqueue_elem(struct rte_ring *r, const void *obj_table,
		uint32_t esize, uint32_t n, enum rte_ring_queue_behavior behavior,
		uint32_t *free_space)
{
	uint32_t head, free;

	n = __rte_ring_hts_move_head(&r->hts_prod, &r->cons.tail, r->capacity,
			n, behavior, &head, &free);
	if (n != 0) {
		__rte_ring_enqueue_elems(r, head, obj_table, esize, n, 0);
		__rte_ring_hts_update_tail(&r->hts_prod, head, n);
	}
	if (free_space != NULL)
		*free_space = free - n;
	return n;
}

static __rte_always_inline unsigned int
__rte_ring_do_hts_dequeue_elem(struct rte_ring *r, void *obj_table,
		uint32_t esize, uint32_t n, enum rte_ring_queue_behavior behavior,
		uint32_t *available)
{
	uint32_t head, entries;

	/* "capacity" 0: entries = prod.tail - cons.head. */
	n = __rte_ring_hts_move_head(&r->hts_cons, &r->prod.tail, 0,
			n, behavior, &head, &entries);
	if (n != 0) {
		__rte_ring_dequeue_elems(r, head, obj_table, esize, n, 0);
		__rte_ring_hts_update_tail(&r->hts_cons, head, n);
	}
	if (available != NULL)
		*available = entries - n;
	return n;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_HTS_ELEM_PVT_H_ */
