/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Core-to-core probe for tests/bench/dataplane_perf.sh: the time, in TSC
 * cycles, to hand one cache line from CPU A to CPU B and back, halved.
 * The two-core ring and mempool figures are bound by such hand-offs, and
 * on a virtual machine the host's placement of the two vCPUs can change
 * the cost several times over within a run; printing it next to each
 * round shows which rounds are comparable.
 *
 *   c2c_probe [cpu_a cpu_b]      (default 0 1)
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <x86intrin.h> /* __rdtsc */

#define ROUND_TRIPS 200000

/* The line that travels. Each side waits for the value the other side
 * stored, then stores the next one: every step is one hand-off. */
static _Alignas(64) uint64_t token;

static int
pin(int cpu)
{
	cpu_set_t set;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	return pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
}

/* Relaxed atomics: only the token's value matters, nothing else is
 * published through it. No pause in the spin: it would add its own
 * latency to every hand-off. */
static void
wait_for(uint64_t v)
{
	while (__atomic_load_n(&token, __ATOMIC_RELAXED) != v)
		;
}

static void *
echo_side(void *arg)
{
	uint64_t i;

	if (pin(*(int *)arg) != 0) {
		fprintf(stderr, "c2c_probe: cannot pin to CPU %d\n", *(int *)arg);
		exit(1);
	}
	for (i = 1; i < 2 * ROUND_TRIPS; i += 2) {
		wait_for(i);
		__atomic_store_n(&token, i + 1, __ATOMIC_RELAXED);
	}
	return NULL;
}

int
main(int argc, char **argv)
{
	int cpu_a = argc > 2 ? atoi(argv[1]) : 0;
	int cpu_b = argc > 2 ? atoi(argv[2]) : 1;
	pthread_t echo;
	uint64_t i, start, end;

	if (argc != 1 && argc != 3) {
		fprintf(stderr, "usage: c2c_probe [cpu_a cpu_b]\n");
		return 2;
	}
	if (pin(cpu_a) != 0) {
		fprintf(stderr, "c2c_probe: cannot pin to CPU %d\n", cpu_a);
		return 1;
	}
	if (pthread_create(&echo, NULL, echo_side, &cpu_b) != 0) {
		fprintf(stderr, "c2c_probe: cannot start the second thread\n");
		return 1;
	}
	start = __rdtsc();
	for (i = 0; i < 2 * ROUND_TRIPS; i += 2) {
		__atomic_store_n(&token, i + 1, __ATOMIC_RELAXED);
		wait_for(i + 2);
	}
	end = __rdtsc();
	pthread_join(echo, NULL);
	printf("%.0f\n", (double)(end - start) / (2.0 * ROUND_TRIPS));
	return 0;
}
