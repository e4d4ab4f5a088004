/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Burst helpers shared by every forwarding engine.  They run on the
 * forwarding lcores for every burst: no locks, no syscalls (the verbose
 * packet dump is the one deliberate exception, and only when asked for).
 */
#ifndef TESTPMD_FWD_H
#define TESTPMD_FWD_H

#include "testpmd.h"

static inline uint16_t
fwd_rx_burst(struct fwd_stream *fs, struct rte_mbuf **pkts)
{
	uint16_t n = rte_eth_rx_burst(fs->rx_port, fs->rx_queue, pkts,
				      tp.cfg.burst);

	if (unlikely(tp.cfg.record_burst_stats))
		stat_add(&fs->rx_burst_hist[n], 1);
	if (n == 0)
		return 0;
	stat_add(&fs->rx_packets, n);
	/* relaxed: a late view of a verbose change is harmless */
	if (unlikely(__atomic_load_n(&tp.cfg.verbose, __ATOMIC_RELAXED)))
		pkt_dump(fs->rx_port, fs->rx_queue, pkts, n, true);
	return n;
}

/* Transmit; what the queue does not take is freed and counted dropped. */
static inline void
fwd_tx_burst(struct fwd_stream *fs, struct rte_mbuf **pkts, uint16_t n)
{
	uint16_t sent;

	if (unlikely(__atomic_load_n(&tp.cfg.verbose, __ATOMIC_RELAXED) > 1))
		pkt_dump(fs->tx_port, fs->tx_queue, pkts, n, false);
	sent = rte_eth_tx_burst(fs->tx_port, fs->tx_queue, pkts, n);
	if (unlikely(tp.cfg.record_burst_stats))
		stat_add(&fs->tx_burst_hist[sent], 1);
	stat_add(&fs->tx_packets, sent);
	if (unlikely(sent < n)) {
		stat_add(&fs->fwd_dropped, n - sent);
		rte_pktmbuf_free_bulk(&pkts[sent], n - sent);
	}
}

/* Drop packets an engine decided not to forward (counted as dropped). */
static inline void
fwd_drop(struct fwd_stream *fs, struct rte_mbuf *m)
{
	stat_add(&fs->fwd_dropped, 1);
	rte_pktmbuf_free(m);
}

#endif /* TESTPMD_FWD_H */
