/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Tx buffering helpers (the inline part is in rte_ethdev.h).
 */
#include <rte_mbuf.h>

#include "ethdev_private.h"

void
rte_eth_tx_buffer_drop_callback(struct rte_mbuf **pkts, uint16_t unsent,
		__rte_unused void *userdata)
{
	uint16_t i;

	for (i = 0; i < unsent; i++)
		rte_pktmbuf_free(pkts[i]);
}

void
rte_eth_tx_buffer_count_callback(struct rte_mbuf **pkts, uint16_t unsent,
		void *userdata)
{
	uint64_t *count = userdata;

	rte_eth_tx_buffer_drop_callback(pkts, unsent, NULL);
	*count += unsent;
}

int
rte_eth_tx_buffer_set_err_callback(struct rte_eth_dev_tx_buffer *buffer,
		buffer_tx_error_fn cbfn, void *userdata)
{
	ETH_ARG_OR_RET(buffer != NULL && cbfn != NULL, -EINVAL,
		"NULL tx buffer or callback\n");
	buffer->error_callback = cbfn;
	buffer->error_userdata = userdata;
	return 0;
}

int
rte_eth_tx_buffer_init(struct rte_eth_dev_tx_buffer *buffer, uint16_t size)
{
	ETH_ARG_OR_RET(buffer != NULL, -EINVAL, "tx buffer is NULL\n");
	ETH_ARG_OR_RET(size != 0, -EINVAL,
		"tx buffer size must be at least 1 packet\n");
	buffer->size = size;
	buffer->length = 0;
	if (buffer->error_callback == NULL)
		return rte_eth_tx_buffer_set_err_callback(buffer,
			rte_eth_tx_buffer_drop_callback, NULL);
	return 0;
}

int
rte_eth_tx_done_cleanup(uint16_t port_id, uint16_t queue_id, uint32_t free_cnt)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	if (queue_id >= dev->data->nb_tx_queues ||
			dev->data->tx_queues[queue_id] == NULL) {
		RTE_ETHDEV_LOG(ERR, "port %u: Tx queue %u is not set up\n",
			port_id, queue_id);
		return -EINVAL;
	}
	ETH_OP_OR_RET(dev, tx_done_cleanup, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->tx_done_cleanup(
		dev->data->tx_queues[queue_id], free_cnt));
}
