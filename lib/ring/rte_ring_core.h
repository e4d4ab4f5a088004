/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Ring structure, flags and sync types (DPDK 22.11 layout).
 *
 * A ring is a fixed-size circular array of elements with a producer and a
 * consumer head/tail pair, each on its own cache line. Heads are claimed
 * first (reserving slots), elements copied, then the tail is moved to
 * publish them. Positions are free-running 32-bit counters; the slot index
 * is position & mask.
 */
#ifndef _RTE_RING_CORE_H_
#define _RTE_RING_CORE_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdio.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <errno.h>
#include <rte_common.h>
#include <rte_config.h>
#include <rte_memory.h>
#include <rte_lcore.h>
#include <rte_atomic.h>
#include <rte_branch_prediction.h>
#include <rte_memzone.h>
#include <rte_pause.h>
#include <rte_debug.h>
#include <rte_errno.h>

/** Name of the ring list (kept for source compatibility). */
#define RTE_TAILQ_RING_NAME "RTE_RING"

/** Whether a bulk call moves all-or-nothing or as many as possible. */
enum rte_ring_queue_behavior {
	RTE_RING_QUEUE_FIXED = 0, /**< Enqueue/dequeue exactly n items or none. */
	RTE_RING_QUEUE_VARIABLE   /**< Enqueue/dequeue as many as possible. */
};

/** Prefix of the memzone name of a ring made by rte_ring_create(). */
#define RTE_RING_MZ_PREFIX "RG_"
/** Maximum length of a ring name (including the terminating 0). */
#define RTE_RING_NAMESIZE (RTE_MEMZONE_NAMESIZE - \
			   sizeof(RTE_RING_MZ_PREFIX) + 1)

/** How the producer or the consumer side synchronises. */
enum rte_ring_sync_type {
	RTE_RING_SYNC_MT,     /**< multi-thread safe (default) */
	RTE_RING_SYNC_ST,     /**< single thread only */
	RTE_RING_SYNC_MT_RTS, /**< multi-thread, relaxed tail sync */
	RTE_RING_SYNC_MT_HTS, /**< multi-thread, head/tail sync (serialised) */
};

/** Head/tail pair of the classic MP/MC and SP/SC modes. */
struct rte_ring_headtail {
	volatile uint32_t head; /**< position claimed by producers/consumers */
	volatile uint32_t tail; /**< position published to the other side */
	__extension__
	union {
		enum rte_ring_sync_type sync_type; /**< sync type of this side */
		uint32_t single; /**< deprecated: non-zero if ST */
	};
};

/** RTS position: a counter of in-flight updates and the position. */
union __rte_ring_rts_poscnt {
	uint64_t raw __rte_aligned(8); /**< both fields as one 64-bit word */
	struct {
		uint32_t cnt; /**< number of head/tail moves so far */
		uint32_t pos; /**< ring position */
	} val;
};

/** Head/tail of an RTS side. The tail is first so that tail.val.pos is at
 * the same offset as rte_ring_headtail.tail (rte_ring_count uses it). */
struct rte_ring_rts_headtail {
	volatile union __rte_ring_rts_poscnt tail;
	enum rte_ring_sync_type sync_type; /**< sync type of this side */
	uint32_t htd_max;   /**< max distance allowed between head and tail */
	volatile union __rte_ring_rts_poscnt head;
};

/** HTS position: head and tail moved together as one 64-bit word. */
union __rte_ring_hts_pos {
	uint64_t raw __rte_aligned(8); /**< both fields as one 64-bit word */
	struct {
		uint32_t head; /**< head position */
		uint32_t tail; /**< tail position */
	} pos;
};

/** Head/tail of an HTS side. */
struct rte_ring_hts_headtail {
	volatile union __rte_ring_hts_pos ht;
	enum rte_ring_sync_type sync_type; /**< sync type of this side */
};

/**
 * The ring. The element array follows the structure in memory. The
 * producer and consumer sides sit on separate cache lines with an empty
 * line between them so that adjacent-line prefetch does not make the two
 * sides share a line.
 */
struct rte_ring {
	char name[RTE_RING_NAMESIZE] __rte_cache_aligned; /**< Name of the ring. */
	int flags;               /**< Flags supplied at creation. */
	const struct rte_memzone *memzone; /**< Memzone of the ring, if any. */
	uint32_t size;           /**< Size of ring (power of two). */
	uint32_t mask;           /**< size - 1 */
	uint32_t capacity;       /**< Usable size of the ring. */

	char pad0 __rte_cache_aligned; /**< empty cache line */

	__extension__
	union {
		struct rte_ring_headtail prod;
		struct rte_ring_hts_headtail hts_prod;
		struct rte_ring_rts_headtail rts_prod;
	} __rte_cache_aligned;

	char pad1 __rte_cache_aligned; /**< empty cache line */

	__extension__
	union {
		struct rte_ring_headtail cons;
		struct rte_ring_hts_headtail hts_cons;
		struct rte_ring_rts_headtail rts_cons;
	} __rte_cache_aligned;

	char pad2 __rte_cache_aligned; /**< empty cache line */
};

#ifndef __cplusplus /* C11 layout checks */
_Static_assert(sizeof(struct rte_ring) == 6 * RTE_CACHE_LINE_SIZE,
	"rte_ring must span six cache lines as in DPDK");
_Static_assert(offsetof(struct rte_ring, prod) == 2 * RTE_CACHE_LINE_SIZE,
	"producer side must start on the third cache line");
_Static_assert(offsetof(struct rte_ring, cons) == 4 * RTE_CACHE_LINE_SIZE,
	"consumer side must start on the fifth cache line");
_Static_assert(offsetof(struct rte_ring_rts_headtail, tail.val.pos) ==
	offsetof(struct rte_ring_headtail, tail), "RTS tail position offset");
_Static_assert(offsetof(struct rte_ring_hts_headtail, ht.pos.tail) ==
	offsetof(struct rte_ring_headtail, tail), "HTS tail position offset");
_Static_assert(offsetof(struct rte_ring_rts_headtail, sync_type) ==
	offsetof(struct rte_ring_headtail, sync_type), "RTS sync_type offset");
_Static_assert(offsetof(struct rte_ring_hts_headtail, sync_type) ==
	offsetof(struct rte_ring_headtail, sync_type), "HTS sync_type offset");
#endif

#define RING_F_SP_ENQ 0x0001 /**< The default enqueue is "single-producer". */
#define RING_F_SC_DEQ 0x0002 /**< The default dequeue is "single-consumer". */
/** Ring holds exactly the requested count (size rounded up internally). */
#define RING_F_EXACT_SZ 0x0004
#define RTE_RING_SZ_MASK  (0x7fffffffU) /**< Ring size mask */
#define RING_F_MP_RTS_ENQ 0x0008 /**< The default enqueue is "MP RTS". */
#define RING_F_MC_RTS_DEQ 0x0010 /**< The default dequeue is "MC RTS". */
#define RING_F_MP_HTS_ENQ 0x0020 /**< The default enqueue is "MP HTS". */
#define RING_F_MC_HTS_DEQ 0x0040 /**< The default dequeue is "MC HTS". */

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_CORE_H_ */
