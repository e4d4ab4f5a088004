/* SPDX-License-Identifier: BSD-3-Clause */
/* macswap: swap source and destination Ethernet addresses and forward. */
#include "fwd.h"

static uint16_t
macswap_fwd(struct fwd_stream *fs)
{
	struct rte_mbuf *pkts[TP_MAX_BURST];
	uint16_t n = fwd_rx_burst(fs, pkts);

	for (uint16_t i = 0; i < n; i++) {
		struct rte_ether_hdr *eth =
			rte_pktmbuf_mtod(pkts[i], struct rte_ether_hdr *);
		struct rte_ether_addr tmp;

		if (i + 1 < n)
			rte_prefetch0(rte_pktmbuf_mtod(pkts[i + 1], void *));
		rte_ether_addr_copy(&eth->dst_addr, &tmp);
		rte_ether_addr_copy(&eth->src_addr, &eth->dst_addr);
		rte_ether_addr_copy(&tmp, &eth->src_addr);
	}
	if (n != 0)
		fwd_tx_burst(fs, pkts, n);
	return n;
}

const struct fwd_engine macswap_engine = {
	.name = "macswap",
	.descr = "swap source and destination MAC addresses",
	.packet_fwd = macswap_fwd,
};
