/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * "lf_stack" mempool handler: a lock-free LIFO (DPDK 22.11's lf_stack).
 *
 * Each of the pool's objects sits in a node of a fixed array; nodes move
 * between two singly linked lists, "used" (holding an object) and "free"
 * (empty). A put takes a chain of n nodes off the free list, stores the
 * objects in them and pushes the chain onto the used list; a get does the
 * reverse. Nodes are never freed while the pool exists, so a thread that
 * follows a stale next pointer reads a valid (if outdated) node.
 *
 * A list head is {top node, modification count}, replaced as a whole by
 * one 16-byte compare-and-swap (x86-64 lock cmpxchg16b, EAL's
 * rte_atomic128_cmp_exchange). The count changes on every push and pop, so
 * a head that went from A to B and back to A between a thread's read and
 * its CAS still fails the CAS: no ABA. (gcc's __atomic builtins on
 * __int128 call libatomic even with -mcx16; __sync and the asm inline.)
 *
 * Every list also counts its nodes that no get/put has claimed yet: a
 * thread first claims n nodes with a CAS on that count (so the pop below
 * cannot run short: all or nothing without locks), then pops them.
 *
 * Data races: node->next and the head words are read while others write
 * them, always with __atomic loads/stores (or the locked CAS). node->obj
 * is only touched by the thread that owns the node, i.e. that popped it.
 */
#include <errno.h>

#include <rte_atomic.h>
#include <rte_malloc.h>
#include <rte_pause.h>

#include "rte_mempool.h"

struct lf_node {
	void *obj;
	struct lf_node *next;
};

/* {top, count}: the 16-byte unit swapped by cmpxchg16b */
union lf_head {
	rte_int128_t raw;
	struct {
		struct lf_node *top;
		uint64_t cnt;
	};
};
_Static_assert(sizeof(union lf_head) == 16, "cmpxchg16b operand size");

struct lf_list {
	union lf_head head;
	uint64_t len;   /* nodes on the list not yet claimed by a pop */
} __rte_cache_aligned;

struct lf_stack {
	struct lf_list used;   /* nodes holding objects */
	struct lf_list free;   /* empty nodes */
	uint32_t size;
	struct lf_node nodes[];
};

/*
 * Claim n of the list's nodes; 0, or -1 if fewer are unclaimed. Acquire
 * pairs with the release in lf_push: the push that made the claimed
 * nodes available happens before our pop reads the head.
 */
static int
lf_claim(struct lf_list *l, unsigned int n)
{
	uint64_t len = __atomic_load_n(&l->len, __ATOMIC_RELAXED);

	do {
		if (len < n)
			return -1;
	} while (!__atomic_compare_exchange_n(&l->len, &len, len - n, 1,
			__ATOMIC_ACQUIRE, __ATOMIC_RELAXED));
	return 0;
}

/* Push the chain first..last (n nodes, linked) onto the list. */
static void
lf_push(struct lf_list *l, struct lf_node *first, struct lf_node *last,
	unsigned int n)
{
	union lf_head old, new;

	/* A torn first guess only fails the CAS, which reloads both words. */
	old.cnt = __atomic_load_n(&l->head.cnt, __ATOMIC_RELAXED);
	old.top = __atomic_load_n(&l->head.top, __ATOMIC_RELAXED);
	do {
		/* Relaxed: a pop walking a stale view may read it; the CAS
		 * below publishes it (and the chain's objects) as a release:
		 * lock cmpxchg16b is a full barrier. */
		__atomic_store_n(&last->next, old.top, __ATOMIC_RELAXED);
		new.top = first;
		new.cnt = old.cnt + 1;
	} while (!rte_atomic128_cmp_exchange(&l->head.raw, &old.raw, &new.raw,
			0, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
	/* Release: the nodes are on the list before anyone can claim them. */
	__atomic_add_fetch(&l->len, n, __ATOMIC_RELEASE);
}

/*
 * Pop n (>= 1) nodes already claimed with lf_claim: returns the first,
 * *last gets the n-th; they stay linked first -> ... -> last.
 */
static struct lf_node *
lf_pop(struct lf_list *l, unsigned int n, struct lf_node **last)
{
	union lf_head old, new;
	struct lf_node *tmp;
	unsigned int i;

	/* Acquire: see the nodes' links as their pusher wrote them. */
	old.cnt = __atomic_load_n(&l->head.cnt, __ATOMIC_ACQUIRE);
	old.top = __atomic_load_n(&l->head.top, __ATOMIC_ACQUIRE);
	for (;;) {
		/* Walk n nodes. A view gone stale meanwhile may end early
		 * (the claimed nodes are still being pushed): look again. */
		tmp = old.top;
		for (i = 1; tmp != NULL && i < n; i++)
			tmp = __atomic_load_n(&tmp->next, __ATOMIC_RELAXED);
		if (unlikely(tmp == NULL)) {
			rte_pause();
			old.cnt = __atomic_load_n(&l->head.cnt,
				__ATOMIC_ACQUIRE);
			old.top = __atomic_load_n(&l->head.top,
				__ATOMIC_ACQUIRE);
			continue;
		}
		new.top = __atomic_load_n(&tmp->next, __ATOMIC_RELAXED);
		new.cnt = old.cnt + 1;
		/* Succeeds only if nobody pushed or popped since our view
		 * (the count moved otherwise): the walked chain is ours.
		 * On failure old is reloaded atomically. */
		if (rte_atomic128_cmp_exchange(&l->head.raw, &old.raw,
				&new.raw, 0, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
			break;
	}
	*last = tmp;
	return old.top;
}

static int
lf_stack_alloc(struct rte_mempool *mp)
{
	struct lf_stack *s;
	unsigned int i;

	s = rte_zmalloc_socket("mempool_lf_stack",
		sizeof(*s) + (size_t)mp->size * sizeof(struct lf_node),
		RTE_CACHE_LINE_SIZE, mp->socket_id);
	if (s == NULL)
		return -ENOMEM;
	s->size = mp->size;
	/* every node starts on the free list, nodes[0] on top */
	for (i = 0; i + 1 < s->size; i++)
		s->nodes[i].next = &s->nodes[i + 1];
	s->free.head.top = s->size > 0 ? &s->nodes[0] : NULL;
	s->free.len = s->size;
	mp->pool_data = s;
	return 0;
}

static void
lf_stack_free(struct rte_mempool *mp)
{
	rte_free(mp->pool_data);
	mp->pool_data = NULL;
}

static int
lf_stack_enqueue(struct rte_mempool *mp, void * const *obj_table,
	unsigned int n)
{
	struct lf_stack *s = mp->pool_data;
	struct lf_node *first, *last, *node;
	unsigned int i;

	if (unlikely(n == 0))
		return 0;
	/* a pool never holds more objects than nodes: only a put of
	 * objects that are not the pool's can fail here */
	if (unlikely(lf_claim(&s->free, n) != 0))
		return -ENOBUFS;
	first = lf_pop(&s->free, n, &last);
	for (node = first, i = 0; i < n; node = node->next, i++)
		node->obj = obj_table[i];
	lf_push(&s->used, first, last, n);
	return 0;
}

static int
lf_stack_dequeue(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	struct lf_stack *s = mp->pool_data;
	struct lf_node *first, *last, *node;
	unsigned int i;

	if (unlikely(n == 0))
		return 0;
	if (lf_claim(&s->used, n) != 0)
		return -ENOENT;
	first = lf_pop(&s->used, n, &last);
	for (node = first, i = 0; i < n; node = node->next, i++)
		obj_table[i] = node->obj;
	lf_push(&s->free, first, last, n);
	return 0;
}

static unsigned int
lf_stack_get_count(const struct rte_mempool *mp)
{
	const struct lf_stack *s = mp->pool_data;

	/* Relaxed: a snapshot; gets in flight are already subtracted. */
	return (unsigned int)__atomic_load_n(&s->used.len, __ATOMIC_RELAXED);
}

static const struct rte_mempool_ops ops_lf_stack = {
	.name = "lf_stack",
	.alloc = lf_stack_alloc,
	.free = lf_stack_free,
	.enqueue = lf_stack_enqueue,
	.dequeue = lf_stack_dequeue,
	.get_count = lf_stack_get_count,
};

RTE_MEMPOOL_REGISTER_OPS(ops_lf_stack);
