/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * mempool_lf_stack_autotest: the lock-free "lf_stack" mempool handler.
 * One lcore: exact counts, all-or-nothing gets, LIFO order, a put beyond
 * the pool's size refused. Two lcores: both take random bursts straight
 * from the handler (no cache) and with per-lcore caches, mark each object
 * as theirs while they hold it (a second holder would see the mark: the
 * object was handed out twice), and put it back; at the end the pool
 * holds every object exactly once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_launch.h>
#include <rte_mempool.h>

#include "test.h"

#define POOL_SIZE 255
#define MAX_BURST 32
#define ITERATIONS (1u << 17)   /* bursts per lcore and pass */

struct obj {
	uint32_t index;    /* position in the pool, set at creation */
	uint32_t holder;   /* 0 in the pool, else lcore + 1 (atomic) */
	uint64_t uses;     /* times handed out (owner only) */
};

static struct {
	struct rte_mempool *mp;
	uint64_t gets[2], empty[2];
	int error;
} ctx;

static void
obj_init(__rte_unused struct rte_mempool *mp, __rte_unused void *arg,
	void *o, unsigned int i)
{
	memset(o, 0, sizeof(struct obj));
	((struct obj *)o)->index = i;
}

static struct rte_mempool *
lf_pool(const char *name, unsigned int cache)
{
	struct rte_mempool *mp;

	mp = rte_mempool_create_empty(name, POOL_SIZE, sizeof(struct obj),
		cache, 0, SOCKET_ID_ANY, 0);
	if (mp == NULL)
		return NULL;
	if (rte_mempool_set_ops_byname(mp, "lf_stack", NULL) != 0 ||
	    rte_mempool_populate_default(mp) != POOL_SIZE) {
		rte_mempool_free(mp);
		return NULL;
	}
	rte_mempool_obj_iter(mp, obj_init, NULL);
	return mp;
}

/* Take every object out: each index exactly once; then put them back. */
static int
check_all_once(struct rte_mempool *mp)
{
	void *objs[POOL_SIZE];
	uint8_t seen[POOL_SIZE] = { 0 };
	unsigned int i;

	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), POOL_SIZE, "avail");
	TEST_ASSERT_EQUAL(rte_mempool_get_bulk(mp, objs, POOL_SIZE), 0,
		"get all");
	for (i = 0; i < POOL_SIZE; i++) {
		struct obj *o = objs[i];

		TEST_ASSERT(o->index < POOL_SIZE && !seen[o->index],
			"object %u twice", o->index);
		TEST_ASSERT_EQUAL(o->holder, 0, "object %u held", o->index);
		seen[o->index] = 1;
	}
	rte_mempool_put_bulk(mp, objs, POOL_SIZE);
	return TEST_SUCCESS;
}

static int
test_one_lcore(void)
{
	struct rte_mempool *mp = lf_pool("lf_one", 0);
	void *objs[POOL_SIZE], *a, *b, *x;
	unsigned int i;

	TEST_ASSERT_NOT_NULL(mp, "create: %s", rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(strcmp(rte_mempool_get_ops(mp->ops_index)->name,
		"lf_stack"), 0, "ops");
	TEST_RUN(check_all_once, mp);
	/* bursts of every size down to empty, then all or nothing */
	for (i = 0; i < 20; i++)
		TEST_ASSERT_EQUAL(rte_mempool_get_bulk(mp, objs + i * 10, 10),
			0, "burst %u", i);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), POOL_SIZE - 200, "avail");
	TEST_ASSERT_EQUAL(rte_mempool_get_bulk(mp, objs + 200, 56), -ENOENT,
		"get past the end");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 55, "unchanged");
	TEST_ASSERT_EQUAL(rte_mempool_get_bulk(mp, objs + 200, 55), 0, "rest");
	TEST_ASSERT(rte_mempool_empty(mp), "empty");
	TEST_ASSERT_EQUAL(rte_mempool_get(mp, &x), -ENOENT, "get from empty");
	/* LIFO: the last object put is the first got */
	rte_mempool_put(mp, objs[7]);
	rte_mempool_put(mp, objs[3]);
	TEST_ASSERT(rte_mempool_get(mp, &a) == 0 && a == objs[3], "LIFO");
	TEST_ASSERT(rte_mempool_get(mp, &b) == 0 && b == objs[7], "LIFO");
	rte_mempool_put_bulk(mp, objs, POOL_SIZE);
	TEST_ASSERT(rte_mempool_full(mp), "full");
	/* the handler has one node per object: one more is refused */
	x = &x;
	TEST_ASSERT_EQUAL(rte_mempool_ops_enqueue_bulk(mp, &x, 1), -ENOBUFS,
		"put beyond the size");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), POOL_SIZE, "count");
	TEST_RUN(check_all_once, mp);
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static uint32_t
xorshift(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

static int
stress_worker(void *arg)
{
	unsigned int me = (unsigned int)(uintptr_t)arg;
	uint32_t seed = 0x9e3779b9u * (me + 1), mark = me + 1;
	void *objs[MAX_BURST];
	unsigned int it, i, n;

	for (it = 0; it < ITERATIONS; it++) {
		n = 1 + xorshift(&seed) % MAX_BURST;
		if (rte_mempool_get_bulk(ctx.mp, objs, n) != 0) {
			ctx.empty[me]++;
			continue;
		}
		for (i = 0; i < n; i++) {
			struct obj *o = objs[i];
			uint32_t free_mark = 0;

			/* Acq-rel: our use of o follows the previous holder's
			 * release below, and precedes our own release. */
			if (!__atomic_compare_exchange_n(&o->holder, &free_mark,
					mark, 0, __ATOMIC_ACQ_REL,
					__ATOMIC_ACQUIRE)) {
				printf("lcore %u got object %u held by %u\n",
					me, o->index, free_mark);
				__atomic_store_n(&ctx.error, 1, __ATOMIC_RELAXED);
				return -1;
			}
			o->uses++;
		}
		ctx.gets[me] += n;
		for (i = 0; i < n; i++)
			__atomic_store_n(&((struct obj *)objs[i])->holder, 0,
				__ATOMIC_RELEASE);
		rte_mempool_put_bulk(ctx.mp, objs, n);
		if (__atomic_load_n(&ctx.error, __ATOMIC_RELAXED))
			return -1;
	}
	return 0;
}

static void
sum_uses(__rte_unused struct rte_mempool *mp, void *arg, void *o,
	__rte_unused unsigned int i)
{
	*(uint64_t *)arg += ((struct obj *)o)->uses;
}

static int
test_two_lcores(unsigned int cache)
{
	unsigned int worker = rte_get_next_lcore(-1, 1, 0);
	uint64_t uses = 0;
	int ret;

	TEST_ASSERT(worker < RTE_MAX_LCORE, "needs two lcores (-l 0-1)");
	memset(&ctx, 0, sizeof(ctx));
	ctx.mp = lf_pool("lf_two", cache);
	TEST_ASSERT_NOT_NULL(ctx.mp, "create: %s", rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(rte_eal_remote_launch(stress_worker,
		(void *)(uintptr_t)1, worker), 0, "launch");
	ret = stress_worker((void *)(uintptr_t)0);
	ret |= rte_eal_wait_lcore(worker);
	TEST_ASSERT(ret == 0 && !ctx.error, "stress with cache %u failed",
		cache);
	/* the caches go back to the handler before the final count */
	if (cache != 0) {
		rte_mempool_cache_flush(rte_mempool_default_cache(ctx.mp,
			rte_lcore_id()), ctx.mp);
		rte_mempool_cache_flush(rte_mempool_default_cache(ctx.mp,
			worker), ctx.mp);
	}
	TEST_RUN(check_all_once, ctx.mp);
	rte_mempool_obj_iter(ctx.mp, sum_uses, &uses);
	TEST_ASSERT_EQUAL(uses, ctx.gets[0] + ctx.gets[1], "uses");
	TEST_ASSERT(ctx.gets[0] > ITERATIONS && ctx.gets[1] > ITERATIONS,
		"both lcores got objects");
	printf("  cache %u: %" PRIu64 " + %" PRIu64 " objects handed out, %"
		PRIu64 " + %" PRIu64 " gets found the pool short; none lost or doubled\n",
		cache, ctx.gets[0], ctx.gets[1], ctx.empty[0], ctx.empty[1]);
	rte_mempool_free(ctx.mp);
	return TEST_SUCCESS;
}

static int
test_mempool_lf_stack(void)
{
	TEST_RUN(test_one_lcore);
	TEST_RUN(test_two_lcores, 0);
	TEST_RUN(test_two_lcores, 16);
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(mempool_lf_stack_autotest, test_mempool_lf_stack);
