/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Names of the RX and TX offload flags. Multi-bit fields (checksum status,
 * L4 checksum request, tunnel type) are listed once per value with the
 * field's mask; list functions print every entry whose masked value
 * matches, in the same order as DPDK 22.11 so that tools print the same
 * lines.
 */
#include <stdio.h>

#include <rte_common.h>

#include "rte_mbuf.h"

struct ol_flag_name {
	uint64_t flag;   /* value of the field */
	uint64_t mask;   /* bits of the field */
	const char *name;
};

#define SINGLE(f) { f, f, #f }
#define FIELD(f, m) { f, m, #f }

static const struct ol_flag_name rx_flags[] = {
	SINGLE(RTE_MBUF_F_RX_VLAN),
	SINGLE(RTE_MBUF_F_RX_RSS_HASH),
	SINGLE(RTE_MBUF_F_RX_FDIR),
	FIELD(RTE_MBUF_F_RX_L4_CKSUM_BAD, RTE_MBUF_F_RX_L4_CKSUM_MASK),
	FIELD(RTE_MBUF_F_RX_L4_CKSUM_GOOD, RTE_MBUF_F_RX_L4_CKSUM_MASK),
	FIELD(RTE_MBUF_F_RX_L4_CKSUM_NONE, RTE_MBUF_F_RX_L4_CKSUM_MASK),
	FIELD(RTE_MBUF_F_RX_L4_CKSUM_UNKNOWN, RTE_MBUF_F_RX_L4_CKSUM_MASK),
	FIELD(RTE_MBUF_F_RX_IP_CKSUM_BAD, RTE_MBUF_F_RX_IP_CKSUM_MASK),
	FIELD(RTE_MBUF_F_RX_IP_CKSUM_GOOD, RTE_MBUF_F_RX_IP_CKSUM_MASK),
	FIELD(RTE_MBUF_F_RX_IP_CKSUM_NONE, RTE_MBUF_F_RX_IP_CKSUM_MASK),
	FIELD(RTE_MBUF_F_RX_IP_CKSUM_UNKNOWN, RTE_MBUF_F_RX_IP_CKSUM_MASK),
	SINGLE(RTE_MBUF_F_RX_OUTER_IP_CKSUM_BAD),
	SINGLE(RTE_MBUF_F_RX_VLAN_STRIPPED),
	SINGLE(RTE_MBUF_F_RX_IEEE1588_PTP),
	SINGLE(RTE_MBUF_F_RX_IEEE1588_TMST),
	SINGLE(RTE_MBUF_F_RX_FDIR_ID),
	SINGLE(RTE_MBUF_F_RX_FDIR_FLX),
	SINGLE(RTE_MBUF_F_RX_QINQ_STRIPPED),
	SINGLE(RTE_MBUF_F_RX_LRO),
	SINGLE(RTE_MBUF_F_RX_SEC_OFFLOAD),
	SINGLE(RTE_MBUF_F_RX_SEC_OFFLOAD_FAILED),
	SINGLE(RTE_MBUF_F_RX_QINQ),
	FIELD(RTE_MBUF_F_RX_OUTER_L4_CKSUM_BAD,
		RTE_MBUF_F_RX_OUTER_L4_CKSUM_MASK),
	FIELD(RTE_MBUF_F_RX_OUTER_L4_CKSUM_GOOD,
		RTE_MBUF_F_RX_OUTER_L4_CKSUM_MASK),
	FIELD(RTE_MBUF_F_RX_OUTER_L4_CKSUM_INVALID,
		RTE_MBUF_F_RX_OUTER_L4_CKSUM_MASK),
	FIELD(RTE_MBUF_F_RX_OUTER_L4_CKSUM_UNKNOWN,
		RTE_MBUF_F_RX_OUTER_L4_CKSUM_MASK),
};

static const struct ol_flag_name tx_flags[] = {
	SINGLE(RTE_MBUF_F_TX_VLAN),
	SINGLE(RTE_MBUF_F_TX_IP_CKSUM),
	FIELD(RTE_MBUF_F_TX_L4_NO_CKSUM, RTE_MBUF_F_TX_L4_MASK),
	FIELD(RTE_MBUF_F_TX_TCP_CKSUM, RTE_MBUF_F_TX_L4_MASK),
	FIELD(RTE_MBUF_F_TX_SCTP_CKSUM, RTE_MBUF_F_TX_L4_MASK),
	FIELD(RTE_MBUF_F_TX_UDP_CKSUM, RTE_MBUF_F_TX_L4_MASK),
	SINGLE(RTE_MBUF_F_TX_IEEE1588_TMST),
	SINGLE(RTE_MBUF_F_TX_TCP_SEG),
	SINGLE(RTE_MBUF_F_TX_IPV4),
	SINGLE(RTE_MBUF_F_TX_IPV6),
	SINGLE(RTE_MBUF_F_TX_OUTER_IP_CKSUM),
	SINGLE(RTE_MBUF_F_TX_OUTER_IPV4),
	SINGLE(RTE_MBUF_F_TX_OUTER_IPV6),
	FIELD(RTE_MBUF_F_TX_TUNNEL_VXLAN, RTE_MBUF_F_TX_TUNNEL_MASK),
	FIELD(RTE_MBUF_F_TX_TUNNEL_GTP, RTE_MBUF_F_TX_TUNNEL_MASK),
	FIELD(RTE_MBUF_F_TX_TUNNEL_GRE, RTE_MBUF_F_TX_TUNNEL_MASK),
	FIELD(RTE_MBUF_F_TX_TUNNEL_IPIP, RTE_MBUF_F_TX_TUNNEL_MASK),
	FIELD(RTE_MBUF_F_TX_TUNNEL_GENEVE, RTE_MBUF_F_TX_TUNNEL_MASK),
	FIELD(RTE_MBUF_F_TX_TUNNEL_MPLSINUDP, RTE_MBUF_F_TX_TUNNEL_MASK),
	FIELD(RTE_MBUF_F_TX_TUNNEL_VXLAN_GPE, RTE_MBUF_F_TX_TUNNEL_MASK),
	FIELD(RTE_MBUF_F_TX_TUNNEL_IP, RTE_MBUF_F_TX_TUNNEL_MASK),
	FIELD(RTE_MBUF_F_TX_TUNNEL_UDP, RTE_MBUF_F_TX_TUNNEL_MASK),
	SINGLE(RTE_MBUF_F_TX_QINQ),
	SINGLE(RTE_MBUF_F_TX_MACSEC),
	SINGLE(RTE_MBUF_F_TX_SEC_OFFLOAD),
	SINGLE(RTE_MBUF_F_TX_UDP_SEG),
	SINGLE(RTE_MBUF_F_TX_OUTER_UDP_CKSUM),
};

/* Name of the entry whose value is exactly mask (0 never matches). */
static const char *
ol_flag_name(const struct ol_flag_name *t, size_t n, uint64_t mask)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (t[i].flag != 0 && t[i].flag == mask)
			return t[i].name;
	return NULL;
}

static int
ol_flag_list(const struct ol_flag_name *t, size_t n, uint64_t mask,
	char *buf, size_t buflen)
{
	size_t i, off = 0;
	int ret;

	if (buf == NULL || buflen == 0)
		return -1;
	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		if ((mask & t[i].mask) != t[i].flag)
			continue;
		ret = snprintf(buf + off, buflen - off, "%s ", t[i].name);
		if (ret < 0 || (size_t)ret >= buflen - off)
			return -1;
		off += (size_t)ret;
	}
	return 0;
}

const char *
rte_get_rx_ol_flag_name(uint64_t mask)
{
	return ol_flag_name(rx_flags, RTE_DIM(rx_flags), mask);
}

int
rte_get_rx_ol_flag_list(uint64_t mask, char *buf, size_t buflen)
{
	return ol_flag_list(rx_flags, RTE_DIM(rx_flags), mask, buf, buflen);
}

const char *
rte_get_tx_ol_flag_name(uint64_t mask)
{
	return ol_flag_name(tx_flags, RTE_DIM(tx_flags), mask);
}

int
rte_get_tx_ol_flag_list(uint64_t mask, char *buf, size_t buflen)
{
	return ol_flag_list(tx_flags, RTE_DIM(tx_flags), mask, buf, buflen);
}
