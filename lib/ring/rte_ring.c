/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Ring creation, lookup and inspection (the control path). The data path
 * is inline in the headers. Rings made by rte_ring_create*() live in a
 * memzone named "RG_<name>"; lookup and listing go through the memzone
 * registry, so there is no second list to keep consistent.
 */
#include <string.h>
#include <inttypes.h>

#include <rte_common.h>
#include <rte_log.h>
#include <rte_errno.h>
#include <rte_memzone.h>
#include <rte_string_fns.h>

#include "rte_ring.h"

#define RING_LOG(level, fmt, ...) \
	RTE_LOG(level, RING, fmt "\n", ##__VA_ARGS__)

/* Default RTS head/tail distance: an eighth of the ring. */
#define RING_RTS_HTD_MAX_DIV 8

#define RING_F_KNOWN (RING_F_SP_ENQ | RING_F_SC_DEQ | RING_F_EXACT_SZ | \
	RING_F_MP_RTS_ENQ | RING_F_MC_RTS_DEQ | RING_F_MP_HTS_ENQ | \
	RING_F_MC_HTS_DEQ)

ssize_t
rte_ring_get_memsize_elem(unsigned int esize, unsigned int count)
{
	ssize_t sz;

	if (esize == 0 || esize % 4 != 0) {
		RING_LOG(ERR, "element size %u is not a non-zero multiple of 4",
			esize);
		return -EINVAL;
	}
	if (!rte_is_power_of_2(count) || count > RTE_RING_SZ_MASK) {
		RING_LOG(ERR, "ring size %u is not a power of 2 in [1, %u]; use RING_F_EXACT_SZ for other counts",
			count, RTE_RING_SZ_MASK);
		return -EINVAL;
	}
	sz = (ssize_t)sizeof(struct rte_ring) + (ssize_t)count * esize;
	return RTE_ALIGN(sz, RTE_CACHE_LINE_SIZE);
}

ssize_t
rte_ring_get_memsize(unsigned int count)
{
	return rte_ring_get_memsize_elem(sizeof(void *), count);
}

/* Map the creation flags of one side to its sync type; -1 if conflicting. */
static int
ring_side_sync(unsigned int flags, unsigned int st, unsigned int rts,
		unsigned int hts)
{
	unsigned int sel = flags & (st | rts | hts);

	if (sel == 0)
		return RTE_RING_SYNC_MT;
	if (sel == st)
		return RTE_RING_SYNC_ST;
	if (sel == rts)
		return RTE_RING_SYNC_MT_RTS;
	if (sel == hts)
		return RTE_RING_SYNC_MT_HTS;
	return -1;
}

static int
ring_check_flags(unsigned int flags, int *prod, int *cons)
{
	if (flags & ~RING_F_KNOWN) {
		RING_LOG(ERR, "unknown ring flags 0x%x", flags & ~RING_F_KNOWN);
		return -EINVAL;
	}
	*prod = ring_side_sync(flags, RING_F_SP_ENQ, RING_F_MP_RTS_ENQ,
			RING_F_MP_HTS_ENQ);
	*cons = ring_side_sync(flags, RING_F_SC_DEQ, RING_F_MC_RTS_DEQ,
			RING_F_MC_HTS_DEQ);
	if (*prod < 0 || *cons < 0) {
		RING_LOG(ERR, "ring flags 0x%x select more than one sync mode for one side (SP/RTS/HTS are exclusive)",
			flags);
		return -EINVAL;
	}
	return 0;
}

/* Size of the array backing count usable elements under these flags. */
static int
ring_array_size(unsigned int count, unsigned int flags, uint32_t *size)
{
	if (flags & RING_F_EXACT_SZ) {
		if (count > RTE_RING_SZ_MASK - 1) {
			RING_LOG(ERR, "ring count %u exceeds %u", count,
				RTE_RING_SZ_MASK - 1);
			return -EINVAL;
		}
		*size = rte_align32pow2(count + 1);
	} else {
		*size = count;
	}
	return 0;
}

int
rte_ring_init(struct rte_ring *r, const char *name, unsigned int count,
	unsigned int flags)
{
	int prod, cons, ret;
	uint32_t size;

	if (r == NULL || name == NULL) {
		RING_LOG(ERR, "rte_ring_init: NULL ring or name");
		return -EINVAL;
	}
	ret = ring_check_flags(flags, &prod, &cons);
	if (ret != 0)
		return ret;
	ret = ring_array_size(count, flags, &size);
	if (ret != 0)
		return ret;
	if (!rte_is_power_of_2(size) || size > RTE_RING_SZ_MASK) {
		RING_LOG(ERR, "ring size %u is not a power of 2 in [1, %u]; use RING_F_EXACT_SZ for other counts",
			count, RTE_RING_SZ_MASK);
		return -EINVAL;
	}
	if (strlen(name) >= RTE_RING_NAMESIZE) {
		RING_LOG(ERR, "ring name '%s' is longer than %d characters",
			name, (int)RTE_RING_NAMESIZE - 1);
		return -ENAMETOOLONG;
	}

	memset(r, 0, sizeof(*r));
	strcpy(r->name, name);
	r->flags = (int)flags;
	r->size = size;
	r->mask = size - 1;
	r->capacity = (flags & RING_F_EXACT_SZ) ? count : size - 1;
	r->prod.sync_type = (enum rte_ring_sync_type)prod;
	r->cons.sync_type = (enum rte_ring_sync_type)cons;
	if (prod == RTE_RING_SYNC_MT_RTS)
		r->rts_prod.htd_max = r->capacity / RING_RTS_HTD_MAX_DIV;
	if (cons == RTE_RING_SYNC_MT_RTS)
		r->rts_cons.htd_max = r->capacity / RING_RTS_HTD_MAX_DIV;
	return 0;
}

struct rte_ring *
rte_ring_create_elem(const char *name, unsigned int esize, unsigned int count,
	int socket_id, unsigned int flags)
{
	char mz_name[RTE_MEMZONE_NAMESIZE];
	const struct rte_memzone *mz;
	struct rte_ring *r;
	ssize_t ring_size;
	int prod, cons, ret;
	uint32_t size;

	if (name == NULL) {
		RING_LOG(ERR, "rte_ring_create: NULL name");
		rte_errno = EINVAL;
		return NULL;
	}
	ret = ring_check_flags(flags, &prod, &cons);
	if (ret == 0)
		ret = ring_array_size(count, flags, &size);
	if (ret != 0) {
		rte_errno = -ret;
		return NULL;
	}
	ring_size = rte_ring_get_memsize_elem(esize, size);
	if (ring_size < 0) {
		rte_errno = (int)-ring_size;
		return NULL;
	}
	ret = snprintf(mz_name, sizeof(mz_name), "%s%s", RTE_RING_MZ_PREFIX,
		name);
	if (ret < 0 || ret >= (int)sizeof(mz_name)) {
		RING_LOG(ERR, "ring name '%s' is longer than %d characters",
			name, (int)RTE_RING_NAMESIZE - 1);
		rte_errno = ENAMETOOLONG;
		return NULL;
	}

	/* The memzone registry rejects duplicate names (EEXIST) atomically. */
	mz = rte_memzone_reserve_aligned(mz_name, (size_t)ring_size, socket_id,
			0, RTE_CACHE_LINE_SIZE);
	if (mz == NULL) {
		RING_LOG(ERR, "cannot reserve %zd bytes for ring '%s': %s",
			ring_size, name, rte_strerror(rte_errno));
		return NULL;
	}
	r = mz->addr;
	ret = rte_ring_init(r, name, count, flags);
	if (ret != 0) { /* cannot happen: arguments were checked above */
		rte_memzone_free(mz);
		rte_errno = -ret;
		return NULL;
	}
	r->memzone = mz;
	return r;
}

struct rte_ring *
rte_ring_create(const char *name, unsigned int count, int socket_id,
	unsigned int flags)
{
	return rte_ring_create_elem(name, sizeof(void *), count, socket_id,
		flags);
}

void
rte_ring_free(struct rte_ring *r)
{
	if (r == NULL)
		return;
	if (r->memzone == NULL) {
		RING_LOG(ERR, "cannot free ring '%s': it was not made by rte_ring_create() (free its memory yourself)",
			r->name);
		return;
	}
	if (rte_memzone_free(r->memzone) != 0)
		RING_LOG(ERR, "cannot free memzone of ring '%s'", r->name);
}

void
rte_ring_reset(struct rte_ring *r)
{
	/* Positions of every mode live in the first 8 bytes of the side
	 * (head/tail or the 64-bit ht word or the RTS tail); RTS heads are
	 * separate. Sync types and htd_max are kept. */
	r->prod.head = 0;
	r->prod.tail = 0;
	r->cons.head = 0;
	r->cons.tail = 0;
	if (r->prod.sync_type == RTE_RING_SYNC_MT_RTS) {
		r->rts_prod.head.raw = 0;
		r->rts_prod.tail.raw = 0;
	}
	if (r->cons.sync_type == RTE_RING_SYNC_MT_RTS) {
		r->rts_cons.head.raw = 0;
		r->rts_cons.tail.raw = 0;
	}
}

static const char *
ring_sync_name(enum rte_ring_sync_type st)
{
	switch (st) {
	case RTE_RING_SYNC_MT: return "MT";
	case RTE_RING_SYNC_ST: return "ST";
	case RTE_RING_SYNC_MT_RTS: return "MT_RTS";
	case RTE_RING_SYNC_MT_HTS: return "MT_HTS";
	}
	return "unknown";
}

void
rte_ring_dump(FILE *f, const struct rte_ring *r)
{
	if (f == NULL)
		f = stdout;
	if (r == NULL) {
		fprintf(f, "ring <NULL>\n");
		return;
	}
	fprintf(f, "ring <%s>@%p\n", r->name, (const void *)r);
	fprintf(f, "  flags=%x\n", r->flags);
	fprintf(f, "  size=%" PRIu32 "\n", r->size);
	fprintf(f, "  capacity=%" PRIu32 "\n", r->capacity);
	fprintf(f, "  prod: sync=%s head=%" PRIu32 " tail=%" PRIu32 "\n",
		ring_sync_name(r->prod.sync_type), r->prod.head, r->prod.tail);
	fprintf(f, "  cons: sync=%s head=%" PRIu32 " tail=%" PRIu32 "\n",
		ring_sync_name(r->cons.sync_type), r->cons.head, r->cons.tail);
	fprintf(f, "  used=%u\n", rte_ring_count(r));
	fprintf(f, "  avail=%u\n", rte_ring_free_count(r));
}

static void
ring_dump_mz(const struct rte_memzone *mz, void *arg)
{
	if (strncmp(mz->name, RTE_RING_MZ_PREFIX,
			sizeof(RTE_RING_MZ_PREFIX) - 1) == 0)
		rte_ring_dump(arg, mz->addr);
}

void
rte_ring_list_dump(FILE *f)
{
	rte_memzone_walk(ring_dump_mz, f != NULL ? f : stdout);
}

struct rte_ring *
rte_ring_lookup(const char *name)
{
	char mz_name[RTE_MEMZONE_NAMESIZE];
	const struct rte_memzone *mz;
	int ret;

	if (name == NULL) {
		rte_errno = EINVAL;
		return NULL;
	}
	ret = snprintf(mz_name, sizeof(mz_name), "%s%s", RTE_RING_MZ_PREFIX,
		name);
	if (ret < 0 || ret >= (int)sizeof(mz_name)) {
		rte_errno = ENOENT;
		return NULL;
	}
	mz = rte_memzone_lookup(mz_name);
	if (mz == NULL) {
		rte_errno = ENOENT;
		return NULL;
	}
	return mz->addr;
}
