/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Per-lcore software timers.
 *
 * Each lcore has a pending list: a skiplist ordered by expiry (ties in
 * arming order) behind a spinlock.  A timer's status word (state + owner)
 * says who may touch it:
 *   STOP     in no list;
 *   PENDING  in the list of lcore `owner`;
 *   CONFIG   an lcore is changing it (got there by CAS; others back off);
 *   RUNNING  its callback runs on `owner`; only that lcore (from within the
 *            callback) may reset or stop it.
 * Any lcore that wants to change a timer first CASes the status to CONFIG,
 * which excludes every other writer; it then edits the lists under their
 * locks and publishes the new state with a release store.
 * rte_timer_manage() takes expired PENDING timers one at a time (CAS to
 * RUNNING under the list lock), so a callback can still stop or reset any
 * timer that has not run yet.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_pause.h>
#include <rte_spinlock.h>

#include "rte_timer.h"

struct timer_lcore {
	struct rte_timer head;      /* sentinel: head.sl_next[] start each level */
	rte_spinlock_t lock;        /* guards head, depth, nb_pending */
	unsigned int depth;         /* levels in use (1..MAX_SKIPLIST_DEPTH) */
	uint64_t rand;              /* xorshift state for skiplist levels */
	struct rte_timer *running;  /* timer whose callback runs now */
	uint32_t nb_pending;        /* timers in the list */
	/* statistics (relaxed atomics: other lcores count their calls here) */
	uint64_t nb_reset, nb_stop, nb_manage;
} __rte_cache_aligned;

static struct timer_lcore lcores[RTE_MAX_LCORE];
static bool initialized;
static unsigned int any_cursor; /* round robin for LCORE_ID_ANY */

/* --- skiplist (caller holds tl->lock) -------------------------------------- */

static unsigned int
random_level(struct timer_lcore *tl)
{
	uint64_t x = tl->rand;
	unsigned int level = 1;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	tl->rand = x;
	/* Each further level with probability 1/4: with 10 levels the top
	 * level stays short up to about 4^10 (1M) pending timers, where 1/2
	 * would leave hundreds of nodes to walk there from 100k on. */
	while (level < MAX_SKIPLIST_DEPTH && (x & 3) == 0) {
		level++;
		x >>= 2;
	}
	return level;
}

/* Keeps the lock-free summary read by rte_timer_manage() up to date: the
 * head sentinel's expire field mirrors the earliest expiry (UINT64_MAX when
 * empty), so the fast path never dereferences a timer the application may
 * be freeing. */
static void
list_changed(struct timer_lcore *tl, int delta)
{
	struct rte_timer *first = tl->head.sl_next[0];

	__atomic_store_n(&tl->head.expire, first ? first->expire : UINT64_MAX,
		__ATOMIC_RELAXED);
	__atomic_store_n(&tl->nb_pending, tl->nb_pending + delta, __ATOMIC_RELAXED);
}

static void
list_insert(struct timer_lcore *tl, struct rte_timer *tim)
{
	struct rte_timer *prev[MAX_SKIPLIST_DEPTH], *p = &tl->head;
	unsigned int level = random_level(tl), i;

	if (level > tl->depth)
		tl->depth = level;
	for (i = tl->depth; i-- > 0;) {
		/* After the equal ones: timers with one expiry run in arming order. */
		while (p->sl_next[i] != NULL && p->sl_next[i]->expire <= tim->expire)
			p = p->sl_next[i];
		prev[i] = p;
	}
	for (i = 0; i < level; i++) {
		tim->sl_next[i] = prev[i]->sl_next[i];
		prev[i]->sl_next[i] = tim;
	}
	for (; i < MAX_SKIPLIST_DEPTH; i++)
		tim->sl_next[i] = NULL;
	list_changed(tl, 1);
}

static void
list_remove(struct timer_lcore *tl, struct rte_timer *tim)
{
	struct rte_timer *prev[MAX_SKIPLIST_DEPTH], *p = &tl->head;
	unsigned int i;

	/* prev[i]: last node on level i that expires strictly before tim; tim
	 * follows it, possibly after some timers with the same expiry. */
	for (i = tl->depth; i-- > 0;) {
		while (p->sl_next[i] != NULL && p->sl_next[i]->expire < tim->expire)
			p = p->sl_next[i];
		prev[i] = p;
	}
	for (i = 0; i < tl->depth; i++) {
		p = prev[i];
		while (p->sl_next[i] != NULL && p->sl_next[i] != tim &&
				p->sl_next[i]->expire == tim->expire)
			p = p->sl_next[i];
		if (p->sl_next[i] != tim)
			break; /* tim is not linked on this level nor above */
		p->sl_next[i] = tim->sl_next[i];
	}
	while (tl->depth > 1 && tl->head.sl_next[tl->depth - 1] == NULL)
		tl->depth--;
	list_changed(tl, -1);
}

/* --- status ---------------------------------------------------------------- */

static inline uint32_t
mk_status(uint16_t state, int16_t owner)
{
	union rte_timer_status s;

	s.state = state;
	s.owner = owner;
	return s.u32;
}

/* Takes the timer into CONFIG state for the calling lcore; returns -1 when
 * another lcore is changing it or its callback runs elsewhere. */
static int
timer_claim(struct rte_timer *tim, unsigned int self, union rte_timer_status *prev)
{
	union rte_timer_status old;
	int16_t me = self < RTE_MAX_LCORE ? (int16_t)self : RTE_TIMER_NO_OWNER;

	old.u32 = __atomic_load_n(&tim->status.u32, __ATOMIC_RELAXED);
	for (;;) {
		if (old.state == RTE_TIMER_CONFIG)
			return -1;
		if (old.state == RTE_TIMER_RUNNING &&
				(old.owner != me || self >= RTE_MAX_LCORE ||
				 lcores[self].running != tim))
			return -1;
		/* Acquire: pairs with the release store that published the
		 * previous state, so the list links and fields are current. */
		if (__atomic_compare_exchange_n(&tim->status.u32, &old.u32,
				mk_status(RTE_TIMER_CONFIG, me), false,
				__ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			break;
	}
	*prev = old;
	return 0;
}

/* Release: the timer's fields and list links are written before any lcore
 * that reads the new status (acquire) looks at them. */
static inline void
timer_publish(struct rte_timer *tim, uint16_t state, int16_t owner)
{
	__atomic_store_n(&tim->status.u32, mk_status(state, owner), __ATOMIC_RELEASE);
}

/* Removes a timer we hold in CONFIG from the list it was pending in. */
static void
unlink_if_pending(struct rte_timer *tim, union rte_timer_status prev)
{
	struct timer_lcore *tl;

	if (prev.state != RTE_TIMER_PENDING)
		return;
	tl = &lcores[prev.owner];
	rte_spinlock_lock(&tl->lock);
	list_remove(tl, tim);
	rte_spinlock_unlock(&tl->lock);
}

static void
count(uint64_t *counter)
{
	__atomic_fetch_add(counter, 1, __ATOMIC_RELAXED);
}

/* --- API ------------------------------------------------------------------- */

int
rte_timer_subsystem_init(void)
{
	unsigned int i;

	if (initialized)
		return -EALREADY;
	for (i = 0; i < RTE_MAX_LCORE; i++) {
		memset(&lcores[i], 0, sizeof(lcores[i]));
		rte_spinlock_init(&lcores[i].lock);
		lcores[i].depth = 1;
		lcores[i].head.expire = UINT64_MAX;
		lcores[i].rand = 0x9e3779b97f4a7c15ull * (i + 1);
	}
	initialized = true;
	return 0;
}

void
rte_timer_subsystem_finalize(void)
{
	initialized = false;
}

void
rte_timer_init(struct rte_timer *tim)
{
	memset(tim, 0, sizeof(*tim));
	tim->status.u32 = mk_status(RTE_TIMER_STOP, RTE_TIMER_NO_OWNER);
}

static unsigned int
pick_any_lcore(void)
{
	unsigned int c = __atomic_fetch_add(&any_cursor, 1, __ATOMIC_RELAXED);

	/* The next enabled lcore after position c (wrapping). */
	return rte_get_next_lcore((c % RTE_MAX_LCORE) - 1, 0, 1);
}

int
rte_timer_reset(struct rte_timer *tim, uint64_t ticks,
		enum rte_timer_type type, unsigned int tim_lcore,
		rte_timer_cb_t fct, void *arg)
{
	unsigned int self = rte_lcore_id();
	union rte_timer_status prev;
	struct timer_lcore *tl;

	if (!initialized || tim == NULL || fct == NULL)
		return -EINVAL;
	if (tim_lcore == LCORE_ID_ANY)
		tim_lcore = pick_any_lcore();
	if (tim_lcore >= RTE_MAX_LCORE || !rte_lcore_is_enabled(tim_lcore)) {
		RTE_LOG(ERR, TIMER, "timer: lcore %u is not an enabled lcore (see -l)\n",
			tim_lcore);
		return -EINVAL;
	}
	if (timer_claim(tim, self, &prev) != 0)
		return -1;
	unlink_if_pending(tim, prev);
	tim->period = type == PERIODICAL ? ticks : 0;
	tim->expire = rte_get_timer_cycles() + ticks;
	tim->f = fct;
	tim->arg = arg;
	tl = &lcores[tim_lcore];
	rte_spinlock_lock(&tl->lock);
	list_insert(tl, tim);
	rte_spinlock_unlock(&tl->lock);
	timer_publish(tim, RTE_TIMER_PENDING, (int16_t)tim_lcore);
	count(&tl->nb_reset);
	return 0;
}

void
rte_timer_reset_sync(struct rte_timer *tim, uint64_t ticks,
		enum rte_timer_type type, unsigned int tim_lcore,
		rte_timer_cb_t fct, void *arg)
{
	while (rte_timer_reset(tim, ticks, type, tim_lcore, fct, arg) == -1)
		rte_pause();
}

int
rte_timer_stop(struct rte_timer *tim)
{
	union rte_timer_status prev;

	if (tim == NULL)
		return -EINVAL;
	if (timer_claim(tim, rte_lcore_id(), &prev) != 0)
		return -1;
	unlink_if_pending(tim, prev);
	if (prev.owner >= 0 && prev.owner < RTE_MAX_LCORE)
		count(&lcores[prev.owner].nb_stop);
	timer_publish(tim, RTE_TIMER_STOP, RTE_TIMER_NO_OWNER);
	return 0;
}

void
rte_timer_stop_sync(struct rte_timer *tim)
{
	while (rte_timer_stop(tim) == -1)
		rte_pause();
}

int
rte_timer_pending(struct rte_timer *tim)
{
	union rte_timer_status s;

	s.u32 = __atomic_load_n(&tim->status.u32, __ATOMIC_RELAXED);
	return s.state == RTE_TIMER_PENDING;
}

int64_t
rte_timer_next_ticks(void)
{
	unsigned int self = rte_lcore_id();
	struct timer_lcore *tl;
	int64_t ret = -ENOENT;

	if (!initialized || self >= RTE_MAX_LCORE)
		return -EINVAL;
	tl = &lcores[self];
	rte_spinlock_lock(&tl->lock);
	if (tl->head.sl_next[0] != NULL) {
		uint64_t now = rte_get_timer_cycles(), exp = tl->head.sl_next[0]->expire;

		ret = exp > now ? (int64_t)(exp - now) : 0;
	}
	rte_spinlock_unlock(&tl->lock);
	return ret;
}

/* Takes the first expired timer that no other lcore is changing, marked
 * RUNNING and out of the list; NULL when there is none. */
static struct rte_timer *
take_expired(struct timer_lcore *tl, unsigned int self, uint64_t now)
{
	struct rte_timer *t, *taken = NULL;

	rte_spinlock_lock(&tl->lock);
	for (t = tl->head.sl_next[0]; t != NULL && t->expire <= now; t = t->sl_next[0]) {
		uint32_t pending = mk_status(RTE_TIMER_PENDING, (int16_t)self);

		/* A timer in CONFIG belongs to the lcore changing it: skip it. */
		if (__atomic_compare_exchange_n(&t->status.u32, &pending,
				mk_status(RTE_TIMER_RUNNING, (int16_t)self), false,
				__ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
			list_remove(tl, t);
			taken = t;
			break;
		}
	}
	rte_spinlock_unlock(&tl->lock);
	/* Decided under the lock: once it is dropped, a timer we did not
	 * take may be reset, stopped or even freed by another lcore, so its
	 * expiry must not be read again here (a data race ThreadSanitizer
	 * found). */
	return taken;
}

/* After the callback: unless it reset or stopped the timer, stop a SINGLE
 * timer and re-arm a PERIODICAL one one period after its last expiry. */
static void
finish_run(struct timer_lcore *tl, struct rte_timer *tim, unsigned int self)
{
	union rte_timer_status s;

	s.u32 = __atomic_load_n(&tim->status.u32, __ATOMIC_ACQUIRE);
	if (s.state != RTE_TIMER_RUNNING || s.owner != (int16_t)self)
		return;
	if (tim->period == 0) {
		timer_publish(tim, RTE_TIMER_STOP, RTE_TIMER_NO_OWNER);
		return;
	}
	tim->expire += tim->period;
	rte_spinlock_lock(&tl->lock);
	list_insert(tl, tim);
	rte_spinlock_unlock(&tl->lock);
	timer_publish(tim, RTE_TIMER_PENDING, (int16_t)self);
}

int
rte_timer_manage(void)
{
	unsigned int self = rte_lcore_id(), budget;
	struct timer_lcore *tl;
	struct rte_timer *tim;
	uint64_t now;

	if (!initialized || self >= RTE_MAX_LCORE)
		return -EINVAL;
	tl = &lcores[self];
	/* only this lcore writes its manage counter: no locked instruction */
	__atomic_store_n(&tl->nb_manage, tl->nb_manage + 1, __ATOMIC_RELAXED);
	/* Cheap exit for the common case, without the lock: a timer armed
	 * concurrently is seen by the next call. */
	now = rte_get_timer_cycles();
	if (__atomic_load_n(&tl->head.expire, __ATOMIC_RELAXED) > now)
		return 0;
	/* At most the timers pending now: a timer re-armed for "now" by its
	 * callback (or with a zero period) waits for the next call. */
	budget = __atomic_load_n(&tl->nb_pending, __ATOMIC_RELAXED);
	while (budget-- > 0 && (tim = take_expired(tl, self, now)) != NULL) {
		tl->running = tim;
		tim->f(tim, tim->arg);
		tl->running = NULL;
		finish_run(tl, tim, self);
	}
	return 0;
}

int
rte_timer_dump_stats(FILE *f)
{
	uint64_t reset = 0, stop = 0, manage = 0, pending = 0;
	unsigned int i;

	if (!initialized || f == NULL)
		return -EINVAL;
	fprintf(f, "Timer statistics:\n");
	for (i = 0; i < RTE_MAX_LCORE; i++) {
		struct timer_lcore *tl = &lcores[i];
		uint64_t r = __atomic_load_n(&tl->nb_reset, __ATOMIC_RELAXED);
		uint64_t s = __atomic_load_n(&tl->nb_stop, __ATOMIC_RELAXED);
		uint64_t m = __atomic_load_n(&tl->nb_manage, __ATOMIC_RELAXED);
		uint32_t p = __atomic_load_n(&tl->nb_pending, __ATOMIC_RELAXED);

		if (r == 0 && s == 0 && m == 0 && p == 0)
			continue;
		fprintf(f, "  lcore %u: reset=%" PRIu64 " stop=%" PRIu64
			" manage=%" PRIu64 " pending=%u\n", i, r, s, m, p);
		reset += r;
		stop += s;
		manage += m;
		pending += p;
	}
	fprintf(f, "  total: reset=%" PRIu64 " stop=%" PRIu64 " manage=%" PRIu64
		" pending=%" PRIu64 "\n", reset, stop, manage, pending);
	return 0;
}
