/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Receive filtering: promiscuous and all-multicast modes, MAC address
 * table, multicast list, MTU and VLAN settings.
 */
#include <string.h>

#include "ethdev_private.h"

static int
eth_mode_set(uint16_t port_id, int promisc, int on)
{
	struct rte_eth_dev *dev;
	int ret, cur;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	cur = promisc ? dev->data->promiscuous : dev->data->all_multicast;
	if (cur == on)
		return 0;
	if (promisc && on) {
		ETH_OP_OR_RET(dev, promiscuous_enable, -ENOTSUP);
		ret = dev->dev_ops->promiscuous_enable(dev);
	} else if (promisc) {
		ETH_OP_OR_RET(dev, promiscuous_disable, -ENOTSUP);
		ret = dev->dev_ops->promiscuous_disable(dev);
	} else if (on) {
		ETH_OP_OR_RET(dev, allmulticast_enable, -ENOTSUP);
		ret = dev->dev_ops->allmulticast_enable(dev);
	} else {
		ETH_OP_OR_RET(dev, allmulticast_disable, -ENOTSUP);
		ret = dev->dev_ops->allmulticast_disable(dev);
	}
	if (ret == 0) {
		if (promisc)
			dev->data->promiscuous = on;
		else
			dev->data->all_multicast = on;
	}
	return eth_err(port_id, ret);
}

int rte_eth_promiscuous_enable(uint16_t port_id) { return eth_mode_set(port_id, 1, 1); }
int rte_eth_promiscuous_disable(uint16_t port_id) { return eth_mode_set(port_id, 1, 0); }
int rte_eth_allmulticast_enable(uint16_t port_id) { return eth_mode_set(port_id, 0, 1); }
int rte_eth_allmulticast_disable(uint16_t port_id) { return eth_mode_set(port_id, 0, 0); }

int
rte_eth_promiscuous_get(uint16_t port_id)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	return rte_eth_devices[port_id].data->promiscuous;
}

int
rte_eth_allmulticast_get(uint16_t port_id)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	return rte_eth_devices[port_id].data->all_multicast;
}

/* --- MAC addresses ------------------------------------------------------ */

static int
eth_mac_table(uint16_t port_id, struct rte_eth_dev **dev, uint32_t *max)
{
	struct rte_eth_dev_info info;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	*dev = &rte_eth_devices[port_id];
	if ((*dev)->data->mac_addrs == NULL) {
		RTE_ETHDEV_LOG(ERR, "port %u (%s): driver set no MAC address table\n",
			port_id, eth_dev_driver_name(*dev));
		return -EINVAL;
	}
	ret = rte_eth_dev_info_get(port_id, &info);
	if (ret != 0)
		return ret;
	*max = info.max_mac_addrs ? info.max_mac_addrs : 1;
	return 0;
}

/* Index of addr in the table, -1 if absent. */
static int
eth_mac_index(const struct rte_eth_dev *dev, uint32_t max,
		const struct rte_ether_addr *addr)
{
	uint32_t i;

	for (i = 0; i < max; i++)
		if (rte_is_same_ether_addr(addr, &dev->data->mac_addrs[i]))
			return (int)i;
	return -1;
}

int
rte_eth_macaddr_get(uint16_t port_id, struct rte_ether_addr *mac_addr)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(mac_addr != NULL, -EINVAL,
		"port %u: mac_addr is NULL\n", port_id);
	dev = &rte_eth_devices[port_id];
	if (dev->data->mac_addrs == NULL) {
		RTE_ETHDEV_LOG(ERR, "port %u (%s): driver set no MAC address\n",
			port_id, eth_dev_driver_name(dev));
		return -EINVAL;
	}
	rte_ether_addr_copy(&dev->data->mac_addrs[0], mac_addr);
	return 0;
}

int
rte_eth_macaddrs_get(uint16_t port_id, struct rte_ether_addr *ma,
		unsigned int num)
{
	struct rte_eth_dev *dev;
	uint32_t max;
	int ret;

	ETH_ARG_OR_RET(ma != NULL, -EINVAL, "port %u: address array is NULL\n",
		port_id);
	ret = eth_mac_table(port_id, &dev, &max);
	if (ret != 0)
		return ret;
	num = RTE_MIN(num, max);
	memcpy(ma, dev->data->mac_addrs, num * sizeof(*ma));
	return (int)num;
}

int
rte_eth_dev_mac_addr_add(uint16_t port_id, struct rte_ether_addr *addr,
		uint32_t pool)
{
	struct rte_eth_dev *dev;
	uint32_t max;
	int ret, idx;

	ETH_ARG_OR_RET(addr != NULL, -EINVAL, "port %u: mac_addr is NULL\n", port_id);
	ret = eth_mac_table(port_id, &dev, &max);
	if (ret != 0)
		return ret;
	ETH_OP_OR_RET(dev, mac_addr_add, -ENOTSUP);
	ETH_ARG_OR_RET(!rte_is_zero_ether_addr(addr), -EINVAL,
		"port %u: cannot add the zero MAC address\n", port_id);
	ETH_ARG_OR_RET(pool < RTE_ETH_64_POOLS, -EINVAL,
		"port %u: pool %u >= max %d\n", port_id, pool, RTE_ETH_64_POOLS);
	idx = eth_mac_index(dev, max, addr);
	if (idx < 0) {
		struct rte_ether_addr zero = { { 0 } };

		idx = eth_mac_index(dev, max, &zero);
		if (idx < 0) {
			RTE_ETHDEV_LOG(ERR, "port %u: MAC address table full "
				"(max %u)\n", port_id, max);
			return -ENOSPC;
		}
	} else if (dev->data->mac_pool_sel[idx] & (UINT64_C(1) << pool)) {
		return 0;	/* already there for this pool */
	}
	ret = dev->dev_ops->mac_addr_add(dev, addr, (uint32_t)idx, pool);
	if (ret == 0) {
		rte_ether_addr_copy(addr, &dev->data->mac_addrs[idx]);
		dev->data->mac_pool_sel[idx] |= UINT64_C(1) << pool;
	}
	return eth_err(port_id, ret);
}

int
rte_eth_dev_mac_addr_remove(uint16_t port_id, struct rte_ether_addr *addr)
{
	struct rte_eth_dev *dev;
	uint32_t max;
	int ret, idx;

	ETH_ARG_OR_RET(addr != NULL, -EINVAL, "port %u: mac_addr is NULL\n", port_id);
	ret = eth_mac_table(port_id, &dev, &max);
	if (ret != 0)
		return ret;
	ETH_OP_OR_RET(dev, mac_addr_remove, -ENOTSUP);
	idx = eth_mac_index(dev, max, addr);
	if (idx == 0) {
		RTE_ETHDEV_LOG(ERR, "port %u: cannot remove the default MAC "
			"address (set another with rte_eth_dev_default_mac_addr_set)\n",
			port_id);
		return -EADDRINUSE;
	}
	if (idx < 0)
		return 0;
	dev->dev_ops->mac_addr_remove(dev, (uint32_t)idx);
	memset(&dev->data->mac_addrs[idx], 0, sizeof(struct rte_ether_addr));
	dev->data->mac_pool_sel[idx] = 0;
	return 0;
}

int
rte_eth_dev_default_mac_addr_set(uint16_t port_id, struct rte_ether_addr *addr)
{
	struct rte_eth_dev *dev;
	uint32_t max;
	int ret, idx;

	ETH_ARG_OR_RET(addr != NULL, -EINVAL, "port %u: mac_addr is NULL\n", port_id);
	ret = eth_mac_table(port_id, &dev, &max);
	if (ret != 0)
		return ret;
	ETH_OP_OR_RET(dev, mac_addr_set, -ENOTSUP);
	if (!rte_is_valid_assigned_ether_addr(addr)) {
		RTE_ETHDEV_LOG(ERR, "port %u: " RTE_ETHER_ADDR_PRT_FMT " is not a "
			"valid unicast address\n", port_id, RTE_ETHER_ADDR_BYTES(addr));
		return -EINVAL;
	}
	idx = eth_mac_index(dev, max, addr);
	if (idx > 0) {
		RTE_ETHDEV_LOG(ERR, "port %u: " RTE_ETHER_ADDR_PRT_FMT " is already "
			"in the MAC table at index %d (remove it first)\n", port_id,
			RTE_ETHER_ADDR_BYTES(addr), idx);
		return -EEXIST;
	}
	ret = dev->dev_ops->mac_addr_set(dev, addr);
	if (ret == 0)
		rte_ether_addr_copy(addr, &dev->data->mac_addrs[0]);
	return eth_err(port_id, ret);
}

int
rte_eth_dev_set_mc_addr_list(uint16_t port_id,
		struct rte_ether_addr *mc_addr_set, uint32_t nb_mc_addr)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_ARG_OR_RET(nb_mc_addr <= RTE_ETH_NUM_RECEIVE_MAC_ADDR, -EINVAL,
		"port %u: %u multicast addresses > max %d\n", port_id,
		nb_mc_addr, RTE_ETH_NUM_RECEIVE_MAC_ADDR);
	ETH_ARG_OR_RET(nb_mc_addr == 0 || mc_addr_set != NULL, -EINVAL,
		"port %u: multicast address list is NULL\n", port_id);
	ETH_OP_OR_RET(dev, set_mc_addr_list, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->set_mc_addr_list(dev, mc_addr_set,
		nb_mc_addr));
}

/* --- MTU ---------------------------------------------------------------- */

int
rte_eth_dev_get_mtu(uint16_t port_id, uint16_t *mtu)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(mtu != NULL, -EINVAL, "port %u: mtu is NULL\n", port_id);
	*mtu = rte_eth_devices[port_id].data->mtu;
	return 0;
}

int
rte_eth_dev_set_mtu(uint16_t port_id, uint16_t mtu)
{
	struct rte_eth_dev_info info;
	struct rte_eth_dev *dev;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_OP_OR_RET(dev, mtu_set, -ENOTSUP);
	ret = rte_eth_dev_info_get(port_id, &info);
	if (ret != 0)
		return ret;
	ret = eth_dev_check_mtu(dev, &info, mtu);
	if (ret != 0)
		return ret;
	if (!dev->data->dev_configured) {
		RTE_ETHDEV_LOG(ERR, "port %u: configure it before setting the MTU\n",
			port_id);
		return -EINVAL;
	}
	ret = dev->dev_ops->mtu_set(dev, mtu);
	if (ret == 0) {
		dev->data->mtu = mtu;
		dev->data->dev_conf.rxmode.mtu = mtu;
	}
	return eth_err(port_id, ret);
}

/* --- VLAN --------------------------------------------------------------- */

int
rte_eth_dev_vlan_filter(uint16_t port_id, uint16_t vlan_id, int on)
{
	struct rte_vlan_filter_conf *vfc;
	struct rte_eth_dev *dev;
	uint64_t bit;
	int ret;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	if (!(dev->data->dev_conf.rxmode.offloads & RTE_ETH_RX_OFFLOAD_VLAN_FILTER)) {
		RTE_ETHDEV_LOG(ERR, "port %u: VLAN filter is off (enable Rx offload "
			"VLAN_FILTER in rte_eth_dev_configure or set_vlan_offload)\n",
			port_id);
		return -ENOSYS;
	}
	ETH_ARG_OR_RET(vlan_id <= RTE_ETHER_MAX_VLAN_ID, -EINVAL,
		"port %u: vlan_id %u > %d\n", port_id, vlan_id, RTE_ETHER_MAX_VLAN_ID);
	ETH_OP_OR_RET(dev, vlan_filter_set, -ENOTSUP);
	ret = dev->dev_ops->vlan_filter_set(dev, vlan_id, on);
	if (ret == 0) {
		vfc = &dev->data->vlan_filter_conf;
		bit = UINT64_C(1) << (vlan_id % 64);
		if (on)
			vfc->ids[vlan_id / 64] |= bit;
		else
			vfc->ids[vlan_id / 64] &= ~bit;
	}
	return eth_err(port_id, ret);
}

int
rte_eth_dev_set_vlan_strip_on_queue(uint16_t port_id, uint16_t rx_queue_id,
		int on)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_ARG_OR_RET(rx_queue_id < dev->data->nb_rx_queues, -EINVAL,
		"port %u: invalid rx_queue_id=%u (%u configured)\n", port_id,
		rx_queue_id, dev->data->nb_rx_queues);
	ETH_OP_OR_RET(dev, vlan_strip_queue_set, -ENOTSUP);
	dev->dev_ops->vlan_strip_queue_set(dev, rx_queue_id, on);
	return 0;
}

int
rte_eth_dev_set_vlan_ether_type(uint16_t port_id, enum rte_vlan_type vlan_type,
		uint16_t tpid)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_ARG_OR_RET((unsigned int)vlan_type < RTE_ETH_VLAN_TYPE_MAX, -EINVAL,
		"port %u: invalid VLAN type %d\n", port_id, (int)vlan_type);
	ETH_OP_OR_RET(dev, vlan_tpid_set, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->vlan_tpid_set(dev, vlan_type, tpid));
}

/* RTE_ETH_*_OFFLOAD bit of rte_eth_dev_set_vlan_offload -> Rx offload. */
static const struct {
	int flag;
	uint64_t offload;
} eth_vlan_bits[] = {
	{ RTE_ETH_VLAN_STRIP_OFFLOAD, RTE_ETH_RX_OFFLOAD_VLAN_STRIP },
	{ RTE_ETH_VLAN_FILTER_OFFLOAD, RTE_ETH_RX_OFFLOAD_VLAN_FILTER },
	{ RTE_ETH_VLAN_EXTEND_OFFLOAD, RTE_ETH_RX_OFFLOAD_VLAN_EXTEND },
	{ RTE_ETH_QINQ_STRIP_OFFLOAD, RTE_ETH_RX_OFFLOAD_QINQ_STRIP },
};

int
rte_eth_dev_set_vlan_offload(uint16_t port_id, int offload_mask)
{
	struct rte_eth_dev_info info;
	struct rte_eth_dev *dev;
	uint64_t cur, want;
	int mask = 0, ret;
	size_t i;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	cur = want = dev->data->dev_conf.rxmode.offloads;
	for (i = 0; i < RTE_DIM(eth_vlan_bits); i++) {
		int on = !!(offload_mask & eth_vlan_bits[i].flag);

		if (on != !!(cur & eth_vlan_bits[i].offload)) {
			mask |= eth_vlan_bits[i].flag;	/* *_MASK == *_OFFLOAD */
			want ^= eth_vlan_bits[i].offload;
		}
	}
	if (mask == 0)
		return 0;
	ret = rte_eth_dev_info_get(port_id, &info);
	if (ret != 0)
		return ret;
	/* only the offloads being turned on must be supported */
	if (eth_dev_check_offloads(dev, "rx offload", want & ~cur,
			info.rx_offload_capa, rte_eth_dev_rx_offload_name) != 0)
		return -ENOTSUP;
	ETH_OP_OR_RET(dev, vlan_offload_set, -ENOTSUP);
	dev->data->dev_conf.rxmode.offloads = want;
	ret = dev->dev_ops->vlan_offload_set(dev, mask);
	if (ret != 0)
		dev->data->dev_conf.rxmode.offloads = cur;
	return eth_err(port_id, ret);
}

int
rte_eth_dev_get_vlan_offload(uint16_t port_id)
{
	uint64_t offloads;
	int ret = 0;
	size_t i;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	offloads = rte_eth_devices[port_id].data->dev_conf.rxmode.offloads;
	for (i = 0; i < RTE_DIM(eth_vlan_bits); i++)
		if (offloads & eth_vlan_bits[i].offload)
			ret |= eth_vlan_bits[i].flag;
	return ret;
}

int
rte_eth_dev_set_vlan_pvid(uint16_t port_id, uint16_t pvid, int on)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_ARG_OR_RET(pvid <= RTE_ETHER_MAX_VLAN_ID, -EINVAL,
		"port %u: pvid %u > %d\n", port_id, pvid, RTE_ETHER_MAX_VLAN_ID);
	ETH_OP_OR_RET(dev, vlan_pvid_set, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->vlan_pvid_set(dev, pvid, on));
}
