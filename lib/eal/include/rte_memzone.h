/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Named memory zones (DPDK 22.11 rte_memzone.h). A zone is placed in
 * IOVA-contiguous memory whenever possible, and always with
 * RTE_MEMZONE_IOVA_CONTIG (then ENOMEM if that cannot be found).
 */
#ifndef _RTE_MEMZONE_H_
#define _RTE_MEMZONE_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdio.h>
#include <rte_memory.h>
#include <rte_common.h>

#define RTE_MEMZONE_2MB            0x00000001	/**< use 2 MiB pages */
#define RTE_MEMZONE_1GB            0x00000002	/**< use 1 GiB pages */
#define RTE_MEMZONE_16MB           0x00000100	/**< use 16 MiB pages */
#define RTE_MEMZONE_16GB           0x00000200	/**< use 16 GiB pages */
#define RTE_MEMZONE_256KB          0x00010000	/**< use 256 KiB pages */
#define RTE_MEMZONE_256MB          0x00020000	/**< use 256 MiB pages */
#define RTE_MEMZONE_512MB          0x00040000	/**< use 512 MiB pages */
#define RTE_MEMZONE_4GB            0x00080000	/**< use 4 GiB pages */
#define RTE_MEMZONE_SIZE_HINT_ONLY 0x00000004	/**< other sizes are fine */
#define RTE_MEMZONE_IOVA_CONTIG    0x00100000	/**< IOVA-contiguous */

/** A reserved zone. */
struct rte_memzone {
#define RTE_MEMZONE_NAMESIZE 32	/**< longest name, with the NUL */
	char name[RTE_MEMZONE_NAMESIZE]; /**< name given at reservation */
	rte_iova_t iova;	/**< IO address of the start */
	RTE_STD_C11
	union {
		void *addr;	/**< virtual address of the start */
		uint64_t addr_64;
	};
	size_t len;		/**< length in bytes */
	uint64_t hugepage_sz;	/**< page size of the memory under it */
	int32_t socket_id;	/**< NUMA socket */
	uint32_t flags;		/**< flags given at reservation */
} __rte_packed;

/**
 * Reserve len bytes (0: the largest free block) named name on socket_id
 * (SOCKET_ID_ANY: any), cache-line aligned. NULL with rte_errno:
 * EEXIST name taken, ENOSPC no free memzone slot, ENOMEM no memory,
 * EINVAL bad argument, ENAMETOOLONG.
 */
const struct rte_memzone *rte_memzone_reserve(const char *name, size_t len,
	int socket_id, unsigned flags);
/** Same with an alignment (a power of two). */
const struct rte_memzone *rte_memzone_reserve_aligned(const char *name,
	size_t len, int socket_id, unsigned flags, unsigned align);
/** Same, and the zone does not cross a multiple of bound (power of 2, or 0). */
const struct rte_memzone *rte_memzone_reserve_bounded(const char *name,
	size_t len, int socket_id, unsigned flags, unsigned align,
	unsigned bound);
/** Free a memzone. 0 or -EINVAL. */
int rte_memzone_free(const struct rte_memzone *mz);
/** Memzone by name, NULL (rte_errno ENOENT) if none. */
const struct rte_memzone *rte_memzone_lookup(const char *name);
/** Print every memzone. */
void rte_memzone_dump(FILE *f);
/** Call func on every memzone. */
void rte_memzone_walk(void (*func)(const struct rte_memzone *, void *arg),
	void *arg);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MEMZONE_H_ */
