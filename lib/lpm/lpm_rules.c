/* SPDX-License-Identifier: BSD-3-Clause */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>

#include "lpm_rules.h"

/* FNV-1a over the key bytes and the depth: cheap, and good enough for a
 * control-plane table whose keys are not chosen by an attacker at line rate. */
static uint32_t
rule_hash(const uint8_t *key, unsigned int key_len, uint8_t depth)
{
	uint32_t h = 2166136261u;
	unsigned int i;

	for (i = 0; i < key_len; i++)
		h = (h ^ key[i]) * 16777619u;
	return (h ^ depth) * 16777619u;
}

int
lpm_rules_init(struct lpm_rules *r, uint32_t max_rules, unsigned int key_len)
{
	/* Keep the load factor at or below one half. */
	uint64_t n = rte_align64pow2((uint64_t)max_rules * 2);

	if (n < 16)
		n = 16;
	r->slots = calloc(n, sizeof(*r->slots));
	if (r->slots == NULL)
		return -ENOMEM;
	r->mask = (uint32_t)(n - 1);
	r->count = 0;
	r->max_rules = max_rules;
	r->key_len = key_len;
	return 0;
}

void
lpm_rules_fini(struct lpm_rules *r)
{
	free(r->slots);
	r->slots = NULL;
}

void
lpm_rules_clear(struct lpm_rules *r)
{
	memset(r->slots, 0, ((size_t)r->mask + 1) * sizeof(*r->slots));
	r->count = 0;
}

struct lpm_rule *
lpm_rules_find(const struct lpm_rules *r, const uint8_t *key, uint8_t depth)
{
	uint32_t i = rule_hash(key, r->key_len, depth) & r->mask;

	for (;; i = (i + 1) & r->mask) {
		struct lpm_rule *s = &r->slots[i];

		if (s->depth == 0)
			return NULL;
		if (s->depth == depth && memcmp(s->key, key, r->key_len) == 0)
			return s;
	}
}

int
lpm_rules_insert(struct lpm_rules *r, const uint8_t *key, uint8_t depth,
		uint32_t next_hop)
{
	uint32_t i;

	if (r->count >= r->max_rules)
		return -ENOSPC;
	i = rule_hash(key, r->key_len, depth) & r->mask;
	while (r->slots[i].depth != 0)
		i = (i + 1) & r->mask;
	memset(&r->slots[i], 0, sizeof(r->slots[i]));
	memcpy(r->slots[i].key, key, r->key_len);
	r->slots[i].depth = depth;
	r->slots[i].next_hop = next_hop;
	r->count++;
	return 0;
}

void
lpm_rules_remove(struct lpm_rules *r, struct lpm_rule *rule)
{
	uint32_t hole = (uint32_t)(rule - r->slots);
	uint32_t i = hole;

	/* Backward-shift deletion: move later members of the probe run into
	 * the hole when their home slot does not lie cyclically in (hole, i]. */
	for (;;) {
		uint32_t home;

		i = (i + 1) & r->mask;
		if (r->slots[i].depth == 0)
			break;
		home = rule_hash(r->slots[i].key, r->key_len,
				r->slots[i].depth) & r->mask;
		if (((i - home) & r->mask) >= ((i - hole) & r->mask)) {
			r->slots[hole] = r->slots[i];
			hole = i;
		}
	}
	memset(&r->slots[hole], 0, sizeof(r->slots[hole]));
	r->count--;
}

void
lpm_prefix_mask(uint8_t *dst, const uint8_t *src, unsigned int key_len,
		unsigned int depth)
{
	unsigned int i;

	for (i = 0; i < key_len; i++) {
		unsigned int bits = depth > i * 8 ? depth - i * 8 : 0;

		if (bits >= 8)
			dst[i] = src[i];
		else
			dst[i] = src[i] & (uint8_t)(0xff00u >> bits);
	}
}
