/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Link state queries, formatting and administrative up/down.
 */
#include <string.h>

#include "ethdev_private.h"

static int
eth_link_get(uint16_t port_id, struct rte_eth_link *link, int wait)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(link != NULL, -EINVAL, "port %u: link is NULL\n", port_id);
	dev = &rte_eth_devices[port_id];
	/* With the LSC interrupt on, the handler keeps dev_link current. */
	if (dev->data->dev_conf.intr_conf.lsc && dev->data->dev_started) {
		rte_eth_linkstatus_get(dev, link);
		return 0;
	}
	ETH_OP_OR_RET(dev, link_update, -ENOTSUP);
	dev->dev_ops->link_update(dev, wait);
	rte_eth_linkstatus_get(dev, link);
	return 0;
}

int
rte_eth_link_get(uint16_t port_id, struct rte_eth_link *link)
{
	return eth_link_get(port_id, link, 1);
}

int
rte_eth_link_get_nowait(uint16_t port_id, struct rte_eth_link *link)
{
	return eth_link_get(port_id, link, 0);
}

const char *
rte_eth_link_speed_to_str(uint32_t link_speed)
{
	static const struct {
		uint32_t speed;
		const char *str;
	} names[] = {
		{ RTE_ETH_SPEED_NUM_NONE, "None" },
		{ RTE_ETH_SPEED_NUM_10M, "10 Mbps" },
		{ RTE_ETH_SPEED_NUM_100M, "100 Mbps" },
		{ RTE_ETH_SPEED_NUM_1G, "1 Gbps" },
		{ RTE_ETH_SPEED_NUM_2_5G, "2.5 Gbps" },
		{ RTE_ETH_SPEED_NUM_5G, "5 Gbps" },
		{ RTE_ETH_SPEED_NUM_10G, "10 Gbps" },
		{ RTE_ETH_SPEED_NUM_20G, "20 Gbps" },
		{ RTE_ETH_SPEED_NUM_25G, "25 Gbps" },
		{ RTE_ETH_SPEED_NUM_40G, "40 Gbps" },
		{ RTE_ETH_SPEED_NUM_50G, "50 Gbps" },
		{ RTE_ETH_SPEED_NUM_56G, "56 Gbps" },
		{ RTE_ETH_SPEED_NUM_100G, "100 Gbps" },
		{ RTE_ETH_SPEED_NUM_200G, "200 Gbps" },
		{ RTE_ETH_SPEED_NUM_UNKNOWN, "Unknown" },
	};
	size_t i;

	for (i = 0; i < RTE_DIM(names); i++)
		if (names[i].speed == link_speed)
			return names[i].str;
	return "Invalid";
}

int
rte_eth_link_to_str(char *str, size_t len, const struct rte_eth_link *link)
{
	int n;

	ETH_ARG_OR_RET(str != NULL && len != 0 && link != NULL, -EINVAL,
		"NULL or empty buffer, or NULL link\n");
	if (link->link_status == RTE_ETH_LINK_DOWN)
		n = snprintf(str, len, "Link down");
	else
		n = snprintf(str, len, "Link up at %s %s %s",
			rte_eth_link_speed_to_str(link->link_speed),
			link->link_duplex == RTE_ETH_LINK_FULL_DUPLEX ? "FDX" : "HDX",
			link->link_autoneg == RTE_ETH_LINK_AUTONEG ? "Autoneg" : "Fixed");
	return n;
}

uint32_t
rte_eth_speed_bitflag(uint32_t speed, int duplex)
{
	int full = duplex == RTE_ETH_LINK_FULL_DUPLEX;

	switch (speed) {
	case RTE_ETH_SPEED_NUM_10M:
		return full ? RTE_ETH_LINK_SPEED_10M : RTE_ETH_LINK_SPEED_10M_HD;
	case RTE_ETH_SPEED_NUM_100M:
		return full ? RTE_ETH_LINK_SPEED_100M : RTE_ETH_LINK_SPEED_100M_HD;
	case RTE_ETH_SPEED_NUM_1G: return RTE_ETH_LINK_SPEED_1G;
	case RTE_ETH_SPEED_NUM_2_5G: return RTE_ETH_LINK_SPEED_2_5G;
	case RTE_ETH_SPEED_NUM_5G: return RTE_ETH_LINK_SPEED_5G;
	case RTE_ETH_SPEED_NUM_10G: return RTE_ETH_LINK_SPEED_10G;
	case RTE_ETH_SPEED_NUM_20G: return RTE_ETH_LINK_SPEED_20G;
	case RTE_ETH_SPEED_NUM_25G: return RTE_ETH_LINK_SPEED_25G;
	case RTE_ETH_SPEED_NUM_40G: return RTE_ETH_LINK_SPEED_40G;
	case RTE_ETH_SPEED_NUM_50G: return RTE_ETH_LINK_SPEED_50G;
	case RTE_ETH_SPEED_NUM_56G: return RTE_ETH_LINK_SPEED_56G;
	case RTE_ETH_SPEED_NUM_100G: return RTE_ETH_LINK_SPEED_100G;
	case RTE_ETH_SPEED_NUM_200G: return RTE_ETH_LINK_SPEED_200G;
	default: return 0;
	}
}

int
rte_eth_dev_set_link_up(uint16_t port_id)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_OP_OR_RET(dev, dev_set_link_up, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->dev_set_link_up(dev));
}

int
rte_eth_dev_set_link_down(uint16_t port_id)
{
	struct rte_eth_dev *dev;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	dev = &rte_eth_devices[port_id];
	ETH_OP_OR_RET(dev, dev_set_link_down, -ENOTSUP);
	return eth_err(port_id, dev->dev_ops->dev_set_link_down(dev));
}
