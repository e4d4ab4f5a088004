/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Software packet type parsing and checksum-offload preparation
 * (DPDK 22.11 rte_net.h).
 */
#ifndef _RTE_NET_PTYPE_H_
#define _RTE_NET_PTYPE_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <rte_ip.h>
#include <rte_udp.h>
#include <rte_tcp.h>

/** Header lengths found by rte_net_get_ptype(). */
struct rte_net_hdr_lens {
	uint8_t l2_len;		/**< outer L2, VLAN/QinQ tags included */
	uint8_t inner_l2_len;
	uint16_t l3_len;	/**< outer L3, IPv4 options / IPv6 extensions included */
	uint16_t inner_l3_len;
	uint16_t tunnel_len;	/**< tunnel header (GRE, VXLAN + UDP) */
	uint8_t l4_len;
	uint8_t inner_l4_len;
};

/**
 * Skip the IPv6 extension headers starting at offset *off of m, whose first
 * type is proto. On return *off is the offset of the first non-extension
 * header and *frag is 1 if a fragment header was seen. Returns the type of
 * that header, or -1 if the packet is truncated or too deep.
 */
int rte_net_skip_ip6_ext(uint16_t proto, const struct rte_mbuf *m,
		uint32_t *off, int *frag);

/**
 * Parse the headers of m and return its RTE_PTYPE_* value, restricted to
 * the layers in layers (RTE_PTYPE_ALL_MASK for all). If hdr_lens is not
 * NULL, the header lengths are stored there (a length is meaningful only
 * if the matching layer is in the result). Recognised, as by DPDK 22.11:
 * Ethernet, VLAN, QinQ (0x88A8); IPv4 with or without options, IPv6 with
 * extension headers; TCP, UDP, SCTP and fragments; GRE, NVGRE and IP-in-IP
 * tunnels with the same layers inside. UDP tunnels (VXLAN...) are not
 * looked into.
 */
uint32_t rte_net_get_ptype(const struct rte_mbuf *m,
		struct rte_net_hdr_lens *hdr_lens, uint32_t layers);

/**
 * Prepare the headers of m for a NIC doing checksum offload the way Intel
 * NICs expect (ol_flags as in m->ol_flags): clear the IPv4 header checksum
 * and seed the L4 checksum with the pseudo-header sum. Returns 0, or
 * -ENOTSUP if the headers are not all in the first segment.
 */
int rte_net_intel_cksum_flags_prepare(struct rte_mbuf *m, uint64_t ol_flags);

/** rte_net_intel_cksum_flags_prepare(m, m->ol_flags). */
static inline int
rte_net_intel_cksum_prepare(struct rte_mbuf *m)
{
	return rte_net_intel_cksum_flags_prepare(m, m->ol_flags);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_NET_PTYPE_H_ */
