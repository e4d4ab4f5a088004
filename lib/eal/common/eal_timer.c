/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * TSC frequency and delays. The frequency comes from CPUID leaf 0x15
 * (Intel SDM vol. 2A, "Time Stamp Counter and Nominal Core Crystal Clock")
 * when the CPU reports it, otherwise from a 10 ms measurement against
 * CLOCK_MONOTONIC_RAW (not slewed by NTP).
 */
#include <cpuid.h>
#include <errno.h>
#include <inttypes.h>
#include <time.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_pause.h>

#include "eal_private.h"

enum timer_source eal_timer_source = EAL_TIMER_TSC;

static uint64_t eal_tsc_hz;

static uint64_t
tsc_hz_from_cpuid(void)
{
	unsigned int a, b, c, d;

	if (__get_cpuid_max(0, NULL) < 0x15)
		return 0;
	__cpuid(0x15, a, b, c, d);
	/* eax/ebx: TSC to crystal ratio; ecx: crystal Hz (0: not given) */
	if (a == 0 || b == 0 || c == 0)
		return 0;
	return (uint64_t)c * b / a;
}

static uint64_t
ts_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC_RAW, &ts);
	return (uint64_t)ts.tv_sec * NS_PER_S + (uint64_t)ts.tv_nsec;
}

static uint64_t
tsc_hz_measure(void)
{
	struct timespec req = { .tv_sec = 0, .tv_nsec = 10 * 1000 * 1000 };
	uint64_t t0, t1, c0, c1;

	t0 = ts_ns();
	c0 = rte_rdtsc_precise();
	while (nanosleep(&req, &req) != 0 && errno == EINTR)
		;
	t1 = ts_ns();
	c1 = rte_rdtsc_precise();
	if (t1 <= t0)
		return 0;
	/* round to 10 kHz: the measurement is not better than that */
	return ((c1 - c0) * NS_PER_S / (t1 - t0) + 5000) / 10000 * 10000;
}

int
eal_timer_init(void)
{
	if (eal_tsc_hz != 0)
		return 0;
	eal_tsc_hz = tsc_hz_from_cpuid();
	if (eal_tsc_hz == 0)
		eal_tsc_hz = tsc_hz_measure();
	if (eal_tsc_hz == 0) {
		EAL_LOG(ERR, "cannot determine the TSC frequency\n");
		return -1;
	}
	EAL_LOG(DEBUG, "TSC frequency is ~%" PRIu64 " KHz\n", eal_tsc_hz / 1000);
	return 0;
}

uint64_t
rte_get_tsc_hz(void)
{
	/* usable before rte_eal_init (e.g. by constructors) */
	if (unlikely(eal_tsc_hz == 0))
		eal_timer_init();
	return eal_tsc_hz;
}

void
rte_delay_us_block(unsigned int us)
{
	const uint64_t start = rte_get_timer_cycles();
	const uint64_t ticks = (uint64_t)us * rte_get_timer_hz() / US_PER_S;

	while ((rte_get_timer_cycles() - start) < ticks)
		rte_pause();
}

void
rte_delay_us_sleep(unsigned int us)
{
	struct timespec req, rem;

	req.tv_sec = us / US_PER_S;
	req.tv_nsec = (long)(us % US_PER_S) * 1000;
	while (nanosleep(&req, &rem) != 0 && errno == EINTR)
		req = rem;
}

void (*rte_delay_us)(unsigned int) = rte_delay_us_block;

void
rte_delay_us_callback_register(void (*userfunc)(unsigned int))
{
	rte_delay_us = userfunc;
}
