/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * UDP header (RFC 768), DPDK 22.11 rte_udp.h.
 */
#ifndef _RTE_UDP_H_
#define _RTE_UDP_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <rte_common.h>
#include <rte_byteorder.h>

/** UDP header. */
struct rte_udp_hdr {
	rte_be16_t src_port;
	rte_be16_t dst_port;
	rte_be16_t dgram_len;	/**< header + payload octets */
	rte_be16_t dgram_cksum;	/**< 0: no checksum (IPv4 only) */
} __rte_packed;
#if !defined(__DOXYGEN__) && !defined(__cplusplus)
_Static_assert(sizeof(struct rte_udp_hdr) == 8, "UDP header is 8 octets");
#endif

#ifdef __cplusplus
}
#endif

#endif /* _RTE_UDP_H_ */
