/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Packet buffers (DPDK 22.11 rte_mbuf API).
 *
 * An mbuf is a mempool object: struct rte_mbuf, then priv_size bytes of
 * application private data, then the data buffer (headroom + data room).
 * Packets longer than a buffer are chains of mbufs linked by `next`; the
 * first segment holds nb_segs and pkt_len. Clones (indirect mbufs) and
 * mbufs with external buffers share a buffer through reference counts.
 */
#ifndef _RTE_MBUF_H_
#define _RTE_MBUF_H_

#include <stdint.h>
#include <string.h>
#include <errno.h>

#include <rte_config.h>
#include <rte_common.h>
#include <rte_atomic.h>
#include <rte_prefetch.h>
#include <rte_branch_prediction.h>
#include <rte_byteorder.h>
#include <rte_debug.h>
#include <rte_errno.h>
#include <rte_memcpy.h>
#include <rte_mempool.h>
#include <rte_mbuf_ptype.h>
#include <rte_mbuf_core.h>
#include <rte_mbuf_dyn.h>
#include <rte_mbuf_pool_ops.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Debug builds check mbufs on alloc/free. */
#if defined(RTE_DEBUG_BUILD) && !defined(RTE_LIBRTE_MBUF_DEBUG)
#define RTE_LIBRTE_MBUF_DEBUG 1
#endif

/** Name of one RX offload flag ("RTE_MBUF_F_RX_VLAN"), NULL if unknown. */
const char *rte_get_rx_ol_flag_name(uint64_t mask);
/** Names of the RX flags in mask, space separated; 0 or -1 (buf short). */
int rte_get_rx_ol_flag_list(uint64_t mask, char *buf, size_t buflen);
/** Name of one TX offload flag, NULL if unknown. */
const char *rte_get_tx_ol_flag_name(uint64_t mask);
/** Names of the TX flags in mask, space separated; 0 or -1 (buf short). */
int rte_get_tx_ol_flag_list(uint64_t mask, char *buf, size_t buflen);

/** Prefetch the first cache line (RX fields). */
static inline void
rte_mbuf_prefetch_part1(struct rte_mbuf *m)
{
	rte_prefetch0(&m->cacheline0);
}

/** Prefetch the second cache line (TX and chaining fields). */
static inline void
rte_mbuf_prefetch_part2(struct rte_mbuf *m)
{
	rte_prefetch0(&m->cacheline1);
}

static inline uint16_t rte_pktmbuf_priv_size(struct rte_mempool *mp);

/** IO address of the buffer. */
static inline rte_iova_t
rte_mbuf_iova_get(const struct rte_mbuf *m)
{
	return m->buf_iova;
}

/** Set the IO address of the buffer. */
static inline void
rte_mbuf_iova_set(struct rte_mbuf *m, rte_iova_t iova)
{
	m->buf_iova = iova;
}

/** IO address of the start of the data. */
static inline rte_iova_t
rte_mbuf_data_iova(const struct rte_mbuf *mb)
{
	return rte_mbuf_iova_get(mb) + mb->data_off;
}

/** IO address where data starts after a reset (buffer + headroom). */
static inline rte_iova_t
rte_mbuf_data_iova_default(const struct rte_mbuf *mb)
{
	return rte_mbuf_iova_get(mb) + RTE_PKTMBUF_HEADROOM;
}

/** The direct mbuf whose buffer the clone mi points at. */
static inline struct rte_mbuf *
rte_mbuf_from_indirect(struct rte_mbuf *mi)
{
	return (struct rte_mbuf *)RTE_PTR_SUB(mi->buf_addr,
		sizeof(*mi) + mi->priv_size);
}

/** Address of the buffer embedded in mbuf mb of pool mp. */
static inline char *
rte_mbuf_buf_addr(struct rte_mbuf *mb, struct rte_mempool *mp)
{
	return (char *)mb + sizeof(*mb) + rte_pktmbuf_priv_size(mp);
}

/** Address where data starts in a freshly reset mbuf. */
static inline char *
rte_mbuf_data_addr_default(struct rte_mbuf *mb)
{
	return rte_mbuf_buf_addr(mb, mb->pool) + RTE_PKTMBUF_HEADROOM;
}

/** Deprecated name of rte_mbuf_buf_addr(md, md->pool). */
static inline char *
rte_mbuf_to_baddr(struct rte_mbuf *md)
{
	return rte_mbuf_buf_addr(md, md->pool);
}

/** Application private area that follows the mbuf structure. */
static inline void *
rte_mbuf_to_priv(struct rte_mbuf *m)
{
	return RTE_PTR_ADD(m, sizeof(struct rte_mbuf));
}

/** Private data of a packet mbuf pool. */
struct rte_pktmbuf_pool_private {
	uint16_t mbuf_data_room_size; /**< Size of data space in each mbuf. */
	uint16_t mbuf_priv_size;      /**< Size of private area in each mbuf. */
	uint32_t flags; /**< RTE_PKTMBUF_POOL_F_* */
};

/** Flags of a packet mbuf pool. */
static inline uint32_t
rte_pktmbuf_priv_flags(struct rte_mempool *mp)
{
	struct rte_pktmbuf_pool_private *p =
		(struct rte_pktmbuf_pool_private *)rte_mempool_get_priv(mp);

	return p->flags;
}

/**
 * The pool's mbufs have pinned external buffers
 * (rte_pktmbuf_pool_create_extbuf): each mbuf keeps the same slice of
 * application memory for its whole life, RTE_MBUF_F_EXTERNAL is always
 * set and the shared info sits right after the private area.
 */
#define RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF (1 << 0)

/**
 * Non-zero if mb comes from a pool with pinned external buffers. A clone
 * of such an mbuf (from an ordinary pool) is not pinned: it holds a
 * reference on the pinned buffer's shared info instead.
 */
#define RTE_MBUF_HAS_PINNED_EXTBUF(mb) \
	(rte_pktmbuf_priv_flags((mb)->pool) & RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF)

#ifdef RTE_LIBRTE_MBUF_DEBUG
#define __rte_mbuf_sanity_check(m, is_h) rte_mbuf_sanity_check(m, is_h)
#else
/** Sanity check of an mbuf (debug builds only; RTE_LIBRTE_MBUF_DEBUG). */
#define __rte_mbuf_sanity_check(m, is_h) do { } while (0)
#endif

/* ---- reference counts ---- */

/** Reference count of the mbuf. */
static inline uint16_t
rte_mbuf_refcnt_read(const struct rte_mbuf *m)
{
	/* Relaxed: a snapshot; ordering comes from the update path. */
	return __atomic_load_n(&m->refcnt, __ATOMIC_RELAXED);
}

/** Set the reference count (the caller owns the only reference). */
static inline void
rte_mbuf_refcnt_set(struct rte_mbuf *m, uint16_t new_value)
{
	__atomic_store_n(&m->refcnt, new_value, __ATOMIC_RELAXED);
}

/** Atomic add; returns the new count. */
static inline uint16_t
__rte_mbuf_refcnt_update(struct rte_mbuf *m, int16_t value)
{
	/* Acq-rel: our earlier accesses to the mbuf happen before another
	 * holder's decrement to zero, and the thread that reaches zero sees
	 * every other holder's accesses before it frees the mbuf. */
	return __atomic_add_fetch(&m->refcnt, (uint16_t)value,
		__ATOMIC_ACQ_REL);
}

/** Add value to the reference count; returns the new count. */
static inline uint16_t
rte_mbuf_refcnt_update(struct rte_mbuf *m, int16_t value)
{
	/* Sole owner: nobody else can race us, skip the atomic. */
	if (likely(rte_mbuf_refcnt_read(m) == 1)) {
		++value;
		rte_mbuf_refcnt_set(m, (uint16_t)value);
		return (uint16_t)value;
	}
	return __rte_mbuf_refcnt_update(m, value);
}

/** Reference count of an external buffer. */
static inline uint16_t
rte_mbuf_ext_refcnt_read(const struct rte_mbuf_ext_shared_info *shinfo)
{
	return __atomic_load_n(&shinfo->refcnt, __ATOMIC_RELAXED);
}

/** Set the reference count of an external buffer. */
static inline void
rte_mbuf_ext_refcnt_set(struct rte_mbuf_ext_shared_info *shinfo,
	uint16_t new_value)
{
	__atomic_store_n(&shinfo->refcnt, new_value, __ATOMIC_RELAXED);
}

/** Add value to an external buffer's count; returns the new count. */
static inline uint16_t
rte_mbuf_ext_refcnt_update(struct rte_mbuf_ext_shared_info *shinfo,
	int16_t value)
{
	if (likely(rte_mbuf_ext_refcnt_read(shinfo) == 1)) {
		++value;
		rte_mbuf_ext_refcnt_set(shinfo, (uint16_t)value);
		return (uint16_t)value;
	}
	/* Acq-rel for the same reason as __rte_mbuf_refcnt_update. */
	return __atomic_add_fetch(&shinfo->refcnt, (uint16_t)value,
		__ATOMIC_ACQ_REL);
}

/** Prefetch an mbuf about to be freed (its refcnt is read first). */
#define RTE_MBUF_PREFETCH_TO_FREE(m) do { \
	if ((m) != NULL)                  \
		rte_prefetch0(m);         \
} while (0)

/** Panic (naming the problem) if the mbuf is inconsistent. */
void rte_mbuf_sanity_check(const struct rte_mbuf *m, int is_header);

/**
 * Check an mbuf (is_header: first segment of a packet). Returns 0, or -1
 * with *reason set to a description of the problem.
 */
int rte_mbuf_check(const struct rte_mbuf *m, int is_header,
		   const char **reason);

/* Checks done on a raw-allocated or raw-freed mbuf (debug builds). */
#ifdef RTE_LIBRTE_MBUF_DEBUG
#define __rte_mbuf_raw_sanity_check(m) do { \
	RTE_VERIFY(rte_mbuf_refcnt_read(m) == 1); \
	RTE_VERIFY((m)->next == NULL); \
	RTE_VERIFY((m)->nb_segs == 1); \
	__rte_mbuf_sanity_check(m, 0); \
} while (0)
#else
/** Checks on a freshly allocated mbuf (debug builds only). */
#define __rte_mbuf_raw_sanity_check(m) do { } while (0)
#endif
/** Old name of __rte_mbuf_raw_sanity_check(). */
#define MBUF_RAW_ALLOC_CHECK(m) __rte_mbuf_raw_sanity_check(m)

/**
 * Take an mbuf from the pool without resetting it (refcnt 1, next NULL,
 * nb_segs 1 are guaranteed by the free path). NULL if the pool is empty.
 */
static inline struct rte_mbuf *
rte_mbuf_raw_alloc(struct rte_mempool *mp)
{
	struct rte_mbuf *m;

	if (rte_mempool_get(mp, (void **)&m) < 0)
		return NULL;
	__rte_mbuf_raw_sanity_check(m);
	return m;
}

/**
 * Return an mbuf with refcnt 1, next NULL, nb_segs 1 to its pool: a
 * direct mbuf, or one whose external buffer is pinned to it.
 */
static __rte_always_inline void
rte_mbuf_raw_free(struct rte_mbuf *m)
{
	RTE_ASSERT(!RTE_MBUF_CLONED(m) &&
		(!RTE_MBUF_HAS_EXTBUF(m) || RTE_MBUF_HAS_PINNED_EXTBUF(m)));
	__rte_mbuf_raw_sanity_check(m);
	rte_mempool_put(m->pool, m);
}

/** mempool obj_cb that initialises one packet mbuf (for obj_iter). */
void rte_pktmbuf_init(struct rte_mempool *mp, void *opaque_arg,
		      void *m, unsigned i);

/**
 * mempool init callback storing struct rte_pktmbuf_pool_private
 * (opaque_arg; NULL: derive the data room from elt_size).
 */
void rte_pktmbuf_pool_init(struct rte_mempool *mp, void *opaque_arg);

/**
 * Create a pool of n packet mbufs with data_room_size bytes of buffer
 * (headroom included) and priv_size bytes (multiple of
 * RTE_MBUF_PRIV_ALIGN) of private area. NULL with rte_errno set on error.
 */
struct rte_mempool *
rte_pktmbuf_pool_create(const char *name, unsigned n,
	unsigned cache_size, uint16_t priv_size, uint16_t data_room_size,
	int socket_id);

/** Same with a given mempool handler (NULL: rte_mbuf_best_mempool_ops). */
struct rte_mempool *
rte_pktmbuf_pool_create_by_ops(const char *name, unsigned int n,
	unsigned int cache_size, uint16_t priv_size, uint16_t data_room_size,
	int socket_id, const char *ops_name);

/** One region of application memory cut into pinned mbuf buffers. */
struct rte_pktmbuf_extmem {
	void *buf_ptr;       /**< Virtual address of the region. */
	rte_iova_t buf_iova; /**< IO address of the region (or RTE_BAD_IOVA). */
	size_t buf_len;      /**< Region length in bytes. */
	uint16_t elt_size;   /**< Bytes of the region per mbuf buffer. */
};

/**
 * Create a pool of n mbufs whose data buffers are pinned slices of the
 * application's memory regions ext_mem[0..ext_num-1]: each region gives
 * buf_len / elt_size buffers of elt_size bytes, in order; data_room_size
 * (headroom included) must fit in every elt_size. The caller keeps the
 * regions alive (and DMA-mapped if needed) for the life of the pool.
 * NULL with rte_errno set on error: EINVAL for bad arguments, ENOMEM if
 * the regions hold fewer than n buffers, or the rte_mempool_create_empty
 * errors.
 */
__rte_experimental
struct rte_mempool *
rte_pktmbuf_pool_create_extbuf(const char *name, unsigned int n,
	unsigned int cache_size, uint16_t priv_size,
	uint16_t data_room_size, int socket_id,
	const struct rte_pktmbuf_extmem *ext_mem,
	unsigned int ext_num);

/** Buffer size (headroom included) of the pool's mbufs. */
static inline uint16_t
rte_pktmbuf_data_room_size(struct rte_mempool *mp)
{
	struct rte_pktmbuf_pool_private *p =
		(struct rte_pktmbuf_pool_private *)rte_mempool_get_priv(mp);

	return p->mbuf_data_room_size;
}

/** Private area size of the pool's mbufs. */
static inline uint16_t
rte_pktmbuf_priv_size(struct rte_mempool *mp)
{
	struct rte_pktmbuf_pool_private *p =
		(struct rte_pktmbuf_pool_private *)rte_mempool_get_priv(mp);

	return p->mbuf_priv_size;
}

/** Put data_off back to the default headroom (bounded by buf_len). */
static inline void
rte_pktmbuf_reset_headroom(struct rte_mbuf *m)
{
	m->data_off = (uint16_t)RTE_MIN((uint16_t)RTE_PKTMBUF_HEADROOM,
					(uint16_t)m->buf_len);
}

/** Reset the packet fields of an mbuf (one empty segment). */
static inline void
rte_pktmbuf_reset(struct rte_mbuf *m)
{
	m->next = NULL;
	m->pkt_len = 0;
	m->tx_offload = 0;
	m->vlan_tci = 0;
	m->vlan_tci_outer = 0;
	m->nb_segs = 1;
	m->port = RTE_MBUF_PORT_INVALID;
	m->ol_flags &= RTE_MBUF_F_EXTERNAL;
	m->packet_type = 0;
	rte_pktmbuf_reset_headroom(m);
	m->data_len = 0;
	__rte_mbuf_sanity_check(m, 1);
}

/** Allocate and reset one mbuf; NULL if the pool is empty. */
static inline struct rte_mbuf *
rte_pktmbuf_alloc(struct rte_mempool *mp)
{
	struct rte_mbuf *m = rte_mbuf_raw_alloc(mp);

	if (m != NULL)
		rte_pktmbuf_reset(m);
	return m;
}

/** Allocate count mbufs, all or none: 0, or -ENOENT and none allocated. */
static inline int
rte_pktmbuf_alloc_bulk(struct rte_mempool *pool, struct rte_mbuf **mbufs,
	 unsigned count)
{
	unsigned int i;
	int rc;

	rc = rte_mempool_get_bulk(pool, (void **)mbufs, count);
	if (unlikely(rc != 0))
		return rc;
	for (i = 0; i + 4 <= count; i += 4) {
		rte_pktmbuf_reset(mbufs[i]);
		rte_pktmbuf_reset(mbufs[i + 1]);
		rte_pktmbuf_reset(mbufs[i + 2]);
		rte_pktmbuf_reset(mbufs[i + 3]);
	}
	for (; i < count; i++)
		rte_pktmbuf_reset(mbufs[i]);
	return 0;
}

/**
 * Place a struct rte_mbuf_ext_shared_info at the end of an external
 * buffer, set its free callback and refcnt 1, and shrink *buf_len to the
 * space left before it. NULL if the buffer is too small.
 */
static inline struct rte_mbuf_ext_shared_info *
rte_pktmbuf_ext_shinfo_init_helper(void *buf_addr, uint16_t *buf_len,
	rte_mbuf_extbuf_free_callback_t free_cb, void *fcb_opaque)
{
	struct rte_mbuf_ext_shared_info *shinfo;
	void *buf_end = RTE_PTR_ADD(buf_addr, *buf_len);
	void *addr;

	addr = RTE_PTR_ALIGN_FLOOR(RTE_PTR_SUB(buf_end, sizeof(*shinfo)),
				   sizeof(uintptr_t));
	if (addr <= buf_addr)
		return NULL;
	shinfo = (struct rte_mbuf_ext_shared_info *)addr;
	shinfo->free_cb = free_cb;
	shinfo->fcb_opaque = fcb_opaque;
	rte_mbuf_ext_refcnt_set(shinfo, 1);
	*buf_len = (uint16_t)RTE_PTR_DIFF(shinfo, buf_addr);
	return shinfo;
}

/**
 * Attach an external buffer to a direct mbuf (refcnt 1). The data is
 * empty at the start of the buffer; the caller bumps shinfo->refcnt when
 * attaching the same buffer to more mbufs.
 */
static inline void
rte_pktmbuf_attach_extbuf(struct rte_mbuf *m, void *buf_addr,
	rte_iova_t buf_iova, uint16_t buf_len,
	struct rte_mbuf_ext_shared_info *shinfo)
{
	/* a shared or pinned mbuf cannot take another buffer */
	RTE_ASSERT(RTE_MBUF_DIRECT(m) && rte_mbuf_refcnt_read(m) == 1);
	RTE_ASSERT(shinfo->free_cb != NULL);

	m->buf_addr = buf_addr;
	rte_mbuf_iova_set(m, buf_iova);
	m->buf_len = buf_len;
	m->data_len = 0;
	m->data_off = 0;
	m->ol_flags |= RTE_MBUF_F_EXTERNAL;
	m->shinfo = shinfo;
}

/** Detach an external buffer (same as rte_pktmbuf_detach). */
#define rte_pktmbuf_detach_extbuf(m) rte_pktmbuf_detach(m)

/** Copy the dynamic fields area. */
static inline void
rte_mbuf_dynfield_copy(struct rte_mbuf *mdst, const struct rte_mbuf *msrc)
{
	memcpy(&mdst->dynfield1, msrc->dynfield1, sizeof(mdst->dynfield1));
}

/** Copy the packet metadata (not the buffer fields). */
static inline void
__rte_pktmbuf_copy_hdr(struct rte_mbuf *mdst, const struct rte_mbuf *msrc)
{
	mdst->port = msrc->port;
	mdst->vlan_tci = msrc->vlan_tci;
	mdst->vlan_tci_outer = msrc->vlan_tci_outer;
	mdst->tx_offload = msrc->tx_offload;
	mdst->hash = msrc->hash;
	mdst->packet_type = msrc->packet_type;
	rte_mbuf_dynfield_copy(mdst, msrc);
}

/**
 * Make mi (direct, refcnt 1) an indirect mbuf pointing at m's buffer:
 * the buffer's owner (or external buffer) gains a reference. mi becomes a
 * one-segment packet with m's segment data and metadata.
 */
static inline void
rte_pktmbuf_attach(struct rte_mbuf *mi, struct rte_mbuf *m)
{
	RTE_ASSERT(RTE_MBUF_DIRECT(mi) && rte_mbuf_refcnt_read(mi) == 1);

	if (RTE_MBUF_HAS_EXTBUF(m)) {
		rte_mbuf_ext_refcnt_update(m->shinfo, 1);
		mi->ol_flags = m->ol_flags;
		mi->shinfo = m->shinfo;
	} else {
		/* m may itself be a clone: reference the real owner */
		rte_mbuf_refcnt_update(rte_mbuf_from_indirect(m), 1);
		mi->priv_size = m->priv_size;
		mi->ol_flags = m->ol_flags | RTE_MBUF_F_INDIRECT;
	}
	__rte_pktmbuf_copy_hdr(mi, m);
	mi->data_off = m->data_off;
	mi->data_len = m->data_len;
	rte_mbuf_iova_set(mi, rte_mbuf_iova_get(m));
	mi->buf_addr = m->buf_addr;
	mi->buf_len = m->buf_len;
	mi->next = NULL;
	mi->pkt_len = mi->data_len;
	mi->nb_segs = 1;
	__rte_mbuf_sanity_check(mi, 1);
	__rte_mbuf_sanity_check(m, 0);
}

/** Drop m's reference to its external buffer; free it on the last one. */
static inline void
__rte_pktmbuf_free_extbuf(struct rte_mbuf *m)
{
	RTE_ASSERT(RTE_MBUF_HAS_EXTBUF(m));
	RTE_ASSERT(m->shinfo != NULL);

	if (rte_mbuf_ext_refcnt_update(m->shinfo, -1) == 0)
		m->shinfo->free_cb(m->buf_addr, m->shinfo->fcb_opaque);
}

/** Drop a clone's reference to the direct mbuf; free it on the last one. */
static inline void
__rte_pktmbuf_free_direct(struct rte_mbuf *m)
{
	struct rte_mbuf *md = rte_mbuf_from_indirect(m);

	if (rte_mbuf_refcnt_update(md, -1) == 0) {
		md->next = NULL;
		md->nb_segs = 1;
		rte_mbuf_refcnt_set(md, 1);
		rte_mbuf_raw_free(md);
	}
}

/**
 * Detach a clone or an external buffer: release the shared buffer and
 * point the mbuf back at its own embedded buffer (empty, default headroom).
 * An mbuf of a pinned-extbuf pool has no buffer of its own: it stays
 * attached and nothing changes.
 */
static inline void
rte_pktmbuf_detach(struct rte_mbuf *m)
{
	struct rte_mempool *mp = m->pool;
	uint32_t mbuf_size, buf_len;
	uint16_t priv_size;

	if (RTE_MBUF_HAS_EXTBUF(m)) {
		if (rte_pktmbuf_priv_flags(mp) &
		    RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF)
			return;
		__rte_pktmbuf_free_extbuf(m);
	} else {
		__rte_pktmbuf_free_direct(m);
	}

	priv_size = rte_pktmbuf_priv_size(mp);
	mbuf_size = (uint32_t)(sizeof(struct rte_mbuf) + priv_size);
	buf_len = rte_pktmbuf_data_room_size(mp);

	m->priv_size = priv_size;
	m->buf_addr = (char *)m + mbuf_size;
	rte_mbuf_iova_set(m, rte_mempool_virt2iova(m) + mbuf_size);
	m->buf_len = (uint16_t)buf_len;
	rte_pktmbuf_reset_headroom(m);
	m->data_len = 0;
	m->ol_flags = 0;
}

/**
 * The last reference to pinned-extbuf mbuf m is going. Clones (from other
 * pools) may still reference its buffer through m->shinfo: then drop m's
 * share and return 1, m stays out of its pool until the last clone
 * detaches (the shared info's free callback puts it back). Return 0 when
 * m is the buffer's only user and can go back to its pool now.
 */
static inline int
__rte_pktmbuf_pinned_extbuf_decref(struct rte_mbuf *m)
{
	struct rte_mbuf_ext_shared_info *shinfo = m->shinfo;

	/* the packet's flags die with it; the buffer stays attached */
	m->ol_flags = RTE_MBUF_F_EXTERNAL;
	/* Acquire: pairs with the release half of the clones' decrements,
	 * so their reads of the buffer happen before we recycle it. */
	if (likely(__atomic_load_n(&shinfo->refcnt, __ATOMIC_ACQUIRE) == 1))
		return 0;
	/* Acq-rel as in __rte_mbuf_refcnt_update: whoever reaches zero
	 * recycles the buffer after every other holder is done with it. */
	if (__atomic_add_fetch(&shinfo->refcnt, (uint16_t)-1,
			__ATOMIC_ACQ_REL) != 0)
		return 1;
	/* the clones went meanwhile: m is the last user after all */
	rte_mbuf_ext_refcnt_set(shinfo, 1);
	return 0;
}

/**
 * Prepare a segment for return to its pool: drop one reference; if it was
 * the last, detach any shared buffer and return the mbuf (ready for
 * rte_mbuf_raw_free), else NULL. A pinned-extbuf mbuf whose buffer is
 * still used by clones is also NULL: the last clone returns it.
 */
static __rte_always_inline struct rte_mbuf *
rte_pktmbuf_prefree_seg(struct rte_mbuf *m)
{
	__rte_mbuf_sanity_check(m, 0);

	if (likely(rte_mbuf_refcnt_read(m) == 1)) {
		if (!RTE_MBUF_DIRECT(m)) {
			rte_pktmbuf_detach(m);
			if (RTE_MBUF_HAS_EXTBUF(m) &&
			    RTE_MBUF_HAS_PINNED_EXTBUF(m) &&
			    __rte_pktmbuf_pinned_extbuf_decref(m))
				return NULL;
		}
		if (m->next != NULL) {
			m->next = NULL;
			m->nb_segs = 1;
		}
		return m;
	} else if (__rte_mbuf_refcnt_update(m, -1) == 0) {
		/* back to the free state's count before m can be parked */
		rte_mbuf_refcnt_set(m, 1);
		if (!RTE_MBUF_DIRECT(m)) {
			rte_pktmbuf_detach(m);
			if (RTE_MBUF_HAS_EXTBUF(m) &&
			    RTE_MBUF_HAS_PINNED_EXTBUF(m) &&
			    __rte_pktmbuf_pinned_extbuf_decref(m))
				return NULL;
		}
		if (m->next != NULL) {
			m->next = NULL;
			m->nb_segs = 1;
		}
		return m;
	}
	return NULL;
}

/** Free one segment (not the rest of the chain). */
static __rte_always_inline void
rte_pktmbuf_free_seg(struct rte_mbuf *m)
{
	m = rte_pktmbuf_prefree_seg(m);
	if (likely(m != NULL))
		rte_mbuf_raw_free(m);
}

/** Free a packet (every segment). NULL is a no-op. */
static inline void
rte_pktmbuf_free(struct rte_mbuf *m)
{
	struct rte_mbuf *m_next;

	if (m != NULL)
		__rte_mbuf_sanity_check(m, 1);
	while (m != NULL) {
		m_next = m->next;
		rte_pktmbuf_free_seg(m);
		m = m_next;
	}
}

/** Free count packets (NULL entries skipped), batching puts per pool. */
void rte_pktmbuf_free_bulk(struct rte_mbuf **mbufs, unsigned int count);

/**
 * Clone a packet: a chain of indirect mbufs from mp sharing md's buffers.
 * NULL if mp runs out (nothing leaked).
 */
struct rte_mbuf *
rte_pktmbuf_clone(struct rte_mbuf *md, struct rte_mempool *mp);

/**
 * Deep-copy len bytes from offset off of packet m into new mbufs from mp
 * (UINT32_MAX: to the end). NULL if off is past the end or mp runs out.
 */
struct rte_mbuf *
rte_pktmbuf_copy(const struct rte_mbuf *m, struct rte_mempool *mp,
		 uint32_t offset, uint32_t length);

/** Add v to the reference count of every segment. */
static inline void
rte_pktmbuf_refcnt_update(struct rte_mbuf *m, int16_t v)
{
	__rte_mbuf_sanity_check(m, 1);
	do {
		rte_mbuf_refcnt_update(m, v);
	} while ((m = m->next) != NULL);
}

/** Bytes available before the data. */
static inline uint16_t
rte_pktmbuf_headroom(const struct rte_mbuf *m)
{
	__rte_mbuf_sanity_check(m, 0);
	return m->data_off;
}

/** Bytes available after the data of this segment. */
static inline uint16_t
rte_pktmbuf_tailroom(const struct rte_mbuf *m)
{
	__rte_mbuf_sanity_check(m, 0);
	return (uint16_t)(m->buf_len - rte_pktmbuf_headroom(m) - m->data_len);
}

/** Last segment of the packet. */
static inline struct rte_mbuf *
rte_pktmbuf_lastseg(struct rte_mbuf *m)
{
	__rte_mbuf_sanity_check(m, 1);
	while (m->next != NULL)
		m = m->next;
	return m;
}

/** Packet length (all segments). */
#define rte_pktmbuf_pkt_len(m) ((m)->pkt_len)
/** Data length of this segment. */
#define rte_pktmbuf_data_len(m) ((m)->data_len)

/**
 * Grow the data at the front of the first segment by len bytes. Returns
 * the new data start, or NULL (nothing changed) if the headroom is short.
 */
static inline char *
rte_pktmbuf_prepend(struct rte_mbuf *m, uint16_t len)
{
	__rte_mbuf_sanity_check(m, 1);

	if (unlikely(len > rte_pktmbuf_headroom(m)))
		return NULL;
	/* data_off and data_len are 16-bit; the check above bounds them */
	m->data_off = (uint16_t)(m->data_off - len);
	m->data_len = (uint16_t)(m->data_len + len);
	m->pkt_len = (m->pkt_len + len);
	return (char *)m->buf_addr + m->data_off;
}

/**
 * Grow the data at the end of the last segment by len bytes. Returns the
 * start of the added bytes, or NULL (nothing changed) if the tailroom of
 * the last segment is short.
 */
static inline char *
rte_pktmbuf_append(struct rte_mbuf *m, uint16_t len)
{
	struct rte_mbuf *m_last;
	void *tail;

	__rte_mbuf_sanity_check(m, 1);
	m_last = rte_pktmbuf_lastseg(m);
	if (unlikely(len > rte_pktmbuf_tailroom(m_last)))
		return NULL;
	tail = (char *)m_last->buf_addr + m_last->data_off + m_last->data_len;
	m_last->data_len = (uint16_t)(m_last->data_len + len);
	m->pkt_len = (m->pkt_len + len);
	return (char *)tail;
}

/**
 * Remove len bytes from the front of the first segment. Returns the new
 * data start, or NULL (nothing changed) if the segment holds fewer bytes.
 */
static inline char *
rte_pktmbuf_adj(struct rte_mbuf *m, uint16_t len)
{
	__rte_mbuf_sanity_check(m, 1);

	if (unlikely(len > m->data_len))
		return NULL;
	m->data_len = (uint16_t)(m->data_len - len);
	m->data_off = (uint16_t)(m->data_off + len);
	m->pkt_len = (m->pkt_len - len);
	return (char *)m->buf_addr + m->data_off;
}

/**
 * Remove len bytes from the end of the last segment. 0, or -1 (nothing
 * changed) if the last segment holds fewer bytes.
 */
static inline int
rte_pktmbuf_trim(struct rte_mbuf *m, uint16_t len)
{
	struct rte_mbuf *m_last;

	__rte_mbuf_sanity_check(m, 1);
	m_last = rte_pktmbuf_lastseg(m);
	if (unlikely(len > m_last->data_len))
		return -1;
	m_last->data_len = (uint16_t)(m_last->data_len - len);
	m->pkt_len = (m->pkt_len - len);
	return 0;
}

/** 1 if the packet is a single segment. */
static inline int
rte_pktmbuf_is_contiguous(const struct rte_mbuf *m)
{
	__rte_mbuf_sanity_check(m, 1);
	return m->nb_segs == 1;
}

/** Slow path of rte_pktmbuf_read: gather across segments into buf. */
const void *__rte_pktmbuf_read(const struct rte_mbuf *m, uint32_t off,
	uint32_t len, void *buf);

/**
 * Pointer to len bytes at offset off of the packet: into the mbuf if they
 * are in one segment, else copied into buf. NULL if past the packet end.
 */
static inline const void *
rte_pktmbuf_read(const struct rte_mbuf *m, uint32_t off, uint32_t len,
	void *buf)
{
	if (likely(off + len <= rte_pktmbuf_data_len(m)))
		return rte_pktmbuf_mtod_offset(m, char *, off);
	return __rte_pktmbuf_read(m, off, len, buf);
}

/**
 * Append packet tail to packet head. 0, or -EOVERFLOW (nothing changed)
 * if the segment count would exceed RTE_MBUF_MAX_NB_SEGS.
 */
static inline int
rte_pktmbuf_chain(struct rte_mbuf *head, struct rte_mbuf *tail)
{
	struct rte_mbuf *cur_tail;

	if (head->nb_segs + tail->nb_segs > RTE_MBUF_MAX_NB_SEGS)
		return -EOVERFLOW;
	cur_tail = rte_pktmbuf_lastseg(head);
	cur_tail->next = tail;
	head->nb_segs = (uint16_t)(head->nb_segs + tail->nb_segs);
	head->pkt_len += tail->pkt_len;
	/* tail is no longer a packet head: keep its own segment length */
	tail->pkt_len = tail->data_len;
	return 0;
}

/** Pack TX offload lengths into a tx_offload word. */
static __rte_always_inline uint64_t
rte_mbuf_tx_offload(uint64_t il2, uint64_t il3, uint64_t il4, uint64_t tso,
	uint64_t ol3, uint64_t ol2, uint64_t unused)
{
	return il2 << RTE_MBUF_L2_LEN_OFS |
		il3 << RTE_MBUF_L3_LEN_OFS |
		il4 << RTE_MBUF_L4_LEN_OFS |
		tso << RTE_MBUF_TSO_SEGSZ_OFS |
		ol3 << RTE_MBUF_OUTL3_LEN_OFS |
		ol2 << RTE_MBUF_OUTL2_LEN_OFS |
		unused << RTE_MBUF_TXOFLD_UNUSED_OFS;
}

/** Check that the TX offload flags are consistent: 0 or -EINVAL. */
static inline int
rte_validate_tx_offload(const struct rte_mbuf *m)
{
	uint64_t ol_flags = m->ol_flags;

	if (!(ol_flags & RTE_MBUF_F_TX_OFFLOAD_MASK))
		return 0;
	/* L4 checksum or TSO needs to know the L3 type */
	if ((ol_flags & (RTE_MBUF_F_TX_L4_MASK | RTE_MBUF_F_TX_TCP_SEG)) &&
	    !(ol_flags & (RTE_MBUF_F_TX_IPV4 | RTE_MBUF_F_TX_IPV6)))
		return -EINVAL;
	/* IP checksum exists only in IPv4 */
	if ((ol_flags & RTE_MBUF_F_TX_IP_CKSUM) &&
	    !(ol_flags & RTE_MBUF_F_TX_IPV4))
		return -EINVAL;
	/* TSO needs a segment size and, over IPv4, the IP checksum */
	if ((ol_flags & RTE_MBUF_F_TX_TCP_SEG) &&
	    (m->tso_segsz == 0 || ((ol_flags & RTE_MBUF_F_TX_IPV4) &&
				   !(ol_flags & RTE_MBUF_F_TX_IP_CKSUM))))
		return -EINVAL;
	if ((ol_flags & RTE_MBUF_F_TX_OUTER_IP_CKSUM) &&
	    !(ol_flags & RTE_MBUF_F_TX_OUTER_IPV4))
		return -EINVAL;
	return 0;
}

/** Slow path of rte_pktmbuf_linearize. */
int __rte_pktmbuf_linearize(struct rte_mbuf *mbuf);

/**
 * Move all data into the first segment and free the others. 0, or -1
 * (nothing changed) if the first segment's tailroom is too small.
 */
static inline int
rte_pktmbuf_linearize(struct rte_mbuf *mbuf)
{
	if (rte_pktmbuf_is_contiguous(mbuf))
		return 0;
	return __rte_pktmbuf_linearize(mbuf);
}

/** Print the mbuf header of each segment and up to dump_len data bytes. */
void rte_pktmbuf_dump(FILE *f, const struct rte_mbuf *m, unsigned dump_len);

/* ---- scheduler metadata accessors ---- */

/** Scheduler queue id of the mbuf (hash.sched.queue_id). */
static inline uint32_t
rte_mbuf_sched_queue_get(const struct rte_mbuf *m)
{
	return m->hash.sched.queue_id;
}

/** Scheduler traffic class of the mbuf. */
static inline uint8_t
rte_mbuf_sched_traffic_class_get(const struct rte_mbuf *m)
{
	return m->hash.sched.traffic_class;
}

/** Scheduler color of the mbuf. */
static inline uint8_t
rte_mbuf_sched_color_get(const struct rte_mbuf *m)
{
	return m->hash.sched.color;
}

/** All three scheduler fields of the mbuf. */
static inline void
rte_mbuf_sched_get(const struct rte_mbuf *m, uint32_t *queue_id,
	uint8_t *traffic_class, uint8_t *color)
{
	struct rte_mbuf_sched sched = m->hash.sched;

	*queue_id = sched.queue_id;
	*traffic_class = sched.traffic_class;
	*color = sched.color;
}

/** Set the scheduler queue id. */
static inline void
rte_mbuf_sched_queue_set(struct rte_mbuf *m, uint32_t queue_id)
{
	m->hash.sched.queue_id = queue_id;
}

/** Set the scheduler traffic class. */
static inline void
rte_mbuf_sched_traffic_class_set(struct rte_mbuf *m, uint8_t traffic_class)
{
	m->hash.sched.traffic_class = traffic_class;
}

/** Set the scheduler color. */
static inline void
rte_mbuf_sched_color_set(struct rte_mbuf *m, uint8_t color)
{
	m->hash.sched.color = color;
}

/** Set the three scheduler fields. */
static inline void
rte_mbuf_sched_set(struct rte_mbuf *m, uint32_t queue_id,
	uint8_t traffic_class, uint8_t color)
{
	m->hash.sched = (struct rte_mbuf_sched){
		.queue_id = queue_id,
		.traffic_class = traffic_class,
		.color = color,
		.reserved = 0,
	};
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MBUF_H_ */
