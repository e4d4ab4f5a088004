/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Software packet type parsing (rte_net_get_ptype) and checksum offload
 * preparation. The outer and inner (tunnelled) headers are parsed by the
 * same functions, given the RTE_PTYPE_* values of their layer set.
 */
#include <string.h>
#include <netinet/in.h>

#include <rte_mbuf.h>
#include <rte_mbuf_ptype.h>

#include "rte_ether.h"
#include "rte_ip.h"
#include "rte_tcp.h"
#include "rte_udp.h"
#include "rte_sctp.h"
#include "rte_gre.h"
#include "rte_net.h"

/* RTE_PTYPE_* values of one header set (outer or inner). */
struct ptype_set {
	uint32_t l2_mask, l2_vlan, l2_qinq;
	uint32_t l3_mask, ipv4, ipv4_ext, ipv6, ipv6_ext;
	uint32_t l4_mask, tcp, udp, sctp, frag;
};

static const struct ptype_set outer_set = {
	RTE_PTYPE_L2_MASK, RTE_PTYPE_L2_ETHER_VLAN, RTE_PTYPE_L2_ETHER_QINQ,
	RTE_PTYPE_L3_MASK, RTE_PTYPE_L3_IPV4, RTE_PTYPE_L3_IPV4_EXT,
	RTE_PTYPE_L3_IPV6, RTE_PTYPE_L3_IPV6_EXT,
	RTE_PTYPE_L4_MASK, RTE_PTYPE_L4_TCP, RTE_PTYPE_L4_UDP,
	RTE_PTYPE_L4_SCTP, RTE_PTYPE_L4_FRAG,
};

static const struct ptype_set inner_set = {
	RTE_PTYPE_INNER_L2_MASK, RTE_PTYPE_INNER_L2_ETHER_VLAN,
	RTE_PTYPE_INNER_L2_ETHER_QINQ,
	RTE_PTYPE_INNER_L3_MASK, RTE_PTYPE_INNER_L3_IPV4,
	RTE_PTYPE_INNER_L3_IPV4_EXT, RTE_PTYPE_INNER_L3_IPV6,
	RTE_PTYPE_INNER_L3_IPV6_EXT,
	RTE_PTYPE_INNER_L4_MASK, RTE_PTYPE_INNER_L4_TCP, RTE_PTYPE_INNER_L4_UDP,
	RTE_PTYPE_INNER_L4_SCTP, RTE_PTYPE_INNER_L4_FRAG,
};

/* L3/L4 header lengths found for one set. */
struct hdr_len_refs {
	uint16_t l3_len;
	uint8_t l4_len;
};

int
rte_net_skip_ip6_ext(uint16_t proto, const struct rte_mbuf *m, uint32_t *off,
		int *frag)
{
	uint8_t xh_copy[2];
	const uint8_t *xh;
	unsigned int i;

	*frag = 0;
	/* RFC 8200 section 4.1 order; at most 5 headers are walked. */
	for (i = 0; i < 5; i++) {
		switch (proto) {
		case IPPROTO_HOPOPTS:
		case IPPROTO_ROUTING:
		case IPPROTO_DSTOPTS:
			xh = rte_pktmbuf_read(m, *off, 2, xh_copy);
			if (xh == NULL)
				return -1;
			*off += ((uint32_t)xh[1] + 1) * 8; /* 8-octet units */
			proto = xh[0];
			break;
		case IPPROTO_FRAGMENT:
			xh = rte_pktmbuf_read(m, *off, 2, xh_copy);
			if (xh == NULL)
				return -1;
			*off += sizeof(struct rte_ipv6_fragment_ext);
			*frag = 1;
			return xh[0];	/* nothing after it is parsed */
		case IPPROTO_NONE:
			return 0;
		default:
			return proto;
		}
	}
	return -1;
}

/* 802.1Q / 802.1ad tags after an Ethernet header; updates proto/off. */
static __rte_always_inline uint32_t
parse_vlan(const struct rte_mbuf *m, uint32_t *off, uint16_t *proto,
		uint8_t *l2_len, const struct ptype_set *set, uint32_t l2_ptype,
		int *truncated)
{
	struct rte_vlan_hdr copy;
	const struct rte_vlan_hdr *vh;
	unsigned int tags;

	if (*proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_VLAN)) {
		l2_ptype = set->l2_vlan;
		tags = 1;
	} else if (*proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_QINQ)) {
		l2_ptype = set->l2_qinq;
		tags = 2;
	} else {
		return l2_ptype;
	}
	/* the innermost tag holds the EtherType of the payload */
	vh = rte_pktmbuf_read(m, *off + (tags - 1) * sizeof(*vh), sizeof(*vh),
		&copy);
	if (vh == NULL) {
		*truncated = 1;
		return l2_ptype;
	}
	*off += tags * sizeof(*vh);
	*l2_len = (uint8_t)(*l2_len + tags * sizeof(*vh));
	*proto = vh->eth_proto;
	return l2_ptype;
}

static __rte_always_inline uint32_t
l4_ptype(uint8_t proto, const struct ptype_set *set)
{
	switch (proto) {
	case IPPROTO_TCP: return set->tcp;
	case IPPROTO_UDP: return set->udp;
	case IPPROTO_SCTP: return set->sctp;
	default: return 0;
	}
}

/*
 * IPv4 or IPv6 header at *off (EtherType proto, network order). Adds the
 * L3 and, if asked, L4 types; leaves *off after L3 and *l4proto set, or
 * returns with *stop = 1 when nothing further can be parsed.
 */
static __rte_always_inline uint32_t
parse_l3(const struct rte_mbuf *m, uint32_t *off, uint16_t proto,
		uint32_t layers, const struct ptype_set *set,
		struct hdr_len_refs *len, uint8_t *l4proto, int *stop)
{
	uint32_t pt = 0;
	int frag = 0, ret;

	*stop = 1;
	if (proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_IPV4)) {
		struct rte_ipv4_hdr copy;
		const struct rte_ipv4_hdr *ip = rte_pktmbuf_read(m, *off,
			sizeof(*ip), &copy);
		uint8_t ihl;

		if (ip == NULL)
			return 0;
		ihl = ip->version_ihl & RTE_IPV4_HDR_IHL_MASK;
		if ((ip->version_ihl >> 4) == 4 && ihl >= RTE_IPV4_MIN_IHL)
			pt = ihl == RTE_IPV4_MIN_IHL ? set->ipv4 : set->ipv4_ext;
		len->l3_len = (uint16_t)(ihl * RTE_IPV4_IHL_MULTIPLIER);
		*off += len->l3_len;
		if ((layers & set->l4_mask) == 0)
			return pt;
		if (ip->fragment_offset & rte_cpu_to_be_16(
				RTE_IPV4_HDR_OFFSET_MASK | RTE_IPV4_HDR_MF_FLAG))
			return pt | set->frag;
		*l4proto = ip->next_proto_id;
	} else if (proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_IPV6)) {
		struct rte_ipv6_hdr copy;
		const struct rte_ipv6_hdr *ip = rte_pktmbuf_read(m, *off,
			sizeof(*ip), &copy);
		uint32_t start;

		if (ip == NULL)
			return 0;
		*off += sizeof(*ip);
		start = *off;
		ret = ip->proto;
		pt = set->ipv6;
		if (ret == IPPROTO_HOPOPTS || ret == IPPROTO_ROUTING ||
				ret == IPPROTO_FRAGMENT || ret == IPPROTO_ESP ||
				ret == IPPROTO_AH || ret == IPPROTO_DSTOPTS) {
			pt = set->ipv6_ext;
			ret = rte_net_skip_ip6_ext((uint16_t)ret, m, off, &frag);
			if (ret < 0)
				return pt;
		}
		len->l3_len = (uint16_t)(sizeof(*ip) + *off - start);
		if (ret == 0 || (layers & set->l4_mask) == 0)
			return pt;
		if (frag)
			return pt | set->frag;
		*l4proto = (uint8_t)ret;
	} else {
		return 0;
	}
	*stop = 0;
	return pt | l4_ptype(*l4proto, set);
}

/* L4 header length; the TCP one is in the header (data offset). */
static __rte_always_inline uint32_t
parse_l4_len(const struct rte_mbuf *m, uint32_t off, uint32_t pt,
		const struct ptype_set *set, uint8_t *l4_len)
{
	uint32_t l4 = pt & set->l4_mask;

	*l4_len = 0;
	if (l4 == set->udp) {
		*l4_len = sizeof(struct rte_udp_hdr);
	} else if (l4 == set->sctp) {
		*l4_len = sizeof(struct rte_sctp_hdr);
	} else if (l4 == set->tcp) {
		struct rte_tcp_hdr copy;
		const struct rte_tcp_hdr *th = rte_pktmbuf_read(m, off,
			sizeof(*th), &copy);

		if (th == NULL)
			return pt & ~set->l4_mask;	/* truncated */
		*l4_len = (uint8_t)((th->data_off & 0xf0) >> 2);
	}
	return pt;
}

/* GRE (RFC 2784/2890) or IP-in-IP; sets *proto to the inner EtherType. */
static uint32_t
parse_tunnel(const struct rte_mbuf *m, uint32_t *off, uint8_t l4proto,
		uint16_t *proto)
{
	/* Header size by the C, R, K, S flag nibble; 0: not supported. */
	static const uint8_t gre_len[16] = {
		[0x0] = 4, [0x1] = 8, [0x2] = 8, [0x3] = 12,
		[0x8] = 8, [0x9] = 12, [0xa] = 12, [0xb] = 16,
	};
	struct rte_gre_hdr copy;
	const struct rte_gre_hdr *gh;
	uint8_t hlen;

	switch (l4proto) {
	case IPPROTO_GRE:
		gh = rte_pktmbuf_read(m, *off, sizeof(*gh), &copy);
		if (gh == NULL)
			return 0;
		hlen = gre_len[rte_be_to_cpu_16(gh->flags_ver) >> 12];
		if (hlen == 0)
			return 0;
		*off += hlen;
		*proto = gh->proto;
		return *proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_TEB) ?
			RTE_PTYPE_TUNNEL_NVGRE : RTE_PTYPE_TUNNEL_GRE;
	case IPPROTO_IPIP:
		*proto = rte_cpu_to_be_16(RTE_ETHER_TYPE_IPV4);
		return RTE_PTYPE_TUNNEL_IP;
	case IPPROTO_IPV6:
		*proto = rte_cpu_to_be_16(RTE_ETHER_TYPE_IPV6);
		return RTE_PTYPE_TUNNEL_IP;
	default:
		return 0;
	}
}

/* Outer Ethernet header and tags. */
static __rte_always_inline uint32_t
parse_outer_l2(const struct rte_mbuf *m, uint32_t *off, uint16_t *proto,
		struct rte_net_hdr_lens *hl, int *stop)
{
	struct rte_ether_hdr copy;
	const struct rte_ether_hdr *eh;

	*stop = 1;
	eh = rte_pktmbuf_read(m, 0, sizeof(*eh), &copy);
	if (eh == NULL)
		return 0;
	*proto = eh->ether_type;
	*off = sizeof(*eh);
	hl->l2_len = sizeof(*eh);
	/* MPLS is not looked into (as DPDK 22.11): plain Ethernet. */
	if (*proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_MPLS) ||
			*proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_MPLSM))
		return RTE_PTYPE_L2_ETHER;
	*stop = 0;	/* set again by parse_vlan if a tag is cut short */
	return parse_vlan(m, off, proto, &hl->l2_len, &outer_set,
		RTE_PTYPE_L2_ETHER, stop);
}

/* Everything after the tunnel header: inner L2 (if TEB), L3, L4. */
static uint32_t
parse_inner(const struct rte_mbuf *m, uint32_t off, uint16_t proto,
		uint32_t layers, struct rte_net_hdr_lens *hl)
{
	struct hdr_len_refs len = { 0, 0 };
	uint32_t pt = 0;
	uint8_t l4proto = 0;
	int stop = 0;

	if (proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_TEB)) {
		struct rte_ether_hdr copy;
		/* The inner frame follows the tunnel header at any byte offset:
		 * read its type as bytes, not through a (2-byte aligned)
		 * struct pointer. */
		const uint8_t *eh = rte_pktmbuf_read(m, off, sizeof(copy),
			&copy);

		if (eh == NULL)
			return 0;
		pt = RTE_PTYPE_INNER_L2_ETHER;
		memcpy(&proto, eh + offsetof(struct rte_ether_hdr, ether_type),
			sizeof(proto));
		off += sizeof(copy);
		hl->inner_l2_len = sizeof(copy);
	}
	pt = parse_vlan(m, &off, &proto, &hl->inner_l2_len, &inner_set, pt,
		&stop);
	if (stop || (layers & RTE_PTYPE_INNER_L3_MASK) == 0)
		return pt;
	pt |= parse_l3(m, &off, proto, layers, &inner_set, &len, &l4proto,
		&stop);
	hl->inner_l3_len = len.l3_len;
	if (stop)
		return pt;
	return parse_l4_len(m, off, pt, &inner_set, &hl->inner_l4_len);
}

uint32_t
rte_net_get_ptype(const struct rte_mbuf *m, struct rte_net_hdr_lens *hdr_lens,
		uint32_t layers)
{
	struct rte_net_hdr_lens local;
	struct hdr_len_refs len = { 0, 0 };
	uint32_t pt, off = 0, tun_start;
	uint16_t proto = 0;
	uint8_t l4proto = 0;
	int stop;

	if (hdr_lens == NULL)
		hdr_lens = &local;
	memset(hdr_lens, 0, sizeof(*hdr_lens));
	if ((layers & RTE_PTYPE_L2_MASK) == 0)
		return 0;
	pt = parse_outer_l2(m, &off, &proto, hdr_lens, &stop);
	if (stop || (layers & RTE_PTYPE_L3_MASK) == 0)
		return pt;
	pt |= parse_l3(m, &off, proto, layers, &outer_set, &len, &l4proto,
		&stop);
	hdr_lens->l3_len = len.l3_len;
	if (stop)
		return pt;
	if (pt & RTE_PTYPE_L4_MASK)
		return parse_l4_len(m, off, pt, &outer_set, &hdr_lens->l4_len);
	if ((layers & RTE_PTYPE_TUNNEL_MASK) == 0)
		return pt;
	tun_start = off;
	pt |= parse_tunnel(m, &off, l4proto, &proto);
	hdr_lens->tunnel_len = (uint16_t)(off - tun_start);
	if ((pt & RTE_PTYPE_TUNNEL_MASK) == 0 ||
			(layers & RTE_PTYPE_INNER_L2_MASK) == 0)
		return pt;
	return pt | parse_inner(m, off, proto, layers, hdr_lens);
}

/* Seed the L4 checksum of an IPv4/IPv6 packet with its pseudo-header sum. */
static void
seed_l4_cksum(struct rte_mbuf *m, uint64_t l3_off, uint64_t l3_len,
		int is_ipv4, uint64_t ol_flags, int is_udp)
{
	void *l3 = rte_pktmbuf_mtod_offset(m, void *, l3_off);
	uint16_t sum = is_ipv4 ? rte_ipv4_phdr_cksum(l3, ol_flags) :
		rte_ipv6_phdr_cksum(l3, ol_flags);

	if (is_udp)
		rte_pktmbuf_mtod_offset(m, struct rte_udp_hdr *,
			l3_off + l3_len)->dgram_cksum = sum;
	else
		rte_pktmbuf_mtod_offset(m, struct rte_tcp_hdr *,
			l3_off + l3_len)->cksum = sum;
}

/*
 * Intel NICs compute the L4 checksum starting from the value in the
 * checksum field, which must hold the pseudo-header sum, and the IPv4
 * header checksum from a zeroed field (e.g. 82599 datasheet 7.2.5.2).
 */
int
rte_net_intel_cksum_flags_prepare(struct rte_mbuf *m, uint64_t ol_flags)
{
	uint64_t l3_off = m->l2_len;
	uint64_t l4 = ol_flags & RTE_MBUF_F_TX_L4_MASK;
	int tso = (ol_flags & RTE_MBUF_F_TX_TCP_SEG) != 0;

	if (!(ol_flags & (RTE_MBUF_F_TX_IP_CKSUM | RTE_MBUF_F_TX_L4_MASK |
			RTE_MBUF_F_TX_TCP_SEG | RTE_MBUF_F_TX_OUTER_IP_CKSUM |
			RTE_MBUF_F_TX_OUTER_UDP_CKSUM)))
		return 0;
	if (ol_flags & (RTE_MBUF_F_TX_OUTER_IPV4 | RTE_MBUF_F_TX_OUTER_IPV6)) {
		int outer4 = (ol_flags & RTE_MBUF_F_TX_OUTER_IPV4) != 0;

		l3_off += m->outer_l2_len + m->outer_l3_len;
		if (ol_flags & RTE_MBUF_F_TX_OUTER_IP_CKSUM)
			rte_pktmbuf_mtod_offset(m, struct rte_ipv4_hdr *,
				m->outer_l2_len)->hdr_checksum = 0;
		if (ol_flags & RTE_MBUF_F_TX_OUTER_UDP_CKSUM)
			seed_l4_cksum(m, m->outer_l2_len, m->outer_l3_len,
				outer4, m->ol_flags, 1);
	}
	/* every header the NIC patches must be in the first segment */
	if (rte_pktmbuf_data_len(m) < l3_off + m->l3_len + m->l4_len)
		return -ENOTSUP;
	if ((ol_flags & RTE_MBUF_F_TX_IPV4) && (ol_flags & RTE_MBUF_F_TX_IP_CKSUM))
		rte_pktmbuf_mtod_offset(m, struct rte_ipv4_hdr *,
			l3_off)->hdr_checksum = 0;
	if (l4 == RTE_MBUF_F_TX_UDP_CKSUM)
		seed_l4_cksum(m, l3_off, m->l3_len,
			(ol_flags & RTE_MBUF_F_TX_IPV4) != 0, ol_flags, 1);
	else if (l4 == RTE_MBUF_F_TX_TCP_CKSUM || tso)
		seed_l4_cksum(m, l3_off, m->l3_len,
			(ol_flags & RTE_MBUF_F_TX_IPV4) != 0, ol_flags, 0);
	return 0;
}
