/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Heap on EAL (hugepage) memory (DPDK 22.11 rte_malloc.h). One heap per
 * NUMA socket; thread-safe. A block larger than a page may span pages
 * whose IOVAs are not contiguous (IOVA-as-PA): use a memzone with
 * RTE_MEMZONE_IOVA_CONTIG for device rings.
 */
#ifndef _RTE_MALLOC_H_
#define _RTE_MALLOC_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdio.h>
#include <stddef.h>
#include <rte_memory.h>

/** Statistics of one socket's heap (rte_malloc_get_socket_stats). */
struct rte_malloc_socket_stats {
	size_t heap_totalsz_bytes;	/**< memory the heap holds */
	size_t heap_freesz_bytes;	/**< of which free */
	size_t greatest_free_size;	/**< largest free block */
	unsigned free_count;		/**< free blocks */
	unsigned alloc_count;		/**< allocated blocks */
	size_t heap_allocsz_bytes;	/**< allocated bytes */
};

/**
 * Allocate size bytes from the caller's socket heap (others if it has
 * none free). type is informational (may be NULL). align 0 means
 * cache-line alignment, otherwise a power of two. NULL (rte_errno
 * ENOMEM/EINVAL) on failure, also for size 0.
 */
void *rte_malloc(const char *type, size_t size, unsigned align)
	__rte_alloc_size(2);
/** rte_malloc() and zero the block. */
void *rte_zmalloc(const char *type, size_t size, unsigned align)
	__rte_alloc_size(2);
/** Zeroed array of num elements of size bytes (overflow: NULL). */
void *rte_calloc(const char *type, size_t num, size_t size, unsigned align)
	__rte_alloc_size(2, 3);
/** Resize; ptr NULL acts as rte_malloc. Contents kept up to the smaller size. */
void *rte_realloc(void *ptr, size_t size, unsigned int align)
	__rte_alloc_size(2);
/** rte_realloc() on a given socket (SOCKET_ID_ANY: any). */
void *rte_realloc_socket(void *ptr, size_t size, unsigned int align,
	int socket) __rte_alloc_size(2);
/** rte_malloc() from socket's heap (SOCKET_ID_ANY: any socket). */
void *rte_malloc_socket(const char *type, size_t size, unsigned align,
	int socket) __rte_alloc_size(2);
/** rte_zmalloc() from socket's heap. */
void *rte_zmalloc_socket(const char *type, size_t size, unsigned align,
	int socket) __rte_alloc_size(2);
/** rte_calloc() from socket's heap. */
void *rte_calloc_socket(const char *type, size_t num, size_t size,
	unsigned align, int socket) __rte_alloc_size(2, 3);
/** Free (NULL is fine). */
void rte_free(void *ptr);

/**
 * Check the heap block of ptr (its header and trailer markers); store its
 * usable size in *size if not NULL. 0 or -1 if the block is corrupt or
 * ptr is not from rte_malloc.
 */
int rte_malloc_validate(const void *ptr, size_t *size);
/** Statistics of one socket's heap. 0 or -1 for a bad socket. */
int rte_malloc_get_socket_stats(int socket,
	struct rte_malloc_socket_stats *socket_stats);
/** Heap id ("socket" number) of a named heap ("socket_0"), -1 if none. */
int rte_malloc_heap_get_socket(const char *name);
/** 0: pmdkit has no external heaps (-1 for a bad socket id). */
int rte_malloc_heap_socket_is_external(int socket_id);
/** Print every heap's statistics (type is ignored, as in DPDK). */
void rte_malloc_dump_stats(FILE *f, const char *type);
/** Print every heap's blocks. */
void rte_malloc_dump_heaps(FILE *f);
/** IOVA of an address inside an rte_malloc block, RTE_BAD_IOVA if not. */
rte_iova_t rte_malloc_virt2iova(const void *addr);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MALLOC_H_ */
