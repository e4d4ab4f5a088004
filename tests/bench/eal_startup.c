/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Start-up benchmark: time of rte_eal_init() and rte_eal_cleanup().
 * Built twice by eal_startup.sh, against pmdkit and against DPDK 22.11,
 * from this same source. Prints "init_us=N cleanup_us=N".
 */
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include <rte_eal.h>
#include <rte_errno.h>

static uint64_t
now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000 + (uint64_t)ts.tv_nsec / 1000;
}

int
main(int argc, char **argv)
{
	uint64_t t0, t1, t2;

	t0 = now_us();
	if (rte_eal_init(argc, argv) < 0) {
		fprintf(stderr, "rte_eal_init failed: %s\n",
			rte_strerror(rte_errno));
		return 1;
	}
	t1 = now_us();
	rte_eal_cleanup();
	t2 = now_us();
	printf("init_us=%llu cleanup_us=%llu\n", (unsigned long long)(t1 - t0),
		(unsigned long long)(t2 - t1));
	return 0;
}
