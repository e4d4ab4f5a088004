/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * IPv6 longest-prefix-match table: a 24-bit root table followed by levels
 * of 8-bit tbl8 groups (level L >= 1 is indexed by address byte L + 2).
 *
 * Same invariant as the IPv4 table (rte_lpm.c): every entry holds the
 * longest rule covering it and that rule's depth, so an add overwrites the
 * entries of its range with a depth not above its own (descending into
 * groups hanging below them), and a delete rewrites the entries with its
 * depth with the next shorter covering rule, then folds groups that became
 * uniform back into their parent entry.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_log.h>

#include "rte_lpm6.h"
#include "lpm_registry.h"
#include "lpm_rules.h"

/* 32-bit entry: bits 0-20 next hop or group index, 21-28 depth, 29 valid,
 * 30 extended (points to a group of the next level). */
#define E6_DATA_MASK   0x001FFFFFu
#define E6_DEPTH_SHIFT 21
#define E6_VALID       (1u << 29)
#define E6_EXT         (1u << 30)

#define ROOT_BITS      24
#define ROOT_ENTRIES   (1u << ROOT_BITS)
#define GROUP_ENTRIES  256u
#define MAX_LEVEL      13        /* 24 + 13 * 8 = 128 bits */
#define MAX_GROUPS     (E6_DATA_MASK + 1)

#define LPM6_LOG(level, ...) RTE_LOG(level, LPM, "lpm6: " __VA_ARGS__)

struct rte_lpm6 {
	uint32_t *root;           /* ROOT_ENTRIES entries */
	uint32_t *tbl8;           /* number_tbl8s groups of GROUP_ENTRIES */
	uint32_t number_tbl8s;
	uint32_t *free_groups;    /* stack of unused group indexes */
	uint32_t nb_free_groups;
	struct lpm_rules rules;
	char name[RTE_LPM6_NAMESIZE];
};

static struct lpm_registry lpm6_names = LPM_REGISTRY_INITIALIZER;

static inline uint32_t
mk_entry(uint32_t data, uint32_t depth, uint32_t flags)
{
	return data | (depth << E6_DEPTH_SHIFT) | flags;
}

static inline uint32_t
entry_depth(uint32_t e)
{
	return (e >> E6_DEPTH_SHIFT) & 0xff;
}

/* Last address bit (exclusive) resolved by level L. */
static inline unsigned int
level_end(unsigned int L)
{
	return ROOT_BITS + 8 * L;
}

/* Level whose entries hold a rule of this depth. */
static inline unsigned int
level_of_depth(unsigned int depth)
{
	return depth <= ROOT_BITS ? 0 : (depth - ROOT_BITS + 7) / 8;
}

static inline uint32_t
level_index(const uint8_t *ip, unsigned int L)
{
	if (L == 0)
		return (uint32_t)ip[0] << 16 | (uint32_t)ip[1] << 8 | ip[2];
	return ip[L + 2];
}

static inline uint32_t *
group(const struct rte_lpm6 *lpm, uint32_t e)
{
	return &lpm->tbl8[(size_t)(e & E6_DATA_MASK) * GROUP_ENTRIES];
}

static inline void
entry_set(uint32_t *e, uint32_t v)
{
	/* One aligned word store: concurrent readers see old or new. */
	__atomic_store_n(e, v, __ATOMIC_RELAXED);
}

static void *
zalloc_pages(size_t size)
{
	void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	return p == MAP_FAILED ? NULL : p;
}

static size_t
tbl8_bytes(uint32_t groups)
{
	return (size_t)groups * GROUP_ENTRIES * sizeof(uint32_t);
}

static void
reset_groups(struct rte_lpm6 *lpm)
{
	uint32_t i;

	for (i = 0; i < lpm->number_tbl8s; i++)
		lpm->free_groups[i] = lpm->number_tbl8s - 1 - i;
	lpm->nb_free_groups = lpm->number_tbl8s;
}

static void
destroy(struct rte_lpm6 *lpm)
{
	if (lpm->root != NULL)
		munmap(lpm->root, ROOT_ENTRIES * sizeof(uint32_t));
	if (lpm->tbl8 != NULL)
		munmap(lpm->tbl8, tbl8_bytes(lpm->number_tbl8s));
	free(lpm->free_groups);
	lpm_rules_fini(&lpm->rules);
	free(lpm);
}

struct rte_lpm6 *
rte_lpm6_create(const char *name, int socket_id,
		const struct rte_lpm6_config *config)
{
	struct rte_lpm6 *lpm;
	int ret;

	RTE_SET_USED(socket_id); /* memory comes from the kernel's NUMA policy */
	if (name == NULL || config == NULL || config->max_rules == 0 ||
			config->number_tbl8s == 0 ||
			config->number_tbl8s > MAX_GROUPS) {
		LPM6_LOG(ERR, "create: need a name, max_rules > 0 and number_tbl8s in [1, %u]\n",
			MAX_GROUPS);
		rte_errno = EINVAL;
		return NULL;
	}
	if (strnlen(name, RTE_LPM6_NAMESIZE) >= RTE_LPM6_NAMESIZE) {
		LPM6_LOG(ERR, "create: name '%s' is longer than %d characters\n",
			name, RTE_LPM6_NAMESIZE - 1);
		rte_errno = ENAMETOOLONG;
		return NULL;
	}
	lpm = calloc(1, sizeof(*lpm));
	if (lpm == NULL)
		goto nomem;
	lpm->number_tbl8s = config->number_tbl8s;
	lpm->root = zalloc_pages(ROOT_ENTRIES * sizeof(uint32_t));
	lpm->tbl8 = zalloc_pages(tbl8_bytes(config->number_tbl8s));
	lpm->free_groups = malloc(sizeof(uint32_t) * config->number_tbl8s);
	if (lpm->root == NULL || lpm->tbl8 == NULL || lpm->free_groups == NULL ||
			lpm_rules_init(&lpm->rules, config->max_rules,
				RTE_LPM6_IPV6_ADDR_SIZE) != 0) {
		destroy(lpm);
		goto nomem;
	}
	reset_groups(lpm);
	snprintf(lpm->name, sizeof(lpm->name), "%s", name);
	ret = lpm_registry_add(&lpm6_names, name, lpm);
	if (ret != 0) {
		if (ret == -EEXIST)
			LPM6_LOG(ERR, "create: an LPM6 table named '%s' already exists\n", name);
		destroy(lpm);
		rte_errno = -ret;
		return NULL;
	}
	return lpm;
nomem:
	LPM6_LOG(ERR, "create: out of memory for table '%s'\n", name);
	rte_errno = ENOMEM;
	return NULL;
}

struct rte_lpm6 *
rte_lpm6_find_existing(const char *name)
{
	struct rte_lpm6 *lpm = name ? lpm_registry_find(&lpm6_names, name) : NULL;

	if (lpm == NULL)
		rte_errno = ENOENT;
	return lpm;
}

void
rte_lpm6_free(struct rte_lpm6 *lpm)
{
	if (lpm == NULL)
		return;
	lpm_registry_remove(&lpm6_names, lpm);
	destroy(lpm);
}

/* --- add ------------------------------------------------------------------- */

/* Writes v into *e when the rule it holds is not longer than depth; an
 * entry pointing to a group passes the write on to the whole group. */
static void
cover(struct rte_lpm6 *lpm, uint32_t *e, unsigned int depth, uint32_t v)
{
	uint32_t cur = *e;
	unsigned int i;

	if (cur & E6_EXT) {
		uint32_t *g = group(lpm, cur);

		for (i = 0; i < GROUP_ENTRIES; i++)
			cover(lpm, &g[i], depth, v);
	} else if (!(cur & E6_VALID) || entry_depth(cur) <= depth) {
		entry_set(e, v);
	}
}

/* Groups an add of this depth would have to allocate. */
static unsigned int
groups_needed(const struct rte_lpm6 *lpm, const uint8_t *ip, unsigned int last)
{
	const uint32_t *node = lpm->root;
	unsigned int L;

	for (L = 0; L < last; L++) {
		uint32_t e = node[level_index(ip, L)];

		if (!(e & E6_EXT))
			return last - L;
		node = group(lpm, e);
	}
	return 0;
}

/* The node at level L + 1 below entry *e, created (repeating *e) if needed. */
static uint32_t *
descend_or_create(struct rte_lpm6 *lpm, uint32_t *e)
{
	uint32_t cur = *e, idx, *g, i;

	if (cur & E6_EXT)
		return group(lpm, cur);
	idx = lpm->free_groups[--lpm->nb_free_groups];
	g = &lpm->tbl8[(size_t)idx * GROUP_ENTRIES];
	for (i = 0; i < GROUP_ENTRIES; i++)
		entry_set(&g[i], (cur & E6_VALID) ? cur : 0);
	/* Release: the group's contents are visible before the pointer to it. */
	__atomic_store_n(e, idx | E6_EXT, __ATOMIC_RELEASE);
	return g;
}

static int
table_add(struct rte_lpm6 *lpm, const uint8_t *ip, unsigned int depth,
		uint32_t nh)
{
	unsigned int last = level_of_depth(depth), L;
	uint32_t *node = lpm->root, first, n, i;

	if (groups_needed(lpm, ip, last) > lpm->nb_free_groups)
		return -ENOSPC;
	for (L = 0; L < last; L++)
		node = descend_or_create(lpm, &node[level_index(ip, L)]);
	first = level_index(ip, last);
	n = 1u << (level_end(last) - depth);
	for (i = first; i < first + n; i++)
		cover(lpm, &node[i], depth, mk_entry(nh, depth, E6_VALID));
	return 0;
}

static int
check_args(const struct rte_lpm6 *lpm, const uint8_t *ip, uint8_t depth)
{
	return lpm == NULL || ip == NULL || depth < 1 ||
		depth > RTE_LPM6_MAX_DEPTH ? -EINVAL : 0;
}

int
rte_lpm6_add(struct rte_lpm6 *lpm, const uint8_t *ip, uint8_t depth,
		uint32_t next_hop)
{
	uint8_t key[RTE_LPM6_IPV6_ADDR_SIZE];
	struct lpm_rule *rule;
	int ret;

	if (check_args(lpm, ip, depth) != 0 || next_hop > E6_DATA_MASK)
		return -EINVAL;
	lpm_prefix_mask(key, ip, sizeof(key), depth);
	rule = lpm_rules_find(&lpm->rules, key, depth);
	if (rule == NULL && lpm->rules.count >= lpm->rules.max_rules)
		return -ENOSPC;
	ret = table_add(lpm, key, depth, next_hop);
	if (ret != 0)
		return ret;
	if (rule != NULL)
		rule->next_hop = next_hop;
	else
		lpm_rules_insert(&lpm->rules, key, depth, next_hop);
	return 0;
}

int
rte_lpm6_is_rule_present(struct rte_lpm6 *lpm, const uint8_t *ip,
		uint8_t depth, uint32_t *next_hop)
{
	uint8_t key[RTE_LPM6_IPV6_ADDR_SIZE];
	struct lpm_rule *rule;

	if (check_args(lpm, ip, depth) != 0 || next_hop == NULL)
		return -EINVAL;
	lpm_prefix_mask(key, ip, sizeof(key), depth);
	rule = lpm_rules_find(&lpm->rules, key, depth);
	if (rule == NULL)
		return 0;
	*next_hop = rule->next_hop;
	return 1;
}

/* --- delete ---------------------------------------------------------------- */

/* Entry of the longest rule shorter than depth covering ip, or 0. */
static uint32_t
covering_rule(const struct rte_lpm6 *lpm, const uint8_t *ip, unsigned int depth)
{
	uint8_t key[RTE_LPM6_IPV6_ADDR_SIZE];
	unsigned int d;

	for (d = depth - 1; d >= 1; d--) {
		struct lpm_rule *r;

		lpm_prefix_mask(key, ip, sizeof(key), d);
		r = lpm_rules_find(&lpm->rules, key, (uint8_t)d);
		if (r != NULL)
			return mk_entry(r->next_hop, d, E6_VALID);
	}
	return 0;
}

/* Replaces the entries written by a deleted rule of this depth with repl. */
static void
uncover(struct rte_lpm6 *lpm, uint32_t *e, unsigned int depth, uint32_t repl)
{
	uint32_t cur = *e;
	unsigned int i;

	if (cur & E6_EXT) {
		uint32_t *g = group(lpm, cur);

		for (i = 0; i < GROUP_ENTRIES; i++)
			uncover(lpm, &g[i], depth, repl);
	} else if ((cur & E6_VALID) && entry_depth(cur) <= depth) {
		entry_set(e, repl);
	}
}

/* A group at level L can go when all its entries are one and the same rule
 * that covers the whole group (depth <= the bits before level L), or none. */
static int
group_is_uniform(const uint32_t *g, unsigned int L)
{
	uint32_t first = g[0];
	unsigned int i;

	if ((first & E6_EXT) ||
			((first & E6_VALID) && entry_depth(first) > level_end(L - 1)))
		return 0;
	for (i = 1; i < GROUP_ENTRIES; i++)
		if (g[i] != first)
			return 0;
	return 1;
}

static void
table_delete(struct rte_lpm6 *lpm, const uint8_t *ip, unsigned int depth)
{
	unsigned int last = level_of_depth(depth), L;
	uint32_t *path[MAX_LEVEL + 1]; /* path[L]: entry at level L on the way */
	uint32_t *node = lpm->root, repl, first, n, i;

	repl = covering_rule(lpm, ip, depth);
	for (L = 0; L < last; L++) {
		path[L] = &node[level_index(ip, L)];
		node = group(lpm, *path[L]);
	}
	first = level_index(ip, last);
	n = 1u << (level_end(last) - depth);
	for (i = first; i < first + n; i++)
		uncover(lpm, &node[i], depth, repl);
	/* Fold uniform groups bottom-up; readers that still walk a folded
	 * group read valid (old) contents until it is reused. */
	for (L = last; L >= 1; L--) {
		uint32_t idx = *path[L - 1] & E6_DATA_MASK;
		uint32_t *g = group(lpm, *path[L - 1]);

		if (!group_is_uniform(g, L))
			break;
		entry_set(path[L - 1], g[0]);
		lpm->free_groups[lpm->nb_free_groups++] = idx;
	}
}

int
rte_lpm6_delete(struct rte_lpm6 *lpm, const uint8_t *ip, uint8_t depth)
{
	uint8_t key[RTE_LPM6_IPV6_ADDR_SIZE];
	struct lpm_rule *rule;

	if (check_args(lpm, ip, depth) != 0)
		return -EINVAL;
	lpm_prefix_mask(key, ip, sizeof(key), depth);
	rule = lpm_rules_find(&lpm->rules, key, depth);
	if (rule == NULL)
		return -EINVAL;
	/* Drop the rule first so that covering_rule() cannot return it. */
	lpm_rules_remove(&lpm->rules, rule);
	table_delete(lpm, key, depth);
	return 0;
}

int
rte_lpm6_delete_bulk_func(struct rte_lpm6 *lpm,
		uint8_t ips[][RTE_LPM6_IPV6_ADDR_SIZE], uint8_t *depths, unsigned n)
{
	unsigned int i;

	if (lpm == NULL || ips == NULL || depths == NULL)
		return -EINVAL;
	for (i = 0; i < n; i++)
		rte_lpm6_delete(lpm, ips[i], depths[i]);
	return 0;
}

void
rte_lpm6_delete_all(struct rte_lpm6 *lpm)
{
	if (lpm == NULL)
		return;
	lpm_rules_clear(&lpm->rules);
	memset(lpm->root, 0, ROOT_ENTRIES * sizeof(uint32_t));
	memset(lpm->tbl8, 0, tbl8_bytes(lpm->number_tbl8s));
	reset_groups(lpm);
}

/* --- lookup ---------------------------------------------------------------- */

static inline int
lookup_one(const struct rte_lpm6 *lpm, const uint8_t *ip, uint32_t *next_hop)
{
	uint32_t e = lpm->root[level_index(ip, 0)];
	unsigned int L = 1;

	/* Each group read depends on the previous entry (address dependency):
	 * it sees at least the contents published before the pointer. */
	while (e & E6_EXT)
		e = group(lpm, e)[ip[L++ + 2]];
	if (!(e & E6_VALID))
		return -ENOENT;
	*next_hop = e & E6_DATA_MASK;
	return 0;
}

int
rte_lpm6_lookup(const struct rte_lpm6 *lpm, const uint8_t *ip,
		uint32_t *next_hop)
{
	if (lpm == NULL || ip == NULL || next_hop == NULL)
		return -EINVAL;
	return lookup_one(lpm, ip, next_hop);
}

int
rte_lpm6_lookup_bulk_func(const struct rte_lpm6 *lpm,
		uint8_t ips[][RTE_LPM6_IPV6_ADDR_SIZE],
		int32_t *next_hops, unsigned int n)
{
	unsigned int i;

	if (lpm == NULL || ips == NULL || next_hops == NULL)
		return -EINVAL;
	for (i = 0; i < n; i++) {
		uint32_t nh;

		next_hops[i] = lookup_one(lpm, ips[i], &nh) == 0 ? (int32_t)nh : -1;
	}
	return 0;
}
