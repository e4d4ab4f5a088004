/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * VXLAN (RFC 7348) and VXLAN-GPE headers, DPDK 22.11 rte_vxlan.h.
 */
#ifndef _RTE_VXLAN_H_
#define _RTE_VXLAN_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <rte_common.h>
#include <rte_byteorder.h>
#include <rte_udp.h>

#define RTE_VXLAN_DEFAULT_PORT 4789	/**< IANA port, RFC 7348 section 5 */
#define RTE_VXLAN_GPE_DEFAULT_PORT 4790

/** VXLAN header. */
struct rte_vxlan_hdr {
	rte_be32_t vx_flags;	/**< 0x08000000: VNI valid */
	rte_be32_t vx_vni;	/**< VNI in the upper 24 bits */
} __rte_packed;
#if !defined(__DOXYGEN__) && !defined(__cplusplus)
_Static_assert(sizeof(struct rte_vxlan_hdr) == 8, "VXLAN header is 8 octets");
#endif

#define RTE_ETHER_VXLAN_HLEN \
	(sizeof(struct rte_udp_hdr) + sizeof(struct rte_vxlan_hdr))

/** VXLAN-GPE header. */
struct rte_vxlan_gpe_hdr {
	uint8_t vx_flags;
	uint8_t reserved[2];
	uint8_t proto;		/**< RTE_VXLAN_GPE_TYPE_* */
	rte_be32_t vx_vni;
} __rte_packed;

#define RTE_ETHER_VXLAN_GPE_HLEN \
	(sizeof(struct rte_udp_hdr) + sizeof(struct rte_vxlan_gpe_hdr))
#define RTE_VXLAN_GPE_TYPE_IPV4 1
#define RTE_VXLAN_GPE_TYPE_IPV6 2
#define RTE_VXLAN_GPE_TYPE_ETH 3
#define RTE_VXLAN_GPE_TYPE_NSH 4
#define RTE_VXLAN_GPE_TYPE_MPLS 5
#define RTE_VXLAN_GPE_TYPE_GBP 6
#define RTE_VXLAN_GPE_TYPE_VBNG 7

#ifdef __cplusplus
}
#endif

#endif /* _RTE_VXLAN_H_ */
