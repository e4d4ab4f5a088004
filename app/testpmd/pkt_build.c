/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * UDP frame builder for the generating engines.  Frame layout and
 * defaults follow DPDK's testpmd txonly: 64-byte frame, IPv4 TTL 64,
 * UDP checksum 0 (optional for IPv4, RFC 768), zeroed payload.
 */
#include <string.h>

#include <rte_ip.h>
#include <rte_udp.h>

#include "pkt_build.h"

/* Chain the extra --txpkts segments behind m; frees m on failure. */
static int
pkt_add_segments(struct rte_mempool *pool, struct rte_mbuf *m)
{
	const struct tp_config *c = &tp.cfg;
	struct rte_mbuf *last = m;

	for (uint8_t s = 1; s < c->nb_txpkt_segs; s++) {
		struct rte_mbuf *seg = rte_pktmbuf_alloc(pool);

		if (seg == NULL) {
			rte_pktmbuf_free(m);
			return -1;
		}
		seg->data_len = c->txpkt_seg[s];
		memset(rte_pktmbuf_mtod(seg, void *), 0, seg->data_len);
		last->next = seg;
		last = seg;
	}
	m->nb_segs = c->nb_txpkt_segs;
	return 0;
}

static void
pkt_write_headers(struct rte_mbuf *m, const struct pkt_udp_spec *spec,
		  uint32_t src_ip, uint32_t dst_ip)
{
	struct rte_ether_hdr *eth = rte_pktmbuf_mtod(m, struct rte_ether_hdr *);
	struct rte_ipv4_hdr *ip = (struct rte_ipv4_hdr *)(eth + 1);
	struct rte_udp_hdr *udp = (struct rte_udp_hdr *)(ip + 1);
	uint32_t len = tp.cfg.txpkt_len;

	rte_ether_addr_copy(&spec->dst_mac, &eth->dst_addr);
	rte_ether_addr_copy(&spec->src_mac, &eth->src_addr);
	eth->ether_type = rte_cpu_to_be_16(RTE_ETHER_TYPE_IPV4);
	memset(ip, 0, sizeof(*ip));
	ip->version_ihl = RTE_IPV4_VHL_DEF;
	ip->time_to_live = 64;
	ip->next_proto_id = IPPROTO_UDP;
	ip->total_length = rte_cpu_to_be_16(len - sizeof(*eth));
	ip->src_addr = rte_cpu_to_be_32(src_ip);
	ip->dst_addr = rte_cpu_to_be_32(dst_ip);
	ip->hdr_checksum = rte_ipv4_cksum(ip);
	udp->src_port = rte_cpu_to_be_16(spec->src_port);
	udp->dst_port = rte_cpu_to_be_16(spec->dst_port);
	udp->dgram_len = rte_cpu_to_be_16(len - sizeof(*eth) - sizeof(*ip));
	udp->dgram_cksum = 0;
	memset(udp + 1, 0, m->data_len - TP_HDRS_LEN);
	m->l2_len = sizeof(*eth);
	m->l3_len = sizeof(*ip);
}

uint16_t
pkt_build_udp_burst(struct rte_mempool *pool, struct rte_mbuf **pkts,
		    uint16_t n, const struct pkt_udp_spec *spec,
		    uint32_t flow_base, uint32_t nb_flows, bool vary_src)
{
	uint16_t built = 0;

	if (rte_pktmbuf_alloc_bulk(pool, pkts, n) != 0)
		return 0;
	for (uint16_t i = 0; i < n; i++) {
		struct rte_mbuf *m = pkts[i];
		uint32_t flow = nb_flows > 1 ? (flow_base + i) % nb_flows : 0;

		m->data_len = tp.cfg.txpkt_seg[0];
		m->pkt_len = tp.cfg.txpkt_len;
		if (tp.cfg.nb_txpkt_segs > 1 && pkt_add_segments(pool, m)) {
			/* out of mbufs: free the rest, send what we have */
			rte_pktmbuf_free_bulk(&pkts[i + 1], n - i - 1);
			break;
		}
		pkt_write_headers(m, spec, spec->src_ip + (vary_src ? flow : 0),
				  spec->dst_ip + (vary_src ? 0 : flow));
		built++;
	}
	return built;
}
