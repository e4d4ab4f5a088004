/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Packet mbuf pools and the out-of-line mbuf operations: pool creation,
 * per-mbuf initialisation, bulk free, clone, deep copy, gather reads,
 * linearisation, sanity checks and dumps.
 */
#include <stdio.h>
#include <string.h>
#include <inttypes.h>

#include <rte_common.h>
#include <rte_log.h>
#include <rte_errno.h>
#include <rte_debug.h>
#include <rte_hexdump.h>

#include "rte_mbuf.h"
#include "mbuf_pool_private.h"

#define MBUF_LOG(level, fmt, ...) \
	RTE_LOG(level, MBUF, fmt "\n", ##__VA_ARGS__)

void
rte_pktmbuf_pool_init(struct rte_mempool *mp, void *opaque_arg)
{
	struct rte_pktmbuf_pool_private *user = opaque_arg;
	struct rte_pktmbuf_pool_private *priv, def;

	RTE_VERIFY(mp->private_data_size >= sizeof(*priv));
	RTE_VERIFY(mp->elt_size >= sizeof(struct rte_mbuf));
	if (user == NULL) {
		/* Legacy callers: everything after the header is buffer. */
		memset(&def, 0, sizeof(def));
		def.mbuf_data_room_size = (uint16_t)(mp->elt_size -
			sizeof(struct rte_mbuf));
		user = &def;
	}
	RTE_VERIFY((user->flags & ~RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF) == 0);
	/* A pinned-extbuf mbuf embeds the buffer's shared info, not the
	 * buffer itself (mbuf_pinned_extbuf.c). */
	RTE_VERIFY(mp->elt_size >= sizeof(struct rte_mbuf) +
		user->mbuf_priv_size +
		((user->flags & RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF) ?
			sizeof(struct rte_mbuf_ext_shared_info) :
			user->mbuf_data_room_size));
	priv = rte_mempool_get_priv(mp);
	memcpy(priv, user, sizeof(*priv));
}

void
rte_pktmbuf_init(struct rte_mempool *mp, __rte_unused void *opaque_arg,
	void *_m, __rte_unused unsigned i)
{
	struct rte_mbuf *m = _m;
	uint32_t priv_size = rte_pktmbuf_priv_size(mp);
	uint32_t mbuf_size = (uint32_t)sizeof(struct rte_mbuf) + priv_size;
	uint32_t buf_len = rte_pktmbuf_data_room_size(mp);

	RTE_VERIFY(RTE_ALIGN(priv_size, RTE_MBUF_PRIV_ALIGN) == priv_size);
	RTE_VERIFY(mp->elt_size >= mbuf_size + buf_len);

	memset(m, 0, mp->elt_size);
	m->priv_size = (uint16_t)priv_size;
	m->buf_addr = (char *)m + mbuf_size;
	rte_mbuf_iova_set(m, rte_mempool_virt2iova(m) == RTE_BAD_IOVA ?
		RTE_BAD_IOVA : rte_mempool_virt2iova(m) + mbuf_size);
	m->buf_len = (uint16_t)buf_len;
	rte_pktmbuf_reset_headroom(m);
	m->data_len = 0;
	m->pool = mp;
	m->nb_segs = 1;
	m->port = RTE_MBUF_PORT_INVALID;
	rte_mbuf_refcnt_set(m, 1);
	m->next = NULL;
}

int
mbuf_pool_check_priv_size(const char *what, const char *name,
	uint16_t priv_size)
{
	if (RTE_ALIGN(priv_size, RTE_MBUF_PRIV_ALIGN) == priv_size)
		return 0;
	MBUF_LOG(ERR, "%s '%s': priv_size %u is not a multiple of %d", what,
		name != NULL ? name : "(null)", priv_size, RTE_MBUF_PRIV_ALIGN);
	rte_errno = EINVAL;
	return -1;
}

struct rte_mempool *
mbuf_pool_create_populated(const char *name, unsigned int n,
	unsigned int elt_size, unsigned int cache_size, int socket_id,
	const char *ops_name, struct rte_pktmbuf_pool_private *priv)
{
	struct rte_mempool *mp;
	int ret;

	mp = rte_mempool_create_empty(name, n, elt_size, cache_size,
		sizeof(*priv), socket_id, 0);
	if (mp == NULL)
		return NULL;
	if (ops_name == NULL)
		ops_name = rte_mbuf_best_mempool_ops();
	ret = rte_mempool_set_ops_byname(mp, ops_name, NULL);
	if (ret != 0) {
		rte_mempool_free(mp);
		rte_errno = -ret;
		return NULL;
	}
	rte_pktmbuf_pool_init(mp, priv);
	ret = rte_mempool_populate_default(mp);
	if (ret < 0) {
		rte_mempool_free(mp);
		rte_errno = -ret;
		return NULL;
	}
	return mp;
}

struct rte_mempool *
rte_pktmbuf_pool_create_by_ops(const char *name, unsigned int n,
	unsigned int cache_size, uint16_t priv_size, uint16_t data_room_size,
	int socket_id, const char *ops_name)
{
	struct rte_pktmbuf_pool_private priv;
	struct rte_mempool *mp;

	if (mbuf_pool_check_priv_size("mbuf pool", name, priv_size) != 0)
		return NULL;
	memset(&priv, 0, sizeof(priv));
	priv.mbuf_data_room_size = data_room_size;
	priv.mbuf_priv_size = priv_size;
	mp = mbuf_pool_create_populated(name, n,
		(unsigned int)sizeof(struct rte_mbuf) + priv_size +
		data_room_size, cache_size, socket_id, ops_name, &priv);
	if (mp == NULL)
		return NULL;
	rte_mempool_obj_iter(mp, rte_pktmbuf_init, NULL);
	return mp;
}

struct rte_mempool *
rte_pktmbuf_pool_create(const char *name, unsigned int n,
	unsigned int cache_size, uint16_t priv_size, uint16_t data_room_size,
	int socket_id)
{
	return rte_pktmbuf_pool_create_by_ops(name, n, cache_size, priv_size,
		data_room_size, socket_id, NULL);
}

/* ---------------- checks ---------------- */

int
rte_mbuf_check(const struct rte_mbuf *m, int is_header, const char **reason)
{
	unsigned int nb_segs, pkt_len;

	if (m == NULL) {
		*reason = "mbuf is NULL";
		return -1;
	}
	if (m->pool == NULL) {
		*reason = "bad mbuf pool";
		return -1;
	}
	if (RTE_IOVA_AS_PA && m->buf_iova == 0) {
		*reason = "bad IO addr";
		return -1;
	}
	if (m->buf_addr == NULL) {
		*reason = "bad virt addr";
		return -1;
	}
	if (rte_mbuf_refcnt_read(m) == 0) {
		*reason = "bad ref cnt";
		return -1;
	}
	if (RTE_MBUF_HAS_EXTBUF(m) && m->shinfo == NULL) {
		*reason = "external buffer without shared info";
		return -1;
	}
	if (RTE_MBUF_HAS_EXTBUF(m) && rte_mbuf_ext_refcnt_read(m->shinfo) == 0) {
		*reason = "bad external buffer ref cnt";
		return -1;
	}
	if (!is_header)
		return 0;
	if ((uint32_t)m->data_off + m->data_len > m->buf_len) {
		*reason = "data offset too big in mbuf segment";
		return -1;
	}
	nb_segs = m->nb_segs;
	pkt_len = m->pkt_len;
	do {
		if (m->data_off > m->buf_len) {
			*reason = "data offset too big in mbuf segment";
			return -1;
		}
		if ((uint32_t)m->data_off + m->data_len > m->buf_len) {
			*reason = "data length too big in mbuf segment";
			return -1;
		}
		nb_segs -= 1;
		pkt_len -= m->data_len;
	} while ((m = m->next) != NULL && nb_segs != 0);
	if (nb_segs != 0 || m != NULL) {
		*reason = "bad nb_segs";
		return -1;
	}
	if (pkt_len != 0) {
		*reason = "bad pkt_len";
		return -1;
	}
	return 0;
}

void
rte_mbuf_sanity_check(const struct rte_mbuf *m, int is_header)
{
	const char *reason;

	if (rte_mbuf_check(m, is_header, &reason) != 0)
		rte_panic("mbuf %p: %s\n", (const void *)m, reason);
}

/* ---------------- bulk free ---------------- */

#define FREE_BULK_BATCH 64

/* Return the pending mbufs, all from one pool, in one put. */
static void
free_bulk_flush(struct rte_mbuf **pending, unsigned int *n)
{
	if (*n == 0)
		return;
	rte_mempool_put_bulk(pending[0]->pool, (void **)pending, *n);
	*n = 0;
}

void
rte_pktmbuf_free_bulk(struct rte_mbuf **mbufs, unsigned int count)
{
	struct rte_mbuf *pending[FREE_BULK_BATCH];
	struct rte_mbuf *m, *m_next;
	unsigned int i, n = 0;

	for (i = 0; i < count; i++) {
		m = mbufs[i];
		if (m == NULL)
			continue;
		__rte_mbuf_sanity_check(m, 1);
		do {
			m_next = m->next;
			m = rte_pktmbuf_prefree_seg(m);
			if (m != NULL) {
				if (n == FREE_BULK_BATCH ||
				    (n > 0 && pending[0]->pool != m->pool))
					free_bulk_flush(pending, &n);
				__rte_mbuf_raw_sanity_check(m);
				pending[n++] = m;
			}
			m = m_next;
		} while (m != NULL);
	}
	free_bulk_flush(pending, &n);
}

/* ---------------- clone and copy ---------------- */

struct rte_mbuf *
rte_pktmbuf_clone(struct rte_mbuf *md, struct rte_mempool *mp)
{
	struct rte_mbuf *mc, *mi, **prev;
	uint32_t pktlen;
	uint16_t nseg;

	/* A pinned mbuf cannot point at another buffer (rte_pktmbuf_attach
	 * needs a direct mbuf): clones come from an ordinary pool. */
	if (unlikely(rte_pktmbuf_priv_flags(mp) &
		     RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF)) {
		MBUF_LOG(ERR, "clone into pool '%s': its mbufs have pinned external buffers; clone into an ordinary mbuf pool",
			mp->name);
		rte_errno = EINVAL;
		return NULL;
	}
	mc = rte_pktmbuf_alloc(mp);
	if (unlikely(mc == NULL))
		return NULL;
	mi = mc;
	prev = &mi->next;
	pktlen = md->pkt_len;
	nseg = 0;
	do {
		nseg++;
		rte_pktmbuf_attach(mi, md);
		*prev = mi;
		prev = &mi->next;
	} while ((md = md->next) != NULL &&
	    (mi = rte_pktmbuf_alloc(mp)) != NULL);
	*prev = NULL;
	/* Ran out of mbufs part way: undo segment by segment (the partial
	 * chain is not a consistent packet); freeing detaches each one. */
	if (unlikely(mi == NULL)) {
		while (mc != NULL) {
			mi = mc->next;
			rte_pktmbuf_free_seg(mc);
			mc = mi;
		}
		return NULL;
	}
	mc->nb_segs = nseg;
	mc->pkt_len = pktlen;
	__rte_mbuf_sanity_check(mc, 1);
	return mc;
}

struct rte_mbuf *
rte_pktmbuf_copy(const struct rte_mbuf *m, struct rte_mempool *mp,
	uint32_t off, uint32_t len)
{
	const struct rte_mbuf *seg = m;
	struct rte_mbuf *mc, *m_last, **prev;

	__rte_mbuf_sanity_check(m, 1);
	if (unlikely(off >= m->pkt_len))
		return NULL;
	mc = rte_pktmbuf_alloc(mp);
	if (unlikely(mc == NULL))
		return NULL;
	len = RTE_MIN(len, m->pkt_len - off);
	__rte_pktmbuf_copy_hdr(mc, m);
	/* The copy owns its data: m's shared-buffer flags do not carry over,
	 * mc's own stay (RTE_MBUF_F_EXTERNAL of a pinned-extbuf pool). */
	mc->ol_flags |= m->ol_flags & ~(RTE_MBUF_F_INDIRECT |
		RTE_MBUF_F_EXTERNAL);

	/* skip whole segments before off */
	while (off >= seg->data_len) {
		off -= seg->data_len;
		seg = seg->next;
	}
	m_last = mc;
	prev = &mc->next;
	while (len > 0) {
		uint32_t copy_len;

		if (rte_pktmbuf_tailroom(m_last) == 0) {
			m_last = rte_pktmbuf_alloc(mp);
			if (unlikely(m_last == NULL)) {
				rte_pktmbuf_free(mc);
				return NULL;
			}
			++mc->nb_segs;
			*prev = m_last;
			prev = &m_last->next;
		}
		copy_len = RTE_MIN((uint32_t)(seg->data_len - off), len);
		copy_len = RTE_MIN(copy_len,
			(uint32_t)rte_pktmbuf_tailroom(m_last));
		rte_memcpy(rte_pktmbuf_mtod_offset(m_last, char *,
				m_last->data_len),
			rte_pktmbuf_mtod_offset(seg, char *, off), copy_len);
		m_last->data_len = (uint16_t)(m_last->data_len + copy_len);
		mc->pkt_len += copy_len;
		off += copy_len;
		len -= copy_len;
		if (off == seg->data_len && len > 0) {
			seg = seg->next;
			off = 0;
		}
	}
	__rte_mbuf_sanity_check(mc, 1);
	return mc;
}

const void *
__rte_pktmbuf_read(const struct rte_mbuf *m, uint32_t off, uint32_t len,
	void *buf)
{
	const struct rte_mbuf *seg = m;
	uint32_t buf_off = 0, copy_len;

	if (off + len > rte_pktmbuf_pkt_len(m) || off + len < off)
		return NULL;
	while (off >= rte_pktmbuf_data_len(seg) &&
	       rte_pktmbuf_data_len(seg) != 0) {
		off -= rte_pktmbuf_data_len(seg);
		seg = seg->next;
	}
	if (off + len <= rte_pktmbuf_data_len(seg))
		return rte_pktmbuf_mtod_offset(seg, char *, off);
	/* spans segments: gather into buf */
	while (len > 0) {
		copy_len = rte_pktmbuf_data_len(seg) - off;
		if (copy_len > len)
			copy_len = len;
		rte_memcpy((char *)buf + buf_off,
			rte_pktmbuf_mtod_offset(seg, char *, off), copy_len);
		off = 0;
		buf_off += copy_len;
		len -= copy_len;
		seg = seg->next;
	}
	return buf;
}

int
__rte_pktmbuf_linearize(struct rte_mbuf *mbuf)
{
	struct rte_mbuf *seg, *next;
	size_t seg_len, copy_len;
	char *buffer;

	if (rte_pktmbuf_tailroom(mbuf) < mbuf->pkt_len - mbuf->data_len)
		return -1;
	/* The first segment is written: it must not share its buffer (an
	 * external buffer, pinned or not, is writable with one user). */
	if (RTE_MBUF_CLONED(mbuf) || rte_mbuf_refcnt_read(mbuf) != 1 ||
	    (RTE_MBUF_HAS_EXTBUF(mbuf) &&
	     rte_mbuf_ext_refcnt_read(mbuf->shinfo) != 1))
		return -1;
	buffer = rte_pktmbuf_mtod_offset(mbuf, char *, mbuf->data_len);
	seg = mbuf->next;
	while (seg != NULL) {
		seg_len = seg->data_len;
		copy_len = seg_len;
		memcpy(buffer, rte_pktmbuf_mtod(seg, char *), copy_len);
		buffer += copy_len;
		mbuf->data_len = (uint16_t)(mbuf->data_len + copy_len);
		next = seg->next;
		rte_pktmbuf_free_seg(seg);
		seg = next;
	}
	mbuf->next = NULL;
	mbuf->nb_segs = 1;
	return 0;
}

/* ---------------- dump ---------------- */

void
rte_pktmbuf_dump(FILE *f, const struct rte_mbuf *m, unsigned dump_len)
{
	unsigned int len, nb_segs;

	if (f == NULL)
		f = stdout;
	__rte_mbuf_sanity_check(m, 1);
	fprintf(f, "dump mbuf at %p, iova=%#" PRIx64 ", buf_len=%u\n",
		(const void *)m, rte_mbuf_iova_get(m), m->buf_len);
	fprintf(f, "  pkt_len=%u, ol_flags=%#" PRIx64 ", nb_segs=%u, port=%u",
		m->pkt_len, m->ol_flags, m->nb_segs, m->port);
	if (m->ol_flags & (RTE_MBUF_F_RX_VLAN | RTE_MBUF_F_TX_VLAN))
		fprintf(f, ", vlan_tci=%u", m->vlan_tci);
	fprintf(f, ", ptype=%#" PRIx32 "\n", m->packet_type);
	nb_segs = m->nb_segs;
	while (m != NULL && nb_segs != 0) {
		__rte_mbuf_sanity_check(m, 0);
		fprintf(f, "  segment at %p, data=%p, len=%u, off=%u, refcnt=%u\n",
			(const void *)m, rte_pktmbuf_mtod(m, void *),
			m->data_len, m->data_off, rte_mbuf_refcnt_read(m));
		len = dump_len;
		if (len > m->data_len)
			len = m->data_len;
		if (len != 0)
			rte_hexdump(f, NULL, rte_pktmbuf_mtod(m, void *), len);
		dump_len -= len;
		m = m->next;
		nb_segs--;
	}
}
