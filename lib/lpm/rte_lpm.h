/* SPDX-License-Identifier: BSD-3-Clause */
#ifndef _RTE_LPM_H_
#define _RTE_LPM_H_

/**
 * @file
 * IPv4 longest-prefix-match table (DPDK 22.11 API).
 *
 * The table is a DIR-24-8 structure: tbl24 has one 32-bit entry per /24
 * (indexed by the top 24 bits of the address), and a route longer than /24
 * moves its /24 into a "tbl8 group" of 256 entries indexed by the last byte.
 * A lookup is therefore one memory access, or two for addresses covered by
 * a route longer than /24.  Rules are added and deleted from one control
 * thread at a time; lookups may run concurrently on data-plane lcores (each
 * entry is updated with a single aligned 32-bit store).
 */

#include <errno.h>
#include <stdint.h>
/* what DPDK's rte_lpm.h brings in, directly or through rte_rcu_qsbr.h */
#include <rte_branch_prediction.h>
#include <rte_byteorder.h>
#include <rte_common.h>
#include <rte_memory.h>
#include <rte_vect.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Longest table name accepted by rte_lpm_create(), with the NUL. */
#define RTE_LPM_NAMESIZE 32
/** Longest prefix length of an IPv4 rule. */
#define RTE_LPM_MAX_DEPTH 32
/** Entries in tbl24 (one per /24). */
#define RTE_LPM_TBL24_NUM_ENTRIES (1 << 24)
/** Entries in one tbl8 group (one per value of the last address byte). */
#define RTE_LPM_TBL8_GROUP_NUM_ENTRIES 256
/** Largest number of tbl8 groups a table can have (group index is 24 bits). */
#define RTE_LPM_MAX_TBL8_NUM_GROUPS (1 << 24)
/** Default number of tbl8 groups. */
#define RTE_LPM_TBL8_NUM_GROUPS 256
/** Default number of tbl8 entries. */
#define RTE_LPM_TBL8_NUM_ENTRIES (RTE_LPM_TBL8_NUM_GROUPS * \
		RTE_LPM_TBL8_GROUP_NUM_ENTRIES)

/** Argument checks in the inline lookups; only with RTE_LIBRTE_LPM_DEBUG. */
#if defined(RTE_LIBRTE_LPM_DEBUG)
#define RTE_LPM_RETURN_IF_TRUE(cond, retval) do { \
	if (cond) \
		return (retval); \
} while (0)
#else
#define RTE_LPM_RETURN_IF_TRUE(cond, retval)
#endif

/*
 * Layout of a 32-bit table entry (tbl24 and tbl8 alike):
 *   bits  0-23  next hop, or for an extended tbl24 entry the tbl8 group index
 *   bit   24    valid: the entry holds a route
 *   bit   25    tbl24: the entry points to a tbl8 group;
 *               tbl8:  the group this entry belongs to is in use
 *   bits 26-31  depth of the rule that wrote the entry
 * Masks are used rather than C bit-fields so that the layout is explicit.
 */
/** Bits of an entry that hold the next hop or the tbl8 group index. */
#define RTE_LPM_NEXT_HOP_MASK 0x00FFFFFFu
/** Both "valid" and "extended" set: a tbl24 entry that points to a tbl8 group. */
#define RTE_LPM_VALID_EXT_ENTRY_BITMASK 0x03000000
/** The "valid" bit; set in rte_lpm_lookup_bulk() results that hit a route. */
#define RTE_LPM_LOOKUP_SUCCESS 0x01000000
/** Mask of the next hop in two entries packed into 64 bits. */
#define RTE_LPM_MASKX4_RES UINT64_C(0x00ffffff00ffffff)

/** One table entry; see the layout above (accessed as a whole word). */
struct rte_lpm_tbl_entry {
	uint32_t val; /**< next hop/group, valid, extended/group-in-use, depth */
};
_Static_assert(sizeof(struct rte_lpm_tbl_entry) == 4,
	"an LPM entry must be one 32-bit word (atomic updates, x4 lookups)");

/** Parameters of rte_lpm_create(). */
struct rte_lpm_config {
	uint32_t max_rules;    /**< Maximum number of rules. */
	uint32_t number_tbl8s; /**< Number of tbl8 groups to allocate. */
	int flags;             /**< Currently unused, must be 0. */
};

/** An IPv4 LPM table; only the lookup tables are public. */
struct rte_lpm {
	/** One entry per /24. */
	struct rte_lpm_tbl_entry tbl24[RTE_LPM_TBL24_NUM_ENTRIES] __rte_cache_aligned;
	/** number_tbl8s groups of 256 entries. */
	struct rte_lpm_tbl_entry *tbl8;
};

/**
 * Create an LPM table.
 *
 * @param name
 *   Unique name (at most RTE_LPM_NAMESIZE - 1 characters).
 * @param socket_id
 *   NUMA socket for the tables, or SOCKET_ID_ANY (-1).
 * @param config
 *   max_rules > 0, number_tbl8s in [1, RTE_LPM_MAX_TBL8_NUM_GROUPS].
 * @return
 *   The table, or NULL with rte_errno set: EINVAL (bad parameters),
 *   EEXIST (a table with this name exists), ENOMEM.
 */
struct rte_lpm *rte_lpm_create(const char *name, int socket_id,
		const struct rte_lpm_config *config);

/**
 * Find a table created with rte_lpm_create().
 *
 * @param name
 *   The name given at creation.
 * @return
 *   The table, or NULL with rte_errno = ENOENT.
 */
struct rte_lpm *rte_lpm_find_existing(const char *name);

/**
 * Free a table and forget its name.
 *
 * @param lpm
 *   Table to free; NULL is ignored.
 */
void rte_lpm_free(struct rte_lpm *lpm);

/**
 * Add a rule, or change the next hop of an existing rule.
 *
 * @param lpm
 *   The table.
 * @param ip
 *   IPv4 address in host byte order; bits beyond depth are ignored.
 * @param depth
 *   Prefix length, 1 to 32.
 * @param next_hop
 *   Next hop, at most 24 bits.
 * @return
 *   0, -EINVAL (bad parameter), -ENOSPC (no free rule slot or tbl8 group).
 */
int rte_lpm_add(struct rte_lpm *lpm, uint32_t ip, uint8_t depth,
		uint32_t next_hop);

/**
 * Tell whether a rule exists.
 *
 * @param lpm
 *   The table.
 * @param ip
 *   IPv4 address in host byte order; bits beyond depth are ignored.
 * @param depth
 *   Prefix length, 1 to 32.
 * @param next_hop
 *   Receives the rule's next hop when it exists.
 * @return
 *   1 if the rule exists, 0 if not, -EINVAL on bad parameters.
 */
int rte_lpm_is_rule_present(struct rte_lpm *lpm, uint32_t ip, uint8_t depth,
		uint32_t *next_hop);

/**
 * Delete a rule; addresses it covered fall back to the next shorter rule.
 *
 * @param lpm
 *   The table.
 * @param ip
 *   IPv4 address in host byte order; bits beyond depth are ignored.
 * @param depth
 *   Prefix length, 1 to 32.
 * @return
 *   0, -EINVAL (bad parameter or no such rule).
 */
int rte_lpm_delete(struct rte_lpm *lpm, uint32_t ip, uint8_t depth);

/**
 * Delete every rule.
 *
 * @param lpm
 *   The table.
 */
void rte_lpm_delete_all(struct rte_lpm *lpm);

/**
 * Look up one address.
 *
 * @param lpm
 *   The table.
 * @param ip
 *   IPv4 address in host byte order.
 * @param next_hop
 *   Receives the next hop of the longest matching rule.
 * @return
 *   0 on a hit, -ENOENT when no rule matches.
 */
static inline int
rte_lpm_lookup(const struct rte_lpm *lpm, uint32_t ip, uint32_t *next_hop)
{
	uint32_t e;

	RTE_LPM_RETURN_IF_TRUE(lpm == NULL || next_hop == NULL, -EINVAL);
	e = lpm->tbl24[ip >> 8].val;
	/* The tbl8 read depends on the tbl24 value (address dependency), so no
	 * barrier is needed; the writer publishes a group before pointing at it. */
	if ((e & RTE_LPM_VALID_EXT_ENTRY_BITMASK) == RTE_LPM_VALID_EXT_ENTRY_BITMASK)
		e = lpm->tbl8[(e & RTE_LPM_NEXT_HOP_MASK) *
			RTE_LPM_TBL8_GROUP_NUM_ENTRIES + (ip & 0xff)].val;
	*next_hop = e & RTE_LPM_NEXT_HOP_MASK;
	return (e & RTE_LPM_LOOKUP_SUCCESS) ? 0 : -ENOENT;
}

/**
 * Look up n addresses.
 *
 * @param lpm
 *   The table.
 * @param ips
 *   n IPv4 addresses in host byte order.
 * @param next_hops
 *   For each address: the next hop with RTE_LPM_LOOKUP_SUCCESS set on a hit;
 *   RTE_LPM_LOOKUP_SUCCESS is clear on a miss.
 * @param n
 *   Number of addresses.
 * @return
 *   0.
 */
static inline int
rte_lpm_lookup_bulk_func(const struct rte_lpm *lpm, const uint32_t *ips,
		uint32_t *next_hops, const unsigned int n)
{
	unsigned int i;

	RTE_LPM_RETURN_IF_TRUE(lpm == NULL || ips == NULL || next_hops == NULL,
		-EINVAL);
	for (i = 0; i < n; i++) {
		uint32_t e = lpm->tbl24[ips[i] >> 8].val;

		if ((e & RTE_LPM_VALID_EXT_ENTRY_BITMASK) ==
				RTE_LPM_VALID_EXT_ENTRY_BITMASK)
			e = lpm->tbl8[(e & RTE_LPM_NEXT_HOP_MASK) *
				RTE_LPM_TBL8_GROUP_NUM_ENTRIES + (ips[i] & 0xff)].val;
		next_hops[i] = e & (RTE_LPM_NEXT_HOP_MASK | RTE_LPM_LOOKUP_SUCCESS);
	}
	return 0;
}

/** Look up n addresses; see rte_lpm_lookup_bulk_func(). */
#define rte_lpm_lookup_bulk(lpm, ips, next_hops, n) \
	rte_lpm_lookup_bulk_func(lpm, ips, next_hops, n)

/**
 * Look up four addresses held in a vector.
 *
 * @param lpm
 *   The table.
 * @param ip
 *   Four IPv4 addresses in host byte order (32-bit lanes 0 to 3).
 * @param hop
 *   Receives the four next hops.
 * @param defv
 *   Value stored for an address that no rule matches.
 */
static inline void
rte_lpm_lookupx4(const struct rte_lpm *lpm, xmm_t ip, uint32_t hop[4],
		uint32_t defv)
{
	uint32_t a[4];
	unsigned int i;

	_mm_storeu_si128((__m128i *)(void *)a, ip);
	for (i = 0; i < 4; i++) {
		uint32_t nh;

		hop[i] = rte_lpm_lookup(lpm, a[i], &nh) == 0 ? nh : defv;
	}
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_LPM_H_ */
