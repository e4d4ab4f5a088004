/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Port life cycle: mbuf pools, configure/start/stop/close/reset,
 * hot attach/detach, link-state events, and the rx drains done before
 * forwarding (stale frames) and at exit (every mbuf back in its pool).
 */
#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include <rte_dev.h>
#include <rte_errno.h>

#include "testpmd.h"

bool
port_id_valid(uint16_t pid, bool warn)
{
	if (pid < RTE_MAX_ETHPORTS && rte_eth_dev_is_valid_port(pid) &&
	    tp.ports[pid].in_use)
		return true;
	if (warn)
		printf("Invalid port %u: \"show port summary all\" lists the "
		       "ports\n", pid);
	return false;
}

bool
port_any_started(void)
{
	uint16_t pid;

	RTE_ETH_FOREACH_DEV(pid)
		if (tp.ports[pid].in_use && tp.ports[pid].started)
			return true;
	return false;
}

struct rte_mempool *
port_pool(uint16_t pid)
{
	int socket = rte_eth_dev_socket_id(pid);

	if (socket < 0 || socket >= RTE_MAX_NUMA_NODES ||
	    tp.pools[socket] == NULL)
		socket = 0;
	return tp.pools[socket];
}

/* DPDK's sizing: enough for full rings, caches and a burst per port. */
static uint32_t
pool_default_size(void)
{
	return (TP_RXD_MAX + rte_lcore_count() * tp.cfg.mbcache +
		TP_TXD_MAX + TP_MAX_BURST) * RTE_MAX_ETHPORTS;
}

static int
pool_create(unsigned int socket)
{
	char name[RTE_MEMPOOL_NAMESIZE];
	uint32_t n = tp.cfg.total_mbufs ? tp.cfg.total_mbufs :
		     pool_default_size();

	if (tp.pools[socket] != NULL)
		return 0;
	snprintf(name, sizeof(name), "mb_pool_%u", socket);
	printf("testpmd: create a new mbuf pool <%s>: n=%u, size=%u, "
	       "socket=%u\n", name, n, tp.cfg.mbuf_size, socket);
	tp.pools[socket] = rte_pktmbuf_pool_create(name, n, tp.cfg.mbcache, 0,
						   tp.cfg.mbuf_size, socket);
	if (tp.pools[socket] == NULL && socket != 0)
		tp.pools[socket] = rte_pktmbuf_pool_create(name, n,
			tp.cfg.mbcache, 0, tp.cfg.mbuf_size, SOCKET_ID_ANY);
	if (tp.pools[socket] == NULL) {
		fprintf(stderr, "Creation of mbuf pool for socket %u failed: "
			"%s; lower --total-num-mbufs or give the EAL more "
			"memory (-m, hugepages)\n", socket,
			rte_strerror(rte_errno));
		return -1;
	}
	return 0;
}

static int
lsc_event_cb(uint16_t pid, enum rte_eth_event_type type, void *arg,
	     void *ret)
{
	RTE_SET_USED(arg);
	RTE_SET_USED(ret);
	if (type == RTE_ETH_EVENT_INTR_LSC) {
		printf("\nPort %u: link state change event\n", pid);
		fflush(stdout);
	}
	return 0;
}

/* Build the rte_eth_conf of a port from tp.cfg and what it supports. */
static int
port_build_conf(uint16_t pid, const struct rte_eth_dev_info *info)
{
	struct port_state *p = &tp.ports[pid];
	struct rte_eth_conf *c = &p->conf;
	uint64_t keep_rx = c->rxmode.offloads;
	uint64_t keep_tx = c->txmode.offloads;

	if (tp.cfg.nb_rxq > info->max_rx_queues ||
	    tp.cfg.nb_txq > info->max_tx_queues) {
		printf("Port %u supports at most %u rx and %u tx queues; "
		       "lower --rxq/--txq (or \"port config all rxq|txq N\")\n",
		       pid, info->max_rx_queues, info->max_tx_queues);
		return -1;
	}
	memset(c, 0, sizeof(*c));
	c->rxmode.offloads = keep_rx & info->rx_offload_capa;
	c->rx_adv_conf.rss_conf.rss_hf =
		tp.cfg.rss_hf & info->flow_type_rss_offloads;
	c->rxmode.mq_mode = (tp.cfg.nb_rxq > 1 &&
			     c->rx_adv_conf.rss_conf.rss_hf != 0) ?
			    RTE_ETH_MQ_RX_RSS : RTE_ETH_MQ_RX_NONE;
	/* Tx offloads as requested (--tx-offloads, "csum set ... hw"), none
	 * by default as in DPDK's testpmd; ethdev names any the port lacks. */
	c->txmode.offloads = keep_tx;
	if (tp.cfg.max_rx_pkt_len != 0)
		c->rxmode.mtu = tp.cfg.max_rx_pkt_len - RTE_ETHER_HDR_LEN -
				RTE_ETHER_CRC_LEN;
	p->lsc_intr = info->dev_flags != NULL &&
		      (*info->dev_flags & RTE_ETH_DEV_INTR_LSC);
	c->intr_conf.lsc = p->lsc_intr;
	p->nb_rxq = tp.cfg.nb_rxq;
	p->nb_txq = tp.cfg.nb_txq;
	return 0;
}

/* The port's NUMA socket; 0 when the device does not say (as DPDK's
 * testpmd, which takes the first socket then). */
unsigned int
port_socket(uint16_t pid)
{
	int socket = rte_eth_dev_socket_id(pid);

	return socket < 0 ? 0 : (unsigned int)socket;
}

static int
port_setup_queues(uint16_t pid, const struct rte_eth_dev_info *info)
{
	struct port_state *p = &tp.ports[pid];
	struct rte_eth_rxconf rxc = info->default_rxconf;
	struct rte_eth_txconf txc = info->default_txconf;
	struct rte_mempool *mp = port_pool(pid);
	unsigned int socket = port_socket(pid);
	int ret;

	rxc.offloads = p->conf.rxmode.offloads;
	txc.offloads = p->conf.txmode.offloads;
	if (tp.cfg.rx_free_thresh >= 0)
		rxc.rx_free_thresh = (uint16_t)tp.cfg.rx_free_thresh;
	if (tp.cfg.tx_free_thresh >= 0)
		txc.tx_free_thresh = (uint16_t)tp.cfg.tx_free_thresh;
	if (tp.cfg.tx_rs_thresh >= 0)
		txc.tx_rs_thresh = (uint16_t)tp.cfg.tx_rs_thresh;
	for (uint16_t q = 0; q < p->nb_rxq; q++) {
		ret = rte_eth_rx_queue_setup(pid, q, tp.cfg.nb_rxd, socket,
					     &rxc, mp);
		if (ret < 0) {
			printf("Fail to configure port %u rx queue %u: %s\n",
			       pid, q, rte_strerror(-ret));
			return ret;
		}
	}
	for (uint16_t q = 0; q < p->nb_txq; q++) {
		ret = rte_eth_tx_queue_setup(pid, q, tp.cfg.nb_txd, socket,
					     &txc);
		if (ret < 0) {
			printf("Fail to configure port %u tx queue %u: %s\n",
			       pid, q, rte_strerror(-ret));
			return ret;
		}
	}
	return 0;
}

/* (Re)configure a stopped port from the current configuration. */
int
port_setup(uint16_t pid)
{
	struct rte_eth_dev_info info;
	int ret;

	ret = rte_eth_dev_info_get(pid, &info);
	if (ret != 0) {
		printf("Cannot get device info of port %u: %s\n", pid,
		       rte_strerror(-ret));
		return ret;
	}
	printf("Configuring Port %u (socket %u)\n", pid, port_socket(pid));
	if (port_build_conf(pid, &info) != 0)
		return -EINVAL;
	ret = rte_eth_dev_configure(pid, tp.ports[pid].nb_rxq,
				    tp.ports[pid].nb_txq, &tp.ports[pid].conf);
	if (ret != 0) {
		printf("Fail to configure port %u: %s\n", pid,
		       rte_strerror(-ret));
		return ret;
	}
	return port_setup_queues(pid, &info);
}

int
port_start(uint16_t pid)
{
	struct port_state *p = &tp.ports[pid];
	char mac[RTE_ETHER_ADDR_FMT_SIZE];
	int ret;

	if (p->started) {
		printf("Port %u is already started\n", pid);
		return 0;
	}
	ret = port_setup(pid);
	if (ret != 0)
		return ret;
	ret = rte_eth_dev_start(pid);
	if (ret != 0) {
		printf("Fail to start port %u: %s\n", pid, rte_strerror(-ret));
		return ret;
	}
	p->started = true;
	rte_eth_macaddr_get(pid, &p->mac);
	rte_ether_format_addr(mac, sizeof(mac), &p->mac);
	printf("Port %u: %s\n", pid, mac);
	return 0;
}

void
port_stop(uint16_t pid)
{
	struct port_state *p = &tp.ports[pid];
	int ret;

	if (!p->started) {
		printf("Port %u is already stopped\n", pid);
		return;
	}
	printf("Stopping ports...\n");
	ret = rte_eth_dev_stop(pid);
	if (ret != 0)
		printf("Fail to stop port %u: %s\n", pid, rte_strerror(-ret));
	p->started = false;
	printf("Done\n");
}

void
port_close(uint16_t pid)
{
	struct port_state *p = &tp.ports[pid];

	if (p->started)
		port_stop(pid);
	printf("Closing ports...\n");
	rte_eth_dev_close(pid);
	p->in_use = false;
	printf("Port %u is closed\nDone\n", pid);
}

int
port_reset(uint16_t pid)
{
	int ret;

	if (tp.ports[pid].started) {
		printf("Port %u is started: run \"port stop %u\" first\n",
		       pid, pid);
		return -EBUSY;
	}
	printf("Resetting ports...\n");
	ret = rte_eth_dev_reset(pid);
	if (ret != 0) {
		printf("Fail to reset port %u: %s\n", pid, rte_strerror(-ret));
		return ret;
	}
	printf("Done\n");
	return 0;
}

/* Take a new port into use: configured, promiscuous, not started. */
static void
port_adopt(uint16_t pid)
{
	struct port_state *p = &tp.ports[pid];

	memset(p, 0, sizeof(*p));
	p->in_use = true;
	p->conf.txmode.offloads = tp.cfg.tx_offloads;
	rte_eth_macaddr_get(pid, &p->mac);
	rte_eth_promiscuous_enable(pid);
}

int
port_attach(const char *identifier)
{
	bool before[RTE_MAX_ETHPORTS];
	uint16_t pid, nb = 0;
	int ret;

	printf("Attaching a new port...\n");
	for (pid = 0; pid < RTE_MAX_ETHPORTS; pid++)
		before[pid] = rte_eth_dev_is_valid_port(pid);
	ret = rte_dev_probe(identifier);
	if (ret < 0) {
		printf("Failed to attach port '%s': %s; the form is "
		       "\"port attach <driver><n>,key=value,...\" or a PCI "
		       "address\n", identifier, rte_strerror(-ret));
		return ret;
	}
	RTE_ETH_FOREACH_DEV(pid) {
		if (before[pid])
			continue;
		port_adopt(pid);
		nb++;
		printf("Port %u is attached. Now total ports is %u\n", pid,
		       rte_eth_dev_count_avail());
	}
	if (nb == 0)
		printf("No new port appeared for '%s' (already attached?)\n",
		       identifier);
	fwd_set_ports_from_mask();
	/* as DPDK: a new port joins the forwarding ports */
	tp.cfg.nb_fwd_ports = tp.nb_cfg_ports;
	printf("Done\n");
	return 0;
}

int
port_detach(uint16_t pid)
{
	struct rte_eth_dev_info info;
	int ret;

	if (tp.ports[pid].started) {
		printf("Port %u is started: run \"port stop %u\" first\n",
		       pid, pid);
		return -EBUSY;
	}
	printf("Removing a device...\n");
	ret = rte_eth_dev_info_get(pid, &info);
	if (ret == 0)
		rte_eth_dev_close(pid);
	tp.ports[pid].in_use = false;
	if (ret != 0 || info.device == NULL ||
	    (ret = rte_dev_remove(info.device)) != 0) {
		printf("Failed to detach device of port %u: %s\n", pid,
		       rte_strerror(ret < 0 ? -ret : EINVAL));
		fwd_set_ports_from_mask();
		return ret != 0 ? ret : -EINVAL;
	}
	fwd_set_ports_from_mask();
	printf("Device is detached\nNow total ports is %u\nDone\n",
	       rte_eth_dev_count_avail());
	return 0;
}

/*
 * Drop frames that were queued before forwarding started.  Only what the
 * driver reports as waiting (rx_queue_count) is taken: a port that
 * produces frames on demand (a pcap file being replayed) reports no
 * backlog and loses nothing.
 */
void
ports_flush_stale(void)
{
	struct rte_mbuf *pkts[TP_MAX_BURST];

	for (uint16_t i = 0; i < tp.cfg.nb_fwd_ports; i++) {
		uint16_t pid = tp.fwd_ports[i];

		for (uint16_t q = 0; q < tp.ports[pid].nb_rxq; q++) {
			int left = rte_eth_rx_queue_count(pid, q);

			while (left > 0) {
				uint16_t n = rte_eth_rx_burst(pid, q, pkts,
					RTE_MIN(left, TP_MAX_BURST));

				if (n == 0)
					break;
				rte_pktmbuf_free_bulk(pkts, n);
				left -= n;
			}
		}
	}
}

/*
 * At exit: take back what sits in started ports' rx queues (frames in
 * flight through loopback ports), bounded so that a source that never
 * runs dry (pcap infinite_rx) cannot keep us here.
 */
void
ports_drain(void)
{
	struct rte_mbuf *pkts[TP_MAX_BURST];
	uint16_t pid;

	RTE_ETH_FOREACH_DEV(pid) {
		struct rte_mempool *mp = port_pool(pid);
		uint64_t budget = mp != NULL ? mp->size : 0;

		if (!tp.ports[pid].in_use || !tp.ports[pid].started)
			continue;
		for (uint16_t q = 0; q < tp.ports[pid].nb_rxq; q++) {
			uint16_t n;

			do {
				n = rte_eth_rx_burst(pid, q, pkts,
						     TP_MAX_BURST);
				rte_pktmbuf_free_bulk(pkts, n);
				budget = budget > n ? budget - n : 0;
			} while (n != 0 && budget != 0);
		}
	}
}

void
pools_check(void)
{
	for (unsigned int s = 0; s < RTE_MAX_NUMA_NODES; s++) {
		struct rte_mempool *mp = tp.pools[s];
		unsigned int avail;

		if (mp == NULL)
			continue;
		avail = rte_mempool_avail_count(mp);
		if (rte_mempool_full(mp))
			printf("testpmd: mbuf pool <%s>: all %u mbufs "
			       "returned\n", mp->name, mp->size);
		else
			printf("Warning: mbuf pool <%s>: %u of %u mbufs not "
			       "returned (held by a driver or leaked)\n",
			       mp->name, mp->size - avail, mp->size);
	}
}

int
ports_init(void)
{
	unsigned int sockets_used = 0;
	uint16_t pid;

	if (rte_eth_dev_count_avail() == 0)
		printf("Warning! No probed ethernet devices\n");
	RTE_ETH_FOREACH_DEV(pid) {
		int s = rte_eth_dev_socket_id(pid);

		sockets_used |= 1u << (s < 0 || s >= RTE_MAX_NUMA_NODES ? 0 : s);
	}
	if (sockets_used == 0)
		sockets_used = 1;
	for (unsigned int s = 0; s < RTE_MAX_NUMA_NODES; s++)
		if ((sockets_used & (1u << s)) && pool_create(s) != 0)
			return -1;
	rte_eth_dev_callback_register(RTE_ETH_ALL, RTE_ETH_EVENT_INTR_LSC,
				      lsc_event_cb, NULL);
	RTE_ETH_FOREACH_DEV(pid)
		port_adopt(pid);
	fwd_set_ports_from_mask();
	fwd_set_lcores_from_mask();
	RTE_ETH_FOREACH_DEV(pid)
		if (port_start(pid) != 0)
			return -1;
	printf("Checking link statuses...\nDone\n");
	return 0;
}
