/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Lock-free ring of pointers (DPDK 22.11 API).
 *
 * Fixed-size FIFO for pointers shared between threads. The producer and
 * consumer sides each choose a synchronisation mode at creation time:
 * multi-thread (default), single-thread (RING_F_SP_ENQ / RING_F_SC_DEQ),
 * relaxed tail sync (RING_F_MP_RTS_ENQ / RING_F_MC_RTS_DEQ) or head/tail
 * sync (RING_F_MP_HTS_ENQ / RING_F_MC_HTS_DEQ). A ring of N slots holds
 * N - 1 pointers, or exactly the requested count with RING_F_EXACT_SZ.
 */
#ifndef _RTE_RING_H_
#define _RTE_RING_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <rte_ring_core.h>
#include <rte_ring_elem.h>

/** Bytes needed for a ring of count pointers (see rte_ring_get_memsize_elem). */
ssize_t rte_ring_get_memsize(unsigned int count);

/**
 * Initialise a ring in caller-provided memory of rte_ring_get_memsize()
 * bytes, cache-line aligned. Returns 0, or a negative errno (-EINVAL bad
 * count/flags, -ENAMETOOLONG name too long).
 */
int rte_ring_init(struct rte_ring *r, const char *name, unsigned int count,
	unsigned int flags);

/** Create a ring of count pointers (see rte_ring_create_elem). */
struct rte_ring *rte_ring_create(const char *name, unsigned int count,
	int socket_id, unsigned int flags);

/** Free a ring made by rte_ring_create*(); NULL is a no-op. */
void rte_ring_free(struct rte_ring *r);

/** Print the ring's state to f. */
void rte_ring_dump(FILE *f, const struct rte_ring *r);

/* ---- pointer forms of the enqueue calls ---- */

/** Enqueue all n pointers or none (multi-producer safe); returns n or 0, *free_space (if not NULL) the space left. */
static __rte_always_inline unsigned int
rte_ring_mp_enqueue_bulk(struct rte_ring *r, void * const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_mp_enqueue_bulk_elem(r, obj_table, sizeof(void *),
			n, free_space);
}

/** Enqueue all n pointers or none (single producer); returns n or 0. */
static __rte_always_inline unsigned int
rte_ring_sp_enqueue_bulk(struct rte_ring *r, void * const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_sp_enqueue_bulk_elem(r, obj_table, sizeof(void *),
			n, free_space);
}

/** Enqueue all n pointers or none, in the ring's producer mode; returns n or 0. */
static __rte_always_inline unsigned int
rte_ring_enqueue_bulk(struct rte_ring *r, void * const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_enqueue_bulk_elem(r, obj_table, sizeof(void *),
			n, free_space);
}

/** Enqueue one pointer (multi-producer safe): 0, or -ENOBUFS when full. */
static __rte_always_inline int
rte_ring_mp_enqueue(struct rte_ring *r, void *obj)
{
	return rte_ring_mp_enqueue_elem(r, &obj, sizeof(void *));
}

/** Enqueue one pointer (single producer): 0, or -ENOBUFS when full. */
static __rte_always_inline int
rte_ring_sp_enqueue(struct rte_ring *r, void *obj)
{
	return rte_ring_sp_enqueue_elem(r, &obj, sizeof(void *));
}

/** Enqueue one pointer in the ring's producer mode: 0, or -ENOBUFS. */
static __rte_always_inline int
rte_ring_enqueue(struct rte_ring *r, void *obj)
{
	return rte_ring_enqueue_elem(r, &obj, sizeof(void *));
}

/** Enqueue up to n pointers (multi-producer safe); returns how many. */
static __rte_always_inline unsigned int
rte_ring_mp_enqueue_burst(struct rte_ring *r, void * const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_mp_enqueue_burst_elem(r, obj_table, sizeof(void *),
			n, free_space);
}

/** Enqueue up to n pointers (single producer); returns how many. */
static __rte_always_inline unsigned int
rte_ring_sp_enqueue_burst(struct rte_ring *r, void * const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_sp_enqueue_burst_elem(r, obj_table, sizeof(void *),
			n, free_space);
}

/** Enqueue up to n pointers in the ring's producer mode; returns how many. */
static __rte_always_inline unsigned int
rte_ring_enqueue_burst(struct rte_ring *r, void * const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_enqueue_burst_elem(r, obj_table, sizeof(void *),
			n, free_space);
}

/* ---- pointer forms of the dequeue calls ---- */

/** Dequeue n pointers or none (multi-consumer safe); returns n or 0, *available (if not NULL) what is left. */
static __rte_always_inline unsigned int
rte_ring_mc_dequeue_bulk(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return rte_ring_mc_dequeue_bulk_elem(r, obj_table, sizeof(void *),
			n, available);
}

/** Dequeue n pointers or none (single consumer); returns n or 0. */
static __rte_always_inline unsigned int
rte_ring_sc_dequeue_bulk(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return rte_ring_sc_dequeue_bulk_elem(r, obj_table, sizeof(void *),
			n, available);
}

/** Dequeue n pointers or none, in the ring's consumer mode; returns n or 0. */
static __rte_always_inline unsigned int
rte_ring_dequeue_bulk(struct rte_ring *r, void **obj_table, unsigned int n,
	unsigned int *available)
{
	return rte_ring_dequeue_bulk_elem(r, obj_table, sizeof(void *),
			n, available);
}

/** Dequeue one pointer (multi-consumer safe): 0, or -ENOENT when empty. */
static __rte_always_inline int
rte_ring_mc_dequeue(struct rte_ring *r, void **obj_p)
{
	return rte_ring_mc_dequeue_elem(r, obj_p, sizeof(void *));
}

/** Dequeue one pointer (single consumer): 0, or -ENOENT when empty. */
static __rte_always_inline int
rte_ring_sc_dequeue(struct rte_ring *r, void **obj_p)
{
	return rte_ring_sc_dequeue_elem(r, obj_p, sizeof(void *));
}

/** Dequeue one pointer in the ring's consumer mode: 0, or -ENOENT. */
static __rte_always_inline int
rte_ring_dequeue(struct rte_ring *r, void **obj_p)
{
	return rte_ring_dequeue_elem(r, obj_p, sizeof(void *));
}

/** Dequeue up to n pointers (multi-consumer safe); returns how many. */
static __rte_always_inline unsigned int
rte_ring_mc_dequeue_burst(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return rte_ring_mc_dequeue_burst_elem(r, obj_table, sizeof(void *),
			n, available);
}

/** Dequeue up to n pointers (single consumer); returns how many. */
static __rte_always_inline unsigned int
rte_ring_sc_dequeue_burst(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return rte_ring_sc_dequeue_burst_elem(r, obj_table, sizeof(void *),
			n, available);
}

/** Dequeue up to n pointers in the ring's consumer mode; returns how many. */
static __rte_always_inline unsigned int
rte_ring_dequeue_burst(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return rte_ring_dequeue_burst_elem(r, obj_table, sizeof(void *),
			n, available);
}

/**
 * Empty the ring (not thread safe: no other thread may use it meanwhile).
 */
void rte_ring_reset(struct rte_ring *r);

/** Number of elements in the ring (a snapshot when others are active). */
static inline unsigned int
rte_ring_count(const struct rte_ring *r)
{
	uint32_t prod_tail = r->prod.tail;
	uint32_t cons_tail = r->cons.tail;
	uint32_t count = (prod_tail - cons_tail) & r->mask;

	return (count > r->capacity) ? r->capacity : count;
}

/** Number of free slots. */
static inline unsigned int
rte_ring_free_count(const struct rte_ring *r)
{
	return r->capacity - rte_ring_count(r);
}

/** 1 if the ring is full, 0 otherwise. */
static inline int
rte_ring_full(const struct rte_ring *r)
{
	return rte_ring_free_count(r) == 0;
}

/** 1 if the ring is empty, 0 otherwise. */
static inline int
rte_ring_empty(const struct rte_ring *r)
{
	return r->prod.tail == r->cons.tail;
}

/** Size of the internal array (a power of two). */
static inline unsigned int
rte_ring_get_size(const struct rte_ring *r)
{
	return r->size;
}

/** Number of elements the ring can hold. */
static inline unsigned int
rte_ring_get_capacity(const struct rte_ring *r)
{
	return r->capacity;
}

/** Synchronisation mode of the producer side (RTE_RING_SYNC_*). */
static inline enum rte_ring_sync_type
rte_ring_get_prod_sync_type(const struct rte_ring *r)
{
	return r->prod.sync_type;
}

/** 1 if the ring was created single-producer. */
static inline int
rte_ring_is_prod_single(const struct rte_ring *r)
{
	return rte_ring_get_prod_sync_type(r) == RTE_RING_SYNC_ST;
}

/** Synchronisation mode of the consumer side (RTE_RING_SYNC_*). */
static inline enum rte_ring_sync_type
rte_ring_get_cons_sync_type(const struct rte_ring *r)
{
	return r->cons.sync_type;
}

/** 1 if the ring was created single-consumer. */
static inline int
rte_ring_is_cons_single(const struct rte_ring *r)
{
	return rte_ring_get_cons_sync_type(r) == RTE_RING_SYNC_ST;
}

/** Print every ring made by rte_ring_create*() to f. */
void rte_ring_list_dump(FILE *f);

/**
 * Find a ring made by rte_ring_create*() by name; NULL with rte_errno
 * ENOENT if there is none.
 */
struct rte_ring *rte_ring_lookup(const char *name);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_H_ */
