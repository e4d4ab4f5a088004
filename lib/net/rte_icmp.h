/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * ICMP echo header (RFC 792), DPDK 22.11 rte_icmp.h.
 */
#ifndef _RTE_ICMP_H_
#define _RTE_ICMP_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <rte_common.h>
#include <rte_byteorder.h>

/** ICMP header as used by echo request/reply. */
struct rte_icmp_hdr {
	uint8_t icmp_type;
	uint8_t icmp_code;
	rte_be16_t icmp_cksum;
	rte_be16_t icmp_ident;
	rte_be16_t icmp_seq_nb;
} __rte_packed;
#if !defined(__DOXYGEN__) && !defined(__cplusplus)
_Static_assert(sizeof(struct rte_icmp_hdr) == 8, "ICMP echo header is 8 octets");
#endif

#define RTE_IP_ICMP_ECHO_REPLY 0
#define RTE_IP_ICMP_ECHO_REQUEST 8
#define RTE_ICMP6_ECHO_REQUEST 128
#define RTE_ICMP6_ECHO_REPLY 129

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ICMP_H_ */
