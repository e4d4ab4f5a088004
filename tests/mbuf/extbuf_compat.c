/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Pinned external buffer pools, observable behaviour only: one source
 * built against pmdkit and against DPDK 22.11; test_extbuf_compat.py runs
 * both and requires the same transcript (the lines starting with "T ").
 * Addresses are printed relative to the regions and mbufs, so the lines
 * do not depend on where memory happens to be.
 *
 * Cases DPDK does not survive (NULL ext_mem with ext_num > 0, a clone
 * into a pinned pool) are left to app/test/test_mbuf_extbuf.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>

#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_mempool.h>
#include <rte_mbuf.h>

#define NB_REG 2
#define NB_MBUF 9
#define PRIV 16
#define ROOM RTE_MBUF_DEFAULT_BUF_SIZE
#define IOVA_A 0x10000000ULL
#define IOVA_B 0x20000000ULL

static struct rte_pktmbuf_extmem ext[NB_REG];
static struct rte_mempool *pinned, *std;

#define T(...) do { printf("T " __VA_ARGS__); printf("\n"); } while (0)
#define FAIL(...) do { \
	printf("FAIL line %d: ", __LINE__); printf(__VA_ARGS__); \
	printf("\n"); exit(1); \
} while (0)

static const char *
errname(int e)
{
	switch (e) {
	case EINVAL: return "EINVAL";
	case ENOMEM: return "ENOMEM";
	case ENOSPC: return "ENOSPC";
	case EEXIST: return "EEXIST";
	default: return "other";
	}
}

/* "region r +offset" of an address inside the regions, else "outside". */
static void
where(const void *p, char *buf, size_t len)
{
	int r;

	for (r = 0; r < NB_REG; r++) {
		const char *b = ext[r].buf_ptr;

		if ((const char *)p >= b && (const char *)p < b + ext[r].buf_len) {
			snprintf(buf, len, "r%d+%zu", r,
				(size_t)((const char *)p - b));
			return;
		}
	}
	snprintf(buf, len, "outside");
}

static void
try_create(const char *what, unsigned int n, uint16_t priv,
	const struct rte_pktmbuf_extmem *e, unsigned int num)
{
	struct rte_mempool *mp;

	rte_errno = 0;
	mp = rte_pktmbuf_pool_create_extbuf("compat_bad", n, 0, priv, ROOM,
		SOCKET_ID_ANY, e, num);
	T("create %s: %s errno=%s", what, mp == NULL ? "NULL" : "pool",
		mp == NULL ? errname(rte_errno) : "-");
	rte_mempool_free(mp);
}

static void
bad_args(void)
{
	struct rte_pktmbuf_extmem e = ext[0];

	try_create("priv_size 3", 4, 3, &e, 1);
	try_create("ext_num 0", 4, 0, &e, 0);
	try_create("NULL ext_mem ext_num 0", 4, 0, NULL, 0);
	e.elt_size = 0;
	try_create("elt_size 0", 4, 0, &e, 1);
	e = ext[0];
	e.buf_ptr = NULL;
	try_create("buf_ptr NULL", 4, 0, &e, 1);
	e = ext[0];
	e.buf_len = 0;
	try_create("buf_len 0", 4, 0, &e, 1);
	e = ext[0];
	e.elt_size = ROOM - 1;
	try_create("elt_size < room", 4, 0, &e, 1);
	try_create("too few buffers", NB_MBUF + 2, 0, ext, NB_REG);
	e = ext[0];
	e.buf_len = e.elt_size - 1;
	try_create("region < elt_size", 1, 0, &e, 1);
}

static void
show_obj(struct rte_mempool *mp, void *opaque, void *obj, unsigned int i)
{
	struct rte_mbuf *m = obj;
	char w[64];
	int r;

	(void)mp;
	(void)opaque;
	where(m->buf_addr, w, sizeof(w));
	r = w[0] == 'r' ? w[1] - '0' : 0;
	T("obj %u: buf %s iova+%" PRIu64 " buf_len %u data_off %u ol_flags %#" PRIx64
		" shinfo m+%td opaque_is_m %d ext_refcnt %u refcnt %u pinned %d priv_size %u",
		i, w, (uint64_t)(m->buf_iova - ext[r].buf_iova), m->buf_len,
		m->data_off, m->ol_flags, (char *)m->shinfo - (char *)m,
		m->shinfo->fcb_opaque == m, rte_mbuf_ext_refcnt_read(m->shinfo),
		rte_mbuf_refcnt_read(m), RTE_MBUF_HAS_PINNED_EXTBUF(m) != 0,
		m->priv_size);
}

static void
show_state(const char *what, struct rte_mbuf *m)
{
	char w[64];

	where(m->buf_addr, w, sizeof(w));
	T("%s: buf %s data_off %u data_len %u pkt_len %u ol_flags %#" PRIx64
		" refcnt %u ext %d ext_refcnt %u pinned %d avail pinned %u std %u",
		what, w, m->data_off, m->data_len, m->pkt_len, m->ol_flags,
		rte_mbuf_refcnt_read(m), RTE_MBUF_HAS_EXTBUF(m) != 0,
		RTE_MBUF_HAS_EXTBUF(m) ? rte_mbuf_ext_refcnt_read(m->shinfo) : 0,
		RTE_MBUF_HAS_PINNED_EXTBUF(m) != 0,
		rte_mempool_avail_count(pinned), rte_mempool_avail_count(std));
}

static void
alloc_all(void)
{
	struct rte_mbuf *ms[NB_MBUF];
	unsigned int i, j, per_region[NB_REG] = { 0 }, distinct = 1;
	char w[64];

	if (rte_pktmbuf_alloc_bulk(pinned, ms, NB_MBUF) != 0)
		FAIL("alloc all");
	T("alloc all: ok, one more %s", rte_pktmbuf_alloc(pinned) == NULL ?
		"NULL" : "mbuf");
	for (i = 0; i < NB_MBUF; i++) {
		char *d = rte_pktmbuf_append(ms[i], 100);

		memset(d, 0xa0 + i, 100);
		where(d, w, sizeof(w));
		if (w[0] == 'r')
			per_region[w[1] - '0']++;
		for (j = 0; j < i; j++)
			if (ms[j]->buf_addr == ms[i]->buf_addr)
				distinct = 0;
		if (rte_pktmbuf_iova(ms[i]) !=
		    ms[i]->buf_iova + RTE_PKTMBUF_HEADROOM)
			FAIL("iova");
		ms[i]->ol_flags |= RTE_MBUF_F_RX_VLAN;
	}
	T("data in regions: r0 %u r1 %u, distinct buffers %u", per_region[0],
		per_region[1], distinct);
	show_state("mbuf with data", ms[0]);
	rte_pktmbuf_detach(ms[0]);
	show_state("after detach", ms[0]);
	rte_pktmbuf_reset(ms[0]);
	show_state("after reset", ms[0]);
	rte_pktmbuf_free_bulk(ms, NB_MBUF);
	T("freed all: avail %u full %d", rte_mempool_avail_count(pinned),
		rte_mempool_full(pinned));
	if (rte_pktmbuf_alloc_bulk(pinned, ms, NB_MBUF) != 0)
		FAIL("realloc all");
	show_state("realloc", ms[0]);
	rte_pktmbuf_free_bulk(ms, NB_MBUF);
}

static void
clones(void)
{
	struct rte_mbuf *m, *c, *c2, *mc;

	m = rte_pktmbuf_alloc(pinned);
	if (m == NULL || rte_pktmbuf_append(m, 200) == NULL)
		FAIL("alloc");
	memset(rte_pktmbuf_mtod(m, char *), 0x5a, 200);
	m->ol_flags |= RTE_MBUF_F_RX_RSS_HASH;
	c = rte_pktmbuf_clone(m, std);
	if (c == NULL)
		FAIL("clone");
	show_state("clone", c);
	T("clone shares shinfo %d buf %d", c->shinfo == m->shinfo,
		c->buf_addr == m->buf_addr);
	show_state("original", m);
	c2 = rte_pktmbuf_clone(c, std);
	show_state("clone of clone", c2);
	rte_pktmbuf_free(m);
	show_state("original freed (c, c2 hold)", c);
	rte_pktmbuf_free(c);
	show_state("c freed (c2 holds)", c2);
	rte_pktmbuf_free(c2);
	T("all freed: avail pinned %u std %u, m refcnt %u ext_refcnt %u ol_flags %#" PRIx64,
		rte_mempool_avail_count(pinned), rte_mempool_avail_count(std),
		rte_mbuf_refcnt_read(m), rte_mbuf_ext_refcnt_read(m->shinfo),
		m->ol_flags);

	/* clone freed first */
	m = rte_pktmbuf_alloc(pinned);
	rte_pktmbuf_append(m, 10);
	c = rte_pktmbuf_clone(m, std);
	rte_pktmbuf_free(c);
	show_state("clone freed first", m);
	rte_pktmbuf_free(m);
	T("then original: avail pinned %u std %u",
		rte_mempool_avail_count(pinned), rte_mempool_avail_count(std));

	/* extra reference on the pinned mbuf itself */
	m = rte_pktmbuf_alloc(pinned);
	rte_mbuf_refcnt_update(m, 1);
	rte_pktmbuf_free(m);
	show_state("refcnt 2 freed once", m);
	rte_pktmbuf_free(m);
	T("freed twice: avail pinned %u", rte_mempool_avail_count(pinned));

	/* a deep copy into an ordinary pool is an ordinary mbuf */
	m = rte_pktmbuf_alloc(pinned);
	memset(rte_pktmbuf_append(m, 300), 0x33, 300);
	mc = rte_pktmbuf_copy(m, std, 0, UINT32_MAX);
	T("copy into std: ext %d direct %d len %u",
		RTE_MBUF_HAS_EXTBUF(mc) != 0, RTE_MBUF_DIRECT(mc) != 0,
		mc->pkt_len);
	rte_pktmbuf_free(mc);
	rte_pktmbuf_free(m);
}

/*
 * Last, as DPDK 22.11 gets it wrong: its rte_pktmbuf_copy() overwrites
 * the new mbuf's ol_flags, dropping RTE_MBUF_F_EXTERNAL from a pinned
 * mbuf, which then goes back to its pool looking direct (a later clone of
 * it corrupts memory). pmdkit keeps the flag, as DPDK's later releases.
 */
static void
copy_into_pinned(void)
{
	struct rte_mbuf *m, *mc;

	m = rte_pktmbuf_alloc(pinned);
	memset(rte_pktmbuf_append(m, 300), 0x33, 300);
	mc = rte_pktmbuf_copy(m, pinned, 0, UINT32_MAX);
	show_state("copy into pinned", mc);
	T("copy data same %d", memcmp(rte_pktmbuf_mtod(mc, char *),
		rte_pktmbuf_mtod(m, char *), 300) == 0);
	rte_pktmbuf_free(mc);
	rte_pktmbuf_free(m);
	T("end: avail pinned %u full %d", rte_mempool_avail_count(pinned),
		rte_mempool_full(pinned));
}

static void
chain_and_checks(void)
{
	struct rte_mbuf *a = rte_pktmbuf_alloc(pinned);
	struct rte_mbuf *b = rte_pktmbuf_alloc(pinned);
	struct rte_mbuf *c;
	const char *reason = "";
	int ret;

	memset(rte_pktmbuf_append(a, 100), 1, 100);
	memset(rte_pktmbuf_append(b, 50), 2, 50);
	rte_pktmbuf_chain(a, b);
	T("check chain %d", rte_mbuf_check(a, 1, &reason));
	c = rte_pktmbuf_clone(a, std);
	T("clone chain segs %u len %u ext_refcnt a %u b %u", c->nb_segs,
		c->pkt_len, rte_mbuf_ext_refcnt_read(a->shinfo),
		rte_mbuf_ext_refcnt_read(b->shinfo));
	T("linearize shared %d", rte_pktmbuf_linearize(a));
	rte_pktmbuf_free(c);
	ret = rte_pktmbuf_linearize(a);
	T("linearize %d segs %u data_len %u", ret, a->nb_segs, a->data_len);
	T("byte 120 = %u, avail pinned %u", rte_pktmbuf_mtod(a, uint8_t *)[120],
		rte_mempool_avail_count(pinned));
	rte_pktmbuf_free(a);
	T("chain freed: avail pinned %u std %u full %d",
		rte_mempool_avail_count(pinned), rte_mempool_avail_count(std),
		rte_mempool_full(pinned));
}

int
main(int argc, char **argv)
{
	size_t len[NB_REG] = { 5 * 2304 + 1000, 5 * ROOM };
	uint16_t elt[NB_REG] = { 2304, ROOM };
	rte_iova_t iova[NB_REG] = { IOVA_A, IOVA_B };
	int r;

	if (rte_eal_init(argc, argv) < 0)
		FAIL("eal init");
	for (r = 0; r < NB_REG; r++) {
		/* aligned_alloc wants a multiple of the alignment */
		ext[r].buf_ptr = aligned_alloc(64, RTE_ALIGN(len[r], 64));
		ext[r].buf_len = len[r];
		ext[r].buf_iova = iova[r];
		ext[r].elt_size = elt[r];
		if (ext[r].buf_ptr == NULL)
			FAIL("malloc");
	}
	bad_args();
	pinned = rte_pktmbuf_pool_create_extbuf("compat_pinned", NB_MBUF, 4,
		PRIV, ROOM, SOCKET_ID_ANY, ext, NB_REG);
	std = rte_pktmbuf_pool_create("compat_std", 16, 0, 0, ROOM,
		SOCKET_ID_ANY);
	if (pinned == NULL || std == NULL)
		FAIL("pools: %s", rte_strerror(rte_errno));
	T("pool: priv_flags %#x room %u priv %u elt_size %u size %u",
		rte_pktmbuf_priv_flags(pinned), rte_pktmbuf_data_room_size(pinned),
		rte_pktmbuf_priv_size(pinned), pinned->elt_size, pinned->size);
	T("std pool priv_flags %#x", rte_pktmbuf_priv_flags(std));
	rte_mempool_obj_iter(pinned, show_obj, NULL);
	alloc_all();
	clones();
	chain_and_checks();
	copy_into_pinned();
	rte_mempool_free(pinned);
	rte_mempool_free(std);
	for (r = 0; r < NB_REG; r++)
		free(ext[r].buf_ptr);
	rte_eal_cleanup();
	T("done");
	return 0;
}
