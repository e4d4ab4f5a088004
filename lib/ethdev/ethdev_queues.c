/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Per-queue control of a started port (deferred start, stop) and the
 * queue information queries (setup, burst function).
 */
#include <string.h>

#include "ethdev_private.h"

/* --- per-queue start/stop --------------------------------------------- */

/* 0 if queue qid of the given direction is set up, else a log line naming
 * it and -EINVAL. */
static int
eth_queue_check_setup(struct rte_eth_dev *dev, uint16_t qid, int is_rx)
{
	uint16_t nb = is_rx ? dev->data->nb_rx_queues : dev->data->nb_tx_queues;
	void **queues = is_rx ? dev->data->rx_queues : dev->data->tx_queues;

	if (qid < nb && queues[qid] != NULL)
		return 0;
	RTE_ETHDEV_LOG(ERR, PORT_FMT "%s queue %u is not set up (%u configured)\n",
		PORT_ARGS(dev), is_rx ? "Rx" : "Tx", qid, nb);
	return -EINVAL;
}

static int
eth_queue_op(uint16_t port_id, uint16_t qid, int is_rx, int start)
{
	struct rte_eth_dev *dev;
	eth_queue_start_t op;
	uint8_t *state;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	if (eth_queue_check_setup(dev, qid, is_rx) != 0)
		return -EINVAL;
	if (!dev->data->dev_started) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "port must be started to %s a "
			"queue\n", PORT_ARGS(dev), start ? "start" : "stop");
		return -EINVAL;
	}
	if (dev->dev_ops == NULL)
		return -ENOTSUP;
	op = is_rx ? (start ? dev->dev_ops->rx_queue_start : dev->dev_ops->rx_queue_stop) :
		(start ? dev->dev_ops->tx_queue_start : dev->dev_ops->tx_queue_stop);
	if (op == NULL) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "driver cannot %s %s queues\n",
			PORT_ARGS(dev), start ? "start" : "stop", is_rx ? "Rx" : "Tx");
		return -ENOTSUP;
	}
	state = is_rx ? &dev->data->rx_queue_state[qid] : &dev->data->tx_queue_state[qid];
	if (*state == (start ? RTE_ETH_QUEUE_STATE_STARTED : RTE_ETH_QUEUE_STATE_STOPPED)) {
		RTE_ETHDEV_LOG(INFO, PORT_FMT "%s queue %u already %s\n",
			PORT_ARGS(dev), is_rx ? "Rx" : "Tx", qid,
			start ? "started" : "stopped");
		return 0;
	}
	return eth_err(port_id, op(dev, qid));
}

int
rte_eth_dev_rx_queue_start(uint16_t port_id, uint16_t rx_queue_id)
{
	return eth_queue_op(port_id, rx_queue_id, 1, 1);
}

int
rte_eth_dev_rx_queue_stop(uint16_t port_id, uint16_t rx_queue_id)
{
	return eth_queue_op(port_id, rx_queue_id, 1, 0);
}

int
rte_eth_dev_tx_queue_start(uint16_t port_id, uint16_t tx_queue_id)
{
	return eth_queue_op(port_id, tx_queue_id, 0, 1);
}

int
rte_eth_dev_tx_queue_stop(uint16_t port_id, uint16_t tx_queue_id)
{
	return eth_queue_op(port_id, tx_queue_id, 0, 0);
}

/* --- queue information -------------------------------------------------- */

int
rte_eth_rx_queue_info_get(uint16_t port_id, uint16_t queue_id,
		struct rte_eth_rxq_info *qinfo)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_ARG_OR_RET(qinfo != NULL, -EINVAL, "port %u: qinfo is NULL\n", port_id);
	if (eth_queue_check_setup(dev, queue_id, 1) != 0)
		return -EINVAL;
	ETH_OP_OR_RET(dev, rxq_info_get, -ENOTSUP);
	memset(qinfo, 0, sizeof(*qinfo));
	dev->dev_ops->rxq_info_get(dev, queue_id, qinfo);
	qinfo->queue_state = dev->data->rx_queue_state[queue_id];
	return 0;
}

int
rte_eth_tx_queue_info_get(uint16_t port_id, uint16_t queue_id,
		struct rte_eth_txq_info *qinfo)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_ARG_OR_RET(qinfo != NULL, -EINVAL, "port %u: qinfo is NULL\n", port_id);
	if (eth_queue_check_setup(dev, queue_id, 0) != 0)
		return -EINVAL;
	ETH_OP_OR_RET(dev, txq_info_get, -ENOTSUP);
	memset(qinfo, 0, sizeof(*qinfo));
	dev->dev_ops->txq_info_get(dev, queue_id, qinfo);
	qinfo->queue_state = dev->data->tx_queue_state[queue_id];
	return 0;
}

static int
eth_burst_mode_get(uint16_t port_id, uint16_t queue_id,
		struct rte_eth_burst_mode *mode, int is_rx)
{
	struct rte_eth_dev *dev;
	eth_burst_mode_get_t op;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_ARG_OR_RET(mode != NULL, -EINVAL, "port %u: mode is NULL\n", port_id);
	if (queue_id >= (is_rx ? dev->data->nb_rx_queues : dev->data->nb_tx_queues)) {
		RTE_ETHDEV_LOG(ERR, PORT_FMT "invalid queue_id=%u\n",
			PORT_ARGS(dev), queue_id);
		return -EINVAL;
	}
	op = dev->dev_ops == NULL ? NULL : is_rx ?
		dev->dev_ops->rx_burst_mode_get : dev->dev_ops->tx_burst_mode_get;
	if (op == NULL)
		return -ENOTSUP;
	memset(mode, 0, sizeof(*mode));
	return eth_err(port_id, op(dev, queue_id, mode));
}

int
rte_eth_rx_burst_mode_get(uint16_t port_id, uint16_t queue_id,
		struct rte_eth_burst_mode *mode)
{
	return eth_burst_mode_get(port_id, queue_id, mode, 1);
}

int
rte_eth_tx_burst_mode_get(uint16_t port_id, uint16_t queue_id,
		struct rte_eth_burst_mode *mode)
{
	return eth_burst_mode_get(port_id, queue_id, mode, 0);
}
