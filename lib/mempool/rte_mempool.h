/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Fixed-size object pools (DPDK 22.11 rte_mempool API).
 *
 * A mempool holds `size` objects of `elt_size` bytes. Free objects are kept
 * by a pluggable handler (ops: "ring_mp_mc", "ring_sp_sc", "ring_mp_sc",
 * "ring_sp_mc", "stack", ...) and, in front of it, by a per-lcore cache so
 * that most get/put calls touch only lcore-local memory. Each object is
 * preceded by a header (struct rte_mempool_objhdr) that knows the pool and
 * the object's IO address; debug builds add cookies before and after each
 * object to catch double frees and overruns.
 */
#ifndef _RTE_MEMPOOL_H_
#define _RTE_MEMPOOL_H_

#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <sys/types.h>

#include <rte_config.h>
#include <rte_common.h>
#include <rte_os.h>
#include <rte_spinlock.h>
#include <rte_debug.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_branch_prediction.h>
#include <rte_memcpy.h>
#include <rte_ring.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Debug builds check object cookies on every get/put. */
#if defined(RTE_DEBUG_BUILD) && !defined(RTE_LIBRTE_MEMPOOL_DEBUG)
#define RTE_LIBRTE_MEMPOOL_DEBUG 1
#endif

#define RTE_MEMPOOL_HEADER_COOKIE1  0xbadbadbadadd2e55ULL /**< free object */
#define RTE_MEMPOOL_HEADER_COOKIE2  0xf2eef2eedadd2e55ULL /**< allocated */
#define RTE_MEMPOOL_TRAILER_COOKIE  0xadd2e55badbadbadULL /**< after object */

/** Per-lcore (or user-owned) cache of free objects. */
struct rte_mempool_cache {
	uint32_t size;        /**< Nominal number of cached objects. */
	uint32_t flushthresh; /**< Above this, the cache is flushed. */
	uint32_t len;         /**< Current number of cached objects. */
	/** Cached objects; twice the maximum so a refill fits on top. */
	void *objs[RTE_MEMPOOL_CACHE_MAX_SIZE * 2] __rte_cache_aligned;
} __rte_cache_aligned;

/** Layout of one object as computed by rte_mempool_calc_obj_size(). */
struct rte_mempool_objsz {
	uint32_t elt_size;     /**< Size of an element. */
	uint32_t header_size;  /**< Size of header (before elt). */
	uint32_t trailer_size; /**< Size of trailer (after elt). */
	uint32_t total_size;   /**< header + elt + trailer */
};

/** Prefix of the memzone name of a mempool. */
#define RTE_MEMPOOL_MZ_PREFIX "MP_"
/** Maximum length of a mempool name (including the terminating 0). */
#define RTE_MEMPOOL_NAMESIZE (RTE_RING_NAMESIZE - \
			      sizeof(RTE_MEMPOOL_MZ_PREFIX) + 1)
/** printf format of a mempool's memzone name. */
#define RTE_MEMPOOL_MZ_FORMAT RTE_MEMPOOL_MZ_PREFIX "%s"

#ifndef RTE_MEMPOOL_ALIGN
/** Alignment of objects (unless RTE_MEMPOOL_F_NO_CACHE_ALIGN). */
#define RTE_MEMPOOL_ALIGN RTE_CACHE_LINE_SIZE
#endif
/** Mask of RTE_MEMPOOL_ALIGN. */
#define RTE_MEMPOOL_ALIGN_MASK (RTE_MEMPOOL_ALIGN - 1)

/** Header in front of every object. */
struct rte_mempool_objhdr {
	RTE_STAILQ_ENTRY(rte_mempool_objhdr) next; /**< Next in pool list. */
	struct rte_mempool *mp;  /**< The mempool owning the object. */
	rte_iova_t iova;         /**< IO address of the object. */
#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
	uint64_t cookie;         /**< COOKIE1 when free, COOKIE2 when in use */
#endif
};

RTE_STAILQ_HEAD(rte_mempool_objhdr_list, rte_mempool_objhdr);

#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
/** Trailer after every object (debug builds). */
struct rte_mempool_objtlr {
	uint64_t cookie;         /**< RTE_MEMPOOL_TRAILER_COOKIE */
};
#endif

RTE_STAILQ_HEAD(rte_mempool_memhdr_list, rte_mempool_memhdr);

/** Called when a memory chunk of the pool is released. */
typedef void (rte_mempool_memchunk_free_cb_t)(struct rte_mempool_memhdr *memhdr,
	void *opaque);

/** A memory chunk that holds objects of the pool. */
struct rte_mempool_memhdr {
	RTE_STAILQ_ENTRY(rte_mempool_memhdr) next; /**< Next in list. */
	struct rte_mempool *mp;  /**< The mempool owning the chunk */
	void *addr;              /**< Virtual address of the chunk */
	rte_iova_t iova;         /**< IO address of the chunk */
	size_t len;              /**< length of the chunk */
	rte_mempool_memchunk_free_cb_t *free_cb; /**< Free callback */
	void *opaque;            /**< Argument passed to the free callback */
};

/** Handler-specific information. */
struct rte_mempool_info {
	unsigned int contig_block_size; /**< objects per contiguous block */
} __rte_cache_aligned;

/** The mempool. Caches and private data follow it in the same memzone. */
struct rte_mempool {
	char name[RTE_MEMPOOL_NAMESIZE]; /**< Name of mempool. */
	__extension__
	union {
		void *pool_data;         /**< Ring or pool to store objects. */
		uint64_t pool_id;        /**< External mempool identifier. */
	};
	void *pool_config;               /**< optional args for ops alloc. */
	const struct rte_memzone *mz;    /**< Memzone where pool is alloc'd. */
	unsigned int flags;              /**< Flags of the mempool. */
	int socket_id;                   /**< Socket id passed at create. */
	uint32_t size;                   /**< Max size of the mempool. */
	uint32_t cache_size;             /**< Size of per-lcore caches. */
	uint32_t elt_size;               /**< Size of an element. */
	uint32_t header_size;            /**< Size of header (before elt). */
	uint32_t trailer_size;           /**< Size of trailer (after elt). */
	unsigned private_data_size;      /**< Size of private data. */
	int32_t ops_index;               /**< Index into rte_mempool_ops_table */
	struct rte_mempool_cache *local_cache; /**< Per-lcore local cache */
	uint32_t populated_size;         /**< Number of populated objects. */
	struct rte_mempool_objhdr_list elt_list; /**< List of objects in pool */
	uint32_t nb_mem_chunks;          /**< Number of memory chunks */
	struct rte_mempool_memhdr_list mem_list; /**< List of memory chunks */
} __rte_cache_aligned;

#define RTE_MEMPOOL_F_NO_SPREAD      0x0001 /**< Do not pad objects. */
#define MEMPOOL_F_NO_SPREAD          RTE_MEMPOOL_F_NO_SPREAD /**< Old name, kept for compatibility. */
#define RTE_MEMPOOL_F_NO_CACHE_ALIGN 0x0002 /**< Do not align objects. */
#define MEMPOOL_F_NO_CACHE_ALIGN     RTE_MEMPOOL_F_NO_CACHE_ALIGN /**< Old name, kept for compatibility. */
#define RTE_MEMPOOL_F_SP_PUT         0x0004 /**< Single-producer put. */
#define MEMPOOL_F_SP_PUT             RTE_MEMPOOL_F_SP_PUT /**< Old name, kept for compatibility. */
#define RTE_MEMPOOL_F_SC_GET         0x0008 /**< Single-consumer get. */
#define MEMPOOL_F_SC_GET             RTE_MEMPOOL_F_SC_GET /**< Old name, kept for compatibility. */
#define RTE_MEMPOOL_F_POOL_CREATED   0x0010 /**< Internal: handler alloc'd */
/** Objects need not be IOVA-contiguous. */
#define RTE_MEMPOOL_F_NO_IOVA_CONTIG 0x0020
#define MEMPOOL_F_NO_IOVA_CONTIG     RTE_MEMPOOL_F_NO_IOVA_CONTIG /**< Old name, kept for compatibility. */
#define RTE_MEMPOOL_F_NON_IO         0x0040 /**< Internal: no IO memory */
/** Flags accepted from users at creation. */
#define RTE_MEMPOOL_VALID_USER_FLAGS (RTE_MEMPOOL_F_NO_SPREAD \
	| RTE_MEMPOOL_F_NO_CACHE_ALIGN \
	| RTE_MEMPOOL_F_SP_PUT \
	| RTE_MEMPOOL_F_SC_GET \
	| RTE_MEMPOOL_F_NO_IOVA_CONTIG)

/** Statistics are not kept (RTE_LIBRTE_MEMPOOL_STATS is not supported). */
#define RTE_MEMPOOL_STAT_ADD(mp, name, n) do {} while (0)
/** Per-cache statistics: not kept. */
#define RTE_MEMPOOL_CACHE_STAT_ADD(cache, name, n) do {} while (0)

/** Size of the mempool structure plus its per-lcore caches. */
#define RTE_MEMPOOL_HEADER_SIZE(mp, cs) \
	(sizeof(*(mp)) + (((cs) == 0) ? 0 : \
	(sizeof(struct rte_mempool_cache) * RTE_MAX_LCORE)))

/** Header of an object (internal). */
static inline struct rte_mempool_objhdr *
rte_mempool_get_header(void *obj)
{
	return (struct rte_mempool_objhdr *)RTE_PTR_SUB(obj,
		sizeof(struct rte_mempool_objhdr));
}

/** The mempool an object belongs to. */
static inline struct rte_mempool *
rte_mempool_from_obj(void *obj)
{
	return rte_mempool_get_header(obj)->mp;
}

#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
/* Trailer of an object (internal, debug builds). */
static inline struct rte_mempool_objtlr *
rte_mempool_get_trailer(void *obj)
{
	struct rte_mempool *mp = rte_mempool_from_obj(obj);

	return (struct rte_mempool_objtlr *)RTE_PTR_ADD(obj, mp->elt_size);
}
#endif

/**
 * Check the cookies of n objects; free = 1 on put (objects must be in
 * use), 0 on get (objects must be free), 2 to check without changing
 * state. Panics naming the pool and object on a mismatch. No-op unless
 * built with RTE_LIBRTE_MEMPOOL_DEBUG.
 */
void rte_mempool_check_cookies(const struct rte_mempool *mp,
	void * const *obj_table_const, unsigned n, int free);

#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
#define RTE_MEMPOOL_CHECK_COOKIES(mp, obj_table_const, n, free) \
	rte_mempool_check_cookies(mp, obj_table_const, n, free)
#else
/** Check the debug cookies of n objects (debug builds only). */
#define RTE_MEMPOOL_CHECK_COOKIES(mp, obj_table_const, n, free) do {} while (0)
#endif

/* ---------------- handler (ops) interface ---------------- */

#define RTE_MEMPOOL_OPS_NAMESIZE 32 /**< Max length of ops struct name. */

/** Handler: create the pool's storage. */
typedef int (*rte_mempool_alloc_t)(struct rte_mempool *mp);
/** Handler: free the pool's storage. */
typedef void (*rte_mempool_free_t)(struct rte_mempool *mp);
/** Handler: store n free objects; 0 or a negative errno. */
typedef int (*rte_mempool_enqueue_t)(struct rte_mempool *mp,
		void * const *obj_table, unsigned int n);
/** Handler: take n free objects (all or none); 0 or a negative errno. */
typedef int (*rte_mempool_dequeue_t)(struct rte_mempool *mp,
		void **obj_table, unsigned int n);
/** Handler: take n blocks of contiguous objects. */
typedef int (*rte_mempool_dequeue_contig_blocks_t)(struct rte_mempool *mp,
		 void **first_obj_table, unsigned int n);
/** Handler: number of free objects it holds. */
typedef unsigned (*rte_mempool_get_count)(const struct rte_mempool *mp);
/** Handler: memory needed for obj_num objects. */
typedef ssize_t (*rte_mempool_calc_mem_size_t)(const struct rte_mempool *mp,
		uint32_t obj_num, uint32_t pg_shift,
		size_t *min_chunk_size, size_t *align);

/**
 * Memory size needed for obj_num objects when memory comes in pages of
 * 1 << pg_shift bytes (pg_shift 0: one IOVA-contiguous chunk), reserving
 * chunk_reserve bytes per chunk.
 */
ssize_t rte_mempool_op_calc_mem_size_helper(const struct rte_mempool *mp,
		uint32_t obj_num, uint32_t pg_shift, size_t chunk_reserve,
		size_t *min_chunk_size, size_t *align);
/** Default calc_mem_size: the helper without reserve. */
ssize_t rte_mempool_op_calc_mem_size_default(const struct rte_mempool *mp,
		uint32_t obj_num, uint32_t pg_shift,
		size_t *min_chunk_size, size_t *align);

/** Called for each object laid out by a populate handler. */
typedef void (rte_mempool_populate_obj_cb_t)(struct rte_mempool *mp,
		void *opaque, void *vaddr, rte_iova_t iova);
/** Handler: lay out objects in a memory chunk; returns how many. */
typedef int (*rte_mempool_populate_t)(struct rte_mempool *mp,
		unsigned int max_objs,
		void *vaddr, rte_iova_t iova, size_t len,
		rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg);

/** Align each object's start on its total size (for block dequeue). */
#define RTE_MEMPOOL_POPULATE_F_ALIGN_OBJ 0x0001

/** Lay out up to max_objs objects in [vaddr, vaddr + len). */
int rte_mempool_op_populate_helper(struct rte_mempool *mp,
		unsigned int flags, unsigned int max_objs,
		void *vaddr, rte_iova_t iova, size_t len,
		rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg);
/** Default populate: the helper without flags. */
int rte_mempool_op_populate_default(struct rte_mempool *mp,
		unsigned int max_objs,
		void *vaddr, rte_iova_t iova, size_t len,
		rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg);

/** Handler: fill struct rte_mempool_info. */
typedef int (*rte_mempool_get_info_t)(const struct rte_mempool *mp,
		struct rte_mempool_info *info);

/** A mempool handler. */
struct rte_mempool_ops {
	char name[RTE_MEMPOOL_OPS_NAMESIZE]; /**< Name of mempool ops struct. */
	rte_mempool_alloc_t alloc;       /**< Allocate private data. */
	rte_mempool_free_t free;         /**< Free the external pool. */
	rte_mempool_enqueue_t enqueue;   /**< Enqueue objects. */
	rte_mempool_dequeue_t dequeue;   /**< Dequeue objects. */
	rte_mempool_get_count get_count; /**< Number of available objects. */
	rte_mempool_calc_mem_size_t calc_mem_size; /**< optional */
	rte_mempool_populate_t populate; /**< optional */
	rte_mempool_get_info_t get_info; /**< optional */
	rte_mempool_dequeue_contig_blocks_t dequeue_contig_blocks; /**< opt. */
} __rte_cache_aligned;

#define RTE_MEMPOOL_MAX_OPS_IDX 16  /**< Max registered ops structs */

/** Registered handlers. */
struct rte_mempool_ops_table {
	rte_spinlock_t sl;     /**< Spinlock for add/delete. */
	uint32_t num_ops;      /**< Number of used ops structs in the table. */
	struct rte_mempool_ops ops[RTE_MEMPOOL_MAX_OPS_IDX]; /**< Registered handlers. */
} __rte_cache_aligned;

/** The table of registered handlers. */
extern struct rte_mempool_ops_table rte_mempool_ops_table;

/** Handler number ops_index of the table. */
static inline struct rte_mempool_ops *
rte_mempool_get_ops(int ops_index)
{
	RTE_VERIFY((ops_index >= 0) && (ops_index < RTE_MEMPOOL_MAX_OPS_IDX));
	return &rte_mempool_ops_table.ops[ops_index];
}

/** Create the handler's pool storage (internal). */
int rte_mempool_ops_alloc(struct rte_mempool *mp);

/** Take n objects from the handler: 0, or negative errno and none taken. */
static inline int
rte_mempool_ops_dequeue_bulk(struct rte_mempool *mp, void **obj_table,
		unsigned n)
{
	return rte_mempool_get_ops(mp->ops_index)->dequeue(mp, obj_table, n);
}

/** Take n contiguous blocks from the handler; -ENOTSUP if it cannot. */
static inline int
rte_mempool_ops_dequeue_contig_blocks(struct rte_mempool *mp,
		void **first_obj_table, unsigned int n)
{
	struct rte_mempool_ops *ops = rte_mempool_get_ops(mp->ops_index);

	if (ops->dequeue_contig_blocks == NULL)
		return -ENOTSUP;
	return ops->dequeue_contig_blocks(mp, first_obj_table, n);
}

/** Give n objects back to the handler. */
static inline int
rte_mempool_ops_enqueue_bulk(struct rte_mempool *mp, void * const *obj_table,
		unsigned n)
{
	return rte_mempool_get_ops(mp->ops_index)->enqueue(mp, obj_table, n);
}

/** Free objects held by the pool's handler. */
unsigned rte_mempool_ops_get_count(const struct rte_mempool *mp);
/** Memory the pool's handler needs for obj_num objects. */
ssize_t rte_mempool_ops_calc_mem_size(const struct rte_mempool *mp,
		uint32_t obj_num, uint32_t pg_shift,
		size_t *min_chunk_size, size_t *align);
/** Lay out objects in a chunk with the pool's handler. */
int rte_mempool_ops_populate(struct rte_mempool *mp, unsigned int max_objs,
		void *vaddr, rte_iova_t iova, size_t len,
		rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg);
/** Handler information of the pool; -ENOTSUP if none. */
int rte_mempool_ops_get_info(const struct rte_mempool *mp,
		struct rte_mempool_info *info);
/** Free the storage of the pool's handler. */
void rte_mempool_ops_free(struct rte_mempool *mp);

/**
 * Select the handler of a pool that is not populated yet. Returns 0,
 * -EEXIST if already populated, -EINVAL if no handler has that name.
 */
int rte_mempool_set_ops_byname(struct rte_mempool *mp, const char *name,
		void *pool_config);

/** Register a handler; returns its index or a negative errno. */
int rte_mempool_register_ops(const struct rte_mempool_ops *ops);

/** Register a handler from a constructor. */
#define RTE_MEMPOOL_REGISTER_OPS(ops)				\
	RTE_INIT(mp_hdlr_init_##ops)				\
	{							\
		rte_mempool_register_ops(&ops);			\
	}

/* ---------------- creation and population ---------------- */

/** Called for each object (rte_mempool_obj_iter, object constructor). */
typedef void (rte_mempool_obj_cb_t)(struct rte_mempool *mp,
		void *opaque, void *obj, unsigned obj_idx);
/** Old name of rte_mempool_obj_cb_t. */
typedef rte_mempool_obj_cb_t rte_mempool_obj_ctor_t; /* compat */
/** Called for each memory chunk (rte_mempool_mem_iter). */
typedef void (rte_mempool_mem_cb_t)(struct rte_mempool *mp,
		void *opaque, struct rte_mempool_memhdr *memhdr,
		unsigned mem_idx);
/** Pool constructor, run once before population. */
typedef void (rte_mempool_ctor_t)(struct rte_mempool *, void *);

/**
 * Create and populate a mempool of n objects. mp_init runs once on the
 * pool before population, obj_init on each object afterwards. The
 * handler follows the flags: ring_mp_mc by default, SP_PUT/SC_GET pick the
 * single-thread ring variants. NULL with rte_errno EINVAL (bad sizes or
 * flags), ENAMETOOLONG, EEXIST (name taken), ENOMEM, ENOSPC.
 */
struct rte_mempool *
rte_mempool_create(const char *name, unsigned n, unsigned elt_size,
		unsigned cache_size, unsigned private_data_size,
		rte_mempool_ctor_t *mp_init, void *mp_init_arg,
		rte_mempool_obj_cb_t *obj_init, void *obj_init_arg,
		int socket_id, unsigned flags);

/** Create an empty (unpopulated) mempool; see rte_mempool_create(). */
struct rte_mempool *
rte_mempool_create_empty(const char *name, unsigned n, unsigned elt_size,
	unsigned cache_size, unsigned private_data_size,
	int socket_id, unsigned flags);

/** Free a mempool, its handler storage and its memory. NULL is a no-op. */
void rte_mempool_free(struct rte_mempool *mp);

/**
 * Add objects in an IOVA-contiguous chunk. Returns the number of objects
 * added (0 if none fit), or a negative errno (-ENOSPC: pool already full).
 * free_cb is called with opaque when the chunk is released.
 */
int rte_mempool_populate_iova(struct rte_mempool *mp, char *vaddr,
	rte_iova_t iova, size_t len, rte_mempool_memchunk_free_cb_t *free_cb,
	void *opaque);

/**
 * Add objects in a virtually contiguous chunk made of pages of pg_sz
 * bytes; objects never straddle a boundary between pages that are not
 * IOVA-contiguous.
 */
int rte_mempool_populate_virt(struct rte_mempool *mp, char *addr,
	size_t len, size_t pg_sz, rte_mempool_memchunk_free_cb_t *free_cb,
	void *opaque);

/** Populate the rest of the pool from memzones. Objects added or -errno. */
int rte_mempool_populate_default(struct rte_mempool *mp);

/** Populate the rest of the pool from anonymous memory. Objects added, 0 on error. */
int rte_mempool_populate_anon(struct rte_mempool *mp);

/** Call obj_cb on every object; returns the number of objects. */
uint32_t rte_mempool_obj_iter(struct rte_mempool *mp,
	rte_mempool_obj_cb_t *obj_cb, void *obj_cb_arg);

/** Call mem_cb on every memory chunk; returns the number of chunks. */
uint32_t rte_mempool_mem_iter(struct rte_mempool *mp,
	rte_mempool_mem_cb_t *mem_cb, void *mem_cb_arg);

/** Print the pool's state. */
void rte_mempool_dump(FILE *f, struct rte_mempool *mp);

/* ---------------- caches ---------------- */

/** Create a user-owned cache of size objects (1..RTE_MEMPOOL_CACHE_MAX_SIZE). */
struct rte_mempool_cache *
rte_mempool_cache_create(uint32_t size, int socket_id);

/** Free a user-owned cache (flush it first). */
void rte_mempool_cache_free(struct rte_mempool_cache *cache);

/** The cache of lcore_id, or NULL (no cache, or non-EAL thread). */
static __rte_always_inline struct rte_mempool_cache *
rte_mempool_default_cache(struct rte_mempool *mp, unsigned lcore_id)
{
	if (mp->cache_size == 0 || lcore_id >= RTE_MAX_LCORE)
		return NULL;
	return &mp->local_cache[lcore_id];
}

/** Return every object of the cache to the pool. */
static __rte_always_inline void
rte_mempool_cache_flush(struct rte_mempool_cache *cache,
			struct rte_mempool *mp)
{
	if (cache == NULL)
		cache = rte_mempool_default_cache(mp, rte_lcore_id());
	if (cache == NULL || cache->len == 0)
		return;
	rte_mempool_ops_enqueue_bulk(mp, cache->objs, cache->len);
	cache->len = 0;
}

/* ---------------- object get/put ---------------- */

/** Internal: copy n object pointers (see __rte_copy64: no libc call for short runs). */
static __rte_always_inline void
__rte_mempool_copy_objs(void **__rte_restrict dst,
		void * const *__rte_restrict src, unsigned int n)
{
	RTE_BUILD_BUG_ON(sizeof(void *) != sizeof(uint64_t));
	__rte_copy64(dst, src, n, 0);
}

/** Put without cookie checks. */
static __rte_always_inline void
rte_mempool_do_generic_put(struct rte_mempool *mp, void * const *obj_table,
			   unsigned int n, struct rte_mempool_cache *cache)
{
	void **dst;

	/* No cache, or a burst too large to be worth caching. */
	if (unlikely(cache == NULL || n > cache->flushthresh)) {
		rte_mempool_ops_enqueue_bulk(mp, obj_table, n);
		return;
	}
	if (cache->len + n <= cache->flushthresh) {
		dst = &cache->objs[cache->len];
		cache->len += n;
	} else {
		/* Over the threshold: hand the whole cache to the pool and
		 * keep only the new objects (hot in this core's caches). */
		rte_mempool_ops_enqueue_bulk(mp, cache->objs, cache->len);
		dst = &cache->objs[0];
		cache->len = n;
	}
	__rte_mempool_copy_objs(dst, obj_table, n);
}

/** Put n objects through cache (NULL: straight to the pool). */
static __rte_always_inline void
rte_mempool_generic_put(struct rte_mempool *mp, void * const *obj_table,
			unsigned int n, struct rte_mempool_cache *cache)
{
	RTE_MEMPOOL_CHECK_COOKIES(mp, obj_table, n, 1);
	rte_mempool_do_generic_put(mp, obj_table, n, cache);
}

/** Put n objects through this lcore's cache. */
static __rte_always_inline void
rte_mempool_put_bulk(struct rte_mempool *mp, void * const *obj_table,
		     unsigned int n)
{
	rte_mempool_generic_put(mp, obj_table, n,
			rte_mempool_default_cache(mp, rte_lcore_id()));
}

/** Put one object. */
static __rte_always_inline void
rte_mempool_put(struct rte_mempool *mp, void *obj)
{
	rte_mempool_put_bulk(mp, &obj, 1);
}

/** Get without cookie checks. */
static __rte_always_inline int
rte_mempool_do_generic_get(struct rte_mempool *mp, void **obj_table,
			   unsigned int n, struct rte_mempool_cache *cache)
{
	unsigned int from_cache, rest;
	int ret;

	if (unlikely(cache == NULL))
		return rte_mempool_ops_dequeue_bulk(mp, obj_table, n);

	/* The most recently freed objects (the top of the cache) are the
	 * cache-hot ones: hand out the top n. One to three objects (single
	 * mbuf allocs) go through a plain loop, cheaper than the word copy's
	 * dispatch (mempool_perf cache=512 bulk 1: 0.91x -> 1.14x of DPDK);
	 * larger gets take the top n in one forward copy. */
	if (likely(n <= cache->len)) {
		void **src = &cache->objs[cache->len];

		cache->len -= n;
		if (n < 4) {
			for (unsigned int i = 0; i < n; i++)
				obj_table[i] = *--src;
		} else {
			__rte_mempool_copy_objs(obj_table, src - n, n);
		}
		return 0;
	}
	from_cache = cache->len;
	__rte_mempool_copy_objs(obj_table, cache->objs, from_cache);
	cache->len = 0;
	rest = n - from_cache;

	if (rest <= RTE_MEMPOOL_CACHE_MAX_SIZE) {
		/* Refill the cache to its nominal size plus what we need. */
		ret = rte_mempool_ops_dequeue_bulk(mp, cache->objs,
				cache->size + rest);
		if (likely(ret == 0)) {
			__rte_mempool_copy_objs(&obj_table[from_cache],
					&cache->objs[cache->size], rest);
			cache->len = cache->size;
			return 0;
		}
	}
	/* Pool too low to refill: take the rest directly, all or nothing. */
	ret = rte_mempool_ops_dequeue_bulk(mp, &obj_table[from_cache], rest);
	if (unlikely(ret < 0))
		cache->len += from_cache; /* objects are still in the array */
	return ret;
}

/**
 * Get n objects through cache (NULL: straight from the pool). All or
 * nothing: 0, or -ENOENT and no object taken.
 */
static __rte_always_inline int
rte_mempool_generic_get(struct rte_mempool *mp, void **obj_table,
			unsigned int n, struct rte_mempool_cache *cache)
{
	int ret = rte_mempool_do_generic_get(mp, obj_table, n, cache);

	if (ret == 0)
		RTE_MEMPOOL_CHECK_COOKIES(mp, obj_table, n, 0);
	return ret;
}

/** Get n objects through this lcore's cache; 0 or -ENOENT. */
static __rte_always_inline int
rte_mempool_get_bulk(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	return rte_mempool_generic_get(mp, obj_table, n,
			rte_mempool_default_cache(mp, rte_lcore_id()));
}

/** Get one object; 0 or -ENOENT. */
static __rte_always_inline int
rte_mempool_get(struct rte_mempool *mp, void **obj_p)
{
	return rte_mempool_get_bulk(mp, obj_p, 1);
}

/** Get n blocks of contiguous objects; -ENOTSUP if the handler cannot. */
static __rte_always_inline int
rte_mempool_get_contig_blocks(struct rte_mempool *mp,
			      void **first_obj_table, unsigned int n)
{
	return rte_mempool_ops_dequeue_contig_blocks(mp, first_obj_table, n);
}

/** Objects available (in the pool and in every lcore cache). */
unsigned int rte_mempool_avail_count(const struct rte_mempool *mp);

/** Objects handed out (size - avail). */
unsigned int rte_mempool_in_use_count(const struct rte_mempool *mp);

/** 1 if every object is in the pool. */
static inline int
rte_mempool_full(const struct rte_mempool *mp)
{
	return rte_mempool_avail_count(mp) == mp->size;
}

/** 1 if no object is available. */
static inline int
rte_mempool_empty(const struct rte_mempool *mp)
{
	return rte_mempool_avail_count(mp) == 0;
}

/** IO address of an object (RTE_BAD_IOVA if it has none). */
static inline rte_iova_t
rte_mempool_virt2iova(const void *elt)
{
	const struct rte_mempool_objhdr *hdr;

	hdr = (const struct rte_mempool_objhdr *)RTE_PTR_SUB(elt,
		sizeof(*hdr));
	return hdr->iova;
}

/** Check the pool's consistency (cookies in debug builds); panics if bad. */
void rte_mempool_audit(struct rte_mempool *mp);

/** Private data area of the pool (private_data_size bytes). */
static inline void *
rte_mempool_get_priv(struct rte_mempool *mp)
{
	return (char *)mp + RTE_MEMPOOL_HEADER_SIZE(mp, mp->cache_size);
}

/** Print every mempool. */
void rte_mempool_list_dump(FILE *f);

/** Find a mempool by name; NULL with rte_errno ENOENT if none. */
struct rte_mempool *rte_mempool_lookup(const char *name);

/** Object layout (header/element/trailer) for elt_size and flags. */
uint32_t rte_mempool_calc_obj_size(uint32_t elt_size, uint32_t flags,
	struct rte_mempool_objsz *sz);

/** Call func on every mempool. */
void rte_mempool_walk(void (*func)(struct rte_mempool *, void *arg),
		      void *arg);

/** Page size used to lay out the pool's objects (0: no constraint). */
int rte_mempool_get_page_size(struct rte_mempool *mp, size_t *pg_sz);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MEMPOOL_H_ */
