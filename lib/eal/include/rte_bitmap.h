/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Two-level bitmap (DPDK 22.11 rte_bitmap.h), in memory the caller gives.
 *
 * Level 2 (array2) holds the bits, in 64-bit slabs. Level 1 (array1) has
 * one bit per cache line of array2, set while that line has any bit set,
 * so rte_bitmap_scan() skips empty lines quickly. Not thread-safe: one
 * writer, or external locking.
 *
 * rte_bitmap_scan() walks the non-empty slabs in increasing position and
 * wraps around; it keeps its place between calls, so a caller can take
 * one slab per call.
 */
#ifndef _RTE_BITMAP_H_
#define _RTE_BITMAP_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <errno.h>
#include <string.h>

#include <rte_common.h>
#include <rte_compat.h>
#include <rte_config.h>
#include <rte_debug.h>
#include <rte_memory.h>
#include <rte_branch_prediction.h>
#include <rte_prefetch.h>

/** Bits per slab. */
#define RTE_BITMAP_SLAB_BIT_SIZE 64
/** log2 of RTE_BITMAP_SLAB_BIT_SIZE. */
#define RTE_BITMAP_SLAB_BIT_SIZE_LOG2 6
/** Mask of a bit position inside a slab. */
#define RTE_BITMAP_SLAB_BIT_MASK (RTE_BITMAP_SLAB_BIT_SIZE - 1)
/** Bits per cache line of array2. */
#define RTE_BITMAP_CL_BIT_SIZE (RTE_CACHE_LINE_SIZE * 8)
/** log2 of RTE_BITMAP_CL_BIT_SIZE. */
#define RTE_BITMAP_CL_BIT_SIZE_LOG2 (RTE_CACHE_LINE_SIZE_LOG2 + 3)
/** Mask of a bit position inside a cache line. */
#define RTE_BITMAP_CL_BIT_MASK (RTE_BITMAP_CL_BIT_SIZE - 1)
/** Slabs per cache line. */
#define RTE_BITMAP_CL_SLAB_SIZE (RTE_BITMAP_CL_BIT_SIZE / RTE_BITMAP_SLAB_BIT_SIZE)
/** log2 of RTE_BITMAP_CL_SLAB_SIZE. */
#define RTE_BITMAP_CL_SLAB_SIZE_LOG2 \
	(RTE_BITMAP_CL_BIT_SIZE_LOG2 - RTE_BITMAP_SLAB_BIT_SIZE_LOG2)
/** Mask of a slab index inside a cache line. */
#define RTE_BITMAP_CL_SLAB_MASK (RTE_BITMAP_CL_SLAB_SIZE - 1)

/** Bitmap header, at the start of the caller's memory. */
struct rte_bitmap {
	uint64_t *array1;	/**< one bit per non-empty array2 line */
	uint64_t *array2;	/**< the bits */
	uint32_t array1_size;	/**< slabs in array1 */
	uint32_t array2_size;	/**< slabs in array2 */
	uint32_t index;		/**< scan: array1 slab */
	uint32_t offset;	/**< scan: next bit to look at in that slab */
	uint32_t index2;	/**< scan: next array2 slab of the line read */
	uint32_t go2;		/**< scan: 1 while reading a line of array2 */
	uint8_t memory[];	/**< array1 then array2 */
} __rte_cache_aligned;

/* Sizes in slabs for n_bits (rounded up to whole cache lines). */
static inline void
__rte_bitmap_sizes(uint32_t n_bits, uint32_t *a1_slabs, uint32_t *a2_slabs)
{
	uint32_t lines = (n_bits + RTE_BITMAP_CL_BIT_MASK) >>
		RTE_BITMAP_CL_BIT_SIZE_LOG2;

	*a2_slabs = lines << RTE_BITMAP_CL_SLAB_SIZE_LOG2;
	*a1_slabs = (lines + RTE_BITMAP_SLAB_BIT_MASK) >>
		RTE_BITMAP_SLAB_BIT_SIZE_LOG2;
}

/** Bytes of memory a bitmap of n_bits needs (0 for n_bits == 0). */
static inline uint32_t
rte_bitmap_get_memory_footprint(uint32_t n_bits)
{
	uint32_t a1, a2;

	if (n_bits == 0)
		return 0;
	__rte_bitmap_sizes(n_bits, &a1, &a2);
	return (uint32_t)(sizeof(struct rte_bitmap) +
		RTE_CACHE_LINE_ROUNDUP(a1 * sizeof(uint64_t)) +
		a2 * sizeof(uint64_t));
}

static inline void
__rte_bitmap_scan_init(struct rte_bitmap *bmp)
{
	bmp->index = 0;
	bmp->offset = 0;
	bmp->index2 = 0;
	bmp->go2 = 0;
}

/**
 * Build an empty bitmap of n_bits in mem (cache-line aligned, at least
 * rte_bitmap_get_memory_footprint(n_bits) bytes). NULL on bad arguments.
 */
static inline struct rte_bitmap *
rte_bitmap_init(uint32_t n_bits, uint8_t *mem, uint32_t mem_size)
{
	struct rte_bitmap *bmp = (struct rte_bitmap *)mem;
	uint32_t size = rte_bitmap_get_memory_footprint(n_bits);
	uint32_t a1, a2;

	if (n_bits == 0 || mem == NULL ||
	    ((uintptr_t)mem & RTE_CACHE_LINE_MASK) != 0 || mem_size < size)
		return NULL;
	memset(mem, 0, size);
	__rte_bitmap_sizes(n_bits, &a1, &a2);
	bmp->array1 = (uint64_t *)bmp->memory;
	bmp->array2 = (uint64_t *)&bmp->memory[
		RTE_CACHE_LINE_ROUNDUP(a1 * sizeof(uint64_t))];
	bmp->array1_size = a1;
	bmp->array2_size = a2;
	__rte_bitmap_scan_init(bmp);
	return bmp;
}

/** Same as rte_bitmap_init(), with bits 0 .. n_bits-1 set. */
static inline struct rte_bitmap *
rte_bitmap_init_with_all_set(uint32_t n_bits, uint8_t *mem, uint32_t mem_size)
{
	struct rte_bitmap *bmp = rte_bitmap_init(n_bits, mem, mem_size);
	uint32_t full, lines, i;

	if (bmp == NULL)
		return NULL;
	full = n_bits >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2;
	for (i = 0; i < full; i++)
		bmp->array2[i] = UINT64_MAX;
	if (n_bits & RTE_BITMAP_SLAB_BIT_MASK)
		bmp->array2[full] = (UINT64_C(1) <<
			(n_bits & RTE_BITMAP_SLAB_BIT_MASK)) - 1;
	lines = (n_bits + RTE_BITMAP_CL_BIT_MASK) >> RTE_BITMAP_CL_BIT_SIZE_LOG2;
	for (i = 0; i < lines; i++)
		bmp->array1[i >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2] |=
			UINT64_C(1) << (i & RTE_BITMAP_SLAB_BIT_MASK);
	return bmp;
}

/** Nothing to release (the memory is the caller's). 0, -EINVAL for NULL. */
static inline int
rte_bitmap_free(struct rte_bitmap *bmp)
{
	return bmp == NULL ? -EINVAL : 0;
}

/** Clear every bit and restart scanning. */
static inline void
rte_bitmap_reset(struct rte_bitmap *bmp)
{
	memset(bmp->array1, 0, bmp->array1_size * sizeof(uint64_t));
	memset(bmp->array2, 0, bmp->array2_size * sizeof(uint64_t));
	__rte_bitmap_scan_init(bmp);
}

/** Prefetch the slab holding bit pos. */
static inline void
rte_bitmap_prefetch0(struct rte_bitmap *bmp, uint32_t pos)
{
	rte_prefetch0(&bmp->array2[pos >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2]);
}

/** Non-zero if bit pos is set. */
static inline uint64_t
rte_bitmap_get(struct rte_bitmap *bmp, uint32_t pos)
{
	return bmp->array2[pos >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2] &
		(UINT64_C(1) << (pos & RTE_BITMAP_SLAB_BIT_MASK));
}

/* Mark the line of bit pos non-empty in array1. */
static inline void
__rte_bitmap_line_mark(struct rte_bitmap *bmp, uint32_t pos)
{
	uint32_t line = pos >> RTE_BITMAP_CL_BIT_SIZE_LOG2;

	bmp->array1[line >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2] |=
		UINT64_C(1) << (line & RTE_BITMAP_SLAB_BIT_MASK);
}

/** Set bit pos. */
static inline void
rte_bitmap_set(struct rte_bitmap *bmp, uint32_t pos)
{
	bmp->array2[pos >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2] |=
		UINT64_C(1) << (pos & RTE_BITMAP_SLAB_BIT_MASK);
	__rte_bitmap_line_mark(bmp, pos);
}

/** OR slab into the 64 bits starting at pos (rounded down to a slab). */
static inline void
rte_bitmap_set_slab(struct rte_bitmap *bmp, uint32_t pos, uint64_t slab)
{
	if (slab == 0)
		return;
	bmp->array2[pos >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2] |= slab;
	__rte_bitmap_line_mark(bmp, pos);
}

/** Clear bit pos. */
static inline void
rte_bitmap_clear(struct rte_bitmap *bmp, uint32_t pos)
{
	uint32_t s = pos >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2;
	uint32_t first = s & ~(uint32_t)RTE_BITMAP_CL_SLAB_MASK, i;
	uint32_t line = pos >> RTE_BITMAP_CL_BIT_SIZE_LOG2;

	bmp->array2[s] &= ~(UINT64_C(1) << (pos & RTE_BITMAP_SLAB_BIT_MASK));
	if (bmp->array2[s] != 0)
		return;
	for (i = first; i < first + RTE_BITMAP_CL_SLAB_SIZE; i++)
		if (bmp->array2[i] != 0)
			return;
	bmp->array1[line >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2] &=
		~(UINT64_C(1) << (line & RTE_BITMAP_SLAB_BIT_MASK));
}

/* Next non-zero slab of the line being read; 0 when the line is done. */
static inline int
__rte_bitmap_scan_line(struct rte_bitmap *bmp, uint32_t *pos, uint64_t *slab)
{
	while (bmp->go2) {
		uint32_t i = bmp->index2++;

		if ((bmp->index2 & RTE_BITMAP_CL_SLAB_MASK) == 0)
			bmp->go2 = 0;	/* that was the line's last slab */
		if (bmp->array2[i] != 0) {
			*pos = i << RTE_BITMAP_SLAB_BIT_SIZE_LOG2;
			*slab = bmp->array2[i];
			return 1;
		}
	}
	return 0;
}

/**
 * Next non-empty slab after the previous call's (wrapping around): 1 with
 * *pos (its first bit's position) and *slab (its bits), 0 if the bitmap
 * is empty.
 */
static inline int
rte_bitmap_scan(struct rte_bitmap *bmp, uint32_t *pos, uint64_t *slab)
{
	uint32_t lines = bmp->array1_size << RTE_BITMAP_SLAB_BIT_SIZE_LOG2;
	uint32_t tries;

	if (__rte_bitmap_scan_line(bmp, pos, slab))
		return 1;
	/* each line at most once, plus the one we started in */
	for (tries = 0; tries <= lines + bmp->array1_size; tries++) {
		uint64_t w = bmp->array1[bmp->index];

		w &= bmp->offset < RTE_BITMAP_SLAB_BIT_SIZE ?
			UINT64_MAX << bmp->offset : 0;
		if (w == 0) {
			bmp->index = (bmp->index + 1) % bmp->array1_size;
			bmp->offset = 0;
			continue;
		}
		bmp->offset = (uint32_t)__builtin_ctzll(w);
		bmp->index2 = ((bmp->index << RTE_BITMAP_SLAB_BIT_SIZE_LOG2) +
			bmp->offset) << RTE_BITMAP_CL_SLAB_SIZE_LOG2;
		bmp->go2 = 1;
		bmp->offset++;	/* next search starts after this line */
		if (__rte_bitmap_scan_line(bmp, pos, slab))
			return 1;
	}
	return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_BITMAP_H_ */
