/* SPDX-License-Identifier: BSD-3-Clause */
/* io: forward every received packet unchanged to the stream's tx queue. */
#include "fwd.h"

static uint16_t
io_fwd(struct fwd_stream *fs)
{
	struct rte_mbuf *pkts[TP_MAX_BURST];
	uint16_t n = fwd_rx_burst(fs, pkts);

	if (n != 0)
		fwd_tx_burst(fs, pkts, n);
	return n;
}

const struct fwd_engine io_engine = {
	.name = "io",
	.descr = "forward packets unchanged",
	.packet_fwd = io_fwd,
};
