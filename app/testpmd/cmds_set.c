/* SPDX-License-Identifier: BSD-3-Clause */
/* set ..., mac_addr, vlan and rx_vlan commands. */
#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include "cmds.h"

int
cmd_set_fwd(struct cmd_ctx *c)
{
	if (cmd_busy())
		return -1;
	tp.cfg.fwd_eng = fwd_engine_find(c->a[2].s);
	printf("Set %s packet forwarding mode\n", tp.cfg.fwd_eng->name);
	return 0;
}

int
cmd_set_number(struct cmd_ctx *c)
{
	uint64_t n = c->a[2].n;

	if (cmd_busy())
		return -1;
	switch (c->a[1].alt) {
	case 0: /* nbport */
		if (n < 1 || n > tp.nb_cfg_ports)
			return cmd_bad(c, "%" PRIu64 " is out of range 1..%u "
				       "(forwarding ports available)", n,
				       tp.nb_cfg_ports);
		tp.cfg.nb_fwd_ports = (uint16_t)n;
		printf("Number of forwarding ports set to %u\n",
		       tp.cfg.nb_fwd_ports);
		break;
	case 1: /* nbcore */
		if (n < 1 || n > tp.nb_cfg_lcores)
			return cmd_bad(c, "%" PRIu64 " is out of range 1..%u "
				       "(forwarding lcores available)", n,
				       tp.nb_cfg_lcores);
		tp.cfg.nb_fwd_lcores = (uint16_t)n;
		printf("Number of forwarding cores set to %u\n",
		       tp.cfg.nb_fwd_lcores);
		break;
	default: /* burst */
		if (n < 1 || n > TP_MAX_BURST)
			return cmd_bad(c, "%" PRIu64 " is out of range 1..%u",
				       n, TP_MAX_BURST);
		tp.cfg.burst = (uint16_t)n;
		printf("Number of packets per burst set to %u\n",
		       tp.cfg.burst);
	}
	return 0;
}

int
cmd_set_txpkts(struct cmd_ctx *c)
{
	char err[160];

	if (cmd_busy())
		return -1;
	if (params_set_txpkts(c->a[2].s, err, sizeof(err)) != 0)
		return cmd_bad(c, "%s", err);
	return 0;
}

static int
each_promisc(uint16_t pid, void *arg)
{
	bool on = *(bool *)arg;
	int ret = on ? rte_eth_promiscuous_enable(pid) :
		       rte_eth_promiscuous_disable(pid);

	if (ret != 0)
		printf("Error during %s promiscuous mode for port %u: %s\n",
		       on ? "enabling" : "disabling", pid, rte_strerror(-ret));
	return ret;
}

int
cmd_set_promisc(struct cmd_ctx *c)
{
	bool on = c->a[3].alt == 0;

	return cmd_for_ports(&c->a[2], each_promisc, &on);
}

static int
each_allmulti(uint16_t pid, void *arg)
{
	bool on = *(bool *)arg;
	int ret = on ? rte_eth_allmulticast_enable(pid) :
		       rte_eth_allmulticast_disable(pid);

	if (ret != 0)
		printf("Error during %s all-multicast mode for port %u: %s\n",
		       on ? "enabling" : "disabling", pid, rte_strerror(-ret));
	return ret;
}

int
cmd_set_allmulti(struct cmd_ctx *c)
{
	bool on = c->a[3].alt == 0;

	return cmd_for_ports(&c->a[2], each_allmulti, &on);
}

int
cmd_set_verbose(struct cmd_ctx *c)
{
	if (c->a[2].n > 2)
		return cmd_bad(c, "%" PRIu64 " is out of range 0..2", c->a[2].n);
	printf("Change verbose level from %u to %u\n", tp.cfg.verbose,
	       (unsigned int)c->a[2].n);
	/* relaxed: forwarding lcores poll it; no data depends on it */
	__atomic_store_n(&tp.cfg.verbose, (uint8_t)c->a[2].n,
			 __ATOMIC_RELAXED);
	return 0;
}

int
cmd_set_eth_peer(struct cmd_ctx *c)
{
	if (c->a[2].n >= RTE_MAX_ETHPORTS)
		return cmd_bad(c, "port %" PRIu64 " is out of range 0..%u",
			       c->a[2].n, RTE_MAX_ETHPORTS - 1);
	if (cmd_busy())
		return -1;
	tp.cfg.peer[c->a[2].n] = c->a[3].mac;
	return 0;
}

int
cmd_set_ip(struct cmd_ctx *c)
{
	if (cmd_busy())
		return -1;
	tp.cfg.port_ip[c->a[2].n] = c->a[3].alt == 0 ? c->a[3].ip : 0;
	return 0;
}

int
cmd_set_link(struct cmd_ctx *c)
{
	uint16_t pid = (uint16_t)c->a[3].n;
	bool up = c->a[1].alt == 0;
	int ret = up ? rte_eth_dev_set_link_up(pid) :
		       rte_eth_dev_set_link_down(pid);

	if (ret != 0)
		printf("Cannot set link %s on port %u: %s\n", up ? "up" : "down",
		       pid, rte_strerror(-ret));
	return ret;
}

int
cmd_mac_addr(struct cmd_ctx *c)
{
	uint16_t pid = (uint16_t)c->a[2].n;
	struct rte_ether_addr *mac = &c->a[3].mac;
	int ret;

	if (c->a[1].alt == 0 && cmd_busy())
		return -1;
	switch (c->a[1].alt) {
	case 0:
		ret = rte_eth_dev_default_mac_addr_set(pid, mac);
		if (ret == 0)
			tp.ports[pid].mac = *mac;
		break;
	case 1:
		ret = rte_eth_dev_mac_addr_add(pid, mac, 0);
		break;
	default:
		ret = rte_eth_dev_mac_addr_remove(pid, mac);
	}
	if (ret != 0)
		printf("mac_addr %s on port %u failed: %s\n", c->a[1].s, pid,
		       rte_strerror(-ret));
	return ret;
}

int
cmd_vlan_set(struct cmd_ctx *c)
{
	uint16_t pid = (uint16_t)c->a[4].n;
	int mask = c->a[2].alt == 0 ? RTE_ETH_VLAN_STRIP_OFFLOAD :
				      RTE_ETH_VLAN_FILTER_OFFLOAD;
	uint64_t off = c->a[2].alt == 0 ? RTE_ETH_RX_OFFLOAD_VLAN_STRIP :
					  RTE_ETH_RX_OFFLOAD_VLAN_FILTER;
	int cur = rte_eth_dev_get_vlan_offload(pid);
	int ret;

	if (cur < 0) {
		printf("Cannot get VLAN offloads of port %u: %s\n", pid,
		       rte_strerror(-cur));
		return cur;
	}
	cur = c->a[3].alt == 0 ? (cur | mask) : (cur & ~mask);
	ret = rte_eth_dev_set_vlan_offload(pid, cur);
	if (ret != 0) {
		printf("Cannot set VLAN %s %s on port %u: %s\n", c->a[2].s,
		       c->a[3].s, pid, rte_strerror(-ret));
		return ret;
	}
	/* keep the port's conf in step so a restart keeps the setting */
	if (c->a[3].alt == 0)
		tp.ports[pid].conf.rxmode.offloads |= off;
	else
		tp.ports[pid].conf.rxmode.offloads &= ~off;
	return 0;
}

int
cmd_rx_vlan(struct cmd_ctx *c)
{
	uint16_t pid = (uint16_t)c->a[3].n;
	int ret;

	if (c->a[2].n > RTE_ETHER_MAX_VLAN_ID)
		return cmd_bad(c, "VLAN id %" PRIu64 " is out of range 0..%u",
			       c->a[2].n, RTE_ETHER_MAX_VLAN_ID);
	ret = rte_eth_dev_vlan_filter(pid, (uint16_t)c->a[2].n,
				      c->a[1].alt == 0);
	if (ret != 0)
		printf("rx_vlan %s %" PRIu64 " on port %u failed: %s%s\n",
		       c->a[1].s, c->a[2].n, pid, rte_strerror(-ret),
		       ret == -ENOSYS || ret == -ENOTSUP ?
		       " (the driver has no VLAN filter)" : "");
	return ret;
}

/* The tx checksum offloads "csum set/show" handle, in command order. */
static const struct {
	const char *name;
	uint64_t offload;
} csum_offloads[] = {
	{ "IP", RTE_ETH_TX_OFFLOAD_IPV4_CKSUM },
	{ "UDP", RTE_ETH_TX_OFFLOAD_UDP_CKSUM },
	{ "TCP", RTE_ETH_TX_OFFLOAD_TCP_CKSUM },
};

/* Where the csum engine computes each checksum on port pid. */
static void
csum_show(uint16_t pid)
{
	uint64_t on = tp.ports[pid].conf.txmode.offloads;

	for (unsigned int i = 0; i < RTE_DIM(csum_offloads); i++)
		printf("%s checksum offload is %s\n", csum_offloads[i].name,
		       (on & csum_offloads[i].offload) ? "hw" : "sw");
}

/* "csum show <port>" */
int
cmd_csum_show(struct cmd_ctx *c)
{
	csum_show((uint16_t)c->a[2].n);
	return 0;
}

/*
 * "csum set ip|udp|tcp hw|sw <port>": the port's tx offloads (applied by
 * rte_eth_dev_configure, so only on a stopped port, as DPDK's testpmd
 * asks); hw only when the port has the offload.
 */
int
cmd_csum_set(struct cmd_ctx *c)
{
	uint16_t pid = (uint16_t)c->a[4].n;
	uint64_t off = csum_offloads[c->a[2].alt].offload;
	struct rte_eth_dev_info info;
	int ret;

	if (tp.ports[pid].started) {
		printf("Please stop port %u first (\"port stop %u\")\n", pid,
		       pid);
		return -EBUSY;
	}
	if (c->a[3].alt == 0) {
		ret = rte_eth_dev_info_get(pid, &info);
		if (ret != 0) {
			printf("Cannot get device info of port %u: %s\n", pid,
			       rte_strerror(-ret));
			return ret;
		}
		if (!(info.tx_offload_capa & off)) {
			printf("%s checksum offload is not supported by port %u\n",
			       csum_offloads[c->a[2].alt].name, pid);
			return -ENOTSUP;
		}
		tp.ports[pid].conf.txmode.offloads |= off;
	} else {
		tp.ports[pid].conf.txmode.offloads &= ~off;
	}
	csum_show(pid);
	return 0;
}
