/* SPDX-License-Identifier: BSD-3-Clause */
/* show ... and clear ... commands. */
#include <inttypes.h>
#include <string.h>

#include "cmds.h"

static int
each_info(uint16_t pid, void *arg)
{
	RTE_SET_USED(arg);
	port_info_display(pid);
	return 0;
}

int
cmd_show_port_info(struct cmd_ctx *c)
{
	return cmd_for_ports(&c->a[3], each_info, NULL);
}

static int
each_stats(uint16_t pid, void *arg)
{
	stats_port_display(pid, *(bool *)arg);
	return 0;
}

int
cmd_show_port_stats(struct cmd_ctx *c)
{
	bool json = c->a[4].s != NULL;

	return cmd_for_ports(&c->a[3], each_stats, &json);
}

static int
each_xstats(uint16_t pid, void *arg)
{
	RTE_SET_USED(arg);
	stats_xstats_display(pid);
	return 0;
}

int
cmd_show_port_xstats(struct cmd_ctx *c)
{
	return cmd_for_ports(&c->a[3], each_xstats, NULL);
}

int
cmd_show_port_summary(struct cmd_ctx *c)
{
	RTE_SET_USED(c);
	port_summary_display();
	return 0;
}

int
cmd_show_port_rss_hash(struct cmd_ctx *c)
{
	port_rss_hash_display((uint16_t)c->a[2].n);
	return 0;
}

static void
rxtx_config_display(void)
{
	printf("  %s packet forwarding packets/burst=%u\n",
	       tp.cfg.fwd_eng->name, tp.cfg.burst);
	if (tp.cfg.fwd_eng == &txonly_engine ||
	    tp.cfg.fwd_eng == &flowgen_engine) {
		printf("  packet len=%u - nb packet segments=%u\n",
		       tp.cfg.txpkt_len, tp.cfg.nb_txpkt_segs);
	}
	printf("  nb forwarding cores=%u - nb forwarding ports=%u\n",
	       tp.cfg.nb_fwd_lcores, tp.cfg.nb_fwd_ports);
	for (uint16_t i = 0; i < tp.cfg.nb_fwd_ports; i++) {
		uint16_t pid = tp.fwd_ports[i];
		const struct port_state *p = &tp.ports[pid];
		struct rte_eth_rxq_info rq;
		struct rte_eth_txq_info tq;

		printf("  port %u: RX queue number: %u Tx queue number: %u\n",
		       pid, p->nb_rxq, p->nb_txq);
		printf("    Rx offloads=0x%" PRIx64 " Tx offloads=0x%" PRIx64
		       "\n", p->conf.rxmode.offloads,
		       p->conf.txmode.offloads);
		memset(&rq, 0, sizeof(rq));
		memset(&tq, 0, sizeof(tq));
		rte_eth_rx_queue_info_get(pid, 0, &rq);
		rte_eth_tx_queue_info_get(pid, 0, &tq);
		printf("    RX queue: 0\n      RX desc=%u - RX free threshold"
		       "=%u\n      RX Offloads=0x%" PRIx64 "\n", rq.nb_desc,
		       rq.conf.rx_free_thresh, rq.conf.offloads);
		printf("    TX queue: 0\n      TX desc=%u - TX free threshold"
		       "=%u\n      TX offloads=0x%" PRIx64 " - TX RS bit "
		       "threshold=%u\n", tq.nb_desc, tq.conf.tx_free_thresh,
		       tq.conf.offloads, tq.conf.tx_rs_thresh);
	}
}

static void
cores_config_display(void)
{
	printf("List of forwarding lcores:");
	for (uint16_t i = 0; i < tp.cfg.nb_fwd_lcores; i++)
		printf(" %2u", tp.fwd_lcore_ids[i]);
	printf("\n");
}

int
cmd_show_config(struct cmd_ctx *c)
{
	switch (c->a[2].alt) {
	case 0:
		rxtx_config_display();
		break;
	case 1:
		cores_config_display();
		break;
	default:
		fwd_config_display();
	}
	return 0;
}

int
cmd_show_fwd_stats(struct cmd_ctx *c)
{
	RTE_SET_USED(c);
	stats_fwd_display();
	return 0;
}

int
cmd_show_device_info(struct cmd_ctx *c)
{
	RTE_SET_USED(c);
	device_info_display();
	return 0;
}

static int
each_clear(uint16_t pid, void *arg)
{
	if (*(int *)arg == 0)
		stats_port_clear(pid);
	else
		stats_xstats_clear(pid);
	return 0;
}

int
cmd_clear_port_stats(struct cmd_ctx *c)
{
	int which = c->a[2].alt;

	return cmd_for_ports(&c->a[3], each_clear, &which);
}

int
cmd_clear_fwd_stats(struct cmd_ctx *c)
{
	RTE_SET_USED(c);
	stats_fwd_clear();
	return 0;
}
