/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * One heap per NUMA socket on memseg memory.
 *
 * A heap owns "runs": VA-contiguous page ranges mapped together. A run is
 * cut into elements laid out back to back (prev/next link neighbours).
 * Each element starts with a 64-byte header, so user data is cache-line
 * aligned; busy elements end with a trailer cookie that rte_free and
 * rte_malloc_validate check. Free elements sit in size-class lists and
 * merge with free neighbours. A run that becomes entirely free is
 * unmapped unless it was preallocated (-m/--socket-mem).
 *
 * When the caller needs IOVA contiguity (memzones), an element is placed
 * so that it does not straddle a page boundary across which IOVAs jump.
 */
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_memory.h>

#include "eal_private.h"
#include "malloc_heap.h"

#define NB_FREE_LISTS 16

struct malloc_run {
	TAILQ_ENTRY(malloc_run) next;
	void *va;
	size_t len;
	struct rte_memseg_list *msl;
	bool fixed;
};

struct malloc_heap {
	pthread_mutex_t lock;
	LIST_HEAD(, malloc_elem) free_head[NB_FREE_LISTS];
	TAILQ_HEAD(, malloc_run) runs;
	size_t total_size;	/* sum of run lengths */
	unsigned int alloc_count;
	size_t alloc_size;
	int socket_id;
};

static struct malloc_heap heaps[RTE_MAX_NUMA_NODES];

_Static_assert(sizeof(struct malloc_elem) == MALLOC_ELEM_HEADER_LEN,
	"element header must be one cache line");

static inline uint64_t *
elem_trailer(const struct malloc_elem *e)
{
	return RTE_PTR_ADD(e, e->size - MALLOC_ELEM_TRAILER_LEN);
}

/* Size class: free list i holds elements of [2^(i+6), 2^(i+7)) bytes. */
static unsigned int
free_list_idx(size_t size)
{
	unsigned int log2 = 63 - (unsigned int)__builtin_clzll(size | 64);

	return RTE_MIN(log2 - 6, (unsigned int)NB_FREE_LISTS - 1);
}

static void
free_list_insert(struct malloc_heap *h, struct malloc_elem *e)
{
	e->state = MALLOC_ELEM_FREE;
	e->cookie = MALLOC_COOKIE_FREE;
	LIST_INSERT_HEAD(&h->free_head[free_list_idx(e->size)], e, free_list);
}

static void
free_list_remove(struct malloc_elem *e)
{
	LIST_REMOVE(e, free_list);
}

/* New element at addr covering len bytes, linked after prev. */
static struct malloc_elem *
elem_init(void *addr, size_t len, struct malloc_heap *h,
	struct malloc_elem *prev, struct malloc_elem *next)
{
	struct malloc_elem *e = addr;

	e->heap = h;
	e->size = len;
	e->prev = prev;
	e->next = next;
	if (prev != NULL)
		prev->next = e;
	if (next != NULL)
		next->prev = e;
	return e;
}

/*
 * Where in free element e the data of a (size, align, bound, contig)
 * request can start; 0 if it does not fit.
 */
static uintptr_t
elem_fit(const struct malloc_elem *e, size_t size, size_t align,
	size_t bound, bool contig, const struct rte_memseg_list *msl)
{
	uintptr_t start = (uintptr_t)e + MALLOC_ELEM_HEADER_LEN;
	uintptr_t end = (uintptr_t)e + e->size;
	uintptr_t data;

	for (;;) {
		data = RTE_ALIGN_CEIL(start, align);
		if (bound != 0 && data / bound != (data + size - 1) / bound)
			data = RTE_ALIGN_CEIL(data, bound);
		if (data + RTE_ALIGN_CEIL(size + MALLOC_ELEM_TRAILER_LEN,
				MALLOC_ELEM_HEADER_LEN) > end)
			return 0;
		if (!contig || eal_iova_contig(msl, (void *)data, size))
			return data;
		/* try again from the next page boundary */
		start = RTE_ALIGN_CEIL(data + 1, msl->page_sz);
	}
}

static struct malloc_run *
run_of(struct malloc_heap *h, const void *addr)
{
	struct malloc_run *r;

	TAILQ_FOREACH(r, &h->runs, next)
		if ((uintptr_t)addr >= (uintptr_t)r->va &&
		    (uintptr_t)addr < (uintptr_t)r->va + r->len)
			return r;
	return NULL;
}

/* Turn free element e into a busy one whose data starts at data. */
static struct malloc_elem *
elem_carve(struct malloc_heap *h, struct malloc_elem *e, uintptr_t data,
	size_t size)
{
	struct malloc_elem *busy = (void *)(data - MALLOC_ELEM_HEADER_LEN);
	size_t need = MALLOC_ELEM_HEADER_LEN +
		RTE_ALIGN_CEIL(size + MALLOC_ELEM_TRAILER_LEN,
			MALLOC_ELEM_HEADER_LEN);
	uintptr_t end = (uintptr_t)e + e->size;
	uintptr_t busy_end = (uintptr_t)busy + need;

	free_list_remove(e);
	if (busy != e) {
		/* the front stays free; headers are 64-byte multiples apart */
		busy = elem_init(busy, end - (uintptr_t)busy, h, e, e->next);
		e->size = (uintptr_t)busy - (uintptr_t)e;
		free_list_insert(h, e);
	}
	if (end - busy_end >= MALLOC_ELEM_HEADER_LEN) {
		struct malloc_elem *tail = elem_init((void *)busy_end,
			end - busy_end, h, busy, busy->next);

		busy->size = need;
		free_list_insert(h, tail);
	} else {
		busy->size = end - (uintptr_t)busy;
	}
	busy->state = MALLOC_ELEM_BUSY;
	busy->cookie = MALLOC_COOKIE_BUSY;
	*elem_trailer(busy) = MALLOC_COOKIE_TRAILER;
	h->alloc_count++;
	h->alloc_size += busy->size;
	return busy;
}

static void *
heap_find_and_carve(struct malloc_heap *h, size_t size, size_t align,
	size_t bound, uint64_t pgsz_mask, bool contig)
{
	size_t need = MALLOC_ELEM_HEADER_LEN + size + MALLOC_ELEM_TRAILER_LEN;
	struct malloc_elem *e;
	unsigned int i;
	uintptr_t data;

	for (i = free_list_idx(need); i < NB_FREE_LISTS; i++) {
		LIST_FOREACH(e, &h->free_head[i], free_list) {
			struct malloc_run *r;

			if (e->size < need)
				continue;
			r = run_of(h, e);
			if (pgsz_mask != 0 && !(r->msl->page_sz & pgsz_mask))
				continue;
			data = elem_fit(e, size, align, bound, contig, r->msl);
			if (data != 0)
				return elem_carve(h, e, data, size) + 1;
		}
	}
	return NULL;
}

static void
run_add(struct malloc_heap *h, void *va, size_t len,
	struct rte_memseg_list *msl, bool fixed)
{
	struct malloc_run *r = calloc(1, sizeof(*r));
	struct malloc_elem *e;

	if (r == NULL)
		return;		/* memory stays mapped but unused */
	r->va = va;
	r->len = len;
	r->msl = msl;
	r->fixed = fixed;
	TAILQ_INSERT_TAIL(&h->runs, r, next);
	h->total_size += len;
	e = elem_init(va, len, h, NULL, NULL);
	free_list_insert(h, e);
}

void
eal_malloc_heap_add_fixed(int socket, void *va, size_t len,
	struct rte_memseg_list *msl)
{
	struct malloc_heap *h = &heaps[socket];

	pthread_mutex_lock(&h->lock);
	run_add(h, va, len, msl, true);
	pthread_mutex_unlock(&h->lock);
}

/* Map enough new pages for the request. 0 or -1. Heap lock held. */
static int
heap_expand(struct malloc_heap *h, size_t size, size_t align, size_t bound,
	uint64_t pgsz_mask, bool contig)
{
	struct rte_memseg_list *msl;
	uint64_t pgsz;
	unsigned int i, nsizes;
	size_t len;
	void *va;

	nsizes = eal_cfg.no_hugetlbfs ? 1 : eal_cfg.num_hugepage_sizes;
	for (i = 0; i < nsizes; i++) {
		pgsz = eal_cfg.no_hugetlbfs ? 0 : eal_cfg.hugepage_sizes[i].page_sz;
		if (pgsz != 0 && pgsz_mask != 0 && !(pgsz & pgsz_mask))
			continue;
		len = MALLOC_ELEM_HEADER_LEN * 2 + size + align + bound;
		if (pgsz == 0)
			len = RTE_ALIGN_CEIL(len, (size_t)4096);
		else
			len = RTE_ALIGN_CEIL(len, pgsz);
		if (eal_memalloc_alloc(h->socket_id, pgsz,
				(unsigned int)(len / (pgsz ? pgsz : 4096)), false,
				&va, &msl) != 0)
			continue;
		len = RTE_ALIGN_CEIL(len, msl->page_sz);
		if (contig && !eal_iova_contig(msl, va, len) &&
		    size > msl->page_sz - MALLOC_ELEM_HEADER_LEN) {
			/* physically scattered pages cannot hold it */
			eal_memalloc_free(va, len);
			continue;
		}
		run_add(h, va, len, msl, false);
		return 0;
	}
	return -1;
}

/* Give the pages of a run back if it is entirely free. Heap lock held. */
static void
heap_try_shrink(struct malloc_heap *h, struct malloc_elem *e)
{
	struct malloc_run *r;

	if (e->prev != NULL || e->next != NULL)
		return;
	r = run_of(h, e);
	if (r == NULL || r->fixed || e->size != r->len)
		return;
	free_list_remove(e);
	TAILQ_REMOVE(&h->runs, r, next);
	h->total_size -= r->len;
	eal_memalloc_free(r->va, r->len);
	free(r);
}

void
malloc_heap_free(struct malloc_elem *e)
{
	struct malloc_heap *h = e->heap;
	struct malloc_elem *n;

	pthread_mutex_lock(&h->lock);
	h->alloc_count--;
	h->alloc_size -= e->size;
	e->state = MALLOC_ELEM_FREE;
	*elem_trailer(e) = 0;
	/* merge with a free next neighbour, then with a free previous one */
	n = e->next;
	if (n != NULL && n->state == MALLOC_ELEM_FREE) {
		free_list_remove(n);
		e->size += n->size;
		e->next = n->next;
		if (n->next != NULL)
			n->next->prev = e;
	}
	if (e->prev != NULL && e->prev->state == MALLOC_ELEM_FREE) {
		struct malloc_elem *p = e->prev;

		free_list_remove(p);
		p->size += e->size;
		p->next = e->next;
		if (e->next != NULL)
			e->next->prev = p;
		e->cookie = 0;
		e = p;
	}
	free_list_insert(h, e);
	heap_try_shrink(h, e);
	pthread_mutex_unlock(&h->lock);
}

static void *
heap_alloc_on(int socket, size_t size, size_t align, size_t bound,
	uint64_t pgsz_mask, bool contig)
{
	struct malloc_heap *h = &heaps[socket];
	void *p;

	pthread_mutex_lock(&h->lock);
	p = heap_find_and_carve(h, size, align, bound, pgsz_mask, contig);
	if (p == NULL &&
	    heap_expand(h, size, align, bound, pgsz_mask, contig) == 0)
		p = heap_find_and_carve(h, size, align, bound, pgsz_mask, contig);
	pthread_mutex_unlock(&h->lock);
	return p;
}

/*
 * Allocate size bytes aligned on align (power of two >= 64), not crossing
 * a multiple of bound (0: no bound). socket SOCKET_ID_ANY tries the
 * caller's socket, then the others. pgsz_mask limits page sizes unless
 * size_hint allows falling back to any size.
 */
void *
eal_malloc_contig(size_t size, unsigned int align, unsigned int bound,
	int socket, uint64_t pgsz_mask, bool contig, bool size_hint)
{
	unsigned int i;
	int first;
	void *p;

	if (size == 0 || size > SIZE_MAX / 2 || !rte_is_power_of_2(align)) {
		rte_errno = EINVAL;
		return NULL;
	}
	if (align < MALLOC_ELEM_HEADER_LEN)
		align = MALLOC_ELEM_HEADER_LEN;
	if (socket != SOCKET_ID_ANY &&
	    (socket < 0 || socket >= RTE_MAX_NUMA_NODES)) {
		rte_errno = EINVAL;
		return NULL;
	}
	first = socket;
	if (first == SOCKET_ID_ANY) {
		first = (int)rte_socket_id();
		if (first < 0 || first >= RTE_MAX_NUMA_NODES)
			first = (int)rte_lcore_to_socket_id(rte_get_main_lcore());
		if (first < 0 || first >= RTE_MAX_NUMA_NODES)
			first = 0;
	}
	p = heap_alloc_on(first, size, align, bound, pgsz_mask, contig);
	if (p == NULL && size_hint && pgsz_mask != 0)
		p = heap_alloc_on(first, size, align, bound, 0, contig);
	for (i = 0; p == NULL && socket == SOCKET_ID_ANY &&
	     i < RTE_MAX_NUMA_NODES; i++) {
		if ((int)i == first)
			continue;
		p = heap_alloc_on((int)i, size, align, bound,
			size_hint ? 0 : pgsz_mask, contig);
	}
	if (p == NULL)
		rte_errno = ENOMEM;
	return p;
}

/* The element of a pointer returned by the heap, NULL if it is not one. */
struct malloc_elem *
malloc_elem_of(const void *ptr)
{
	struct malloc_elem *e;

	if (ptr == NULL || ((uintptr_t)ptr & (MALLOC_ELEM_HEADER_LEN - 1)) ||
	    rte_mem_virt2memseg_list(ptr) == NULL)
		return NULL;
	e = (struct malloc_elem *)(uintptr_t)ptr - 1;
	if (e->cookie != MALLOC_COOKIE_BUSY || e->state != MALLOC_ELEM_BUSY ||
	    e->heap < heaps || e->heap >= heaps + RTE_MAX_NUMA_NODES ||
	    *elem_trailer(e) != MALLOC_COOKIE_TRAILER)
		return NULL;
	return e;
}

size_t
malloc_elem_usable(const struct malloc_elem *e)
{
	return e->size - MALLOC_ELEM_HEADER_LEN - MALLOC_ELEM_TRAILER_LEN;
}

int
malloc_elem_socket(const struct malloc_elem *e)
{
	return e->heap->socket_id;
}

int
rte_malloc_get_socket_stats(int socket, struct rte_malloc_socket_stats *s)
{
	struct malloc_heap *h;
	struct malloc_elem *e;
	unsigned int i;

	if (socket < 0 || socket >= RTE_MAX_NUMA_NODES || s == NULL)
		return -1;
	h = &heaps[socket];
	memset(s, 0, sizeof(*s));
	pthread_mutex_lock(&h->lock);
	for (i = 0; i < NB_FREE_LISTS; i++)
		LIST_FOREACH(e, &h->free_head[i], free_list) {
			s->free_count++;
			s->heap_freesz_bytes += e->size;
			if (e->size > s->greatest_free_size)
				s->greatest_free_size = e->size;
		}
	s->heap_totalsz_bytes = h->total_size;
	s->alloc_count = h->alloc_count;
	s->heap_allocsz_bytes = h->alloc_size;
	pthread_mutex_unlock(&h->lock);
	return 0;
}

/* Largest free element's usable size on socket (any: all). */
size_t
malloc_heap_max_free(int socket)
{
	struct rte_malloc_socket_stats s;
	size_t best = 0;
	int i;

	for (i = 0; i < RTE_MAX_NUMA_NODES; i++) {
		if (socket != SOCKET_ID_ANY && socket != i)
			continue;
		rte_malloc_get_socket_stats(i, &s);
		if (s.greatest_free_size > best)
			best = s.greatest_free_size;
	}
	return best > MALLOC_ELEM_HEADER_LEN + MALLOC_ELEM_TRAILER_LEN ?
		best - MALLOC_ELEM_HEADER_LEN - MALLOC_ELEM_TRAILER_LEN : 0;
}

void
rte_malloc_dump_heaps(FILE *f)
{
	struct malloc_run *r;
	struct malloc_elem *e;
	int i;

	for (i = 0; i < RTE_MAX_NUMA_NODES; i++) {
		struct malloc_heap *h = &heaps[i];

		if (TAILQ_EMPTY(&h->runs))
			continue;
		pthread_mutex_lock(&h->lock);
		fprintf(f, "Heap on socket %d: %zu bytes in runs\n", i,
			h->total_size);
		TAILQ_FOREACH(r, &h->runs, next) {
			fprintf(f, "  run %p len %zu%s\n", r->va, r->len,
				r->fixed ? " (preallocated)" : "");
			for (e = r->va; e != NULL; e = e->next)
				fprintf(f, "    elem %p size %zu %s\n", (void *)e,
					e->size, e->state == MALLOC_ELEM_BUSY ?
					"busy" : "free");
		}
		pthread_mutex_unlock(&h->lock);
	}
}

int
eal_malloc_heap_init(void)
{
	int i;
	unsigned int j;

	for (i = 0; i < RTE_MAX_NUMA_NODES; i++) {
		struct malloc_heap *h = &heaps[i];

		pthread_mutex_init(&h->lock, NULL);
		for (j = 0; j < NB_FREE_LISTS; j++)
			LIST_INIT(&h->free_head[j]);
		TAILQ_INIT(&h->runs);
		h->total_size = 0;
		h->alloc_count = 0;
		h->alloc_size = 0;
		h->socket_id = i;
	}
	return 0;
}

/* rte_eal_cleanup: forget the runs (the pages are unmapped by the
 * memory cleanup). */
void
eal_malloc_heap_cleanup(void)
{
	struct malloc_run *r;
	int i;

	for (i = 0; i < RTE_MAX_NUMA_NODES; i++) {
		struct malloc_heap *h = &heaps[i];

		while ((r = TAILQ_FIRST(&h->runs)) != NULL) {
			TAILQ_REMOVE(&h->runs, r, next);
			free(r);
		}
		pthread_mutex_destroy(&h->lock);
	}
}
