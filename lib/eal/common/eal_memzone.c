/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Memzones: named blocks from the malloc heaps, IOVA-contiguous (always
 * attempted; required with RTE_MEMZONE_IOVA_CONTIG, as in DPDK).
 */
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_malloc.h>
#include <rte_memory.h>
#include <rte_memzone.h>
#include <rte_string_fns.h>

#include "eal_private.h"
#include "malloc_heap.h"

static struct rte_memzone memzones[RTE_MAX_MEMZONE];
static bool mz_used[RTE_MAX_MEMZONE];
static pthread_mutex_t mz_lock = PTHREAD_MUTEX_INITIALIZER;

static struct rte_memzone *
mz_find(const char *name)
{
	unsigned int i;

	for (i = 0; i < RTE_MAX_MEMZONE; i++)
		if (mz_used[i] && strncmp(name, memzones[i].name,
				RTE_MEMZONE_NAMESIZE) == 0)
			return &memzones[i];
	return NULL;
}

static uint64_t
flags_to_pgsz_mask(unsigned int flags)
{
	uint64_t m = 0;

	if (flags & RTE_MEMZONE_2MB)
		m |= RTE_PGSIZE_2M;
	if (flags & RTE_MEMZONE_1GB)
		m |= RTE_PGSIZE_1G;
	if (flags & RTE_MEMZONE_16MB)
		m |= RTE_PGSIZE_16M;
	if (flags & RTE_MEMZONE_16GB)
		m |= RTE_PGSIZE_16G;
	if (flags & RTE_MEMZONE_256KB)
		m |= RTE_PGSIZE_256K;
	if (flags & RTE_MEMZONE_256MB)
		m |= RTE_PGSIZE_256M;
	if (flags & RTE_MEMZONE_512MB)
		m |= RTE_PGSIZE_512M;
	if (flags & RTE_MEMZONE_4GB)
		m |= RTE_PGSIZE_4G;
	return m;
}

static const struct rte_memzone *
mz_reserve(const char *name, size_t len, int socket_id, unsigned int flags,
	unsigned int align, unsigned int bound)
{
	struct rte_memzone *mz;
	struct rte_memseg *ms;
	uint64_t mask = flags_to_pgsz_mask(flags);
	bool hint = (flags & RTE_MEMZONE_SIZE_HINT_ONLY) != 0;
	unsigned int i;
	void *addr;

	if (name == NULL || name[0] == '\0') {
		rte_errno = EINVAL;
		return NULL;
	}
	if (strnlen(name, RTE_MEMZONE_NAMESIZE) == RTE_MEMZONE_NAMESIZE) {
		rte_errno = ENAMETOOLONG;
		return NULL;
	}
	if (align == 0)
		align = RTE_CACHE_LINE_SIZE;
	if (!rte_is_power_of_2(align) ||
	    (bound != 0 && (!rte_is_power_of_2(bound) || bound < len ||
			    bound < align)) ||
	    (socket_id != SOCKET_ID_ANY &&
	     (socket_id < 0 || socket_id >= RTE_MAX_NUMA_NODES))) {
		rte_errno = EINVAL;
		return NULL;
	}
	pthread_mutex_lock(&mz_lock);
	if (mz_find(name) != NULL) {
		pthread_mutex_unlock(&mz_lock);
		rte_errno = EEXIST;
		return NULL;
	}
	for (i = 0; i < RTE_MAX_MEMZONE; i++)
		if (!mz_used[i])
			break;
	if (i == RTE_MAX_MEMZONE) {
		pthread_mutex_unlock(&mz_lock);
		rte_errno = ENOSPC;
		return NULL;
	}
	if (len == 0) {
		/* the largest block that is free right now */
		len = malloc_heap_max_free(socket_id);
		len = len > align ? RTE_ALIGN_FLOOR(len - align,
			RTE_CACHE_LINE_SIZE) : 0;
		if (len == 0) {
			pthread_mutex_unlock(&mz_lock);
			rte_errno = ENOMEM;
			return NULL;
		}
	}
	len = RTE_ALIGN_CEIL(len, RTE_CACHE_LINE_SIZE);
	addr = eal_malloc_contig(len, align, bound, socket_id, mask, true, hint);
	if (addr == NULL && !(flags & RTE_MEMZONE_IOVA_CONTIG))
		addr = eal_malloc_contig(len, align, bound, socket_id, mask,
			false, hint);
	if (addr == NULL) {
		pthread_mutex_unlock(&mz_lock);
		rte_errno = ENOMEM;
		return NULL;
	}
	ms = rte_mem_virt2memseg(addr, NULL);
	mz = &memzones[i];
	memset(mz, 0, sizeof(*mz));
	rte_strlcpy(mz->name, name, sizeof(mz->name));
	mz->addr = addr;
	mz->iova = rte_mem_virt2iova(addr);
	mz->len = len;
	mz->hugepage_sz = ms ? ms->hugepage_sz : 0;
	mz->socket_id = ms ? ms->socket_id : 0;
	mz->flags = flags;
	mz_used[i] = true;
	pthread_mutex_unlock(&mz_lock);
	return mz;
}

const struct rte_memzone *
rte_memzone_reserve(const char *name, size_t len, int socket_id,
	unsigned int flags)
{
	return mz_reserve(name, len, socket_id, flags, RTE_CACHE_LINE_SIZE, 0);
}

const struct rte_memzone *
rte_memzone_reserve_aligned(const char *name, size_t len, int socket_id,
	unsigned int flags, unsigned int align)
{
	return mz_reserve(name, len, socket_id, flags, align, 0);
}

const struct rte_memzone *
rte_memzone_reserve_bounded(const char *name, size_t len, int socket_id,
	unsigned int flags, unsigned int align, unsigned int bound)
{
	return mz_reserve(name, len, socket_id, flags, align, bound);
}

int
rte_memzone_free(const struct rte_memzone *mz)
{
	ptrdiff_t idx;
	void *addr;

	if (mz == NULL)
		return -EINVAL;
	idx = mz - memzones;
	if (idx < 0 || idx >= RTE_MAX_MEMZONE)
		return -EINVAL;
	pthread_mutex_lock(&mz_lock);
	if (!mz_used[idx]) {
		pthread_mutex_unlock(&mz_lock);
		return -EINVAL;
	}
	addr = memzones[idx].addr;
	mz_used[idx] = false;
	memset(&memzones[idx], 0, sizeof(memzones[idx]));
	pthread_mutex_unlock(&mz_lock);
	rte_free(addr);
	return 0;
}

const struct rte_memzone *
rte_memzone_lookup(const char *name)
{
	const struct rte_memzone *mz;

	if (name == NULL) {
		rte_errno = EINVAL;
		return NULL;
	}
	pthread_mutex_lock(&mz_lock);
	mz = mz_find(name);
	pthread_mutex_unlock(&mz_lock);
	if (mz == NULL)
		rte_errno = ENOENT;
	return mz;
}

void
rte_memzone_walk(void (*func)(const struct rte_memzone *, void *), void *arg)
{
	unsigned int i;

	pthread_mutex_lock(&mz_lock);
	for (i = 0; i < RTE_MAX_MEMZONE; i++)
		if (mz_used[i])
			func(&memzones[i], arg);
	pthread_mutex_unlock(&mz_lock);
}

static void
dump_one(const struct rte_memzone *mz, void *arg)
{
	fprintf(arg, "Zone %td: name:<%s>, len:0x%zx, virt:%p, socket_id:%"
		PRId32 ", flags:%" PRIx32 ", iova:0x%" PRIx64 "\n",
		mz - memzones, mz->name, mz->len, mz->addr, mz->socket_id,
		mz->flags, mz->iova);
}

void
rte_memzone_dump(FILE *f)
{
	rte_memzone_walk(dump_one, f);
}

int
eal_memzone_init(void)
{
	memset(mz_used, 0, sizeof(mz_used));
	return 0;
}

void
eal_memzone_cleanup(void)
{
	memset(mz_used, 0, sizeof(mz_used));
	memset(memzones, 0, sizeof(memzones));
}
