/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * "set verbose N": one summary per packet in DPDK testpmd's layout
 * (addresses, ether type, length, segments, software packet type with
 * header lengths, offload flags).  Level 1 shows received packets, level
 * 2 also sent ones.  Each packet is formatted into one buffer, and a
 * burst is written under stdout's lock, so lines from several lcores and
 * the command line do not interleave.
 */
#include <string.h>

#include <rte_cycles.h>
#include <rte_net.h>
#include <rte_pause.h>

#include "testpmd.h"

/* longest a burst's dump waits for a running command's output */
#define PKT_DUMP_YIELD_MS 100

static void
pkt_dump_one(const struct rte_mbuf *m, uint16_t queue, bool rx)
{
	char buf[1024], src[RTE_ETHER_ADDR_FMT_SIZE], dst[RTE_ETHER_ADDR_FMT_SIZE];
	char ptype[256], flags[512];
	struct rte_net_hdr_lens hl;
	const struct rte_ether_hdr *eth;
	uint32_t sw_ptype;
	size_t off;

	if (m->data_len < sizeof(*eth)) {
		printf("  runt packet: length=%u - nb_segs=%u\n", m->pkt_len,
		       m->nb_segs);
		return;
	}
	eth = rte_pktmbuf_mtod(m, const struct rte_ether_hdr *);
	rte_ether_format_addr(src, sizeof(src), &eth->src_addr);
	rte_ether_format_addr(dst, sizeof(dst), &eth->dst_addr);
	sw_ptype = rte_net_get_ptype(m, &hl, RTE_PTYPE_ALL_MASK);
	if (rte_get_ptype_name(sw_ptype, ptype, sizeof(ptype)) != 0)
		strcpy(ptype, "?");
	if ((rx ? rte_get_rx_ol_flag_list(m->ol_flags, flags, sizeof(flags)) :
	     rte_get_tx_ol_flag_list(m->ol_flags, flags, sizeof(flags))) != 0)
		strcpy(flags, "?");
	off = snprintf(buf, sizeof(buf),
		       "  src=%s - dst=%s - pool=%s - type=0x%04x - length=%u"
		       " - nb_segs=%d - sw ptype: %s  - l2_len=%u - l3_len=%u"
		       " - l4_len=%u", src, dst, m->pool->name,
		       rte_be_to_cpu_16(eth->ether_type), m->pkt_len,
		       m->nb_segs, ptype, hl.l2_len, hl.l3_len, hl.l4_len);
	if (rx && off < sizeof(buf))
		off += snprintf(buf + off, sizeof(buf) - off,
				" - Receive queue=0x%x", queue);
	if (off < sizeof(buf))
		snprintf(buf + off, sizeof(buf) - off, "\n  ol_flags: %s\n",
			 flags);
	fputs(buf, stdout);
}

void
pkt_dump(uint16_t port, uint16_t queue, struct rte_mbuf **pkts, uint16_t n,
	 bool rx)
{
	/* While the command line holds the console claim (cmdline.c), let
	 * its output through first.  The wait is bounded: "stop" runs under
	 * the claim and waits for this lcore to return. */
	uint64_t give_up = rte_get_timer_cycles() +
		rte_get_timer_hz() * PKT_DUMP_YIELD_MS / 1000;

	while (__atomic_load_n(&tp.console_claim, __ATOMIC_RELAXED) &&
	       rte_get_timer_cycles() < give_up)
		rte_pause();
	/* Hold stdout's lock for the whole burst: the header and its packets
	 * stay together even while the main lcore answers commands. */
	flockfile(stdout);
	printf("port %u/queue %u: %s %u packets\n", port, queue,
	       rx ? "received" : "sent", n);
	for (uint16_t i = 0; i < n; i++)
		pkt_dump_one(pkts[i], queue, rx);
	fflush(stdout);
	funlockfile(stdout);
}
