/* SPDX-License-Identifier: BSD-3-Clause */
/* port start/stop/close/reset/config/attach/detach commands. */
#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include "cmds.h"

static int
each_port_action(uint16_t pid, void *arg)
{
	switch (*(int *)arg) {
	case 0:
		return port_start(pid);
	case 1:
		printf("Stopping port %u...\n", pid);
		port_stop(pid);
		return 0;
	case 2:
		printf("Closing port %u...\n", pid);
		port_close(pid);
		return 0;
	default:
		return port_reset(pid);
	}
}

int
cmd_port_action(struct cmd_ctx *c)
{
	int action = c->a[1].alt;

	/* ports in use by the forwarding lcores must not change under them */
	if (action != 0 && cmd_busy())
		return -1;
	if (cmd_for_ports(&c->a[2], each_port_action, &action) != 0)
		return -1;
	if (action == 2)
		fwd_set_ports_from_mask();
	return 0;
}

int
cmd_port_config_queues(struct cmd_ctx *c)
{
	uint64_t n = c->a[4].n;
	uint64_t max = c->a[3].alt < 2 ? RTE_MAX_QUEUES_PER_PORT : 65535;

	if (n < 1 || n > max)
		return cmd_bad(c, "%" PRIu64 " is out of range 1..%" PRIu64, n,
			       max);
	if (port_any_started()) {
		printf("Please stop all ports first (\"port stop all\")\n");
		return -1;
	}
	switch (c->a[3].alt) {
	case 0: tp.cfg.nb_rxq = (uint16_t)n; break;
	case 1: tp.cfg.nb_txq = (uint16_t)n; break;
	case 2: tp.cfg.nb_rxd = (uint16_t)n; break;
	default: tp.cfg.nb_txd = (uint16_t)n; break;
	}
	return 0;
}

int
cmd_port_config_mtu(struct cmd_ctx *c)
{
	uint16_t pid = (uint16_t)c->a[2].n;
	int ret;

	if (c->a[4].n < RTE_ETHER_MIN_MTU || c->a[4].n > UINT16_MAX)
		return cmd_bad(c, "MTU %" PRIu64 " is out of range %u..%u",
			       c->a[4].n, RTE_ETHER_MIN_MTU, UINT16_MAX);
	ret = rte_eth_dev_set_mtu(pid, (uint16_t)c->a[4].n);
	if (ret != 0) {
		printf("Set MTU %" PRIu64 " on port %u failed: %s\n",
		       c->a[4].n, pid, rte_strerror(-ret));
		return ret;
	}
	tp.ports[pid].conf.rxmode.mtu = (uint32_t)c->a[4].n;
	return 0;
}

int
cmd_port_config_rss(struct cmd_ctx *c)
{
	static const uint64_t hf[] = {
		RTE_ETH_RSS_IP, RTE_ETH_RSS_UDP, RTE_ETH_RSS_TCP, 0,
		RTE_ETH_RSS_IP | RTE_ETH_RSS_UDP | RTE_ETH_RSS_TCP,
	};
	uint16_t pid;

	tp.cfg.rss_hf = hf[c->a[4].alt];
	RTE_ETH_FOREACH_DEV(pid) {
		struct rte_eth_rss_conf rc = { .rss_hf = tp.cfg.rss_hf };
		struct rte_eth_dev_info info;
		int ret;

		if (!tp.ports[pid].in_use ||
		    rte_eth_dev_info_get(pid, &info) != 0)
			continue;
		rc.rss_hf &= info.flow_type_rss_offloads;
		if (tp.ports[pid].nb_rxq < 2)
			continue; /* applied when configured with >1 rxq */
		ret = rte_eth_dev_rss_hash_update(pid, &rc);
		if (ret != 0)
			printf("Port %u: RSS hash update failed: %s\n", pid,
			       rte_strerror(-ret));
	}
	return 0;
}

int
cmd_port_attach(struct cmd_ctx *c)
{
	if (cmd_busy())
		return -1;
	return port_attach(c->a[2].s);
}

int
cmd_port_detach(struct cmd_ctx *c)
{
	if (cmd_busy())
		return -1;
	return port_detach((uint16_t)c->a[2].n);
}
