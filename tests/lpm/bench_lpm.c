/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * LPM benchmark, written against the DPDK 22.11 API only, so that the same
 * source builds against pmdkit and against DPDK (bench_vs_dpdk.py prints
 * both side by side).  Figures: cycles per rule added, and cycles per
 * lookup for rte_lpm_lookup / _bulk / _x4 and rte_lpm6_lookup / _bulk_func,
 * over 10000 random rules and 1M addresses (half inside a rule).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_lpm.h>
#include <rte_lpm6.h>

#define NB_RULES 10000
#define NB_ADDRS (1 << 20)

static uint64_t rng = 0x2545F4914F6CDD1Dull;

static uint32_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 16);
}

static volatile uint32_t sink;

static void
bench_v4(void)
{
	struct rte_lpm_config cfg = { .max_rules = NB_RULES * 2, .number_tbl8s = 1 << 14 };
	struct rte_lpm *lpm = rte_lpm_create("bench4", SOCKET_ID_ANY, &cfg);
	static uint32_t rule_ip[NB_RULES], addrs[NB_ADDRS], hops[NB_ADDRS];
	uint64_t t0, t_add, t_one, t_bulk, t_x4;
	uint32_t acc = 0, i;

	if (lpm == NULL) {
		printf("bench_lpm: rte_lpm_create failed\n");
		exit(1);
	}
	for (i = 0; i < NB_RULES; i++)
		rule_ip[i] = rnd();
	t0 = rte_rdtsc();
	for (i = 0; i < NB_RULES; i++) {
		uint8_t depth = (uint8_t)(8 + rnd() % 25);

		rte_lpm_add(lpm, rule_ip[i], depth, i);
	}
	t_add = rte_rdtsc() - t0;
	for (i = 0; i < NB_ADDRS; i++)
		addrs[i] = (i & 1) ? rnd() : rule_ip[rnd() % NB_RULES] ^ (rnd() & 0xff);
	t0 = rte_rdtsc();
	for (i = 0; i < NB_ADDRS; i++) {
		uint32_t nh = 0;

		if (rte_lpm_lookup(lpm, addrs[i], &nh) == 0)
			acc += nh;
	}
	t_one = rte_rdtsc() - t0;
	t0 = rte_rdtsc();
	for (i = 0; i < NB_ADDRS; i += 32)
		rte_lpm_lookup_bulk(lpm, &addrs[i], &hops[i], 32);
	t_bulk = rte_rdtsc() - t0;
	for (i = 0; i < NB_ADDRS; i++)
		acc += hops[i];
	t0 = rte_rdtsc();
	for (i = 0; i < NB_ADDRS; i += 4) {
		xmm_t v = _mm_loadu_si128((const __m128i *)(const void *)&addrs[i]);

		rte_lpm_lookupx4(lpm, v, &hops[i], UINT32_MAX);
	}
	t_x4 = rte_rdtsc() - t0;
	sink = acc + hops[NB_ADDRS - 1];
	printf("lpm:  add %8.1f cycles/rule  lookup %6.2f  bulk %6.2f  x4 %6.2f cycles/address\n",
		(double)t_add / NB_RULES, (double)t_one / NB_ADDRS,
		(double)t_bulk / NB_ADDRS, (double)t_x4 / NB_ADDRS);
	rte_lpm_free(lpm);
}

static void
bench_v6(void)
{
	struct rte_lpm6_config cfg = { .max_rules = NB_RULES * 2, .number_tbl8s = 1 << 16 };
	struct rte_lpm6 *lpm = rte_lpm6_create("bench6", SOCKET_ID_ANY, &cfg);
	static uint8_t rules[NB_RULES][16], addrs[NB_ADDRS / 4][16];
	static int32_t hops[NB_ADDRS / 4];
	uint64_t t0, t_add, t_one, t_bulk;
	uint32_t acc = 0, i, n = NB_ADDRS / 4;

	if (lpm == NULL) {
		printf("bench_lpm: rte_lpm6_create failed\n");
		exit(1);
	}
	for (i = 0; i < NB_RULES; i++) {
		uint32_t w[4] = { 0x0120b80d, rnd(), rnd(), rnd() }; /* 2001:db8::/32 */

		memcpy(rules[i], w, 16);
	}
	t0 = rte_rdtsc();
	for (i = 0; i < NB_RULES; i++)
		rte_lpm6_add(lpm, rules[i], (uint8_t)(48 + rnd() % 17), i);
	t_add = rte_rdtsc() - t0;
	for (i = 0; i < n; i++) {
		memcpy(addrs[i], rules[rnd() % NB_RULES], 16);
		addrs[i][15] ^= (uint8_t)rnd();
		if (i & 1)
			addrs[i][5] ^= (uint8_t)rnd();
	}
	t0 = rte_rdtsc();
	for (i = 0; i < n; i++) {
		uint32_t nh = 0;

		if (rte_lpm6_lookup(lpm, addrs[i], &nh) == 0)
			acc += nh;
	}
	t_one = rte_rdtsc() - t0;
	t0 = rte_rdtsc();
	for (i = 0; i < n; i += 32)
		rte_lpm6_lookup_bulk_func(lpm, &addrs[i], &hops[i], 32);
	t_bulk = rte_rdtsc() - t0;
	sink = acc + (uint32_t)hops[n - 1];
	printf("lpm6: add %8.1f cycles/rule  lookup %6.2f  bulk %6.2f cycles/address\n",
		(double)t_add / NB_RULES, (double)t_one / n, (double)t_bulk / n);
	rte_lpm6_free(lpm);
}

int
main(int argc, char **argv)
{
	if (rte_eal_init(argc, argv) < 0) {
		printf("bench_lpm: rte_eal_init failed\n");
		return 1;
	}
	bench_v4();
	bench_v6();
	rte_eal_cleanup();
	return 0;
}
