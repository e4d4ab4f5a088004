/* SPDX-License-Identifier: BSD-3-Clause */
/* show port info / summary / rss-hash, show device info: DPDK layouts. */
#include <inttypes.h>
#include <string.h>

#include <rte_bus.h>
#include <rte_dev.h>
#include <rte_devargs.h>

#include "testpmd.h"

static const char *
port_devargs(const struct rte_eth_dev_info *info)
{
	const struct rte_devargs *da = info->device != NULL ?
		rte_dev_devargs(info->device) : NULL;

	return da != NULL && da->args != NULL ? da->args : "";
}

static void
port_info_link(uint16_t pid)
{
	struct rte_eth_link link;

	memset(&link, 0, sizeof(link));
	if (rte_eth_link_get_nowait(pid, &link) != 0) {
		printf("Link status: unknown\n");
		return;
	}
	printf("Link status: %s\n", link.link_status ? "up" : "down");
	printf("Link speed: %s\n",
	       rte_eth_link_speed_to_str(link.link_speed));
	printf("Link duplex: %s\n", link.link_duplex == RTE_ETH_LINK_FULL_DUPLEX ?
	       "full-duplex" : "half-duplex");
	printf("Autoneg status: %s\n", link.link_autoneg ? "On" : "Off");
}

void
port_info_display(uint16_t pid)
{
	struct rte_eth_dev_info info;
	struct rte_ether_addr mac;
	char buf[RTE_ETH_NAME_MAX_LEN > RTE_ETHER_ADDR_FMT_SIZE ?
		 RTE_ETH_NAME_MAX_LEN : RTE_ETHER_ADDR_FMT_SIZE];
	uint16_t mtu = 0;
	int vlan;

	if (rte_eth_dev_info_get(pid, &info) != 0) {
		printf("Cannot get device info of port %u\n", pid);
		return;
	}
	printf("\n********************* Infos for port %-2d "
	       "*********************\n", pid);
	rte_eth_macaddr_get(pid, &mac);
	rte_ether_format_addr(buf, sizeof(buf), &mac);
	printf("MAC address: %s\n", buf);
	rte_eth_dev_get_name_by_port(pid, buf);
	printf("Device name: %s\n", buf);
	printf("Driver name: %s\n", info.driver_name);
	printf("Firmware-version: not available\n");
	printf("Devargs: %s\n", port_devargs(&info));
	printf("Connect to socket: %d\n", rte_eth_dev_socket_id(pid));
	printf("memory allocation on the socket: %d\n",
	       rte_eth_dev_socket_id(pid) < 0 ? 0 : rte_eth_dev_socket_id(pid));
	port_info_link(pid);
	rte_eth_dev_get_mtu(pid, &mtu);
	printf("MTU: %u\n", mtu);
	printf("Promiscuous mode: %s\n",
	       rte_eth_promiscuous_get(pid) == 1 ? "enabled" : "disabled");
	printf("Allmulticast mode: %s\n",
	       rte_eth_allmulticast_get(pid) == 1 ? "enabled" : "disabled");
	printf("Maximum number of MAC addresses: %u\n", info.max_mac_addrs);
	printf("Maximum number of MAC addresses of hash filtering: %u\n",
	       info.max_hash_mac_addrs);
	vlan = rte_eth_dev_get_vlan_offload(pid);
	if (vlan >= 0)
		printf("VLAN offload: \n  strip %s, filter %s, extend %s, "
		       "qinq strip %s\n",
		       vlan & RTE_ETH_VLAN_STRIP_OFFLOAD ? "on" : "off",
		       vlan & RTE_ETH_VLAN_FILTER_OFFLOAD ? "on" : "off",
		       vlan & RTE_ETH_VLAN_EXTEND_OFFLOAD ? "on" : "off",
		       vlan & RTE_ETH_QINQ_STRIP_OFFLOAD ? "on" : "off");
	if (info.flow_type_rss_offloads == 0)
		printf("No RSS offload flow type is supported.\n");
	else
		printf("Supported RSS offload flow types: 0x%" PRIx64 "\n",
		       info.flow_type_rss_offloads);
	printf("Minimum size of RX buffer: %u\n", info.min_rx_bufsize);
	printf("Maximum configurable length of RX packet: %u\n",
	       info.max_rx_pktlen);
	printf("Maximum configurable size of LRO aggregated packet: %u\n",
	       info.max_lro_pkt_size);
	printf("Current number of RX queues: %u\n", info.nb_rx_queues);
	printf("Max possible RX queues: %u\n", info.max_rx_queues);
	printf("Max possible number of RXDs per queue: %u\n",
	       info.rx_desc_lim.nb_max);
	printf("Min possible number of RXDs per queue: %u\n",
	       info.rx_desc_lim.nb_min);
	printf("RXDs number alignment: %u\n", info.rx_desc_lim.nb_align);
	printf("Current number of TX queues: %u\n", info.nb_tx_queues);
	printf("Max possible TX queues: %u\n", info.max_tx_queues);
	printf("Max possible number of TXDs per queue: %u\n",
	       info.tx_desc_lim.nb_max);
	printf("Min possible number of TXDs per queue: %u\n",
	       info.tx_desc_lim.nb_min);
	printf("TXDs number alignment: %u\n", info.tx_desc_lim.nb_align);
	printf("Max segment number per packet: %u\n",
	       info.tx_desc_lim.nb_seg_max);
	printf("Max segment number per MTU/TSO: %u\n",
	       info.tx_desc_lim.nb_mtu_seg_max);
	printf("Device capabilities: 0x%" PRIx64 "( )\n", info.dev_capa);
	printf("Device error handling mode: %s\n",
	       info.err_handle_mode == RTE_ETH_ERROR_HANDLE_MODE_PASSIVE ?
	       "passive" : info.err_handle_mode ==
	       RTE_ETH_ERROR_HANDLE_MODE_PROACTIVE ? "proactive" : "none");
}

void
port_summary_display(void)
{
	uint16_t pid;

	printf("Number of available ports: %u\n", rte_eth_dev_count_avail());
	printf("Port MAC Address       Name         Driver         Status   "
	       "Link\n");
	RTE_ETH_FOREACH_DEV(pid) {
		struct rte_eth_dev_info info;
		struct rte_eth_link link;
		struct rte_ether_addr mac;
		char name[RTE_ETH_NAME_MAX_LEN], m[RTE_ETHER_ADDR_FMT_SIZE];

		if (rte_eth_dev_info_get(pid, &info) != 0)
			continue;
		memset(&link, 0, sizeof(link));
		rte_eth_link_get_nowait(pid, &link);
		rte_eth_macaddr_get(pid, &mac);
		rte_ether_format_addr(m, sizeof(m), &mac);
		rte_eth_dev_get_name_by_port(pid, name);
		printf("%-4u %s %-12s %-14s %-8s %s\n", pid, m, name,
		       info.driver_name, link.link_status ? "up" : "down",
		       rte_eth_link_speed_to_str(link.link_speed));
	}
}

void
device_info_display(void)
{
	uint16_t pid;

	RTE_ETH_FOREACH_DEV(pid) {
		struct rte_eth_dev_info info;
		char name[RTE_ETH_NAME_MAX_LEN];

		if (rte_eth_dev_info_get(pid, &info) != 0)
			continue;
		rte_eth_dev_get_name_by_port(pid, name);
		printf("\n********************* Infos for device %s "
		       "*********************\n", info.device != NULL ?
		       rte_dev_name(info.device) : name);
		printf("Bus name: %s\n", info.device != NULL ?
		       rte_bus_name(rte_dev_bus(info.device)) : "-");
		printf("Driver name: %s\n", info.driver_name);
		printf("Devargs: %s\n", port_devargs(&info));
		printf("Connect to socket: %d\n", rte_eth_dev_socket_id(pid));
		printf("\n\tPort id: %-2d\n", pid);
		printf("\tDevice name: %s\n", name);
	}
}

void
port_rss_hash_display(uint16_t pid)
{
	struct rte_eth_rss_conf rc = { .rss_key = NULL };
	int ret = rte_eth_dev_rss_hash_conf_get(pid, &rc);

	if (ret != 0) {
		printf("Port %u: RSS hash configuration not available: %s\n",
		       pid, rte_strerror(-ret));
		return;
	}
	if (rc.rss_hf == 0) {
		printf("RSS disabled\n");
		return;
	}
	printf("RSS functions:\n ");
	if (rc.rss_hf & RTE_ETH_RSS_IPV4) printf(" ipv4");
	if (rc.rss_hf & RTE_ETH_RSS_FRAG_IPV4) printf(" ipv4-frag");
	if (rc.rss_hf & RTE_ETH_RSS_NONFRAG_IPV4_TCP) printf(" ipv4-tcp");
	if (rc.rss_hf & RTE_ETH_RSS_NONFRAG_IPV4_UDP) printf(" ipv4-udp");
	if (rc.rss_hf & RTE_ETH_RSS_IPV6) printf(" ipv6");
	if (rc.rss_hf & RTE_ETH_RSS_FRAG_IPV6) printf(" ipv6-frag");
	if (rc.rss_hf & RTE_ETH_RSS_NONFRAG_IPV6_TCP) printf(" ipv6-tcp");
	if (rc.rss_hf & RTE_ETH_RSS_NONFRAG_IPV6_UDP) printf(" ipv6-udp");
	printf("\n");
}
