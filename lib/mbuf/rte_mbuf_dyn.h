/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Dynamic mbuf fields and flags (DPDK 22.11 API).
 *
 * Libraries and applications reserve named space in the mbuf's free area
 * (dynfield1 and the other unused bytes) and named bits in ol_flags
 * (RTE_MBUF_F_FIRST_FREE..RTE_MBUF_F_LAST_FREE) at run time, instead of
 * growing the structure. Registering an existing name with the same
 * parameters returns the same offset/bit; with other parameters, EEXIST.
 */
#ifndef _RTE_MBUF_DYN_H_
#define _RTE_MBUF_DYN_H_

#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Maximum length of a dynamic field or flag name (with the 0). */
#define RTE_MBUF_DYN_NAMESIZE 64

/** A dynamic field request. */
struct rte_mbuf_dynfield {
	char name[RTE_MBUF_DYN_NAMESIZE]; /**< Name of the field. */
	size_t size;        /**< The number of bytes to reserve. */
	size_t align;       /**< The alignment constraint (power of 2). */
	unsigned int flags; /**< Reserved for future use, must be 0. */
};

/** A dynamic flag request. */
struct rte_mbuf_dynflag {
	char name[RTE_MBUF_DYN_NAMESIZE]; /**< Name of the dynamic flag. */
	unsigned int flags; /**< Reserved for future use, must be 0. */
};

/**
 * Reserve a field; returns its offset in struct rte_mbuf, or -1 with
 * rte_errno EINVAL (bad params), EEXIST (name used with other params),
 * ENOENT (no room left), ENOMEM.
 */
int rte_mbuf_dynfield_register(const struct rte_mbuf_dynfield *params);

/** Same at a given offset (-1/EBUSY if that space is taken). */
int rte_mbuf_dynfield_register_offset(const struct rte_mbuf_dynfield *params,
				size_t offset);

/** Offset of a registered field (and its parameters); -1/ENOENT if none. */
int rte_mbuf_dynfield_lookup(const char *name,
			struct rte_mbuf_dynfield *params);

/** Reserve an ol_flags bit; returns the bit number or -1 with rte_errno. */
int rte_mbuf_dynflag_register(const struct rte_mbuf_dynflag *params);

/** Same for a given bit (UINT_MAX: any bit). */
int rte_mbuf_dynflag_register_bitnum(const struct rte_mbuf_dynflag *params,
				unsigned int bitnum);

/** Bit number of a registered flag; -1/ENOENT if none. */
int rte_mbuf_dynflag_lookup(const char *name,
			struct rte_mbuf_dynflag *params);

/** Pointer of the given type to the dynamic field at offset in mbuf m. */
#define RTE_MBUF_DYNFIELD(m, offset, type) ((type)((uintptr_t)(m) + (offset)))

/** Print the registered fields and flags and the free space. */
void rte_mbuf_dyn_dump(FILE *out);

/* Well-known dynamic fields and flags. */
#define RTE_MBUF_DYNFIELD_METADATA_NAME "rte_flow_dynfield_metadata"
#define RTE_MBUF_DYNFLAG_METADATA_NAME "rte_flow_dynflag_metadata"
#define RTE_MBUF_DYNFIELD_TIMESTAMP_NAME "rte_dynfield_timestamp"
/** Type of the timestamp dynamic field. */
typedef uint64_t rte_mbuf_timestamp_t;
#define RTE_MBUF_DYNFLAG_RX_TIMESTAMP_NAME "rte_dynflag_rx_timestamp"
#define RTE_MBUF_DYNFLAG_TX_TIMESTAMP_NAME "rte_dynflag_tx_timestamp"
#define RTE_MBUF_DYNFIELD_IP_REASSEMBLY_NAME "rte_dynfield_ip_reassembly"
#define RTE_MBUF_DYNFLAG_IP_REASSEMBLY_INCOMPLETE_NAME \
	"rte_dynflag_ip_reassembly_incomplete"

/**
 * Register the timestamp field and the RX timestamp flag. Outputs the
 * field offset and the flag mask; returns 0 or -1 with rte_errno.
 */
int rte_mbuf_dyn_rx_timestamp_register(int *field_offset, uint64_t *rx_flag);

/** Same for the TX timestamp flag. */
int rte_mbuf_dyn_tx_timestamp_register(int *field_offset, uint64_t *tx_flag);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MBUF_DYN_H_ */
