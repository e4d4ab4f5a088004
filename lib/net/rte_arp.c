/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * RARP announcement (RFC 903 request carrying our own address).
 */
#include <string.h>

#include <rte_mbuf.h>

#include "rte_arp.h"

/* Minimum Ethernet frame without FCS is 60; DPDK sends 64 bytes. */
#define RARP_PKT_SIZE 64

struct rte_mbuf *
rte_net_make_rarp_packet(struct rte_mempool *mpool,
		const struct rte_ether_addr *mac)
{
	struct rte_ether_hdr *eh;
	struct rte_arp_hdr *ah;
	struct rte_mbuf *m;
	char *data;

	if (mpool == NULL || mac == NULL)
		return NULL;
	m = rte_pktmbuf_alloc(mpool);
	if (m == NULL)
		return NULL;
	data = rte_pktmbuf_append(m, RARP_PKT_SIZE);
	if (data == NULL) {
		rte_pktmbuf_free(m);
		return NULL;
	}
	memset(data, 0, RARP_PKT_SIZE);
	eh = (struct rte_ether_hdr *)(void *)data;
	memset(&eh->dst_addr, 0xff, RTE_ETHER_ADDR_LEN);
	rte_ether_addr_copy(mac, &eh->src_addr);
	eh->ether_type = rte_cpu_to_be_16(RTE_ETHER_TYPE_RARP);
	ah = (struct rte_arp_hdr *)(eh + 1);
	ah->arp_hardware = rte_cpu_to_be_16(RTE_ARP_HRD_ETHER);
	ah->arp_protocol = rte_cpu_to_be_16(RTE_ETHER_TYPE_IPV4);
	ah->arp_hlen = RTE_ETHER_ADDR_LEN;
	ah->arp_plen = 4;
	ah->arp_opcode = rte_cpu_to_be_16(RTE_ARP_OP_REVREQUEST);
	rte_ether_addr_copy(mac, &ah->arp_data.arp_sha);
	rte_ether_addr_copy(mac, &ah->arp_data.arp_tha);
	return m;
}
