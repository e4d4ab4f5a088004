/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Timer benchmark written against the DPDK 22.11 API only (same source for
 * pmdkit and DPDK, see tests/lpm/bench_vs_dpdk.py): cycles per
 * rte_timer_reset of 100000 pending timers, per rte_timer_manage call with
 * nothing expired, per expired timer run by rte_timer_manage, and per
 * rte_timer_stop.
 */
#include <stdio.h>
#include <stdlib.h>

#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_lcore.h>
#include <rte_timer.h>

#define NB_TIMERS 100000
#define NB_IDLE 1000000

static struct rte_timer timers[NB_TIMERS];
static unsigned int runs;

static void
cb(struct rte_timer *t, void *arg)
{
	(void)t;
	(void)arg;
	runs++;
}

int
main(int argc, char **argv)
{
	uint64_t hz, t0, t_reset, t_idle, t_run, t_stop, now;
	unsigned int i, lcore;

	if (rte_eal_init(argc, argv) < 0 || rte_timer_subsystem_init() != 0) {
		printf("bench_timer: init failed\n");
		return 1;
	}
	hz = rte_get_timer_hz();
	lcore = rte_lcore_id();
	srand(1);
	for (i = 0; i < NB_TIMERS; i++)
		rte_timer_init(&timers[i]);
	/* expiries spread over 1 s, far enough not to fire during the idle loop */
	t0 = rte_rdtsc();
	for (i = 0; i < NB_TIMERS; i++)
		rte_timer_reset(&timers[i], hz + (uint64_t)rand() % hz, SINGLE, lcore, cb, NULL);
	t_reset = rte_rdtsc() - t0;
	t0 = rte_rdtsc();
	for (i = 0; i < NB_IDLE; i++)
		rte_timer_manage();
	t_idle = rte_rdtsc() - t0;
	/* stop half, let the other half expire and run */
	t0 = rte_rdtsc();
	for (i = 0; i < NB_TIMERS; i += 2)
		rte_timer_stop(&timers[i]);
	t_stop = rte_rdtsc() - t0;
	now = rte_get_timer_cycles();
	while (rte_get_timer_cycles() < now + 2 * hz + hz / 10)
		;
	t0 = rte_rdtsc();
	rte_timer_manage();
	t_run = rte_rdtsc() - t0;
	if (runs != NB_TIMERS / 2) {
		printf("bench_timer: %u timers ran, want %u\n", runs, NB_TIMERS / 2);
		return 1;
	}
	printf("timer: reset %7.1f cycles  idle manage %6.1f cycles  stop %7.1f cycles  run %6.1f cycles/timer\n",
		(double)t_reset / NB_TIMERS, (double)t_idle / NB_IDLE,
		(double)t_stop / (NB_TIMERS / 2), (double)t_run / (NB_TIMERS / 2));
	rte_timer_subsystem_finalize();
	rte_eal_cleanup();
	return 0;
}
