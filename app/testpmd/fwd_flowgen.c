/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * flowgen: free what is received and send generated UDP frames whose
 * destination address cycles over 1024 flows (198.18.0.2 + flow), to
 * exercise flow lookup/RSS on the receiving side.
 */
#include "fwd.h"
#include "pkt_build.h"

static void
flowgen_stream_init(struct fwd_stream *fs)
{
	fs->next_flow = 0;
}

static uint16_t
flowgen_fwd(struct fwd_stream *fs)
{
	struct rte_mbuf *pkts[TP_MAX_BURST];
	struct pkt_udp_spec spec = {
		.src_ip = TP_IP_SRC, .dst_ip = TP_IP_DST,
		.src_port = TP_UDP_PORT, .dst_port = TP_UDP_PORT,
	};
	uint16_t nb_rx = fwd_rx_burst(fs, pkts);
	uint16_t n;

	if (nb_rx != 0)
		rte_pktmbuf_free_bulk(pkts, nb_rx);
	rte_ether_addr_copy(&tp.ports[fs->tx_port].mac, &spec.src_mac);
	rte_ether_addr_copy(&tp.cfg.peer[fs->tx_port], &spec.dst_mac);
	n = pkt_build_udp_burst(fs->pool, pkts, tp.cfg.burst, &spec,
				fs->next_flow, TP_FLOWGEN_FLOWS, false);
	if (n != 0) {
		fs->next_flow = (fs->next_flow + n) % TP_FLOWGEN_FLOWS;
		fwd_tx_burst(fs, pkts, n);
	}
	return (uint16_t)(nb_rx + n);
}

const struct fwd_engine flowgen_engine = {
	.name = "flowgen",
	.descr = "send UDP packets over 1024 flows, free received ones",
	.stream_init = flowgen_stream_init,
	.packet_fwd = flowgen_fwd,
};
