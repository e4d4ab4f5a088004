/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Basic and extended statistics. The extended list starts with the basic
 * counters named by ethdev (rx_good_packets, ..., and rx_qN_* / tx_qN_*
 * when the PMD sets RTE_ETH_DEV_AUTOFILL_QUEUE_XSTATS), followed by the
 * PMD's own xstats whose ids are shifted by the number of generic ones.
 */
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>

#include "ethdev_private.h"

int
rte_eth_stats_get(uint16_t port_id, struct rte_eth_stats *stats)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(stats != NULL, -EINVAL, "port %u: stats is NULL\n", port_id);
	dev = &rte_eth_devices[port_id];
	memset(stats, 0, sizeof(*stats));
	ETH_OP_OR_RET(dev, stats_get, -ENOTSUP);
	/* PMDs count their own Rx allocation failures in the port data. */
	stats->rx_nombuf = dev->data->rx_mbuf_alloc_failed;
	return eth_err(port_id, dev->dev_ops->stats_get(dev, stats));
}

int
rte_eth_stats_reset(uint16_t port_id)
{
	struct rte_eth_dev *dev;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_OP_OR_RET(dev, stats_reset, -ENOTSUP);
	ret = dev->dev_ops->stats_reset(dev);
	if (ret != 0)
		return eth_err(port_id, ret);
	dev->data->rx_mbuf_alloc_failed = 0;
	return 0;
}

struct eth_stat_name {
	const char *name;
	size_t offset;
};

static const struct eth_stat_name eth_port_stats[] = {
	{ "rx_good_packets", offsetof(struct rte_eth_stats, ipackets) },
	{ "tx_good_packets", offsetof(struct rte_eth_stats, opackets) },
	{ "rx_good_bytes", offsetof(struct rte_eth_stats, ibytes) },
	{ "tx_good_bytes", offsetof(struct rte_eth_stats, obytes) },
	{ "rx_missed_errors", offsetof(struct rte_eth_stats, imissed) },
	{ "rx_errors", offsetof(struct rte_eth_stats, ierrors) },
	{ "tx_errors", offsetof(struct rte_eth_stats, oerrors) },
	{ "rx_mbuf_allocation_errors", offsetof(struct rte_eth_stats, rx_nombuf) },
};

static const struct eth_stat_name eth_rxq_stats[] = {
	{ "packets", offsetof(struct rte_eth_stats, q_ipackets) },
	{ "bytes", offsetof(struct rte_eth_stats, q_ibytes) },
	{ "errors", offsetof(struct rte_eth_stats, q_errors) },
};

static const struct eth_stat_name eth_txq_stats[] = {
	{ "packets", offsetof(struct rte_eth_stats, q_opackets) },
	{ "bytes", offsetof(struct rte_eth_stats, q_obytes) },
};

/* Queues with generic per-queue xstats (limited by the stats slots). */
static void
eth_xstats_queues(const struct rte_eth_dev *dev, uint16_t *nb_rxq,
		uint16_t *nb_txq)
{
	*nb_rxq = *nb_txq = 0;
	if (!(dev->data->dev_flags & RTE_ETH_DEV_AUTOFILL_QUEUE_XSTATS))
		return;
	*nb_rxq = RTE_MIN(dev->data->nb_rx_queues,
		(uint16_t)RTE_ETHDEV_QUEUE_STAT_CNTRS);
	*nb_txq = RTE_MIN(dev->data->nb_tx_queues,
		(uint16_t)RTE_ETHDEV_QUEUE_STAT_CNTRS);
}

static unsigned int
eth_basic_xstats_count(const struct rte_eth_dev *dev)
{
	uint16_t nb_rxq, nb_txq;

	eth_xstats_queues(dev, &nb_rxq, &nb_txq);
	return RTE_DIM(eth_port_stats) + nb_rxq * RTE_DIM(eth_rxq_stats) +
		nb_txq * RTE_DIM(eth_txq_stats);
}

/* Number of PMD xstats, or a negative errno. */
static int
eth_pmd_xstats_count(struct rte_eth_dev *dev)
{
	if (dev->dev_ops->xstats_get_names != NULL)
		return dev->dev_ops->xstats_get_names(dev, NULL, 0);
	return 0;
}

static int
eth_xstats_count(struct rte_eth_dev *dev)
{
	int n = eth_pmd_xstats_count(dev);

	return n < 0 ? n : n + (int)eth_basic_xstats_count(dev);
}

static void
eth_basic_xstats_names(const struct rte_eth_dev *dev,
		struct rte_eth_xstat_name *names)
{
	uint16_t nb_rxq, nb_txq, q;
	unsigned int i, k = 0;

	eth_xstats_queues(dev, &nb_rxq, &nb_txq);
	for (i = 0; i < RTE_DIM(eth_port_stats); i++)
		snprintf(names[k++].name, RTE_ETH_XSTATS_NAME_SIZE, "%s",
			eth_port_stats[i].name);
	for (q = 0; q < nb_rxq; q++)
		for (i = 0; i < RTE_DIM(eth_rxq_stats); i++)
			snprintf(names[k++].name, RTE_ETH_XSTATS_NAME_SIZE,
				"rx_q%u_%s", q, eth_rxq_stats[i].name);
	for (q = 0; q < nb_txq; q++)
		for (i = 0; i < RTE_DIM(eth_txq_stats); i++)
			snprintf(names[k++].name, RTE_ETH_XSTATS_NAME_SIZE,
				"tx_q%u_%s", q, eth_txq_stats[i].name);
}

static int
eth_basic_xstats_values(uint16_t port_id, const struct rte_eth_dev *dev,
		struct rte_eth_xstat *xs)
{
	struct rte_eth_stats st;
	uint16_t nb_rxq, nb_txq, q;
	unsigned int i, k = 0;
	int ret;

	ret = rte_eth_stats_get(port_id, &st);
	if (ret != 0)
		return ret;
	eth_xstats_queues(dev, &nb_rxq, &nb_txq);
	for (i = 0; i < RTE_DIM(eth_port_stats); i++, k++)
		xs[k].value = *(uint64_t *)((char *)&st + eth_port_stats[i].offset);
	for (q = 0; q < nb_rxq; q++)
		for (i = 0; i < RTE_DIM(eth_rxq_stats); i++, k++)
			xs[k].value = ((uint64_t *)((char *)&st +
				eth_rxq_stats[i].offset))[q];
	for (q = 0; q < nb_txq; q++)
		for (i = 0; i < RTE_DIM(eth_txq_stats); i++, k++)
			xs[k].value = ((uint64_t *)((char *)&st +
				eth_txq_stats[i].offset))[q];
	for (i = 0; i < k; i++)
		xs[i].id = i;
	return 0;
}

int
rte_eth_xstats_get_names(uint16_t port_id,
		struct rte_eth_xstat_name *names, unsigned int size)
{
	struct rte_eth_dev *dev;
	unsigned int basic;
	int total, n;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	total = eth_xstats_count(dev);
	if (total < 0 || names == NULL || size < (unsigned int)total)
		return total;
	basic = eth_basic_xstats_count(dev);
	eth_basic_xstats_names(dev, names);
	if (dev->dev_ops->xstats_get_names == NULL)
		return (int)basic;
	n = dev->dev_ops->xstats_get_names(dev, names + basic, size - basic);
	return n < 0 ? eth_err(port_id, n) : (int)basic + n;
}

int
rte_eth_xstats_get(uint16_t port_id, struct rte_eth_xstat *xstats,
		unsigned int n)
{
	struct rte_eth_dev *dev;
	unsigned int basic, i;
	int total, ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	total = eth_xstats_count(dev);
	if (total < 0 || xstats == NULL || n < (unsigned int)total)
		return total;
	basic = eth_basic_xstats_count(dev);
	ret = eth_basic_xstats_values(port_id, dev, xstats);
	if (ret != 0)
		return ret;
	if (dev->dev_ops->xstats_get == NULL)
		return (int)basic;
	ret = dev->dev_ops->xstats_get(dev, xstats + basic, n - basic);
	if (ret < 0)
		return eth_err(port_id, ret);
	for (i = basic; i < basic + (unsigned int)ret; i++)
		xstats[i].id += basic;
	return (int)basic + ret;
}

/* All names, allocated; *count set. NULL on error (*count = errno). */
static struct rte_eth_xstat_name *
eth_all_names(uint16_t port_id, int *count)
{
	struct rte_eth_xstat_name *names;
	int n = rte_eth_xstats_get_names(port_id, NULL, 0);

	*count = n;
	if (n < 0)
		return NULL;
	names = calloc((size_t)n + 1, sizeof(*names));
	if (names == NULL) {
		*count = -ENOMEM;
		return NULL;
	}
	if (rte_eth_xstats_get_names(port_id, names, (unsigned int)n) != n) {
		free(names);
		*count = -EIO;
		return NULL;
	}
	return names;
}

int
rte_eth_xstats_get_names_by_id(uint16_t port_id,
		struct rte_eth_xstat_name *xstats_names, unsigned int size,
		uint64_t *ids)
{
	struct rte_eth_xstat_name *all;
	unsigned int i;
	int n;

	if (ids == NULL)
		return rte_eth_xstats_get_names(port_id, xstats_names, size);
	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(xstats_names != NULL, -EINVAL,
		"port %u: names array is NULL\n", port_id);
	all = eth_all_names(port_id, &n);
	if (all == NULL)
		return n;
	for (i = 0; i < size; i++) {
		if (ids[i] >= (uint64_t)n) {
			RTE_ETHDEV_LOG(ERR, "port %u: xstat id %" PRIu64
				" out of range (%d xstats)\n", port_id, ids[i], n);
			free(all);
			return -EINVAL;
		}
		xstats_names[i] = all[ids[i]];
	}
	free(all);
	return (int)size;
}

int
rte_eth_xstats_get_by_id(uint16_t port_id, const uint64_t *ids,
		uint64_t *values, unsigned int size)
{
	struct rte_eth_xstat *all;
	unsigned int i;
	int n;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	n = rte_eth_xstats_get(port_id, NULL, 0);
	if (n < 0)
		return n;
	if (ids == NULL && (values == NULL || size < (unsigned int)n))
		return n;
	ETH_ARG_OR_RET(values != NULL, -EINVAL,
		"port %u: values array is NULL\n", port_id);
	all = calloc((size_t)n + 1, sizeof(*all));
	if (all == NULL)
		return -ENOMEM;
	if (rte_eth_xstats_get(port_id, all, (unsigned int)n) != n) {
		free(all);
		return -EIO;
	}
	if (ids == NULL)
		size = (unsigned int)n;
	for (i = 0; i < size; i++) {
		uint64_t id = ids != NULL ? ids[i] : i;

		if (id >= (uint64_t)n) {
			RTE_ETHDEV_LOG(ERR, "port %u: xstat id %" PRIu64
				" out of range (%d xstats)\n", port_id, id, n);
			free(all);
			return -EINVAL;
		}
		values[i] = all[id].value;
	}
	free(all);
	return (int)size;
}

int
rte_eth_xstats_get_id_by_name(uint16_t port_id, const char *xstat_name,
		uint64_t *id)
{
	struct rte_eth_xstat_name *all;
	int i, n;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(xstat_name != NULL && id != NULL, -EINVAL,
		"port %u: NULL xstat name or id pointer\n", port_id);
	all = eth_all_names(port_id, &n);
	if (all == NULL)
		return n;
	for (i = 0; i < n; i++)
		if (strcmp(all[i].name, xstat_name) == 0) {
			*id = (uint64_t)i;
			free(all);
			return 0;
		}
	free(all);
	RTE_ETHDEV_LOG(ERR, "port %u: no xstat named %s\n", port_id, xstat_name);
	return -EINVAL;
}

int
rte_eth_xstats_reset(uint16_t port_id)
{
	struct rte_eth_dev *dev;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	if (dev->dev_ops->xstats_reset != NULL) {
		ret = dev->dev_ops->xstats_reset(dev);
		if (ret != 0)
			return eth_err(port_id, ret);
	}
	/* the generic part of the list comes from the basic counters */
	return rte_eth_stats_reset(port_id);
}

static int
eth_queue_stats_mapping(uint16_t port_id, uint16_t queue_id, uint8_t stat_idx,
		uint8_t is_rx)
{
	struct rte_eth_dev *dev;
	uint16_t nb;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	nb = is_rx ? dev->data->nb_rx_queues : dev->data->nb_tx_queues;
	if (queue_id >= nb) {
		RTE_ETHDEV_LOG(ERR, "port %u: invalid %s queue_id=%u (%u configured)\n",
			port_id, is_rx ? "Rx" : "Tx", queue_id, nb);
		return -EINVAL;
	}
	if (stat_idx >= RTE_ETHDEV_QUEUE_STAT_CNTRS) {
		RTE_ETHDEV_LOG(ERR, "port %u: stat_idx=%u >= %d stats slots\n",
			port_id, stat_idx, RTE_ETHDEV_QUEUE_STAT_CNTRS);
		return -EINVAL;
	}
	ETH_OP_OR_RET(dev, queue_stats_mapping_set, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->queue_stats_mapping_set(dev,
		queue_id, stat_idx, is_rx));
}

int
rte_eth_dev_set_rx_queue_stats_mapping(uint16_t port_id, uint16_t rx_queue_id,
		uint8_t stat_idx)
{
	return eth_queue_stats_mapping(port_id, rx_queue_id, stat_idx, 1);
}

int
rte_eth_dev_set_tx_queue_stats_mapping(uint16_t port_id, uint16_t tx_queue_id,
		uint8_t stat_idx)
{
	return eth_queue_stats_mapping(port_id, tx_queue_id, stat_idx, 0);
}
