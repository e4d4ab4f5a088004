/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * rte_lpm6 against a brute-force reference: random nested IPv6 rule sets
 * (depths 1-128, many sharing /32 and /48 prefixes) are added, updated and
 * deleted; rte_lpm6_lookup and rte_lpm6_lookup_bulk_func must agree with a
 * linear scan.  Also group recycling, exhaustion and error paths.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lpm6.h>

#define MAX_RULES 2048
#define NB_TBL8 2048
#define NB_PROBES 8000

struct ref_rule { uint8_t ip[16]; uint8_t depth; uint32_t nh; int live; };
static struct ref_rule ref[MAX_RULES];
static unsigned int nb_ref, failures;
static uint64_t rng = 0x9e3779b97f4a7c15ull;

#define CHECK(cond, ...) do { \
	if (!(cond)) { \
		failures++; \
		if (failures < 20) { \
			printf("FAIL %s:%d: ", __FILE__, __LINE__); \
			printf(__VA_ARGS__); \
			printf("\n"); \
		} \
	} \
} while (0)

static uint32_t rnd(void)
{
	rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
	return (uint32_t)(rng >> 16);
}

static void apply_mask(uint8_t *a, unsigned int depth)
{
	unsigned int i;

	for (i = 0; i < 16; i++) {
		unsigned int bits = depth > i * 8 ? depth - i * 8 : 0;

		if (bits < 8)
			a[i] &= (uint8_t)(0xff00u >> bits);
	}
}

static int matches(const uint8_t *ip, const struct ref_rule *r)
{
	uint8_t a[16];

	memcpy(a, ip, 16);
	apply_mask(a, r->depth);
	return memcmp(a, r->ip, 16) == 0;
}

static int ref_lookup(const uint8_t *ip, uint32_t *nh)
{
	int best = -1;
	unsigned int i;

	for (i = 0; i < nb_ref; i++)
		if (ref[i].live && matches(ip, &ref[i]) &&
				(best < 0 || ref[i].depth > ref[best].depth))
			best = (int)i;
	if (best < 0)
		return -ENOENT;
	*nh = ref[best].nh;
	return 0;
}

static struct ref_rule *ref_find(const uint8_t *ip, uint8_t depth)
{
	unsigned int i;

	for (i = 0; i < nb_ref; i++)
		if (ref[i].live && ref[i].depth == depth && memcmp(ref[i].ip, ip, 16) == 0)
			return &ref[i];
	return NULL;
}

static void random_addr(uint8_t *a)
{
	unsigned int i;

	/* 2001:db8:00XX::/40-ish: few distinct top bytes so rules nest. */
	for (i = 0; i < 16; i++)
		a[i] = (uint8_t)rnd();
	if (rnd() % 8 != 0) {
		a[0] = 0x20; a[1] = 0x01; a[2] = 0x0d; a[3] = 0xb8;
		a[4] = (uint8_t)(rnd() & 3);
		if (rnd() % 2) { a[5] = 0; a[6] = (uint8_t)(rnd() & 1); }
	}
}

static void random_rule(uint8_t *ip, uint8_t *depth)
{
	static const uint8_t depths[] = { 1, 7, 16, 20, 24, 25, 31, 32, 33, 40,
		44, 48, 48, 52, 56, 63, 64, 64, 65, 80, 96, 100, 120, 127, 128, 128 };

	*depth = depths[rnd() % RTE_DIM(depths)];
	random_addr(ip);
	apply_mask(ip, *depth);
}

static void compare_all(const struct rte_lpm6 *lpm, const char *phase)
{
	static uint8_t probes[NB_PROBES][16];
	static int32_t bulk[NB_PROBES];
	unsigned int n = 0, i, bad = 0;

	for (i = 0; i < nb_ref && n + 3 <= NB_PROBES; i++) {
		unsigned int k;

		/* inside (random host bits), first and last address of the rule */
		for (k = 0; k < 3; k++, n++) {
			uint8_t host[16];
			unsigned int b;

			for (b = 0; b < 16; b++)
				host[b] = k == 0 ? (uint8_t)rnd() : k == 1 ? 0 : 0xff;
			for (b = 0; b < 16; b++) {
				uint8_t keep = ref[i].ip[b], m = 0xff;
				unsigned int bits = ref[i].depth > b * 8 ?
					ref[i].depth - b * 8 : 0;

				if (bits < 8)
					m = (uint8_t)(0xff00u >> bits);
				probes[n][b] = (uint8_t)((keep & m) | (host[b] & ~m));
			}
		}
	}
	for (; n < NB_PROBES; n++)
		random_addr(probes[n]);
	CHECK(rte_lpm6_lookup_bulk_func(lpm, probes, bulk, n) == 0, "bulk");
	for (i = 0; i < n; i++) {
		uint32_t exp = 0, got = 0;
		int re = ref_lookup(probes[i], &exp);
		int rg = rte_lpm6_lookup(lpm, probes[i], &got);

		if ((re != rg || (re == 0 && got != exp)) && bad++ < 5)
			CHECK(0, "%s: probe %u: got %d/%u want %d/%u", phase, i, rg, got, re, exp);
		if (bulk[i] != (re == 0 ? (int32_t)exp : -1) && bad++ < 5)
			CHECK(0, "%s: bulk probe %u: got %d want %d", phase, i, bulk[i],
				re == 0 ? (int32_t)exp : -1);
	}
	CHECK(bad == 0, "%s: %u mismatches", phase, bad);
	printf("%s: %u probes, %u mismatches\n", phase, n, bad);
}

static void test_random(unsigned int round)
{
	struct rte_lpm6_config cfg = { .max_rules = MAX_RULES, .number_tbl8s = NB_TBL8 };
	struct rte_lpm6 *lpm = rte_lpm6_create("lpm6_rand", 0, &cfg);
	unsigned int i, added = 0, nospc = 0, deleted = 0;
	char phase[80];

	CHECK(lpm != NULL, "create: %d", rte_errno);
	if (lpm == NULL)
		return;
	nb_ref = 0;
	for (i = 0; i < 1500; i++) {
		uint8_t ip[16], d;
		uint32_t nh = rnd() & 0x1fffff;
		struct ref_rule *r;
		int ret;

		random_rule(ip, &d);
		r = ref_find(ip, d);
		ret = rte_lpm6_add(lpm, ip, d, nh);
		if (ret == -ENOSPC) {
			nospc++;
			CHECK(r == NULL && d > 24, "unexpected ENOSPC depth %u", d);
			continue;
		}
		CHECK(ret == 0, "add depth %u: %d", d, ret);
		if (r != NULL) {
			r->nh = nh;
		} else {
			memcpy(ref[nb_ref].ip, ip, 16);
			ref[nb_ref].depth = d;
			ref[nb_ref].nh = nh;
			ref[nb_ref++].live = 1;
			added++;
		}
	}
	snprintf(phase, sizeof(phase), "round %u after %u adds (%u ENOSPC)", round,
		added, nospc);
	compare_all(lpm, phase);
	for (i = 0; i < nb_ref; i++) {
		uint32_t nh = 0;

		CHECK(rte_lpm6_is_rule_present(lpm, ref[i].ip, ref[i].depth, &nh) == 1 &&
			nh == ref[i].nh, "rule %u not present", i);
		if (rnd() % 2) {
			CHECK(rte_lpm6_delete(lpm, ref[i].ip, ref[i].depth) == 0, "delete %u", i);
			CHECK(rte_lpm6_delete(lpm, ref[i].ip, ref[i].depth) == -EINVAL,
				"second delete %u", i);
			ref[i].live = 0;
			deleted++;
		}
	}
	snprintf(phase, sizeof(phase), "round %u after %u deletes", round, deleted);
	compare_all(lpm, phase);
	for (i = 0; i < nb_ref; i++)
		if (ref[i].live) {
			CHECK(rte_lpm6_delete(lpm, ref[i].ip, ref[i].depth) == 0, "delete rest");
			ref[i].live = 0;
		}
	snprintf(phase, sizeof(phase), "round %u empty", round);
	compare_all(lpm, phase);
	/* All groups back: a /32 needs one group, so NB_TBL8 distinct /32s fit
	 * (distinct /24s) and one more does not. */
	for (i = 0; i <= NB_TBL8; i++) {
		uint8_t ip[16] = { 0x30, (uint8_t)(i >> 8), (uint8_t)i, 0, 1 };
		int ret = rte_lpm6_add(lpm, ip, 32, i);

		CHECK(ret == (i < NB_TBL8 ? 0 : -ENOSPC), "group %u: %d", i, ret);
	}
	rte_lpm6_delete_all(lpm);
	nb_ref = 0;
	compare_all(lpm, "after delete_all");
	rte_lpm6_free(lpm);
}

static void test_api(void)
{
	struct rte_lpm6_config cfg = { .max_rules = 3, .number_tbl8s = 16 };
	uint8_t a[16] = { 0x20, 0x01, 0x0d, 0xb8 }, b[16];
	uint8_t dels[2][16];
	uint8_t depths[2] = { 64, 99 };
	struct rte_lpm6 *lpm;
	uint32_t nh = 0;

	lpm = rte_lpm6_create("lpm6_api", -1, &cfg);
	CHECK(lpm != NULL, "create");
	CHECK(rte_lpm6_find_existing("lpm6_api") == lpm, "find");
	CHECK(rte_lpm6_create("lpm6_api", -1, &cfg) == NULL && rte_errno == EEXIST,
		"duplicate");
	CHECK(rte_lpm6_add(lpm, a, 0, 1) == -EINVAL, "depth 0");
	CHECK(rte_lpm6_add(lpm, a, 129, 1) == -EINVAL, "depth 129");
	CHECK(rte_lpm6_add(lpm, a, 32, 1u << 21) == -EINVAL, "22-bit hop");
	CHECK(rte_lpm6_add(lpm, a, 32, 1) == 0, "add /32");
	memcpy(b, a, 16);
	b[15] = 0x42;
	CHECK(rte_lpm6_add(lpm, b, 128, 2) == 0, "add /128");
	CHECK(rte_lpm6_add(lpm, b, 64, 3) == 0, "add /64");
	CHECK(rte_lpm6_add(lpm, b, 100, 4) == -ENOSPC, "4th rule");
	CHECK(rte_lpm6_lookup(lpm, b, &nh) == 0 && nh == 2, "/128 hop %u", nh);
	b[15] = 0x43;
	CHECK(rte_lpm6_lookup(lpm, b, &nh) == 0 && nh == 3, "/64 hop %u", nh);
	b[4] = 1;
	CHECK(rte_lpm6_lookup(lpm, b, &nh) == 0 && nh == 1, "/32 hop %u", nh);
	b[0] = 0x21;
	CHECK(rte_lpm6_lookup(lpm, b, &nh) == -ENOENT, "miss");
	memcpy(dels[0], a, 16);
	memcpy(dels[1], a, 16);
	CHECK(rte_lpm6_delete_bulk_func(lpm, dels, depths, 2) == 0, "bulk delete");
	CHECK(rte_lpm6_is_rule_present(lpm, a, 64, &nh) == 0, "/64 gone");
	CHECK(rte_lpm6_is_rule_present(lpm, a, 32, &nh) == 1 && nh == 1, "/32 kept");
	rte_lpm6_free(lpm);
	CHECK(rte_lpm6_find_existing("lpm6_api") == NULL && rte_errno == ENOENT,
		"freed still found");
}

int main(void)
{
	unsigned int round;

	test_api();
	for (round = 0; round < 2; round++) {
		rng = 0x9e3779b97f4a7c15ull + round * 104729;
		test_random(round);
	}
	if (failures) {
		printf("test_lpm6: %u failures\n", failures);
		return 1;
	}
	printf("test_lpm6: OK\n");
	return 0;
}
