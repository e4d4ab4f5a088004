/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * net_pcap ethdev side: the vdev driver (alias eth_pcap), probe/remove and
 * the device operations. Every file and interface named in the devargs is
 * opened (and rx files read through once) at probe, so a bad name fails
 * the probe with a message instead of failing later. Rx files are reopened
 * by each dev_start: restarting a port replays its file from the start.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>
#include <rte_mbuf_dyn.h>
#include <ethdev_driver.h>
#include <ethdev_vdev.h>
#include <bus_vdev_driver.h>

#include "pcap_pmd.h"

RTE_LOG_REGISTER(pcap_pmd_logtype, pmd.net.pcap, NOTICE);

static uint64_t
counter_get(const uint64_t *c)
{
	return __atomic_load_n(c, __ATOMIC_RELAXED);
}

/* Drops libpcap reports for a live rx queue (kernel and interface). */
static uint64_t
live_drops(struct pcap_rx_queue *q)
{
	struct pcap_stat ps;

	if (q->spec->kind != PCAP_Q_IFACE || q->pcap == NULL ||
	    pcap_stats(q->pcap, &ps) != 0)
		return 0;
	return (uint64_t)ps.ps_drop + ps.ps_ifdrop;
}

static void
pcap_link_refresh(struct rte_eth_dev *dev)
{
	struct pcap_internals *in = dev->data->dev_private;
	struct rte_eth_link *l = &dev->data->dev_link;
	uint32_t speed;
	bool up;

	if (in->args.link_iface == NULL) {
		l->link_status = dev->data->dev_started ?
			RTE_ETH_LINK_UP : RTE_ETH_LINK_DOWN;
		return;
	}
	if (pcap_iface_link(in->args.link_iface, &up, &speed) != 0) {
		l->link_status = RTE_ETH_LINK_DOWN;
		return;
	}
	l->link_status = up ? RTE_ETH_LINK_UP : RTE_ETH_LINK_DOWN;
	l->link_speed = speed;
}

static void
close_rx_files(struct pcap_internals *in, unsigned int nb)
{
	unsigned int i;

	for (i = 0; i < nb; i++) {
		struct pcap_rx_queue *q = &in->rxq[i];

		if (q->spec->kind == PCAP_Q_FILE && q->pcap != NULL) {
			pcap_close(q->pcap);
			q->pcap = NULL;
			free(q->iobuf);
			q->iobuf = NULL;
			q->ended = true;	/* rx on a stopped port: nothing */
		}
		q->pending = NULL;
	}
}

static int
eth_dev_start(struct rte_eth_dev *dev)
{
	struct pcap_internals *in = dev->data->dev_private;
	unsigned int i;
	int ret;

	for (i = 0; i < in->args.nb_rx; i++) {
		struct pcap_rx_queue *q = &in->rxq[i];

		q->ended = false;
		q->in_error = false;
		q->nb_read = 0;
		q->replay_next = 0;
		if (q->spec->kind != PCAP_Q_FILE || q->replay != NULL)
			continue;
		ret = pcap_open_rx_file(q->spec->name, &q->pcap, &q->iobuf);
		if (ret != 0) {
			close_rx_files(in, i);
			return ret;
		}
		q->ts_mult = pcap_ts_multiplier(q->pcap);
	}
	for (i = 0; i < dev->data->nb_rx_queues; i++)
		dev->data->rx_queue_state[i] = RTE_ETH_QUEUE_STATE_STARTED;
	for (i = 0; i < dev->data->nb_tx_queues; i++)
		dev->data->tx_queue_state[i] = RTE_ETH_QUEUE_STATE_STARTED;
	dev->data->dev_started = 1;
	pcap_link_refresh(dev);
	return 0;
}

static int
eth_dev_stop(struct rte_eth_dev *dev)
{
	struct pcap_internals *in = dev->data->dev_private;
	unsigned int i;

	close_rx_files(in, in->args.nb_rx);
	for (i = 0; i < in->args.nb_tx; i++)
		if (in->txq[i].dumper != NULL)
			pcap_dump_flush(in->txq[i].dumper);
	for (i = 0; i < dev->data->nb_rx_queues; i++)
		dev->data->rx_queue_state[i] = RTE_ETH_QUEUE_STATE_STOPPED;
	for (i = 0; i < dev->data->nb_tx_queues; i++)
		dev->data->tx_queue_state[i] = RTE_ETH_QUEUE_STATE_STOPPED;
	dev->data->dev_started = 0;
	pcap_link_refresh(dev);
	return 0;
}

/* Close every handle and free every buffer the port holds. */
static void
pcap_release(struct pcap_internals *in)
{
	unsigned int i;

	for (i = 0; i < PCAP_PMD_MAX_QUEUES; i++) {
		struct pcap_rx_queue *rq = &in->rxq[i];
		struct pcap_tx_queue *tq = &in->txq[i];

		if (rq->pcap != NULL)
			pcap_close(rq->pcap);
		rq->pcap = NULL;
		free(rq->iobuf);
		rq->iobuf = NULL;
		rq->pending = NULL;
		pcap_replay_free(&in->replay[i]);
		rq->replay = NULL;
		if (tq->dumper != NULL)
			pcap_dump_close(tq->dumper);	/* flushes, closes the file */
		tq->dumper = NULL;
		free(tq->iobuf);
		tq->iobuf = NULL;
		if (tq->pcap != NULL)
			pcap_close(tq->pcap);
		tq->pcap = NULL;
		free(tq->gather);
		tq->gather = NULL;
	}
}

static int
eth_dev_close(struct rte_eth_dev *dev)
{
	struct pcap_internals *in = dev->data->dev_private;

	if (dev->data->dev_started)
		eth_dev_stop(dev);
	pcap_release(in);
	/* mac_addrs points into dev_private: keep release_port off it */
	dev->data->mac_addrs = NULL;
	return 0;
}

static int
eth_dev_configure(struct rte_eth_dev *dev __rte_unused)
{
	return 0;
}

static int
eth_dev_info(struct rte_eth_dev *dev, struct rte_eth_dev_info *info)
{
	struct pcap_internals *in = dev->data->dev_private;

	info->if_index = 0;
	info->max_mac_addrs = 1;
	info->max_rx_pktlen = PCAP_PMD_SNAPLEN;
	info->max_rx_queues = (uint16_t)in->args.nb_rx;
	info->max_tx_queues = (uint16_t)in->args.nb_tx;
	info->min_rx_bufsize = 0;
	info->rx_offload_capa = RTE_ETH_RX_OFFLOAD_SCATTER;
	info->tx_offload_capa = RTE_ETH_TX_OFFLOAD_MULTI_SEGS;
	return 0;
}

static int
eth_rx_queue_setup(struct rte_eth_dev *dev, uint16_t qid,
		   uint16_t nb_desc __rte_unused, unsigned int socket __rte_unused,
		   const struct rte_eth_rxconf *conf, struct rte_mempool *mp)
{
	struct pcap_internals *in = dev->data->dev_private;
	struct pcap_rx_queue *q;
	uint64_t offloads = dev->data->dev_conf.rxmode.offloads;

	if (qid >= in->args.nb_rx) {
		PCAP_LOG(ERR, "%s: rx queue %u does not exist (the port has %u)",
			 dev->data->name, qid, in->args.nb_rx);
		return -EINVAL;
	}
	if (conf != NULL)
		offloads |= conf->offloads;
	q = &in->rxq[qid];
	q->mb_pool = mp;
	q->scatter = (offloads & RTE_ETH_RX_OFFLOAD_SCATTER) != 0;
	q->port_id = dev->data->port_id;
	q->queue_id = qid;
	dev->data->rx_queues[qid] = q;
	return 0;
}

static int
eth_tx_queue_setup(struct rte_eth_dev *dev, uint16_t qid,
		   uint16_t nb_desc __rte_unused, unsigned int socket __rte_unused,
		   const struct rte_eth_txconf *conf __rte_unused)
{
	struct pcap_internals *in = dev->data->dev_private;

	if (qid >= in->args.nb_tx) {
		PCAP_LOG(ERR, "%s: tx queue %u does not exist (the port has %u)",
			 dev->data->name, qid, in->args.nb_tx);
		return -EINVAL;
	}
	in->txq[qid].queue_id = qid;
	dev->data->tx_queues[qid] = &in->txq[qid];
	return 0;
}

static void
eth_queue_release(struct rte_eth_dev *dev __rte_unused, uint16_t qid __rte_unused)
{
}

static int
eth_stats_get(struct rte_eth_dev *dev, struct rte_eth_stats *st)
{
	struct pcap_internals *in = dev->data->dev_private;
	unsigned int i;

	for (i = 0; i < in->args.nb_rx; i++) {
		struct pcap_rx_queue *q = &in->rxq[i];
		uint64_t pkts = counter_get(&q->st.pkts);
		uint64_t bytes = counter_get(&q->st.bytes);
		uint64_t drops = live_drops(q);

		st->ipackets += pkts;
		st->ibytes += bytes;
		st->ierrors += counter_get(&q->st.errs);
		st->rx_nombuf += counter_get(&q->st.nombuf);
		st->imissed += drops > q->drop_base ? drops - q->drop_base : 0;
		if (i < RTE_ETHDEV_QUEUE_STAT_CNTRS) {
			st->q_ipackets[i] = pkts;
			st->q_ibytes[i] = bytes;
		}
	}
	for (i = 0; i < in->args.nb_tx; i++) {
		struct pcap_tx_queue *q = &in->txq[i];
		uint64_t pkts = counter_get(&q->st.pkts);
		uint64_t bytes = counter_get(&q->st.bytes);

		st->opackets += pkts;
		st->obytes += bytes;
		st->oerrors += counter_get(&q->st.errs);
		if (i < RTE_ETHDEV_QUEUE_STAT_CNTRS) {
			st->q_opackets[i] = pkts;
			st->q_obytes[i] = bytes;
		}
	}
	return 0;
}

static void
qstats_reset(struct pcap_qstats *s)
{
	__atomic_store_n(&s->pkts, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&s->bytes, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&s->errs, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&s->nombuf, 0, __ATOMIC_RELAXED);
}

static int
eth_stats_reset(struct rte_eth_dev *dev)
{
	struct pcap_internals *in = dev->data->dev_private;
	unsigned int i;

	for (i = 0; i < in->args.nb_rx; i++) {
		qstats_reset(&in->rxq[i].st);
		in->rxq[i].drop_base = live_drops(&in->rxq[i]);
	}
	for (i = 0; i < in->args.nb_tx; i++)
		qstats_reset(&in->txq[i].st);
	return 0;
}

static int
eth_link_update(struct rte_eth_dev *dev, int wait __rte_unused)
{
	pcap_link_refresh(dev);
	return 0;
}

/* Captures are promiscuous already; the other modes filter nothing. */
static int
eth_mode_ok(struct rte_eth_dev *dev __rte_unused)
{
	return 0;
}

static int
eth_mtu_set(struct rte_eth_dev *dev __rte_unused, uint16_t mtu __rte_unused)
{
	return 0;	/* frames up to the snapshot length pass either way */
}

static int
eth_mac_addr_set(struct rte_eth_dev *dev __rte_unused,
		 struct rte_ether_addr *addr __rte_unused)
{
	return 0;
}

static const struct eth_dev_ops pcap_ops = {
	.dev_configure = eth_dev_configure,
	.dev_start = eth_dev_start,
	.dev_stop = eth_dev_stop,
	.dev_close = eth_dev_close,
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
	.mtu_set = eth_mtu_set,
	.mac_addr_set = eth_mac_addr_set,
};

/* Open every file and interface of the devargs; 0 or negative errno. */
static int
pcap_open_all(struct pcap_internals *in)
{
	struct pcap_devargs *a = &in->args;
	unsigned int i;
	int ret = 0;

	for (i = 0; i < a->nb_rx && ret == 0; i++) {
		struct pcap_rx_queue *q = &in->rxq[i];

		q->spec = &a->rx[i];
		q->ts_mult = 1;
		if (q->spec->kind == PCAP_Q_FILE) {
			q->ended = true;	/* until dev_start opens the file */
			ret = pcap_check_rx_file(q->spec->name,
					a->infinite_rx ? &in->replay[i] : NULL);
			if (ret == 0 && a->infinite_rx)
				q->replay = &in->replay[i];
		} else if (q->spec->kind == PCAP_Q_IFACE) {
			ret = pcap_open_iface(q->spec->name, true,
					      q->spec->in_only, &q->pcap);
			if (ret == 0)
				q->ts_mult = pcap_ts_multiplier(q->pcap);
		}
	}
	for (i = 0; i < a->nb_tx && ret == 0; i++) {
		struct pcap_tx_queue *q = &in->txq[i];

		q->spec = &a->tx[i];
		q->gather = malloc(PCAP_PMD_SNAPLEN);
		if (q->gather == NULL)
			ret = -ENOMEM;
		else if (q->spec->kind == PCAP_Q_FILE)
			ret = pcap_open_tx_file(q->spec->name, &q->pcap,
						&q->dumper, &q->iobuf);
		else if (q->spec->kind == PCAP_Q_IFACE)
			ret = pcap_open_iface(q->spec->name, false, false,
					      &q->pcap);
	}
	return ret;
}

/* 02:'p':'c':'a':'p':N as DPDK's net_pcap, unless phy_mac asks otherwise. */
static int
pcap_port_mac(struct pcap_internals *in, const char *devname)
{
	static uint8_t next_id;
	int ret;

	if (in->args.phy_mac) {
		ret = pcap_iface_mac(in->args.link_iface, &in->mac);
		if (ret != 0)
			PCAP_LOG(ERR, "%s: phy_mac=1: cannot read the MAC address of '%s': %s",
				 devname, in->args.link_iface, strerror(-ret));
		return ret;
	}
	in->mac = (struct rte_ether_addr){ .addr_bytes = { 0x02, 'p', 'c', 'a', 'p',
		__atomic_fetch_add(&next_id, 1, __ATOMIC_RELAXED) } };
	return 0;
}

static int
pcap_probe(struct rte_vdev_device *dev)
{
	const char *name = rte_vdev_device_name(dev);
	struct pcap_internals *in;
	struct rte_eth_dev *eth_dev;
	int ret;

	PCAP_LOG(INFO, "initializing %s", name);
	/* every rx frame carries its capture time in this dynamic field */
	if (rte_mbuf_dyn_rx_timestamp_register(&pcap_ts_offset, &pcap_ts_flag) < 0) {
		PCAP_LOG(ERR, "%s: cannot register the mbuf rx timestamp field", name);
		return -ENOMEM;
	}
	eth_dev = rte_eth_vdev_allocate(dev, sizeof(*in));
	if (eth_dev == NULL) {
		PCAP_LOG(ERR, "%s: cannot allocate an ethdev port (is the name in use, or are all %d ports taken?)",
			 name, RTE_MAX_ETHPORTS);
		return -ENOSPC;
	}
	in = eth_dev->data->dev_private;
	ret = pcap_parse_devargs(name, rte_vdev_device_args(dev), &in->args);
	if (ret == 0)
		ret = pcap_open_all(in);
	if (ret == 0)
		ret = pcap_port_mac(in, name);
	if (ret != 0) {
		pcap_release(in);
		rte_eth_dev_release_port(eth_dev);
		return ret;
	}
	eth_dev->data->mac_addrs = &in->mac;
	eth_dev->data->dev_link = (struct rte_eth_link){
		.link_speed = RTE_ETH_SPEED_NUM_10G,
		.link_duplex = RTE_ETH_LINK_FULL_DUPLEX,
		.link_status = RTE_ETH_LINK_DOWN,
		.link_autoneg = RTE_ETH_LINK_FIXED,
	};
	eth_dev->data->promiscuous = 1;
	eth_dev->data->all_multicast = 1;
	eth_dev->data->dev_flags |= RTE_ETH_DEV_AUTOFILL_QUEUE_XSTATS;
	eth_dev->dev_ops = &pcap_ops;
	if (in->args.rx[0].kind == PCAP_Q_NONE)
		eth_dev->rx_pkt_burst = pcap_rx_none;
	else if (in->args.infinite_rx)
		eth_dev->rx_pkt_burst = pcap_rx_replay;
	else
		eth_dev->rx_pkt_burst = pcap_rx_handle;
	eth_dev->tx_pkt_burst = pcap_tx_burst;
	pcap_link_refresh(eth_dev);
	rte_eth_dev_probing_finish(eth_dev);
	return 0;
}

static int
pcap_remove(struct rte_vdev_device *dev)
{
	return rte_eth_dev_remove_stop_close(&dev->device);
}

static struct rte_vdev_driver pmd_pcap_drv = {
	.probe = pcap_probe,
	.remove = pcap_remove,
};

RTE_PMD_REGISTER_VDEV(net_pcap, pmd_pcap_drv);
RTE_PMD_REGISTER_ALIAS(net_pcap, eth_pcap);
RTE_PMD_REGISTER_PARAM_STRING(net_pcap,
	"rx_pcap=<file> tx_pcap=<file> rx_iface=<ifname> rx_iface_in=<ifname> "
	"tx_iface=<ifname> iface=<ifname> infinite_rx=<0|1> phy_mac=<0|1>");
