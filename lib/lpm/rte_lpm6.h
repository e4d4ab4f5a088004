/* SPDX-License-Identifier: BSD-3-Clause */
#ifndef _RTE_LPM6_H_
#define _RTE_LPM6_H_

/**
 * @file
 * IPv6 longest-prefix-match table (DPDK 22.11 API).
 *
 * A multi-bit trie: a root table indexed by the first 24 bits of the address
 * and then up to 13 levels of 256-entry "tbl8" groups, one per further
 * address byte, allocated from a pool of config.number_tbl8s groups.  A
 * lookup costs one memory access plus one per group on the path (a /48
 * route: 4 accesses).  Writers are serialised by the caller; lookups may run
 * concurrently.
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Longest prefix length of an IPv6 rule. */
#define RTE_LPM6_MAX_DEPTH 128
/** Size of an IPv6 address in bytes. */
#define RTE_LPM6_IPV6_ADDR_SIZE 16
/** Longest table name accepted by rte_lpm6_create(), with the NUL. */
#define RTE_LPM6_NAMESIZE 32

/** An IPv6 LPM table (opaque). */
struct rte_lpm6;

/** Parameters of rte_lpm6_create(). */
struct rte_lpm6_config {
	uint32_t max_rules;    /**< Maximum number of rules. */
	uint32_t number_tbl8s; /**< Number of tbl8 groups to allocate. */
	int flags;             /**< Currently unused, must be 0. */
};

/**
 * Create an IPv6 LPM table.
 *
 * @param name
 *   Unique name (at most RTE_LPM6_NAMESIZE - 1 characters).
 * @param socket_id
 *   NUMA socket for the tables, or SOCKET_ID_ANY (-1).
 * @param config
 *   max_rules > 0, number_tbl8s in [1, 2^21].
 * @return
 *   The table, or NULL with rte_errno set: EINVAL, EEXIST, ENOMEM.
 */
struct rte_lpm6 *rte_lpm6_create(const char *name, int socket_id,
		const struct rte_lpm6_config *config);

/**
 * Find a table created with rte_lpm6_create().
 *
 * @param name
 *   The name given at creation.
 * @return
 *   The table, or NULL with rte_errno = ENOENT.
 */
struct rte_lpm6 *rte_lpm6_find_existing(const char *name);

/**
 * Free a table and forget its name.
 *
 * @param lpm
 *   Table to free; NULL is ignored.
 */
void rte_lpm6_free(struct rte_lpm6 *lpm);

/**
 * Add a rule, or change the next hop of an existing rule.
 *
 * @param lpm
 *   The table.
 * @param ip
 *   16-byte IPv6 address (network order); bits beyond depth are ignored.
 * @param depth
 *   Prefix length, 1 to 128.
 * @param next_hop
 *   Next hop, at most 21 bits.
 * @return
 *   0, -EINVAL (bad parameter), -ENOSPC (no free rule slot or tbl8 group).
 */
int rte_lpm6_add(struct rte_lpm6 *lpm, const uint8_t *ip, uint8_t depth,
		uint32_t next_hop);

/**
 * Tell whether a rule exists.
 *
 * @param lpm
 *   The table.
 * @param ip
 *   16-byte IPv6 address; bits beyond depth are ignored.
 * @param depth
 *   Prefix length, 1 to 128.
 * @param next_hop
 *   Receives the rule's next hop when it exists.
 * @return
 *   1 if the rule exists, 0 if not, -EINVAL on bad parameters.
 */
int rte_lpm6_is_rule_present(struct rte_lpm6 *lpm, const uint8_t *ip,
		uint8_t depth, uint32_t *next_hop);

/**
 * Delete a rule; addresses it covered fall back to the next shorter rule.
 *
 * @param lpm
 *   The table.
 * @param ip
 *   16-byte IPv6 address; bits beyond depth are ignored.
 * @param depth
 *   Prefix length, 1 to 128.
 * @return
 *   0, -EINVAL (bad parameter or no such rule).
 */
int rte_lpm6_delete(struct rte_lpm6 *lpm, const uint8_t *ip, uint8_t depth);

/**
 * Delete n rules; rules that do not exist are skipped.
 *
 * @param lpm
 *   The table.
 * @param ips
 *   n addresses.
 * @param depths
 *   n prefix lengths.
 * @param n
 *   Number of rules.
 * @return
 *   0, or -EINVAL on bad parameters.
 */
int rte_lpm6_delete_bulk_func(struct rte_lpm6 *lpm,
		uint8_t ips[][RTE_LPM6_IPV6_ADDR_SIZE], uint8_t *depths, unsigned n);

/**
 * Delete every rule.
 *
 * @param lpm
 *   The table.
 */
void rte_lpm6_delete_all(struct rte_lpm6 *lpm);

/**
 * Look up one address.
 *
 * @param lpm
 *   The table.
 * @param ip
 *   16-byte IPv6 address.
 * @param next_hop
 *   Receives the next hop of the longest matching rule.
 * @return
 *   0 on a hit, -ENOENT when no rule matches, -EINVAL on bad parameters.
 */
int rte_lpm6_lookup(const struct rte_lpm6 *lpm, const uint8_t *ip,
		uint32_t *next_hop);

/**
 * Look up n addresses.
 *
 * @param lpm
 *   The table.
 * @param ips
 *   n addresses.
 * @param next_hops
 *   For each address, its next hop, or -1 when no rule matches.
 * @param n
 *   Number of addresses.
 * @return
 *   0, or -EINVAL on bad parameters.
 */
int rte_lpm6_lookup_bulk_func(const struct rte_lpm6 *lpm,
		uint8_t ips[][RTE_LPM6_IPV6_ADDR_SIZE],
		int32_t *next_hops, unsigned int n);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_LPM6_H_ */
