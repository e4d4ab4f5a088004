/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * API of features no pmdkit PMD implements (no eth_dev_ops member exists
 * for them): the arguments are checked as DPDK does, then -ENOTSUP is
 * returned, which is what DPDK 22.11 returns for a PMD without the op.
 * Applications that probe for these features (testpmd calls
 * rte_eth_rx_metadata_negotiate at start) build and behave as with such
 * a PMD.
 */
#include "ethdev_private.h"

static int
eth_not_supported(uint16_t port_id, const char *what)
{
	RTE_ETHDEV_LOG(DEBUG, "port %u (%s): %s not supported\n", port_id,
		eth_dev_driver_name(&rte_eth_devices[port_id]), what);
	return -ENOTSUP;
}

int
rte_eth_rx_metadata_negotiate(uint16_t port_id, uint64_t *features)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(features != NULL, -EINVAL,
		"port %u: features is NULL\n", port_id);
	if (rte_eth_devices[port_id].data->dev_configured) {
		RTE_ETHDEV_LOG(ERR, "port %u: negotiate Rx metadata before "
			"rte_eth_dev_configure\n", port_id);
		return -EBUSY;
	}
	return eth_not_supported(port_id, "Rx metadata delivery");
}

int
rte_eth_fec_get_capability(uint16_t port_id,
		struct rte_eth_fec_capa *speed_fec_capa, unsigned int num)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(speed_fec_capa != NULL || num == 0, -EINVAL,
		"port %u: capability array is NULL\n", port_id);
	return eth_not_supported(port_id, "FEC");
}

int
rte_eth_fec_get(uint16_t port_id, uint32_t *fec_capa)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(fec_capa != NULL, -EINVAL, "port %u: fec_capa is NULL\n",
		port_id);
	return eth_not_supported(port_id, "FEC");
}

int
rte_eth_fec_set(uint16_t port_id, uint32_t fec_capa)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(fec_capa != 0, -EINVAL, "port %u: fec_capa is 0\n",
		port_id);
	return eth_not_supported(port_id, "FEC");
}

void *
rte_eth_dev_get_sec_ctx(uint16_t port_id)
{
	if (!rte_eth_dev_is_valid_port(port_id))
		return NULL;
	return rte_eth_devices[port_id].security_ctx;
}

int
rte_eth_dev_priv_dump(uint16_t port_id, FILE *file)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(file != NULL, -EINVAL, "port %u: file is NULL\n", port_id);
	return eth_not_supported(port_id, "private dump");
}

static int
eth_desc_dump(uint16_t port_id, uint16_t queue_id, uint16_t nb_queues,
		FILE *file)
{
	ETH_ARG_OR_RET(queue_id < nb_queues, -EINVAL,
		"port %u: invalid queue_id=%u (%u configured)\n", port_id,
		queue_id, nb_queues);
	ETH_ARG_OR_RET(file != NULL, -EINVAL, "port %u: file is NULL\n", port_id);
	return eth_not_supported(port_id, "descriptor dump");
}

int
rte_eth_rx_descriptor_dump(uint16_t port_id, uint16_t queue_id,
		uint16_t offset, uint16_t num, FILE *file)
{
	RTE_SET_USED(offset);
	RTE_SET_USED(num);
	ETH_DEV_OR_RET(port_id, -ENODEV);
	return eth_desc_dump(port_id, queue_id,
		rte_eth_devices[port_id].data->nb_rx_queues, file);
}

int
rte_eth_tx_descriptor_dump(uint16_t port_id, uint16_t queue_id,
		uint16_t offset, uint16_t num, FILE *file)
{
	RTE_SET_USED(offset);
	RTE_SET_USED(num);
	ETH_DEV_OR_RET(port_id, -ENODEV);
	return eth_desc_dump(port_id, queue_id,
		rte_eth_devices[port_id].data->nb_tx_queues, file);
}

int
rte_eth_rx_avail_thresh_set(uint16_t port_id, uint16_t queue_id,
		uint8_t avail_thresh)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(queue_id < rte_eth_devices[port_id].data->nb_rx_queues,
		-EINVAL, "port %u: invalid Rx queue_id=%u\n", port_id, queue_id);
	ETH_ARG_OR_RET(avail_thresh <= 99, -EINVAL,
		"port %u: avail_thresh=%u > 99 (percent)\n", port_id, avail_thresh);
	return eth_not_supported(port_id, "Rx available descriptor threshold");
}

int
rte_eth_rx_avail_thresh_query(uint16_t port_id, uint16_t *queue_id,
		uint8_t *avail_thresh)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(queue_id != NULL && avail_thresh != NULL, -EINVAL,
		"port %u: NULL queue_id or avail_thresh\n", port_id);
	return eth_not_supported(port_id, "Rx available descriptor threshold");
}
