/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Rule store shared by the IPv4 and IPv6 LPM tables: an open-addressing
 * hash of (prefix, depth) -> next hop with linear probing and backward-shift
 * deletion (no tombstones, so lookups never degrade after many deletes).
 * The table code keeps the authoritative list of rules here; the lookup
 * tables are derived from it.
 */
#ifndef _LPM_RULES_H_
#define _LPM_RULES_H_

#include <stdint.h>

/** Longest key: an IPv6 prefix. */
#define LPM_RULE_KEY_BYTES 16

struct lpm_rule {
	uint8_t key[LPM_RULE_KEY_BYTES]; /* prefix, bits beyond depth zero */
	uint32_t next_hop;
	uint8_t depth;                   /* 0: empty slot */
};

struct lpm_rules {
	struct lpm_rule *slots;
	uint32_t mask;      /* number of slots - 1 (a power of two) */
	uint32_t count;     /* rules stored */
	uint32_t max_rules; /* capacity promised to the user */
	unsigned int key_len;
};

/* Allocates room for max_rules rules of key_len bytes; 0 or -ENOMEM. */
int lpm_rules_init(struct lpm_rules *r, uint32_t max_rules, unsigned int key_len);
void lpm_rules_fini(struct lpm_rules *r);
void lpm_rules_clear(struct lpm_rules *r);
/* The rule with this (masked) key and depth, or NULL. */
struct lpm_rule *lpm_rules_find(const struct lpm_rules *r, const uint8_t *key,
		uint8_t depth);
/* Inserts a new rule (the caller checked it is absent); 0 or -ENOSPC. */
int lpm_rules_insert(struct lpm_rules *r, const uint8_t *key, uint8_t depth,
		uint32_t next_hop);
/* Removes a rule returned by lpm_rules_find(). */
void lpm_rules_remove(struct lpm_rules *r, struct lpm_rule *rule);
/* Copies the key with the bits beyond depth cleared. */
void lpm_prefix_mask(uint8_t *dst, const uint8_t *src, unsigned int key_len,
		unsigned int depth);

#endif /* _LPM_RULES_H_ */
