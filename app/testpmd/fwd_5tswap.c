/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * 5tswap: swap source and destination of the Ethernet, IPv4/IPv6 and
 * UDP/TCP headers (the 5-tuple), and send back.  Swapping both fields of
 * a pair leaves every checksum valid (the one's complement sum is
 * commutative), so none is recomputed.
 */
#include <string.h>

#include <rte_ip.h>
#include <rte_net.h>
#include <rte_tcp.h>
#include <rte_udp.h>

#include "fwd.h"

static void
swap_bytes(void *a, void *b, size_t len)
{
	uint8_t tmp[16];

	memcpy(tmp, a, len);
	memcpy(a, b, len);
	memcpy(b, tmp, len);
}

static void
fivetswap_one(struct rte_mbuf *m)
{
	struct rte_net_hdr_lens hl;
	uint8_t *p = rte_pktmbuf_mtod(m, uint8_t *);
	struct rte_ether_hdr *eth = (struct rte_ether_hdr *)p;
	uint32_t ptype = rte_net_get_ptype(m, &hl, RTE_PTYPE_L2_MASK |
					   RTE_PTYPE_L3_MASK |
					   RTE_PTYPE_L4_MASK);
	uint32_t l4 = ptype & RTE_PTYPE_L4_MASK;

	swap_bytes(&eth->src_addr, &eth->dst_addr, RTE_ETHER_ADDR_LEN);
	if (m->data_len < hl.l2_len + hl.l3_len + hl.l4_len)
		return;
	if (RTE_ETH_IS_IPV4_HDR(ptype)) {
		struct rte_ipv4_hdr *ip = (void *)(p + hl.l2_len);

		swap_bytes(&ip->src_addr, &ip->dst_addr, 4);
	} else if (RTE_ETH_IS_IPV6_HDR(ptype)) {
		struct rte_ipv6_hdr *ip = (void *)(p + hl.l2_len);

		swap_bytes(ip->src_addr, ip->dst_addr, 16);
	} else {
		return;
	}
	/* UDP and TCP both start with the source and destination ports */
	if (l4 == RTE_PTYPE_L4_UDP || l4 == RTE_PTYPE_L4_TCP) {
		rte_be16_t *ports = (void *)(p + hl.l2_len + hl.l3_len);

		swap_bytes(&ports[0], &ports[1], 2);
	}
}

static uint16_t
fivetswap_fwd(struct fwd_stream *fs)
{
	struct rte_mbuf *pkts[TP_MAX_BURST];
	uint16_t n = fwd_rx_burst(fs, pkts);

	for (uint16_t i = 0; i < n; i++)
		fivetswap_one(pkts[i]);
	if (n != 0)
		fwd_tx_burst(fs, pkts, n);
	return n;
}

const struct fwd_engine fivetswap_engine = {
	.name = "5tswap",
	.descr = "swap L2/L3/L4 source and destination",
	.packet_fwd = fivetswap_fwd,
};
