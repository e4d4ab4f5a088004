/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * rte_timer on two lcores (EAL with --no-huge):
 *  - single timer: runs once, not before its expiry, then is stopped;
 *  - expiry order: timers run in expiry order, ties in arming order;
 *  - periodic timer stopped from its own callback after exactly N runs;
 *  - reset from a callback: a timer hops between the two lcores;
 *  - cross-lcore: the main lcore resets/stops timers owned by the worker
 *    while the worker runs rte_timer_manage(); no timer runs twice per
 *    arming, none runs after rte_timer_stop() returned, every last arming
 *    runs;
 *  - error paths and rte_timer_dump_stats() counts.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_pause.h>
#include <rte_timer.h>

static unsigned int failures;

#define CHECK(cond, ...) do { \
	if (!(cond)) { \
		failures++; \
		printf("FAIL %s:%d: ", __FILE__, __LINE__); \
		printf(__VA_ARGS__); \
		printf("\n"); \
	} \
} while (0)

static uint64_t hz;
static unsigned int worker;

/* Runs rte_timer_manage() on the calling lcore for ms milliseconds. */
static void manage_for(unsigned int ms)
{
	uint64_t end = rte_get_timer_cycles() + hz * ms / 1000;

	while (rte_get_timer_cycles() < end)
		rte_timer_manage();
}

/* Runs rte_timer_manage() until *counter reaches want or 2 s pass (the
 * machine may be busy: never assume a deadline is met). */
static void manage_until(const unsigned int *counter, unsigned int want)
{
	uint64_t end = rte_get_timer_cycles() + 2 * hz;

	while (__atomic_load_n(counter, __ATOMIC_RELAXED) < want &&
			rte_get_timer_cycles() < end)
		rte_timer_manage();
}

/* --- single ---------------------------------------------------------------- */

struct single_ctx { unsigned int runs; uint64_t ran_at; unsigned int lcore; };

static void single_cb(struct rte_timer *tim, void *arg)
{
	struct single_ctx *c = arg;

	RTE_SET_USED(tim);
	c->runs++;
	c->ran_at = rte_get_timer_cycles();
	c->lcore = rte_lcore_id();
}

static void test_single(void)
{
	struct rte_timer tim;
	struct single_ctx c = { 0 };
	uint64_t armed = rte_get_timer_cycles();

	rte_timer_init(&tim);
	CHECK(!rte_timer_pending(&tim), "fresh timer pending");
	CHECK(rte_timer_reset(&tim, hz / 100, SINGLE, rte_lcore_id(), single_cb, &c) == 0,
		"reset");
	CHECK(rte_timer_pending(&tim), "armed timer not pending");
	CHECK(rte_timer_next_ticks() > 0, "next_ticks %lld", (long long)rte_timer_next_ticks());
	manage_until(&c.runs, 1);
	manage_for(20); /* must not run a second time */
	CHECK(c.runs == 1, "single ran %u times", c.runs);
	CHECK(c.ran_at >= armed + hz / 100, "ran %llu cycles early",
		(unsigned long long)(armed + hz / 100 - c.ran_at));
	CHECK(c.lcore == rte_lcore_id(), "ran on lcore %u", c.lcore);
	CHECK(!rte_timer_pending(&tim) && tim.status.state == RTE_TIMER_STOP,
		"single timer not stopped after run");
	CHECK(rte_timer_next_ticks() == -ENOENT, "next_ticks with no timer");
	/* stopped before expiry: never runs */
	CHECK(rte_timer_reset(&tim, hz / 100, SINGLE, rte_lcore_id(), single_cb, &c) == 0,
		"re-arm");
	CHECK(rte_timer_stop(&tim) == 0 && !rte_timer_pending(&tim), "stop");
	manage_for(20);
	CHECK(c.runs == 1, "stopped timer ran (%u)", c.runs);
}

/* --- ordering -------------------------------------------------------------- */

#define NB_ORDER 64
static unsigned int order[NB_ORDER], nb_order;

static void order_cb(struct rte_timer *tim, void *arg)
{
	RTE_SET_USED(tim);
	order[nb_order++] = (unsigned int)(uintptr_t)arg;
}

static void test_order(void)
{
	static struct rte_timer t[NB_ORDER];
	uint64_t exp[NB_ORDER];
	unsigned int i;

	srand(7);
	for (i = 0; i < NB_ORDER; i++) {
		rte_timer_init(&t[i]);
		/* few distinct delays: many ties, which must keep arming order */
		CHECK(rte_timer_reset(&t[i], (uint64_t)(rand() % 4) * hz / 1000, SINGLE,
			rte_lcore_id(), order_cb, (void *)(uintptr_t)i) == 0, "reset %u", i);
		exp[i] = t[i].expire;
	}
	manage_until(&nb_order, NB_ORDER);
	CHECK(nb_order == NB_ORDER, "%u of %u ran", nb_order, NB_ORDER);
	for (i = 1; i < nb_order; i++) {
		unsigned int a = order[i - 1], b = order[i];

		CHECK(exp[a] < exp[b] || (exp[a] == exp[b] && a < b),
			"timer %u (exp %llu) ran before %u (exp %llu)", a,
			(unsigned long long)exp[a], b, (unsigned long long)exp[b]);
	}
}

/* --- periodic, stopped from its callback ------------------------------------ */

static unsigned int periodic_runs;

static void periodic_cb(struct rte_timer *tim, void *arg)
{
	unsigned int limit = (unsigned int)(uintptr_t)arg;

	if (++periodic_runs == limit)
		CHECK(rte_timer_stop(tim) == 0, "stop from callback");
}

static void test_periodic(void)
{
	struct rte_timer tim;
	uint64_t start = rte_get_timer_cycles(), period = hz / 1000;

	rte_timer_init(&tim);
	CHECK(rte_timer_reset(&tim, period, PERIODICAL, rte_lcore_id(), periodic_cb,
		(void *)(uintptr_t)20) == 0, "reset periodic");
	while (periodic_runs < 20 && rte_get_timer_cycles() - start < 2 * hz)
		rte_timer_manage();
	CHECK(periodic_runs == 20, "periodic ran %u times", periodic_runs);
	/* 20 periods, no drift: the 20th run is not before start + 20 * period */
	CHECK(rte_get_timer_cycles() >= start + 20 * period, "periodic ran too fast");
	CHECK(!rte_timer_pending(&tim), "stopped periodic timer still pending");
	manage_for(10);
	CHECK(periodic_runs == 20, "periodic ran after stop (%u)", periodic_runs);
}

/* --- ping-pong: the callback re-arms its timer on the other lcore ------------ */

static volatile int worker_quit;
static unsigned int hops, hop_errors;
static unsigned int hop_target;

static void hop_cb(struct rte_timer *tim, void *arg)
{
	unsigned int self = rte_lcore_id();
	unsigned int other = self == worker ? rte_get_main_lcore() : worker;

	RTE_SET_USED(arg);
	if (self != __atomic_load_n(&hop_target, __ATOMIC_RELAXED))
		__atomic_fetch_add(&hop_errors, 1, __ATOMIC_RELAXED);
	if (__atomic_add_fetch(&hops, 1, __ATOMIC_RELAXED) < 100) {
		__atomic_store_n(&hop_target, other, __ATOMIC_RELAXED);
		if (rte_timer_reset(tim, 0, SINGLE, other, hop_cb, NULL) != 0)
			__atomic_fetch_add(&hop_errors, 1, __ATOMIC_RELAXED);
	}
}

static int worker_loop(void *arg)
{
	RTE_SET_USED(arg);
	while (!__atomic_load_n(&worker_quit, __ATOMIC_ACQUIRE))
		rte_timer_manage();
	return 0;
}

static void test_hop(void)
{
	struct rte_timer tim;
	uint64_t start = rte_get_timer_cycles();

	rte_timer_init(&tim);
	hop_target = worker;
	CHECK(rte_timer_reset(&tim, 0, SINGLE, worker, hop_cb, NULL) == 0, "arm hop");
	while (__atomic_load_n(&hops, __ATOMIC_RELAXED) < 100 &&
			rte_get_timer_cycles() - start < 5 * hz)
		rte_timer_manage();
	manage_for(5);
	CHECK(hops == 100, "timer hopped %u times, want 100", hops);
	CHECK(hop_errors == 0, "%u callbacks on the wrong lcore or failed resets",
		hop_errors);
}

/* --- cross-lcore reset/stop storm -------------------------------------------- */

#define NB_STORM 32
/* status word of a stopped timer: state STOP, no owner */
#define RTE_TIMER_STOP_STATUS \
	((union rte_timer_status){ { .state = RTE_TIMER_STOP, .owner = RTE_TIMER_NO_OWNER } }.u32)
struct storm {
	struct rte_timer tim;
	unsigned int armed_epoch;  /* written by main before each reset */
	unsigned int fired_epoch;  /* written by the callback */
	unsigned int stopped;      /* set by main after rte_timer_stop() */
	unsigned int runs;
};
static struct storm storm[NB_STORM];
static unsigned int storm_errors;

static void storm_cb(struct rte_timer *tim, void *arg)
{
	struct storm *s = arg;
	unsigned int epoch = __atomic_load_n(&s->armed_epoch, __ATOMIC_ACQUIRE);

	RTE_SET_USED(tim);
	if (__atomic_load_n(&s->stopped, __ATOMIC_ACQUIRE) ||
			s->fired_epoch == epoch || rte_lcore_id() != worker)
		__atomic_fetch_add(&storm_errors, 1, __ATOMIC_RELAXED);
	__atomic_store_n(&s->fired_epoch, epoch, __ATOMIC_RELEASE);
	s->runs++;
}

static void test_storm(void)
{
	unsigned int i, op, resets = 0, stops = 0, last_was_reset[NB_STORM] = { 0 };
	unsigned int total_runs = 0;

	srand(11);
	for (i = 0; i < NB_STORM; i++)
		rte_timer_init(&storm[i].tim);
	for (op = 0; op < 20000; op++) {
		struct storm *s = &storm[rand() % NB_STORM];
		unsigned int idx = (unsigned int)(s - storm);

		if (rand() % 3) {
			/* stop first so that the epoch cannot change under a
			 * running callback, then arm the next epoch */
			rte_timer_stop_sync(&s->tim);
			__atomic_store_n(&s->stopped, 0, __ATOMIC_RELAXED);
			__atomic_store_n(&s->armed_epoch, op + 1, __ATOMIC_RELEASE);
			rte_timer_reset_sync(&s->tim, (uint64_t)(rand() % 8) * hz / 1000000,
				SINGLE, worker, storm_cb, s);
			resets++;
			last_was_reset[idx] = 1;
		} else {
			rte_timer_stop_sync(&s->tim);
			__atomic_store_n(&s->stopped, 1, __ATOMIC_RELEASE);
			stops++;
			last_was_reset[idx] = 0;
		}
	}
	/* let the worker drain: every timer back in STOP (not pending, and
	 * no callback running) */
	for (i = 0; i < NB_STORM; i++) {
		uint64_t start = rte_get_timer_cycles();

		while (__atomic_load_n(&storm[i].tim.status.u32, __ATOMIC_ACQUIRE) !=
				RTE_TIMER_STOP_STATUS && rte_get_timer_cycles() - start < 5 * hz)
			rte_pause();
		CHECK(!rte_timer_pending(&storm[i].tim) &&
			storm[i].tim.status.state == RTE_TIMER_STOP, "storm timer %u stuck", i);
	}
	for (i = 0; i < NB_STORM; i++) {
		unsigned int fired = __atomic_load_n(&storm[i].fired_epoch, __ATOMIC_ACQUIRE);

		total_runs += storm[i].runs;
		if (last_was_reset[i])
			CHECK(fired == storm[i].armed_epoch,
				"timer %u: last arming (epoch %u) never ran (last run %u)",
				i, storm[i].armed_epoch, fired);
	}
	CHECK(storm_errors == 0, "%u runs after stop, twice per arming or on the wrong lcore",
		storm_errors);
	CHECK(total_runs <= resets, "%u runs for %u armings", total_runs, resets);
	printf("storm: %u resets, %u stops, %u callbacks\n", resets, stops, total_runs);
}

/* --- errors and statistics ---------------------------------------------------- */

static void nop_cb(struct rte_timer *tim, void *arg)
{
	RTE_SET_USED(tim);
	RTE_SET_USED(arg);
}

static void test_errors_and_stats(void)
{
	struct rte_timer tim = RTE_TIMER_INITIALIZER;
	char *buf = NULL;
	size_t len = 0;
	FILE *f;
	unsigned long long reset = 0, stop = 0, manage = 0, pending = 99;

	CHECK(rte_timer_subsystem_init() == -EALREADY, "second init");
	CHECK(rte_timer_reset(&tim, 1, SINGLE, RTE_MAX_LCORE - 1, nop_cb, NULL) == -EINVAL,
		"reset to a disabled lcore");
	CHECK(rte_timer_reset(&tim, 1, SINGLE, rte_lcore_id(), NULL, NULL) == -EINVAL,
		"NULL callback");
	CHECK(rte_timer_reset(&tim, hz, SINGLE, LCORE_ID_ANY, nop_cb, NULL) == 0,
		"LCORE_ID_ANY");
	CHECK(tim.status.owner == (int16_t)rte_get_main_lcore() ||
		tim.status.owner == (int16_t)worker, "LCORE_ID_ANY picked %d",
		tim.status.owner);
	CHECK(rte_timer_stop(&tim) == 0, "stop");
	f = open_memstream(&buf, &len);
	CHECK(rte_timer_dump_stats(f) == 0, "dump");
	fclose(f);
	printf("%s", buf);
	CHECK(sscanf(strstr(buf, "total:") ? strstr(buf, "total:") : "",
		"total: reset=%llu stop=%llu manage=%llu pending=%llu",
		&reset, &stop, &manage, &pending) == 4, "stats line missing");
	CHECK(pending == 0, "stats say %llu pending", pending);
	CHECK(reset > 20000 / 2 && stop > 0 && manage > 0, "implausible stats");
	free(buf);
}

int main(int argc, char **argv)
{
	if (rte_eal_init(argc, argv) < 0) {
		printf("test_timer: rte_eal_init failed\n");
		return 1;
	}
	worker = rte_get_next_lcore(-1, 1, 0);
	if (worker >= RTE_MAX_LCORE) {
		printf("test_timer: needs two lcores (-l 0-1)\n");
		return 1;
	}
	hz = rte_get_timer_hz();
	CHECK(rte_timer_manage() == -EINVAL, "manage before init");
	CHECK(rte_timer_subsystem_init() == 0, "init");
	test_single();
	test_order();
	test_periodic();
	rte_eal_remote_launch(worker_loop, NULL, worker);
	test_hop();
	test_storm();
	__atomic_store_n(&worker_quit, 1, __ATOMIC_RELEASE);
	rte_eal_wait_lcore(worker);
	test_errors_and_stats();
	rte_timer_subsystem_finalize();
	rte_eal_cleanup();
	if (failures) {
		printf("test_timer: %u failures\n", failures);
		return 1;
	}
	printf("test_timer: OK\n");
	return 0;
}
