/* SPDX-License-Identifier: BSD-3-Clause */
/* Heap element layout, shared by malloc_heap.c, rte_malloc.c, memzones. */
#ifndef _MALLOC_HEAP_H_
#define _MALLOC_HEAP_H_

#include <stddef.h>
#include <stdint.h>
#include <sys/queue.h>

#define MALLOC_ELEM_HEADER_LEN 64
#define MALLOC_ELEM_TRAILER_LEN 8
#define MALLOC_COOKIE_BUSY UINT64_C(0xb0cc0b0cc0b0cc0b)
#define MALLOC_COOKIE_FREE UINT64_C(0xf4eef4eef4eef4ee)
#define MALLOC_COOKIE_TRAILER UINT64_C(0x7a11e47a11e47a11)

enum malloc_elem_state {
	MALLOC_ELEM_FREE = 0x46524545,	/* distinct non-zero values catch */
	MALLOC_ELEM_BUSY = 0x42555359,	/* stray pointers */
};

struct malloc_heap;

/* Header in front of every block; the data follows it. */
struct malloc_elem {
	uint64_t cookie;
	struct malloc_heap *heap;
	struct malloc_elem *prev;	/* neighbour below in the run */
	struct malloc_elem *next;	/* neighbour above in the run */
	LIST_ENTRY(malloc_elem) free_list;
	size_t size;			/* whole element: header+data+trailer */
	uint32_t state;
	uint32_t reserved;
};

struct malloc_elem *malloc_elem_of(const void *ptr);
size_t malloc_elem_usable(const struct malloc_elem *e);
int malloc_elem_socket(const struct malloc_elem *e);
void malloc_heap_free(struct malloc_elem *e);
size_t malloc_heap_max_free(int socket);

#endif /* _MALLOC_HEAP_H_ */
