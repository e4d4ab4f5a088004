/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * ARP over Ethernet for IPv4 (RFC 826), DPDK 22.11 rte_arp.h.
 */
#ifndef _RTE_ARP_H_
#define _RTE_ARP_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <rte_ether.h>

struct rte_mempool;

/** ARP body for Ethernet hardware and IPv4 protocol addresses. */
struct rte_arp_ipv4 {
	struct rte_ether_addr arp_sha;	/**< sender hardware address */
	uint32_t arp_sip;		/**< sender IP address (network order) */
	struct rte_ether_addr arp_tha;	/**< target hardware address */
	uint32_t arp_tip;		/**< target IP address (network order) */
} __rte_packed __rte_aligned(2);

/** ARP header. */
struct rte_arp_hdr {
	uint16_t arp_hardware;	/**< RTE_ARP_HRD_ETHER, network order */
	uint16_t arp_protocol;	/**< RTE_ETHER_TYPE_IPV4, network order */
	uint8_t arp_hlen;	/**< 6 */
	uint8_t arp_plen;	/**< 4 */
	uint16_t arp_opcode;	/**< RTE_ARP_OP_*, network order */
	struct rte_arp_ipv4 arp_data;
} __rte_packed __rte_aligned(2);
#if !defined(__DOXYGEN__) && !defined(__cplusplus)
_Static_assert(sizeof(struct rte_arp_hdr) == 28, "ARP for IPv4 is 28 octets");
#endif

#define RTE_ARP_HRD_ETHER 1
#define RTE_ARP_OP_REQUEST 1
#define RTE_ARP_OP_REPLY 2
#define RTE_ARP_OP_REVREQUEST 3	/**< RARP request (RFC 903) */
#define RTE_ARP_OP_REVREPLY 4
#define RTE_ARP_OP_INVREQUEST 8
#define RTE_ARP_OP_INVREPLY 9

/**
 * Allocate from mpool a broadcast RARP request announcing mac (used after
 * a live migration so switches relearn the address). NULL if the pool is
 * empty or its buffers are too small.
 */
struct rte_mbuf *rte_net_make_rarp_packet(struct rte_mempool *mpool,
		const struct rte_ether_addr *mac);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ARP_H_ */
