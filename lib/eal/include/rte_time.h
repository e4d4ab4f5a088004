/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Time conversions and a cycle counter -> ns converter for NIC clocks
 * (DPDK 22.11 rte_time.h).
 */
#ifndef _RTE_TIME_H_
#define _RTE_TIME_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <time.h>

#define NSEC_PER_SEC 1000000000L

/** Converts a free-running counter (e.g. a NIC's SYSTIM) to nanoseconds. */
struct rte_timecounter {
	uint64_t cycle_last;	/**< counter at the last update */
	uint64_t nsec;		/**< nanoseconds so far */
	uint64_t nsec_mask;	/**< fractional-ns bits below cc_shift */
	uint64_t nsec_frac;	/**< fractional ns carried over */
	uint64_t cc_mask;	/**< counter width mask */
	uint32_t cc_shift;	/**< counter units = 2^-cc_shift ns */
};

static inline uint64_t
rte_cyclecounter_cycles_to_ns(struct rte_timecounter *tc, uint64_t cycles)
{
	uint64_t ns = cycles + tc->nsec_frac;

	tc->nsec_frac = ns & tc->nsec_mask;
	return ns >> tc->cc_shift;
}

/** Advance to counter value cycle_now (wrap-safe); returns tc->nsec. */
static inline uint64_t
rte_timecounter_update(struct rte_timecounter *tc, uint64_t cycle_now)
{
	/* masked subtraction handles counters narrower than 64 bits */
	uint64_t delta = (cycle_now - tc->cycle_last) & tc->cc_mask;

	tc->cycle_last = cycle_now;
	tc->nsec += rte_cyclecounter_cycles_to_ns(tc, delta);
	return tc->nsec;
}

static inline uint64_t
rte_timespec_to_ns(const struct timespec *ts)
{
	return (uint64_t)ts->tv_sec * NSEC_PER_SEC + ts->tv_nsec;
}

static inline struct timespec
rte_ns_to_timespec(uint64_t nsec)
{
	struct timespec ts;

	ts.tv_sec = nsec / NSEC_PER_SEC;
	ts.tv_nsec = nsec % NSEC_PER_SEC;
	return ts;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_TIME_H_ */
