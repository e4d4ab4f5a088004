/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Names of offload and capability bits, for messages and testpmd.
 */
#include <string.h>

#include "ethdev_private.h"

struct eth_bit_name {
	uint64_t bit;
	const char *name;
};

#define BIT_NAME(prefix, n) { prefix ## n, #n }

static const struct eth_bit_name eth_rx_offload_names[] = {
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, VLAN_STRIP),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, IPV4_CKSUM),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, UDP_CKSUM),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, TCP_CKSUM),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, TCP_LRO),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, QINQ_STRIP),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, OUTER_IPV4_CKSUM),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, MACSEC_STRIP),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, VLAN_FILTER),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, VLAN_EXTEND),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, SCATTER),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, TIMESTAMP),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, SECURITY),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, KEEP_CRC),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, SCTP_CKSUM),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, OUTER_UDP_CKSUM),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, RSS_HASH),
	BIT_NAME(RTE_ETH_RX_OFFLOAD_, BUFFER_SPLIT),
};

static const struct eth_bit_name eth_tx_offload_names[] = {
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, VLAN_INSERT),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, IPV4_CKSUM),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, UDP_CKSUM),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, TCP_CKSUM),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, SCTP_CKSUM),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, TCP_TSO),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, UDP_TSO),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, OUTER_IPV4_CKSUM),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, QINQ_INSERT),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, VXLAN_TNL_TSO),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, GRE_TNL_TSO),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, IPIP_TNL_TSO),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, GENEVE_TNL_TSO),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, MACSEC_INSERT),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, MT_LOCKFREE),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, MULTI_SEGS),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, MBUF_FAST_FREE),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, SECURITY),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, UDP_TNL_TSO),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, IP_TNL_TSO),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, OUTER_UDP_CKSUM),
	BIT_NAME(RTE_ETH_TX_OFFLOAD_, SEND_ON_TIMESTAMP),
};

static const struct eth_bit_name eth_capa_names[] = {
	BIT_NAME(RTE_ETH_DEV_CAPA_, RUNTIME_RX_QUEUE_SETUP),
	BIT_NAME(RTE_ETH_DEV_CAPA_, RUNTIME_TX_QUEUE_SETUP),
	BIT_NAME(RTE_ETH_DEV_CAPA_, RXQ_SHARE),
	BIT_NAME(RTE_ETH_DEV_CAPA_, FLOW_RULE_KEEP),
	BIT_NAME(RTE_ETH_DEV_CAPA_, FLOW_SHARED_OBJECT_KEEP),
};

static const char *
eth_bit_name(const struct eth_bit_name *t, size_t n, uint64_t bit)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (t[i].bit == bit)
			return t[i].name;
	return "UNKNOWN";
}

const char *
rte_eth_dev_rx_offload_name(uint64_t offload)
{
	return eth_bit_name(eth_rx_offload_names,
		RTE_DIM(eth_rx_offload_names), offload);
}

const char *
rte_eth_dev_tx_offload_name(uint64_t offload)
{
	return eth_bit_name(eth_tx_offload_names,
		RTE_DIM(eth_tx_offload_names), offload);
}

const char *
rte_eth_dev_capability_name(uint64_t capability)
{
	return eth_bit_name(eth_capa_names, RTE_DIM(eth_capa_names), capability);
}

void
eth_dev_offload_names(char *buf, size_t size, uint64_t offloads,
		const char *(*name_of)(uint64_t))
{
	size_t len = 0;
	int n;

	buf[0] = '\0';
	if (offloads == 0) {
		snprintf(buf, size, "none");
		return;
	}
	while (offloads != 0 && len < size) {
		uint64_t bit = offloads & -offloads;

		offloads &= ~bit;
		n = snprintf(buf + len, size - len, "%s%s", len ? " " : "",
			name_of(bit));
		if (n < 0)
			break;
		len += (size_t)n;
	}
}
