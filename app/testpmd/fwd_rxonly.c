/* SPDX-License-Identifier: BSD-3-Clause */
/* rxonly: receive and free (counted as received, not as dropped). */
#include "fwd.h"

static uint16_t
rxonly_fwd(struct fwd_stream *fs)
{
	struct rte_mbuf *pkts[TP_MAX_BURST];
	uint16_t n = fwd_rx_burst(fs, pkts);

	if (n != 0)
		rte_pktmbuf_free_bulk(pkts, n);
	return n;
}

const struct fwd_engine rxonly_engine = {
	.name = "rxonly",
	.descr = "receive and free packets",
	.packet_fwd = rxonly_fwd,
};
