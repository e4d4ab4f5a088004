/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * GRE header (RFC 2784, RFC 2890). Unlike DPDK, the flag bits are not C bit-fields (pmdkit rule: no bit-fields for wire layouts); use the RTE_GRE_*_PRESENT masks on flags_ver.
 */
#ifndef _RTE_GRE_H_
#define _RTE_GRE_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <rte_common.h>
#include <rte_byteorder.h>

/** GRE base header. */
struct rte_gre_hdr {
	rte_be16_t flags_ver;	/**< C, K, S flags, version (low 3 bits) */
	rte_be16_t proto;	/**< EtherType of the payload */
} __rte_packed;
#if !defined(__DOXYGEN__) && !defined(__cplusplus)
_Static_assert(sizeof(struct rte_gre_hdr) == 4, "GRE header is 4 octets");
#endif

/* Masks on rte_be_to_cpu_16(flags_ver). */
#define RTE_GRE_CHECKSUM_PRESENT 0x8000	/**< C: checksum + reserved1 follow */
#define RTE_GRE_KEY_PRESENT 0x2000	/**< K: 32-bit key follows */
#define RTE_GRE_SEQUENCE_PRESENT 0x1000	/**< S: 32-bit sequence follows */
#define RTE_GRE_VERSION_MASK 0x0007

struct rte_gre_hdr_opt_checksum_rsvd {
	rte_be16_t checksum;
	rte_be16_t reserved1;
} __rte_packed;

struct rte_gre_hdr_opt_key {
	rte_be32_t key;
} __rte_packed;

struct rte_gre_hdr_opt_sequence {
	rte_be32_t sequence;
} __rte_packed;

#ifdef __cplusplus
}
#endif

#endif /* _RTE_GRE_H_ */
