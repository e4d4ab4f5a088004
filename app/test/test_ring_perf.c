/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ring_perf_autotest: cycles per element for the ring calls, reported
 * with the same labels and method as DPDK 22.11's ring_perf_autotest so
 * the two can be compared line by line:
 *  - single: one enqueue + one dequeue per iteration (cycles per pair);
 *  - burst/bulk of 8 and 32: enqueue n + dequeue n (cycles per element);
 *  - empty: bulk dequeue of 8 from an empty ring (cycles per call);
 *  - two cores: one lcore enqueues, the other dequeues; the sum of both
 *    sides' cycles per element.
 * For pointer rings ("legacy APIs") and 16-byte elements ("elem APIs").
 */
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_pause.h>
#include <rte_ring.h>
#include <rte_ring_elem.h>

#include "test.h"

#define RING_SIZE 4096
#define MAX_BURST 32

static const unsigned int bulk_sizes[] = { 8, 32 };

/* One enqueue or dequeue call of the kind being measured. Everything
 * but r and n is a compile-time constant at each call site. */
static __rte_always_inline unsigned int
do_enq(struct rte_ring *r, const void *obj, unsigned int esize,
	unsigned int n, int single_thread, int burst)
{
	if (single_thread)
		return burst ?
			rte_ring_sp_enqueue_burst_elem(r, obj, esize, n, NULL) :
			rte_ring_sp_enqueue_bulk_elem(r, obj, esize, n, NULL);
	return burst ?
		rte_ring_mp_enqueue_burst_elem(r, obj, esize, n, NULL) :
		rte_ring_mp_enqueue_bulk_elem(r, obj, esize, n, NULL);
}

static __rte_always_inline unsigned int
do_deq(struct rte_ring *r, void *obj, unsigned int esize, unsigned int n,
	int single_thread, int burst)
{
	if (single_thread)
		return burst ?
			rte_ring_sc_dequeue_burst_elem(r, obj, esize, n, NULL) :
			rte_ring_sc_dequeue_bulk_elem(r, obj, esize, n, NULL);
	return burst ?
		rte_ring_mc_dequeue_burst_elem(r, obj, esize, n, NULL) :
		rte_ring_mc_dequeue_bulk_elem(r, obj, esize, n, NULL);
}

static const char *
mode_name(int st)
{
	return st ? "SP/SC" : "MP/MC";
}

/* Generates the one-core measurements for one element size. */
#define DEFINE_ONE_CORE(esz) \
static double \
single_##esz(struct rte_ring *r, int st) \
{ \
	uint64_t buf[MAX_BURST * 2], start; \
	const unsigned int iters = 1u << 24; \
	unsigned int i; \
	\
	start = rte_rdtsc(); \
	for (i = 0; i < iters; i++) { \
		do_enq(r, buf, esz, 1, st, 0); \
		do_deq(r, buf, esz, 1, st, 0); \
	} \
	return (double)(rte_rdtsc() - start) / iters; \
} \
\
static double \
bulk_##esz(struct rte_ring *r, int st, int burst, unsigned int n) \
{ \
	uint64_t buf[MAX_BURST * 2], start; \
	const unsigned int iters = 1u << 20; \
	unsigned int i; \
	\
	memset(buf, 0, sizeof(buf)); \
	start = rte_rdtsc(); \
	if (n == 8) { \
		for (i = 0; i < iters; i++) { \
			do_enq(r, buf, esz, 8, st, burst); \
			do_deq(r, buf, esz, 8, st, burst); \
		} \
	} else { \
		for (i = 0; i < iters; i++) { \
			do_enq(r, buf, esz, 32, st, burst); \
			do_deq(r, buf, esz, 32, st, burst); \
		} \
	} \
	return (double)(rte_rdtsc() - start) / ((double)iters * n); \
} \
\
DEFINE_EMPTY(esz, 1, empty_##esz##_st) \
DEFINE_EMPTY(esz, 0, empty_##esz##_mt) \
\
static double \
empty_##esz(struct rte_ring *r, int st) \
{ \
	return st ? empty_##esz##_st(r) : empty_##esz##_mt(r); \
}

/*
 * Polls of an empty ring, one function per sync mode. The loop is a few
 * instructions and runs at about 0.6 or 1.2 cycles per poll depending on
 * how its blocks fall into 64-byte fetch windows; sharing a function with
 * the other mode's loop made that depend on the other mode's code.
 */
#define DEFINE_EMPTY(esz, st, name) \
static __rte_noinline double \
name(struct rte_ring *r) \
{ \
	uint64_t buf[MAX_BURST * 2], start; \
	const unsigned int iters = 1u << 26; \
	unsigned int i; \
	\
	start = rte_rdtsc(); \
	for (i = 0; i < iters; i++) \
		do_deq(r, buf, esz, 8, st, 0); \
	return (double)(rte_rdtsc() - start) / iters; \
}

DEFINE_ONE_CORE(8)
DEFINE_ONE_CORE(16)

/* ---- two cores ---- */

struct side {
	struct rte_ring *r;
	unsigned int esize, n;
	int st, enq;
	double cycles;   /* per element */
};

static volatile int go;

/*
 * One side's loop, one function per element size, direction and sync
 * mode. Like the empty poll, a loop this small runs faster or slower with
 * where its blocks fall in 64-byte fetch windows; in one shared function
 * each loop's placement depended on the other seven.
 */
#define DEFINE_SIDE(esz, enq, st, name) \
static __rte_noinline void \
name(struct rte_ring *r, void *buf, unsigned int n, unsigned int iters) \
{ \
	unsigned int i; \
	\
	for (i = 0; i < iters; i++) \
		while ((enq ? do_enq(r, buf, esz, n, st, 0) : \
				do_deq(r, buf, esz, n, st, 0)) == 0) \
			rte_pause(); \
}

DEFINE_SIDE(8, 1, 0, enq_8_mt)
DEFINE_SIDE(8, 1, 1, enq_8_st)
DEFINE_SIDE(8, 0, 0, deq_8_mt)
DEFINE_SIDE(8, 0, 1, deq_8_st)
DEFINE_SIDE(16, 1, 0, enq_16_mt)
DEFINE_SIDE(16, 1, 1, enq_16_st)
DEFINE_SIDE(16, 0, 0, deq_16_mt)
DEFINE_SIDE(16, 0, 1, deq_16_st)

static int
two_core_side(void *arg)
{
	/* [esize == 16][enq][st] */
	static void (* const loops[2][2][2])(struct rte_ring *, void *,
			unsigned int, unsigned int) = {
		{ { deq_8_mt, deq_8_st }, { enq_8_mt, enq_8_st } },
		{ { deq_16_mt, deq_16_st }, { enq_16_mt, enq_16_st } },
	};
	struct side *s = arg;
	uint64_t buf[MAX_BURST * 2], start;
	const unsigned int iters = 1u << 22;

	memset(buf, 0, sizeof(buf));
	while (!__atomic_load_n(&go, __ATOMIC_ACQUIRE))
		rte_pause();
	start = rte_rdtsc();
	loops[s->esize == 16][!!s->enq][!!s->st](s->r, buf, s->n, iters);
	s->cycles = (double)(rte_rdtsc() - start) / ((double)iters * s->n);
	return 0;
}

static int
two_cores(struct rte_ring *r, unsigned int esize, int st, unsigned int n,
	double *result)
{
	struct side enq = { r, esize, n, st, 1, 0 };
	struct side deq = { r, esize, n, st, 0, 0 };
	unsigned int worker = rte_get_next_lcore(-1, 1, 0);

	if (worker >= RTE_MAX_LCORE)
		return -1;
	rte_ring_reset(r);
	go = 0;
	if (rte_eal_remote_launch(two_core_side, &deq, worker) != 0)
		return -1;
	__atomic_store_n(&go, 1, __ATOMIC_RELEASE);
	two_core_side(&enq);
	if (rte_eal_wait_lcore(worker) != 0)
		return -1;
	*result = enq.cycles + deq.cycles;
	return 0;
}

static int
run_suite(const char *api, unsigned int esize)
{
	struct rte_ring *r[2];
	unsigned int st, b, burst;
	double v;

	for (st = 0; st < 2; st++) {
		r[st] = rte_ring_create_elem(st ? "perf_st" : "perf_mt", esize,
			RING_SIZE, SOCKET_ID_ANY,
			st ? RING_F_SP_ENQ | RING_F_SC_DEQ : 0);
		TEST_ASSERT_NOT_NULL(r[st], "create: %s",
			rte_strerror(rte_errno));
	}
	printf("\n### Testing single element enq/deq ###\n");
	for (st = 2; st-- > 0;) {
		v = esize == 8 ? single_8(r[st], st) : single_16(r[st], st);
		printf("%s: %s: single: %.2F\n", api, mode_name(st), v);
	}
	for (burst = 2; burst-- > 0;) {
		printf("\n### Testing %s enq/deq ###\n",
			burst ? "burst" : "bulk");
		for (st = 2; st-- > 0;)
			for (b = 0; b < RTE_DIM(bulk_sizes); b++) {
				v = esize == 8 ?
					bulk_8(r[st], st, burst, bulk_sizes[b]) :
					bulk_16(r[st], st, burst, bulk_sizes[b]);
				printf("%s: %s: %s (size: %u): %.2F\n", api,
					mode_name(st), burst ? "burst" : "bulk",
					bulk_sizes[b], v);
			}
	}
	printf("\n### Testing empty bulk deq ###\n");
	for (st = 2; st-- > 0;) {
		v = esize == 8 ? empty_8(r[st], st) : empty_16(r[st], st);
		printf("%s: %s: bulk (size: 8): %.2F\n", api, mode_name(st), v);
	}
	printf("\n### Testing using two physical cores ###\n");
	for (b = 0; b < RTE_DIM(bulk_sizes); b++)
		for (st = 2; st-- > 0;) {
			TEST_ASSERT_EQUAL(two_cores(r[st], esize, st,
				bulk_sizes[b], &v), 0, "needs two lcores");
			printf("%s: %s: bulk (size: %u): %.2F\n", api,
				mode_name(st), bulk_sizes[b], v);
		}
	rte_ring_free(r[0]);
	rte_ring_free(r[1]);
	return TEST_SUCCESS;
}

static int
test_ring_perf(void)
{
	TEST_RUN(run_suite, "legacy APIs", 8);
	TEST_RUN(run_suite, "elem APIs: element size 16B", 16);
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(ring_perf_autotest, test_ring_perf);
