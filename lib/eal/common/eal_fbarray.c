/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * rte_fbarray, in-process: elements and a used-bit per element in one
 * anonymous mapping (pages are only committed when touched, so a large
 * capacity costs address space, not memory).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_fbarray.h>
#include <rte_string_fns.h>

static size_t
mask_words(unsigned int len)
{
	return (len + 63) / 64;
}

static size_t
data_size(unsigned int len, unsigned int elt_sz)
{
	return RTE_ALIGN_CEIL((size_t)len * elt_sz, 64);
}

static uint64_t *
used_mask(const struct rte_fbarray *arr)
{
	return RTE_PTR_ADD(arr->data, data_size(arr->len, arr->elt_sz));
}

int
rte_fbarray_init(struct rte_fbarray *arr, const char *name, unsigned int len,
	unsigned int elt_sz)
{
	size_t total;
	void *p;

	if (arr == NULL || name == NULL || len == 0 || elt_sz == 0 ||
	    len > INT32_MAX) {
		rte_errno = EINVAL;
		return -1;
	}
	total = data_size(len, elt_sz) + mask_words(len) * sizeof(uint64_t);
	p = mmap(NULL, total, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED) {
		rte_errno = ENOMEM;
		return -1;
	}
	memset(arr, 0, sizeof(*arr));
	rte_strlcpy(arr->name, name, sizeof(arr->name));
	arr->len = len;
	arr->elt_sz = elt_sz;
	arr->data = p;
	rte_rwlock_init(&arr->rwlock);
	return 0;
}

int
rte_fbarray_destroy(struct rte_fbarray *arr)
{
	if (arr == NULL || arr->data == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	munmap(arr->data, data_size(arr->len, arr->elt_sz) +
		mask_words(arr->len) * sizeof(uint64_t));
	memset(arr, 0, sizeof(*arr));
	return 0;
}

void *
rte_fbarray_get(const struct rte_fbarray *arr, unsigned int idx)
{
	if (arr == NULL || idx >= arr->len) {
		rte_errno = EINVAL;
		return NULL;
	}
	return RTE_PTR_ADD(arr->data, (size_t)idx * arr->elt_sz);
}

int
rte_fbarray_find_idx(const struct rte_fbarray *arr, const void *elt)
{
	uintptr_t off;

	if (arr == NULL || elt == NULL || (uintptr_t)elt < (uintptr_t)arr->data) {
		rte_errno = EINVAL;
		return -1;
	}
	off = (uintptr_t)elt - (uintptr_t)arr->data;
	if (off % arr->elt_sz != 0 || off / arr->elt_sz >= arr->len) {
		rte_errno = EINVAL;
		return -1;
	}
	return (int)(off / arr->elt_sz);
}

static int
set_bit(struct rte_fbarray *arr, unsigned int idx, bool used)
{
	uint64_t *m, bit;

	if (arr == NULL || idx >= arr->len) {
		rte_errno = EINVAL;
		return -1;
	}
	m = &used_mask(arr)[idx / 64];
	bit = UINT64_C(1) << (idx % 64);
	if (!!(*m & bit) == used)
		return 0;
	if (used) {
		*m |= bit;
		arr->count++;
	} else {
		*m &= ~bit;
		arr->count--;
	}
	return 0;
}

int
rte_fbarray_set_used(struct rte_fbarray *arr, unsigned int idx)
{
	return set_bit(arr, idx, true);
}

int
rte_fbarray_set_free(struct rte_fbarray *arr, unsigned int idx)
{
	return set_bit(arr, idx, false);
}

int
rte_fbarray_is_used(struct rte_fbarray *arr, unsigned int idx)
{
	if (arr == NULL || idx >= arr->len) {
		rte_errno = EINVAL;
		return -1;
	}
	return (used_mask(arr)[idx / 64] >> (idx % 64)) & 1;
}

/* First index >= start whose bit equals used; -1 if none. */
static int
find_next(struct rte_fbarray *arr, unsigned int start, bool used)
{
	const uint64_t *m;
	unsigned int i;

	if (arr == NULL || start >= arr->len) {
		rte_errno = arr == NULL ? EINVAL : ENOENT;
		return -1;
	}
	m = used_mask(arr);
	for (i = start; i < arr->len;) {
		uint64_t w = m[i / 64];

		if (!used)
			w = ~w;
		w &= ~UINT64_C(0) << (i % 64);
		if (w != 0) {
			i = (i & ~63u) + (unsigned int)__builtin_ctzll(w);
			if (i < arr->len)
				return (int)i;
			break;
		}
		i = (i & ~63u) + 64;
	}
	rte_errno = ENOENT;
	return -1;
}

int
rte_fbarray_find_next_used(struct rte_fbarray *arr, unsigned int start)
{
	return find_next(arr, start, true);
}

int
rte_fbarray_find_next_free(struct rte_fbarray *arr, unsigned int start)
{
	return find_next(arr, start, false);
}

static int
find_next_n(struct rte_fbarray *arr, unsigned int start, unsigned int n,
	bool used)
{
	int first, other;

	if (n == 0) {
		rte_errno = EINVAL;
		return -1;
	}
	for (;;) {
		first = find_next(arr, start, used);
		if (first < 0)
			return -1;
		if ((unsigned int)first + n > arr->len) {
			rte_errno = ENOENT;
			return -1;
		}
		other = find_next(arr, (unsigned int)first, !used);
		if (other < 0 || (unsigned int)other >= (unsigned int)first + n)
			return first;
		start = (unsigned int)other;
	}
}

int
rte_fbarray_find_next_n_free(struct rte_fbarray *arr, unsigned int start,
	unsigned int n)
{
	return find_next_n(arr, start, n, false);
}

int
rte_fbarray_find_next_n_used(struct rte_fbarray *arr, unsigned int start,
	unsigned int n)
{
	return find_next_n(arr, start, n, true);
}

int
rte_fbarray_find_contig_used(struct rte_fbarray *arr, unsigned int start)
{
	int end;

	if (arr == NULL || start >= arr->len) {
		rte_errno = EINVAL;
		return -1;
	}
	if (!rte_fbarray_is_used(arr, start))
		return 0;
	end = find_next(arr, start, false);
	if (end < 0)
		end = (int)arr->len;
	return end - (int)start;
}

void
rte_fbarray_dump_metadata(struct rte_fbarray *arr, FILE *f)
{
	if (arr == NULL || f == NULL)
		return;
	fprintf(f, "fbarray '%s': len %u, elt_sz %u, used %u\n", arr->name,
		arr->len, arr->elt_sz, arr->count);
}
