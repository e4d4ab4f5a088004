/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Ring internals: element copy in/out with wrap-around, and the classic
 * (MP/MC and SP/SC) head/tail protocol. Not for direct use.
 *
 * Memory ordering of the classic protocol (valid on weakly ordered CPUs):
 *  - A producer reads cons.tail with acquire: the consumer's release store
 *    of cons.tail happens after it finished reading the slots, so the slots
 *    we are about to overwrite are no longer being read.
 *  - A producer publishes with a release store of prod.tail after writing
 *    the slots; the consumer's acquire load of prod.tail makes the slot
 *    contents visible before it reads them. The consumer side mirrors this.
 *  - Heads only serialise threads of the same side; CAS on them is relaxed
 *    because the data they guard is ordered by the tails.
 */
#ifndef _RTE_RING_ELEM_PVT_H_
#define _RTE_RING_ELEM_PVT_H_

#include <rte_memcpy.h>
#include <rte_prefetch.h>
#include <rte_ring_core.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Copy n elements of esize bytes into the ring at position pos, wrapping
 * at the end of the array. esize is a compile-time constant in every
 * caller, so the unit selection folds away. single: this side has one
 * thread (no locked instruction before the copy), which selects the
 * word moves that store-to-load forwarding serves best (see
 * __rte_copy64).
 */
static __rte_always_inline void
__rte_ring_enqueue_elems(struct rte_ring *r, uint32_t pos,
		const void *obj_table, uint32_t esize, uint32_t n,
		uint32_t single)
{
	uint32_t idx = pos & r->mask;
	uint32_t first = r->size - idx;  /* slots before the wrap */

	if (esize % 8 == 0) {
		const uint32_t k = esize / 8; /* 64-bit words per element */
		uint64_t *ring = (uint64_t *)&r[1];
		const uint64_t *src = (const uint64_t *)obj_table;

		if (likely(n <= first)) {
			__rte_copy64(ring + idx * k, src, n * k, single);
		} else {
			__rte_copy64(ring + idx * k, src, first * k, single);
			__rte_copy64(ring, src + first * k, (n - first) * k,
					single);
		}
	} else {
		const uint32_t k = esize / 4; /* 32-bit words per element */
		uint32_t *ring = (uint32_t *)&r[1];
		const uint32_t *src = (const uint32_t *)obj_table;

		if (likely(n <= first)) {
			__rte_copy32(ring + idx * k, src, n * k, single);
		} else {
			__rte_copy32(ring + idx * k, src, first * k, single);
			__rte_copy32(ring, src + first * k, (n - first) * k,
					single);
		}
	}
}

/* Copy n elements of esize bytes out of the ring from position pos
 * (single: as for the enqueue). */
static __rte_always_inline void
__rte_ring_dequeue_elems(struct rte_ring *r, uint32_t pos,
		void *obj_table, uint32_t esize, uint32_t n, uint32_t single)
{
	uint32_t idx = pos & r->mask;
	uint32_t first = r->size - idx;

	if (esize % 8 == 0) {
		const uint32_t k = esize / 8;
		const uint64_t *ring = (const uint64_t *)&r[1];
		uint64_t *dst = (uint64_t *)obj_table;

		if (likely(n <= first)) {
			__rte_copy64(dst, ring + idx * k, n * k, single);
		} else {
			__rte_copy64(dst, ring + idx * k, first * k, single);
			__rte_copy64(dst + first * k, ring, (n - first) * k,
					single);
		}
	} else {
		const uint32_t k = esize / 4;
		const uint32_t *ring = (const uint32_t *)&r[1];
		uint32_t *dst = (uint32_t *)obj_table;

		if (likely(n <= first)) {
			__rte_copy32(dst, ring + idx * k, n * k, single);
		} else {
			__rte_copy32(dst, ring + idx * k, first * k, single);
			__rte_copy32(dst + first * k, ring, (n - first) * k,
					single);
		}
	}
}

/*
 * Publish a side's tail: move it from old_val to new_val. With several
 * threads on this side, wait for the earlier claimants to publish first so
 * that the tail only ever covers fully written (or fully read) slots.
 */
static __rte_always_inline void
__rte_ring_update_tail(struct rte_ring_headtail *ht, uint32_t old_val,
		uint32_t new_val, uint32_t single)
{
	if (!single) {
		/* Acquire: it chains the earlier claimant's release of the
		 * tail to ours. The other side reads only our tail value, and
		 * a release sequence does not extend through a plain store,
		 * so without the chain the earlier claimant's slot accesses
		 * would not be ordered for it. (Free on x86.) */
		while (unlikely(__atomic_load_n(&ht->tail, __ATOMIC_ACQUIRE) !=
				old_val))
			rte_pause();
	}
	/* Release: our slot writes (enqueue) or slot reads (dequeue) happen
	 * before the other side can see the new tail. */
	__atomic_store_n(&ht->tail, new_val, __ATOMIC_RELEASE);
}

/*
 * Claim up to n slots for enqueue. Returns the number claimed (0 if none
 * or, with FIXED behaviour, fewer than n were free); old_head and new_head
 * bound the claimed range, *free_entries is the free count seen. esize is
 * the element size (0 where the caller does not copy elements itself).
 */
static __rte_always_inline uint32_t
__rte_ring_move_prod_head(struct rte_ring *r, uint32_t is_sp, uint32_t n,
		enum rte_ring_queue_behavior behavior, uint32_t *old_head,
		uint32_t *new_head, uint32_t *free_entries, uint32_t esize)
{
	const uint32_t capacity = r->capacity;
	const uint32_t max = n;
	uint32_t cons_tail;
	bool success;

	/* Several producers, and a claim of at least one slot line: ask
	 * for ownership of the lines this enqueue will write before the
	 * loads below. Hints only: a lost CAS just wasted them.
	 *  - The head's line: the consumer reads prod.tail on it and so holds
	 *    it shared. The locked CAS waits for the cons.tail load, which
	 *    usually misses, and only then asks for the line: two hand-offs
	 *    one after the other. Asked for first, they overlap.
	 *  - The slot lines: the consumer read them one lap ago and still
	 *    holds them; our stores would wait for them after the CAS.
	 * A claim smaller than a line shares its slot line with the claims
	 * next to it, which with several producers are other threads'
	 * enqueues in flight: asking for the lines would take them from
	 * those threads mid-copy (mempool without cache, two lcores, puts of
	 * one object: 3% slower with the hints). */
	const bool ask_lines = !is_sp && esize != 0 &&
		(size_t)n * esize >= RTE_CACHE_LINE_SIZE;

	if (ask_lines)
		rte_prefetch0_write(&r->prod); /* line of prod.head */
	/* Acquire, and acq_rel on the CAS below: a producer publishes its
	 * head only after it read cons.tail, and whoever reads that head
	 * reads cons.tail after it, so it sees a tail at least as new. A
	 * tail older than the head would make free_entries underflow and
	 * overwrite filled slots. A relaxed CAS with an acquire fence here
	 * (DPDK 22.11's form) does not give that order on weakly ordered
	 * CPUs: the fence pairs with no release. */
	*old_head = is_sp ? r->prod.head : /* our own store */
		__atomic_load_n(&r->prod.head, __ATOMIC_ACQUIRE);
	if (ask_lines) {
		/* At most 8 slot lines (a burst of 32 16-byte elements): more
		 * would queue behind the core's line-fill buffers and delay
		 * the CAS. The part past the end of the array is left to the
		 * copy. */
		const char *slots = (const char *)&r[1];
		const char *end = slots + (size_t)r->size * esize;
		const char *p = slots + (size_t)(*old_head & r->mask) * esize;
		const size_t len = RTE_MIN((size_t)n * esize,
				(size_t)8 * RTE_CACHE_LINE_SIZE);

		if (end > p + len)
			end = p + len;
		for (p = RTE_PTR_ALIGN_FLOOR(p, RTE_CACHE_LINE_SIZE); p < end;
				p += RTE_CACHE_LINE_SIZE)
			rte_prefetch0_write(p);
	}
	do {
		n = max;
		/* Acquire pairs with the consumer's release of cons.tail: its
		 * reads of the slots are done before we overwrite them. */
		cons_tail = __atomic_load_n(&r->cons.tail, __ATOMIC_ACQUIRE);
		*free_entries = capacity + cons_tail - *old_head;
		if (unlikely(n > *free_entries))
			n = (behavior == RTE_RING_QUEUE_FIXED) ? 0 : *free_entries;
		if (n == 0)
			return 0;
		*new_head = *old_head + n;
		if (is_sp) {
			r->prod.head = *new_head; /* only writer of this field */
			success = true;
		} else {
			/* Release: our cons.tail load before the new head
			 * (see above); acquire on failure: the head we get
			 * back is ordered before the next cons.tail load. */
			success = __atomic_compare_exchange_n(&r->prod.head,
					old_head, *new_head, 0,
					__ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
		}
	} while (unlikely(!success));
	return n;
}

/* Claim up to n filled slots for dequeue; mirror of the producer side. */
static __rte_always_inline uint32_t
__rte_ring_move_cons_head(struct rte_ring *r, uint32_t is_sc, uint32_t n,
		enum rte_ring_queue_behavior behavior, uint32_t *old_head,
		uint32_t *new_head, uint32_t *entries)
{
	const uint32_t max = n;
	uint32_t prod_tail;
	bool success;

	/* Acquire here and acq_rel on the CAS: see the producer side. */
	*old_head = is_sc ? r->cons.head : /* our own store */
		__atomic_load_n(&r->cons.head, __ATOMIC_ACQUIRE);
	do {
		n = max;
		/* Acquire pairs with the producer's release of prod.tail: the
		 * slot contents are visible before we copy them out. */
		prod_tail = __atomic_load_n(&r->prod.tail, __ATOMIC_ACQUIRE);
		*entries = prod_tail - *old_head;
		if (unlikely(n > *entries))
			n = (behavior == RTE_RING_QUEUE_FIXED) ? 0 : *entries;
		if (unlikely(n == 0))
			return 0;
		*new_head = *old_head + n;
		if (is_sc) {
			r->cons.head = *new_head;
			success = true;
		} else {
			success = __atomic_compare_exchange_n(&r->cons.head,
					old_head, *new_head, 0,
					__ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
		}
	} while (unlikely(!success));
	return n;
}

/*
 * Classic enqueue: claim, copy, publish. hints (a constant): with several
 * producers, ask for the lines of the head, the slots and the tail ahead
 * of the accesses (see __rte_ring_move_prod_head). They pay off when the
 * other lines' holder is a consumer on another core; a ring that every
 * thread both fills and drains (a mempool's free list) passes 0.
 */
static __rte_always_inline unsigned int
__rte_ring_do_enqueue_elem_hints(struct rte_ring *r, const void *obj_table,
		unsigned int esize, unsigned int n,
		enum rte_ring_queue_behavior behavior, unsigned int is_sp,
		unsigned int *free_space, unsigned int hints)
{
	uint32_t prod_head, prod_next, free_entries;

	n = __rte_ring_move_prod_head(r, is_sp, n, behavior,
			&prod_head, &prod_next, &free_entries,
			hints ? esize : 0); /* esize 0: no early hints */
	if (n != 0) {
		/* Several producers: the CAS took the head's line, but the
		 * consumer polling prod.tail on it may take it back while we
		 * copy. The tail wait below would then load the line shared
		 * and the tail store ask for it again: two transfers after
		 * the copy. Ask for ownership now, during the copy. */
		if (!is_sp && hints)
			rte_prefetch0_write(&r->prod); /* line of prod.tail */
		__rte_ring_enqueue_elems(r, prod_head, obj_table, esize, n,
				is_sp);
		__rte_ring_update_tail(&r->prod, prod_head, prod_next, is_sp);
	}
	if (free_space != NULL)
		*free_space = free_entries - n;
	return n;
}

/* Classic enqueue with hints (the rte_ring_*enqueue* calls). */
static __rte_always_inline unsigned int
__rte_ring_do_enqueue_elem(struct rte_ring *r, const void *obj_table,
		unsigned int esize, unsigned int n,
		enum rte_ring_queue_behavior behavior, unsigned int is_sp,
		unsigned int *free_space)
{
	return __rte_ring_do_enqueue_elem_hints(r, obj_table, esize, n, behavior,
			is_sp, free_space, 1);
}

/* Classic dequeue: claim, copy, release the slots (hints: as for the
 * enqueue, the tail's line with several consumers). */
static __rte_always_inline unsigned int
__rte_ring_do_dequeue_elem_hints(struct rte_ring *r, void *obj_table,
		unsigned int esize, unsigned int n,
		enum rte_ring_queue_behavior behavior, unsigned int is_sc,
		unsigned int *available, unsigned int hints)
{
	uint32_t cons_head, cons_next, entries;

	n = __rte_ring_move_cons_head(r, is_sc, n, behavior,
			&cons_head, &cons_next, &entries);
	if (n != 0) {
		/* Several consumers: same for the cons.tail line, which the
		 * producer reads for the free count (see the enqueue). */
		if (!is_sc && hints)
			rte_prefetch0_write(&r->cons); /* line of cons.tail */
		__rte_ring_dequeue_elems(r, cons_head, obj_table, esize, n,
				is_sc);
		__rte_ring_update_tail(&r->cons, cons_head, cons_next, is_sc);
	}
	if (available != NULL)
		*available = entries - n;
	return n;
}

/* Classic dequeue with hints (the rte_ring_*dequeue* calls). */
static __rte_always_inline unsigned int
__rte_ring_do_dequeue_elem(struct rte_ring *r, void *obj_table,
		unsigned int esize, unsigned int n,
		enum rte_ring_queue_behavior behavior, unsigned int is_sc,
		unsigned int *available)
{
	return __rte_ring_do_dequeue_elem_hints(r, obj_table, esize, n, behavior,
			is_sc, available, 1);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_ELEM_PVT_H_ */
