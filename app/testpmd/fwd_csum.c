/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * csum: verify and recompute IPv4 header and UDP/TCP checksums, then
 * forward with the Ethernet addresses rewritten as "mac" does.
 * Verification uses the receive flags when the NIC reported a result and
 * software otherwise; bad checksums are counted per stream.  A checksum
 * is offloaded (RTE_MBUF_F_TX_* + pseudo-header seed, as the ethdev
 * tx offload API requires) when the tx port has the offload enabled,
 * otherwise computed in software.
 */
#include <stddef.h>
#include <string.h>

#include <rte_ip.h>
#include <rte_net.h>
#include <rte_tcp.h>
#include <rte_udp.h>

#include "fwd.h"

#define CSUM_L4_OFFLOADS (RTE_ETH_TX_OFFLOAD_UDP_CKSUM | \
			  RTE_ETH_TX_OFFLOAD_TCP_CKSUM)

/*
 * Where the L4 checksum field is (NULL if not UDP/TCP).  The headers are
 * packed structs, so the field is accessed through byte copies.
 */
static uint8_t *
csum_l4_field(struct rte_mbuf *m, uint32_t ptype, uint16_t l4_off)
{
	uint8_t *l4 = rte_pktmbuf_mtod_offset(m, uint8_t *, l4_off);

	switch (ptype & RTE_PTYPE_L4_MASK) {
	case RTE_PTYPE_L4_UDP:
		return l4 + offsetof(struct rte_udp_hdr, dgram_cksum);
	case RTE_PTYPE_L4_TCP:
		return l4 + offsetof(struct rte_tcp_hdr, cksum);
	default:
		return NULL;
	}
}

static uint16_t
get16(const uint8_t *p)
{
	uint16_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static void
put16(uint8_t *p, uint16_t v)
{
	memcpy(p, &v, sizeof(v));
}

static bool
csum_rx_bad(uint64_t flags, uint64_t mask, uint64_t bad, uint64_t unknown,
	    bool sw_bad)
{
	if ((flags & mask) == unknown)
		return sw_bad;
	return (flags & mask) == bad;
}

static void
csum_ipv4(struct fwd_stream *fs, struct rte_mbuf *m, uint32_t ptype,
	  uint64_t offloads)
{
	struct rte_ipv4_hdr *ip =
		rte_pktmbuf_mtod_offset(m, struct rte_ipv4_hdr *, m->l2_len);
	uint16_t l4_off = m->l2_len + m->l3_len;
	uint8_t *l4 = csum_l4_field(m, ptype, l4_off);
	bool udp = (ptype & RTE_PTYPE_L4_MASK) == RTE_PTYPE_L4_UDP;

	/* a correct header sums to 0xffff, so its complement is 0 */
	if (csum_rx_bad(m->ol_flags, RTE_MBUF_F_RX_IP_CKSUM_MASK,
			RTE_MBUF_F_RX_IP_CKSUM_BAD,
			RTE_MBUF_F_RX_IP_CKSUM_UNKNOWN, rte_ipv4_cksum(ip) != 0))
		stat_add(&fs->rx_bad_ip_csum, 1);
	/* UDP checksum 0 over IPv4 means "none" (RFC 768) */
	if (l4 != NULL && !(udp && get16(l4) == 0) &&
	    csum_rx_bad(m->ol_flags, RTE_MBUF_F_RX_L4_CKSUM_MASK,
			RTE_MBUF_F_RX_L4_CKSUM_BAD,
			RTE_MBUF_F_RX_L4_CKSUM_UNKNOWN,
			rte_ipv4_udptcp_cksum_mbuf_verify(m, ip, l4_off) != 0))
		stat_add(&fs->rx_bad_l4_csum, 1);

	ip->hdr_checksum = 0;
	m->ol_flags &= ~RTE_MBUF_F_TX_OFFLOAD_MASK;
	m->ol_flags |= RTE_MBUF_F_TX_IPV4;
	if (offloads & RTE_ETH_TX_OFFLOAD_IPV4_CKSUM)
		m->ol_flags |= RTE_MBUF_F_TX_IP_CKSUM;
	else
		ip->hdr_checksum = rte_ipv4_cksum(ip);
	if (l4 == NULL)
		return;
	put16(l4, 0);
	if (offloads & (udp ? RTE_ETH_TX_OFFLOAD_UDP_CKSUM :
			RTE_ETH_TX_OFFLOAD_TCP_CKSUM)) {
		m->ol_flags |= udp ? RTE_MBUF_F_TX_UDP_CKSUM :
				     RTE_MBUF_F_TX_TCP_CKSUM;
		put16(l4, rte_ipv4_phdr_cksum(ip, m->ol_flags));
	} else {
		put16(l4, rte_ipv4_udptcp_cksum_mbuf(m, ip, l4_off));
	}
}

static void
csum_ipv6(struct fwd_stream *fs, struct rte_mbuf *m, uint32_t ptype,
	  uint64_t offloads)
{
	struct rte_ipv6_hdr *ip =
		rte_pktmbuf_mtod_offset(m, struct rte_ipv6_hdr *, m->l2_len);
	uint16_t l4_off = m->l2_len + m->l3_len;
	uint8_t *l4 = csum_l4_field(m, ptype, l4_off);
	bool udp = (ptype & RTE_PTYPE_L4_MASK) == RTE_PTYPE_L4_UDP;

	if (l4 == NULL)
		return;
	if (csum_rx_bad(m->ol_flags, RTE_MBUF_F_RX_L4_CKSUM_MASK,
			RTE_MBUF_F_RX_L4_CKSUM_BAD,
			RTE_MBUF_F_RX_L4_CKSUM_UNKNOWN,
			rte_ipv6_udptcp_cksum_mbuf_verify(m, ip, l4_off) != 0))
		stat_add(&fs->rx_bad_l4_csum, 1);
	put16(l4, 0);
	m->ol_flags &= ~RTE_MBUF_F_TX_OFFLOAD_MASK;
	m->ol_flags |= RTE_MBUF_F_TX_IPV6;
	if (offloads & (udp ? RTE_ETH_TX_OFFLOAD_UDP_CKSUM :
			RTE_ETH_TX_OFFLOAD_TCP_CKSUM)) {
		m->ol_flags |= udp ? RTE_MBUF_F_TX_UDP_CKSUM :
				     RTE_MBUF_F_TX_TCP_CKSUM;
		put16(l4, rte_ipv6_phdr_cksum(ip, m->ol_flags));
	} else {
		put16(l4, rte_ipv6_udptcp_cksum_mbuf(m, ip, l4_off));
	}
}

static void
csum_one(struct fwd_stream *fs, struct rte_mbuf *m, uint64_t offloads)
{
	struct rte_net_hdr_lens hl;
	struct rte_ether_hdr *eth = rte_pktmbuf_mtod(m, struct rte_ether_hdr *);
	uint32_t ptype = rte_net_get_ptype(m, &hl, RTE_PTYPE_L2_MASK |
					   RTE_PTYPE_L3_MASK |
					   RTE_PTYPE_L4_MASK);

	rte_ether_addr_copy(&tp.cfg.peer[fs->tx_port], &eth->dst_addr);
	rte_ether_addr_copy(&tp.ports[fs->tx_port].mac, &eth->src_addr);
	m->l2_len = hl.l2_len;
	m->l3_len = hl.l3_len;
	m->l4_len = hl.l4_len;
	/* headers split over segments are forwarded untouched */
	if (m->data_len < hl.l2_len + hl.l3_len + hl.l4_len)
		return;
	if (RTE_ETH_IS_IPV4_HDR(ptype))
		csum_ipv4(fs, m, ptype, offloads);
	else if (RTE_ETH_IS_IPV6_HDR(ptype))
		csum_ipv6(fs, m, ptype, offloads);
}

static uint16_t
csum_fwd(struct fwd_stream *fs)
{
	struct rte_mbuf *pkts[TP_MAX_BURST];
	uint64_t offloads = tp.ports[fs->tx_port].conf.txmode.offloads;
	uint16_t n = fwd_rx_burst(fs, pkts);

	for (uint16_t i = 0; i < n; i++)
		csum_one(fs, pkts[i], offloads);
	if (n != 0)
		fwd_tx_burst(fs, pkts, n);
	return n;
}

const struct fwd_engine csum_engine = {
	.name = "csum",
	.descr = "check and recompute IP/UDP/TCP checksums",
	.packet_fwd = csum_fwd,
};
