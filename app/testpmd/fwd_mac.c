/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * mac: rewrite the Ethernet addresses (destination = the tx port's peer,
 * source = the tx port's own address) and forward.
 */
#include "fwd.h"

static uint16_t
mac_fwd(struct fwd_stream *fs)
{
	struct rte_mbuf *pkts[TP_MAX_BURST];
	const struct rte_ether_addr *peer = &tp.cfg.peer[fs->tx_port];
	const struct rte_ether_addr *own = &tp.ports[fs->tx_port].mac;
	uint16_t n = fwd_rx_burst(fs, pkts);

	for (uint16_t i = 0; i < n; i++) {
		struct rte_ether_hdr *eth =
			rte_pktmbuf_mtod(pkts[i], struct rte_ether_hdr *);

		if (i + 1 < n)
			rte_prefetch0(rte_pktmbuf_mtod(pkts[i + 1], void *));
		rte_ether_addr_copy(peer, &eth->dst_addr);
		rte_ether_addr_copy(own, &eth->src_addr);
	}
	if (n != 0)
		fwd_tx_burst(fs, pkts, n);
	return n;
}

const struct fwd_engine mac_engine = {
	.name = "mac",
	.descr = "set destination to the peer address, source to the port's",
	.packet_fwd = mac_fwd,
};
