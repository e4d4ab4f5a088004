/* SPDX-License-Identifier: BSD-3-Clause */
#ifndef _RTE_TIMER_H_
#define _RTE_TIMER_H_

/**
 * @file
 * Per-lcore software timers (DPDK 22.11 API).
 *
 * A timer belongs to one lcore's pending list (a skiplist ordered by expiry
 * time) and its callback runs on that lcore, from rte_timer_manage(), which
 * the application calls periodically in its main loop.  Timers can be
 * armed, re-armed and stopped from any lcore: a compare-and-swap on the
 * timer's status word (state + owner lcore) serialises concurrent changes,
 * and a per-lcore lock protects each pending list.
 *
 * Time is counted in timer cycles (rte_get_timer_cycles(), frequency
 * rte_get_timer_hz()).
 */

#include <stdio.h>
#include <stdint.h>

#include <rte_common.h>
#include <rte_spinlock.h> /* DPDK's rte_timer.h brings it in */

#ifdef __cplusplus
extern "C" {
#endif

#define RTE_TIMER_STOP    0 /**< State: timer is stopped. */
#define RTE_TIMER_PENDING 1 /**< State: timer is in a pending list. */
#define RTE_TIMER_RUNNING 2 /**< State: timer callback is running. */
#define RTE_TIMER_CONFIG  3 /**< State: timer is being changed by an lcore. */

#define RTE_TIMER_NO_OWNER -2 /**< Owner of a timer that is in no list. */

/** Kind of timer. */
enum rte_timer_type {
	SINGLE,     /**< Runs once, then is stopped. */
	PERIODICAL  /**< Re-armed with the same period after each run. */
};

/** Timer state and owner, changed together with one 32-bit CAS. */
union rte_timer_status {
	__extension__
	struct {
		uint16_t state; /**< RTE_TIMER_STOP, _PENDING, _RUNNING or _CONFIG. */
		int16_t owner;  /**< lcore whose list holds the timer, or NO_OWNER. */
	};
	uint32_t u32;           /**< Both fields, for atomic access. */
};

struct rte_timer;

/** Timer callback: the timer and the argument given to rte_timer_reset(). */
typedef void (*rte_timer_cb_t)(struct rte_timer *, void *);

/** Maximum number of skiplist levels. */
#define MAX_SKIPLIST_DEPTH 10

/** A timer; initialise with rte_timer_init() or RTE_TIMER_INITIALIZER. */
struct rte_timer {
	uint64_t expire;       /**< Time (timer cycles) at which it expires. */
	struct rte_timer *sl_next[MAX_SKIPLIST_DEPTH]; /**< Skiplist links. */
	volatile union rte_timer_status status; /**< State and owner. */
	uint64_t period;       /**< Period in cycles (0 for a SINGLE timer). */
	rte_timer_cb_t f;      /**< Callback. */
	void *arg;             /**< Callback argument. */
};

#ifdef __cplusplus
/** Static initialiser of a stopped timer. */
#define RTE_TIMER_INITIALIZER { \
	0, {NULL}, {{RTE_TIMER_STOP, RTE_TIMER_NO_OWNER}}, 0, NULL, NULL }
#else
/** Static initialiser of a stopped timer. */
#define RTE_TIMER_INITIALIZER { \
	.status = {{ .state = RTE_TIMER_STOP, .owner = RTE_TIMER_NO_OWNER }}, \
}
#endif

/**
 * Initialise the timer library; call once after rte_eal_init().
 *
 * @return
 *   0, or -EALREADY if it is already initialised.
 */
int rte_timer_subsystem_init(void);

/**
 * Release the timer library; timers still pending are forgotten.
 */
void rte_timer_subsystem_finalize(void);

/**
 * Initialise a timer (stopped, no owner).
 *
 * @param tim
 *   The timer.
 */
void rte_timer_init(struct rte_timer *tim);

/**
 * Arm or re-arm a timer.
 *
 * If the timer is pending it is first removed from its list.  May be called
 * from the timer's own callback.
 *
 * @param tim
 *   The timer.
 * @param ticks
 *   Delay from now, in timer cycles (and the period of a PERIODICAL timer).
 * @param type
 *   SINGLE or PERIODICAL.
 * @param tim_lcore
 *   lcore that runs the callback, or LCORE_ID_ANY to spread timers over
 *   the enabled lcores in turn.
 * @param fct
 *   Callback.
 * @param arg
 *   Callback argument.
 * @return
 *   0; -1 if the timer is being changed by another lcore, or its callback
 *   is running on another lcore; -EINVAL on bad arguments or when the
 *   subsystem is not initialised.
 */
int rte_timer_reset(struct rte_timer *tim, uint64_t ticks,
		enum rte_timer_type type, unsigned int tim_lcore,
		rte_timer_cb_t fct, void *arg);

/**
 * rte_timer_reset(), retried until it succeeds.
 *
 * @param tim
 *   The timer.
 * @param ticks
 *   Delay from now in timer cycles.
 * @param type
 *   SINGLE or PERIODICAL.
 * @param tim_lcore
 *   lcore that runs the callback, or LCORE_ID_ANY.
 * @param fct
 *   Callback.
 * @param arg
 *   Callback argument.
 */
void rte_timer_reset_sync(struct rte_timer *tim, uint64_t ticks,
		enum rte_timer_type type, unsigned int tim_lcore,
		rte_timer_cb_t fct, void *arg);

/**
 * Stop a timer: it will not run until armed again.  May be called from the
 * timer's own callback.
 *
 * @param tim
 *   The timer.
 * @return
 *   0; -1 if the timer is being changed by another lcore or its callback is
 *   running on another lcore.
 */
int rte_timer_stop(struct rte_timer *tim);

/**
 * rte_timer_stop(), retried until it succeeds.
 *
 * @param tim
 *   The timer.
 */
void rte_timer_stop_sync(struct rte_timer *tim);

/**
 * Tell whether a timer is pending.
 *
 * @param tim
 *   The timer.
 * @return
 *   1 if it is in a pending list, 0 otherwise.
 */
int rte_timer_pending(struct rte_timer *tim);

/**
 * Time until the calling lcore's next timer expires.
 *
 * @return
 *   Cycles until the earliest pending timer (0 if already expired),
 *   -ENOENT if the lcore has no pending timer, -EINVAL if the subsystem is
 *   not initialised or the caller is not an EAL lcore.
 */
int64_t rte_timer_next_ticks(void);

/**
 * Run the callbacks of the calling lcore's expired timers.
 *
 * Must be called from an EAL lcore.  A PERIODICAL timer is re-armed at
 * (previous expiry + period) after its callback returns, unless the
 * callback reset or stopped it.
 *
 * @return
 *   0, or -EINVAL if the subsystem is not initialised or the caller is not
 *   an EAL lcore.
 */
int rte_timer_manage(void);

/**
 * Print per-lcore timer statistics (resets, stops, manage calls, pending
 * timers).
 *
 * @param f
 *   Output stream.
 * @return
 *   0, or -EINVAL if the subsystem is not initialised.
 */
int rte_timer_dump_stats(FILE *f);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_TIMER_H_ */
