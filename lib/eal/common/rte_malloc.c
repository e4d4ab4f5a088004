/* SPDX-License-Identifier: BSD-3-Clause */
/* rte_malloc API over the per-socket heaps (malloc_heap.c). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_malloc.h>
#include <rte_memory.h>

#include "eal_private.h"
#include "malloc_heap.h"

void *
rte_malloc_socket(const char *type, size_t size, unsigned int align, int socket)
{
	RTE_SET_USED(type);
	if (size == 0 || (align != 0 && !rte_is_power_of_2(align))) {
		rte_errno = EINVAL;
		return NULL;
	}
	return eal_malloc_contig(size, align ? align : RTE_CACHE_LINE_SIZE, 0,
		socket, 0, false, false);
}

void *
rte_malloc(const char *type, size_t size, unsigned int align)
{
	return rte_malloc_socket(type, size, align, SOCKET_ID_ANY);
}

void *
rte_zmalloc_socket(const char *type, size_t size, unsigned int align,
	int socket)
{
	void *p = rte_malloc_socket(type, size, align, socket);

	if (p != NULL)
		memset(p, 0, size);
	return p;
}

void *
rte_zmalloc(const char *type, size_t size, unsigned int align)
{
	return rte_zmalloc_socket(type, size, align, SOCKET_ID_ANY);
}

void *
rte_calloc_socket(const char *type, size_t num, size_t size,
	unsigned int align, int socket)
{
	if (size != 0 && num > SIZE_MAX / size) {
		rte_errno = EINVAL;
		return NULL;
	}
	return rte_zmalloc_socket(type, num * size, align, socket);
}

void *
rte_calloc(const char *type, size_t num, size_t size, unsigned int align)
{
	return rte_calloc_socket(type, num, size, align, SOCKET_ID_ANY);
}

void
rte_free(void *ptr)
{
	struct malloc_elem *e;

	if (ptr == NULL)
		return;
	e = malloc_elem_of(ptr);
	if (e == NULL) {
		EAL_LOG(ERR, "rte_free(%p): not a block from rte_malloc, or "
			"its header/trailer was overwritten\n", ptr);
		return;
	}
	malloc_heap_free(e);
}

void *
rte_realloc_socket(void *ptr, size_t size, unsigned int align, int socket)
{
	struct malloc_elem *e;
	size_t old;
	void *n;

	if (ptr == NULL)
		return rte_malloc_socket(NULL, size, align, socket);
	e = malloc_elem_of(ptr);
	if (e == NULL) {
		EAL_LOG(ERR, "rte_realloc(%p): not a block from rte_malloc\n",
			ptr);
		rte_errno = EINVAL;
		return NULL;
	}
	if (size == 0) {
		rte_errno = EINVAL;
		return NULL;
	}
	old = malloc_elem_usable(e);
	/* fits where it is, with the right alignment and socket */
	if (size <= old && (align == 0 || ((uintptr_t)ptr & (align - 1)) == 0) &&
	    (socket == SOCKET_ID_ANY || socket == malloc_elem_socket(e)))
		return ptr;
	n = rte_malloc_socket(NULL, size, align, socket);
	if (n == NULL)
		return NULL;
	memcpy(n, ptr, RTE_MIN(old, size));
	rte_free(ptr);
	return n;
}

void *
rte_realloc(void *ptr, size_t size, unsigned int align)
{
	struct malloc_elem *e = ptr ? malloc_elem_of(ptr) : NULL;

	return rte_realloc_socket(ptr, size, align,
		e ? malloc_elem_socket(e) : SOCKET_ID_ANY);
}

int
rte_malloc_validate(const void *ptr, size_t *size)
{
	struct malloc_elem *e = malloc_elem_of(ptr);

	if (e == NULL)
		return -1;
	if (size != NULL)
		*size = malloc_elem_usable(e);
	return 0;
}

rte_iova_t
rte_malloc_virt2iova(const void *addr)
{
	if (rte_mem_virt2memseg_list(addr) == NULL)
		return RTE_BAD_IOVA;
	return rte_mem_virt2iova(addr);
}

int
rte_malloc_heap_get_socket(const char *name)
{
	int socket;
	char extra;

	if (name == NULL ||
	    sscanf(name, "socket_%d%c", &socket, &extra) != 1 ||
	    socket < 0 || socket >= RTE_MAX_NUMA_NODES) {
		rte_errno = ENOENT;
		return -1;
	}
	return socket;
}

int
rte_malloc_heap_socket_is_external(int socket_id)
{
	if (socket_id == SOCKET_ID_ANY)
		return 0;
	if (socket_id < 0 || socket_id >= RTE_MAX_NUMA_NODES) {
		rte_errno = EINVAL;
		return -1;
	}
	return 0;
}

void
rte_malloc_dump_stats(FILE *f, const char *type)
{
	struct rte_malloc_socket_stats s;
	int i;

	RTE_SET_USED(type);
	for (i = 0; i < RTE_MAX_NUMA_NODES; i++) {
		if (rte_malloc_get_socket_stats(i, &s) != 0 ||
		    s.heap_totalsz_bytes == 0)
			continue;
		fprintf(f, "Socket:%d\n", i);
		fprintf(f, "\tHeap_size:%zu,\n", s.heap_totalsz_bytes);
		fprintf(f, "\tFree_size:%zu,\n", s.heap_freesz_bytes);
		fprintf(f, "\tAlloc_size:%zu,\n", s.heap_allocsz_bytes);
		fprintf(f, "\tGreatest_free_size:%zu,\n", s.greatest_free_size);
		fprintf(f, "\tAlloc_count:%u,\n", s.alloc_count);
		fprintf(f, "\tFree_count:%u,\n", s.free_count);
	}
}
