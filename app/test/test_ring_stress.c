/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ring_stress_autotest: two lcores both enqueue their own numbered
 * sequence and dequeue whatever arrives, on MP/MC, HTS and RTS rings,
 * with pointer elements and with 16-byte elements, and on HTS rings with
 * the peek API committing only part of each claim. Each consumer checks
 * that every producer's numbers arrive strictly increasing (FIFO per
 * producer) and that 16-byte elements are not torn; at the end a bitmap
 * per producer proves that every number arrived exactly once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_launch.h>
#include <rte_pause.h>
#include <rte_ring.h>
#include <rte_ring_elem.h>

#include "test.h"

#define NB_PRODUCERS 2
#define PER_PRODUCER (1u << 21)     /* 2 Mi each: 4 Mi per ring mode */
#define MAX_BURST 32
#define RING_SIZE 1024

struct elem16 {
	uint32_t producer;
	uint32_t seq;
	uint64_t check;   /* derived from the two words above */
};

static inline uint64_t
elem_check(uint32_t producer, uint32_t seq)
{
	return ((uint64_t)seq * 0x9E3779B97F4A7C15ULL) ^ producer;
}

struct stress_ctx {
	struct rte_ring *r;
	unsigned int esize;           /* 8 (pointer) or 16 */
	int peek;                     /* HTS: use the peek API */
	uint64_t consumed;            /* total dequeued, atomic */
	uint64_t *seen[NB_PRODUCERS]; /* bitmaps, atomic OR */
	int error;                    /* set by any thread on failure */
};

static struct stress_ctx ctx;

/* Record one dequeued element; returns 0 or -1 (and flags the error). */
static int
consume_one(uint32_t producer, uint32_t seq, uint32_t *last)
{
	uint64_t bit, old;

	if (producer >= NB_PRODUCERS || seq >= PER_PRODUCER) {
		printf("bad element producer=%u seq=%u\n", producer, seq);
		return -1;
	}
	/* per-producer FIFO: what this consumer sees must increase */
	if (last[producer] != UINT32_MAX && seq <= last[producer]) {
		printf("producer %u: seq %u after %u\n", producer, seq,
			last[producer]);
		return -1;
	}
	last[producer] = seq;
	bit = 1ULL << (seq % 64);
	/* Relaxed: the bitmap is only read after both threads joined. */
	old = __atomic_fetch_or(&ctx.seen[producer][seq / 64], bit,
		__ATOMIC_RELAXED);
	if (old & bit) {
		printf("producer %u: seq %u dequeued twice\n", producer, seq);
		return -1;
	}
	return 0;
}

static int
stress_worker(void *arg)
{
	uint32_t me = (uint32_t)(uintptr_t)arg;
	uint32_t next = 0, last[NB_PRODUCERS], i, n, k, round = 0;
	struct elem16 in16[MAX_BURST], out16[MAX_BURST];
	uintptr_t inp[MAX_BURST], outp[MAX_BURST];
	const uint64_t total = (uint64_t)NB_PRODUCERS * PER_PRODUCER;

	for (i = 0; i < NB_PRODUCERS; i++)
		last[i] = UINT32_MAX;
	while (__atomic_load_n(&ctx.consumed, __ATOMIC_RELAXED) < total &&
	       !__atomic_load_n(&ctx.error, __ATOMIC_RELAXED)) {
		round++;
		/* produce a burst of 1..32 (sizes vary to hit every wrap) */
		k = RTE_MIN(1 + round % MAX_BURST, PER_PRODUCER - next);
		if (k > 0) {
			for (i = 0; i < k; i++) {
				inp[i] = ((uintptr_t)me << 32) | (next + i);
				in16[i] = (struct elem16){ me, next + i,
					elem_check(me, next + i) };
			}
			if (ctx.peek) {
				/* claim k, publish only part of it */
				/* finish only after a successful start:
				 * it would reset another thread's claim */
				n = rte_ring_enqueue_burst_start(ctx.r, k, NULL);
				n -= n / 4;
				if (n > 0)
					rte_ring_enqueue_elem_finish(ctx.r,
						ctx.esize == 8 ? (void *)inp :
						(void *)in16, ctx.esize, n);
			} else if (ctx.esize == 8)
				n = (round & 1) ?
				    rte_ring_enqueue_bulk(ctx.r,
					(void **)inp, k, NULL) :
				    rte_ring_enqueue_burst(ctx.r,
					(void **)inp, k, NULL);
			else
				n = (round & 1) ?
				    rte_ring_enqueue_bulk_elem(ctx.r, in16,
					sizeof(in16[0]), k, NULL) :
				    rte_ring_enqueue_burst_elem(ctx.r, in16,
					sizeof(in16[0]), k, NULL);
			next += n;
		}
		/* consume up to a burst */
		k = 1 + (round * 7) % MAX_BURST;
		if (ctx.peek) {
			/* copy k out, release only part: the rest is seen
			 * again by the next dequeue (of either lcore) */
			n = rte_ring_dequeue_burst_elem_start(ctx.r,
				ctx.esize == 8 ? (void *)outp : (void *)out16,
				ctx.esize, k, NULL);
			n -= n / 3;
			if (n > 0)
				rte_ring_dequeue_elem_finish(ctx.r, n);
		} else if (ctx.esize == 8)
			n = rte_ring_dequeue_burst(ctx.r, (void **)outp, k,
				NULL);
		else
			n = rte_ring_dequeue_burst_elem(ctx.r, out16,
				sizeof(out16[0]), k, NULL);
		for (i = 0; i < n; i++) {
			uint32_t p, s;

			if (ctx.esize == 8) {
				p = (uint32_t)(outp[i] >> 32);
				s = (uint32_t)outp[i];
			} else {
				p = out16[i].producer;
				s = out16[i].seq;
				if (out16[i].check != elem_check(p, s)) {
					printf("torn 16-byte element %u/%u\n",
						p, s);
					goto fail;
				}
			}
			if (consume_one(p, s, last) != 0)
				goto fail;
		}
		if (n > 0)
			__atomic_fetch_add(&ctx.consumed, n, __ATOMIC_RELAXED);
		else
			rte_pause();
	}
	return 0;
fail:
	__atomic_store_n(&ctx.error, 1, __ATOMIC_RELAXED);
	return -1;
}

static int
run_stress(const char *name, unsigned int flags, unsigned int esize,
	int peek)
{
	unsigned int worker, p;
	uint64_t w, words = PER_PRODUCER / 64;
	int ret;

	memset(&ctx, 0, sizeof(ctx));
	ctx.esize = esize;
	ctx.peek = peek;
	ctx.r = rte_ring_create_elem("stress", esize, RING_SIZE,
		SOCKET_ID_ANY, flags);
	TEST_ASSERT_NOT_NULL(ctx.r, "create %s ring: %s", name,
		rte_strerror(rte_errno));
	for (p = 0; p < NB_PRODUCERS; p++) {
		ctx.seen[p] = calloc(words, sizeof(uint64_t));
		TEST_ASSERT_NOT_NULL(ctx.seen[p], "bitmap");
	}
	worker = rte_get_next_lcore(-1, 1, 0);
	TEST_ASSERT(worker < RTE_MAX_LCORE, "needs two lcores (-l 0-1)");
	TEST_ASSERT_EQUAL(rte_eal_remote_launch(stress_worker,
		(void *)(uintptr_t)1, worker), 0, "launch");
	ret = stress_worker((void *)(uintptr_t)0);
	ret |= rte_eal_wait_lcore(worker);
	TEST_ASSERT(ret == 0 && !ctx.error, "%s: stress failed", name);
	TEST_ASSERT_EQUAL(ctx.consumed, (uint64_t)NB_PRODUCERS * PER_PRODUCER,
		"%s: consumed count", name);
	for (p = 0; p < NB_PRODUCERS; p++) {
		for (w = 0; w < words; w++)
			TEST_ASSERT(ctx.seen[p][w] == UINT64_MAX,
				"%s: producer %u lost elements near seq %" PRIu64,
				name, p, w * 64);
		free(ctx.seen[p]);
	}
	TEST_ASSERT(rte_ring_empty(ctx.r), "%s: ring not empty", name);
	rte_ring_free(ctx.r);
	printf("  %s%s, %u-byte elements: %u elements, none lost or duplicated\n",
		name, peek ? " (peek API)" : "", esize,
		NB_PRODUCERS * PER_PRODUCER);
	return TEST_SUCCESS;
}

/* One sync mode: 8- and 16-byte elements; HTS also through the peek API
 * with partial commits, both lcores on both sides. */
static int
stress_mode(const char *name, unsigned int flags, int with_peek)
{
	for (int peek = 0; peek <= with_peek; peek++) {
		TEST_RUN(run_stress, name, flags, 8, peek);
		TEST_RUN(run_stress, name, flags, 16, peek);
	}
	return TEST_SUCCESS;
}

static int
test_ring_stress_mt(void)
{
	return stress_mode("MP/MC", 0, 0);
}

static int
test_ring_stress_hts(void)
{
	return stress_mode("MP_HTS/MC_HTS",
		RING_F_MP_HTS_ENQ | RING_F_MC_HTS_DEQ, 1);
}

static int
test_ring_stress_rts(void)
{
	return stress_mode("MP_RTS/MC_RTS",
		RING_F_MP_RTS_ENQ | RING_F_MC_RTS_DEQ, 0);
}

static int
test_ring_stress(void)
{
	TEST_RUN(test_ring_stress_mt);
	TEST_RUN(test_ring_stress_hts);
	TEST_RUN(test_ring_stress_rts);
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(ring_stress_autotest, test_ring_stress);
/* one sync mode each (the ThreadSanitizer suite runs them one by one) */
REGISTER_TEST_COMMAND(ring_stress_mt_autotest, test_ring_stress_mt);
REGISTER_TEST_COMMAND(ring_stress_hts_autotest, test_ring_stress_hts);
REGISTER_TEST_COMMAND(ring_stress_rts_autotest, test_ring_stress_rts);
