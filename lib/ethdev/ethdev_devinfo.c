/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Device introspection and miscellaneous controls: packet types, firmware,
 * registers, EEPROM, clock and IEEE 1588 timestamps, LEDs, mempool ops,
 * DCB, unicast hash, Tx rate limit, UDP tunnel ports.
 */
#include <string.h>

#include <rte_mbuf_ptype.h>

#include "ethdev_private.h"

/* The simple ops: port check, NULL check of arg, op check, call. */
#define ETH_SIMPLE_OP(port_id, arg, op, ...) do { \
	struct rte_eth_dev *dev_; \
	ETH_DEV_OR_RET(port_id, -ENODEV); \
	ETH_ARG_OR_RET((arg) != NULL, -EINVAL, "port %u: " #arg " is NULL\n", \
		port_id); \
	dev_ = &rte_eth_devices[port_id]; \
	ETH_OP_OR_RET(dev_, op, -ENOTSUP); \
	return eth_err(port_id, dev_->dev_ops->op(dev_, ##__VA_ARGS__)); \
} while (0)

static const int eth_non_null = 1;

int
rte_eth_dev_get_supported_ptypes(uint16_t port_id, uint32_t ptype_mask,
		uint32_t *ptypes, int num)
{
	struct rte_eth_dev *dev;
	const uint32_t *all;
	int i, j = 0;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(num >= 0 && (ptypes != NULL || num == 0), -EINVAL,
		"port %u: ptypes array NULL or num < 0\n", port_id);
	dev = &rte_eth_devices[port_id];
	ETH_OP_OR_RET(dev, dev_supported_ptypes_get, -ENOTSUP);
	all = dev->dev_ops->dev_supported_ptypes_get(dev);
	for (i = 0; all != NULL && all[i] != RTE_PTYPE_UNKNOWN; i++) {
		if (!(all[i] & ptype_mask))
			continue;
		if (j < num)
			ptypes[j] = all[i];
		j++;
	}
	return j;
}

int
rte_eth_dev_set_ptypes(uint16_t port_id, uint32_t ptype_mask,
		uint32_t *set_ptypes, unsigned int num)
{
	struct rte_eth_dev *dev;
	const uint32_t *all;
	unsigned int j = 0;
	int i, ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(num == 0 || set_ptypes != NULL, -EINVAL,
		"port %u: set_ptypes is NULL but num=%u\n", port_id, num);
	dev = &rte_eth_devices[port_id];
	if (dev->dev_ops->dev_ptypes_set == NULL ||
			dev->dev_ops->dev_supported_ptypes_get == NULL) {
		/* nothing to disable: the PMD classifies what it does anyway */
		if (num > 0)
			set_ptypes[0] = RTE_PTYPE_UNKNOWN;
		return 0;
	}
	all = dev->dev_ops->dev_supported_ptypes_get(dev);
	for (i = 0; all != NULL && all[i] != RTE_PTYPE_UNKNOWN; i++)
		if ((all[i] & ptype_mask) && j + 1 < num)
			set_ptypes[j++] = all[i];
	if (num > 0)
		set_ptypes[j] = RTE_PTYPE_UNKNOWN;
	ret = dev->dev_ops->dev_ptypes_set(dev, ptype_mask);
	if (ret != 0 && num > 0)
		set_ptypes[0] = RTE_PTYPE_UNKNOWN;
	return eth_err(port_id, ret);
}

int
rte_eth_dev_fw_version_get(uint16_t port_id, char *fw_version, size_t fw_size)
{
	ETH_ARG_OR_RET(fw_version != NULL || fw_size == 0, -EINVAL,
		"port %u: fw_version is NULL\n", port_id);
	ETH_SIMPLE_OP(port_id, &eth_non_null, fw_version_get, fw_version, fw_size);
}

int
rte_eth_dev_get_reg_info(uint16_t port_id, struct rte_dev_reg_info *info)
{
	ETH_SIMPLE_OP(port_id, info, get_reg, info);
}

int
rte_eth_dev_get_eeprom_length(uint16_t port_id)
{
	ETH_SIMPLE_OP(port_id, &eth_non_null, get_eeprom_length);
}

int
rte_eth_dev_get_eeprom(uint16_t port_id, struct rte_dev_eeprom_info *info)
{
	ETH_ARG_OR_RET(info == NULL || info->data != NULL, -EINVAL,
		"port %u: eeprom data buffer is NULL\n", port_id);
	ETH_SIMPLE_OP(port_id, info, get_eeprom, info);
}

int
rte_eth_dev_set_eeprom(uint16_t port_id, struct rte_dev_eeprom_info *info)
{
	ETH_ARG_OR_RET(info == NULL || info->data != NULL, -EINVAL,
		"port %u: eeprom data buffer is NULL\n", port_id);
	ETH_SIMPLE_OP(port_id, info, set_eeprom, info);
}

int
rte_eth_dev_get_module_info(uint16_t port_id,
		struct rte_eth_dev_module_info *modinfo)
{
	ETH_SIMPLE_OP(port_id, modinfo, get_module_info, modinfo);
}

int
rte_eth_dev_get_module_eeprom(uint16_t port_id, struct rte_dev_eeprom_info *info)
{
	ETH_ARG_OR_RET(info == NULL || (info->data != NULL && info->length != 0),
		-EINVAL, "port %u: empty module eeprom buffer\n", port_id);
	ETH_SIMPLE_OP(port_id, info, get_module_eeprom, info);
}

int
rte_eth_read_clock(uint16_t port_id, uint64_t *clock)
{
	ETH_SIMPLE_OP(port_id, clock, read_clock, clock);
}

int
rte_eth_timesync_enable(uint16_t port_id)
{
	ETH_SIMPLE_OP(port_id, &eth_non_null, timesync_enable);
}

int
rte_eth_timesync_disable(uint16_t port_id)
{
	ETH_SIMPLE_OP(port_id, &eth_non_null, timesync_disable);
}

int
rte_eth_timesync_read_rx_timestamp(uint16_t port_id, struct timespec *timestamp,
		uint32_t flags)
{
	ETH_SIMPLE_OP(port_id, timestamp, timesync_read_rx_timestamp,
		timestamp, flags);
}

int
rte_eth_timesync_read_tx_timestamp(uint16_t port_id, struct timespec *timestamp)
{
	ETH_SIMPLE_OP(port_id, timestamp, timesync_read_tx_timestamp, timestamp);
}

int
rte_eth_timesync_adjust_time(uint16_t port_id, int64_t delta)
{
	ETH_SIMPLE_OP(port_id, &eth_non_null, timesync_adjust_time, delta);
}

int
rte_eth_timesync_read_time(uint16_t port_id, struct timespec *timestamp)
{
	ETH_SIMPLE_OP(port_id, timestamp, timesync_read_time, timestamp);
}

int
rte_eth_timesync_write_time(uint16_t port_id, const struct timespec *timestamp)
{
	ETH_SIMPLE_OP(port_id, timestamp, timesync_write_time, timestamp);
}

int
rte_eth_led_on(uint16_t port_id)
{
	ETH_SIMPLE_OP(port_id, &eth_non_null, dev_led_on);
}

int
rte_eth_led_off(uint16_t port_id)
{
	ETH_SIMPLE_OP(port_id, &eth_non_null, dev_led_off);
}

int
rte_eth_dev_pool_ops_supported(uint16_t port_id, const char *pool)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(pool != NULL, -EINVAL, "port %u: pool name is NULL\n",
		port_id);
	dev = &rte_eth_devices[port_id];
	if (dev->dev_ops->pool_ops_supported == NULL)
		return 1;	/* any ops will do */
	return dev->dev_ops->pool_ops_supported(dev, pool);
}

int
rte_eth_dev_get_dcb_info(uint16_t port_id, struct rte_eth_dcb_info *dcb_info)
{
	if (dcb_info != NULL)
		memset(dcb_info, 0, sizeof(*dcb_info));
	ETH_SIMPLE_OP(port_id, dcb_info, get_dcb_info, dcb_info);
}

int
rte_eth_dev_uc_hash_table_set(uint16_t port_id, struct rte_ether_addr *addr,
		uint8_t on)
{
	ETH_ARG_OR_RET(addr == NULL || !rte_is_zero_ether_addr(addr), -EINVAL,
		"port %u: zero MAC address\n", port_id);
	ETH_SIMPLE_OP(port_id, addr, uc_hash_table_set, addr, on);
}

int
rte_eth_dev_uc_all_hash_table_set(uint16_t port_id, uint8_t on)
{
	ETH_SIMPLE_OP(port_id, &eth_non_null, uc_all_hash_table_set, on);
}

int
rte_eth_set_queue_rate_limit(uint16_t port_id, uint16_t queue_idx,
		uint32_t tx_rate)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(queue_idx < rte_eth_devices[port_id].data->nb_tx_queues,
		-EINVAL, "port %u: invalid Tx queue %u\n", port_id, queue_idx);
	ETH_SIMPLE_OP(port_id, &eth_non_null, set_queue_rate_limit, queue_idx,
		tx_rate);
}

int
rte_eth_dev_udp_tunnel_port_add(uint16_t port_id,
		struct rte_eth_udp_tunnel *tunnel_udp)
{
	ETH_ARG_OR_RET(tunnel_udp == NULL ||
		tunnel_udp->prot_type < RTE_ETH_TUNNEL_TYPE_MAX, -EINVAL,
		"port %u: invalid tunnel type\n", port_id);
	ETH_SIMPLE_OP(port_id, tunnel_udp, udp_tunnel_port_add, tunnel_udp);
}

int
rte_eth_dev_udp_tunnel_port_delete(uint16_t port_id,
		struct rte_eth_udp_tunnel *tunnel_udp)
{
	ETH_ARG_OR_RET(tunnel_udp == NULL ||
		tunnel_udp->prot_type < RTE_ETH_TUNNEL_TYPE_MAX, -EINVAL,
		"port %u: invalid tunnel type\n", port_id);
	ETH_SIMPLE_OP(port_id, tunnel_udp, udp_tunnel_port_del, tunnel_udp);
}
