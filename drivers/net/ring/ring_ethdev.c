/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * net_ring ethdev side: burst functions, device operations and port
 * creation. A queue is an rte_ring of mbuf pointers: tx enqueues, rx
 * dequeues. No copy, no descriptor: mbufs travel by reference.
 */
#include <errno.h>
#include <string.h>

#include <rte_common.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>
#include <rte_ring.h>
#include <ethdev_driver.h>
#include <ethdev_vdev.h>

#include "ring_pmd.h"

static inline void
counter_add(uint64_t *c, uint64_t v)
{
	/* single writer (the polling thread); stats readers use relaxed loads */
	__atomic_store_n(c, *c + v, __ATOMIC_RELAXED);
}

static inline uint64_t
counter_get(const uint64_t *c)
{
	return __atomic_load_n(c, __ATOMIC_RELAXED);
}

/*
 * Packets only, no bytes, as DPDK's net_ring: summing pkt_len would read
 * every mbuf, which the pointer-passing rx/tx otherwise never touch; on
 * testpmd io forwarding over two ring ports that read cost 45% of the
 * throughput (tests/bench/testpmd_perf.sh: 0.85x of DPDK with it, 1.55x
 * without).
 */
static uint16_t
eth_ring_rx(void *q, struct rte_mbuf **bufs, uint16_t nb_bufs)
{
	struct ring_queue *r = q;
	unsigned int n;

	n = rte_ring_dequeue_burst(r->rng, (void **)bufs, nb_bufs, NULL);
	counter_add(&r->pkts, n);
	return (uint16_t)n;
}

static uint16_t
eth_ring_tx(void *q, struct rte_mbuf **bufs, uint16_t nb_bufs)
{
	struct ring_queue *r = q;
	unsigned int n;

	n = rte_ring_enqueue_burst(r->rng, (void **)bufs, nb_bufs, NULL);
	counter_add(&r->pkts, n);
	if (n < nb_bufs)
		counter_add(&r->errs, nb_bufs - n);
	return (uint16_t)n;
}

static void
ring_set_queue_states(struct rte_eth_dev *dev, uint8_t state)
{
	uint16_t i;

	for (i = 0; i < dev->data->nb_rx_queues; i++)
		dev->data->rx_queue_state[i] = state;
	for (i = 0; i < dev->data->nb_tx_queues; i++)
		dev->data->tx_queue_state[i] = state;
}

static int
eth_dev_configure(struct rte_eth_dev *dev __rte_unused)
{
	return 0;
}

static int
eth_dev_start(struct rte_eth_dev *dev)
{
	dev->data->dev_link.link_status = RTE_ETH_LINK_UP;
	ring_set_queue_states(dev, RTE_ETH_QUEUE_STATE_STARTED);
	return 0;
}

/* The link of a ring port is always up: stopping only stops the queues. */
static int
eth_dev_stop(struct rte_eth_dev *dev)
{
	ring_set_queue_states(dev, RTE_ETH_QUEUE_STATE_STOPPED);
	return 0;
}

/*
 * The link is whatever the application set. A change is an LSC event for
 * applications that asked for them (intr_conf.lsc): there is no interrupt
 * source, so it is delivered at once, from the caller's thread.
 */
static int
ring_set_link(struct rte_eth_dev *dev, uint16_t status)
{
	uint16_t old = dev->data->dev_link.link_status;

	dev->data->dev_link.link_status = status;
	if (old != status && dev->data->dev_conf.intr_conf.lsc)
		rte_eth_dev_callback_process(dev, RTE_ETH_EVENT_INTR_LSC, NULL);
	return 0;
}

static int
eth_dev_set_link_up(struct rte_eth_dev *dev)
{
	return ring_set_link(dev, RTE_ETH_LINK_UP);
}

static int
eth_dev_set_link_down(struct rte_eth_dev *dev)
{
	return ring_set_link(dev, RTE_ETH_LINK_DOWN);
}

static int
eth_rx_queue_setup(struct rte_eth_dev *dev, uint16_t qid,
		   uint16_t nb_desc __rte_unused, unsigned int socket __rte_unused,
		   const struct rte_eth_rxconf *conf __rte_unused,
		   struct rte_mempool *mp __rte_unused)
{
	struct ring_pmd_internals *in = dev->data->dev_private;

	if (qid >= in->nb_rx) {
		RING_LOG(ERR, "%s: rx queue %u does not exist (the port has %u)",
			 dev->data->name, qid, in->nb_rx);
		return -EINVAL;
	}
	dev->data->rx_queues[qid] = &in->rxq[qid];
	return 0;
}

static int
eth_tx_queue_setup(struct rte_eth_dev *dev, uint16_t qid,
		   uint16_t nb_desc __rte_unused, unsigned int socket __rte_unused,
		   const struct rte_eth_txconf *conf __rte_unused)
{
	struct ring_pmd_internals *in = dev->data->dev_private;

	if (qid >= in->nb_tx) {
		RING_LOG(ERR, "%s: tx queue %u does not exist (the port has %u)",
			 dev->data->name, qid, in->nb_tx);
		return -EINVAL;
	}
	dev->data->tx_queues[qid] = &in->txq[qid];
	return 0;
}

/* Queues live in the private data: nothing to free per queue. */
static void
eth_queue_release(struct rte_eth_dev *dev __rte_unused, uint16_t qid __rte_unused)
{
}

static int
eth_dev_info(struct rte_eth_dev *dev, struct rte_eth_dev_info *info)
{
	struct ring_pmd_internals *in = dev->data->dev_private;

	info->max_mac_addrs = 1;
	info->max_rx_pktlen = (uint32_t)-1;
	info->max_rx_queues = (uint16_t)in->nb_rx;
	info->max_tx_queues = (uint16_t)in->nb_tx;
	info->min_rx_bufsize = 0;
	/* mbufs pass by reference: any segment chain goes through as is */
	info->rx_offload_capa = RTE_ETH_RX_OFFLOAD_SCATTER;
	info->tx_offload_capa = RTE_ETH_TX_OFFLOAD_MULTI_SEGS |
				RTE_ETH_TX_OFFLOAD_MBUF_FAST_FREE;
	return 0;
}

static int
eth_stats_get(struct rte_eth_dev *dev, struct rte_eth_stats *st)
{
	struct ring_pmd_internals *in = dev->data->dev_private;
	unsigned int i;
	uint64_t v;

	for (i = 0; i < in->nb_rx; i++) {
		v = counter_get(&in->rxq[i].pkts);
		st->ipackets += v;
		if (i < RTE_ETHDEV_QUEUE_STAT_CNTRS)
			st->q_ipackets[i] = v;
	}
	for (i = 0; i < in->nb_tx; i++) {
		v = counter_get(&in->txq[i].pkts);
		st->opackets += v;
		st->oerrors += counter_get(&in->txq[i].errs);
		if (i < RTE_ETHDEV_QUEUE_STAT_CNTRS)
			st->q_opackets[i] = v;
	}
	return 0;
}

static void
queue_stats_reset(struct ring_queue *q)
{
	__atomic_store_n(&q->pkts, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&q->errs, 0, __ATOMIC_RELAXED);
}

static int
eth_stats_reset(struct rte_eth_dev *dev)
{
	struct ring_pmd_internals *in = dev->data->dev_private;
	unsigned int i;

	for (i = 0; i < in->nb_rx; i++)
		queue_stats_reset(&in->rxq[i]);
	for (i = 0; i < in->nb_tx; i++)
		queue_stats_reset(&in->txq[i]);
	return 0;
}

static int
eth_link_update(struct rte_eth_dev *dev __rte_unused, int wait __rte_unused)
{
	return 0;
}

/* Software port: every filter mode is accepted (nothing is filtered). */
static int
eth_mode_ok(struct rte_eth_dev *dev __rte_unused)
{
	return 0;
}

static int
eth_mac_addr_set(struct rte_eth_dev *dev __rte_unused,
		 struct rte_ether_addr *addr __rte_unused)
{
	return 0;	/* ethdev already stored it in data->mac_addrs[0] */
}

static int
eth_mac_addr_add(struct rte_eth_dev *dev __rte_unused,
		 struct rte_ether_addr *addr __rte_unused,
		 uint32_t index __rte_unused, uint32_t vmdq __rte_unused)
{
	return 0;
}

static void
eth_mac_addr_remove(struct rte_eth_dev *dev __rte_unused,
		    uint32_t index __rte_unused)
{
}

static int
eth_dev_close(struct rte_eth_dev *dev)
{
	struct ring_pmd_internals *in = dev->data->dev_private;
	unsigned int i;

	eth_dev_stop(dev);
	for (i = 0; i < in->nb_owned; i++)
		ring_pmd_ring_put(in->owned[i]);
	in->nb_owned = 0;
	/* mac_addrs points into dev_private: keep release_port off it */
	dev->data->mac_addrs = NULL;
	return 0;
}

static const struct eth_dev_ops ring_ops = {
	.dev_configure = eth_dev_configure,
	.dev_start = eth_dev_start,
	.dev_stop = eth_dev_stop,
	.dev_close = eth_dev_close,
	.dev_set_link_up = eth_dev_set_link_up,
	.dev_set_link_down = eth_dev_set_link_down,
	.dev_infos_get = eth_dev_info,
	.rx_queue_setup = eth_rx_queue_setup,
	.tx_queue_setup = eth_tx_queue_setup,
	.rx_queue_release = eth_queue_release,
	.tx_queue_release = eth_queue_release,
	.link_update = eth_link_update,
	.stats_get = eth_stats_get,
	.stats_reset = eth_stats_reset,
	.promiscuous_enable = eth_mode_ok,
	.promiscuous_disable = eth_mode_ok,
	.allmulticast_enable = eth_mode_ok,
	.allmulticast_disable = eth_mode_ok,
	.mac_addr_set = eth_mac_addr_set,
	.mac_addr_add = eth_mac_addr_add,
	.mac_addr_remove = eth_mac_addr_remove,
};

/* Locally administered 02:'r':'i':'n':'g':N, N counting ports created. */
static void
ring_port_mac(struct rte_ether_addr *mac)
{
	static uint8_t next_id;
	uint8_t id = __atomic_fetch_add(&next_id, 1, __ATOMIC_RELAXED);
	const uint8_t base[RTE_ETHER_ADDR_LEN] = { 0x02, 'r', 'i', 'n', 'g', id };

	memcpy(mac->addr_bytes, base, sizeof(base));
}

int
ring_port_create(struct rte_vdev_device *vdev,
		 struct rte_ring *const rx[], unsigned int nb_rx,
		 struct rte_ring *const tx[], unsigned int nb_tx,
		 struct rte_ring *const owned[], unsigned int nb_owned,
		 int numa_node)
{
	struct ring_pmd_internals *in;
	struct rte_eth_dev *eth_dev;
	unsigned int i;

	vdev->device.numa_node = numa_node;
	eth_dev = rte_eth_vdev_allocate(vdev, sizeof(*in));
	if (eth_dev == NULL) {
		RING_LOG(ERR, "%s: cannot allocate an ethdev port (is the name in use, or are all %d ports taken?)",
			 rte_vdev_device_name(vdev), RTE_MAX_ETHPORTS);
		for (i = 0; i < nb_owned; i++)
			ring_pmd_ring_put(owned[i]);
		return -ENOSPC;
	}
	in = eth_dev->data->dev_private;
	in->nb_rx = nb_rx;
	in->nb_tx = nb_tx;
	for (i = 0; i < nb_rx; i++)
		in->rxq[i].rng = rx[i];
	for (i = 0; i < nb_tx; i++)
		in->txq[i].rng = tx[i];
	for (i = 0; i < nb_owned; i++)
		in->owned[i] = owned[i];
	in->nb_owned = nb_owned;
	ring_port_mac(&in->mac);

	eth_dev->data->mac_addrs = &in->mac;
	eth_dev->data->dev_link.link_speed = RTE_ETH_SPEED_NUM_10G;
	eth_dev->data->dev_link.link_duplex = RTE_ETH_LINK_FULL_DUPLEX;
	eth_dev->data->dev_link.link_autoneg = RTE_ETH_LINK_FIXED;
	eth_dev->data->dev_link.link_status = RTE_ETH_LINK_UP;
	eth_dev->data->promiscuous = 1;
	eth_dev->data->all_multicast = 1;
	/* per-queue counters show in xstats (rx_q0_packets, ...) as DPDK's */
	eth_dev->data->dev_flags |= RTE_ETH_DEV_AUTOFILL_QUEUE_XSTATS |
				   RTE_ETH_DEV_INTR_LSC;
	eth_dev->dev_ops = &ring_ops;
	eth_dev->rx_pkt_burst = eth_ring_rx;
	eth_dev->tx_pkt_burst = eth_ring_tx;
	rte_eth_dev_probing_finish(eth_dev);
	return 0;
}
