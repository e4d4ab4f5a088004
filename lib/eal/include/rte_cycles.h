/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Time stamp counter and delays (DPDK 22.11 rte_cycles.h).
 */
#ifndef _RTE_CYCLES_H_
#define _RTE_CYCLES_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <rte_common.h>
#include <rte_atomic.h>

#define MS_PER_S 1000 /**< milliseconds per second */
#define US_PER_S 1000000 /**< microseconds per second */
#define NS_PER_S 1000000000 /**< nanoseconds per second */

/** Timer behind rte_get_timer_cycles(). */
enum timer_source {
	EAL_TIMER_TSC = 0,	/**< time stamp counter (the only one used) */
	EAL_TIMER_HPET		/**< HPET (not supported) */
};
/** The timer in use (always EAL_TIMER_TSC). */
extern enum timer_source eal_timer_source;

/** Read the TSC (not ordered against surrounding instructions). */
static inline uint64_t
rte_rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a" (lo), "=d" (hi));
	return ((uint64_t)hi << 32) | lo;
}

/** Read the TSC after every earlier memory access has completed. */
static inline uint64_t
rte_rdtsc_precise(void)
{
	rte_mb();
	return rte_rdtsc();
}

/** TSC frequency in Hz, measured by rte_eal_init(). */
uint64_t rte_get_tsc_hz(void);

/** Same as rte_rdtsc(). */
static inline uint64_t
rte_get_tsc_cycles(void)
{
	return rte_rdtsc();
}

/** The timer the EAL uses is the TSC. */
static inline uint64_t
rte_get_timer_cycles(void)
{
	return rte_get_tsc_cycles();
}

/** Frequency of rte_get_timer_cycles() in Hz. */
static inline uint64_t
rte_get_timer_hz(void)
{
	return rte_get_tsc_hz();
}

/** Wait at least us microseconds (busy by default; see
 * rte_delay_us_callback_register). */
extern void (*rte_delay_us)(unsigned int us);

/** Wait at least ms milliseconds (through rte_delay_us). */
static inline void
rte_delay_ms(unsigned ms)
{
	rte_delay_us(ms * 1000);
}

/** Busy-wait on the TSC. */
void rte_delay_us_block(unsigned int us);
/** Sleep (nanosleep) for at least us microseconds. */
void rte_delay_us_sleep(unsigned int us);
/** Make rte_delay_us() call userfunc. */
void rte_delay_us_callback_register(void (*userfunc)(unsigned int));

#ifdef __cplusplus
}
#endif

#endif /* _RTE_CYCLES_H_ */
