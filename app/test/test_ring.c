/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ring_autotest: functional tests of the ring API on one lcore: creation
 * and its errors, every enqueue/dequeue form in every sync mode and for
 * several element sizes, full/empty edges, wrap-around of the array and of
 * the 32-bit position counters, EXACT_SZ, peek and zero-copy peek, reset,
 * lookup, dump.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_memory.h>
#include <rte_ring.h>
#include <rte_ring_elem.h>
#include <rte_ring_peek_zc.h>

#include "test.h"

#define MAX_ESIZE 20  /* bytes; tests use 4, 8, 16, 20 */
#define MAX_N 512

struct mode {
	const char *name;
	unsigned int flags;
	int peek;          /* peek API allowed */
};

static const struct mode modes[] = {
	{ "MP/MC", 0, 0 },
	{ "SP/SC", RING_F_SP_ENQ | RING_F_SC_DEQ, 1 },
	{ "MP_HTS/MC_HTS", RING_F_MP_HTS_ENQ | RING_F_MC_HTS_DEQ, 1 },
	{ "MP_RTS/MC_RTS", RING_F_MP_RTS_ENQ | RING_F_MC_RTS_DEQ, 0 },
	{ "SP/MC_HTS", RING_F_SP_ENQ | RING_F_MC_HTS_DEQ, 1 },
};

static const unsigned int esizes[] = { 4, 8, 16, 20 };

/* Element i of a sequence: every 32-bit word differs and encodes i. */
static void
fill_elems(uint32_t *buf, uint32_t first, unsigned int n, unsigned int esize)
{
	unsigned int i, w, words = esize / 4;

	for (i = 0; i < n; i++)
		for (w = 0; w < words; w++)
			buf[i * words + w] = (first + i) * 16 + w;
}

static int
check_elems(const uint32_t *buf, uint32_t first, unsigned int n,
	unsigned int esize)
{
	unsigned int i, w, words = esize / 4;

	for (i = 0; i < n; i++)
		for (w = 0; w < words; w++)
			TEST_ASSERT_EQUAL(buf[i * words + w],
				(first + i) * 16 + w, "element %u word %u", i, w);
	return TEST_SUCCESS;
}

/* Generic (flag-driven) calls: bulk is all-or-nothing, burst partial. */
static int
test_edges(struct rte_ring *r, unsigned int esize)
{
	static uint32_t in[MAX_N * MAX_ESIZE / 4], out[MAX_N * MAX_ESIZE / 4];
	unsigned int cap = rte_ring_get_capacity(r), fs, av, n;

	TEST_ASSERT(cap + 10 <= MAX_N, "ring too large for the test buffers");
	TEST_ASSERT(rte_ring_empty(r), "new ring not empty");
	TEST_ASSERT_EQUAL(rte_ring_free_count(r), cap, "free count");
	fill_elems(in, 0, cap + 10, esize);

	/* dequeue from empty */
	n = rte_ring_dequeue_bulk_elem(r, out, esize, 1, &av);
	TEST_ASSERT_EQUAL(n, 0, "bulk dequeue from empty ring");
	TEST_ASSERT_EQUAL(av, 0, "available on empty ring");
	n = rte_ring_dequeue_burst_elem(r, out, esize, 8, &av);
	TEST_ASSERT_EQUAL(n, 0, "burst dequeue from empty ring");
	TEST_ASSERT_EQUAL(rte_ring_dequeue_elem(r, out, esize), -ENOENT,
		"single dequeue from empty ring");

	/* bulk of more than capacity: nothing moves */
	n = rte_ring_enqueue_bulk_elem(r, in, esize, cap + 1, &fs);
	TEST_ASSERT_EQUAL(n, 0, "oversized bulk enqueue");
	TEST_ASSERT_EQUAL(fs, cap, "free_space after failed bulk");
	TEST_ASSERT_EQUAL(rte_ring_count(r), 0, "count after failed bulk");

	/* bulk of 3, then burst of more than the rest: fills exactly */
	n = rte_ring_enqueue_bulk_elem(r, in, esize, 3, &fs);
	TEST_ASSERT_EQUAL(n, 3, "bulk enqueue 3");
	TEST_ASSERT_EQUAL(fs, cap - 3, "free_space after bulk 3");
	n = rte_ring_enqueue_burst_elem(r, (char *)in + 3 * esize, esize,
		cap + 7 - 3, &fs);
	TEST_ASSERT_EQUAL(n, cap - 3, "burst enqueue into the rest");
	TEST_ASSERT_EQUAL(fs, 0, "free_space when full");
	TEST_ASSERT(rte_ring_full(r), "ring not full");
	TEST_ASSERT_EQUAL(rte_ring_count(r), cap, "count when full");
	TEST_ASSERT_EQUAL(rte_ring_enqueue_elem(r, in, esize), -ENOBUFS,
		"single enqueue into full ring");
	n = rte_ring_enqueue_burst_elem(r, in, esize, 4, &fs);
	TEST_ASSERT_EQUAL(n, 0, "burst enqueue into full ring");

	/* bulk dequeue of more than present: nothing moves */
	n = rte_ring_dequeue_bulk_elem(r, out, esize, cap + 1, &av);
	TEST_ASSERT_EQUAL(n, 0, "oversized bulk dequeue");
	TEST_ASSERT_EQUAL(av, cap, "available after failed bulk");
	/* single, bulk, burst: FIFO order */
	TEST_ASSERT_EQUAL(rte_ring_dequeue_elem(r, out, esize), 0, "single");
	TEST_RUN(check_elems, out, 0, 1, esize);
	n = rte_ring_dequeue_bulk_elem(r, out, esize, 5, &av);
	TEST_ASSERT_EQUAL(n, 5, "bulk dequeue 5");
	TEST_ASSERT_EQUAL(av, cap - 6, "available after bulk 5");
	TEST_RUN(check_elems, out, 1, 5, esize);
	n = rte_ring_dequeue_burst_elem(r, out, esize, cap + 10, &av);
	TEST_ASSERT_EQUAL(n, cap - 6, "burst dequeue of the rest");
	TEST_ASSERT_EQUAL(av, 0, "available when drained");
	TEST_RUN(check_elems, out, 6, cap - 6, esize);
	TEST_ASSERT(rte_ring_empty(r), "ring not empty after drain");
	return TEST_SUCCESS;
}

/* Many odd-sized rounds: slots wrap around the array many times. */
static int
test_wrap(struct rte_ring *r, unsigned int esize)
{
	static uint32_t in[64 * MAX_ESIZE / 4], out[64 * MAX_ESIZE / 4];
	uint32_t seq_in = 0, seq_out = 0;
	unsigned int round, n, k;

	for (round = 0; round < 1000; round++) {
		k = 1 + round % 13;
		fill_elems(in, seq_in, k, esize);
		n = rte_ring_enqueue_bulk_elem(r, in, esize, k, NULL);
		TEST_ASSERT_EQUAL(n, k, "round %u enqueue", round);
		seq_in += k;
		n = rte_ring_dequeue_burst_elem(r, out, esize, 64, NULL);
		TEST_ASSERT_EQUAL(n, k, "round %u dequeue", round);
		TEST_RUN(check_elems, out, seq_out, n, esize);
		seq_out += n;
	}
	TEST_ASSERT(rte_ring_empty(r), "not empty after wrap test");
	return TEST_SUCCESS;
}

/* Explicit calls of the ring's own mode (mixing classic calls with
 * HTS/RTS sides is not allowed: they lay out head/tail differently). */
static int
test_explicit_forms(struct rte_ring *r, unsigned int flags)
{
	void *in[8], *out[8];
	unsigned int i;

	for (i = 0; i < 8; i++)
		in[i] = (void *)(uintptr_t)(0x1000 + i);
	TEST_ASSERT_EQUAL(rte_ring_enqueue(r, in[0]), 0, "single");
	TEST_ASSERT_EQUAL(rte_ring_enqueue_bulk(r, &in[1], 1, NULL), 1, "bulk");
	TEST_ASSERT_EQUAL(rte_ring_enqueue_burst(r, &in[2], 1, NULL), 1, "burst");
	if (flags & RING_F_MP_RTS_ENQ) {
		TEST_ASSERT_EQUAL(rte_ring_mp_rts_enqueue_bulk(r, &in[3], 2,
			NULL), 2, "rts bulk");
		TEST_ASSERT_EQUAL(rte_ring_mp_rts_enqueue_burst(r, &in[5], 3,
			NULL), 3, "rts burst");
	} else if (flags & RING_F_MP_HTS_ENQ) {
		TEST_ASSERT_EQUAL(rte_ring_mp_hts_enqueue_bulk(r, &in[3], 2,
			NULL), 2, "hts bulk");
		TEST_ASSERT_EQUAL(rte_ring_mp_hts_enqueue_burst(r, &in[5], 3,
			NULL), 3, "hts burst");
	} else {
		/* classic sides: mp calls are valid on an SP ring too */
		TEST_ASSERT_EQUAL(rte_ring_mp_enqueue(r, in[3]), 0, "mp");
		TEST_ASSERT_EQUAL(rte_ring_mp_enqueue_bulk(r, &in[4], 1,
			NULL), 1, "mp bulk");
		TEST_ASSERT_EQUAL(rte_ring_mp_enqueue_burst(r, &in[5], 1,
			NULL), 1, "mp burst");
		if (flags & RING_F_SP_ENQ) {
			TEST_ASSERT_EQUAL(rte_ring_sp_enqueue(r, in[6]), 0,
				"sp");
			TEST_ASSERT_EQUAL(rte_ring_sp_enqueue_bulk(r, &in[7],
				1, NULL), 1, "sp bulk");
		} else {
			TEST_ASSERT_EQUAL(rte_ring_sp_enqueue_burst(r,
				&in[6], 2, NULL), 2, "sp burst");
		}
	}
	TEST_ASSERT_EQUAL(rte_ring_count(r), 8, "count");
	TEST_ASSERT_EQUAL(rte_ring_dequeue(r, &out[0]), 0, "single");
	TEST_ASSERT_EQUAL(rte_ring_dequeue_bulk(r, &out[1], 1, NULL), 1, "bulk");
	TEST_ASSERT_EQUAL(rte_ring_dequeue_burst(r, &out[2], 1, NULL), 1,
		"burst");
	if (flags & RING_F_MC_RTS_DEQ) {
		TEST_ASSERT_EQUAL(rte_ring_mc_rts_dequeue_bulk(r, &out[3], 2,
			NULL), 2, "rts bulk");
		TEST_ASSERT_EQUAL(rte_ring_mc_rts_dequeue_burst(r, &out[5], 8,
			NULL), 3, "rts burst");
	} else if (flags & RING_F_MC_HTS_DEQ) {
		TEST_ASSERT_EQUAL(rte_ring_mc_hts_dequeue_bulk(r, &out[3], 2,
			NULL), 2, "hts bulk");
		TEST_ASSERT_EQUAL(rte_ring_mc_hts_dequeue_burst(r, &out[5], 8,
			NULL), 3, "hts burst");
	} else {
		TEST_ASSERT_EQUAL(rte_ring_mc_dequeue(r, &out[3]), 0, "mc");
		TEST_ASSERT_EQUAL(rte_ring_mc_dequeue_bulk(r, &out[4], 1,
			NULL), 1, "mc bulk");
		TEST_ASSERT_EQUAL(rte_ring_mc_dequeue_burst(r, &out[5], 1,
			NULL), 1, "mc burst");
		TEST_ASSERT_EQUAL(rte_ring_sc_dequeue(r, &out[6]), 0, "sc");
		TEST_ASSERT_EQUAL(rte_ring_sc_dequeue_burst(r, &out[7], 8,
			NULL), 1, "sc burst");
	}
	for (i = 0; i < 8; i++)
		TEST_ASSERT(out[i] == in[i], "object %u out of order", i);
	TEST_ASSERT(rte_ring_empty(r), "not empty");
	return TEST_SUCCESS;
}

/* Peek API: claim, then commit fewer than claimed. */
static int
test_peek(struct rte_ring *r)
{
	uintptr_t in[8] = { 10, 11, 12, 13, 14, 15, 16, 17 }, out[8];
	unsigned int n, fs, av;

	n = rte_ring_enqueue_bulk_start(r, 8, &fs);
	TEST_ASSERT_EQUAL(n, 8, "enqueue start");
	TEST_ASSERT_EQUAL(fs, rte_ring_get_capacity(r) - 8, "free space");
	/* nothing visible until finish */
	TEST_ASSERT_EQUAL(rte_ring_count(r), 0, "visible before finish");
	rte_ring_enqueue_finish(r, (void * const *)in, 5);
	TEST_ASSERT_EQUAL(rte_ring_count(r), 5, "count after finish(5)");

	n = rte_ring_dequeue_bulk_start(r, (void **)out, 4, &av);
	TEST_ASSERT_EQUAL(n, 4, "dequeue start");
	TEST_ASSERT_EQUAL(av, 1, "available");
	TEST_ASSERT(out[0] == 10 && out[3] == 13, "peeked values");
	rte_ring_dequeue_finish(r, 2);
	TEST_ASSERT_EQUAL(rte_ring_count(r), 3, "count after dequeue finish(2)");
	n = rte_ring_dequeue_burst_start(r, (void **)out, 8, NULL);
	TEST_ASSERT_EQUAL(n, 3, "burst start");
	TEST_ASSERT(out[0] == 12 && out[1] == 13 && out[2] == 14,
		"values after partial finish");
	rte_ring_dequeue_finish(r, n);

	/* elem forms with 16-byte elements on the same bytes */
	n = rte_ring_enqueue_burst_elem_start(r, 2, NULL);
	TEST_ASSERT_EQUAL(n, 2, "elem burst start");
	rte_ring_enqueue_elem_finish(r, in, sizeof(uintptr_t), 2);
	n = rte_ring_dequeue_bulk_elem_start(r, out, sizeof(uintptr_t), 2,
		NULL);
	TEST_ASSERT_EQUAL(n, 2, "elem dequeue start");
	rte_ring_dequeue_elem_finish(r, 2);
	TEST_ASSERT(out[0] == 10 && out[1] == 11, "elem peek values");
	TEST_ASSERT(rte_ring_empty(r), "not empty after peek test");
	return TEST_SUCCESS;
}

/* Zero-copy peek across the end of the array. */
static int
test_peek_zc(struct rte_ring *r)
{
	struct rte_ring_zc_data zcd;
	unsigned int size = rte_ring_get_size(r), n, i;
	uintptr_t v = 0, expect = 0, out;

	/* move positions to 3 slots before the end of the array */
	rte_ring_reset(r);
	for (i = 0; i < size - 3; i++) {
		TEST_ASSERT_EQUAL(rte_ring_enqueue(r, (void *)v), 0, "pre");
		TEST_ASSERT_EQUAL(rte_ring_dequeue(r, (void **)&out), 0, "pre");
	}
	n = rte_ring_enqueue_zc_burst_start(r, 8, &zcd, NULL);
	TEST_ASSERT_EQUAL(n, 8, "zc enqueue start");
	TEST_ASSERT_EQUAL(zcd.n1, 3, "first piece before the wrap");
	TEST_ASSERT(zcd.ptr2 != NULL, "second piece after the wrap");
	for (i = 0; i < n; i++) {
		uintptr_t *slot = i < zcd.n1 ? (uintptr_t *)zcd.ptr1 + i :
			(uintptr_t *)zcd.ptr2 + (i - zcd.n1);
		*slot = 100 + i;
	}
	rte_ring_enqueue_zc_finish(r, 6);
	TEST_ASSERT_EQUAL(rte_ring_count(r), 6, "count after zc finish");
	n = rte_ring_dequeue_zc_bulk_start(r, 6, &zcd, NULL);
	TEST_ASSERT_EQUAL(n, 6, "zc dequeue start");
	for (i = 0; i < n; i++, expect++) {
		uintptr_t *slot = i < zcd.n1 ? (uintptr_t *)zcd.ptr1 + i :
			(uintptr_t *)zcd.ptr2 + (i - zcd.n1);
		TEST_ASSERT_EQUAL(*slot, 100 + expect, "zc value %u", i);
	}
	rte_ring_dequeue_zc_finish(r, n);
	TEST_ASSERT(rte_ring_empty(r), "not empty after zc test");
	return TEST_SUCCESS;
}

/* Positions near 2^32: the free-running counters must wrap cleanly. */
static int
test_counter_wrap(struct rte_ring *r)
{
	void *objs[12], *out[12];
	unsigned int i, n;
	uint32_t start = UINT32_MAX - 5;

	r->prod.head = r->prod.tail = start;
	r->cons.head = r->cons.tail = start;
	for (i = 0; i < 12; i++)
		objs[i] = (void *)(uintptr_t)(i + 1);
	n = rte_ring_enqueue_bulk(r, objs, 12, NULL);
	TEST_ASSERT_EQUAL(n, 12, "enqueue across 2^32");
	TEST_ASSERT_EQUAL(rte_ring_count(r), 12, "count across 2^32");
	n = rte_ring_dequeue_bulk(r, out, 12, NULL);
	TEST_ASSERT_EQUAL(n, 12, "dequeue across 2^32");
	for (i = 0; i < 12; i++)
		TEST_ASSERT(out[i] == objs[i], "object %u", i);
	rte_ring_reset(r);
	TEST_ASSERT_EQUAL(r->prod.tail, 0, "reset");
	return TEST_SUCCESS;
}

static int
test_modes(void)
{
	char name[RTE_RING_NAMESIZE];
	struct rte_ring *r;
	unsigned int m, e;

	for (m = 0; m < RTE_DIM(modes); m++) {
		for (e = 0; e < RTE_DIM(esizes); e++) {
			snprintf(name, sizeof(name), "t_%u_%u", m, esizes[e]);
			/* power-of-two ring, then EXACT_SZ with odd count */
			r = rte_ring_create_elem(name, esizes[e], 64,
				SOCKET_ID_ANY, modes[m].flags);
			TEST_ASSERT_NOT_NULL(r, "create %s esize %u: %s",
				modes[m].name, esizes[e],
				rte_strerror(rte_errno));
			TEST_ASSERT_EQUAL(rte_ring_get_capacity(r), 63, "cap");
			TEST_ASSERT_EQUAL(rte_ring_get_size(r), 64, "size");
			TEST_RUN(test_edges, r, esizes[e]);
			TEST_RUN(test_wrap, r, esizes[e]);
			rte_ring_free(r);

			r = rte_ring_create_elem(name, esizes[e], 100,
				SOCKET_ID_ANY, modes[m].flags | RING_F_EXACT_SZ);
			TEST_ASSERT_NOT_NULL(r, "create exact %s", modes[m].name);
			TEST_ASSERT_EQUAL(rte_ring_get_capacity(r), 100, "cap");
			TEST_ASSERT_EQUAL(rte_ring_get_size(r), 128, "size");
			TEST_RUN(test_edges, r, esizes[e]);
			TEST_RUN(test_wrap, r, esizes[e]);
			rte_ring_free(r);
		}
		r = rte_ring_create("t_ptr", 16, SOCKET_ID_ANY, modes[m].flags);
		TEST_ASSERT_NOT_NULL(r, "create pointer ring");
		TEST_RUN(test_explicit_forms, r, modes[m].flags);
		if (modes[m].peek) {
			TEST_RUN(test_peek, r);
			TEST_RUN(test_peek_zc, r);
		} else {
			/* peek on MT/RTS sides claims nothing */
			TEST_ASSERT_EQUAL(rte_ring_enqueue_bulk_start(r, 1,
				NULL), 0, "peek on %s", modes[m].name);
			TEST_ASSERT_EQUAL(rte_ring_count(r), 0, "count");
		}
		if (modes[m].flags == 0 || modes[m].flags ==
		    (RING_F_SP_ENQ | RING_F_SC_DEQ))
			TEST_RUN(test_counter_wrap, r);
		rte_ring_free(r);
		printf("  %s: OK\n", modes[m].name);
	}
	return TEST_SUCCESS;
}

static int
test_create_errors(void)
{
	struct rte_ring *r, *r2;
	char longname[64];

	memset(longname, 'x', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';

	r = rte_ring_create("bad", 1000, SOCKET_ID_ANY, 0);
	TEST_ASSERT(r == NULL && rte_errno == EINVAL, "count 1000 without EXACT_SZ");
	r = rte_ring_create("bad", 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT(r == NULL && rte_errno == EINVAL, "count 0");
	r = rte_ring_create("bad", RTE_RING_SZ_MASK + 1U, SOCKET_ID_ANY, 0);
	TEST_ASSERT(r == NULL && rte_errno == EINVAL, "count too large");
	r = rte_ring_create_elem("bad", 6, 64, SOCKET_ID_ANY, 0);
	TEST_ASSERT(r == NULL && rte_errno == EINVAL, "esize 6");
	r = rte_ring_create("bad", 64, SOCKET_ID_ANY, 0x8000);
	TEST_ASSERT(r == NULL && rte_errno == EINVAL, "unknown flag");
	r = rte_ring_create("bad", 64, SOCKET_ID_ANY,
		RING_F_SP_ENQ | RING_F_MP_HTS_ENQ);
	TEST_ASSERT(r == NULL && rte_errno == EINVAL, "SP and HTS together");
	r = rte_ring_create("bad", 64, SOCKET_ID_ANY,
		RING_F_MC_RTS_DEQ | RING_F_MC_HTS_DEQ);
	TEST_ASSERT(r == NULL && rte_errno == EINVAL, "RTS and HTS together");
	r = rte_ring_create(longname, 64, SOCKET_ID_ANY, 0);
	TEST_ASSERT(r == NULL && rte_errno == ENAMETOOLONG, "long name");
	r = rte_ring_create(NULL, 64, SOCKET_ID_ANY, 0);
	TEST_ASSERT(r == NULL && rte_errno == EINVAL, "NULL name");

	TEST_ASSERT_EQUAL(rte_ring_get_memsize(1024),
		sizeof(struct rte_ring) + 1024 * sizeof(void *), "memsize");
	TEST_ASSERT_EQUAL(rte_ring_get_memsize_elem(16, 64),
		sizeof(struct rte_ring) + 64 * 16, "memsize_elem");
	TEST_ASSERT_EQUAL(rte_ring_get_memsize(1000), -EINVAL, "memsize 1000");
	TEST_ASSERT_EQUAL(rte_ring_get_memsize_elem(3, 64), -EINVAL, "esize 3");

	r = rte_ring_create("dup", 64, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(r, "create dup");
	r2 = rte_ring_create("dup", 64, SOCKET_ID_ANY, 0);
	TEST_ASSERT(r2 == NULL && rte_errno == EEXIST, "duplicate name");
	TEST_ASSERT(rte_ring_lookup("dup") == r, "lookup");
	rte_ring_free(r);
	TEST_ASSERT(rte_ring_lookup("dup") == NULL && rte_errno == ENOENT,
		"lookup after free");
	TEST_ASSERT(rte_ring_lookup("nothere") == NULL && rte_errno == ENOENT,
		"lookup of unknown ring");
	rte_ring_free(NULL);
	return TEST_SUCCESS;
}

static int
test_init_dump_htd(void)
{
	struct rte_ring *r;
	char *text = NULL;
	size_t len = 0;
	ssize_t sz;
	FILE *f;

	sz = rte_ring_get_memsize(32);
	TEST_ASSERT(sz > 0, "memsize");
	r = aligned_alloc(RTE_CACHE_LINE_SIZE, (size_t)sz);
	TEST_ASSERT_NOT_NULL(r, "alloc");
	TEST_ASSERT_EQUAL(rte_ring_init(r, "user_mem", 32, RING_F_SP_ENQ), 0,
		"init");
	TEST_ASSERT(rte_ring_is_prod_single(r) && !rte_ring_is_cons_single(r),
		"sync types");
	TEST_ASSERT_EQUAL(rte_ring_init(r, "user_mem", 33, 0), -EINVAL,
		"init with bad count");
	TEST_ASSERT_EQUAL(rte_ring_init(r, "user_mem", 32, 0), 0, "re-init");
	TEST_RUN(test_wrap, r, sizeof(void *));
	rte_ring_free(r); /* not from a memzone: refused with a message */
	TEST_ASSERT_EQUAL(rte_ring_set_prod_htd_max(r, 4), -ENOTSUP,
		"htd_max on MP");
	free(r);

	r = rte_ring_create("rts", 256, SOCKET_ID_ANY,
		RING_F_MP_RTS_ENQ | RING_F_MC_RTS_DEQ);
	TEST_ASSERT_NOT_NULL(r, "create rts");
	TEST_ASSERT_EQUAL(rte_ring_get_prod_sync_type(r), RTE_RING_SYNC_MT_RTS,
		"prod sync");
	TEST_ASSERT_EQUAL(rte_ring_get_prod_htd_max(r), 255 / 8, "default htd");
	TEST_ASSERT_EQUAL(rte_ring_set_cons_htd_max(r, 7), 0, "set htd");
	TEST_ASSERT_EQUAL(rte_ring_get_cons_htd_max(r), 7, "get htd");
	TEST_RUN(test_wrap, r, sizeof(void *));

	f = open_memstream(&text, &len);
	TEST_ASSERT_NOT_NULL(f, "memstream");
	rte_ring_dump(f, r);
	rte_ring_list_dump(f);
	fclose(f);
	TEST_ASSERT(strstr(text, "ring <rts>") != NULL, "dump names the ring");
	TEST_ASSERT(strstr(text, "capacity=255") != NULL, "dump capacity");
	TEST_ASSERT(strstr(text, "MT_RTS") != NULL, "dump sync type");
	free(text);
	rte_ring_free(r);
	return TEST_SUCCESS;
}

static int
test_ring(void)
{
	TEST_RUN(test_create_errors);
	TEST_RUN(test_modes);
	TEST_RUN(test_init_dump_htd);
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(ring_autotest, test_ring);
