/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * SCTP common header (RFC 9260 section 3.1), DPDK 22.11 rte_sctp.h.
 */
#ifndef _RTE_SCTP_H_
#define _RTE_SCTP_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <rte_common.h>
#include <rte_byteorder.h>

/** SCTP common header. */
struct rte_sctp_hdr {
	rte_be16_t src_port;
	rte_be16_t dst_port;
	rte_be32_t tag;		/**< verification tag */
	rte_be32_t cksum;	/**< CRC32c */
} __rte_packed;
#if !defined(__DOXYGEN__) && !defined(__cplusplus)
_Static_assert(sizeof(struct rte_sctp_hdr) == 12, "SCTP header is 12 octets");
#endif

#ifdef __cplusplus
}
#endif

#endif /* _RTE_SCTP_H_ */
