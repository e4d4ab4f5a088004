/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Statistics output.  The text layouts are DPDK testpmd's, character for
 * character where scripts parse them (labels, widths, borders), so that
 * tools written against dpdk-testpmd read ours too.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <rte_cycles.h>

#include "testpmd.h"

#define NIC_BORDER "########################"
#define FWD_BORDER "----------------------"
#define ACC_BORDER "+++++++++++++++"

struct rate { uint64_t rx_pps, rx_bps, tx_pps, tx_bps; };

static uint64_t
per_second(uint64_t diff, uint64_t cycles)
{
	uint64_t hz = rte_get_tsc_hz();

	if (cycles == 0)
		return 0;
	/* 128-bit product: with hz ~3e9, diff * hz (and even the remainder
	 * (diff % cycles) * hz) passes 2^64 for windows over ~2 s. */
	__extension__ typedef unsigned __int128 u128;

	return (uint64_t)((u128)diff * hz / cycles);
}

/* Rates since the previous show of this port; updates the reference. */
static struct rate
stats_rate(uint16_t pid, const struct rte_eth_stats *now)
{
	struct port_state *p = &tp.ports[pid];
	uint64_t tsc = rte_rdtsc();
	uint64_t dt = p->show_tsc ? tsc - p->show_tsc : 0;
	struct rate r = {0};

	if (dt != 0) {
		/* a counter reset in between reads as a zero rate */
		if (now->ipackets >= p->show_base.ipackets) {
			r.rx_pps = per_second(now->ipackets -
					      p->show_base.ipackets, dt);
			r.rx_bps = per_second(now->ibytes -
					      p->show_base.ibytes, dt) * 8;
		}
		if (now->opackets >= p->show_base.opackets) {
			r.tx_pps = per_second(now->opackets -
					      p->show_base.opackets, dt);
			r.tx_bps = per_second(now->obytes -
					      p->show_base.obytes, dt) * 8;
		}
	}
	p->show_base = *now;
	p->show_tsc = tsc;
	return r;
}

void
stats_port_display(uint16_t pid, bool json)
{
	struct rte_eth_stats s;
	struct rate r;
	int ret = rte_eth_stats_get(pid, &s);

	if (ret != 0) {
		printf("Cannot get stats of port %u: %s\n", pid,
		       rte_strerror(-ret));
		return;
	}
	r = stats_rate(pid, &s);
	if (json) {
		printf("{\"port\":%u,\"rx_packets\":%" PRIu64 ",\"rx_missed\":"
		       "%" PRIu64 ",\"rx_bytes\":%" PRIu64 ",\"rx_errors\":%"
		       PRIu64 ",\"rx_nombuf\":%" PRIu64 ",\"tx_packets\":%"
		       PRIu64 ",\"tx_errors\":%" PRIu64 ",\"tx_bytes\":%" PRIu64
		       ",\"rx_pps\":%" PRIu64 ",\"rx_bps\":%" PRIu64
		       ",\"tx_pps\":%" PRIu64 ",\"tx_bps\":%" PRIu64 "}\n",
		       pid, s.ipackets, s.imissed, s.ibytes, s.ierrors,
		       s.rx_nombuf, s.opackets, s.oerrors, s.obytes,
		       r.rx_pps, r.rx_bps, r.tx_pps, r.tx_bps);
		return;
	}
	printf("\n  %s NIC statistics for port %-2d %s\n", NIC_BORDER, pid,
	       NIC_BORDER);
	printf("  RX-packets: %-10" PRIu64 " RX-missed: %-10" PRIu64
	       " RX-bytes:  %-" PRIu64 "\n", s.ipackets, s.imissed, s.ibytes);
	printf("  RX-errors: %-" PRIu64 "\n", s.ierrors);
	printf("  RX-nombuf:  %-10" PRIu64 "\n", s.rx_nombuf);
	printf("  TX-packets: %-10" PRIu64 " TX-errors: %-10" PRIu64
	       " TX-bytes:  %-" PRIu64 "\n", s.opackets, s.oerrors, s.obytes);
	printf("\n  Throughput (since last show)\n");
	printf("  Rx-pps: %12" PRIu64 "          Rx-bps: %12" PRIu64 "\n"
	       "  Tx-pps: %12" PRIu64 "          Tx-bps: %12" PRIu64 "\n",
	       r.rx_pps, r.rx_bps, r.tx_pps, r.tx_bps);
	printf("  %s%s%s%s\n", NIC_BORDER, NIC_BORDER, NIC_BORDER,
	       "####");
}

void
stats_port_clear(uint16_t pid)
{
	int ret = rte_eth_stats_reset(pid);

	if (ret != 0) {
		printf("Failed to reset stats of port %u: %s\n", pid,
		       rte_strerror(-ret));
		return;
	}
	memset(&tp.ports[pid].show_base, 0, sizeof(tp.ports[pid].show_base));
	tp.ports[pid].show_tsc = 0;
	printf("\n  NIC statistics for port %d cleared\n", pid);
}

void
stats_xstats_display(uint16_t pid)
{
	struct rte_eth_xstat_name *names = NULL;
	struct rte_eth_xstat *vals = NULL;
	int n = rte_eth_xstats_get_names(pid, NULL, 0);

	if (n < 0) {
		printf("Cannot get xstats count of port %u: %s\n", pid,
		       rte_strerror(-n));
		return;
	}
	names = calloc(n + 1, sizeof(*names));
	vals = calloc(n + 1, sizeof(*vals));
	if (names == NULL || vals == NULL) {
		printf("Cannot allocate memory for xstats\n");
		goto out;
	}
	if (rte_eth_xstats_get_names(pid, names, n) != n ||
	    rte_eth_xstats_get(pid, vals, n) != n) {
		printf("Cannot get xstats of port %u\n", pid);
		goto out;
	}
	printf("###### NIC extended statistics for port %-2d\n", pid);
	for (int i = 0; i < n; i++)
		if (vals[i].id < (uint64_t)n)
			printf("%s: %" PRIu64 "\n", names[vals[i].id].name,
			       vals[i].value);
out:
	free(names);
	free(vals);
}

void
stats_xstats_clear(uint16_t pid)
{
	int ret = rte_eth_xstats_reset(pid);

	if (ret != 0)
		printf("Failed to reset xstats of port %u: %s\n", pid,
		       rte_strerror(-ret));
	else
		printf("\n  NIC extended statistics for port %d cleared\n",
		       pid);
}

/* Hardware counters at forwarding start: the run's figures are deltas. */
void
stats_fwd_snapshot(void)
{
	for (uint16_t i = 0; i < tp.cfg.nb_fwd_ports; i++) {
		uint16_t pid = tp.fwd_ports[i];

		rte_eth_stats_get(pid, &tp.ports[pid].fwd_base);
	}
}

/* "RX-bursts : 10 [90% of 32 pkts + 10% of 0 pkts]": top three sizes. */
static void
burst_stats_display(const char *dir, const uint64_t *hist)
{
	uint64_t total = 0;
	int top[3] = {-1, -1, -1};
	uint64_t shown = 0;

	for (int i = 0; i <= TP_MAX_BURST; i++) {
		total += hist[i];
		for (int t = 0; t < 3; t++) {
			if (hist[i] == 0 ||
			    (top[t] >= 0 && hist[i] <= hist[top[t]]))
				continue;
			memmove(&top[t + 1], &top[t], (2 - t) * sizeof(int));
			top[t] = i;
			break;
		}
	}
	printf("  %s-bursts : %" PRIu64 " [", dir, total);
	for (int t = 0; t < 3 && top[t] >= 0; t++) {
		printf("%s%" PRIu64 "%% of %d pkts", t ? " + " : "",
		       hist[top[t]] * 100 / total, top[t]);
		shown += hist[top[t]];
	}
	if (total > shown)
		printf(" + %" PRIu64 "%% of others", (total - shown) * 100 / total);
	printf("]\n");
}

static void
stream_stats_display(uint32_t s)
{
	const struct fwd_stream *fs = &tp.streams[s];

	printf("\n  %s Forward Stats for RX Port=%2d/Queue=%2d -> "
	       "TX Port=%2d/Queue=%2d %s\n", FWD_BORDER, fs->rx_port,
	       fs->rx_queue, fs->tx_port, fs->tx_queue, FWD_BORDER);
	printf("  RX-packets: %-14" PRIu64 " TX-packets: %-14" PRIu64
	       " TX-dropped: %-14" PRIu64, stat_get(&fs->rx_packets),
	       stat_get(&fs->tx_packets), stat_get(&fs->fwd_dropped));
	if (tp.run_eng == &csum_engine)
		printf("  RX- bad IP checksum: %-14" PRIu64
		       "  Rx- bad L4 checksum: %-14" PRIu64,
		       stat_get(&fs->rx_bad_ip_csum),
		       stat_get(&fs->rx_bad_l4_csum));
	printf("\n");
}

struct port_fwd_sum {
	uint64_t tx_dropped, bad_ip, bad_l4;
	uint64_t rx_hist[TP_MAX_BURST + 1], tx_hist[TP_MAX_BURST + 1];
};

static void
port_fwd_display(uint16_t pid, const struct port_fwd_sum *ps,
		 struct rte_eth_stats *tot, uint64_t *tot_dropped)
{
	struct rte_eth_stats s;
	const struct rte_eth_stats *b = &tp.ports[pid].fwd_base;

	if (rte_eth_stats_get(pid, &s) != 0)
		memset(&s, 0, sizeof(s));
	s.ipackets -= b->ipackets;
	s.imissed -= b->imissed;
	s.ierrors -= b->ierrors;
	s.rx_nombuf -= b->rx_nombuf;
	s.opackets -= b->opackets;
	tot->ipackets += s.ipackets;
	tot->imissed += s.imissed;
	tot->opackets += s.opackets;
	tot->rx_nombuf += s.rx_nombuf;
	*tot_dropped += ps->tx_dropped;

	printf("\n  %s Forward statistics for port %-2d %s\n", FWD_BORDER,
	       pid, FWD_BORDER);
	printf("  RX-packets: %-14" PRIu64 " RX-dropped: %-14" PRIu64
	       "RX-total: %-" PRIu64 "\n", s.ipackets, s.imissed,
	       s.ipackets + s.imissed);
	if (tp.run_eng == &csum_engine)
		printf("  Bad-ipcsum: %-14" PRIu64 " Bad-l4csum: %-14" PRIu64
		       "Bad-outer-l4csum: %-14" PRIu64 "\n", ps->bad_ip,
		       ps->bad_l4, (uint64_t)0);
	if (s.ierrors + s.rx_nombuf > 0) {
		printf("  RX-error: %-" PRIu64 "\n", s.ierrors);
		printf("  RX-nombufs: %-14" PRIu64 "\n", s.rx_nombuf);
	}
	printf("  TX-packets: %-14" PRIu64 " TX-dropped: %-14" PRIu64
	       "TX-total: %-" PRIu64 "\n", s.opackets, ps->tx_dropped,
	       s.opackets + ps->tx_dropped);
	if (tp.cfg.record_burst_stats) {
		burst_stats_display("RX", ps->rx_hist);
		burst_stats_display("TX", ps->tx_hist);
	}
	printf("  %s--------------------------------%s\n", FWD_BORDER,
	       FWD_BORDER);
}

static void
core_cycles_display(const struct rte_eth_stats *tot)
{
	uint64_t busy = 0;
	bool tx = tp.run_eng == &txonly_engine ||
		  tp.run_eng == &flowgen_engine;
	uint64_t pkts = tx ? tot->opackets : tot->ipackets;

	for (uint32_t s = 0; s < tp.nb_streams; s++)
		busy += stat_get(&tp.streams[s].busy_cycles);
	if (pkts == 0)
		return;
	printf("\n  CPU cycles/packet=%.2F (busy cycles=%" PRIu64
	       " / total %s packets=%" PRIu64 ") at %" PRIu64
	       " MHz Clock\n", (double)busy / (double)pkts, busy,
	       tx ? "TX" : "RX", pkts, rte_get_tsc_hz() / 1000000);
}

void
stats_fwd_display(void)
{
	static struct port_fwd_sum ps[RTE_MAX_ETHPORTS];
	struct rte_eth_stats tot;
	uint64_t tot_dropped = 0;

	if (tp.streams == NULL) {
		printf("No forwarding run yet: \"start\" one first\n");
		return;
	}
	memset(ps, 0, sizeof(ps));
	memset(&tot, 0, sizeof(tot));
	for (uint32_t s = 0; s < tp.nb_streams; s++) {
		const struct fwd_stream *fs = &tp.streams[s];

		if (tp.nb_streams > tp.nb_run_ports)
			stream_stats_display(s);
		ps[fs->tx_port].tx_dropped += stat_get(&fs->fwd_dropped);
		ps[fs->rx_port].bad_ip += stat_get(&fs->rx_bad_ip_csum);
		ps[fs->rx_port].bad_l4 += stat_get(&fs->rx_bad_l4_csum);
		for (int b = 0; b <= TP_MAX_BURST; b++) {
			ps[fs->rx_port].rx_hist[b] +=
				stat_get(&fs->rx_burst_hist[b]);
			ps[fs->tx_port].tx_hist[b] +=
				stat_get(&fs->tx_burst_hist[b]);
		}
	}
	for (uint16_t i = 0; i < tp.nb_run_ports; i++)
		port_fwd_display(tp.fwd_ports[i], &ps[tp.fwd_ports[i]], &tot,
				 &tot_dropped);
	printf("\n  %s Accumulated forward statistics for all ports%s\n",
	       ACC_BORDER, ACC_BORDER);
	printf("  RX-packets: %-14" PRIu64 " RX-dropped: %-14" PRIu64
	       "RX-total: %-" PRIu64 "\n", tot.ipackets, tot.imissed,
	       tot.ipackets + tot.imissed);
	printf("  TX-packets: %-14" PRIu64 " TX-dropped: %-14" PRIu64
	       "TX-total: %-" PRIu64 "\n", tot.opackets, tot_dropped,
	       tot.opackets + tot_dropped);
	if (tot.rx_nombuf > 0)
		printf("  RX-nombufs: %-14" PRIu64 "\n", tot.rx_nombuf);
	printf("  %s++++++++++++++++++++++++++++++++++++++++++++++%s\n",
	       ACC_BORDER, ACC_BORDER);
	if (tp.cfg.record_core_cycles)
		core_cycles_display(&tot);
}

void
stats_fwd_clear(void)
{
	for (uint32_t s = 0; s < tp.nb_streams; s++) {
		struct fwd_stream *fs = &tp.streams[s];

		if (tp.forwarding) {
			printf("Stop forwarding before clearing its "
			       "statistics\n");
			return;
		}
		memset(&fs->rx_packets, 0,
		       sizeof(*fs) - offsetof(struct fwd_stream, rx_packets));
	}
	stats_fwd_snapshot();
	printf("\n  Forward statistics cleared\n");
}
