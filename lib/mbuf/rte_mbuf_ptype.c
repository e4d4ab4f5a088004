/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Names of packet types (RTE_PTYPE_*), one table per 4-bit layer.
 */
#include <stdio.h>

#include <rte_common.h>

#include "rte_mbuf_ptype.h"

/* Name of value v (already shifted down) in a layer table; index 0 is
 * the layer's UNKNOWN name. */
static const char *
ptype_lookup(const char * const *names, size_t n, uint32_t v)
{
	if (v < n && names[v] != NULL)
		return names[v];
	return names[0]; /* "<layer>_UNKNOWN" */
}

static const char * const l2_names[] = {
	[0] = "L2_UNKNOWN",
	[RTE_PTYPE_L2_ETHER] = "L2_ETHER",
	[RTE_PTYPE_L2_ETHER_TIMESYNC] = "L2_ETHER_TIMESYNC",
	[RTE_PTYPE_L2_ETHER_ARP] = "L2_ETHER_ARP",
	[RTE_PTYPE_L2_ETHER_LLDP] = "L2_ETHER_LLDP",
	[RTE_PTYPE_L2_ETHER_NSH] = "L2_ETHER_NSH",
	[RTE_PTYPE_L2_ETHER_VLAN] = "L2_ETHER_VLAN",
	[RTE_PTYPE_L2_ETHER_QINQ] = "L2_ETHER_QINQ",
	[RTE_PTYPE_L2_ETHER_PPPOE] = "L2_ETHER_PPPOE",
	[RTE_PTYPE_L2_ETHER_FCOE] = "L2_ETHER_FCOE",
	[RTE_PTYPE_L2_ETHER_MPLS] = "L2_ETHER_MPLS",
};

static const char * const l3_names[] = {
	[0] = "L3_UNKNOWN",
	[RTE_PTYPE_L3_IPV4 >> 4] = "L3_IPV4",
	[RTE_PTYPE_L3_IPV4_EXT >> 4] = "L3_IPV4_EXT",
	[RTE_PTYPE_L3_IPV6 >> 4] = "L3_IPV6",
	[RTE_PTYPE_L3_IPV4_EXT_UNKNOWN >> 4] = "L3_IPV4_EXT_UNKNOWN",
	[RTE_PTYPE_L3_IPV6_EXT >> 4] = "L3_IPV6_EXT",
	[RTE_PTYPE_L3_IPV6_EXT_UNKNOWN >> 4] = "L3_IPV6_EXT_UNKNOWN",
};

static const char * const l4_names[] = {
	[0] = "L4_UNKNOWN",
	[RTE_PTYPE_L4_TCP >> 8] = "L4_TCP",
	[RTE_PTYPE_L4_UDP >> 8] = "L4_UDP",
	[RTE_PTYPE_L4_FRAG >> 8] = "L4_FRAG",
	[RTE_PTYPE_L4_SCTP >> 8] = "L4_SCTP",
	[RTE_PTYPE_L4_ICMP >> 8] = "L4_ICMP",
	[RTE_PTYPE_L4_NONFRAG >> 8] = "L4_NONFRAG",
	[RTE_PTYPE_L4_IGMP >> 8] = "L4_IGMP",
};

static const char * const tunnel_names[] = {
	[0] = "TUNNEL_UNKNOWN",
	[RTE_PTYPE_TUNNEL_IP >> 12] = "TUNNEL_IP",
	[RTE_PTYPE_TUNNEL_GRE >> 12] = "TUNNEL_GRE",
	[RTE_PTYPE_TUNNEL_VXLAN >> 12] = "TUNNEL_VXLAN",
	[RTE_PTYPE_TUNNEL_NVGRE >> 12] = "TUNNEL_NVGRE",
	[RTE_PTYPE_TUNNEL_GENEVE >> 12] = "TUNNEL_GENEVE",
	[RTE_PTYPE_TUNNEL_GRENAT >> 12] = "TUNNEL_GRENAT",
	[RTE_PTYPE_TUNNEL_GTPC >> 12] = "TUNNEL_GTPC",
	[RTE_PTYPE_TUNNEL_GTPU >> 12] = "TUNNEL_GTPU",
	[RTE_PTYPE_TUNNEL_ESP >> 12] = "TUNNEL_ESP",
	[RTE_PTYPE_TUNNEL_L2TP >> 12] = "TUNNEL_L2TP",
	[RTE_PTYPE_TUNNEL_VXLAN_GPE >> 12] = "TUNNEL_VXLAN_GPE",
	[RTE_PTYPE_TUNNEL_MPLS_IN_GRE >> 12] = "TUNNEL_MPLS_IN_GRE",
	[RTE_PTYPE_TUNNEL_MPLS_IN_UDP >> 12] = "TUNNEL_MPLS_IN_UDP",
};

static const char * const inner_l2_names[] = {
	[0] = "INNER_L2_UNKNOWN",
	[RTE_PTYPE_INNER_L2_ETHER >> 16] = "INNER_L2_ETHER",
	[RTE_PTYPE_INNER_L2_ETHER_VLAN >> 16] = "INNER_L2_ETHER_VLAN",
	[RTE_PTYPE_INNER_L2_ETHER_QINQ >> 16] = "INNER_L2_ETHER_QINQ",
};

static const char * const inner_l3_names[] = {
	[0] = "INNER_L3_UNKNOWN",
	[RTE_PTYPE_INNER_L3_IPV4 >> 20] = "INNER_L3_IPV4",
	[RTE_PTYPE_INNER_L3_IPV4_EXT >> 20] = "INNER_L3_IPV4_EXT",
	[RTE_PTYPE_INNER_L3_IPV6 >> 20] = "INNER_L3_IPV6",
	[RTE_PTYPE_INNER_L3_IPV4_EXT_UNKNOWN >> 20] =
		"INNER_L3_IPV4_EXT_UNKNOWN",
	[RTE_PTYPE_INNER_L3_IPV6_EXT >> 20] = "INNER_L3_IPV6_EXT",
	[RTE_PTYPE_INNER_L3_IPV6_EXT_UNKNOWN >> 20] =
		"INNER_L3_IPV6_EXT_UNKNOWN",
};

static const char * const inner_l4_names[] = {
	[0] = "INNER_L4_UNKNOWN",
	[RTE_PTYPE_INNER_L4_TCP >> 24] = "INNER_L4_TCP",
	[RTE_PTYPE_INNER_L4_UDP >> 24] = "INNER_L4_UDP",
	[RTE_PTYPE_INNER_L4_FRAG >> 24] = "INNER_L4_FRAG",
	[RTE_PTYPE_INNER_L4_SCTP >> 24] = "INNER_L4_SCTP",
	[RTE_PTYPE_INNER_L4_ICMP >> 24] = "INNER_L4_ICMP",
	[RTE_PTYPE_INNER_L4_NONFRAG >> 24] = "INNER_L4_NONFRAG",
};

const char *
rte_get_ptype_l2_name(uint32_t ptype)
{
	return ptype_lookup(l2_names, RTE_DIM(l2_names),
		ptype & RTE_PTYPE_L2_MASK);
}

const char *
rte_get_ptype_l3_name(uint32_t ptype)
{
	return ptype_lookup(l3_names, RTE_DIM(l3_names),
		(ptype & RTE_PTYPE_L3_MASK) >> 4);
}

const char *
rte_get_ptype_l4_name(uint32_t ptype)
{
	return ptype_lookup(l4_names, RTE_DIM(l4_names),
		(ptype & RTE_PTYPE_L4_MASK) >> 8);
}

const char *
rte_get_ptype_tunnel_name(uint32_t ptype)
{
	return ptype_lookup(tunnel_names, RTE_DIM(tunnel_names),
		(ptype & RTE_PTYPE_TUNNEL_MASK) >> 12);
}

const char *
rte_get_ptype_inner_l2_name(uint32_t ptype)
{
	return ptype_lookup(inner_l2_names, RTE_DIM(inner_l2_names),
		(ptype & RTE_PTYPE_INNER_L2_MASK) >> 16);
}

const char *
rte_get_ptype_inner_l3_name(uint32_t ptype)
{
	return ptype_lookup(inner_l3_names, RTE_DIM(inner_l3_names),
		(ptype & RTE_PTYPE_INNER_L3_MASK) >> 20);
}

const char *
rte_get_ptype_inner_l4_name(uint32_t ptype)
{
	return ptype_lookup(inner_l4_names, RTE_DIM(inner_l4_names),
		(ptype & RTE_PTYPE_INNER_L4_MASK) >> 24);
}

int
rte_get_ptype_name(uint32_t ptype, char *buf, size_t buflen)
{
	static const struct {
		uint32_t mask;
		const char *(*name)(uint32_t);
	} layers[] = {
		{ RTE_PTYPE_L2_MASK, rte_get_ptype_l2_name },
		{ RTE_PTYPE_L3_MASK, rte_get_ptype_l3_name },
		{ RTE_PTYPE_L4_MASK, rte_get_ptype_l4_name },
		{ RTE_PTYPE_TUNNEL_MASK, rte_get_ptype_tunnel_name },
		{ RTE_PTYPE_INNER_L2_MASK, rte_get_ptype_inner_l2_name },
		{ RTE_PTYPE_INNER_L3_MASK, rte_get_ptype_inner_l3_name },
		{ RTE_PTYPE_INNER_L4_MASK, rte_get_ptype_inner_l4_name },
	};
	size_t off = 0, i;
	int ret;

	if (buf == NULL || buflen == 0)
		return -1;
	buf[0] = '\0';
	if ((ptype & RTE_PTYPE_ALL_MASK) == RTE_PTYPE_UNKNOWN) {
		ret = snprintf(buf, buflen, "UNKNOWN");
		return (ret < 0 || (size_t)ret >= buflen) ? -1 : 0;
	}
	for (i = 0; i < RTE_DIM(layers); i++) {
		if ((ptype & layers[i].mask) == 0)
			continue;
		/* every name is followed by a space, as DPDK prints it */
		ret = snprintf(buf + off, buflen - off, "%s ",
			layers[i].name(ptype));
		if (ret < 0 || (size_t)ret >= buflen - off)
			return -1;
		off += (size_t)ret;
	}
	return 0;
}
