/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Port life cycle: configure, queue setup, start, stop, close, reset, and
 * the device information (rte_eth_dev_info_get) they are checked against.
 *
 * Every limit a request violates is named in the log, with the port and
 * driver ("port 0 (net_pcap): nb_rx_queues=4 > max 1"), since the return
 * value alone (-EINVAL) does not say what to fix.
 */
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>

#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "ethdev_private.h"


/* Release queue qid of the array through the PMD and clear its slot. */
static void
eth_dev_queue_release(struct rte_eth_dev *dev, void **queues, uint16_t qid,
		eth_queue_release_t release)
{
	if (queues[qid] == NULL)
		return;
	if (release != NULL)
		release(dev, qid);
	queues[qid] = NULL;
}

/*
 * Resize the queue array of one direction to nb_queues: the array always
 * has RTE_MAX_QUEUES_PER_PORT slots (a bad queue id on the fast path reads
 * NULL, not past the end); queues beyond the new count are released.
 */
static int
eth_dev_queue_config(struct rte_eth_dev *dev, void ***queues, uint16_t *nb,
		uint16_t nb_queues, eth_queue_release_t release)
{
	uint16_t i;

	if (*queues == NULL && nb_queues != 0) {
		*queues = calloc(RTE_MAX_QUEUES_PER_PORT, sizeof(void *));
		if (*queues == NULL) {
			*nb = 0;
			return -ENOMEM;
		}
	} else if (*queues != NULL) {
		for (i = nb_queues; i < *nb; i++)
			eth_dev_queue_release(dev, *queues, i, release);
		if (nb_queues == 0) {
			free(*queues);
			*queues = NULL;
		}
	}
	*nb = nb_queues;
	return 0;
}

int
eth_dev_rx_queue_config(struct rte_eth_dev *dev, uint16_t nb_queues)
{
	return eth_dev_queue_config(dev, &dev->data->rx_queues,
		&dev->data->nb_rx_queues, nb_queues,
		dev->dev_ops ? dev->dev_ops->rx_queue_release : NULL);
}

int
eth_dev_tx_queue_config(struct rte_eth_dev *dev, uint16_t nb_queues)
{
	return eth_dev_queue_config(dev, &dev->data->tx_queues,
		&dev->data->nb_tx_queues, nb_queues,
		dev->dev_ops ? dev->dev_ops->tx_queue_release : NULL);
}

void
rte_eth_dev_internal_reset(struct rte_eth_dev *dev)
{
	if (dev->data->dev_started) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "cannot reset a started port\n",
			PORT_ARGS(dev));
		return;
	}
	eth_dev_rx_queue_config(dev, 0);
	eth_dev_tx_queue_config(dev, 0);
	memset(&dev->data->dev_conf, 0, sizeof(dev->data->dev_conf));
	dev->data->dev_configured = 0;
}

int
rte_eth_dev_info_get(uint16_t port_id, struct rte_eth_dev_info *dev_info)
{
	const struct rte_eth_desc_lim lim = {
		.nb_max = UINT16_MAX, .nb_min = 0, .nb_align = 1,
		.nb_seg_max = UINT16_MAX, .nb_mtu_seg_max = UINT16_MAX,
	};
	struct rte_eth_dev *dev;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(dev_info != NULL, -EINVAL,
		"port %u: dev_info pointer is NULL\n", port_id);
	dev = &rte_eth_devices[port_id];
	/* Generic defaults a PMD overrides with what it really supports. */
	memset(dev_info, 0, sizeof(*dev_info));
	dev_info->rx_desc_lim = lim;
	dev_info->tx_desc_lim = lim;
	dev_info->device = dev->device;
	/* as DPDK: the payload of a minimum-size frame */
	dev_info->min_mtu = RTE_ETHER_MIN_LEN - RTE_ETHER_HDR_LEN - RTE_ETHER_CRC_LEN;
	dev_info->max_mtu = UINT16_MAX;
	dev_info->max_rx_pktlen = RTE_ETHER_MAX_LEN;
	dev_info->switch_info.domain_id = RTE_ETH_DEV_SWITCH_DOMAIN_ID_INVALID;
	ETH_OP_OR_RET(dev, dev_infos_get, -ENOTSUP);
	ret = dev->dev_ops->dev_infos_get(dev, dev_info);
	if (ret != 0) {
		memset(dev_info, 0, sizeof(*dev_info));
		return eth_err(port_id, ret);
	}
	/* Queue counts cannot exceed what ethdev can index. */
	dev_info->max_rx_queues = RTE_MIN(dev_info->max_rx_queues,
		(uint16_t)RTE_MAX_QUEUES_PER_PORT);
	dev_info->max_tx_queues = RTE_MIN(dev_info->max_tx_queues,
		(uint16_t)RTE_MAX_QUEUES_PER_PORT);
	dev_info->driver_name = eth_dev_driver_name(dev);
	dev_info->nb_rx_queues = dev->data->nb_rx_queues;
	dev_info->nb_tx_queues = dev->data->nb_tx_queues;
	dev_info->dev_flags = &dev->data->dev_flags;
	return 0;
}

int
rte_eth_dev_conf_get(uint16_t port_id, struct rte_eth_conf *dev_conf)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(dev_conf != NULL, -EINVAL,
		"port %u: dev_conf pointer is NULL\n", port_id);
	*dev_conf = rte_eth_devices[port_id].data->dev_conf;
	return 0;
}

/* Frame overhead over the MTU: what max_rx_pktlen adds to max_mtu. */
static uint32_t
eth_dev_overhead(const struct rte_eth_dev_info *info)
{
	if (info->max_mtu != UINT16_MAX && info->max_rx_pktlen > info->max_mtu)
		return info->max_rx_pktlen - info->max_mtu;
	return RTE_ETHER_HDR_LEN + RTE_ETHER_CRC_LEN;
}

int
eth_dev_check_mtu(const struct rte_eth_dev *dev,
		const struct rte_eth_dev_info *info, uint32_t mtu)
{
	uint32_t frame = mtu + eth_dev_overhead(info);

	if (mtu < info->min_mtu) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "MTU %u < min %u\n",
			PORT_ARGS(dev), mtu, info->min_mtu);
		return -EINVAL;
	}
	if (mtu > info->max_mtu) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "MTU %u > max %u\n",
			PORT_ARGS(dev), mtu, info->max_mtu);
		return -EINVAL;
	}
	if (frame > info->max_rx_pktlen) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "MTU %u gives %u-byte frames > "
			"max_rx_pktlen %u\n", PORT_ARGS(dev), mtu, frame,
			info->max_rx_pktlen);
		return -EINVAL;
	}
	return 0;
}

int
eth_dev_check_offloads(const struct rte_eth_dev *dev, const char *what,
		uint64_t offloads, uint64_t capa,
		const char *(*name_of)(uint64_t))
{
	char bad[256], ok[512];

	if ((offloads & ~capa) == 0)
		return 0;
	eth_dev_offload_names(bad, sizeof(bad), offloads & ~capa, name_of);
	eth_dev_offload_names(ok, sizeof(ok), capa, name_of);
	RTE_ETHDEV_LOG(ERR, PORT_FMT "requested %s %s not supported "
		"(supported: %s)\n", PORT_ARGS(dev), what, bad, ok);
	return -EINVAL;
}

static int
eth_dev_check_queue_counts(const struct rte_eth_dev *dev,
		const struct rte_eth_dev_info *info, uint16_t nb_rxq,
		uint16_t nb_txq)
{
	if (nb_rxq > info->max_rx_queues) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "nb_rx_queues=%u > max %u\n",
			PORT_ARGS(dev), nb_rxq, info->max_rx_queues);
		return -EINVAL;
	}
	if (nb_txq > info->max_tx_queues) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "nb_tx_queues=%u > max %u\n",
			PORT_ARGS(dev), nb_txq, info->max_tx_queues);
		return -EINVAL;
	}
	return 0;
}

static int
eth_dev_check_rss(const struct rte_eth_dev *dev,
		const struct rte_eth_dev_info *info, struct rte_eth_conf *conf)
{
	struct rte_eth_rss_conf *rss = &conf->rx_adv_conf.rss_conf;
	uint64_t hf = rte_eth_rss_hf_refine(rss->rss_hf);

	if ((hf & ~info->flow_type_rss_offloads) != 0) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "rss_hf 0x%" PRIx64 " asks for hash "
			"types 0x%" PRIx64 " not supported (supported: 0x%" PRIx64 ")\n",
			PORT_ARGS(dev), rss->rss_hf,
			hf & ~info->flow_type_rss_offloads,
			info->flow_type_rss_offloads);
		return -EINVAL;
	}
	if (rss->rss_key != NULL && info->hash_key_size != 0 &&
			rss->rss_key_len != info->hash_key_size) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "rss_key_len=%u, the port needs %u\n",
			PORT_ARGS(dev), rss->rss_key_len, info->hash_key_size);
		return -EINVAL;
	}
	if (!(conf->rxmode.mq_mode & RTE_ETH_MQ_RX_RSS_FLAG) &&
			(conf->rxmode.offloads & RTE_ETH_RX_OFFLOAD_RSS_HASH)) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "Rx offload RSS_HASH needs "
			"rxmode.mq_mode RTE_ETH_MQ_RX_RSS\n", PORT_ARGS(dev));
		return -EINVAL;
	}
	rss->rss_hf = hf;
	return 0;
}

static int
eth_dev_check_intr(const struct rte_eth_dev *dev, const struct rte_eth_conf *conf)
{
	if (conf->intr_conf.lsc && !(dev->data->dev_flags & RTE_ETH_DEV_INTR_LSC)) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "link state interrupt (intr_conf.lsc) "
			"not supported\n", PORT_ARGS(dev));
		return -EINVAL;
	}
	if (conf->intr_conf.rmv && !(dev->data->dev_flags & RTE_ETH_DEV_INTR_RMV)) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "removal interrupt (intr_conf.rmv) "
			"not supported\n", PORT_ARGS(dev));
		return -EINVAL;
	}
	return 0;
}

/* Every check of rte_eth_dev_configure; fills conf->rxmode.mtu. */
static int
eth_dev_check_conf(struct rte_eth_dev *dev, const struct rte_eth_dev_info *info,
		uint16_t nb_rxq, uint16_t nb_txq, struct rte_eth_conf *conf)
{
	int ret;

	ret = eth_dev_check_queue_counts(dev, info, nb_rxq, nb_txq);
	if (ret == 0) {
		if (conf->rxmode.mtu == 0)
			conf->rxmode.mtu = RTE_MIN((uint32_t)RTE_ETHER_MTU,
				(uint32_t)info->max_mtu);
		ret = eth_dev_check_mtu(dev, info, conf->rxmode.mtu);
	}
	if (ret == 0)
		ret = eth_dev_check_offloads(dev, "rx offload",
			conf->rxmode.offloads, info->rx_offload_capa,
			rte_eth_dev_rx_offload_name);
	if (ret == 0)
		ret = eth_dev_check_offloads(dev, "tx offload",
			conf->txmode.offloads, info->tx_offload_capa,
			rte_eth_dev_tx_offload_name);
	if (ret == 0)
		ret = eth_dev_check_rss(dev, info, conf);
	if (ret == 0)
		ret = eth_dev_check_intr(dev, conf);
	if (ret == 0 && (conf->rxmode.offloads & RTE_ETH_RX_OFFLOAD_TCP_LRO)) {
		if (conf->rxmode.max_lro_pkt_size == 0)
			conf->rxmode.max_lro_pkt_size = info->max_rx_pktlen;
		if (info->max_lro_pkt_size != 0 &&
				conf->rxmode.max_lro_pkt_size > info->max_lro_pkt_size) {
			RTE_ETHDEV_LOG(ERR, PORT_FMT "max_lro_pkt_size=%u > max %u\n",
				PORT_ARGS(dev), conf->rxmode.max_lro_pkt_size,
				info->max_lro_pkt_size);
			ret = -EINVAL;
		}
	}
	return ret;
}

int
rte_eth_dev_configure(uint16_t port_id, uint16_t nb_rx_q, uint16_t nb_tx_q,
		const struct rte_eth_conf *dev_conf)
{
	struct rte_eth_conf conf, orig;
	struct rte_eth_dev_info info;
	struct rte_eth_dev *dev;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(dev_conf != NULL, -EINVAL,
		"port %u: dev_conf is NULL (pass a zeroed struct rte_eth_conf "
		"for defaults)\n", port_id);
	dev = &rte_eth_devices[port_id];
	ETH_OP_OR_RET(dev, dev_configure, -ENOTSUP);
	if (dev->data->dev_started) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "must be stopped to be configured "
			"(call rte_eth_dev_stop first)\n", PORT_ARGS(dev));
		return -EBUSY;
	}
	ret = rte_eth_dev_info_get(port_id, &info);
	if (ret != 0)
		return ret;
	if (nb_rx_q == 0 && nb_tx_q == 0) {
		nb_rx_q = info.default_rxportconf.nb_queues ?
			info.default_rxportconf.nb_queues :
			RTE_ETH_DEV_FALLBACK_RX_NBQUEUES;
		nb_tx_q = info.default_txportconf.nb_queues ?
			info.default_txportconf.nb_queues :
			RTE_ETH_DEV_FALLBACK_TX_NBQUEUES;
	}
	conf = *dev_conf;
	ret = eth_dev_check_conf(dev, &info, nb_rx_q, nb_tx_q, &conf);
	if (ret != 0)
		return ret;

	orig = dev->data->dev_conf;
	dev->data->dev_conf = conf;
	ret = eth_dev_rx_queue_config(dev, nb_rx_q);
	if (ret == 0)
		ret = eth_dev_tx_queue_config(dev, nb_tx_q);
	if (ret != 0) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "cannot allocate queue arrays\n",
			PORT_ARGS(dev));
		goto rollback;
	}
	dev->data->mtu = (uint16_t)conf.rxmode.mtu;
	ret = dev->dev_ops->dev_configure(dev);
	if (ret != 0) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "driver configure failed: %d (%s)\n",
			PORT_ARGS(dev), ret, strerror(-ret));
		goto rollback;
	}
	dev->data->dev_configured = 1;
	return 0;

rollback:
	eth_dev_rx_queue_config(dev, 0);
	eth_dev_tx_queue_config(dev, 0);
	dev->data->dev_conf = orig;
	dev->data->dev_configured = 0;
	return eth_err(port_id, ret);
}

/* Round a ring size up to the alignment, into [nb_min, nb_max]. */
static uint16_t
eth_dev_adjust_nb_desc(uint16_t nb, const struct rte_eth_desc_lim *l)
{
	uint32_t align = l->nb_align ? l->nb_align : 1;
	uint32_t max = l->nb_max - l->nb_max % align;	/* largest aligned */
	uint32_t n = RTE_ALIGN_CEIL((uint32_t)nb, align);	/* no uint16 wrap */

	n = RTE_MIN(n, max);
	return (uint16_t)RTE_MAX(n, (uint32_t)l->nb_min);
}

/* Descriptor count against the ring limits; 0 picks the default. */
static int
eth_dev_check_nb_desc(const struct rte_eth_dev *dev, const char *dir,
		uint16_t *nb_desc, const struct rte_eth_desc_lim *lim,
		const struct rte_eth_dev_portconf *pref, uint16_t fallback)
{
	if (*nb_desc == 0)
		*nb_desc = eth_dev_adjust_nb_desc(pref->ring_size ?
			pref->ring_size : fallback, lim);
	if (*nb_desc > lim->nb_max || *nb_desc < lim->nb_min ||
			(lim->nb_align != 0 && *nb_desc % lim->nb_align != 0)) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "nb_%s_desc=%u invalid: must be in "
			"[%u, %u] and a multiple of %u (rte_eth_dev_adjust_nb_rx_tx_desc "
			"rounds it)\n", PORT_ARGS(dev), dir, *nb_desc, lim->nb_min,
			lim->nb_max, lim->nb_align);
		return -EINVAL;
	}
	return 0;
}

/* A queue can be set up when the port is stopped, or at run time if the
 * PMD says so and the queue itself is stopped. */
static int
eth_dev_check_queue_runtime(const struct rte_eth_dev *dev, int is_rx,
		uint16_t qid, uint64_t capa)
{
	const char *dir = is_rx ? "Rx" : "Tx";
	uint8_t state = is_rx ? dev->data->rx_queue_state[qid] :
		dev->data->tx_queue_state[qid];

	if (!dev->data->dev_started)
		return 0;
	if (!(capa & (is_rx ? RTE_ETH_DEV_CAPA_RUNTIME_RX_QUEUE_SETUP :
			RTE_ETH_DEV_CAPA_RUNTIME_TX_QUEUE_SETUP))) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "port is started and the driver "
			"cannot set up %s queues at run time (stop it first)\n",
			PORT_ARGS(dev), dir);
		return -EBUSY;
	}
	if (state != RTE_ETH_QUEUE_STATE_STOPPED) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "%s queue %u must be stopped first\n",
			PORT_ARGS(dev), dir, qid);
		return -EBUSY;
	}
	return 0;
}

/* The pool must be a pktmbuf pool whose buffers hold what the PMD needs. */
static int
eth_dev_check_rx_pool(const struct rte_eth_dev *dev,
		const struct rte_eth_dev_info *info, struct rte_mempool *mp)
{
	uint32_t room;

	if (mp == NULL) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "Rx mempool is NULL\n", PORT_ARGS(dev));
		return -EINVAL;
	}
	if (mp->private_data_size < sizeof(struct rte_pktmbuf_pool_private)) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "mempool %s is not a pktmbuf pool "
			"(create it with rte_pktmbuf_pool_create)\n",
			PORT_ARGS(dev), mp->name);
		return -ENOSPC;
	}
	room = rte_pktmbuf_data_room_size(mp);
	if (room < info->min_rx_bufsize + RTE_PKTMBUF_HEADROOM) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "mempool %s data room %u < %u "
			"(RTE_PKTMBUF_HEADROOM %u + min_rx_bufsize %u)\n",
			PORT_ARGS(dev), mp->name, room,
			RTE_PKTMBUF_HEADROOM + info->min_rx_bufsize,
			RTE_PKTMBUF_HEADROOM, info->min_rx_bufsize);
		return -EINVAL;
	}
	return 0;
}

static int
eth_dev_check_rxconf(const struct rte_eth_dev *dev,
		const struct rte_eth_dev_info *info, uint16_t nb_desc,
		struct rte_eth_rxconf *conf)
{
	if (conf->rx_nseg != 0 || conf->rx_seg != NULL ||
			conf->rx_nmempool != 0 || conf->share_group != 0) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "buffer split, multiple Rx mempools "
			"and shared Rx queues are not supported\n", PORT_ARGS(dev));
		return -ENOTSUP;
	}
	if (conf->rx_free_thresh >= nb_desc) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "rx_free_thresh=%u must be < "
			"nb_rx_desc=%u\n", PORT_ARGS(dev), conf->rx_free_thresh,
			nb_desc);
		return -EINVAL;
	}
	/* Port-level offloads apply to every queue; the rest are per queue. */
	conf->offloads &= ~dev->data->dev_conf.rxmode.offloads;
	return eth_dev_check_offloads(dev, "per-queue rx offload",
		conf->offloads, info->rx_queue_offload_capa,
		rte_eth_dev_rx_offload_name);
}

int
rte_eth_rx_queue_setup(uint16_t port_id, uint16_t rx_queue_id,
		uint16_t nb_rx_desc, unsigned int socket_id,
		const struct rte_eth_rxconf *rx_conf, struct rte_mempool *mp)
{
	struct rte_eth_dev_info info;
	struct rte_eth_rxconf conf;
	struct rte_eth_dev *dev;
	uint32_t room;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	if (rx_queue_id >= dev->data->nb_rx_queues) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "invalid rx_queue_id=%u (%u Rx queues "
			"configured)\n", PORT_ARGS(dev), rx_queue_id,
			dev->data->nb_rx_queues);
		return -EINVAL;
	}
	ETH_OP_OR_RET(dev, rx_queue_setup, -ENOTSUP);
	ret = rte_eth_dev_info_get(port_id, &info);
	if (ret != 0)
		return ret;
	ret = eth_dev_check_rx_pool(dev, &info, mp);
	if (ret == 0)
		ret = eth_dev_check_nb_desc(dev, "rx", &nb_rx_desc,
			&info.rx_desc_lim, &info.default_rxportconf,
			RTE_ETH_DEV_FALLBACK_RX_RINGSIZE);
	if (ret == 0)
		ret = eth_dev_check_queue_runtime(dev, 1, rx_queue_id,
			info.dev_capa);
	if (ret != 0)
		return ret;
	conf = rx_conf != NULL ? *rx_conf : info.default_rxconf;
	ret = eth_dev_check_rxconf(dev, &info, nb_rx_desc, &conf);
	if (ret != 0)
		return ret;

	eth_dev_queue_release(dev, dev->data->rx_queues, rx_queue_id,
		dev->dev_ops->rx_queue_release);
	ret = dev->dev_ops->rx_queue_setup(dev, rx_queue_id, nb_rx_desc,
		socket_id, &conf, mp);
	if (ret != 0)
		return eth_err(port_id, ret);
	room = rte_pktmbuf_data_room_size(mp) - RTE_PKTMBUF_HEADROOM;
	if (dev->data->min_rx_buf_size == 0 || dev->data->min_rx_buf_size > room)
		dev->data->min_rx_buf_size = room;
	return 0;
}

static int
eth_dev_check_txconf(const struct rte_eth_dev *dev,
		const struct rte_eth_dev_info *info, uint16_t nb_desc,
		struct rte_eth_txconf *conf)
{
	if (conf->tx_rs_thresh >= nb_desc) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "tx_rs_thresh=%u must be < "
			"nb_tx_desc=%u\n", PORT_ARGS(dev), conf->tx_rs_thresh, nb_desc);
		return -EINVAL;
	}
	if (conf->tx_free_thresh >= nb_desc) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "tx_free_thresh=%u must be < "
			"nb_tx_desc=%u\n", PORT_ARGS(dev), conf->tx_free_thresh,
			nb_desc);
		return -EINVAL;
	}
	conf->offloads &= ~dev->data->dev_conf.txmode.offloads;
	return eth_dev_check_offloads(dev, "per-queue tx offload",
		conf->offloads, info->tx_queue_offload_capa,
		rte_eth_dev_tx_offload_name);
}

int
rte_eth_tx_queue_setup(uint16_t port_id, uint16_t tx_queue_id,
		uint16_t nb_tx_desc, unsigned int socket_id,
		const struct rte_eth_txconf *tx_conf)
{
	struct rte_eth_dev_info info;
	struct rte_eth_txconf conf;
	struct rte_eth_dev *dev;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	if (tx_queue_id >= dev->data->nb_tx_queues) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "invalid tx_queue_id=%u (%u Tx queues "
			"configured)\n", PORT_ARGS(dev), tx_queue_id,
			dev->data->nb_tx_queues);
		return -EINVAL;
	}
	ETH_OP_OR_RET(dev, tx_queue_setup, -ENOTSUP);
	ret = rte_eth_dev_info_get(port_id, &info);
	if (ret != 0)
		return ret;
	ret = eth_dev_check_nb_desc(dev, "tx", &nb_tx_desc, &info.tx_desc_lim,
		&info.default_txportconf, RTE_ETH_DEV_FALLBACK_TX_RINGSIZE);
	if (ret == 0)
		ret = eth_dev_check_queue_runtime(dev, 0, tx_queue_id,
			info.dev_capa);
	if (ret != 0)
		return ret;
	conf = tx_conf != NULL ? *tx_conf : info.default_txconf;
	ret = eth_dev_check_txconf(dev, &info, nb_tx_desc, &conf);
	if (ret != 0)
		return ret;

	eth_dev_queue_release(dev, dev->data->tx_queues, tx_queue_id,
		dev->dev_ops->tx_queue_release);
	return eth_err(port_id, dev->dev_ops->tx_queue_setup(dev, tx_queue_id,
		nb_tx_desc, socket_id, &conf));
}

int
rte_eth_dev_adjust_nb_rx_tx_desc(uint16_t port_id, uint16_t *nb_rx_desc,
		uint16_t *nb_tx_desc)
{
	struct rte_eth_dev_info info;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ret = rte_eth_dev_info_get(port_id, &info);
	if (ret != 0)
		return ret;
	if (nb_rx_desc != NULL)
		*nb_rx_desc = eth_dev_adjust_nb_desc(*nb_rx_desc, &info.rx_desc_lim);
	if (nb_tx_desc != NULL)
		*nb_tx_desc = eth_dev_adjust_nb_desc(*nb_tx_desc, &info.tx_desc_lim);
	return 0;
}

/*
 * Program the MAC table again (a NIC loses it on reset): the default
 * address, then every other one for each VMDq pool it was added to.
 */
static void
eth_dev_mac_restore(struct rte_eth_dev *dev, const struct rte_eth_dev_info *info)
{
	const struct eth_dev_ops *ops = dev->dev_ops;
	struct rte_ether_addr *addrs = dev->data->mac_addrs;
	uint32_t i, pool;

	if (addrs == NULL)
		return;
	if (rte_is_valid_assigned_ether_addr(&addrs[0])) {
		if (ops->mac_addr_set != NULL)
			ops->mac_addr_set(dev, &addrs[0]);
		else if (ops->mac_addr_add != NULL)
			ops->mac_addr_add(dev, &addrs[0], 0, 0);
	}
	if (ops->mac_addr_add == NULL)
		return;
	for (i = 1; i < info->max_mac_addrs; i++) {
		uint64_t pools = dev->data->mac_pool_sel[i];

		if (rte_is_zero_ether_addr(&addrs[i]))
			continue;
		for (pool = 0; pools != 0; pool++, pools >>= 1)
			if (pools & 1)
				ops->mac_addr_add(dev, &addrs[i], i, pool);
	}
}

/* MAC table, promiscuous and all-multicast modes survive stop/start. */
static void
eth_dev_config_restore(struct rte_eth_dev *dev,
		const struct rte_eth_dev_info *info)
{
	const struct eth_dev_ops *ops = dev->dev_ops;

	if (!(dev->data->dev_flags & RTE_ETH_DEV_NOLIVE_MAC_ADDR))
		eth_dev_mac_restore(dev, info);

	if (dev->data->promiscuous && ops->promiscuous_enable != NULL)
		ops->promiscuous_enable(dev);
	else if (!dev->data->promiscuous && ops->promiscuous_disable != NULL)
		ops->promiscuous_disable(dev);
	if (dev->data->all_multicast && ops->allmulticast_enable != NULL)
		ops->allmulticast_enable(dev);
	else if (!dev->data->all_multicast && ops->allmulticast_disable != NULL)
		ops->allmulticast_disable(dev);
}

static int
eth_dev_check_queues_ready(const struct rte_eth_dev *dev)
{
	uint16_t q;

	for (q = 0; q < dev->data->nb_rx_queues; q++)
		if (dev->data->rx_queues[q] == NULL) {
			RTE_ETHDEV_LOG(ERR, PORT_FMT "Rx queue %u is not set up "
				"(call rte_eth_rx_queue_setup)\n", PORT_ARGS(dev), q);
			return -EINVAL;
		}
	for (q = 0; q < dev->data->nb_tx_queues; q++)
		if (dev->data->tx_queues[q] == NULL) {
			RTE_ETHDEV_LOG(ERR, PORT_FMT "Tx queue %u is not set up "
				"(call rte_eth_tx_queue_setup)\n", PORT_ARGS(dev), q);
			return -EINVAL;
		}
	return 0;
}

int
rte_eth_dev_start(uint16_t port_id)
{
	struct rte_eth_dev_info info;
	struct rte_eth_dev *dev;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_OP_OR_RET(dev, dev_start, -ENOTSUP);
	if (!dev->data->dev_configured) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "not configured (call "
			"rte_eth_dev_configure first)\n", PORT_ARGS(dev));
		return -EINVAL;
	}
	if (dev->data->dev_started) {
		RTE_ETHDEV_LOG(INFO, PORT_FMT "already started\n", PORT_ARGS(dev));
		return 0;
	}
	ret = eth_dev_check_queues_ready(dev);
	if (ret == 0)
		ret = rte_eth_dev_info_get(port_id, &info);
	if (ret != 0)
		return ret;
	/* a NIC that cannot change its address live gets it before start */
	if (dev->data->dev_flags & RTE_ETH_DEV_NOLIVE_MAC_ADDR)
		eth_dev_mac_restore(dev, &info);
	ret = dev->dev_ops->dev_start(dev);
	if (ret != 0) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "driver start failed: %d (%s)\n",
			PORT_ARGS(dev), ret, strerror(-ret));
		return eth_err(port_id, ret);
	}
	dev->data->dev_started = 1;
	eth_dev_config_restore(dev, &info);
	if (dev->data->dev_conf.intr_conf.lsc == 0 &&
			dev->dev_ops->link_update != NULL)
		dev->dev_ops->link_update(dev, 0);
	eth_dev_fp_ops_setup(dev);
	return 0;
}

int
rte_eth_dev_stop(uint16_t port_id)
{
	struct rte_eth_dev *dev;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_OP_OR_RET(dev, dev_stop, -ENOTSUP);
	if (!dev->data->dev_started) {
		RTE_ETHDEV_LOG(INFO, PORT_FMT "already stopped\n", PORT_ARGS(dev));
		return 0;
	}
	/* Data path first: bursts now hit the dummies, not the queues. */
	eth_dev_fp_ops_reset(port_id);
	ret = dev->dev_ops->dev_stop(dev);
	if (ret == 0)
		dev->data->dev_started = 0;
	return eth_err(port_id, ret);
}

int
rte_eth_dev_close(uint16_t port_id)
{
	struct rte_eth_dev *dev;
	int firsterr = 0, ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	if (dev->data->dev_started) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "cannot close a started port "
			"(call rte_eth_dev_stop first)\n", PORT_ARGS(dev));
		return -EINVAL;
	}
	ETH_OP_OR_RET(dev, dev_close, -ENOTSUP);
	eth_dev_rx_queue_config(dev, 0);
	eth_dev_tx_queue_config(dev, 0);
	firsterr = dev->dev_ops->dev_close(dev);
	ret = rte_eth_dev_release_port(dev);
	return firsterr != 0 ? firsterr : ret;
}

int
rte_eth_dev_reset(uint16_t port_id)
{
	struct rte_eth_dev *dev;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_OP_OR_RET(dev, dev_reset, -ENOTSUP);
	ret = rte_eth_dev_stop(port_id);
	if (ret != 0)
		RTE_ETHDEV_LOG(ERR, PORT_FMT "stop before reset failed: %d\n",
			PORT_ARGS(dev), ret);
	return eth_err(port_id, dev->dev_ops->dev_reset(dev));
}
