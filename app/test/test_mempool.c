/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * mempool_autotest: every handler (ring_mp_mc, ring_sp_sc, ring_mp_sc,
 * ring_sp_mc, stack) with exact accounting on one lcore and across two
 * lcores, creation callbacks and errors, per-lcore and user caches (their
 * fill/flush thresholds), the populate variants, iterators, lookup/walk,
 * dumps, object layout and IO addresses.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_launch.h>
#include <rte_memory.h>
#include <rte_pause.h>
#include <rte_mempool.h>

#include "test.h"

#define NB_OBJ 1023
#define ELT_SIZE 100

static const char * const handlers[] = {
	"ring_mp_mc", "ring_sp_sc", "ring_mp_sc", "ring_sp_mc", "stack",
	"lf_stack",
};

static int
cmp_ptr(const void *a, const void *b)
{
	uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * Take every populated object out and check they are distinct objects of
 * this pool, then put them back.
 */
static int
drain_and_check(struct rte_mempool *mp, struct rte_mempool_cache *cache)
{
	static void *objs[NB_OBJ + 1];
	unsigned int i, n = mp->populated_size;

	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), n, "avail");
	TEST_ASSERT_EQUAL(rte_mempool_full(mp), n == mp->size, "full");
	for (i = 0; i < n; i += 10)
		TEST_ASSERT_EQUAL(rte_mempool_generic_get(mp, &objs[i],
			RTE_MIN(10u, n - i), cache), 0, "get at %u", i);
	TEST_ASSERT(rte_mempool_empty(mp), "pool not empty");
	TEST_ASSERT_EQUAL(rte_mempool_in_use_count(mp), mp->size, "in use");
	TEST_ASSERT_EQUAL(rte_mempool_generic_get(mp, &objs[n], 1,
		cache), -ENOENT, "get from empty pool");
	qsort(objs, n, sizeof(void *), cmp_ptr);
	for (i = 0; i < n; i++) {
		TEST_ASSERT(rte_mempool_from_obj(objs[i]) == mp, "owner");
		TEST_ASSERT(i == 0 || objs[i] != objs[i - 1],
			"object %p handed out twice", objs[i]);
	}
	rte_mempool_generic_put(mp, objs, n, cache);
	rte_mempool_cache_flush(cache, mp);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), n, "avail");
	return TEST_SUCCESS;
}

static int
test_handlers_single(void)
{
	struct rte_mempool *mp;
	unsigned int h;

	for (h = 0; h < RTE_DIM(handlers); h++) {
		mp = rte_mempool_create_empty("mp_h", NB_OBJ, ELT_SIZE, 0, 0,
			SOCKET_ID_ANY, 0);
		TEST_ASSERT_NOT_NULL(mp, "create_empty: %s",
			rte_strerror(rte_errno));
		TEST_ASSERT_EQUAL(rte_mempool_set_ops_byname(mp, handlers[h],
			NULL), 0, "set ops %s", handlers[h]);
		TEST_ASSERT_EQUAL(rte_mempool_populate_default(mp), NB_OBJ,
			"populate %s", handlers[h]);
		TEST_ASSERT_EQUAL(rte_mempool_set_ops_byname(mp, "stack",
			NULL), -EEXIST, "set ops after populate");
		TEST_ASSERT_EQUAL(rte_mempool_populate_default(mp), -EEXIST,
			"second populate");
		TEST_RUN(drain_and_check, mp, NULL);
		rte_mempool_free(mp);
	}
	return TEST_SUCCESS;
}

/* ---- two lcores: a getter passes objects to a putter via a ring ---- */

static struct {
	struct rte_mempool *mp;
	struct rte_ring *handoff;
	unsigned int rounds;
	int stop; /* atomic: set by the getter when it is done */
	int error;
	/* for the holding test */
	volatile int phase;
	unsigned int held;
} tl;

#define TL_ROUNDS 20000

/* Gets objects (consumer side of the pool) and hands them over. */
static int
tl_getter(__rte_unused void *arg)
{
	void *objs[32];
	unsigned int r, k, sent;

	for (r = 0; r < TL_ROUNDS; r++) {
		k = 1 + r % 32;
		if (rte_mempool_generic_get(tl.mp, objs, k, NULL) != 0) {
			rte_pause(); /* putter has not returned them yet */
			continue;
		}
		sent = 0;
		while (sent < k)
			sent += rte_ring_sp_enqueue_burst(tl.handoff,
				&objs[sent], k - sent, NULL);
	}
	/* release: its last handoff enqueue is seen with the flag */
	__atomic_store_n(&tl.stop, 1, __ATOMIC_RELEASE);
	return 0;
}

/* Puts back (producer side of the pool) whatever it receives. */
static int
tl_putter(__rte_unused void *arg)
{
	void *objs[32];
	unsigned int n;

	for (;;) {
		n = rte_ring_sc_dequeue_burst(tl.handoff, objs, 32, NULL);
		if (n > 0)
			rte_mempool_generic_put(tl.mp, objs, n, NULL);
		else if (__atomic_load_n(&tl.stop, __ATOMIC_ACQUIRE) &&
			 rte_ring_empty(tl.handoff))
			break;
	}
	return 0;
}

static int
test_handlers_two_lcores(void)
{
	unsigned int h, worker = rte_get_next_lcore(-1, 1, 0);

	TEST_ASSERT(worker < RTE_MAX_LCORE, "needs two lcores (-l 0-1)");
	tl.handoff = rte_ring_create("handoff", 1024, SOCKET_ID_ANY,
		RING_F_SP_ENQ | RING_F_SC_DEQ);
	TEST_ASSERT_NOT_NULL(tl.handoff, "handoff ring");
	for (h = 0; h < RTE_DIM(handlers); h++) {
		tl.mp = rte_mempool_create_empty("mp_2l", NB_OBJ, ELT_SIZE, 0,
			0, SOCKET_ID_ANY, 0);
		TEST_ASSERT_NOT_NULL(tl.mp, "create");
		TEST_ASSERT_EQUAL(rte_mempool_set_ops_byname(tl.mp,
			handlers[h], NULL), 0, "ops");
		TEST_ASSERT_EQUAL(rte_mempool_populate_default(tl.mp), NB_OBJ,
			"populate");
		tl.stop = 0;
		TEST_ASSERT_EQUAL(rte_eal_remote_launch(tl_putter, NULL,
			worker), 0, "launch");
		tl_getter(NULL);
		TEST_ASSERT_EQUAL(rte_eal_wait_lcore(worker), 0, "putter");
		/* every object came back exactly once */
		TEST_RUN(drain_and_check, tl.mp, NULL);
		rte_mempool_free(tl.mp);
		printf("  %s: two-lcore get/put accounting OK\n", handlers[h]);
	}
	rte_ring_free(tl.handoff);
	return TEST_SUCCESS;
}

/* Worker holds exactly `held` objects from its cache while main checks
 * in_use_count; both lcores use their per-lcore caches concurrently. */
static int
tl_holder(__rte_unused void *arg)
{
	void *objs[200];
	unsigned int r;

	for (r = 0; r < TL_ROUNDS; r++) {
		if (rte_mempool_get_bulk(tl.mp, objs, 1 + r % 64) != 0) {
			__atomic_store_n(&tl.error, 1, __ATOMIC_RELAXED);
			return -1;
		}
		rte_mempool_put_bulk(tl.mp, objs, 1 + r % 64);
	}
	/* hold 150 and report, wait for main's check */
	if (rte_mempool_get_bulk(tl.mp, objs, 150) != 0)
		return -1;
	__atomic_store_n(&tl.phase, 1, __ATOMIC_RELEASE);
	while (__atomic_load_n(&tl.phase, __ATOMIC_ACQUIRE) != 2)
		rte_pause();
	rte_mempool_put_bulk(tl.mp, objs, 150);
	return 0;
}

static int
test_cache_two_lcores(void)
{
	unsigned int worker = rte_get_next_lcore(-1, 1, 0), r;
	void *objs[100];
	int h;

	for (h = 0; h < 2; h++) { /* mp/mc ring and stack are MT safe */
		tl.mp = rte_mempool_create_empty("mp_c2", NB_OBJ, ELT_SIZE, 64,
			0, SOCKET_ID_ANY, 0);
		TEST_ASSERT_NOT_NULL(tl.mp, "create");
		TEST_ASSERT_EQUAL(rte_mempool_set_ops_byname(tl.mp,
			h == 0 ? "ring_mp_mc" : "stack", NULL), 0, "ops");
		TEST_ASSERT_EQUAL(rte_mempool_populate_default(tl.mp), NB_OBJ,
			"populate");
		tl.phase = 0;
		tl.error = 0;
		TEST_ASSERT_EQUAL(rte_eal_remote_launch(tl_holder, NULL,
			worker), 0, "launch");
		for (r = 0; r < TL_ROUNDS; r++) {
			TEST_ASSERT_EQUAL(rte_mempool_get_bulk(tl.mp, objs,
				1 + r % 100), 0, "get");
			rte_mempool_put_bulk(tl.mp, objs, 1 + r % 100);
		}
		TEST_ASSERT_EQUAL(rte_mempool_get_bulk(tl.mp, objs, 30), 0,
			"main holds 30");
		while (__atomic_load_n(&tl.phase, __ATOMIC_ACQUIRE) != 1)
			rte_pause();
		TEST_ASSERT_EQUAL(rte_mempool_in_use_count(tl.mp), 150 + 30,
			"in_use while both lcores hold objects");
		__atomic_store_n(&tl.phase, 2, __ATOMIC_RELEASE);
		TEST_ASSERT_EQUAL(rte_eal_wait_lcore(worker), 0, "holder");
		TEST_ASSERT(!tl.error, "holder get failed");
		rte_mempool_put_bulk(tl.mp, objs, 30);
		TEST_ASSERT_EQUAL(rte_mempool_in_use_count(tl.mp), 0, "in use");
		/* empty both lcore caches into the pool, then drain */
		rte_mempool_cache_flush(rte_mempool_default_cache(tl.mp,
			worker), tl.mp);
		rte_mempool_cache_flush(NULL, tl.mp);
		TEST_ASSERT_EQUAL(rte_mempool_ops_get_count(tl.mp), NB_OBJ,
			"all objects back in the common pool");
		TEST_RUN(drain_and_check, tl.mp, NULL);
		rte_mempool_free(tl.mp);
	}
	return TEST_SUCCESS;
}

/* ---- caches: fill and flush thresholds ---- */

static int
test_cache_thresholds(void)
{
	struct rte_mempool_cache *c;
	struct rte_mempool *mp;
	void *objs[200];

	mp = rte_mempool_create("mp_cache", NB_OBJ, ELT_SIZE, 32, 0, NULL,
		NULL, NULL, NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	c = rte_mempool_default_cache(mp, rte_lcore_id());
	TEST_ASSERT_NOT_NULL(c, "lcore cache");
	TEST_ASSERT_EQUAL(c->size, 32, "cache size");
	TEST_ASSERT_EQUAL(c->flushthresh, 48, "flush threshold = 1.5 x size");
	TEST_ASSERT(rte_mempool_default_cache(mp, RTE_MAX_LCORE) == NULL,
		"no cache for non-EAL threads");

	/* first get refills the cache to size + request, keeps size */
	TEST_ASSERT_EQUAL(rte_mempool_get(mp, &objs[0]), 0, "get");
	TEST_ASSERT_EQUAL(c->len, 32, "cache after refill");
	TEST_ASSERT_EQUAL(rte_mempool_ops_get_count(mp), NB_OBJ - 33,
		"common pool after refill");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), NB_OBJ - 1,
		"avail counts cached objects");
	/* puts stay in the cache up to the threshold ... */
	TEST_ASSERT_EQUAL(rte_mempool_get_bulk(mp, &objs[1], 40), 0, "get 40");
	TEST_ASSERT_EQUAL(c->len, 32, "cache after second refill");
	rte_mempool_put_bulk(mp, objs, 16);
	TEST_ASSERT_EQUAL(c->len, 48, "cache at the threshold");
	/* ... and crossing it hands the whole cache to the pool */
	rte_mempool_put_bulk(mp, &objs[16], 25);
	TEST_ASSERT_EQUAL(c->len, 25, "cache after flush keeps the new objects");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), NB_OBJ, "avail");
	/* a large get empties the cache and refills it to its size ... */
	TEST_ASSERT_EQUAL(rte_mempool_get_bulk(mp, objs, 100), 0, "get 100");
	TEST_ASSERT_EQUAL(c->len, 32, "cache refilled after large get");
	/* ... while puts larger than the threshold bypass it */
	rte_mempool_put_bulk(mp, objs, 100);
	TEST_ASSERT_EQUAL(c->len, 32, "large put bypassed the cache");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), NB_OBJ, "avail");
	rte_mempool_cache_flush(NULL, mp);
	TEST_ASSERT_EQUAL(c->len, 0, "flushed");

	/* user-owned cache */
	c = rte_mempool_cache_create(16, SOCKET_ID_ANY);
	TEST_ASSERT_NOT_NULL(c, "user cache");
	TEST_ASSERT_EQUAL(rte_mempool_generic_get(mp, objs, 5, c), 0, "get");
	TEST_ASSERT_EQUAL(c->len, 16, "user cache refilled");
	TEST_ASSERT_EQUAL(rte_mempool_in_use_count(mp), 5 + 16,
		"user caches are not counted as available");
	rte_mempool_generic_put(mp, objs, 5, c);
	rte_mempool_cache_flush(c, mp);
	TEST_ASSERT_EQUAL(c->len, 0, "user cache flushed");
	rte_mempool_cache_free(c);
	TEST_RUN(drain_and_check, mp, NULL);

	c = rte_mempool_cache_create(0, SOCKET_ID_ANY);
	TEST_ASSERT(c == NULL && rte_errno == EINVAL, "cache size 0");
	c = rte_mempool_cache_create(RTE_MEMPOOL_CACHE_MAX_SIZE + 1,
		SOCKET_ID_ANY);
	TEST_ASSERT(c == NULL && rte_errno == EINVAL, "cache too large");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

/* ---- creation callbacks and errors ---- */

static unsigned int mp_init_calls;
static unsigned int obj_init_calls;

static void
my_mp_init(struct rte_mempool *mp, void *arg)
{
	mp_init_calls++;
	*(uint32_t *)rte_mempool_get_priv(mp) = *(uint32_t *)arg;
}

static void
my_obj_init(__rte_unused struct rte_mempool *mp, void *arg, void *obj,
	unsigned int idx)
{
	memset(obj, 0, ELT_SIZE);
	*(uint32_t *)obj = idx + *(uint32_t *)arg;
	obj_init_calls++;
}

static void
count_pool(struct rte_mempool *mp, void *arg)
{
	if (strcmp(mp->name, "mp_cb") == 0)
		(*(unsigned int *)arg)++;
}

static void
count_chunk(__rte_unused struct rte_mempool *mp, void *arg,
	struct rte_mempool_memhdr *memhdr, __rte_unused unsigned int idx)
{
	*(size_t *)arg += memhdr->len;
}

static void
check_obj(struct rte_mempool *mp, void *arg, void *obj, unsigned int idx)
{
	if (*(uint32_t *)obj != idx + 1000 ||
	    rte_mempool_virt2iova(obj) == RTE_BAD_IOVA ||
	    rte_mempool_get_header(obj)->mp != mp)
		(*(unsigned int *)arg)++;
}

static int
test_create_callbacks(void)
{
	uint32_t priv_val = 0xabcd1234, base = 1000;
	unsigned int bad = 0, pools = 0;
	struct rte_mempool *mp;
	size_t chunk_bytes = 0;
	char *text = NULL;
	size_t len = 0;
	FILE *f;

	mp = rte_mempool_create("mp_cb", 500, ELT_SIZE, 16, 64, my_mp_init,
		&priv_val, my_obj_init, &base, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create: %s", rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(mp_init_calls, 1, "mp_init calls");
	TEST_ASSERT_EQUAL(obj_init_calls, 500, "obj_init calls");
	TEST_ASSERT_EQUAL(*(uint32_t *)rte_mempool_get_priv(mp), priv_val,
		"private data");
	TEST_ASSERT_EQUAL(rte_mempool_obj_iter(mp, check_obj, &bad), 500,
		"obj_iter count");
	TEST_ASSERT_EQUAL(bad, 0, "objects initialised with their index");
	TEST_ASSERT(rte_mempool_mem_iter(mp, count_chunk, &chunk_bytes) >= 1,
		"mem_iter");
	TEST_ASSERT(chunk_bytes >= 500ul * (mp->header_size + mp->elt_size +
		mp->trailer_size), "chunks hold every object");
	TEST_ASSERT(rte_mempool_lookup("mp_cb") == mp, "lookup");
	rte_mempool_walk(count_pool, &pools);
	TEST_ASSERT_EQUAL(pools, 1, "walk");
	rte_mempool_audit(mp);

	f = open_memstream(&text, &len);
	TEST_ASSERT_NOT_NULL(f, "memstream");
	rte_mempool_dump(f, mp);
	rte_mempool_list_dump(f);
	fclose(f);
	TEST_ASSERT(strstr(text, "mempool <mp_cb>") != NULL, "dump name");
	TEST_ASSERT(strstr(text, "size=500") != NULL, "dump size");
	TEST_ASSERT(strstr(text, "in_use_count=0") != NULL, "dump in use");
	free(text);

	/* errors */
	TEST_ASSERT(rte_mempool_create("mp_cb", 10, 10, 0, 0, NULL, NULL,
		NULL, NULL, SOCKET_ID_ANY, 0) == NULL && rte_errno == EEXIST,
		"duplicate name");
	rte_mempool_free(mp);
	TEST_ASSERT(rte_mempool_lookup("mp_cb") == NULL && rte_errno == ENOENT,
		"lookup after free");
	TEST_ASSERT(rte_mempool_create_empty("x", 100, 10,
		RTE_MEMPOOL_CACHE_MAX_SIZE + 1, 0, SOCKET_ID_ANY, 0) == NULL &&
		rte_errno == EINVAL, "cache too large");
	TEST_ASSERT(rte_mempool_create_empty("x", 100, 10, 70, 0,
		SOCKET_ID_ANY, 0) == NULL && rte_errno == EINVAL,
		"1.5 x cache > n");
	TEST_ASSERT(rte_mempool_create_empty("x", 100, 10, 0, 0,
		SOCKET_ID_ANY, 0x1000) == NULL && rte_errno == EINVAL,
		"unknown flag");
	TEST_ASSERT(rte_mempool_create_empty("x", 0, 10, 0, 0,
		SOCKET_ID_ANY, 0) == NULL && rte_errno == EINVAL, "n = 0");
	TEST_ASSERT(rte_mempool_create_empty(
		"a_name_that_is_far_too_long_for_a_pool", 100, 10, 0, 0,
		SOCKET_ID_ANY, 0) == NULL && rte_errno == ENAMETOOLONG,
		"long name");
	mp = rte_mempool_create_empty("x", 100, 10, 0, 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create x");
	TEST_ASSERT_EQUAL(rte_mempool_set_ops_byname(mp, "no_such", NULL),
		-EINVAL, "unknown handler");
	rte_mempool_free(mp);
	rte_mempool_free(NULL);
	return TEST_SUCCESS;
}

/* ---- populate variants and layout ---- */

static unsigned int user_free_calls;

static void
user_chunk_free(struct rte_mempool_memhdr *memhdr, void *opaque)
{
	if (opaque == memhdr->addr)
		user_free_calls++;
	free(opaque);
}

static void
check_no_straddle(struct rte_mempool *mp, void *arg, void *obj,
	__rte_unused unsigned int idx)
{
	rte_iova_t first = rte_mempool_virt2iova(obj);
	rte_iova_t last = rte_mem_virt2iova((char *)obj + mp->elt_size - 1);

	/* the object's bytes are IOVA-contiguous */
	if (first == RTE_BAD_IOVA || last != first + mp->elt_size - 1)
		(*(unsigned int *)arg)++;
}

static int
test_populate(void)
{
	struct rte_mempool_objsz sz;
	struct rte_mempool *mp;
	unsigned int total;
	size_t pg = (size_t)sysconf(_SC_PAGESIZE);
	char *buf;
	int ret;

	/* layout */
	total = rte_mempool_calc_obj_size(ELT_SIZE, 0, &sz);
	TEST_ASSERT_EQUAL(sz.header_size, RTE_CACHE_LINE_SIZE, "header");
	TEST_ASSERT_EQUAL(sz.elt_size, RTE_ALIGN(ELT_SIZE, 8), "elt");
	TEST_ASSERT_EQUAL(total % RTE_CACHE_LINE_SIZE, 0, "aligned total");
	TEST_ASSERT_EQUAL((total / RTE_CACHE_LINE_SIZE) % 2, 1,
		"spread: odd number of cache lines");
	TEST_ASSERT_EQUAL(total, sz.header_size + sz.elt_size +
		sz.trailer_size, "total");
	total = rte_mempool_calc_obj_size(ELT_SIZE,
		RTE_MEMPOOL_F_NO_CACHE_ALIGN, &sz);
	TEST_ASSERT_EQUAL(sz.header_size, sizeof(struct rte_mempool_objhdr),
		"unaligned header");
	TEST_ASSERT(total < 2 * RTE_CACHE_LINE_SIZE + 64, "unaligned total");

	/* caller memory: exactly what fits, free_cb on pool free */
	mp = rte_mempool_create_empty("mp_user", 40, ELT_SIZE, 0, 0,
		SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	total = mp->header_size + mp->elt_size + mp->trailer_size;
	buf = aligned_alloc(pg, RTE_ALIGN(10 * total + total / 2, pg));
	TEST_ASSERT_NOT_NULL(buf, "alloc");
	ret = rte_mempool_populate_iova(mp, buf, 0x100000, 10 * total +
		total / 2, user_chunk_free, buf);
	TEST_ASSERT_EQUAL(ret, 10, "objects in a 10.5-object chunk");
	TEST_ASSERT_EQUAL(mp->populated_size, 10, "populated");
	TEST_ASSERT_EQUAL(rte_mempool_virt2iova(buf + mp->header_size),
		0x100000 + mp->header_size, "first object IOVA");
	TEST_ASSERT_EQUAL(rte_mempool_populate_virt(mp, buf + 1, pg, pg,
		NULL, NULL), -EINVAL, "unaligned populate_virt");
	TEST_RUN(drain_and_check, mp, NULL); /* 10 of 40 is not full */
	rte_mempool_free(mp);
	TEST_ASSERT_EQUAL(user_free_calls, 1, "free callback");
	return TEST_SUCCESS;
}

static int
test_populate_anon(void)
{
	struct rte_mempool *mp;
	unsigned int bad = 0;

	/* 3000-byte objects in 4 KiB pages: none may straddle a page
	 * boundary unless the pages are IOVA-contiguous */
	mp = rte_mempool_create_empty("mp_anon", 100, 3000, 0, 0,
		SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	TEST_ASSERT_EQUAL(rte_mempool_populate_anon(mp), 100, "populate_anon");
	rte_mempool_obj_iter(mp, check_no_straddle, &bad);
	TEST_ASSERT_EQUAL(bad, 0, "objects with non-contiguous IOVA");
	TEST_RUN(drain_and_check, mp, NULL);
	TEST_ASSERT_EQUAL(rte_mempool_populate_anon(mp), 0, "second populate");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
test_mempool(void)
{
	TEST_RUN(test_handlers_single);
	TEST_RUN(test_handlers_two_lcores);
	TEST_RUN(test_cache_two_lcores);
	TEST_RUN(test_cache_thresholds);
	TEST_RUN(test_create_callbacks);
	TEST_RUN(test_populate);
	TEST_RUN(test_populate_anon);
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(mempool_autotest, test_mempool);
