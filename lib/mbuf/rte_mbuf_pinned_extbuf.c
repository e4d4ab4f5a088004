/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mbuf pools with pinned external buffers (rte_pktmbuf_pool_create_extbuf).
 *
 * The application brings the packet memory (say a region registered for
 * DMA with a device) as a few regions; each region is cut into elt_size
 * slices and every mbuf of the pool gets one slice for life. The mempool
 * element is only struct rte_mbuf, the private area and the buffer's
 * struct rte_mbuf_ext_shared_info:
 *
 *   element:  [ rte_mbuf | priv_size | shinfo ]
 *   region r: [ slice 0 | slice 1 | ... | slice k-1 | unused tail ]
 *
 * RTE_MBUF_F_EXTERNAL stays set on these mbufs; freeing, resetting or
 * detaching one never takes the slice away (rte_mbuf.h). Clones (from an
 * ordinary pool) reference the slice through the shared info; when the
 * pinned mbuf itself has been freed meanwhile, the last clone's detach
 * runs the free callback below, which puts the mbuf back in its pool.
 */
#include <stdio.h>
#include <string.h>
#include <inttypes.h>

#include <rte_common.h>
#include <rte_log.h>
#include <rte_errno.h>
#include <rte_debug.h>

#include "rte_mbuf.h"
#include "mbuf_pool_private.h"

#define MBUF_LOG(level, fmt, ...) \
	RTE_LOG(level, MBUF, fmt "\n", ##__VA_ARGS__)

/* Where the next slice comes from while the pool's mbufs are set up. */
struct pinned_slicer {
	const struct rte_pktmbuf_extmem *ext_mem;
	unsigned int ext_num;
	unsigned int region;   /* current region */
	size_t off;            /* offset of the next slice in it */
};

/*
 * Shared info free callback of a pinned slice: the pinned mbuf was freed
 * while clones still used its slice, and the last clone is gone now.
 * Returns the mbuf (opaque) to its pool in the free state.
 */
static void
pinned_extbuf_release(__rte_unused void *addr, void *opaque)
{
	struct rte_mbuf *m = opaque;

	RTE_ASSERT(RTE_MBUF_HAS_EXTBUF(m) && RTE_MBUF_HAS_PINNED_EXTBUF(m));
	RTE_ASSERT(m->shinfo->fcb_opaque == m);
	rte_mbuf_ext_refcnt_set(m->shinfo, 1);
	rte_mbuf_refcnt_set(m, 1);
	m->ol_flags = RTE_MBUF_F_EXTERNAL;
	m->next = NULL;
	m->nb_segs = 1;
	rte_mbuf_raw_free(m);
}

/* rte_mempool_obj_iter callback: set up mbuf obj with the next slice. */
static void
pinned_mbuf_init(struct rte_mempool *mp, void *opaque, void *obj,
	__rte_unused unsigned int idx)
{
	struct pinned_slicer *sl = opaque;
	const struct rte_pktmbuf_extmem *ext;
	struct rte_mbuf_ext_shared_info *shinfo;
	struct rte_mbuf *m = obj;
	uint16_t priv_size = rte_pktmbuf_priv_size(mp);

	/* the creation checks counted enough slices for every element */
	RTE_VERIFY(sl->region < sl->ext_num);
	ext = &sl->ext_mem[sl->region];
	RTE_VERIFY(sl->off + ext->elt_size <= ext->buf_len);

	memset(m, 0, sizeof(*m) + priv_size);
	m->priv_size = priv_size;
	m->buf_addr = RTE_PTR_ADD(ext->buf_ptr, sl->off);
	rte_mbuf_iova_set(m, ext->buf_iova == RTE_BAD_IOVA ? RTE_BAD_IOVA :
		ext->buf_iova + sl->off);
	m->buf_len = rte_pktmbuf_data_room_size(mp);
	rte_pktmbuf_reset_headroom(m);
	m->pool = mp;
	m->nb_segs = 1;
	m->port = RTE_MBUF_PORT_INVALID;
	m->ol_flags = RTE_MBUF_F_EXTERNAL;
	rte_mbuf_refcnt_set(m, 1);

	shinfo = RTE_PTR_ADD(m, sizeof(*m) + priv_size);
	shinfo->free_cb = pinned_extbuf_release;
	shinfo->fcb_opaque = m;
	rte_mbuf_ext_refcnt_set(shinfo, 1);
	m->shinfo = shinfo;

	/* next slice: the rest of this region, else the next region */
	sl->off += ext->elt_size;
	if (sl->off + ext->elt_size > ext->buf_len) {
		sl->off = 0;
		sl->region++;
	}
}

/*
 * Check the region descriptors against the pool's data room; 0, or -1
 * with rte_errno set (EINVAL bad descriptor, ENOMEM fewer than n slices).
 */
static int
check_regions(const char *name, unsigned int n, uint16_t data_room_size,
	const struct rte_pktmbuf_extmem *ext_mem, unsigned int ext_num)
{
	const struct rte_pktmbuf_extmem *ext;
	uint64_t slices = 0;
	unsigned int i;

	if (ext_mem == NULL && ext_num != 0) {
		MBUF_LOG(ERR, "pinned mbuf pool '%s': ext_mem is NULL but ext_num is %u",
			name, ext_num);
		rte_errno = EINVAL;
		return -1;
	}
	for (i = 0; i < ext_num; i++) {
		ext = &ext_mem[i];
		if (ext->buf_ptr == NULL || ext->buf_len == 0 ||
		    ext->elt_size == 0) {
			MBUF_LOG(ERR, "pinned mbuf pool '%s': region %u has %s",
				name, i, ext->buf_ptr == NULL ? "a NULL buf_ptr" :
				ext->buf_len == 0 ? "buf_len 0" :
				"elt_size 0");
			rte_errno = EINVAL;
			return -1;
		}
		if (ext->elt_size < data_room_size) {
			MBUF_LOG(ERR, "pinned mbuf pool '%s': region %u elt_size %u is smaller than the data room %u",
				name, i, ext->elt_size, data_room_size);
			rte_errno = EINVAL;
			return -1;
		}
		slices += ext->buf_len / ext->elt_size;
	}
	/* ext_num 0 lands here too, ENOMEM as in DPDK */
	if (slices < n) {
		MBUF_LOG(ERR, "pinned mbuf pool '%s': the %u external memory regions hold %" PRIu64 " buffers of their elt_size, %u needed",
			name, ext_num, slices, n);
		rte_errno = ENOMEM;
		return -1;
	}
	return 0;
}

struct rte_mempool *
rte_pktmbuf_pool_create_extbuf(const char *name, unsigned int n,
	unsigned int cache_size, uint16_t priv_size,
	uint16_t data_room_size, int socket_id,
	const struct rte_pktmbuf_extmem *ext_mem, unsigned int ext_num)
{
	struct rte_pktmbuf_pool_private priv;
	struct pinned_slicer sl;
	struct rte_mempool *mp;
	unsigned int elt_size;

	if (mbuf_pool_check_priv_size("pinned mbuf pool", name, priv_size) != 0)
		return NULL;
	if (check_regions(name != NULL ? name : "(null)", n, data_room_size,
			ext_mem, ext_num) != 0)
		return NULL;

	elt_size = (unsigned int)(sizeof(struct rte_mbuf) + priv_size +
		sizeof(struct rte_mbuf_ext_shared_info));
	memset(&priv, 0, sizeof(priv));
	priv.mbuf_data_room_size = data_room_size;
	priv.mbuf_priv_size = priv_size;
	priv.flags = RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF;

	mp = mbuf_pool_create_populated(name, n, elt_size, cache_size,
		socket_id, NULL, &priv);
	if (mp == NULL)
		return NULL;
	sl = (struct pinned_slicer){ .ext_mem = ext_mem, .ext_num = ext_num };
	rte_mempool_obj_iter(mp, pinned_mbuf_init, &sl);
	return mp;
}
