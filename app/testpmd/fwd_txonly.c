/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * txonly: send generated UDP frames (--txpkts shape) from 198.18.0.1:9 to
 * 198.18.0.2:9, Ethernet source = port address, destination = peer.
 * --txonly-multi-flow varies the source address over 256 flows so that
 * RSS on the receiver spreads them.  Received packets are not polled.
 */
#include "fwd.h"
#include "pkt_build.h"

#define TXONLY_FLOWS 256

static void
txonly_stream_init(struct fwd_stream *fs)
{
	fs->next_flow = 0;
}

static uint16_t
txonly_fwd(struct fwd_stream *fs)
{
	struct rte_mbuf *pkts[TP_MAX_BURST];
	struct pkt_udp_spec spec = {
		.src_ip = TP_IP_SRC, .dst_ip = TP_IP_DST,
		.src_port = TP_UDP_PORT, .dst_port = TP_UDP_PORT,
	};
	uint32_t flows = tp.cfg.txonly_multi_flow ? TXONLY_FLOWS : 1;
	uint16_t n;

	rte_ether_addr_copy(&tp.ports[fs->tx_port].mac, &spec.src_mac);
	rte_ether_addr_copy(&tp.cfg.peer[fs->tx_port], &spec.dst_mac);
	n = pkt_build_udp_burst(fs->pool, pkts, tp.cfg.burst, &spec,
				fs->next_flow, flows, true);
	if (n == 0)
		return 0;
	fs->next_flow += n;
	fwd_tx_burst(fs, pkts, n);
	return n;
}

const struct fwd_engine txonly_engine = {
	.name = "txonly",
	.descr = "send generated UDP packets",
	.stream_init = txonly_stream_init,
	.packet_fwd = txonly_fwd,
};
