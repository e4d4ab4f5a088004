/* SPDX-License-Identifier: BSD-3-Clause */
/* Building of the Ethernet/IPv4/UDP frames that txonly and flowgen send. */
#ifndef TESTPMD_PKT_BUILD_H
#define TESTPMD_PKT_BUILD_H

#include "testpmd.h"

#define TP_IP_SRC RTE_IPV4(198u, 18, 0, 1)  /* RFC 2544 benchmark range */
#define TP_IP_DST RTE_IPV4(198u, 18, 0, 2)
#define TP_UDP_PORT 9                       /* discard service */
#define TP_HDRS_LEN (sizeof(struct rte_ether_hdr) + \
		     sizeof(struct rte_ipv4_hdr) + sizeof(struct rte_udp_hdr))

struct pkt_udp_spec {
	struct rte_ether_addr src_mac, dst_mac;
	uint32_t src_ip, dst_ip;            /* host order */
	uint16_t src_port, dst_port;        /* host order */
};

/*
 * Allocate n frames of the --txpkts shape (segments from pool) holding
 * spec's headers and a zeroed payload; spec_at(i) may vary per packet.
 * Returns how many could be allocated (all-or-nothing per packet).
 */
uint16_t pkt_build_udp_burst(struct rte_mempool *pool,
			     struct rte_mbuf **pkts, uint16_t n,
			     const struct pkt_udp_spec *spec,
			     uint32_t flow_base, uint32_t nb_flows,
			     bool vary_src);

#endif
