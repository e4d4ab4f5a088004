/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * rte_lpm (IPv4) against a brute-force reference: random nested rule sets
 * are added, updated and deleted, and every lookup flavour (single, bulk,
 * x4) must return exactly what a linear scan over the live rules returns.
 * Also checks tbl8 group recycling (all groups usable again after deletes),
 * rule and group exhaustion, and the error paths.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_errno.h>
#include <rte_lpm.h>

#define MAX_RULES 4096
#define NB_TBL8 512

struct ref_rule { uint32_t ip; uint8_t depth; uint32_t nh; int live; };
static struct ref_rule ref[MAX_RULES];
static unsigned int nb_ref;
static unsigned int failures;
static uint64_t rng = 88172645463325252ull;

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

static uint32_t mask(uint8_t d) { return d ? ~0u << (32 - d) : 0; }

static int ref_lookup(uint32_t ip, uint32_t *nh)
{
	int best = -1;
	unsigned int i;

	for (i = 0; i < nb_ref; i++)
		if (ref[i].live && (ip & mask(ref[i].depth)) == ref[i].ip &&
				(best < 0 || ref[i].depth > ref[best].depth))
			best = (int)i;
	if (best < 0)
		return -ENOENT;
	*nh = ref[best].nh;
	return 0;
}

static struct ref_rule *ref_find(uint32_t ip, uint8_t depth)
{
	unsigned int i;

	for (i = 0; i < nb_ref; i++)
		if (ref[i].live && ref[i].ip == (ip & mask(depth)) && ref[i].depth == depth)
			return &ref[i];
	return NULL;
}

/* Addresses worth probing: inside, at the edges of and just outside every
 * rule, plus random ones in the same /8s and anywhere. */
static unsigned int make_probes(uint32_t *p, unsigned int max)
{
	unsigned int n = 0, i;

	for (i = 0; i < nb_ref && n + 5 < max; i++) {
		uint32_t lo = ref[i].ip, hi = lo | ~mask(ref[i].depth);

		p[n++] = lo;
		p[n++] = hi;
		p[n++] = lo - 1;
		p[n++] = hi + 1;
		p[n++] = lo | (rnd() & ~mask(ref[i].depth));
	}
	while (n < max)
		p[n] = (n & 1) ? rnd() : ((rnd() & 0x0300ffff) | 0x0a000000), n++;
	return n;
}

static void compare_all(const struct rte_lpm *lpm, const char *phase)
{
	static uint32_t probes[12000], bulk[12000], exp[12000];
	static int exp_ret[12000];
	unsigned int n = make_probes(probes, RTE_DIM(probes)), i, k, bad = 0;

	for (i = 0; i < n; i++)
		exp_ret[i] = ref_lookup(probes[i], &exp[i]);
	rte_lpm_lookup_bulk(lpm, probes, bulk, n);
	for (i = 0; i < n; i++) {
		uint32_t got = 0;
		int rg = rte_lpm_lookup(lpm, probes[i], &got);

		if (rg != exp_ret[i] || (rg == 0 && got != exp[i])) {
			if (bad++ < 5)
				CHECK(0, "%s: lookup %08x: got %d/%u, want %d/%u",
					phase, probes[i], rg, got, exp_ret[i], exp[i]);
		}
		if (exp_ret[i] == 0 ? bulk[i] != (exp[i] | RTE_LPM_LOOKUP_SUCCESS) :
				(bulk[i] & RTE_LPM_LOOKUP_SUCCESS) != 0) {
			if (bad++ < 5)
				CHECK(0, "%s: bulk %08x: got %08x", phase, probes[i], bulk[i]);
		}
	}
	for (i = 0; i + 4 <= n; i += 4) {
		xmm_t v = _mm_set_epi32((int)probes[i + 3], (int)probes[i + 2],
				(int)probes[i + 1], (int)probes[i]);
		uint32_t x4[4];

		rte_lpm_lookupx4(lpm, v, x4, 0xdead);
		for (k = 0; k < 4; k++) {
			uint32_t want = exp_ret[i + k] == 0 ? exp[i + k] : 0xdead;

			if (x4[k] != want && bad++ < 5)
				CHECK(0, "%s: x4 %08x: got %u want %u", phase,
					probes[i + k], x4[k], want);
		}
	}
	CHECK(bad == 0, "%s: %u mismatches over %u probes", phase, bad, n);
	printf("%s: %u probes, %u mismatches\n", phase, n, bad);
}

static void random_rule(uint32_t *ip, uint8_t *depth)
{
	/* Nest rules: addresses from a few /16s so prefixes overlap a lot. */
	static const uint8_t depths[] = { 1, 4, 8, 9, 12, 15, 16, 18, 20, 22, 23,
		24, 24, 25, 26, 27, 28, 29, 30, 31, 32, 32, 32 };

	*depth = depths[rnd() % RTE_DIM(depths)];
	*ip = (0x0a000000 | (rnd() & 0x0003ffff)) & mask(*depth);
	if (rnd() % 8 == 0)
		*ip = rnd() & mask(*depth);
}

static void test_random(unsigned int seed_round)
{
	struct rte_lpm_config cfg = { .max_rules = MAX_RULES, .number_tbl8s = NB_TBL8 };
	struct rte_lpm *lpm = rte_lpm_create("lpm_rand", 0, &cfg);
	unsigned int i, added = 0, nospc = 0, deleted = 0;
	char phase[64];

	CHECK(lpm != NULL, "create failed: %d", rte_errno);
	if (lpm == NULL)
		return;
	nb_ref = 0;
	for (i = 0; i < 3000; i++) {
		uint32_t ip, nh = rnd() & 0xffffff;
		uint8_t d;
		struct ref_rule *r;
		int ret;

		random_rule(&ip, &d);
		r = ref_find(ip, d);
		ret = rte_lpm_add(lpm, ip, d, nh);
		if (ret == -ENOSPC) {
			nospc++;
			CHECK(r == NULL && d > 24, "unexpected ENOSPC for %08x/%u", ip, d);
			continue;
		}
		CHECK(ret == 0, "add %08x/%u: %d", ip, d, ret);
		if (r != NULL) {
			r->nh = nh;
		} else {
			ref[nb_ref++] = (struct ref_rule){ ip, d, nh, 1 };
			added++;
		}
	}
	snprintf(phase, sizeof(phase), "round %u after %u adds (%u ENOSPC)",
		seed_round, added, nospc);
	compare_all(lpm, phase);

	for (i = 0; i < nb_ref; i++) {
		uint32_t nh = 0;

		CHECK(rte_lpm_is_rule_present(lpm, ref[i].ip, ref[i].depth, &nh) == 1 &&
			nh == ref[i].nh, "rule %08x/%u not present", ref[i].ip, ref[i].depth);
		if (rnd() % 2) {
			CHECK(rte_lpm_delete(lpm, ref[i].ip, ref[i].depth) == 0,
				"delete %08x/%u", ref[i].ip, ref[i].depth);
			ref[i].live = 0;
			deleted++;
			CHECK(rte_lpm_is_rule_present(lpm, ref[i].ip, ref[i].depth, &nh) == 0,
				"deleted rule still present");
			CHECK(rte_lpm_delete(lpm, ref[i].ip, ref[i].depth) == -EINVAL,
				"second delete must fail");
		}
	}
	snprintf(phase, sizeof(phase), "round %u after %u deletes", seed_round, deleted);
	compare_all(lpm, phase);

	/* Delete the rest: the table must be empty and every tbl8 group back. */
	for (i = 0; i < nb_ref; i++)
		if (ref[i].live) {
			CHECK(rte_lpm_delete(lpm, ref[i].ip, ref[i].depth) == 0, "delete rest");
			ref[i].live = 0;
		}
	snprintf(phase, sizeof(phase), "round %u empty", seed_round);
	compare_all(lpm, phase);
	for (i = 0; i < NB_TBL8; i++)
		CHECK(rte_lpm_add(lpm, (i << 8) | 0x80, 25, i) == 0,
			"group %u not recycled", i);
	CHECK(rte_lpm_add(lpm, (NB_TBL8 << 8) | 1, 32, 1) == -ENOSPC,
		"group %u must not exist", NB_TBL8);
	rte_lpm_delete_all(lpm);
	nb_ref = 0;
	compare_all(lpm, "after delete_all");
	CHECK(rte_lpm_add(lpm, 0x01020304, 32, 7) == 0, "add after delete_all");
	rte_lpm_free(lpm);
}

static void test_api(void)
{
	struct rte_lpm_config cfg = { .max_rules = 4, .number_tbl8s = 2 };
	struct rte_lpm *lpm, *dup;
	uint32_t nh = 0;

	lpm = rte_lpm_create("lpm_api", -1, &cfg);
	CHECK(lpm != NULL, "create");
	CHECK(rte_lpm_find_existing("lpm_api") == lpm, "find_existing");
	dup = rte_lpm_create("lpm_api", -1, &cfg);
	CHECK(dup == NULL && rte_errno == EEXIST, "duplicate name: errno %d", rte_errno);
	CHECK(rte_lpm_find_existing("nope") == NULL && rte_errno == ENOENT, "find nope");
	cfg.max_rules = 0;
	CHECK(rte_lpm_create("lpm_bad", -1, &cfg) == NULL && rte_errno == EINVAL,
		"max_rules 0");
	CHECK(rte_lpm_add(lpm, 1, 0, 1) == -EINVAL, "depth 0");
	CHECK(rte_lpm_add(lpm, 1, 33, 1) == -EINVAL, "depth 33");
	CHECK(rte_lpm_add(lpm, 1, 8, 1u << 24) == -EINVAL, "25-bit next hop");
	CHECK(rte_lpm_add(NULL, 1, 8, 1) == -EINVAL, "NULL table");
	CHECK(rte_lpm_delete(lpm, 0x0a000000, 8) == -EINVAL, "delete absent");
	/* Rule capacity: 4 rules, updates of existing ones still allowed. */
	CHECK(rte_lpm_add(lpm, 0x0a000000, 8, 1) == 0, "add 1");
	CHECK(rte_lpm_add(lpm, 0x0a010000, 16, 2) == 0, "add 2");
	CHECK(rte_lpm_add(lpm, 0x0a010100, 24, 3) == 0, "add 3");
	CHECK(rte_lpm_add(lpm, 0x0a010101, 32, 4) == 0, "add 4");
	CHECK(rte_lpm_add(lpm, 0x0b000000, 8, 5) == -ENOSPC, "5th rule");
	CHECK(rte_lpm_add(lpm, 0x0a0000ff, 8, 9) == 0, "update (host bits ignored)");
	CHECK(rte_lpm_lookup(lpm, 0x0a020304, &nh) == 0 && nh == 9, "updated hop %u", nh);
	CHECK(rte_lpm_lookup(lpm, 0x0a010101, &nh) == 0 && nh == 4, "/32 hop %u", nh);
	CHECK(rte_lpm_lookup(lpm, 0x0a010102, &nh) == 0 && nh == 3, "/24 hop %u", nh);
	CHECK(rte_lpm_lookup(lpm, 0x0a01ff01, &nh) == 0 && nh == 2, "/16 hop %u", nh);
	CHECK(rte_lpm_lookup(lpm, 0x0b000000, &nh) == -ENOENT, "miss");
	/* Deleting the /24 under the /32: the group must now repeat the /16. */
	CHECK(rte_lpm_delete(lpm, 0x0a010100, 24) == 0, "delete /24");
	CHECK(rte_lpm_lookup(lpm, 0x0a010102, &nh) == 0 && nh == 2, "fallback %u", nh);
	CHECK(rte_lpm_delete(lpm, 0x0a010101, 32) == 0, "delete /32");
	CHECK(rte_lpm_lookup(lpm, 0x0a010101, &nh) == 0 && nh == 2, "fallback2 %u", nh);
	rte_lpm_free(lpm);
	CHECK(rte_lpm_find_existing("lpm_api") == NULL, "freed table still found");
	lpm = rte_lpm_create("lpm_api", -1, &(struct rte_lpm_config){ 8, 1, 0 });
	CHECK(lpm != NULL, "name reusable after free");
	rte_lpm_free(lpm);
	rte_lpm_free(NULL);
}

int main(void)
{
	unsigned int round;

	test_api();
	for (round = 0; round < 3; round++) {
		rng = 88172645463325252ull + round * 7919;
		test_random(round);
	}
	if (failures) {
		printf("test_lpm: %u failures\n", failures);
		return 1;
	}
	printf("test_lpm: OK\n");
	return 0;
}
