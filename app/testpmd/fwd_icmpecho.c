/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * icmpecho: a minimal IPv4 host on each port.
 *  - ARP requests (RFC 826) are answered with the port's MAC address;
 *  - ICMP echo requests (RFC 792) get an echo reply;
 *  - everything else is freed and counted as dropped.
 * As in DPDK's testpmd, a port answers for any IPv4 address by default;
 * "set ip <port> <A.B.C.D>" restricts it to that one address (requests
 * for other addresses are dropped), and "set ip <port> any" reverts.
 */
#include <rte_arp.h>
#include <rte_icmp.h>
#include <rte_ip.h>

#include "fwd.h"

static bool
icmpecho_is_mine(uint16_t port, rte_be32_t addr)
{
	uint32_t own = tp.cfg.port_ip[port];

	return own == 0 || own == addr;
}

/* Turn an ARP request into the reply, in place.  False if not ours. */
static bool
icmpecho_arp(struct rte_mbuf *m, uint16_t port)
{
	struct rte_ether_hdr *eth = rte_pktmbuf_mtod(m, struct rte_ether_hdr *);
	struct rte_arp_hdr *arp = (struct rte_arp_hdr *)(eth + 1);
	const struct rte_ether_addr *own = &tp.ports[port].mac;
	rte_be32_t tip;

	if (m->data_len < sizeof(*eth) + sizeof(*arp) ||
	    arp->arp_hardware != rte_cpu_to_be_16(RTE_ARP_HRD_ETHER) ||
	    arp->arp_protocol != rte_cpu_to_be_16(RTE_ETHER_TYPE_IPV4) ||
	    arp->arp_hlen != RTE_ETHER_ADDR_LEN || arp->arp_plen != 4 ||
	    arp->arp_opcode != rte_cpu_to_be_16(RTE_ARP_OP_REQUEST))
		return false;
	tip = arp->arp_data.arp_tip;
	if (!icmpecho_is_mine(port, tip))
		return false;
	rte_ether_addr_copy(&eth->src_addr, &eth->dst_addr);
	rte_ether_addr_copy(own, &eth->src_addr);
	arp->arp_opcode = rte_cpu_to_be_16(RTE_ARP_OP_REPLY);
	arp->arp_data.arp_tha = arp->arp_data.arp_sha;
	arp->arp_data.arp_tip = arp->arp_data.arp_sip;
	rte_ether_addr_copy(own, &arp->arp_data.arp_sha);
	arp->arp_data.arp_sip = tip;
	return true;
}

/* Turn an ICMP echo request into the reply, in place. */
static bool
icmpecho_icmp(struct rte_mbuf *m, uint16_t port)
{
	struct rte_ether_hdr *eth = rte_pktmbuf_mtod(m, struct rte_ether_hdr *);
	struct rte_ipv4_hdr *ip = (struct rte_ipv4_hdr *)(eth + 1);
	struct rte_icmp_hdr *icmp;
	struct rte_ether_addr tmp;
	uint16_t ihl, ip_len, sum;
	rte_be32_t addr;

	if (m->data_len < sizeof(*eth) + sizeof(*ip) ||
	    (ip->version_ihl >> 4) != 4 || ip->next_proto_id != IPPROTO_ICMP)
		return false;
	ihl = rte_ipv4_hdr_len(ip);
	ip_len = rte_be_to_cpu_16(ip->total_length);
	if (m->data_len < sizeof(*eth) + ihl + sizeof(*icmp) ||
	    ip_len < ihl + sizeof(*icmp) ||
	    m->pkt_len < sizeof(*eth) + ip_len ||
	    rte_is_multicast_ether_addr(&eth->dst_addr) ||
	    !icmpecho_is_mine(port, ip->dst_addr))
		return false;
	icmp = (struct rte_icmp_hdr *)((uint8_t *)ip + ihl);
	if (icmp->icmp_type != RTE_IP_ICMP_ECHO_REQUEST || icmp->icmp_code != 0)
		return false;
	rte_ether_addr_copy(&eth->src_addr, &tmp);
	rte_ether_addr_copy(&eth->dst_addr, &eth->src_addr);
	rte_ether_addr_copy(&tmp, &eth->dst_addr);
	/* swapping the addresses leaves the IP header checksum valid */
	addr = ip->src_addr;
	ip->src_addr = ip->dst_addr;
	ip->dst_addr = addr;
	icmp->icmp_type = RTE_IP_ICMP_ECHO_REPLY;
	icmp->icmp_cksum = 0;
	if (rte_raw_cksum_mbuf(m, sizeof(*eth) + ihl, ip_len - ihl, &sum))
		return false;
	icmp->icmp_cksum = (uint16_t)~sum;
	return true;
}

static uint16_t
icmpecho_fwd(struct fwd_stream *fs)
{
	struct rte_mbuf *pkts[TP_MAX_BURST];
	uint16_t n = fwd_rx_burst(fs, pkts);
	uint16_t nb_reply = 0;

	for (uint16_t i = 0; i < n; i++) {
		struct rte_mbuf *m = pkts[i];
		const struct rte_ether_hdr *eth =
			rte_pktmbuf_mtod(m, struct rte_ether_hdr *);
		uint16_t type = m->data_len >= sizeof(*eth) ?
			rte_be_to_cpu_16(eth->ether_type) : 0;
		bool reply = false;

		if (type == RTE_ETHER_TYPE_ARP)
			reply = icmpecho_arp(m, fs->rx_port);
		else if (type == RTE_ETHER_TYPE_IPV4)
			reply = icmpecho_icmp(m, fs->rx_port);
		if (reply)
			pkts[nb_reply++] = m;
		else
			fwd_drop(fs, m);
	}
	if (nb_reply != 0)
		fwd_tx_burst(fs, pkts, nb_reply);
	return n;
}

const struct fwd_engine icmpecho_engine = {
	.name = "icmpecho",
	.descr = "answer ARP and ICMP echo requests",
	.packet_fwd = icmpecho_fwd,
};
