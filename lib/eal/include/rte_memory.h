/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Physical memory view (DPDK 22.11 rte_memory.h). EAL memory is a set of
 * memseg lists; each list is a virtual area reserved up front for pages of
 * one size on one NUMA socket, and each memseg is one page of it mapped
 * (or not yet) with its IOVA.
 */
#ifndef _RTE_MEMORY_H_
#define _RTE_MEMORY_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <stddef.h>
#include <stdio.h>

#include <rte_bitops.h>
#include <rte_common.h>
#include <rte_config.h>
#include <rte_fbarray.h>

#define RTE_PGSIZE_4K   (1ULL << 12)
#define RTE_PGSIZE_64K  (1ULL << 16)
#define RTE_PGSIZE_256K (1ULL << 18)
#define RTE_PGSIZE_2M   (1ULL << 21)
#define RTE_PGSIZE_16M  (1ULL << 24)
#define RTE_PGSIZE_256M (1ULL << 28)
#define RTE_PGSIZE_512M (1ULL << 29)
#define RTE_PGSIZE_1G   (1ULL << 30)
#define RTE_PGSIZE_4G   (1ULL << 32)
#define RTE_PGSIZE_16G  (1ULL << 34)

/** Any NUMA socket. */
#define SOCKET_ID_ANY -1

/** The memseg was preallocated (-m) and is never given back. */
#define RTE_MEMSEG_FLAG_DO_NOT_FREE RTE_BIT32(0)
/** The memseg's contents are not known to be zero. */
#define RTE_MEMSEG_FLAG_DIRTY RTE_BIT32(1)

/** One mapped page. */
struct rte_memseg {
	rte_iova_t iova;	/**< IO address of the start */
	RTE_STD_C11
	union {
		void *addr;	/**< virtual address of the start */
		uint64_t addr_64;
	};
	size_t len;		/**< length (the page size) */
	uint64_t hugepage_sz;	/**< page size */
	int32_t socket_id;	/**< NUMA socket */
	uint32_t nchannel;
	uint32_t nrank;
	uint32_t flags;		/**< RTE_MEMSEG_FLAG_* */
} __rte_packed;

/** A virtual area for pages of one size on one socket. */
struct rte_memseg_list {
	RTE_STD_C11
	union {
		void *base_va;	/**< start of the reserved area */
		uint64_t addr_64;
	};
	uint64_t page_sz;
	int socket_id;
	volatile uint32_t version;
	size_t len;		/**< length of the reserved area */
	unsigned int external;	/**< 1: memory added by the application */
	unsigned int heap;	/**< 1: feeds the malloc heap */
	struct rte_fbarray memseg_arr;	/**< one memseg per page slot */
};

/** Lock the page holding virt in RAM (mlock). 0 or -1. */
int rte_mem_lock_page(const void *virt);
/** Physical address of virt (pagemap, needs root), RTE_BAD_IOVA if unknown. */
phys_addr_t rte_mem_virt2phy(const void *virt);
/** IOVA of virt: for EAL memory from its memseg, else as virt2phy/VA mode. */
rte_iova_t rte_mem_virt2iova(const void *virt);
/** Virtual address of an IOVA of EAL memory, NULL if none. */
void *rte_mem_iova2virt(rte_iova_t iova);
/** Memseg holding virt (msl NULL: look the list up). */
struct rte_memseg *rte_mem_virt2memseg(const void *virt,
	const struct rte_memseg_list *msl);
/** Memseg list whose area holds virt, NULL if none. */
struct rte_memseg_list *rte_mem_virt2memseg_list(const void *virt);

/** Walk callbacks: return 0 to go on, 1 to stop, -1 to stop with error. */
typedef int (*rte_memseg_walk_t)(const struct rte_memseg_list *msl,
	const struct rte_memseg *ms, void *arg);
typedef int (*rte_memseg_contig_walk_t)(const struct rte_memseg_list *msl,
	const struct rte_memseg *ms, size_t len, void *arg);
typedef int (*rte_memseg_list_walk_t)(const struct rte_memseg_list *msl,
	void *arg);

/** Call func on every mapped memseg. Returns 0, or the stopping value. */
int rte_memseg_walk(rte_memseg_walk_t func, void *arg);
/** Call func on each run of VA-contiguous mapped memsegs. */
int rte_memseg_contig_walk(rte_memseg_contig_walk_t func, void *arg);
/** Call func on every memseg list. */
int rte_memseg_list_walk(rte_memseg_list_walk_t func, void *arg);
/* Same without taking the memory lock (call with it held, e.g. from a
 * mem event callback). */
int rte_memseg_walk_thread_unsafe(rte_memseg_walk_t func, void *arg);
int rte_memseg_contig_walk_thread_unsafe(rte_memseg_contig_walk_t func,
	void *arg);
int rte_memseg_list_walk_thread_unsafe(rte_memseg_list_walk_t func,
	void *arg);

/** fd backing the memseg's page (hugetlbfs file / memfd). -1 and
 * rte_errno (ENOTSUP for --no-huge anonymous memory). */
int rte_memseg_get_fd(const struct rte_memseg *ms);
int rte_memseg_get_fd_thread_unsafe(const struct rte_memseg *ms);
/** Offset of the page in its fd. 0 or -1. */
int rte_memseg_get_fd_offset(const struct rte_memseg *ms, size_t *offset);
int rte_memseg_get_fd_offset_thread_unsafe(const struct rte_memseg *ms,
	size_t *offset);

/** Print every memseg list and its mapped pages. */
void rte_dump_physmem_layout(FILE *f);
/** Bytes of memory mapped now. */
uint64_t rte_eal_get_physmem_size(void);
unsigned rte_memory_get_nchannel(void);
unsigned rte_memory_get_nrank(void);
/** 0 if every mapped IOVA fits in maskbits bits, else -1. */
int rte_mem_check_dma_mask(uint8_t maskbits);
int rte_mem_check_dma_mask_thread_unsafe(uint8_t maskbits);
/** Limit future allocations to IOVAs below 2^maskbits. */
void rte_mem_set_dma_mask(uint8_t maskbits);
/** 1 if memory IOVAs are physical addresses. */
int rte_eal_using_phys_addrs(void);

/** Memory added or about to be removed. */
enum rte_mem_event {
	RTE_MEM_EVENT_ALLOC = 0,	/**< after pages were mapped */
	RTE_MEM_EVENT_FREE,		/**< before pages are unmapped */
};

#define RTE_MEM_EVENT_CALLBACK_NAME_LEN 64

/** Called with the memory lock held; may use the _thread_unsafe walks. */
typedef void (*rte_mem_event_callback_t)(enum rte_mem_event event_type,
	const void *addr, size_t len, void *arg);

/**
 * Be told about memory mapped/unmapped from now on (e.g. to map it for
 * DMA). 0, or -1 with rte_errno (EINVAL, EEXIST same name and arg).
 */
int rte_mem_event_callback_register(const char *name,
	rte_mem_event_callback_t clb, void *arg);
int rte_mem_event_callback_unregister(const char *name, void *arg);

#define RTE_MEM_ALLOC_VALIDATOR_NAME_LEN 64

/** Return 0 to allow growing the socket's memory to new_len bytes. */
typedef int (*rte_mem_alloc_validator_t)(int socket_id, size_t cur_limit,
	size_t new_len);
int rte_mem_alloc_validator_register(const char *name,
	rte_mem_alloc_validator_t clb, int socket_id, size_t limit);
int rte_mem_alloc_validator_unregister(const char *name, int socket_id);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MEMORY_H_ */
