/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * mbuf_extbuf_autotest: mbuf pools with pinned external buffers
 * (rte_pktmbuf_pool_create_extbuf). Bad arguments fail with the right
 * rte_errno and leave no pool behind; every mbuf gets its own slice of
 * the application's regions, in order, at the right virtual and IO
 * addresses; the whole pool can be allocated; data written through the
 * mbuf lands in the region; free, reset and detach leave the slice
 * pinned; clones (and clones of clones, chains) reference the slice and
 * the pinned mbuf returns to its pool only after the last of them; deep
 * copies, linearize, sanity checks; user external buffers attached with
 * rte_pktmbuf_attach_extbuf at their edges. Every mbuf is back in its
 * pool at the end of each part.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <inttypes.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_mbuf.h>

#include "test.h"

#define NB_PINNED 9
#define NB_STD 32
#define PRIV 16
#define ROOM RTE_MBUF_DEFAULT_BUF_SIZE
#define NB_REG 2

/*
 * Region 0: five 2304-byte slices and a 1000-byte tail too short for a
 * sixth; region 1: five ROOM-byte slices, of which the pool uses four.
 */
static const size_t reg_len[NB_REG] = { 5 * 2304 + 1000, 5 * ROOM };
static const uint16_t reg_elt[NB_REG] = { 2304, ROOM };
static const rte_iova_t reg_iova[NB_REG] = { 0x10000000, 0x20000000 };

/* slice i of the pool (object iteration order): region and offset */
static const struct { int reg; size_t off; } slot[NB_PINNED] = {
	{ 0, 0 }, { 0, 2304 }, { 0, 2 * 2304 }, { 0, 3 * 2304 }, { 0, 4 * 2304 },
	{ 1, 0 }, { 1, ROOM }, { 1, 2 * ROOM }, { 1, 3 * ROOM },
};

static struct rte_pktmbuf_extmem ext[NB_REG];
static struct rte_mempool *pinned, *std_pool;

#define CHECK_ALL_BACK() do { \
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pinned), NB_PINNED, \
		"pinned mbufs missing from their pool"); \
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(std_pool), NB_STD, \
		"mbufs missing from the ordinary pool"); \
} while (0)

/* Index of the slice holding buf_addr, -1 if it is not a slice start. */
static int
slice_of(const struct rte_mbuf *m)
{
	int i;

	for (i = 0; i < NB_PINNED; i++)
		if (m->buf_addr == RTE_PTR_ADD(ext[slot[i].reg].buf_ptr,
				slot[i].off))
			return i;
	return -1;
}

static int
create_fails(const char *what, unsigned int n, uint16_t priv,
	uint16_t room, const struct rte_pktmbuf_extmem *e, unsigned int num,
	int err)
{
	struct rte_mempool *mp;

	rte_errno = 0;
	mp = rte_pktmbuf_pool_create_extbuf("extbuf_bad", n, 0, priv, room,
		SOCKET_ID_ANY, e, num);
	TEST_ASSERT_NULL(mp, "%s: created", what);
	TEST_ASSERT_EQUAL(rte_errno, err, "%s: rte_errno", what);
	TEST_ASSERT_NULL(rte_mempool_lookup("extbuf_bad"), "%s: pool left",
		what);
	return TEST_SUCCESS;
}

static int
test_bad_args(void)
{
	struct rte_pktmbuf_extmem e = ext[0];

	TEST_RUN(create_fails, "priv_size 3", 4, 3, ROOM, &e, 1, EINVAL);
	TEST_RUN(create_fails, "NULL ext_mem", 4, 0, ROOM, NULL, 1, EINVAL);
	/* DPDK 22.11 counts the slices first: none is "not enough" */
	TEST_RUN(create_fails, "ext_num 0", 4, 0, ROOM, &e, 0, ENOMEM);
	e.elt_size = 0;
	TEST_RUN(create_fails, "elt_size 0", 4, 0, ROOM, &e, 1, EINVAL);
	e = ext[0];
	e.buf_ptr = NULL;
	TEST_RUN(create_fails, "buf_ptr NULL", 4, 0, ROOM, &e, 1, EINVAL);
	e = ext[0];
	e.buf_len = 0;
	TEST_RUN(create_fails, "buf_len 0", 4, 0, ROOM, &e, 1, EINVAL);
	e = ext[0];
	e.elt_size = ROOM - 1;
	TEST_RUN(create_fails, "elt_size < data room", 4, 0, ROOM, &e, 1,
		EINVAL);
	/* a bad second region is found too */
	{
		struct rte_pktmbuf_extmem two[2] = { ext[0], ext[1] };

		two[1].elt_size = 100;
		TEST_RUN(create_fails, "region 1 elt_size", 4, 0, ROOM, two, 2,
			EINVAL);
	}
	TEST_RUN(create_fails, "one buffer short", NB_PINNED + 2, 0, ROOM,
		ext, NB_REG, ENOMEM);
	e = ext[0];
	e.buf_len = e.elt_size - 1;
	TEST_RUN(create_fails, "region shorter than elt_size", 1, 0, ROOM,
		&e, 1, ENOMEM);
	return TEST_SUCCESS;
}

/* obj_iter callback: object i must hold slice i, set up as pinned. */
static void
check_obj(struct rte_mempool *mp, void *arg, void *obj, unsigned int i)
{
	struct rte_mbuf *m = obj;
	unsigned int *bad = arg;
	char *shinfo = (char *)m + sizeof(*m) + PRIV;

	if (i >= NB_PINNED || slice_of(m) != (int)i ||
	    m->buf_iova != reg_iova[slot[i].reg] + slot[i].off ||
	    m->buf_len != ROOM || m->data_off != RTE_PKTMBUF_HEADROOM ||
	    m->ol_flags != RTE_MBUF_F_EXTERNAL || m->pool != mp ||
	    m->priv_size != PRIV || (char *)m->shinfo != shinfo ||
	    m->shinfo->fcb_opaque != m || m->shinfo->free_cb == NULL ||
	    rte_mbuf_ext_refcnt_read(m->shinfo) != 1 ||
	    rte_mbuf_refcnt_read(m) != 1 || m->next != NULL ||
	    m->nb_segs != 1 || !RTE_MBUF_HAS_PINNED_EXTBUF(m)) {
		printf("pinned mbuf %u (%p) set up wrong\n", i, obj);
		(*bad)++;
	}
}

static int
test_layout(void)
{
	unsigned int bad = 0;

	TEST_ASSERT_EQUAL(rte_pktmbuf_priv_flags(pinned),
		RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF, "pool flags");
	TEST_ASSERT_EQUAL(rte_pktmbuf_priv_flags(std_pool), 0, "std flags");
	TEST_ASSERT_EQUAL(rte_pktmbuf_data_room_size(pinned), ROOM, "room");
	TEST_ASSERT_EQUAL(rte_pktmbuf_priv_size(pinned), PRIV, "priv size");
	/* the element holds no buffer: mbuf, private area, shared info */
	TEST_ASSERT_EQUAL(pinned->elt_size, sizeof(struct rte_mbuf) + PRIV +
		sizeof(struct rte_mbuf_ext_shared_info), "elt_size");
	TEST_ASSERT_EQUAL(pinned->size, NB_PINNED, "size");
	TEST_ASSERT(rte_mempool_lookup("extbuf_pinned") == pinned, "lookup");
	TEST_ASSERT_EQUAL(rte_mempool_obj_iter(pinned, check_obj, &bad),
		NB_PINNED, "objects");
	TEST_ASSERT_EQUAL(bad, 0, "badly set up mbufs");
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

static int
test_alloc_all(void)
{
	struct rte_mbuf *ms[NB_PINNED], *m;
	int used[NB_PINNED] = { 0 };
	const char *reason = NULL;
	unsigned int i, j;
	int s;

	TEST_ASSERT_EQUAL(rte_pktmbuf_alloc_bulk(pinned, ms, NB_PINNED), 0,
		"alloc the whole pool");
	TEST_ASSERT_NULL(rte_pktmbuf_alloc(pinned), "pool should be empty");
	TEST_ASSERT(rte_mempool_empty(pinned), "empty");
	for (i = 0; i < NB_PINNED; i++) {
		uint8_t *d, *in_region;

		m = ms[i];
		s = slice_of(m);
		TEST_ASSERT(s >= 0 && !used[s], "mbuf %u: slice %d", i, s);
		used[s] = 1;
		TEST_ASSERT_EQUAL(rte_mbuf_check(m, 1, &reason), 0,
			"sanity: %s", reason);
		d = (uint8_t *)rte_pktmbuf_append(m, 1000);
		TEST_ASSERT_NOT_NULL(d, "append");
		memset(d, 0x40 + i, 1000);
		/* the bytes are in the region, after the headroom */
		in_region = RTE_PTR_ADD(ext[slot[s].reg].buf_ptr,
			slot[s].off + RTE_PKTMBUF_HEADROOM);
		TEST_ASSERT(d == in_region, "data address");
		for (j = 0; j < 1000; j++)
			TEST_ASSERT_EQUAL(in_region[j], 0x40 + i, "byte %u", j);
		TEST_ASSERT_EQUAL(rte_pktmbuf_iova(m), reg_iova[slot[s].reg] +
			slot[s].off + RTE_PKTMBUF_HEADROOM, "data iova");
		TEST_ASSERT_EQUAL(rte_pktmbuf_tailroom(m), ROOM -
			RTE_PKTMBUF_HEADROOM - 1000, "tailroom");
		m->ol_flags |= RTE_MBUF_F_RX_VLAN | RTE_MBUF_F_RX_RSS_HASH;
		m->port = 3;
	}
	/* the tail of region 0 and the last slice of region 1 stay unused */
	TEST_ASSERT_EQUAL(((uint8_t *)ext[1].buf_ptr)[4 * ROOM +
		RTE_PKTMBUF_HEADROOM], 0, "unused slice written");

	/* detach and reset keep the slice */
	m = ms[0];
	s = slice_of(m);
	rte_pktmbuf_detach(m);
	TEST_ASSERT(slice_of(m) == s && m->data_len == 1000 &&
		m->ol_flags == (RTE_MBUF_F_EXTERNAL | RTE_MBUF_F_RX_VLAN |
			RTE_MBUF_F_RX_RSS_HASH), "detach changed a pinned mbuf");
	rte_pktmbuf_reset(m);
	TEST_ASSERT(slice_of(m) == s && m->data_len == 0 &&
		m->data_off == RTE_PKTMBUF_HEADROOM &&
		m->ol_flags == RTE_MBUF_F_EXTERNAL, "reset");
	rte_pktmbuf_detach_extbuf(m);
	TEST_ASSERT(slice_of(m) == s && RTE_MBUF_HAS_EXTBUF(m), "detach_extbuf");

	/* free (one at a time and in bulk) and allocate again: still pinned */
	for (i = 0; i < 4; i++)
		rte_pktmbuf_free(ms[i]);
	rte_pktmbuf_free_bulk(ms + 4, NB_PINNED - 4);
	TEST_ASSERT(rte_mempool_full(pinned), "full after free");
	memset(used, 0, sizeof(used));
	TEST_ASSERT_EQUAL(rte_pktmbuf_alloc_bulk(pinned, ms, NB_PINNED), 0,
		"realloc");
	for (i = 0; i < NB_PINNED; i++) {
		m = ms[i];
		s = slice_of(m);
		TEST_ASSERT(s >= 0 && !used[s], "realloc %u: slice %d", i, s);
		used[s] = 1;
		TEST_ASSERT(m->ol_flags == RTE_MBUF_F_EXTERNAL &&
			m->data_off == RTE_PKTMBUF_HEADROOM && m->data_len == 0 &&
			m->pkt_len == 0 && m->port == RTE_MBUF_PORT_INVALID &&
			m->shinfo == (void *)((char *)m + sizeof(*m) + PRIV) &&
			rte_mbuf_ext_refcnt_read(m->shinfo) == 1,
			"realloc %u state", i);
		/* the data of the last use is still in the slice */
		TEST_ASSERT(*rte_pktmbuf_mtod(m, uint8_t *) >= 0x40 &&
			*rte_pktmbuf_mtod(m, uint8_t *) < 0x40 + NB_PINNED,
			"slice contents");
	}
	for (i = 0; i < NB_PINNED; i++)
		rte_pktmbuf_free_seg(ms[i]);
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

/* A pinned mbuf with len bytes of value v. */
static struct rte_mbuf *
pinned_with_data(uint16_t len, uint8_t v)
{
	struct rte_mbuf *m = rte_pktmbuf_alloc(pinned);
	char *d;

	if (m == NULL)
		return NULL;
	d = rte_pktmbuf_append(m, len);
	if (d == NULL) {
		rte_pktmbuf_free(m);
		return NULL;
	}
	memset(d, v, len);
	return m;
}

static int
test_clone(void)
{
	struct rte_mbuf *m, *c, *c2;
	struct rte_mbuf_ext_shared_info *sh;

	m = pinned_with_data(200, 0x5a);
	TEST_ASSERT_NOT_NULL(m, "alloc");
	sh = m->shinfo;
	c = rte_pktmbuf_clone(m, std_pool);
	TEST_ASSERT_NOT_NULL(c, "clone");
	TEST_ASSERT(c->buf_addr == m->buf_addr && c->shinfo == sh &&
		c->buf_iova == m->buf_iova && c->data_len == 200 &&
		c->pkt_len == 200, "clone points at the slice");
	TEST_ASSERT(RTE_MBUF_HAS_EXTBUF(c) && !RTE_MBUF_CLONED(c) &&
		!RTE_MBUF_HAS_PINNED_EXTBUF(c), "clone flags");
	TEST_ASSERT_EQUAL(rte_mbuf_ext_refcnt_read(sh), 2, "ext refcnt");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m), 1, "pinned refcnt");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(c), 1, "clone refcnt");
	TEST_ASSERT_EQUAL(*rte_pktmbuf_mtod_offset(c, uint8_t *, 199), 0x5a,
		"clone data");
	c2 = rte_pktmbuf_clone(c, std_pool);
	TEST_ASSERT_NOT_NULL(c2, "clone of clone");
	TEST_ASSERT(c2->shinfo == sh && c2->buf_addr == m->buf_addr,
		"clone of clone points at the slice");
	TEST_ASSERT_EQUAL(rte_mbuf_ext_refcnt_read(sh), 3, "ext refcnt");

	/* the pinned mbuf goes first: it waits for the clones */
	rte_pktmbuf_free(m);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pinned), NB_PINNED - 1,
		"pinned mbuf back while its slice is in use");
	TEST_ASSERT_EQUAL(rte_mbuf_ext_refcnt_read(sh), 2, "ext refcnt");
	TEST_ASSERT_EQUAL(*rte_pktmbuf_mtod(c2, uint8_t *), 0x5a,
		"data kept for the clones");
	rte_pktmbuf_free(c);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pinned), NB_PINNED - 1,
		"back too early");
	TEST_ASSERT_EQUAL(rte_mbuf_ext_refcnt_read(sh), 1, "ext refcnt");
	/* detaching the last clone puts the pinned mbuf back */
	rte_pktmbuf_detach(c2);
	TEST_ASSERT(RTE_MBUF_DIRECT(c2) &&
		c2->buf_addr == (char *)c2 + sizeof(*c2), "clone detached");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pinned), NB_PINNED,
		"pinned mbuf not back after its last clone");
	TEST_ASSERT(rte_mbuf_ext_refcnt_read(sh) == 1 &&
		rte_mbuf_refcnt_read(m) == 1 &&
		m->ol_flags == RTE_MBUF_F_EXTERNAL && m->next == NULL &&
		m->nb_segs == 1, "pinned mbuf state in the pool");
	rte_pktmbuf_reset(c2);   /* detach leaves pkt_len */
	rte_pktmbuf_free(c2);
	CHECK_ALL_BACK();

	/* clones go first: the pinned mbuf goes back on its own free */
	m = pinned_with_data(10, 1);
	c = rte_pktmbuf_clone(m, std_pool);
	TEST_ASSERT_NOT_NULL(c, "clone");
	rte_pktmbuf_free(c);
	TEST_ASSERT_EQUAL(rte_mbuf_ext_refcnt_read(m->shinfo), 1, "refcnt");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pinned), NB_PINNED - 1, "m");
	rte_pktmbuf_free(m);
	CHECK_ALL_BACK();

	/* rte_pktmbuf_attach directly, detach by the clone */
	m = pinned_with_data(64, 2);
	c = rte_pktmbuf_alloc(std_pool);
	TEST_ASSERT(m != NULL && c != NULL, "alloc");
	rte_pktmbuf_attach(c, m);
	TEST_ASSERT(c->shinfo == m->shinfo && c->data_len == 64 &&
		rte_mbuf_ext_refcnt_read(m->shinfo) == 2, "attach");
	rte_pktmbuf_detach(c);
	TEST_ASSERT_EQUAL(rte_mbuf_ext_refcnt_read(m->shinfo), 1, "detach");
	rte_pktmbuf_reset(c);
	rte_pktmbuf_free(c);
	rte_pktmbuf_free(m);
	CHECK_ALL_BACK();

	/* an extra reference on the pinned mbuf itself */
	m = pinned_with_data(64, 3);
	rte_mbuf_refcnt_update(m, 1);
	rte_pktmbuf_free(m);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pinned), NB_PINNED - 1,
		"freed with a reference left");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m), 1, "refcnt");
	rte_pktmbuf_free(m);
	CHECK_ALL_BACK();

	/* clones cannot come from a pinned pool: refused, nothing taken */
	m = pinned_with_data(64, 4);
	rte_errno = 0;
	TEST_ASSERT_NULL(rte_pktmbuf_clone(m, pinned), "clone into pinned");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pinned), NB_PINNED - 1,
		"clone into pinned took an mbuf");
	TEST_ASSERT_EQUAL(rte_mbuf_ext_refcnt_read(m->shinfo), 1, "refcnt");
	rte_pktmbuf_free(m);
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

static int
test_chain_copy_linearize(void)
{
	struct rte_mbuf *a, *b, *c, *mc;
	const char *reason = NULL;
	unsigned int i;

	a = pinned_with_data(100, 1);
	b = pinned_with_data(50, 2);
	TEST_ASSERT(a != NULL && b != NULL, "alloc");
	TEST_ASSERT_EQUAL(rte_pktmbuf_chain(a, b), 0, "chain");
	TEST_ASSERT_EQUAL(rte_mbuf_check(a, 1, &reason), 0, "check: %s",
		reason);
	c = rte_pktmbuf_clone(a, std_pool);
	TEST_ASSERT_NOT_NULL(c, "clone chain");
	TEST_ASSERT(c->nb_segs == 2 && c->pkt_len == 150 &&
		c->next->shinfo == b->shinfo &&
		rte_mbuf_ext_refcnt_read(a->shinfo) == 2 &&
		rte_mbuf_ext_refcnt_read(b->shinfo) == 2, "clone of a chain");
	TEST_ASSERT_EQUAL(rte_mbuf_check(c, 1, &reason), 0, "check: %s",
		reason);
	/* a shared first segment is not rewritten */
	TEST_ASSERT_EQUAL(rte_pktmbuf_linearize(a), -1, "linearize shared");
	/* freeing the original chain parks both pinned mbufs */
	rte_pktmbuf_free(a);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pinned), NB_PINNED - 2,
		"parked");
	rte_pktmbuf_free(c);
	CHECK_ALL_BACK();

	/* deep copies: into the pinned pool a pinned mbuf, else direct */
	a = pinned_with_data(100, 1);
	b = pinned_with_data(50, 2);
	TEST_ASSERT_EQUAL(rte_pktmbuf_chain(a, b), 0, "chain");
	a->ol_flags |= RTE_MBUF_F_RX_VLAN;
	mc = rte_pktmbuf_copy(a, pinned, 0, UINT32_MAX);
	TEST_ASSERT_NOT_NULL(mc, "copy into pinned");
	TEST_ASSERT(mc->ol_flags == (RTE_MBUF_F_EXTERNAL | RTE_MBUF_F_RX_VLAN) &&
		slice_of(mc) >= 0 && mc->pkt_len == 150 && mc->nb_segs == 1,
		"copy into pinned: flags %#" PRIx64, mc->ol_flags);
	for (i = 0; i < 150; i++)
		TEST_ASSERT_EQUAL(rte_pktmbuf_mtod(mc, uint8_t *)[i],
			i < 100 ? 1 : 2, "copied byte %u", i);
	rte_pktmbuf_free(mc);
	mc = rte_pktmbuf_copy(a, std_pool, 10, 100);
	TEST_ASSERT(mc != NULL && RTE_MBUF_DIRECT(mc) && mc->pkt_len == 100 &&
		mc->ol_flags == RTE_MBUF_F_RX_VLAN, "copy into std");
	rte_pktmbuf_free(mc);
	/* linearize a pinned chain: the second segment goes back */
	TEST_ASSERT_EQUAL(rte_pktmbuf_linearize(a), 0, "linearize");
	TEST_ASSERT(a->nb_segs == 1 && a->data_len == 150 &&
		a->next == NULL, "linearized");
	TEST_ASSERT_EQUAL(rte_pktmbuf_mtod(a, uint8_t *)[120], 2, "data");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pinned), NB_PINNED - 1,
		"second segment back");
	rte_pktmbuf_free(a);
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

static int
test_sanity(void)
{
	struct rte_mbuf *m = pinned_with_data(10, 0);
	struct rte_mbuf_ext_shared_info *sh;
	const char *reason = NULL;

	TEST_ASSERT_NOT_NULL(m, "alloc");
	sh = m->shinfo;
	TEST_ASSERT_EQUAL(rte_mbuf_check(m, 1, &reason), 0, "check: %s",
		reason);
	rte_mbuf_sanity_check(m, 1);   /* would panic */
	m->shinfo = NULL;
	TEST_ASSERT_EQUAL(rte_mbuf_check(m, 0, &reason), -1, "no shinfo");
	TEST_ASSERT(strcmp(reason, "external buffer without shared info") == 0,
		"reason: %s", reason);
	m->shinfo = sh;
	rte_mbuf_ext_refcnt_set(sh, 0);
	TEST_ASSERT_EQUAL(rte_mbuf_check(m, 0, &reason), -1, "ext refcnt 0");
	TEST_ASSERT(strcmp(reason, "bad external buffer ref cnt") == 0,
		"reason: %s", reason);
	rte_mbuf_ext_refcnt_set(sh, 1);
	m->data_len = ROOM;
	m->pkt_len = ROOM;
	TEST_ASSERT_EQUAL(rte_mbuf_check(m, 1, &reason), -1, "data past room");
	m->data_len = m->pkt_len = 10;
	TEST_ASSERT_EQUAL(rte_mbuf_check(m, 1, &reason), 0, "restored");
	rte_pktmbuf_free(m);
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

static int ext_free_calls;

static void
count_free(void *addr, void *opaque)
{
	if (addr == opaque)
		ext_free_calls++;
}

/* rte_pktmbuf_attach_extbuf at its edges (user buffers, ordinary pool) */
static int
test_attach_extbuf_edges(void)
{
	struct rte_mbuf_ext_shared_info sh = { .free_cb = count_free };
	static char buf[64];
	struct rte_mbuf *m, *c;

	sh.fcb_opaque = buf;
	rte_mbuf_ext_refcnt_set(&sh, 1);
	ext_free_calls = 0;
	m = rte_pktmbuf_alloc(std_pool);
	TEST_ASSERT_NOT_NULL(m, "alloc");
	/* a buffer shorter than the headroom: the headroom is clamped */
	rte_pktmbuf_attach_extbuf(m, buf, 0x9000, sizeof(buf), &sh);
	TEST_ASSERT(m->data_off == 0 && m->data_len == 0 &&
		m->buf_len == sizeof(buf) && m->shinfo == &sh &&
		RTE_MBUF_HAS_EXTBUF(m) && !RTE_MBUF_HAS_PINNED_EXTBUF(m),
		"attached");
	rte_pktmbuf_reset_headroom(m);
	TEST_ASSERT_EQUAL(m->data_off, sizeof(buf), "headroom clamped");
	TEST_ASSERT_EQUAL(rte_pktmbuf_tailroom(m), 0, "no tailroom");
	TEST_ASSERT_NULL(rte_pktmbuf_append(m, 1), "append past the end");
	TEST_ASSERT(rte_pktmbuf_prepend(m, 16) == buf + 48, "prepend");
	TEST_ASSERT_EQUAL(rte_pktmbuf_iova(m), 0x9000 + 48, "iova");
	/* a clone holds the user buffer: no callback until both are gone */
	c = rte_pktmbuf_clone(m, std_pool);
	TEST_ASSERT(c != NULL && c->shinfo == &sh &&
		rte_mbuf_ext_refcnt_read(&sh) == 2, "clone");
	rte_pktmbuf_free(m);
	TEST_ASSERT_EQUAL(ext_free_calls, 0, "callback with a clone left");
	rte_pktmbuf_free(c);
	TEST_ASSERT_EQUAL(ext_free_calls, 1, "callback once");
	CHECK_ALL_BACK();

	/* zero-length buffer: nothing fits, the free still runs once */
	rte_mbuf_ext_refcnt_set(&sh, 1);
	m = rte_pktmbuf_alloc(std_pool);
	rte_pktmbuf_attach_extbuf(m, buf, 0x9000, 0, &sh);
	TEST_ASSERT(rte_pktmbuf_append(m, 1) == NULL &&
		rte_pktmbuf_prepend(m, 1) == NULL, "zero-length buffer");
	rte_pktmbuf_free(m);
	TEST_ASSERT_EQUAL(ext_free_calls, 2, "callback once more");

	/* a pinned slice's shared info as seen from a user clone */
	m = pinned_with_data(20, 9);
	c = rte_pktmbuf_alloc(std_pool);
	rte_pktmbuf_attach(c, m);
	TEST_ASSERT(c->shinfo->fcb_opaque == m, "owner in the shared info");
	rte_pktmbuf_free(m);
	rte_pktmbuf_free(c);
	CHECK_ALL_BACK();
	return TEST_SUCCESS;
}

/* A region with no IO address gives mbufs with none either. */
static int
test_bad_iova(void)
{
	struct rte_pktmbuf_extmem e = {
		.buf_ptr = ext[1].buf_ptr, .buf_len = 2 * ROOM,
		.buf_iova = RTE_BAD_IOVA, .elt_size = ROOM,
	};
	struct rte_mempool *mp;
	struct rte_mbuf *m;

	mp = rte_pktmbuf_pool_create_extbuf("extbuf_noiova", 2, 0, 0, ROOM,
		SOCKET_ID_ANY, &e, 1);
	TEST_ASSERT_NOT_NULL(mp, "create: %s", rte_strerror(rte_errno));
	m = rte_pktmbuf_alloc(mp);
	TEST_ASSERT(m != NULL && m->buf_iova == RTE_BAD_IOVA &&
		m->shinfo == (void *)(m + 1), "no iova");
	rte_pktmbuf_free(m);
	TEST_ASSERT(rte_mempool_full(mp), "full");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
test_mbuf_extbuf(void)
{
	int ret = TEST_FAILED;
	int r;

	for (r = 0; r < NB_REG; r++) {
		ext[r].buf_ptr = aligned_alloc(RTE_CACHE_LINE_SIZE,
			RTE_ALIGN(reg_len[r], RTE_CACHE_LINE_SIZE));
		TEST_ASSERT_NOT_NULL(ext[r].buf_ptr, "region memory");
		memset(ext[r].buf_ptr, 0, reg_len[r]);
		ext[r].buf_len = reg_len[r];
		ext[r].buf_iova = reg_iova[r];
		ext[r].elt_size = reg_elt[r];
	}
	pinned = rte_pktmbuf_pool_create_extbuf("extbuf_pinned", NB_PINNED, 4,
		PRIV, ROOM, SOCKET_ID_ANY, ext, NB_REG);
	std_pool = rte_pktmbuf_pool_create("extbuf_std", NB_STD, 0, 0, ROOM,
		SOCKET_ID_ANY);
	if (pinned == NULL || std_pool == NULL)
		printf("pools: %s\n", rte_strerror(rte_errno));
	else if (test_bad_args() == 0 && test_layout() == 0 &&
	    test_alloc_all() == 0 && test_clone() == 0 &&
	    test_chain_copy_linearize() == 0 && test_sanity() == 0 &&
	    test_attach_extbuf_edges() == 0 && test_bad_iova() == 0)
		ret = TEST_SUCCESS;
	rte_mempool_free(pinned);
	rte_mempool_free(std_pool);
	for (r = 0; r < NB_REG; r++)
		free(ext[r].buf_ptr);
	return ret;
}

REGISTER_TEST_COMMAND(mbuf_extbuf_autotest, test_mbuf_extbuf);
