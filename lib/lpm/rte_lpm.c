/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * IPv4 DIR-24-8 longest-prefix-match table.
 *
 * Invariant kept by add and delete: every table entry holds the longest rule
 * covering the addresses it stands for (or is invalid when none does), and
 * records that rule's depth.  Adding a rule therefore overwrites the entries
 * in its range whose depth is not greater than its own; deleting it rewrites
 * the entries that carry its depth with the next shorter covering rule.
 *
 * Writers are serialised by the caller (DPDK's contract).  Readers may run
 * concurrently: each entry changes with one atomic 32-bit store, and a tbl8
 * group is filled before the tbl24 entry that points to it is published.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_log.h>

#include "rte_lpm.h"
#include "lpm_registry.h"
#include "lpm_rules.h"

#define E_VALID      0x01000000u /* entry holds a route */
#define E_EXT        0x02000000u /* tbl24: points to a group; tbl8: group in use */
#define E_DEPTH_SHIFT 26

#define LPM_LOG(level, ...) RTE_LOG(level, LPM, "lpm: " __VA_ARGS__)

struct lpm_internal {
	struct rte_lpm lpm;        /* first: the public part */
	char name[RTE_LPM_NAMESIZE];
	uint32_t number_tbl8s;
	uint32_t *free_groups;     /* stack of unused tbl8 group indexes */
	uint32_t nb_free_groups;
	struct lpm_rules rules;
};

static struct lpm_registry lpm_names = LPM_REGISTRY_INITIALIZER;

static inline struct lpm_internal *
internal(struct rte_lpm *lpm)
{
	return container_of(lpm, struct lpm_internal, lpm);
}

static inline uint32_t
mk_entry(uint32_t nh, uint32_t depth, uint32_t flags)
{
	return nh | flags | (depth << E_DEPTH_SHIFT);
}

static inline uint32_t
entry_depth(uint32_t e)
{
	return e >> E_DEPTH_SHIFT;
}

static inline uint32_t
depth_mask(uint8_t depth)
{
	return depth == 0 ? 0 : ~0u << (32 - depth);
}

/* A single aligned word store: readers see the old or the new entry. */
static inline void
entry_set(struct rte_lpm_tbl_entry *e, uint32_t v)
{
	__atomic_store_n(&e->val, v, __ATOMIC_RELAXED);
}

/* Zeroed, page-aligned memory straight from the kernel: the 64 MiB tbl24 is
 * only backed by RAM where routes are written. */
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
	return (size_t)groups * RTE_LPM_TBL8_GROUP_NUM_ENTRIES *
		sizeof(struct rte_lpm_tbl_entry);
}

static void
reset_groups(struct lpm_internal *in)
{
	uint32_t i;

	/* Pop order 0, 1, 2...: keeps the table contents reproducible. */
	for (i = 0; i < in->number_tbl8s; i++)
		in->free_groups[i] = in->number_tbl8s - 1 - i;
	in->nb_free_groups = in->number_tbl8s;
}

static void
destroy(struct lpm_internal *in)
{
	if (in->lpm.tbl8 != NULL)
		munmap(in->lpm.tbl8, tbl8_bytes(in->number_tbl8s));
	free(in->free_groups);
	lpm_rules_fini(&in->rules);
	munmap(in, sizeof(*in));
}

struct rte_lpm *
rte_lpm_create(const char *name, int socket_id,
		const struct rte_lpm_config *config)
{
	struct lpm_internal *in;
	int ret;

	RTE_SET_USED(socket_id); /* memory comes from the kernel's NUMA policy */
	if (name == NULL || config == NULL || config->max_rules == 0 ||
			config->number_tbl8s == 0 ||
			config->number_tbl8s > RTE_LPM_MAX_TBL8_NUM_GROUPS) {
		LPM_LOG(ERR, "create: need a name, max_rules > 0 and number_tbl8s in [1, %u]\n",
			RTE_LPM_MAX_TBL8_NUM_GROUPS);
		rte_errno = EINVAL;
		return NULL;
	}
	if (strnlen(name, RTE_LPM_NAMESIZE) >= RTE_LPM_NAMESIZE) {
		LPM_LOG(ERR, "create: name '%s' is longer than %d characters\n",
			name, RTE_LPM_NAMESIZE - 1);
		rte_errno = ENAMETOOLONG;
		return NULL;
	}
	in = zalloc_pages(sizeof(*in));
	if (in == NULL)
		goto nomem;
	in->number_tbl8s = config->number_tbl8s;
	in->lpm.tbl8 = zalloc_pages(tbl8_bytes(config->number_tbl8s));
	in->free_groups = malloc(sizeof(uint32_t) * config->number_tbl8s);
	if (in->lpm.tbl8 == NULL || in->free_groups == NULL ||
			lpm_rules_init(&in->rules, config->max_rules,
				sizeof(uint32_t)) != 0) {
		destroy(in);
		goto nomem;
	}
	reset_groups(in);
	snprintf(in->name, sizeof(in->name), "%s", name);
	ret = lpm_registry_add(&lpm_names, name, &in->lpm);
	if (ret != 0) {
		if (ret == -EEXIST)
			LPM_LOG(ERR, "create: an LPM table named '%s' already exists\n", name);
		destroy(in);
		rte_errno = -ret;
		return NULL;
	}
	return &in->lpm;
nomem:
	LPM_LOG(ERR, "create: out of memory for table '%s'\n", name);
	rte_errno = ENOMEM;
	return NULL;
}

struct rte_lpm *
rte_lpm_find_existing(const char *name)
{
	struct rte_lpm *lpm = name ? lpm_registry_find(&lpm_names, name) : NULL;

	if (lpm == NULL)
		rte_errno = ENOENT;
	return lpm;
}

void
rte_lpm_free(struct rte_lpm *lpm)
{
	if (lpm == NULL)
		return;
	lpm_registry_remove(&lpm_names, lpm);
	destroy(internal(lpm));
}

/* --- tbl8 groups ----------------------------------------------------------- */

/* Builds a group that repeats the tbl24 entry it replaces; returns its
 * index (the caller publishes it) or -ENOSPC. */
static int32_t
group_alloc(struct lpm_internal *in, uint32_t tbl24_entry)
{
	struct rte_lpm_tbl_entry *g;
	uint32_t idx, fill, i;

	if (in->nb_free_groups == 0)
		return -ENOSPC;
	idx = in->free_groups[--in->nb_free_groups];
	g = &in->lpm.tbl8[(size_t)idx * RTE_LPM_TBL8_GROUP_NUM_ENTRIES];
	fill = (tbl24_entry & E_VALID) ? tbl24_entry | E_EXT : E_EXT;
	for (i = 0; i < RTE_LPM_TBL8_GROUP_NUM_ENTRIES; i++)
		entry_set(&g[i], fill);
	return (int32_t)idx;
}

/* After a delete in group idx (the group of tbl24 entry t24): when every
 * entry is invalid, or every entry comes from the same rule of depth <= 24,
 * the group is folded back into the tbl24 entry and returned to the pool. */
static void
group_try_recycle(struct lpm_internal *in, uint32_t t24, uint32_t idx)
{
	struct rte_lpm_tbl_entry *g =
		&in->lpm.tbl8[(size_t)idx * RTE_LPM_TBL8_GROUP_NUM_ENTRIES];
	uint32_t first = g[0].val, i, repl;

	if ((first & E_VALID) && entry_depth(first) > 24)
		return;
	for (i = 1; i < RTE_LPM_TBL8_GROUP_NUM_ENTRIES; i++)
		if (g[i].val != first)
			return;
	repl = (first & E_VALID) ? first & ~E_EXT : 0;
	/* Readers that already loaded the old tbl24 entry may still read the
	 * group: it keeps valid contents until it is reused by a later add. */
	entry_set(&in->lpm.tbl24[t24], repl);
	for (i = 0; i < RTE_LPM_TBL8_GROUP_NUM_ENTRIES; i++)
		entry_set(&g[i], 0);
	in->free_groups[in->nb_free_groups++] = idx;
}

/* Writes v into the entries of group idx in [lo, lo + n) whose depth is at
 * most max_depth (or that are invalid when overwrite_invalid is set). */
static void
group_fill(struct lpm_internal *in, uint32_t idx, uint32_t lo, uint32_t n,
		uint32_t max_depth, int overwrite_invalid, uint32_t v)
{
	struct rte_lpm_tbl_entry *g =
		&in->lpm.tbl8[(size_t)idx * RTE_LPM_TBL8_GROUP_NUM_ENTRIES];
	uint32_t i;

	for (i = lo; i < lo + n; i++) {
		uint32_t e = g[i].val;

		if ((e & E_VALID) ? entry_depth(e) <= max_depth : overwrite_invalid)
			entry_set(&g[i], v);
	}
}

/* --- add ------------------------------------------------------------------- */

static void
add_short(struct lpm_internal *in, uint32_t ip, uint8_t depth, uint32_t nh)
{
	uint32_t first = ip >> 8, n = 1u << (24 - depth), i;

	for (i = first; i < first + n; i++) {
		uint32_t e = in->lpm.tbl24[i].val;

		if ((e & RTE_LPM_VALID_EXT_ENTRY_BITMASK) ==
				RTE_LPM_VALID_EXT_ENTRY_BITMASK)
			group_fill(in, e & RTE_LPM_NEXT_HOP_MASK, 0,
				RTE_LPM_TBL8_GROUP_NUM_ENTRIES, depth, 1,
				mk_entry(nh, depth, E_VALID | E_EXT));
		else if (!(e & E_VALID) || entry_depth(e) <= depth)
			entry_set(&in->lpm.tbl24[i], mk_entry(nh, depth, E_VALID));
	}
}

static int
add_long(struct lpm_internal *in, uint32_t ip, uint8_t depth, uint32_t nh)
{
	uint32_t t24 = ip >> 8, e = in->lpm.tbl24[t24].val;
	uint32_t v = mk_entry(nh, depth, E_VALID | E_EXT);
	uint32_t lo = ip & 0xff, n = 1u << (32 - depth);
	int32_t idx;

	if ((e & RTE_LPM_VALID_EXT_ENTRY_BITMASK) == RTE_LPM_VALID_EXT_ENTRY_BITMASK) {
		group_fill(in, e & RTE_LPM_NEXT_HOP_MASK, lo, n, depth, 1, v);
		return 0;
	}
	idx = group_alloc(in, e);
	if (idx < 0)
		return idx;
	group_fill(in, (uint32_t)idx, lo, n, depth, 1, v);
	/* Release: the group's contents are visible before the pointer to it. */
	__atomic_store_n(&in->lpm.tbl24[t24].val,
		(uint32_t)idx | RTE_LPM_VALID_EXT_ENTRY_BITMASK, __ATOMIC_RELEASE);
	return 0;
}

int
rte_lpm_add(struct rte_lpm *lpm, uint32_t ip, uint8_t depth, uint32_t next_hop)
{
	struct lpm_internal *in;
	struct lpm_rule *rule;
	uint32_t key;
	int ret;

	if (lpm == NULL || depth < 1 || depth > RTE_LPM_MAX_DEPTH ||
			next_hop > RTE_LPM_NEXT_HOP_MASK)
		return -EINVAL;
	in = internal(lpm);
	key = ip & depth_mask(depth);
	rule = lpm_rules_find(&in->rules, (const uint8_t *)&key, depth);
	if (rule == NULL && in->rules.count >= in->rules.max_rules)
		return -ENOSPC;
	if (depth <= 24) {
		add_short(in, key, depth, next_hop);
	} else {
		ret = add_long(in, key, depth, next_hop);
		if (ret != 0)
			return ret;
	}
	if (rule != NULL)
		rule->next_hop = next_hop;
	else
		lpm_rules_insert(&in->rules, (const uint8_t *)&key, depth, next_hop);
	return 0;
}

int
rte_lpm_is_rule_present(struct rte_lpm *lpm, uint32_t ip, uint8_t depth,
		uint32_t *next_hop)
{
	struct lpm_rule *rule;
	uint32_t key;

	if (lpm == NULL || next_hop == NULL || depth < 1 ||
			depth > RTE_LPM_MAX_DEPTH)
		return -EINVAL;
	key = ip & depth_mask(depth);
	rule = lpm_rules_find(&internal(lpm)->rules, (const uint8_t *)&key, depth);
	if (rule == NULL)
		return 0;
	*next_hop = rule->next_hop;
	return 1;
}

/* --- delete ---------------------------------------------------------------- */

/* Entry value of the longest rule shorter than depth covering ip, or 0. */
static uint32_t
covering_rule(struct lpm_internal *in, uint32_t ip, uint8_t depth, uint32_t flags)
{
	uint8_t d;

	for (d = depth - 1; d >= 1; d--) {
		uint32_t key = ip & depth_mask(d);
		struct lpm_rule *r =
			lpm_rules_find(&in->rules, (const uint8_t *)&key, d);

		if (r != NULL)
			return mk_entry(r->next_hop, d, E_VALID | flags);
	}
	return flags;
}

static void
delete_short(struct lpm_internal *in, uint32_t ip, uint8_t depth)
{
	uint32_t first = ip >> 8, n = 1u << (24 - depth), i;
	uint32_t repl = covering_rule(in, ip, depth, 0);

	for (i = first; i < first + n; i++) {
		uint32_t e = in->lpm.tbl24[i].val;

		if ((e & RTE_LPM_VALID_EXT_ENTRY_BITMASK) ==
				RTE_LPM_VALID_EXT_ENTRY_BITMASK)
			group_fill(in, e & RTE_LPM_NEXT_HOP_MASK, 0,
				RTE_LPM_TBL8_GROUP_NUM_ENTRIES, depth, 0,
				repl | E_EXT);
		else if ((e & E_VALID) && entry_depth(e) <= depth)
			entry_set(&in->lpm.tbl24[i], repl);
	}
}

static void
delete_long(struct lpm_internal *in, uint32_t ip, uint8_t depth)
{
	uint32_t t24 = ip >> 8, idx = in->lpm.tbl24[t24].val & RTE_LPM_NEXT_HOP_MASK;

	group_fill(in, idx, ip & 0xff, 1u << (32 - depth), depth, 0,
		covering_rule(in, ip, depth, E_EXT));
	group_try_recycle(in, t24, idx);
}

int
rte_lpm_delete(struct rte_lpm *lpm, uint32_t ip, uint8_t depth)
{
	struct lpm_internal *in;
	struct lpm_rule *rule;
	uint32_t key;

	if (lpm == NULL || depth < 1 || depth > RTE_LPM_MAX_DEPTH)
		return -EINVAL;
	in = internal(lpm);
	key = ip & depth_mask(depth);
	rule = lpm_rules_find(&in->rules, (const uint8_t *)&key, depth);
	if (rule == NULL)
		return -EINVAL;
	/* Drop the rule first so that covering_rule() cannot return it. */
	lpm_rules_remove(&in->rules, rule);
	if (depth <= 24)
		delete_short(in, key, depth);
	else
		delete_long(in, key, depth);
	return 0;
}

void
rte_lpm_delete_all(struct rte_lpm *lpm)
{
	struct lpm_internal *in;

	if (lpm == NULL)
		return;
	in = internal(lpm);
	lpm_rules_clear(&in->rules);
	memset(lpm->tbl24, 0, sizeof(lpm->tbl24));
	memset(lpm->tbl8, 0, tbl8_bytes(in->number_tbl8s));
	reset_groups(in);
}
