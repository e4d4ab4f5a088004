/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * RSS hash configuration, redirection table and flow control (pause
 * frames, IEEE 802.3 annex 31B).
 */
#include <string.h>
#include <inttypes.h>

#include "ethdev_private.h"

static int
eth_rss_enabled(const struct rte_eth_dev *dev)
{
	if (dev->data->dev_conf.rxmode.mq_mode & RTE_ETH_MQ_RX_RSS_FLAG)
		return 1;
	RTE_ETHDEV_LOG(ERR, "port %u (%s): RSS is off (configure with "
		"rxmode.mq_mode = RTE_ETH_MQ_RX_RSS)\n", dev->data->port_id,
		eth_dev_driver_name(dev));
	return 0;
}

/* Check the RETA arguments; entries selected by mask must be valid queues. */
static int
eth_reta_check(const struct rte_eth_dev *dev,
		const struct rte_eth_rss_reta_entry64 *reta, uint16_t reta_size,
		uint16_t port_reta_size, int check_queues)
{
	uint16_t i;

	ETH_ARG_OR_RET(reta != NULL, -EINVAL, "port %u: reta_conf is NULL\n",
		dev->data->port_id);
	if (reta_size != port_reta_size) {
		RTE_ETHDEV_LOG(ERR, "port %u (%s): reta_size=%u, the port's RETA "
			"has %u entries\n", dev->data->port_id,
			eth_dev_driver_name(dev), reta_size, port_reta_size);
		return -EINVAL;
	}
	for (i = 0; check_queues && i < reta_size; i++) {
		const struct rte_eth_rss_reta_entry64 *g =
			&reta[i / RTE_ETH_RETA_GROUP_SIZE];
		uint16_t k = i % RTE_ETH_RETA_GROUP_SIZE;

		if ((g->mask & (UINT64_C(1) << k)) &&
				g->reta[k] >= dev->data->nb_rx_queues) {
			RTE_ETHDEV_LOG(ERR, "port %u: RETA entry %u = queue %u >= "
				"%u Rx queues\n", dev->data->port_id, i, g->reta[k],
				dev->data->nb_rx_queues);
			return -EINVAL;
		}
	}
	return 0;
}

static int
eth_reta_op(uint16_t port_id, struct rte_eth_rss_reta_entry64 *reta,
		uint16_t reta_size, int update)
{
	struct rte_eth_dev_info info;
	struct rte_eth_dev *dev;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ret = rte_eth_dev_info_get(port_id, &info);
	if (ret != 0)
		return ret;
	ret = eth_reta_check(dev, reta, reta_size, info.reta_size, update);
	if (ret != 0)
		return ret;
	if (update) {
		if (!eth_rss_enabled(dev))
			return -ENOTSUP;
		ETH_OP_OR_RET(dev, reta_update, -ENOTSUP);
		return eth_err(port_id, dev->dev_ops->reta_update(dev, reta,
			reta_size));
	}
	ETH_OP_OR_RET(dev, reta_query, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->reta_query(dev, reta, reta_size));
}

int
rte_eth_dev_rss_reta_update(uint16_t port_id,
		struct rte_eth_rss_reta_entry64 *reta_conf, uint16_t reta_size)
{
	return eth_reta_op(port_id, reta_conf, reta_size, 1);
}

int
rte_eth_dev_rss_reta_query(uint16_t port_id,
		struct rte_eth_rss_reta_entry64 *reta_conf, uint16_t reta_size)
{
	return eth_reta_op(port_id, reta_conf, reta_size, 0);
}

int
rte_eth_dev_rss_hash_update(uint16_t port_id, struct rte_eth_rss_conf *rss_conf)
{
	struct rte_eth_dev_info info;
	struct rte_eth_dev *dev;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(rss_conf != NULL, -EINVAL, "port %u: rss_conf is NULL\n",
		port_id);
	dev = &rte_eth_devices[port_id];
	ret = rte_eth_dev_info_get(port_id, &info);
	if (ret != 0)
		return ret;
	rss_conf->rss_hf = rte_eth_rss_hf_refine(rss_conf->rss_hf);
	if (rss_conf->rss_hf & ~info.flow_type_rss_offloads) {
		RTE_ETHDEV_LOG(ERR, "port %u (%s): rss_hf 0x%" PRIx64 " has hash "
			"types not supported (supported: 0x%" PRIx64 ")\n", port_id,
			eth_dev_driver_name(dev), rss_conf->rss_hf,
			info.flow_type_rss_offloads);
		return -EINVAL;
	}
	if (!eth_rss_enabled(dev))
		return -ENOTSUP;
	if (rss_conf->rss_key != NULL && info.hash_key_size != 0 &&
			rss_conf->rss_key_len != info.hash_key_size) {
		RTE_ETHDEV_LOG(ERR, "port %u: rss_key_len=%u, the port needs %u\n",
			port_id, rss_conf->rss_key_len, info.hash_key_size);
		return -EINVAL;
	}
	ETH_OP_OR_RET(dev, rss_hash_update, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->rss_hash_update(dev, rss_conf));
}

int
rte_eth_dev_rss_hash_conf_get(uint16_t port_id, struct rte_eth_rss_conf *rss_conf)
{
	struct rte_eth_dev_info info;
	struct rte_eth_dev *dev;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(rss_conf != NULL, -EINVAL, "port %u: rss_conf is NULL\n",
		port_id);
	dev = &rte_eth_devices[port_id];
	ret = rte_eth_dev_info_get(port_id, &info);
	if (ret != 0)
		return ret;
	if (rss_conf->rss_key != NULL && rss_conf->rss_key_len < info.hash_key_size) {
		RTE_ETHDEV_LOG(ERR, "port %u: rss_key_len=%u < key size %u\n",
			port_id, rss_conf->rss_key_len, info.hash_key_size);
		return -EINVAL;
	}
	ETH_OP_OR_RET(dev, rss_hash_conf_get, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->rss_hash_conf_get(dev, rss_conf));
}

int
rte_eth_dev_flow_ctrl_get(uint16_t port_id, struct rte_eth_fc_conf *fc_conf)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(fc_conf != NULL, -EINVAL, "port %u: fc_conf is NULL\n",
		port_id);
	dev = &rte_eth_devices[port_id];
	ETH_OP_OR_RET(dev, flow_ctrl_get, -ENOTSUP);
	memset(fc_conf, 0, sizeof(*fc_conf));
	return eth_err(port_id, dev->dev_ops->flow_ctrl_get(dev, fc_conf));
}

int
rte_eth_dev_flow_ctrl_set(uint16_t port_id, struct rte_eth_fc_conf *fc_conf)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(fc_conf != NULL, -EINVAL, "port %u: fc_conf is NULL\n",
		port_id);
	ETH_ARG_OR_RET(fc_conf->send_xon <= 1, -EINVAL,
		"port %u: send_xon must be 0 or 1\n", port_id);
	ETH_ARG_OR_RET((unsigned int)fc_conf->mode <= RTE_ETH_FC_FULL, -EINVAL,
		"port %u: invalid flow control mode %d\n", port_id,
		(int)fc_conf->mode);
	dev = &rte_eth_devices[port_id];
	ETH_OP_OR_RET(dev, flow_ctrl_set, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->flow_ctrl_set(dev, fc_conf));
}

int
rte_eth_dev_priority_flow_ctrl_set(uint16_t port_id,
		struct rte_eth_pfc_conf *pfc_conf)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(pfc_conf != NULL, -EINVAL, "port %u: pfc_conf is NULL\n",
		port_id);
	ETH_ARG_OR_RET(pfc_conf->priority < RTE_ETH_DCB_NUM_USER_PRIORITIES,
		-EINVAL, "port %u: priority %u >= %d\n", port_id,
		pfc_conf->priority, RTE_ETH_DCB_NUM_USER_PRIORITIES);
	dev = &rte_eth_devices[port_id];
	ETH_OP_OR_RET(dev, priority_flow_ctrl_set, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->priority_flow_ctrl_set(dev, pfc_conf));
}
