/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mempool control path: creation, population, lookup, accounting, debug
 * cookie checks and dumps. Object get/put are inline in rte_mempool.h.
 *
 * Memory layout: the memzone "MP_<name>" holds struct rte_mempool, then
 * RTE_MAX_LCORE caches (if cache_size > 0), then the private data. Objects
 * live in separate chunks (memzones, anonymous memory or caller memory),
 * each object being [objhdr][element][trailer].
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>
#include <unistd.h>
#include <sys/mman.h>

#include <rte_common.h>
#include <rte_log.h>
#include <rte_errno.h>
#include <rte_debug.h>
#include <rte_eal.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_memory.h>
#include <rte_memzone.h>
#include <rte_rwlock.h>

#include "rte_mempool.h"

#define MP_LOG(level, fmt, ...) \
	RTE_LOG(level, MEMPOOL, fmt "\n", ##__VA_ARGS__)

/* Flush the per-lcore cache once it holds 1.5x its nominal size. */
#define CACHE_FLUSHTHRESH(c) ((c) * 3 / 2)

/* Process-local list of mempools, for lookup/walk/list_dump. */
struct mempool_entry {
	TAILQ_ENTRY(mempool_entry) next;
	struct rte_mempool *mp;
};
static TAILQ_HEAD(, mempool_entry) mempool_list =
	TAILQ_HEAD_INITIALIZER(mempool_list);
static rte_rwlock_t mempool_list_lock = RTE_RWLOCK_INITIALIZER;

/* ---------------- object layout ---------------- */

/*
 * Pad an object so that its size in cache lines is odd: consecutive
 * objects then start on different memory channels/ranks (4 assumed)
 * instead of all hitting the same one.
 */
static uint32_t
mempool_spread_size(uint32_t total)
{
	uint32_t lines = total / RTE_MEMPOOL_ALIGN;

	while (lines % 2 == 0)
		lines++;
	return lines * RTE_MEMPOOL_ALIGN;
}

uint32_t
rte_mempool_calc_obj_size(uint32_t elt_size, uint32_t flags,
	struct rte_mempool_objsz *sz)
{
	struct rte_mempool_objsz lsz;
	uint32_t total;

	if (sz == NULL)
		sz = &lsz;
	sz->header_size = sizeof(struct rte_mempool_objhdr);
	if (!(flags & RTE_MEMPOOL_F_NO_CACHE_ALIGN))
		sz->header_size = RTE_ALIGN_CEIL(sz->header_size,
			RTE_MEMPOOL_ALIGN);
#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
	sz->trailer_size = sizeof(struct rte_mempool_objtlr);
#else
	sz->trailer_size = 0;
#endif
	sz->elt_size = RTE_ALIGN_CEIL(elt_size, sizeof(uint64_t));
	total = sz->header_size + sz->elt_size + sz->trailer_size;
	if (!(flags & RTE_MEMPOOL_F_NO_CACHE_ALIGN)) {
		uint32_t aligned = RTE_ALIGN_CEIL(total, RTE_MEMPOOL_ALIGN);

		if (!(flags & RTE_MEMPOOL_F_NO_SPREAD))
			aligned = mempool_spread_size(aligned);
		sz->trailer_size += aligned - total;
		total = aligned;
	}
	sz->total_size = total;
	return total;
}

/* ---------------- memory size and object placement ---------------- */

ssize_t
rte_mempool_op_calc_mem_size_helper(const struct rte_mempool *mp,
	uint32_t obj_num, uint32_t pg_shift, size_t chunk_reserve,
	size_t *min_chunk_size, size_t *align)
{
	size_t total = (size_t)mp->header_size + mp->elt_size +
		mp->trailer_size;
	size_t mem_size, pg_sz, per_page;

	if (total == 0) {
		mem_size = 0;
	} else if (pg_shift == 0) {
		mem_size = total * obj_num + chunk_reserve;
	} else {
		pg_sz = (size_t)1 << pg_shift;
		per_page = chunk_reserve < pg_sz ?
			(pg_sz - chunk_reserve) / total : 0;
		if (per_page == 0) /* objects span pages: round each up */
			mem_size = RTE_ALIGN_CEIL(total + chunk_reserve, pg_sz) *
				obj_num;
		else
			mem_size = (obj_num / per_page) * pg_sz +
				(obj_num % per_page == 0 ? 0 :
				 (obj_num % per_page) * total + chunk_reserve);
	}
	*min_chunk_size = total + chunk_reserve;
	*align = RTE_MAX((size_t)RTE_CACHE_LINE_SIZE,
		pg_shift == 0 ? (size_t)0 : (size_t)1 << pg_shift);
	return (ssize_t)mem_size;
}

ssize_t
rte_mempool_op_calc_mem_size_default(const struct rte_mempool *mp,
	uint32_t obj_num, uint32_t pg_shift, size_t *min_chunk_size,
	size_t *align)
{
	return rte_mempool_op_calc_mem_size_helper(mp, obj_num, pg_shift, 0,
		min_chunk_size, align);
}

int
rte_mempool_op_populate_helper(struct rte_mempool *mp, unsigned int flags,
	unsigned int max_objs, void *vaddr, rte_iova_t iova, size_t len,
	rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg)
{
	size_t total = (size_t)mp->header_size + mp->elt_size +
		mp->trailer_size;
	char *va = vaddr;
	size_t off = 0;
	unsigned int i;
	void *obj;

	for (i = 0; i < max_objs; i++) {
		if (flags & RTE_MEMPOOL_POPULATE_F_ALIGN_OBJ) {
			size_t rem = (uintptr_t)(va + off) % total;

			if (rem != 0)
				off += total - rem;
		}
		if (off + total > len)
			break;
		off += mp->header_size;
		obj = va + off;
		obj_cb(mp, obj_cb_arg, obj,
			iova == RTE_BAD_IOVA ? RTE_BAD_IOVA : iova + off);
		rte_mempool_ops_enqueue_bulk(mp, &obj, 1);
		off += mp->elt_size + mp->trailer_size;
	}
	return (int)i;
}

int
rte_mempool_op_populate_default(struct rte_mempool *mp, unsigned int max_objs,
	void *vaddr, rte_iova_t iova, size_t len,
	rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg)
{
	return rte_mempool_op_populate_helper(mp, 0, max_objs, vaddr, iova,
		len, obj_cb, obj_cb_arg);
}

/* Register one object with its pool (populate callback). */
static void
mempool_add_elem(struct rte_mempool *mp, __rte_unused void *opaque,
	void *obj, rte_iova_t iova)
{
	struct rte_mempool_objhdr *hdr = rte_mempool_get_header(obj);

	hdr->mp = mp;
	hdr->iova = iova;
	STAILQ_INSERT_TAIL(&mp->elt_list, hdr, next);
	mp->populated_size++;
#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
	hdr->cookie = RTE_MEMPOOL_HEADER_COOKIE1;
	rte_mempool_get_trailer(obj)->cookie = RTE_MEMPOOL_TRAILER_COOKIE;
#endif
}

/* Create the handler's storage on first use. */
static int
mempool_ops_alloc_once(struct rte_mempool *mp)
{
	int ret;

	if (mp->flags & RTE_MEMPOOL_F_POOL_CREATED)
		return 0;
	ret = rte_mempool_ops_alloc(mp);
	if (ret != 0) {
		MP_LOG(ERR, "mempool '%s': handler '%s' failed to allocate: %s",
			mp->name, rte_mempool_get_ops(mp->ops_index)->name,
			rte_strerror(-ret));
		return ret;
	}
	mp->flags |= RTE_MEMPOOL_F_POOL_CREATED;
	return 0;
}

int
rte_mempool_populate_iova(struct rte_mempool *mp, char *vaddr,
	rte_iova_t iova, size_t len, rte_mempool_memchunk_free_cb_t *free_cb,
	void *opaque)
{
	struct rte_mempool_memhdr *memhdr;
	int ret;

	if (mp == NULL || vaddr == NULL)
		return -EINVAL;
	if (mp->populated_size >= mp->size)
		return -ENOSPC;
	ret = mempool_ops_alloc_once(mp);
	if (ret != 0)
		return ret;

	memhdr = rte_zmalloc(NULL, sizeof(*memhdr), 0);
	if (memhdr == NULL)
		return -ENOMEM;
	memhdr->mp = mp;
	memhdr->addr = vaddr;
	memhdr->iova = iova;
	memhdr->len = len;
	memhdr->free_cb = free_cb;
	memhdr->opaque = opaque;

	ret = rte_mempool_ops_populate(mp, mp->size - mp->populated_size,
		vaddr, iova, len, mempool_add_elem, NULL);
	if (ret <= 0) { /* nothing fits: the chunk stays the caller's */
		rte_free(memhdr);
		return ret;
	}
	STAILQ_INSERT_TAIL(&mp->mem_list, memhdr, next);
	mp->nb_mem_chunks++;
	return ret;
}

int
rte_mempool_populate_virt(struct rte_mempool *mp, char *addr, size_t len,
	size_t pg_sz, rte_mempool_memchunk_free_cb_t *free_cb, void *opaque)
{
	size_t off, run;
	rte_iova_t iova;
	int ret, cnt = 0;

	if (mp == NULL || addr == NULL || pg_sz == 0 ||
	    !rte_is_power_of_2((uint32_t)pg_sz) || pg_sz > UINT32_MAX ||
	    RTE_PTR_ALIGN_CEIL(addr, pg_sz) != addr ||
	    RTE_ALIGN_CEIL(len, pg_sz) != len) {
		MP_LOG(ERR, "populate_virt: address and length must be aligned on the page size %zu",
			pg_sz);
		return -EINVAL;
	}
	if (mp->flags & RTE_MEMPOOL_F_NO_IOVA_CONTIG)
		return rte_mempool_populate_iova(mp, addr, RTE_BAD_IOVA, len,
			free_cb, opaque);

	/* Populate each run of IOVA-contiguous pages separately, so that no
	 * object straddles a discontinuity. Pages without IOVA stand alone. */
	for (off = 0; off < len; off += run) {
		iova = rte_mem_virt2iova(addr + off);
		run = pg_sz;
		while (iova != RTE_BAD_IOVA && off + run < len &&
		       rte_mem_virt2iova(addr + off + run) == iova + run)
			run += pg_sz;
		ret = rte_mempool_populate_iova(mp, addr + off, iova, run,
			free_cb, opaque);
		if (ret == 0)
			continue;
		if (ret == -ENOSPC && cnt > 0)
			break;
		if (ret < 0)
			return ret;
		free_cb = NULL; /* the first populated chunk owns the region */
		cnt += ret;
	}
	return cnt;
}

static void
mempool_mz_free(__rte_unused struct rte_mempool_memhdr *memhdr, void *opaque)
{
	rte_memzone_free(opaque);
}

/* Release every memory chunk (objects become invalid). */
static void
mempool_free_memchunks(struct rte_mempool *mp)
{
	struct rte_mempool_memhdr *memhdr;

	while (!STAILQ_EMPTY(&mp->elt_list))
		STAILQ_REMOVE_HEAD(&mp->elt_list, next);
	while ((memhdr = STAILQ_FIRST(&mp->mem_list)) != NULL) {
		STAILQ_REMOVE_HEAD(&mp->mem_list, next);
		if (memhdr->free_cb != NULL)
			memhdr->free_cb(memhdr, memhdr->opaque);
		rte_free(memhdr);
		mp->nb_mem_chunks--;
	}
	mp->populated_size = 0;
}

int
rte_mempool_get_page_size(struct rte_mempool *mp, size_t *pg_sz)
{
	if (mp == NULL || pg_sz == NULL)
		return -EINVAL;
	if (mp->flags & RTE_MEMPOOL_F_NO_IOVA_CONTIG)
		*pg_sz = 0;
	else if (rte_eal_has_hugepages())
		*pg_sz = RTE_PGSIZE_2M;
	else
		*pg_sz = (size_t)sysconf(_SC_PAGESIZE);
	return 0;
}

int
rte_mempool_populate_default(struct rte_mempool *mp)
{
	char mz_name[RTE_MEMZONE_NAMESIZE];
	const struct rte_memzone *mz;
	size_t min_chunk, align, pg_sz;
	unsigned int mz_id;
	ssize_t mem_size;
	int ret;

	if (mp->nb_mem_chunks != 0)
		return -EEXIST;
	ret = mempool_ops_alloc_once(mp);
	if (ret != 0)
		return ret;

	for (mz_id = 0; mp->populated_size < mp->size; mz_id++) {
		unsigned int n = mp->size - mp->populated_size;
		int contig = 1;

		ret = snprintf(mz_name, sizeof(mz_name),
			RTE_MEMPOOL_MZ_FORMAT "_%u", mp->name, mz_id);
		if (ret < 0 || ret >= (int)sizeof(mz_name)) {
			ret = -ENAMETOOLONG;
			goto fail;
		}
		/* First choice: one IOVA-contiguous chunk for the rest. */
		mem_size = rte_mempool_ops_calc_mem_size(mp, n, 0, &min_chunk,
			&align);
		if (mem_size <= 0) {
			ret = mem_size < 0 ? (int)mem_size : -EINVAL;
			goto fail;
		}
		mz = rte_memzone_reserve_aligned(mz_name, (size_t)mem_size,
			mp->socket_id, RTE_MEMZONE_IOVA_CONTIG, align);
		if (mz == NULL) {
			/* Fall back to page-sized pieces. */
			contig = 0;
			rte_mempool_get_page_size(mp, &pg_sz);
			if (pg_sz == 0)
				pg_sz = (size_t)sysconf(_SC_PAGESIZE);
			mem_size = rte_mempool_ops_calc_mem_size(mp, n,
				rte_bsf64(pg_sz), &min_chunk, &align);
			mz = rte_memzone_reserve_aligned(mz_name,
				RTE_ALIGN_CEIL((size_t)mem_size, pg_sz),
				mp->socket_id, 0, RTE_MAX(align, pg_sz));
		}
		if (mz == NULL) {
			ret = -rte_errno;
			MP_LOG(ERR, "mempool '%s': cannot reserve %zd bytes for objects: %s",
				mp->name, mem_size, rte_strerror(rte_errno));
			goto fail;
		}
		if (contig || (mp->flags & RTE_MEMPOOL_F_NO_IOVA_CONTIG))
			ret = rte_mempool_populate_iova(mp, mz->addr,
				(mp->flags & RTE_MEMPOOL_F_NO_IOVA_CONTIG) ?
				RTE_BAD_IOVA : mz->iova, mz->len,
				mempool_mz_free, (void *)(uintptr_t)mz);
		else
			ret = rte_mempool_populate_virt(mp, mz->addr,
				RTE_ALIGN_FLOOR(mz->len, pg_sz), pg_sz,
				mempool_mz_free, (void *)(uintptr_t)mz);
		if (ret <= 0) {
			rte_memzone_free(mz);
			if (ret == 0)
				ret = -ENOBUFS;
			goto fail;
		}
	}
	return (int)mp->size;

fail:
	mempool_free_memchunks(mp);
	return ret;
}

/* Anonymous region handed to populate_virt; unmapped with the pool. */
struct mempool_anon {
	void *addr;
	size_t len;
};

static void
mempool_anon_free(__rte_unused struct rte_mempool_memhdr *memhdr,
	void *opaque)
{
	struct mempool_anon *a = opaque;

	munmap(a->addr, a->len);
	free(a);
}

int
rte_mempool_populate_anon(struct rte_mempool *mp)
{
	size_t pg_sz = (size_t)sysconf(_SC_PAGESIZE);
	size_t min_chunk, align;
	struct mempool_anon *a;
	ssize_t size;
	int ret;

	if (mp == NULL || mp->nb_mem_chunks != 0) {
		rte_errno = EEXIST;
		return 0;
	}
	ret = mempool_ops_alloc_once(mp);
	if (ret != 0) {
		rte_errno = -ret;
		return 0;
	}
	size = rte_mempool_ops_calc_mem_size(mp, mp->size, rte_bsf64(pg_sz),
		&min_chunk, &align);
	if (size <= 0) {
		rte_errno = EINVAL;
		return 0;
	}
	a = malloc(sizeof(*a));
	if (a == NULL) {
		rte_errno = ENOMEM;
		return 0;
	}
	a->len = RTE_ALIGN_CEIL((size_t)size, pg_sz);
	a->addr = mmap(NULL, a->len, PROT_READ | PROT_WRITE,
		MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (a->addr == MAP_FAILED) {
		rte_errno = errno;
		free(a);
		return 0;
	}
	ret = rte_mempool_populate_virt(mp, a->addr, a->len, pg_sz,
		mempool_anon_free, a);
	if (ret <= 0) {
		rte_errno = ret < 0 ? -ret : ENOBUFS;
		mempool_free_memchunks(mp);
		if (mp->nb_mem_chunks == 0) {
			munmap(a->addr, a->len);
			free(a);
		}
		return 0;
	}
	return (int)mp->populated_size;
}

/* ---------------- creation and destruction ---------------- */

static void
mempool_cache_init(struct rte_mempool_cache *cache, uint32_t size)
{
	cache->size = size;
	cache->flushthresh = CACHE_FLUSHTHRESH(size);
	cache->len = 0;
}

static const char *
mempool_default_ops(unsigned int flags)
{
	if ((flags & RTE_MEMPOOL_F_SP_PUT) && (flags & RTE_MEMPOOL_F_SC_GET))
		return "ring_sp_sc";
	if (flags & RTE_MEMPOOL_F_SP_PUT)
		return "ring_sp_mc";
	if (flags & RTE_MEMPOOL_F_SC_GET)
		return "ring_mp_sc";
	return "ring_mp_mc";
}

struct rte_mempool *
rte_mempool_create_empty(const char *name, unsigned n, unsigned elt_size,
	unsigned cache_size, unsigned private_data_size, int socket_id,
	unsigned flags)
{
	char mz_name[RTE_MEMZONE_NAMESIZE];
	struct rte_mempool_objsz objsz;
	const struct rte_memzone *mz;
	struct mempool_entry *te;
	struct rte_mempool *mp;
	size_t mempool_size;
	unsigned int lcore;
	int ret;

	if (name == NULL) {
		MP_LOG(ERR, "mempool name is NULL");
		rte_errno = EINVAL;
		return NULL;
	}
	if (flags & ~RTE_MEMPOOL_VALID_USER_FLAGS) {
		MP_LOG(ERR, "mempool '%s': unknown flags 0x%x", name,
			flags & ~RTE_MEMPOOL_VALID_USER_FLAGS);
		rte_errno = EINVAL;
		return NULL;
	}
	if (n == 0 || elt_size == 0) {
		MP_LOG(ERR, "mempool '%s': object count (%u) and size (%u) must be non-zero",
			name, n, elt_size);
		rte_errno = EINVAL;
		return NULL;
	}
	if (cache_size > RTE_MEMPOOL_CACHE_MAX_SIZE ||
	    CACHE_FLUSHTHRESH(cache_size) > n) {
		MP_LOG(ERR, "mempool '%s': cache size %u must be <= %d and 1.5 x cache size <= pool size %u",
			name, cache_size, RTE_MEMPOOL_CACHE_MAX_SIZE, n);
		rte_errno = EINVAL;
		return NULL;
	}
	if (strlen(name) >= RTE_MEMPOOL_NAMESIZE) {
		MP_LOG(ERR, "mempool name '%s' is longer than %d characters",
			name, (int)RTE_MEMPOOL_NAMESIZE - 1);
		rte_errno = ENAMETOOLONG;
		return NULL;
	}
	rte_mempool_calc_obj_size(elt_size, flags, &objsz);

	te = malloc(sizeof(*te));
	if (te == NULL) {
		rte_errno = ENOMEM;
		return NULL;
	}
	mempool_size = RTE_MEMPOOL_HEADER_SIZE(mp, cache_size) +
		RTE_ALIGN_CEIL(private_data_size, RTE_MEMPOOL_ALIGN);
	snprintf(mz_name, sizeof(mz_name), RTE_MEMPOOL_MZ_FORMAT, name);

	rte_rwlock_write_lock(&mempool_list_lock);
	/* The memzone name is unique: a second pool of this name fails
	 * here with EEXIST. */
	mz = rte_memzone_reserve(mz_name, mempool_size, socket_id, 0);
	if (mz == NULL) {
		rte_rwlock_write_unlock(&mempool_list_lock);
		MP_LOG(ERR, "mempool '%s': cannot reserve its header: %s",
			name, rte_strerror(rte_errno));
		free(te);
		return NULL;
	}
	mp = mz->addr;
	memset(mp, 0, mempool_size);
	strcpy(mp->name, name);
	mp->mz = mz;
	mp->size = n;
	mp->flags = flags;
	mp->socket_id = socket_id;
	mp->elt_size = objsz.elt_size;
	mp->header_size = objsz.header_size;
	mp->trailer_size = objsz.trailer_size;
	mp->cache_size = cache_size;
	mp->private_data_size = private_data_size;
	STAILQ_INIT(&mp->elt_list);
	STAILQ_INIT(&mp->mem_list);
	if (cache_size != 0) {
		mp->local_cache = (struct rte_mempool_cache *)
			RTE_PTR_ADD(mp, sizeof(*mp));
		for (lcore = 0; lcore < RTE_MAX_LCORE; lcore++)
			mempool_cache_init(&mp->local_cache[lcore], cache_size);
	}
	ret = rte_mempool_set_ops_byname(mp, mempool_default_ops(flags),
		NULL);
	if (ret != 0) {
		rte_memzone_free(mz);
		rte_rwlock_write_unlock(&mempool_list_lock);
		free(te);
		rte_errno = -ret;
		return NULL;
	}
	te->mp = mp;
	TAILQ_INSERT_TAIL(&mempool_list, te, next);
	rte_rwlock_write_unlock(&mempool_list_lock);
	return mp;
}

struct rte_mempool *
rte_mempool_create(const char *name, unsigned n, unsigned elt_size,
	unsigned cache_size, unsigned private_data_size,
	rte_mempool_ctor_t *mp_init, void *mp_init_arg,
	rte_mempool_obj_cb_t *obj_init, void *obj_init_arg,
	int socket_id, unsigned flags)
{
	struct rte_mempool *mp;
	int ret;

	mp = rte_mempool_create_empty(name, n, elt_size, cache_size,
		private_data_size, socket_id, flags);
	if (mp == NULL)
		return NULL;
	if (mp_init != NULL)
		mp_init(mp, mp_init_arg);
	ret = rte_mempool_populate_default(mp);
	if (ret < 0) {
		rte_mempool_free(mp);
		rte_errno = -ret;
		return NULL;
	}
	if (obj_init != NULL)
		rte_mempool_obj_iter(mp, obj_init, obj_init_arg);
	return mp;
}

void
rte_mempool_free(struct rte_mempool *mp)
{
	struct mempool_entry *te;

	if (mp == NULL)
		return;
	rte_rwlock_write_lock(&mempool_list_lock);
	TAILQ_FOREACH(te, &mempool_list, next) {
		if (te->mp == mp)
			break;
	}
	if (te != NULL)
		TAILQ_REMOVE(&mempool_list, te, next);
	rte_rwlock_write_unlock(&mempool_list_lock);
	free(te);

	if (mp->flags & RTE_MEMPOOL_F_POOL_CREATED)
		rte_mempool_ops_free(mp);
	mempool_free_memchunks(mp);
	rte_memzone_free(mp->mz);
}

/* ---------------- caches ---------------- */

struct rte_mempool_cache *
rte_mempool_cache_create(uint32_t size, int socket_id)
{
	struct rte_mempool_cache *cache;

	if (size == 0 || size > RTE_MEMPOOL_CACHE_MAX_SIZE) {
		MP_LOG(ERR, "cache size %u is not in [1, %d]", size,
			RTE_MEMPOOL_CACHE_MAX_SIZE);
		rte_errno = EINVAL;
		return NULL;
	}
	cache = rte_zmalloc_socket("MEMPOOL_CACHE", sizeof(*cache),
		RTE_CACHE_LINE_SIZE, socket_id);
	if (cache == NULL) {
		MP_LOG(ERR, "cannot allocate a mempool cache");
		rte_errno = ENOMEM;
		return NULL;
	}
	mempool_cache_init(cache, size);
	return cache;
}

void
rte_mempool_cache_free(struct rte_mempool_cache *cache)
{
	rte_free(cache);
}

/* ---------------- accounting and iteration ---------------- */

unsigned int
rte_mempool_avail_count(const struct rte_mempool *mp)
{
	unsigned int count, lcore;

	count = rte_mempool_ops_get_count(mp);
	if (mp->cache_size != 0) {
		for (lcore = 0; lcore < RTE_MAX_LCORE; lcore++)
			count += __atomic_load_n(&mp->local_cache[lcore].len,
				__ATOMIC_RELAXED);
	}
	/* Snapshots taken while objects move can overcount. */
	return count > mp->size ? mp->size : count;
}

unsigned int
rte_mempool_in_use_count(const struct rte_mempool *mp)
{
	return mp->size - rte_mempool_avail_count(mp);
}

uint32_t
rte_mempool_obj_iter(struct rte_mempool *mp, rte_mempool_obj_cb_t *obj_cb,
	void *obj_cb_arg)
{
	struct rte_mempool_objhdr *hdr;
	uint32_t n = 0;

	STAILQ_FOREACH(hdr, &mp->elt_list, next) {
		obj_cb(mp, obj_cb_arg, (char *)hdr + sizeof(*hdr), n);
		n++;
	}
	return n;
}

uint32_t
rte_mempool_mem_iter(struct rte_mempool *mp, rte_mempool_mem_cb_t *mem_cb,
	void *mem_cb_arg)
{
	struct rte_mempool_memhdr *hdr;
	uint32_t n = 0;

	STAILQ_FOREACH(hdr, &mp->mem_list, next) {
		mem_cb(mp, mem_cb_arg, hdr, n);
		n++;
	}
	return n;
}

/* ---------------- debug checks ---------------- */

void
rte_mempool_check_cookies(const struct rte_mempool *mp,
	void * const *obj_table_const, unsigned n, int free)
{
#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
	struct rte_mempool_objhdr *hdr;
	struct rte_mempool_objtlr *tlr;
	unsigned int i;
	void *obj;

	for (i = 0; i < n; i++) {
		obj = obj_table_const[i];
		hdr = rte_mempool_get_header(obj);
		if (hdr->mp != mp)
			rte_panic("mempool '%s': object %p belongs to mempool '%s'\n",
				mp->name, obj,
				hdr->mp != NULL ? hdr->mp->name : "(none)");
		if (free == 0 && hdr->cookie != RTE_MEMPOOL_HEADER_COOKIE1)
			rte_panic("mempool '%s': object %p handed out twice or header corrupted (cookie %" PRIx64 ")\n",
				mp->name, obj, hdr->cookie);
		if (free == 1 && hdr->cookie == RTE_MEMPOOL_HEADER_COOKIE1)
			rte_panic("mempool '%s': double free of object %p\n",
				mp->name, obj);
		if (free == 1 && hdr->cookie != RTE_MEMPOOL_HEADER_COOKIE2)
			rte_panic("mempool '%s': object %p header corrupted (underrun?) (cookie %" PRIx64 ")\n",
				mp->name, obj, hdr->cookie);
		if (free == 2 && hdr->cookie != RTE_MEMPOOL_HEADER_COOKIE1 &&
		    hdr->cookie != RTE_MEMPOOL_HEADER_COOKIE2)
			rte_panic("mempool '%s': object %p header corrupted (cookie %" PRIx64 ")\n",
				mp->name, obj, hdr->cookie);
		tlr = rte_mempool_get_trailer(obj);
		if (tlr->cookie != RTE_MEMPOOL_TRAILER_COOKIE)
			rte_panic("mempool '%s': object %p overrun: trailer cookie is %" PRIx64 "\n",
				mp->name, obj, tlr->cookie);
		if (free == 0)
			hdr->cookie = RTE_MEMPOOL_HEADER_COOKIE2;
		else if (free == 1)
			hdr->cookie = RTE_MEMPOOL_HEADER_COOKIE1;
	}
#else
	RTE_SET_USED(mp);
	RTE_SET_USED(obj_table_const);
	RTE_SET_USED(n);
	RTE_SET_USED(free);
#endif
}

static void
mempool_audit_obj(struct rte_mempool *mp, __rte_unused void *arg, void *obj,
	__rte_unused unsigned int idx)
{
	rte_mempool_check_cookies(mp, &obj, 1, 2);
}

void
rte_mempool_audit(struct rte_mempool *mp)
{
	unsigned int lcore;

	if (mp->cache_size != 0) {
		for (lcore = 0; lcore < RTE_MAX_LCORE; lcore++) {
			if (mp->local_cache[lcore].len >
			    RTE_DIM(mp->local_cache[lcore].objs))
				rte_panic("mempool '%s': cache of lcore %u holds %u objects (corrupted)\n",
					mp->name, lcore,
					mp->local_cache[lcore].len);
		}
	}
	rte_mempool_obj_iter(mp, mempool_audit_obj, NULL);
}

/* ---------------- dumps, lookup, walk ---------------- */

void
rte_mempool_dump(FILE *f, struct rte_mempool *mp)
{
	struct rte_mempool_memhdr *memhdr;
	unsigned int lcore, cached = 0;

	if (f == NULL)
		f = stdout;
	fprintf(f, "mempool <%s>@%p\n", mp->name, (void *)mp);
	fprintf(f, "  flags=%x\n", mp->flags);
	fprintf(f, "  socket_id=%d\n", mp->socket_id);
	fprintf(f, "  pool=%p\n", mp->pool_data);
	fprintf(f, "  ops=%s\n", rte_mempool_get_ops(mp->ops_index)->name);
	fprintf(f, "  nb_mem_chunks=%u\n", mp->nb_mem_chunks);
	fprintf(f, "  size=%" PRIu32 "\n", mp->size);
	fprintf(f, "  populated_size=%" PRIu32 "\n", mp->populated_size);
	fprintf(f, "  header_size=%" PRIu32 "\n", mp->header_size);
	fprintf(f, "  elt_size=%" PRIu32 "\n", mp->elt_size);
	fprintf(f, "  trailer_size=%" PRIu32 "\n", mp->trailer_size);
	fprintf(f, "  total_obj_size=%" PRIu32 "\n",
		mp->header_size + mp->elt_size + mp->trailer_size);
	fprintf(f, "  private_data_size=%" PRIu32 "\n", mp->private_data_size);
	STAILQ_FOREACH(memhdr, &mp->mem_list, next)
		fprintf(f, "  mem chunk: addr=%p iova=0x%" PRIx64 " len=%zu\n",
			memhdr->addr, memhdr->iova, memhdr->len);
	fprintf(f, "  cache_size=%" PRIu32 "\n", mp->cache_size);
	if (mp->cache_size != 0) {
		for (lcore = 0; lcore < RTE_MAX_LCORE; lcore++) {
			if (mp->local_cache[lcore].len == 0)
				continue;
			cached += mp->local_cache[lcore].len;
			fprintf(f, "    cache_count[%u]=%" PRIu32 "\n", lcore,
				mp->local_cache[lcore].len);
		}
	}
	fprintf(f, "    total_cache_count=%u\n", cached);
	fprintf(f, "  common_pool_count=%u\n", rte_mempool_ops_get_count(mp));
	fprintf(f, "  avail_count=%u\n", rte_mempool_avail_count(mp));
	fprintf(f, "  in_use_count=%u\n", rte_mempool_in_use_count(mp));
#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
	rte_mempool_audit(mp);
#endif
}

void
rte_mempool_walk(void (*func)(struct rte_mempool *, void *), void *arg)
{
	struct mempool_entry *te, *tmp;

	rte_rwlock_read_lock(&mempool_list_lock);
	for (te = TAILQ_FIRST(&mempool_list); te != NULL; te = tmp) {
		tmp = TAILQ_NEXT(te, next);
		func(te->mp, arg);
	}
	rte_rwlock_read_unlock(&mempool_list_lock);
}

static void
mempool_dump_cb(struct rte_mempool *mp, void *arg)
{
	rte_mempool_dump(arg, mp);
}

void
rte_mempool_list_dump(FILE *f)
{
	rte_mempool_walk(mempool_dump_cb, f != NULL ? f : stdout);
}

struct rte_mempool *
rte_mempool_lookup(const char *name)
{
	struct rte_mempool *mp = NULL;
	struct mempool_entry *te;

	if (name == NULL) {
		rte_errno = EINVAL;
		return NULL;
	}
	rte_rwlock_read_lock(&mempool_list_lock);
	TAILQ_FOREACH(te, &mempool_list, next) {
		if (strncmp(name, te->mp->name, RTE_MEMPOOL_NAMESIZE) == 0) {
			mp = te->mp;
			break;
		}
	}
	rte_rwlock_read_unlock(&mempool_list_lock);
	if (mp == NULL)
		rte_errno = ENOENT;
	return mp;
}
