/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Rx queue interrupts: enabling them in the PMD and adding their event
 * fds to an epoll set (through the EAL interrupt handle of the port).
 */
#include <rte_interrupts.h>
#include <rte_epoll.h>

#include "ethdev_private.h"

static struct rte_eth_dev *
eth_intr_dev(uint16_t port_id, uint16_t queue_id)
{
	struct rte_eth_dev *dev;

	if (!rte_eth_dev_is_valid_port(port_id)) {
		RTE_ETHDEV_LOG(ERR, "Invalid port_id=%u\n", port_id);
		return NULL;
	}
	dev = &rte_eth_devices[port_id];
	if (queue_id >= dev->data->nb_rx_queues) {
		RTE_ETHDEV_LOG(ERR, "port %u: invalid Rx queue_id=%u (%u "
			"configured)\n", port_id, queue_id, dev->data->nb_rx_queues);
		return NULL;
	}
	return dev;
}

int
rte_eth_dev_rx_intr_enable(uint16_t port_id, uint16_t queue_id)
{
	struct rte_eth_dev *dev = eth_intr_dev(port_id, queue_id);

	if (dev == NULL)
		return rte_eth_dev_is_valid_port(port_id) ? -EINVAL : -ENODEV;
	ETH_OP_OR_RET(dev, rx_queue_intr_enable, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->rx_queue_intr_enable(dev, queue_id));
}

int
rte_eth_dev_rx_intr_disable(uint16_t port_id, uint16_t queue_id)
{
	struct rte_eth_dev *dev = eth_intr_dev(port_id, queue_id);

	if (dev == NULL)
		return rte_eth_dev_is_valid_port(port_id) ? -EINVAL : -ENODEV;
	ETH_OP_OR_RET(dev, rx_queue_intr_disable, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->rx_queue_intr_disable(dev, queue_id));
}

/* Interrupt handle with Rx vectors, or NULL (logged). */
static struct rte_intr_handle *
eth_rx_intr_handle(const struct rte_eth_dev *dev)
{
	if (!dev->data->dev_conf.intr_conf.rxq || dev->intr_handle == NULL) {
		RTE_ETHDEV_LOG(ERR, "port %u (%s): Rx interrupts not available "
			"(set intr_conf.rxq in rte_eth_dev_configure; the driver "
			"must support them)\n", dev->data->port_id,
			eth_dev_driver_name(dev));
		return NULL;
	}
	return dev->intr_handle;
}

int
rte_eth_dev_rx_intr_ctl_q(uint16_t port_id, uint16_t queue_id, int epfd,
		int op, void *data)
{
	struct rte_eth_dev *dev = eth_intr_dev(port_id, queue_id);
	struct rte_intr_handle *h;
	int vec, ret;

	if (dev == NULL)
		return rte_eth_dev_is_valid_port(port_id) ? -EINVAL : -ENODEV;
	h = eth_rx_intr_handle(dev);
	if (h == NULL)
		return -ENOTSUP;
	vec = rte_intr_vec_list_index_get(h, queue_id);
	if (vec < 0) {
		RTE_ETHDEV_LOG(ERR, "port %u queue %u: no Rx interrupt vector "
			"(the driver maps queues at rte_eth_dev_start: start the "
			"port first)\n", port_id, queue_id);
		return -EPERM;
	}
	ret = rte_intr_rx_ctl(h, epfd, op, (unsigned int)vec, data);
	if (ret != 0 && ret != -EEXIST)
		RTE_ETHDEV_LOG(ERR, "port %u queue %u: epoll op %d failed: %d\n",
			port_id, queue_id, op, ret);
	return ret;
}

int
rte_eth_dev_rx_intr_ctl(uint16_t port_id, int epfd, int op, void *data)
{
	struct rte_eth_dev *dev;
	uint16_t q;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	if (eth_rx_intr_handle(dev) == NULL)
		return -ENOTSUP;
	for (q = 0; q < dev->data->nb_rx_queues; q++) {
		ret = rte_eth_dev_rx_intr_ctl_q(port_id, q, epfd, op, data);
		if (ret != 0 && ret != -EEXIST)
			return ret;
	}
	return 0;
}

int
rte_eth_dev_rx_intr_ctl_q_get_fd(uint16_t port_id, uint16_t queue_id)
{
	struct rte_eth_dev *dev = eth_intr_dev(port_id, queue_id);
	struct rte_intr_handle *h;
	int vec, efd_idx, fd;

	if (dev == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	h = eth_rx_intr_handle(dev);
	if (h == NULL) {
		rte_errno = ENOTSUP;
		return -1;
	}
	vec = rte_intr_vec_list_index_get(h, queue_id);
	efd_idx = vec >= RTE_INTR_VEC_RXTX_OFFSET ?
		vec - RTE_INTR_VEC_RXTX_OFFSET : vec;
	fd = rte_intr_efds_index_get(h, efd_idx);
	if (fd < 0)
		rte_errno = EINVAL;
	return fd;
}
