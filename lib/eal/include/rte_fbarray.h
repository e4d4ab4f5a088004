/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * File-backed array (DPDK 22.11 rte_fbarray.h), in-process form: a fixed
 * array of len elements of elt_sz bytes with a used/free bit per element.
 * Memseg lists keep their memsegs in one. Not thread-safe by itself:
 * callers hold the memory lock.
 */
#ifndef _RTE_FBARRAY_H_
#define _RTE_FBARRAY_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdio.h>
#include <rte_rwlock.h>

#define RTE_FBARRAY_NAME_LEN 64

struct rte_fbarray {
	char name[RTE_FBARRAY_NAME_LEN];
	unsigned int count;	/**< elements in use */
	unsigned int len;	/**< capacity */
	unsigned int elt_sz;	/**< element size */
	void *data;		/**< elements, then the used bitmap */
	rte_rwlock_t rwlock;
};

/** 0, or -1 with rte_errno (EINVAL, ENOMEM). Elements start zeroed, free. */
int rte_fbarray_init(struct rte_fbarray *arr, const char *name,
	unsigned int len, unsigned int elt_sz);
int rte_fbarray_destroy(struct rte_fbarray *arr);
/** Element idx, NULL (rte_errno EINVAL) if out of range. */
void *rte_fbarray_get(const struct rte_fbarray *arr, unsigned int idx);
/** Index of an element pointer, -1 if it is not one of arr's. */
int rte_fbarray_find_idx(const struct rte_fbarray *arr, const void *elt);
int rte_fbarray_set_used(struct rte_fbarray *arr, unsigned int idx);
int rte_fbarray_set_free(struct rte_fbarray *arr, unsigned int idx);
/** 1 used, 0 free, -1 bad index. */
int rte_fbarray_is_used(struct rte_fbarray *arr, unsigned int idx);
/** First used/free index >= start, -1 (rte_errno ENOENT) if none. */
int rte_fbarray_find_next_used(struct rte_fbarray *arr, unsigned int start);
int rte_fbarray_find_next_free(struct rte_fbarray *arr, unsigned int start);
/** First index >= start of n consecutive free/used elements, or -1. */
int rte_fbarray_find_next_n_free(struct rte_fbarray *arr, unsigned int start,
	unsigned int n);
int rte_fbarray_find_next_n_used(struct rte_fbarray *arr, unsigned int start,
	unsigned int n);
/** Number of consecutive used elements starting at start. */
int rte_fbarray_find_contig_used(struct rte_fbarray *arr, unsigned int start);
void rte_fbarray_dump_metadata(struct rte_fbarray *arr, FILE *f);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_FBARRAY_H_ */
