/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * mbuf_autotest: packet pool creation, allocation state, data area
 * edges (prepend/append/adj/trim past the room change nothing), bulk
 * alloc/free, chains, reads across segments, linearize, clones (and
 * clones of clones), deep copies, external buffers, reference counts,
 * dynamic fields and flags, offload flag and packet type names, TX
 * offload validation, sanity checks, dumps. Every mbuf is back in its
 * pool at the end of each part.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <errno.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_mbuf.h>
#include <rte_mbuf_dyn.h>

#include "test.h"

#define NB_MBUF 255

static struct rte_mempool *pool, *clone_pool;

#define CHECK_ALL_BACK() do { \
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pool), NB_MBUF, \
		"mbufs missing from the pool"); \
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(clone_pool), NB_MBUF, \
		"mbufs missing from the clone pool"); \
} while (0)

static void
fill(struct rte_mbuf *m, uint8_t first)
{
	uint8_t *p = rte_pktmbuf_mtod(m, uint8_t *);
	uint16_t i;

	for (i = 0; i < m->data_len; i++)
		p[i] = (uint8_t)(first + i);
}

static int
test_pool_and_alloc(void)
{
	struct rte_mbuf *m;

	TEST_ASSERT_EQUAL(rte_pktmbuf_data_room_size(pool),
		RTE_MBUF_DEFAULT_BUF_SIZE, "data room");
	TEST_ASSERT_EQUAL(rte_pktmbuf_priv_size(pool), 0, "priv size");
	TEST_ASSERT_EQUAL(rte_pktmbuf_priv_size(clone_pool), 16, "priv size");
	TEST_ASSERT(rte_pktmbuf_pool_create("bad", 10, 0, 3, 256,
		SOCKET_ID_ANY) == NULL && rte_errno == EINVAL,
		"unaligned priv_size");
	TEST_ASSERT(rte_pktmbuf_pool_create_by_ops("bad", 10, 0, 0, 256,
		SOCKET_ID_ANY, "no_such_ops") == NULL && rte_errno == EINVAL,
		"unknown ops");

	m = rte_pktmbuf_alloc(pool);
	TEST_ASSERT_NOT_NULL(m, "alloc");
	TEST_ASSERT_EQUAL(m->data_off, RTE_PKTMBUF_HEADROOM, "data_off");
	TEST_ASSERT_EQUAL(m->data_len, 0, "data_len");
	TEST_ASSERT_EQUAL(m->pkt_len, 0, "pkt_len");
	TEST_ASSERT_EQUAL(m->nb_segs, 1, "nb_segs");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m), 1, "refcnt");
	TEST_ASSERT_EQUAL(m->port, RTE_MBUF_PORT_INVALID, "port");
	TEST_ASSERT(m->next == NULL && m->pool == pool, "next/pool");
	TEST_ASSERT_EQUAL(m->buf_len, RTE_MBUF_DEFAULT_BUF_SIZE, "buf_len");
	TEST_ASSERT(m->buf_addr == (char *)m + sizeof(*m), "buf_addr");
	TEST_ASSERT(rte_mbuf_to_baddr(m) == m->buf_addr, "to_baddr");
	TEST_ASSERT_EQUAL(m->buf_iova, rte_mempool_virt2iova(m) + sizeof(*m),
		"buf_iova");
	TEST_ASSERT_EQUAL(rte_pktmbuf_iova(m), m->buf_iova +
		RTE_PKTMBUF_HEADROOM, "iova");
	TEST_ASSERT_EQUAL(rte_mbuf_data_iova_default(m), rte_pktmbuf_iova(m),
		"data iova default");
	TEST_ASSERT(rte_pktmbuf_mtod(m, char *) == rte_mbuf_data_addr_default(m),
		"mtod");
	TEST_ASSERT(rte_pktmbuf_mtod_offset(m, char *, 5) ==
		(char *)m->buf_addr + RTE_PKTMBUF_HEADROOM + 5, "mtod_offset");
	TEST_ASSERT_EQUAL(rte_pktmbuf_headroom(m), RTE_PKTMBUF_HEADROOM,
		"headroom");
	TEST_ASSERT_EQUAL(rte_pktmbuf_tailroom(m), RTE_MBUF_DEFAULT_DATAROOM,
		"tailroom");
	rte_mbuf_prefetch_part1(m);
	rte_mbuf_prefetch_part2(m);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pool), NB_MBUF - 1, "avail");
	rte_pktmbuf_free(m);

	m = rte_pktmbuf_alloc(clone_pool);
	TEST_ASSERT_NOT_NULL(m, "alloc with priv");
	TEST_ASSERT(m->buf_addr == (char *)m + sizeof(*m) + 16, "priv area");
	TEST_ASSERT(rte_mbuf_to_priv(m) == (char *)m + sizeof(*m), "to_priv");
	rte_pktmbuf_free(m);
	rte_pktmbuf_free(NULL);
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

static int
test_data_edges(void)
{
	struct rte_mbuf *m = rte_pktmbuf_alloc(pool);
	char *p, *d;

	TEST_ASSERT_NOT_NULL(m, "alloc");
	d = rte_pktmbuf_mtod(m, char *);
	p = rte_pktmbuf_append(m, 100);
	TEST_ASSERT(p == d, "append returns the old end");
	TEST_ASSERT(m->pkt_len == 100 && m->data_len == 100, "lengths");
	TEST_ASSERT(rte_pktmbuf_append(m, RTE_MBUF_DEFAULT_DATAROOM - 99) ==
		NULL, "append past the tailroom");
	TEST_ASSERT(m->pkt_len == 100 && m->data_len == 100,
		"failed append changed nothing");
	TEST_ASSERT(rte_pktmbuf_append(m, RTE_MBUF_DEFAULT_DATAROOM - 100) ==
		d + 100, "append to the end of the room");
	TEST_ASSERT_EQUAL(rte_pktmbuf_tailroom(m), 0, "tailroom");
	TEST_ASSERT_EQUAL(rte_pktmbuf_trim(m, RTE_MBUF_DEFAULT_DATAROOM - 100),
		0, "trim");

	TEST_ASSERT(rte_pktmbuf_prepend(m, RTE_PKTMBUF_HEADROOM + 1) == NULL,
		"prepend past the headroom");
	TEST_ASSERT(m->data_off == RTE_PKTMBUF_HEADROOM && m->pkt_len == 100,
		"failed prepend changed nothing");
	p = rte_pktmbuf_prepend(m, 14);
	TEST_ASSERT(p == d - 14, "prepend");
	TEST_ASSERT(m->pkt_len == 114 && m->data_len == 114 &&
		m->data_off == RTE_PKTMBUF_HEADROOM - 14, "after prepend");
	TEST_ASSERT(rte_pktmbuf_adj(m, 115) == NULL, "adj past the data");
	TEST_ASSERT_EQUAL(m->pkt_len, 114, "failed adj changed nothing");
	TEST_ASSERT(rte_pktmbuf_adj(m, 14) == d, "adj");
	TEST_ASSERT_EQUAL(rte_pktmbuf_trim(m, 101), -1, "trim past the data");
	TEST_ASSERT_EQUAL(m->pkt_len, 100, "failed trim changed nothing");
	TEST_ASSERT_EQUAL(rte_pktmbuf_trim(m, 40), 0, "trim");
	TEST_ASSERT(m->pkt_len == 60 && m->data_len == 60, "after trim");
	TEST_ASSERT_EQUAL(rte_pktmbuf_pkt_len(m), 60, "pkt_len macro");
	TEST_ASSERT_EQUAL(rte_pktmbuf_data_len(m), 60, "data_len macro");

	/* reset puts everything back */
	m->ol_flags = RTE_MBUF_F_TX_IPV4;
	m->port = 3;
	rte_pktmbuf_reset(m);
	TEST_ASSERT(m->pkt_len == 0 && m->data_off == RTE_PKTMBUF_HEADROOM &&
		m->ol_flags == 0 && m->port == RTE_MBUF_PORT_INVALID, "reset");
	m->data_off = 5;
	rte_pktmbuf_reset_headroom(m);
	TEST_ASSERT_EQUAL(m->data_off, RTE_PKTMBUF_HEADROOM, "reset_headroom");
	rte_pktmbuf_free(m);
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

static int
test_bulk(void)
{
	static struct rte_mbuf *ms[NB_MBUF + 1];
	unsigned int i;

	TEST_ASSERT_EQUAL(rte_pktmbuf_alloc_bulk(pool, ms, NB_MBUF + 1),
		-ENOENT, "bulk larger than the pool");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pool), NB_MBUF,
		"failed bulk took nothing");
	TEST_ASSERT_EQUAL(rte_pktmbuf_alloc_bulk(pool, ms, NB_MBUF), 0, "bulk");
	for (i = 0; i < NB_MBUF; i++)
		TEST_ASSERT(ms[i]->pkt_len == 0 && ms[i]->nb_segs == 1 &&
			ms[i]->data_off == RTE_PKTMBUF_HEADROOM, "reset %u", i);
	TEST_ASSERT(rte_pktmbuf_alloc(pool) == NULL, "alloc from empty pool");
	TEST_ASSERT(rte_mbuf_raw_alloc(pool) == NULL, "raw alloc from empty");
	/* free_bulk takes chains and NULLs too */
	TEST_ASSERT_EQUAL(rte_pktmbuf_chain(ms[0], ms[1]), 0, "chain");
	ms[1] = NULL;
	rte_pktmbuf_free_bulk(ms, NB_MBUF);
	CHECK_ALL_BACK();

	/* raw alloc/free keep the state */
	ms[0] = rte_mbuf_raw_alloc(pool);
	TEST_ASSERT_NOT_NULL(ms[0], "raw alloc");
	rte_mbuf_raw_free(ms[0]);
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

/* Build a 3-segment packet of 100 + 200 + 50 bytes, data i & 0xff. */
static struct rte_mbuf *
make_chain(struct rte_mempool *mp)
{
	static const uint16_t lens[] = { 100, 200, 50 };
	struct rte_mbuf *head = NULL, *m;
	unsigned int i;
	uint8_t off = 0;

	for (i = 0; i < RTE_DIM(lens); i++) {
		m = rte_pktmbuf_alloc(mp);
		if (m == NULL || rte_pktmbuf_append(m, lens[i]) == NULL) {
			rte_pktmbuf_free(head);
			rte_pktmbuf_free(m);
			return NULL;
		}
		fill(m, off);
		off = (uint8_t)(off + lens[i]);
		if (head == NULL)
			head = m;
		else if (rte_pktmbuf_chain(head, m) != 0)
			return NULL;
	}
	return head;
}

static int
check_data(const struct rte_mbuf *m, uint32_t len)
{
	uint8_t buf[512];
	const uint8_t *p;
	uint32_t i;

	TEST_ASSERT_EQUAL(m->pkt_len, len, "pkt_len");
	p = rte_pktmbuf_read(m, 0, len, buf);
	TEST_ASSERT_NOT_NULL(p, "read");
	for (i = 0; i < len; i++)
		TEST_ASSERT_EQUAL(p[i], (uint8_t)i, "byte %u", i);
	return TEST_SUCCESS;
}

static int
test_chain(void)
{
	struct rte_mbuf *m = make_chain(pool), *last;
	uint8_t buf[64];
	const uint8_t *p;
	uint16_t saved;

	TEST_ASSERT_NOT_NULL(m, "make chain");
	TEST_ASSERT_EQUAL(m->nb_segs, 3, "nb_segs");
	TEST_ASSERT_EQUAL(m->next->pkt_len, 200, "tail keeps its own length");
	TEST_ASSERT(!rte_pktmbuf_is_contiguous(m), "contiguous");
	TEST_RUN(check_data, m, 350);
	last = rte_pktmbuf_lastseg(m);
	TEST_ASSERT(last == m->next->next, "lastseg");
	/* inside one segment: a pointer into the mbuf */
	p = rte_pktmbuf_read(m, 10, 20, buf);
	TEST_ASSERT(p == rte_pktmbuf_mtod_offset(m, uint8_t *, 10), "direct");
	/* across segments 1-2: copied into buf */
	p = rte_pktmbuf_read(m, 90, 30, buf);
	TEST_ASSERT(p == buf && p[0] == 90 && p[29] == 119, "gathered read");
	p = rte_pktmbuf_read(m, 290, 20, buf);
	TEST_ASSERT(p != NULL && p[0] == (uint8_t)290, "read in third seg");
	TEST_ASSERT(rte_pktmbuf_read(m, 340, 11, buf) == NULL,
		"read past the end");
	/* append/trim act on the last segment */
	TEST_ASSERT(rte_pktmbuf_append(m, 6) ==
		rte_pktmbuf_mtod_offset(last, char *, 50), "append to chain");
	TEST_ASSERT(m->pkt_len == 356 && last->data_len == 56, "lengths");
	TEST_ASSERT_EQUAL(rte_pktmbuf_trim(m, 6), 0, "trim chain");
	/* too many segments */
	saved = m->nb_segs;
	m->nb_segs = RTE_MBUF_MAX_NB_SEGS;
	last = rte_pktmbuf_alloc(pool);
	TEST_ASSERT_NOT_NULL(last, "alloc");
	TEST_ASSERT_EQUAL(rte_pktmbuf_chain(m, last), -EOVERFLOW, "overflow");
	m->nb_segs = saved;
	rte_pktmbuf_free(last);
	/* linearize: data identical, other segments back in the pool */
	TEST_ASSERT_EQUAL(rte_pktmbuf_linearize(m), 0, "linearize");
	TEST_ASSERT(m->nb_segs == 1 && m->next == NULL && m->data_len == 350,
		"linear");
	TEST_RUN(check_data, m, 350);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pool), NB_MBUF - 1,
		"segments freed by linearize");
	rte_pktmbuf_free(m);
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

static int
test_clone_copy(void)
{
	struct rte_mbuf *m = make_chain(pool), *c, *c2, *cp, *seg;

	TEST_ASSERT_NOT_NULL(m, "make chain");
	c = rte_pktmbuf_clone(m, clone_pool);
	TEST_ASSERT_NOT_NULL(c, "clone");
	TEST_ASSERT(c->nb_segs == 3 && c->pkt_len == 350, "clone shape");
	for (seg = m; seg != NULL; seg = seg->next)
		TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(seg), 2, "refcnt");
	TEST_ASSERT(RTE_MBUF_CLONED(c) && !RTE_MBUF_DIRECT(c), "indirect");
	TEST_ASSERT(rte_mbuf_from_indirect(c) == m, "from_indirect");
	TEST_ASSERT(rte_pktmbuf_mtod(c, char *) == rte_pktmbuf_mtod(m, char *),
		"shared data");
	TEST_RUN(check_data, c, 350);
	/* clone of a clone references the direct mbufs */
	c2 = rte_pktmbuf_clone(c, clone_pool);
	TEST_ASSERT_NOT_NULL(c2, "clone of clone");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m), 3, "refcnt after 2 clones");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(c), 1, "clone not referenced");
	/* freeing the original only drops a reference */
	rte_pktmbuf_free(m);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pool), NB_MBUF - 3,
		"originals held by clones");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m), 2, "refcnt");
	TEST_RUN(check_data, c2, 350);
	/* deep copy from a clone, with offset and length */
	cp = rte_pktmbuf_copy(c, pool, 0, UINT32_MAX);
	TEST_ASSERT_NOT_NULL(cp, "copy");
	TEST_ASSERT(RTE_MBUF_DIRECT(cp), "copy is direct");
	TEST_RUN(check_data, cp, 350);
	rte_pktmbuf_free(cp);
	cp = rte_pktmbuf_copy(c, pool, 90, 30);
	TEST_ASSERT(cp != NULL && cp->pkt_len == 30 &&
		*rte_pktmbuf_mtod(cp, uint8_t *) == 90, "partial copy");
	rte_pktmbuf_free(cp);
	TEST_ASSERT(rte_pktmbuf_copy(c, pool, 350, 1) == NULL,
		"copy past the end");
	rte_pktmbuf_free(c);
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m), 1, "refcnt");
	rte_pktmbuf_free(c2);
	CHECK_ALL_BACK();

	/* clone fails cleanly when the clone pool is empty */
	{
		static struct rte_mbuf *all[NB_MBUF];

		m = make_chain(pool);
		TEST_ASSERT_NOT_NULL(m, "chain");
		TEST_ASSERT_EQUAL(rte_pktmbuf_alloc_bulk(clone_pool, all,
			NB_MBUF - 2), 0, "exhaust");
		TEST_ASSERT(rte_pktmbuf_clone(m, clone_pool) == NULL,
			"clone without enough mbufs");
		TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m), 1, "refs undone");
		rte_pktmbuf_free_bulk(all, NB_MBUF - 2);
		rte_pktmbuf_free(m);
	}
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

static unsigned int ext_free_calls;

static void
ext_free(void *addr, void *opaque)
{
	if (addr == opaque)
		ext_free_calls++;
	free(opaque);
}

static int
test_extbuf(void)
{
	struct rte_mbuf_ext_shared_info *shinfo;
	struct rte_mbuf *m1, *m2, *c;
	uint16_t len = 1024;
	char small[8];
	void *buf;

	len = sizeof(small);
	TEST_ASSERT(rte_pktmbuf_ext_shinfo_init_helper(small, &len, ext_free,
		small) == NULL, "buffer too small for shinfo");
	len = 1024;
	buf = malloc(len);
	TEST_ASSERT_NOT_NULL(buf, "malloc");
	shinfo = rte_pktmbuf_ext_shinfo_init_helper(buf, &len, ext_free, buf);
	TEST_ASSERT_NOT_NULL(shinfo, "shinfo");
	TEST_ASSERT((char *)shinfo == (char *)buf + len, "shinfo at the end");
	TEST_ASSERT(len <= 1024 - sizeof(*shinfo) && len >= 1000 - 8, "buf_len");
	TEST_ASSERT_EQUAL(rte_mbuf_ext_refcnt_read(shinfo), 1, "refcnt");

	m1 = rte_pktmbuf_alloc(pool);
	m2 = rte_pktmbuf_alloc(pool);
	TEST_ASSERT(m1 != NULL && m2 != NULL, "alloc");
	rte_pktmbuf_attach_extbuf(m1, buf, 0x5000, len, shinfo);
	rte_mbuf_ext_refcnt_update(shinfo, 1);
	rte_pktmbuf_attach_extbuf(m2, buf, 0x5000, len, shinfo);
	TEST_ASSERT(RTE_MBUF_HAS_EXTBUF(m1) && m1->buf_addr == buf &&
		m1->buf_len == len && m1->data_off == 0, "attached");
	TEST_ASSERT(rte_pktmbuf_append(m1, 64) == buf, "append to extbuf");
	/* a clone of an extbuf mbuf references the buffer, not m1 */
	c = rte_pktmbuf_clone(m1, clone_pool);
	TEST_ASSERT_NOT_NULL(c, "clone extbuf");
	TEST_ASSERT_EQUAL(rte_mbuf_ext_refcnt_read(shinfo), 3, "ext refcnt");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m1), 1, "m1 refcnt");
	rte_pktmbuf_free(m1);
	rte_pktmbuf_free(c);
	TEST_ASSERT_EQUAL(ext_free_calls, 0, "freed while referenced");
	TEST_ASSERT_EQUAL(rte_mbuf_ext_refcnt_read(shinfo), 1, "ext refcnt");
	/* detach gives m2 its own buffer back */
	rte_pktmbuf_detach_extbuf(m2);
	TEST_ASSERT_EQUAL(ext_free_calls, 1, "free callback after last ref");
	TEST_ASSERT(m2->buf_addr == (char *)m2 + sizeof(*m2) &&
		RTE_MBUF_DIRECT(m2) && m2->buf_len == RTE_MBUF_DEFAULT_BUF_SIZE,
		"own buffer restored");
	rte_pktmbuf_free(m2);
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

static int
test_refcnt(void)
{
	struct rte_mbuf *m = make_chain(pool), *seg, *last;

	TEST_ASSERT_NOT_NULL(m, "chain");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_update(m, 1), 2, "update");
	rte_mbuf_refcnt_set(m, 1);
	rte_pktmbuf_refcnt_update(m, 2);
	for (seg = m; seg != NULL; seg = seg->next)
		TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(seg), 3, "chain refcnt");
	rte_pktmbuf_free(m);
	rte_pktmbuf_free(m);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pool), NB_MBUF - 3, "held");
	/* prefree_seg returns the segment only on the last reference */
	seg = m->next;
	last = seg->next;
	m->next = NULL;
	m->nb_segs = 1;
	m->pkt_len = m->data_len;
	rte_mbuf_refcnt_update(seg, 1);
	TEST_ASSERT(rte_pktmbuf_prefree_seg(seg) == NULL, "still referenced");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(seg), 1, "refcnt");
	TEST_ASSERT(rte_pktmbuf_prefree_seg(seg) == seg, "last reference");
	TEST_ASSERT(seg->next == NULL && seg->nb_segs == 1, "unlinked");
	rte_mbuf_raw_free(seg);
	rte_pktmbuf_free_seg(last);
	rte_pktmbuf_free(m);
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

static int
test_dyn(void)
{
	struct rte_mbuf_dynfield f8 = { .name = "test_dyn_u64", .size = 8,
		.align = 8 };
	struct rte_mbuf_dynfield f8b = { .name = "test_dyn_u64", .size = 4,
		.align = 4 };
	struct rte_mbuf_dynfield bad = { .name = "test_bad", .size = 4,
		.align = 3 };
	struct rte_mbuf_dynfield small = { .name = "", .size = 4, .align = 4 };
	struct rte_mbuf_dynflag fl = { .name = "test_dyn_flag" };
	struct rte_mbuf_dynfield got;
	size_t lo = offsetof(struct rte_mbuf, dynfield1);
	size_t hi = lo + sizeof(((struct rte_mbuf *)0)->dynfield1);
	int off, off2, bit, ts_off, i, n;
	uint64_t ts_flag;
	uint32_t word;
	struct rte_mbuf *m;
	char *text = NULL;
	size_t len = 0;
	FILE *f;

	off = rte_mbuf_dynfield_register(&f8);
	TEST_ASSERT(off >= (int)lo && off + 8 <= (int)hi && off % 8 == 0,
		"field in the dynamic area (offset %d)", off);
	TEST_ASSERT_EQUAL(rte_mbuf_dynfield_register(&f8), off, "idempotent");
	TEST_ASSERT(rte_mbuf_dynfield_register(&f8b) == -1 &&
		rte_errno == EEXIST, "same name, other size");
	TEST_ASSERT(rte_mbuf_dynfield_register(&bad) == -1 &&
		rte_errno == EINVAL, "align 3");
	TEST_ASSERT_EQUAL(rte_mbuf_dynfield_lookup("test_dyn_u64", &got), off,
		"lookup");
	TEST_ASSERT_EQUAL(got.size, 8, "lookup params");
	TEST_ASSERT(rte_mbuf_dynfield_lookup("nothere", NULL) == -1 &&
		rte_errno == ENOENT, "lookup unknown");
	snprintf(small.name, sizeof(small.name), "test_at");
	TEST_ASSERT(rte_mbuf_dynfield_register_offset(&small, (size_t)off) ==
		-1 && rte_errno == EBUSY, "offset taken");

	m = rte_pktmbuf_alloc(pool);
	TEST_ASSERT_NOT_NULL(m, "alloc");
	*RTE_MBUF_DYNFIELD(m, off, uint64_t *) = 0x1122334455667788ULL;
	memcpy(&word, (char *)m->dynfield1 + (off - lo) + 4, sizeof(word));
	TEST_ASSERT_EQUAL(word, 0x11223344, "written in dynfield1");

	bit = rte_mbuf_dynflag_register(&fl);
	TEST_ASSERT(bit >= 23 && bit <= 40, "flag bit %d in the free range", bit);
	TEST_ASSERT_EQUAL(rte_mbuf_dynflag_register(&fl), bit, "idempotent");
	TEST_ASSERT_EQUAL(rte_mbuf_dynflag_lookup("test_dyn_flag", NULL), bit,
		"flag lookup");
	snprintf(fl.name, sizeof(fl.name), "test_flag2");
	TEST_ASSERT(rte_mbuf_dynflag_register_bitnum(&fl, (unsigned int)bit) ==
		-1 && rte_errno == EBUSY, "bit taken");
	TEST_ASSERT_EQUAL(rte_mbuf_dynflag_register_bitnum(&fl, 40), 40,
		"explicit bit");
	TEST_ASSERT(rte_mbuf_dynflag_register_bitnum(&fl, 64) == -1 &&
		rte_errno == EINVAL, "bit 64");

	TEST_ASSERT_EQUAL(rte_mbuf_dyn_rx_timestamp_register(&ts_off,
		&ts_flag), 0, "timestamp");
	TEST_ASSERT_EQUAL(rte_mbuf_dynfield_lookup(
		RTE_MBUF_DYNFIELD_TIMESTAMP_NAME, NULL), ts_off, "ts field");
	TEST_ASSERT(ts_off != off && ts_flag != 0 &&
		(ts_flag & (1ULL << bit)) == 0, "distinct from ours");
	*RTE_MBUF_DYNFIELD(m, ts_off, rte_mbuf_timestamp_t *) = 42;
	TEST_ASSERT_EQUAL(*RTE_MBUF_DYNFIELD(m, off, uint64_t *),
		0x1122334455667788ULL, "fields do not overlap");
	rte_pktmbuf_free(m);

	/* fill the rest with 4-byte fields: space runs out with ENOENT */
	for (i = 0, n = 0; i < 20; i++) {
		snprintf(small.name, sizeof(small.name), "test_fill_%d", i);
		off2 = rte_mbuf_dynfield_register(&small);
		if (off2 < 0)
			break;
		n++;
	}
	TEST_ASSERT(off2 == -1 && rte_errno == ENOENT, "space exhausted");
	TEST_ASSERT_EQUAL(n, (int)(hi - lo - 16) / 4, "fields that fit");

	f = open_memstream(&text, &len);
	TEST_ASSERT_NOT_NULL(f, "memstream");
	rte_mbuf_dyn_dump(f);
	fclose(f);
	TEST_ASSERT(strstr(text, "test_dyn_u64") != NULL, "dump");
	TEST_ASSERT(strstr(text, "Free space in mbuf: 0 bytes") != NULL,
		"dump free space");
	free(text);
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

/* Expected strings are what DPDK 22.11's librte_mbuf prints. */
static int
test_names(void)
{
	char buf[1024];

	TEST_ASSERT_EQUAL(rte_get_rx_ol_flag_list(0, buf, sizeof(buf)), 0, "list");
	TEST_ASSERT(strcmp(buf, "RTE_MBUF_F_RX_L4_CKSUM_UNKNOWN "
		"RTE_MBUF_F_RX_IP_CKSUM_UNKNOWN "
		"RTE_MBUF_F_RX_OUTER_L4_CKSUM_UNKNOWN ") == 0, "rx list: %s", buf);
	TEST_ASSERT_EQUAL(rte_get_rx_ol_flag_list(RTE_MBUF_F_RX_VLAN |
		RTE_MBUF_F_RX_IP_CKSUM_GOOD | RTE_MBUF_F_RX_L4_CKSUM_BAD, buf,
		sizeof(buf)), 0, "list");
	TEST_ASSERT(strcmp(buf, "RTE_MBUF_F_RX_VLAN "
		"RTE_MBUF_F_RX_L4_CKSUM_BAD RTE_MBUF_F_RX_IP_CKSUM_GOOD "
		"RTE_MBUF_F_RX_OUTER_L4_CKSUM_UNKNOWN ") == 0, "rx list: %s", buf);
	TEST_ASSERT_EQUAL(rte_get_tx_ol_flag_list(RTE_MBUF_F_TX_IPV4 |
		RTE_MBUF_F_TX_IP_CKSUM | RTE_MBUF_F_TX_UDP_CKSUM |
		RTE_MBUF_F_TX_TUNNEL_VXLAN, buf, sizeof(buf)), 0, "list");
	TEST_ASSERT(strcmp(buf, "RTE_MBUF_F_TX_IP_CKSUM "
		"RTE_MBUF_F_TX_UDP_CKSUM RTE_MBUF_F_TX_IPV4 "
		"RTE_MBUF_F_TX_TUNNEL_VXLAN ") == 0, "tx list: %s", buf);
	TEST_ASSERT_EQUAL(rte_get_rx_ol_flag_list(0, buf, 10), -1,
		"short buffer");
	TEST_ASSERT(strcmp(rte_get_rx_ol_flag_name(RTE_MBUF_F_RX_IP_CKSUM_NONE),
		"RTE_MBUF_F_RX_IP_CKSUM_NONE") == 0, "rx name");
	TEST_ASSERT(strcmp(rte_get_tx_ol_flag_name(RTE_MBUF_F_TX_UDP_CKSUM),
		"RTE_MBUF_F_TX_UDP_CKSUM") == 0, "tx name");
	TEST_ASSERT(rte_get_rx_ol_flag_name(0) == NULL, "no name for 0");

	TEST_ASSERT_EQUAL(rte_get_ptype_name(RTE_PTYPE_L2_ETHER |
		RTE_PTYPE_L3_IPV4 | RTE_PTYPE_L4_UDP, buf, sizeof(buf)), 0, "list");
	TEST_ASSERT(strcmp(buf, "L2_ETHER L3_IPV4 L4_UDP ") == 0, "ptype: %s",
		buf);
	TEST_ASSERT_EQUAL(rte_get_ptype_name(0, buf, sizeof(buf)), 0, "list");
	TEST_ASSERT(strcmp(buf, "UNKNOWN") == 0, "ptype 0: %s", buf);
	TEST_ASSERT_EQUAL(rte_get_ptype_name(RTE_PTYPE_TUNNEL_VXLAN |
		RTE_PTYPE_INNER_L2_ETHER | RTE_PTYPE_INNER_L3_IPV6 |
		RTE_PTYPE_INNER_L4_TCP, buf, sizeof(buf)), 0, "list");
	TEST_ASSERT(strcmp(buf, "TUNNEL_VXLAN INNER_L2_ETHER INNER_L3_IPV6 "
		"INNER_L4_TCP ") == 0, "tunnel ptype: %s", buf);
	TEST_ASSERT(strcmp(rte_get_ptype_l3_name(0x20), "L3_UNKNOWN") == 0,
		"undefined L3 value");
	TEST_ASSERT(strcmp(rte_get_ptype_l2_name(RTE_PTYPE_L2_ETHER_ARP),
		"L2_ETHER_ARP") == 0, "l2 name");
	TEST_ASSERT(RTE_ETH_IS_IPV4_HDR(RTE_PTYPE_L3_IPV4_EXT_UNKNOWN) &&
		RTE_ETH_IS_IPV6_HDR(RTE_PTYPE_L3_IPV6_EXT) &&
		!RTE_ETH_IS_TUNNEL_PKT(RTE_PTYPE_L4_TCP), "ptype macros");
	return TEST_SUCCESS;
}

static int
test_offload_and_checks(void)
{
	struct rte_mbuf *m = rte_pktmbuf_alloc(pool);
	const char *reason = NULL;
	char *text = NULL;
	size_t len = 0;
	FILE *f;

	TEST_ASSERT_NOT_NULL(m, "alloc");
	m->tx_offload = rte_mbuf_tx_offload(14, 20, 20, 1460, 0, 0, 0);
	TEST_ASSERT(m->l2_len == 14 && m->l3_len == 20 && m->l4_len == 20 &&
		m->tso_segsz == 1460, "tx_offload packing");
	m->ol_flags = RTE_MBUF_F_TX_IP_CKSUM;
	TEST_ASSERT_EQUAL(rte_validate_tx_offload(m), -EINVAL,
		"IP checksum without IPv4");
	m->ol_flags = RTE_MBUF_F_TX_IPV4 | RTE_MBUF_F_TX_IP_CKSUM |
		RTE_MBUF_F_TX_TCP_SEG;
	TEST_ASSERT_EQUAL(rte_validate_tx_offload(m), 0, "valid TSO");
	m->tso_segsz = 0;
	TEST_ASSERT_EQUAL(rte_validate_tx_offload(m), -EINVAL, "TSO segsz 0");
	m->ol_flags = RTE_MBUF_F_TX_UDP_CKSUM;
	TEST_ASSERT_EQUAL(rte_validate_tx_offload(m), -EINVAL, "no L3 type");
	m->ol_flags = 0;

	rte_mbuf_sched_set(m, 7, 2, 1);
	TEST_ASSERT(rte_mbuf_sched_queue_get(m) == 7 &&
		rte_mbuf_sched_traffic_class_get(m) == 2 &&
		rte_mbuf_sched_color_get(m) == 1, "sched");

	TEST_ASSERT_EQUAL(rte_mbuf_check(m, 1, &reason), 0, "valid mbuf");
	m->pkt_len = 5;
	TEST_ASSERT_EQUAL(rte_mbuf_check(m, 1, &reason), -1, "bad pkt_len");
	TEST_ASSERT(strcmp(reason, "bad pkt_len") == 0, "reason: %s", reason);
	m->pkt_len = 0;
	m->nb_segs = 2;
	TEST_ASSERT_EQUAL(rte_mbuf_check(m, 1, &reason), -1, "bad nb_segs");
	m->nb_segs = 1;
	rte_mbuf_sanity_check(m, 1);

	TEST_ASSERT_NOT_NULL(rte_pktmbuf_append(m, 40), "append");
	f = open_memstream(&text, &len);
	TEST_ASSERT_NOT_NULL(f, "memstream");
	rte_pktmbuf_dump(f, m, 16);
	fclose(f);
	TEST_ASSERT(strstr(text, "pkt_len=40") != NULL, "dump: %s", text);
	TEST_ASSERT(strstr(text, "nb_segs=1") != NULL, "dump segs");
	free(text);
	rte_pktmbuf_free(m);
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

static int
test_mbuf(void)
{
	int ret = TEST_FAILED;

	TEST_ASSERT_EQUAL(sizeof(struct rte_mbuf), 128, "mbuf size");
	pool = rte_pktmbuf_pool_create("test_mbuf", NB_MBUF, 32, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	TEST_ASSERT_NOT_NULL(pool, "pool: %s", rte_strerror(rte_errno));
	clone_pool = rte_pktmbuf_pool_create_by_ops("test_clone", NB_MBUF, 0,
		16, 256, SOCKET_ID_ANY, "ring_mp_mc");
	TEST_ASSERT_NOT_NULL(clone_pool, "clone pool");
	if (test_pool_and_alloc() == 0 && test_data_edges() == 0 &&
	    test_bulk() == 0 && test_chain() == 0 &&
	    test_clone_copy() == 0 && test_extbuf() == 0 &&
	    test_refcnt() == 0 && test_dyn() == 0 && test_names() == 0 &&
	    test_offload_and_checks() == 0)
		ret = TEST_SUCCESS;
	rte_mempool_free(pool);
	rte_mempool_free(clone_pool);
	return ret;
}

REGISTER_TEST_COMMAND(mbuf_autotest, test_mbuf);
