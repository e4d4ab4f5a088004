/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Ethernet device API (DPDK 22.11 rte_ethdev.h).
 *
 * A port is configured (rte_eth_dev_configure), its queues set up
 * (rte_eth_rx_queue_setup / rte_eth_tx_queue_setup), then started
 * (rte_eth_dev_start). Packets move with rte_eth_rx_burst/rte_eth_tx_burst,
 * which are inline and dispatch through the flat per-port table
 * rte_eth_fp_ops[] (rte_ethdev_core.h) without locks or checks; define
 * RTE_ETHDEV_DEBUG_RX / RTE_ETHDEV_DEBUG_TX to get port/queue validation.
 *
 * Control-path calls return 0 or a negative errno (-ENODEV bad port,
 * -EINVAL bad argument, -ENOTSUP not supported by the PMD, -EBUSY wrong
 * state) and log the reason at the default level (log type lib.ethdev).
 */
#ifndef _RTE_ETHDEV_H_
#define _RTE_ETHDEV_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <stdio.h>
#include <errno.h>
#include <time.h>

#include <rte_common.h>
#include <rte_config.h>
#include <rte_log.h>
#include <rte_errno.h>
#include <rte_dev.h>
#include <rte_ether.h>
#include <rte_mbuf.h>
/*
 * DPDK's rte_ethdev.h pulls the protocol headers in through rte_flow.h;
 * applications rely on that (RTE_IPV4, struct rte_ipv4_hdr...).
 */
#include <rte_ip.h>
#include <rte_udp.h>
#include <rte_tcp.h>
#include <rte_sctp.h>
#include <rte_icmp.h>
#include <rte_arp.h>
#include <rte_gre.h>
#include <rte_vxlan.h>
#include <rte_esp.h>
#include "rte_dev_info.h"

struct rte_mempool;

#ifdef RTE_LIBRTE_ETHDEV_DEBUG
/** Port/queue checks in rte_eth_rx_burst and friends (debug builds). */
#define RTE_ETHDEV_DEBUG_RX
/** Port/queue checks in rte_eth_tx_burst and friends (debug builds). */
#define RTE_ETHDEV_DEBUG_TX
#endif

/** Log type of the ethdev library ("lib.ethdev"). */
extern int rte_eth_dev_logtype;

/** Log a message of the ethdev library, prefixed with the function name. */
#define RTE_ETHDEV_LOG(level, ...) \
	rte_log(RTE_LOG_ ## level, rte_eth_dev_logtype, \
		RTE_FMT("%s(): " RTE_FMT_HEAD(__VA_ARGS__,), __func__, \
			RTE_FMT_TAIL(__VA_ARGS__,)))

/** LRO (RTE_ETH_RX_OFFLOAD_TCP_LRO, max_lro_pkt_size) is part of the API. */
#define RTE_ETHDEV_HAS_LRO_SUPPORT

/** Bit n as a 32-bit flag (internal). */
#define __RTE_ETH_B32(n) ((uint32_t)1 << (n))
/** Bit n as a 64-bit flag (internal). */
#define __RTE_ETH_B64(n) ((uint64_t)1 << (n))

/**
 * Start iterating over the ports of the device named in devargs
 * ("net_ring0", "vdev:net_ring0,args", "0000:00:03.0"). Returns 0, or a
 * negative errno (class filters are not supported: -ENOTSUP).
 */
int rte_eth_iterator_init(struct rte_dev_iterator *iter, const char *devargs);
/** Next matching port, or RTE_MAX_ETHPORTS (the iterator is then cleaned up). */
uint16_t rte_eth_iterator_next(struct rte_dev_iterator *iter);
/** Free an iterator left before rte_eth_iterator_next() returned the end. */
void rte_eth_iterator_cleanup(struct rte_dev_iterator *iter);

/** Iterate over the ports of the device named in devargs. */
#define RTE_ETH_FOREACH_MATCHING_DEV(id, devargs, iter) \
	for (rte_eth_iterator_init(iter, devargs), \
	     id = rte_eth_iterator_next(iter); \
	     id != RTE_MAX_ETHPORTS; \
	     id = rte_eth_iterator_next(iter))

/** Basic statistics of a port (rte_eth_stats_get). */
struct rte_eth_stats {
	uint64_t ipackets;	/**< packets received */
	uint64_t opackets;	/**< packets sent */
	uint64_t ibytes;	/**< bytes received */
	uint64_t obytes;	/**< bytes sent */
	uint64_t imissed;	/**< packets dropped by the HW: Rx queue full */
	uint64_t ierrors;	/**< erroneous packets received */
	uint64_t oerrors;	/**< packets that failed to be sent */
	uint64_t rx_nombuf;	/**< Rx mbuf allocation failures */
	uint64_t q_ipackets[RTE_ETHDEV_QUEUE_STAT_CNTRS]; /**< packets received per queue (stats slot) */
	uint64_t q_opackets[RTE_ETHDEV_QUEUE_STAT_CNTRS]; /**< packets sent per queue */
	uint64_t q_ibytes[RTE_ETHDEV_QUEUE_STAT_CNTRS]; /**< bytes received per queue */
	uint64_t q_obytes[RTE_ETHDEV_QUEUE_STAT_CNTRS]; /**< bytes sent per queue */
	uint64_t q_errors[RTE_ETHDEV_QUEUE_STAT_CNTRS]; /**< packets dropped per Rx queue */
};

/* Link speed capabilities and advertised speeds (bit flags). */
#define RTE_ETH_LINK_SPEED_AUTONEG 0 /**< autonegotiate every supported speed */
#define RTE_ETH_LINK_SPEED_FIXED   __RTE_ETH_B32(0) /**< no autonegotiation: exactly one speed */
#define RTE_ETH_LINK_SPEED_10M_HD  __RTE_ETH_B32(1) /**< 10 Mbps half duplex */
#define RTE_ETH_LINK_SPEED_10M     __RTE_ETH_B32(2) /**< 10 Mbps full duplex */
#define RTE_ETH_LINK_SPEED_100M_HD __RTE_ETH_B32(3) /**< 100 Mbps half duplex */
#define RTE_ETH_LINK_SPEED_100M    __RTE_ETH_B32(4) /**< 100 Mbps full duplex */
#define RTE_ETH_LINK_SPEED_1G      __RTE_ETH_B32(5) /**< 1 Gbps */
#define RTE_ETH_LINK_SPEED_2_5G    __RTE_ETH_B32(6) /**< 2.5 Gbps */
#define RTE_ETH_LINK_SPEED_5G      __RTE_ETH_B32(7) /**< 5 Gbps */
#define RTE_ETH_LINK_SPEED_10G     __RTE_ETH_B32(8) /**< 10 Gbps */
#define RTE_ETH_LINK_SPEED_20G     __RTE_ETH_B32(9) /**< 20 Gbps */
#define RTE_ETH_LINK_SPEED_25G     __RTE_ETH_B32(10) /**< 25 Gbps */
#define RTE_ETH_LINK_SPEED_40G     __RTE_ETH_B32(11) /**< 40 Gbps */
#define RTE_ETH_LINK_SPEED_50G     __RTE_ETH_B32(12) /**< 50 Gbps */
#define RTE_ETH_LINK_SPEED_56G     __RTE_ETH_B32(13) /**< 56 Gbps */
#define RTE_ETH_LINK_SPEED_100G    __RTE_ETH_B32(14) /**< 100 Gbps */
#define RTE_ETH_LINK_SPEED_200G    __RTE_ETH_B32(15) /**< 200 Gbps */

/* Link speeds in Mbps. */
#define RTE_ETH_SPEED_NUM_NONE    0 /**< speed not defined */
#define RTE_ETH_SPEED_NUM_10M     10 /**< 10 Mbps (value in Mbps) */
#define RTE_ETH_SPEED_NUM_100M    100 /**< 100 Mbps (value in Mbps) */
#define RTE_ETH_SPEED_NUM_1G      1000 /**< 1 Gbps (value in Mbps) */
#define RTE_ETH_SPEED_NUM_2_5G    2500 /**< 2.5 Gbps (value in Mbps) */
#define RTE_ETH_SPEED_NUM_5G      5000 /**< 5 Gbps (value in Mbps) */
#define RTE_ETH_SPEED_NUM_10G     10000 /**< 10 Gbps (value in Mbps) */
#define RTE_ETH_SPEED_NUM_20G     20000 /**< 20 Gbps (value in Mbps) */
#define RTE_ETH_SPEED_NUM_25G     25000 /**< 25 Gbps (value in Mbps) */
#define RTE_ETH_SPEED_NUM_40G     40000 /**< 40 Gbps (value in Mbps) */
#define RTE_ETH_SPEED_NUM_50G     50000 /**< 50 Gbps (value in Mbps) */
#define RTE_ETH_SPEED_NUM_56G     56000 /**< 56 Gbps (value in Mbps) */
#define RTE_ETH_SPEED_NUM_100G    100000 /**< 100 Gbps (value in Mbps) */
#define RTE_ETH_SPEED_NUM_200G    200000 /**< 200 Gbps (value in Mbps) */
#define RTE_ETH_SPEED_NUM_UNKNOWN UINT32_MAX /**< speed unknown */

/**
 * Link state. It fits in 64 bits so that it can be read and written
 * atomically (rte_eth_linkstatus_get/set in ethdev_driver.h). This is an
 * API structure, not a hardware layout, hence DPDK's bit-fields.
 */
__extension__
struct rte_eth_link {
	uint32_t link_speed;		/**< RTE_ETH_SPEED_NUM_* */
	uint16_t link_duplex  : 1;	/**< RTE_ETH_LINK_[HALF/FULL]_DUPLEX */
	uint16_t link_autoneg : 1;	/**< RTE_ETH_LINK_[AUTONEG/FIXED] */
	uint16_t link_status  : 1;	/**< RTE_ETH_LINK_[DOWN/UP] */
} __rte_aligned(8);

#define RTE_ETH_LINK_HALF_DUPLEX 0 /**< half duplex (link_duplex) */
#define RTE_ETH_LINK_FULL_DUPLEX 1 /**< full duplex (link_duplex) */
#define RTE_ETH_LINK_DOWN        0 /**< link down (link_status) */
#define RTE_ETH_LINK_UP          1 /**< link up (link_status) */
#define RTE_ETH_LINK_FIXED       0 /**< fixed speed (link_autoneg) */
#define RTE_ETH_LINK_AUTONEG     1 /**< autonegotiated (link_autoneg) */
#define RTE_ETH_LINK_MAX_STR_LEN 40	/**< rte_eth_link_to_str() buffer size */

/** Ring prefetch, host and write-back thresholds (NIC specific). */
struct rte_eth_thresh {
	uint8_t pthresh; /**< prefetch threshold */
	uint8_t hthresh; /**< host threshold */
	uint8_t wthresh; /**< write-back threshold */
};

#define RTE_ETH_MQ_RX_RSS_FLAG  __RTE_ETH_B32(0) /**< Rx multi-queue mode bit: RSS */
#define RTE_ETH_MQ_RX_DCB_FLAG  __RTE_ETH_B32(1) /**< Rx multi-queue mode bit: DCB */
#define RTE_ETH_MQ_RX_VMDQ_FLAG __RTE_ETH_B32(2) /**< Rx multi-queue mode bit: VMDq */

/** How received packets are spread over Rx queues. */
enum rte_eth_rx_mq_mode {
	RTE_ETH_MQ_RX_NONE = 0, /**< one queue or no spreading */
	RTE_ETH_MQ_RX_RSS = RTE_ETH_MQ_RX_RSS_FLAG, /**< RSS */
	RTE_ETH_MQ_RX_DCB = RTE_ETH_MQ_RX_DCB_FLAG, /**< DCB */
	RTE_ETH_MQ_RX_DCB_RSS = RTE_ETH_MQ_RX_RSS_FLAG | RTE_ETH_MQ_RX_DCB_FLAG, /**< DCB then RSS */
	RTE_ETH_MQ_RX_VMDQ_ONLY = RTE_ETH_MQ_RX_VMDQ_FLAG, /**< VMDq */
	RTE_ETH_MQ_RX_VMDQ_RSS = RTE_ETH_MQ_RX_RSS_FLAG | RTE_ETH_MQ_RX_VMDQ_FLAG, /**< VMDq then RSS */
	RTE_ETH_MQ_RX_VMDQ_DCB = RTE_ETH_MQ_RX_VMDQ_FLAG | RTE_ETH_MQ_RX_DCB_FLAG, /**< VMDq then DCB */
	RTE_ETH_MQ_RX_VMDQ_DCB_RSS = RTE_ETH_MQ_RX_RSS_FLAG | /**< VMDq, DCB then RSS */
		RTE_ETH_MQ_RX_DCB_FLAG | RTE_ETH_MQ_RX_VMDQ_FLAG,
};

/** How Tx queues are mapped (DCB/VMDq). */
enum rte_eth_tx_mq_mode {
	RTE_ETH_MQ_TX_NONE = 0, /**< no mapping */
	RTE_ETH_MQ_TX_DCB, /**< DCB */
	RTE_ETH_MQ_TX_VMDQ_DCB, /**< VMDq + DCB */
	RTE_ETH_MQ_TX_VMDQ_ONLY, /**< VMDq */
};

/** Rx part of the port configuration. */
struct rte_eth_rxmode {
	enum rte_eth_rx_mq_mode mq_mode; /**< multi-queue mode */
	uint32_t mtu;			/**< 0: RTE_ETHER_MTU */
	uint32_t max_lro_pkt_size;	/**< with RTE_ETH_RX_OFFLOAD_TCP_LRO */
	uint64_t offloads;		/**< RTE_ETH_RX_OFFLOAD_* for all queues */
	uint64_t reserved_64s[2]; /**< reserved */
	void *reserved_ptrs[2]; /**< reserved */
};

/** VLAN tag position (rte_eth_dev_set_vlan_ether_type). */
enum rte_vlan_type {
	RTE_ETH_VLAN_TYPE_UNKNOWN = 0, /**< unknown */
	RTE_ETH_VLAN_TYPE_INNER, /**< inner (C) tag */
	RTE_ETH_VLAN_TYPE_OUTER, /**< outer (S) tag */
	RTE_ETH_VLAN_TYPE_MAX, /**< number of types */
};

/** Bitmap of the 4096 VLAN ids accepted by the VLAN filter. */
struct rte_vlan_filter_conf {
	uint64_t ids[64]; /**< bit n of ids[n / 64] set: VLAN n accepted */
};

/** RSS hash key and the protocols hashed. */
struct rte_eth_rss_conf {
	uint8_t *rss_key;	/**< NULL: keep/unknown */
	uint8_t rss_key_len; /**< bytes at rss_key */
	uint64_t rss_hf;	/**< RTE_ETH_RSS_* */
};

/* Flow types (legacy flow director/RSS indexes). */
#define RTE_ETH_FLOW_UNKNOWN             0 /**< flow type unknown */
#define RTE_ETH_FLOW_RAW                 1 /**< flow type raw */
#define RTE_ETH_FLOW_IPV4                2 /**< flow type ipv4 */
#define RTE_ETH_FLOW_FRAG_IPV4           3 /**< flow type frag ipv4 */
#define RTE_ETH_FLOW_NONFRAG_IPV4_TCP    4 /**< flow type nonfrag ipv4 tcp */
#define RTE_ETH_FLOW_NONFRAG_IPV4_UDP    5 /**< flow type nonfrag ipv4 udp */
#define RTE_ETH_FLOW_NONFRAG_IPV4_SCTP   6 /**< flow type nonfrag ipv4 sctp */
#define RTE_ETH_FLOW_NONFRAG_IPV4_OTHER  7 /**< flow type nonfrag ipv4 other */
#define RTE_ETH_FLOW_IPV6                8 /**< flow type ipv6 */
#define RTE_ETH_FLOW_FRAG_IPV6           9 /**< flow type frag ipv6 */
#define RTE_ETH_FLOW_NONFRAG_IPV6_TCP   10 /**< flow type nonfrag ipv6 tcp */
#define RTE_ETH_FLOW_NONFRAG_IPV6_UDP   11 /**< flow type nonfrag ipv6 udp */
#define RTE_ETH_FLOW_NONFRAG_IPV6_SCTP  12 /**< flow type nonfrag ipv6 sctp */
#define RTE_ETH_FLOW_NONFRAG_IPV6_OTHER 13 /**< flow type nonfrag ipv6 other */
#define RTE_ETH_FLOW_L2_PAYLOAD         14 /**< flow type l2 payload */
#define RTE_ETH_FLOW_IPV6_EX            15 /**< flow type ipv6 ex */
#define RTE_ETH_FLOW_IPV6_TCP_EX        16 /**< flow type ipv6 tcp ex */
#define RTE_ETH_FLOW_IPV6_UDP_EX        17 /**< flow type ipv6 udp ex */
#define RTE_ETH_FLOW_PORT               18 /**< flow type port */
#define RTE_ETH_FLOW_VXLAN              19 /**< flow type vxlan */
#define RTE_ETH_FLOW_GENEVE             20 /**< flow type geneve */
#define RTE_ETH_FLOW_NVGRE              21 /**< flow type nvgre */
#define RTE_ETH_FLOW_VXLAN_GPE          22 /**< flow type vxlan gpe */
#define RTE_ETH_FLOW_GTPU               23 /**< flow type gtpu */
#define RTE_ETH_FLOW_MAX                24 /**< flow type max */

/* RSS hash functions (rss_hf bits). */
#define RTE_ETH_RSS_IPV4               __RTE_ETH_B64(2) /**< RSS hash on IPV4 */
#define RTE_ETH_RSS_FRAG_IPV4          __RTE_ETH_B64(3) /**< RSS hash on fragmented IPV4 */
#define RTE_ETH_RSS_NONFRAG_IPV4_TCP   __RTE_ETH_B64(4) /**< RSS hash on non-fragmented IPV4 TCP */
#define RTE_ETH_RSS_NONFRAG_IPV4_UDP   __RTE_ETH_B64(5) /**< RSS hash on non-fragmented IPV4 UDP */
#define RTE_ETH_RSS_NONFRAG_IPV4_SCTP  __RTE_ETH_B64(6) /**< RSS hash on non-fragmented IPV4 SCTP */
#define RTE_ETH_RSS_NONFRAG_IPV4_OTHER __RTE_ETH_B64(7) /**< RSS hash on non-fragmented IPV4 OTHER */
#define RTE_ETH_RSS_IPV6               __RTE_ETH_B64(8) /**< RSS hash on IPV6 */
#define RTE_ETH_RSS_FRAG_IPV6          __RTE_ETH_B64(9) /**< RSS hash on fragmented IPV6 */
#define RTE_ETH_RSS_NONFRAG_IPV6_TCP   __RTE_ETH_B64(10) /**< RSS hash on non-fragmented IPV6 TCP */
#define RTE_ETH_RSS_NONFRAG_IPV6_UDP   __RTE_ETH_B64(11) /**< RSS hash on non-fragmented IPV6 UDP */
#define RTE_ETH_RSS_NONFRAG_IPV6_SCTP  __RTE_ETH_B64(12) /**< RSS hash on non-fragmented IPV6 SCTP */
#define RTE_ETH_RSS_NONFRAG_IPV6_OTHER __RTE_ETH_B64(13) /**< RSS hash on non-fragmented IPV6 OTHER */
#define RTE_ETH_RSS_L2_PAYLOAD         __RTE_ETH_B64(14) /**< RSS hash on L2 PAYLOAD */
#define RTE_ETH_RSS_IPV6_EX            __RTE_ETH_B64(15) /**< RSS hash on IPV6 EX */
#define RTE_ETH_RSS_IPV6_TCP_EX        __RTE_ETH_B64(16) /**< RSS hash on IPV6 TCP EX */
#define RTE_ETH_RSS_IPV6_UDP_EX        __RTE_ETH_B64(17) /**< RSS hash on IPV6 UDP EX */
#define RTE_ETH_RSS_PORT               __RTE_ETH_B64(18) /**< RSS hash on PORT */
#define RTE_ETH_RSS_VXLAN              __RTE_ETH_B64(19) /**< RSS hash on VXLAN */
#define RTE_ETH_RSS_GENEVE             __RTE_ETH_B64(20) /**< RSS hash on GENEVE */
#define RTE_ETH_RSS_NVGRE              __RTE_ETH_B64(21) /**< RSS hash on NVGRE */
#define RTE_ETH_RSS_GTPU               __RTE_ETH_B64(23) /**< RSS hash on GTPU */
#define RTE_ETH_RSS_ETH                __RTE_ETH_B64(24) /**< RSS hash on ETH */
#define RTE_ETH_RSS_S_VLAN             __RTE_ETH_B64(25) /**< RSS hash on S VLAN */
#define RTE_ETH_RSS_C_VLAN             __RTE_ETH_B64(26) /**< RSS hash on C VLAN */
#define RTE_ETH_RSS_ESP                __RTE_ETH_B64(27) /**< RSS hash on ESP */
#define RTE_ETH_RSS_AH                 __RTE_ETH_B64(28) /**< RSS hash on AH */
#define RTE_ETH_RSS_L2TPV3             __RTE_ETH_B64(29) /**< RSS hash on L2TPV3 */
#define RTE_ETH_RSS_PFCP               __RTE_ETH_B64(30) /**< RSS hash on PFCP */
#define RTE_ETH_RSS_PPPOE              __RTE_ETH_B64(31) /**< RSS hash on PPPOE */
#define RTE_ETH_RSS_ECPRI              __RTE_ETH_B64(32) /**< RSS hash on ECPRI */
#define RTE_ETH_RSS_MPLS               __RTE_ETH_B64(33) /**< RSS hash on MPLS */
#define RTE_ETH_RSS_IPV4_CHKSUM        __RTE_ETH_B64(34) /**< RSS hash on IPV4 CHKSUM */
#define RTE_ETH_RSS_L4_CHKSUM          __RTE_ETH_B64(35) /**< RSS hash on L4 CHKSUM */
#define RTE_ETH_RSS_L2TPV2             __RTE_ETH_B64(36) /**< RSS hash on L2TPV2 */
#define RTE_ETH_RSS_L3_SRC_ONLY        __RTE_ETH_B64(63) /**< hash only the L3 source address */
#define RTE_ETH_RSS_L3_DST_ONLY        __RTE_ETH_B64(62) /**< hash only the L3 destination address */
#define RTE_ETH_RSS_L4_SRC_ONLY        __RTE_ETH_B64(61) /**< hash only the L4 source port */
#define RTE_ETH_RSS_L4_DST_ONLY        __RTE_ETH_B64(60) /**< hash only the L4 destination port */
#define RTE_ETH_RSS_L2_SRC_ONLY        __RTE_ETH_B64(59) /**< hash only the source MAC */
#define RTE_ETH_RSS_L2_DST_ONLY        __RTE_ETH_B64(58) /**< hash only the destination MAC */
#define RTE_ETH_RSS_L3_PRE32           __RTE_ETH_B64(57) /**< hash only the first 32 bits of the IPv6 addresses */
#define RTE_ETH_RSS_L3_PRE40           __RTE_ETH_B64(56) /**< hash only the first 40 bits of the IPv6 addresses */
#define RTE_ETH_RSS_L3_PRE48           __RTE_ETH_B64(55) /**< hash only the first 48 bits of the IPv6 addresses */
#define RTE_ETH_RSS_L3_PRE56           __RTE_ETH_B64(54) /**< hash only the first 56 bits of the IPv6 addresses */
#define RTE_ETH_RSS_L3_PRE64           __RTE_ETH_B64(53) /**< hash only the first 64 bits of the IPv6 addresses */
#define RTE_ETH_RSS_L3_PRE96           __RTE_ETH_B64(52) /**< hash only the first 96 bits of the IPv6 addresses */
#define RTE_ETH_RSS_LEVEL_PMD_DEFAULT  (UINT64_C(0) << 50) /**< encapsulation level chosen by the PMD */
#define RTE_ETH_RSS_LEVEL_OUTERMOST    (UINT64_C(1) << 50) /**< hash the outermost headers */
#define RTE_ETH_RSS_LEVEL_INNERMOST    (UINT64_C(2) << 50) /**< hash the innermost headers */
#define RTE_ETH_RSS_LEVEL_MASK         (UINT64_C(3) << 50) /**< mask of the encapsulation level bits */
#define RTE_ETH_RSS_LEVEL(rss_hf) (((rss_hf) & RTE_ETH_RSS_LEVEL_MASK) >> 50) /**< RSS hash on LEVEL */

/** Drop SRC_ONLY/DST_ONLY pairs that ask for both (= neither restriction). */
static inline uint64_t
rte_eth_rss_hf_refine(uint64_t rss_hf)
{
	const uint64_t l3 = RTE_ETH_RSS_L3_SRC_ONLY | RTE_ETH_RSS_L3_DST_ONLY;
	const uint64_t l4 = RTE_ETH_RSS_L4_SRC_ONLY | RTE_ETH_RSS_L4_DST_ONLY;

	if ((rss_hf & l3) == l3)
		rss_hf &= ~l3;
	if ((rss_hf & l4) == l4)
		rss_hf &= ~l4;
	return rss_hf;
}

#define RTE_ETH_RSS_IPV6_PRE32 (RTE_ETH_RSS_IPV6 | RTE_ETH_RSS_L3_PRE32) /**< IPv6 hashed on the first 32 address bits */
#define RTE_ETH_RSS_IPV6_PRE40 (RTE_ETH_RSS_IPV6 | RTE_ETH_RSS_L3_PRE40) /**< IPv6 hashed on the first 40 address bits */
#define RTE_ETH_RSS_IPV6_PRE48 (RTE_ETH_RSS_IPV6 | RTE_ETH_RSS_L3_PRE48) /**< IPv6 hashed on the first 48 address bits */
#define RTE_ETH_RSS_IPV6_PRE56 (RTE_ETH_RSS_IPV6 | RTE_ETH_RSS_L3_PRE56) /**< IPv6 hashed on the first 56 address bits */
#define RTE_ETH_RSS_IPV6_PRE64 (RTE_ETH_RSS_IPV6 | RTE_ETH_RSS_L3_PRE64) /**< IPv6 hashed on the first 64 address bits */
#define RTE_ETH_RSS_IPV6_PRE96 (RTE_ETH_RSS_IPV6 | RTE_ETH_RSS_L3_PRE96) /**< IPv6 hashed on the first 96 address bits */

/** Every IPv4/IPv6 hash type without L4 ports. */
#define RTE_ETH_RSS_IP (RTE_ETH_RSS_IPV4 | RTE_ETH_RSS_FRAG_IPV4 | \
	RTE_ETH_RSS_NONFRAG_IPV4_OTHER | RTE_ETH_RSS_IPV6 | \
	RTE_ETH_RSS_FRAG_IPV6 | RTE_ETH_RSS_NONFRAG_IPV6_OTHER | \
	RTE_ETH_RSS_IPV6_EX)
/** Every UDP hash type. */
#define RTE_ETH_RSS_UDP (RTE_ETH_RSS_NONFRAG_IPV4_UDP | \
	RTE_ETH_RSS_NONFRAG_IPV6_UDP | RTE_ETH_RSS_IPV6_UDP_EX)
/** Every TCP hash type. */
#define RTE_ETH_RSS_TCP (RTE_ETH_RSS_NONFRAG_IPV4_TCP | \
	RTE_ETH_RSS_NONFRAG_IPV6_TCP | RTE_ETH_RSS_IPV6_TCP_EX)
/** Every SCTP hash type. */
#define RTE_ETH_RSS_SCTP (RTE_ETH_RSS_NONFRAG_IPV4_SCTP | \
	RTE_ETH_RSS_NONFRAG_IPV6_SCTP)
/** Every tunnel hash type. */
#define RTE_ETH_RSS_TUNNEL (RTE_ETH_RSS_VXLAN | RTE_ETH_RSS_GENEVE | \
	RTE_ETH_RSS_NVGRE)
#define RTE_ETH_RSS_VLAN (RTE_ETH_RSS_S_VLAN | RTE_ETH_RSS_C_VLAN) /**< both VLAN tags */
/** Every protocol hash type. */
#define RTE_ETH_RSS_PROTO_MASK (RTE_ETH_RSS_IPV4 | RTE_ETH_RSS_FRAG_IPV4 | \
	RTE_ETH_RSS_NONFRAG_IPV4_TCP | RTE_ETH_RSS_NONFRAG_IPV4_UDP | \
	RTE_ETH_RSS_NONFRAG_IPV4_SCTP | RTE_ETH_RSS_NONFRAG_IPV4_OTHER | \
	RTE_ETH_RSS_IPV6 | RTE_ETH_RSS_FRAG_IPV6 | \
	RTE_ETH_RSS_NONFRAG_IPV6_TCP | RTE_ETH_RSS_NONFRAG_IPV6_UDP | \
	RTE_ETH_RSS_NONFRAG_IPV6_SCTP | RTE_ETH_RSS_NONFRAG_IPV6_OTHER | \
	RTE_ETH_RSS_L2_PAYLOAD | RTE_ETH_RSS_IPV6_EX | \
	RTE_ETH_RSS_IPV6_TCP_EX | RTE_ETH_RSS_IPV6_UDP_EX | \
	RTE_ETH_RSS_PORT | RTE_ETH_RSS_VXLAN | RTE_ETH_RSS_GENEVE | \
	RTE_ETH_RSS_NVGRE | RTE_ETH_RSS_MPLS)

#define RTE_ETH_RSS_RETA_SIZE_64  64 /**< RETA of 64 entries */
#define RTE_ETH_RSS_RETA_SIZE_128 128 /**< RETA of 128 entries */
#define RTE_ETH_RSS_RETA_SIZE_256 256 /**< RETA of 256 entries */
#define RTE_ETH_RSS_RETA_SIZE_512 512 /**< RETA of 512 entries */
#define RTE_ETH_RETA_GROUP_SIZE   64	/**< entries per rte_eth_rss_reta_entry64 */

#define RTE_ETH_VMDQ_MAX_VLAN_FILTERS   64 /**< VLAN filters of VMDq */
#define RTE_ETH_DCB_NUM_USER_PRIORITIES 8 /**< DCB user priorities */
#define RTE_ETH_VMDQ_DCB_NUM_QUEUES     128 /**< queues of VMDq+DCB */
#define RTE_ETH_DCB_NUM_QUEUES          128 /**< queues of DCB */
#define RTE_ETH_DCB_PG_SUPPORT      __RTE_ETH_B32(0) /**< DCB priority groups (ETS) */
#define RTE_ETH_DCB_PFC_SUPPORT     __RTE_ETH_B32(1) /**< DCB priority flow control */

/* VLAN offload bits of rte_eth_dev_set/get_vlan_offload(). */
#define RTE_ETH_VLAN_STRIP_OFFLOAD   0x0001 /**< VLAN stripping on */
#define RTE_ETH_VLAN_FILTER_OFFLOAD  0x0002 /**< VLAN filtering on */
#define RTE_ETH_VLAN_EXTEND_OFFLOAD  0x0004 /**< extended (double) VLAN on */
#define RTE_ETH_QINQ_STRIP_OFFLOAD   0x0008 /**< QinQ stripping on */
#define RTE_ETH_VLAN_STRIP_MASK      0x0001 /**< VLAN stripping setting changed */
#define RTE_ETH_VLAN_FILTER_MASK     0x0002 /**< VLAN filtering setting changed */
#define RTE_ETH_VLAN_EXTEND_MASK     0x0004 /**< extended VLAN setting changed */
#define RTE_ETH_QINQ_STRIP_MASK      0x0008 /**< QinQ stripping setting changed */
#define RTE_ETH_VLAN_ID_MAX          0x0FFF /**< VLAN ids are 12 bits */

#define RTE_ETH_NUM_RECEIVE_MAC_ADDR   128 /**< max MAC addresses of a port */
#define RTE_ETH_VMDQ_NUM_UC_HASH_ARRAY 128 /**< unicast hash array size */
#define RTE_ETH_VMDQ_ACCEPT_UNTAG      __RTE_ETH_B32(0) /**< VMDq pool accepts untagged frames */
#define RTE_ETH_VMDQ_ACCEPT_HASH_MC    __RTE_ETH_B32(1) /**< accepts hash-matched multicast */
#define RTE_ETH_VMDQ_ACCEPT_HASH_UC    __RTE_ETH_B32(2) /**< accepts hash-matched unicast */
#define RTE_ETH_VMDQ_ACCEPT_BROADCAST  __RTE_ETH_B32(3) /**< accepts broadcast */
#define RTE_ETH_VMDQ_ACCEPT_MULTICAST  __RTE_ETH_B32(4) /**< accepts every multicast */

/** 64 entries of the RSS redirection table; mask selects the valid ones. */
struct rte_eth_rss_reta_entry64 {
	uint64_t mask; /**< which of the 64 entries are meant */
	uint16_t reta[RTE_ETH_RETA_GROUP_SIZE]; /**< queue of each entry */
};

/** Number of DCB traffic classes. */
enum rte_eth_nb_tcs {
	RTE_ETH_4_TCS = 4, /**< 4 classes */
	RTE_ETH_8_TCS = 8 /**< 8 classes */
};

/** Number of VMDq pools. */
enum rte_eth_nb_pools {
	RTE_ETH_8_POOLS = 8, /**< 8 pools */
	RTE_ETH_16_POOLS = 16, /**< 16 pools */
	RTE_ETH_32_POOLS = 32, /**< 32 pools */
	RTE_ETH_64_POOLS = 64 /**< 64 pools */
};

/** DCB Rx configuration. */
struct rte_eth_dcb_rx_conf {
	enum rte_eth_nb_tcs nb_tcs; /**< traffic classes */
	uint8_t dcb_tc[RTE_ETH_DCB_NUM_USER_PRIORITIES]; /**< traffic class of each user priority */
};

/** VMDq + DCB Tx configuration. */
struct rte_eth_vmdq_dcb_tx_conf {
	enum rte_eth_nb_pools nb_queue_pools; /**< pools */
	uint8_t dcb_tc[RTE_ETH_DCB_NUM_USER_PRIORITIES]; /**< traffic class of each user priority */
};

/** DCB Tx configuration. */
struct rte_eth_dcb_tx_conf {
	enum rte_eth_nb_tcs nb_tcs; /**< traffic classes */
	uint8_t dcb_tc[RTE_ETH_DCB_NUM_USER_PRIORITIES]; /**< traffic class of each user priority */
};

/** VMDq Tx configuration. */
struct rte_eth_vmdq_tx_conf {
	enum rte_eth_nb_pools nb_queue_pools; /**< pools */
};

/** VMDq + DCB Rx configuration. */
struct rte_eth_vmdq_dcb_conf {
	enum rte_eth_nb_pools nb_queue_pools; /**< pools */
	uint8_t enable_default_pool; /**< 1: unmatched frames go to default_pool */
	uint8_t default_pool; /**< pool of unmatched frames */
	uint8_t nb_pool_maps; /**< entries of pool_map */
	struct {
		uint16_t vlan_id; /**< VLAN id */
		uint64_t pools; /**< bitmap of pools */
	} pool_map[RTE_ETH_VMDQ_MAX_VLAN_FILTERS]; /**< VLAN id to pools */
	uint8_t dcb_tc[RTE_ETH_DCB_NUM_USER_PRIORITIES]; /**< traffic class of each user priority */
};

/** VMDq Rx configuration. */
struct rte_eth_vmdq_rx_conf {
	enum rte_eth_nb_pools nb_queue_pools; /**< pools */
	uint8_t enable_default_pool; /**< 1: unmatched frames go to default_pool */
	uint8_t default_pool; /**< pool of unmatched frames */
	uint8_t enable_loop_back; /**< 1: VM to VM loopback */
	uint8_t nb_pool_maps; /**< entries of pool_map */
	uint32_t rx_mode; /**< RTE_ETH_VMDQ_ACCEPT_* */
	struct {
		uint16_t vlan_id; /**< VLAN id */
		uint64_t pools; /**< bitmap of pools */
	} pool_map[RTE_ETH_VMDQ_MAX_VLAN_FILTERS]; /**< VLAN id to pools */
};

/** Tx part of the port configuration. */
struct rte_eth_txmode {
	enum rte_eth_tx_mq_mode mq_mode; /**< multi-queue mode */
	uint64_t offloads;	/**< RTE_ETH_TX_OFFLOAD_* for all queues */
	uint16_t pvid; /**< port VLAN id */
	__extension__
	uint8_t hw_vlan_reject_tagged : 1, /**< drop tagged frames */
		hw_vlan_reject_untagged : 1, /**< drop untagged frames */
		hw_vlan_insert_pvid : 1; /**< tag frames with pvid */
	uint64_t reserved_64s[2]; /**< reserved */
	void *reserved_ptrs[2]; /**< reserved */
};

/** One segment description of the buffer split offload. */
struct rte_eth_rxseg_split {
	struct rte_mempool *mp; /**< pool of this segment */
	uint16_t length; /**< segment length, 0: rest of the buffer */
	uint16_t offset; /**< data offset in the buffer */
	uint32_t proto_hdr; /**< split after this protocol header */
};

/** Rx segment description (buffer split). */
union rte_eth_rxseg {
	struct rte_eth_rxseg_split split; /**< buffer split segment */
};

/** Rx queue configuration (rte_eth_rx_queue_setup). */
struct rte_eth_rxconf {
	struct rte_eth_thresh rx_thresh; /**< ring thresholds */
	uint16_t rx_free_thresh;	/**< refill descriptors in batches of this */
	uint8_t rx_drop_en;		/**< drop when no descriptor is free */
	uint8_t rx_deferred_start;	/**< not started by rte_eth_dev_start */
	uint16_t rx_nseg; /**< entries at rx_seg */
	uint16_t share_group; /**< shared Rx queue group, 0: none */
	uint16_t share_qid; /**< queue id in the share group */
	uint64_t offloads;		/**< per-queue RTE_ETH_RX_OFFLOAD_* */
	union rte_eth_rxseg *rx_seg; /**< buffer split description */
	struct rte_mempool **rx_mempools; /**< Rx mempools by size */
	uint16_t rx_nmempool; /**< entries at rx_mempools */
	uint64_t reserved_64s[2]; /**< reserved */
	void *reserved_ptrs[2]; /**< reserved */
};

/** Tx queue configuration (rte_eth_tx_queue_setup). */
struct rte_eth_txconf {
	struct rte_eth_thresh tx_thresh; /**< ring thresholds */
	uint16_t tx_rs_thresh;		/**< request a status report every N */
	uint16_t tx_free_thresh;	/**< reclaim when fewer free than this */
	uint8_t tx_deferred_start;	/**< not started by rte_eth_dev_start */
	uint64_t offloads;		/**< per-queue RTE_ETH_TX_OFFLOAD_* */
	uint64_t reserved_64s[2]; /**< reserved */
	void *reserved_ptrs[2]; /**< reserved */
};

/** Descriptor ring size limits of a PMD. */
struct rte_eth_desc_lim {
	uint16_t nb_max; /**< most descriptors in a ring */
	uint16_t nb_min; /**< fewest descriptors in a ring */
	uint16_t nb_align;	/**< ring size must be a multiple of this */
	uint16_t nb_seg_max;	/**< max segments per packet (TSO) */
	uint16_t nb_mtu_seg_max; /**< max segments per MTU-sized packet */
};

/** Pause frame handling. */
enum rte_eth_fc_mode {
	RTE_ETH_FC_NONE = 0, /**< no pause frames */
	RTE_ETH_FC_RX_PAUSE, /**< honour received pause frames */
	RTE_ETH_FC_TX_PAUSE, /**< send pause frames */
	RTE_ETH_FC_FULL /**< both */
};

/** IEEE 802.3x flow control (pause frames) settings. */
struct rte_eth_fc_conf {
	uint32_t high_water; /**< Rx FIFO level that sends XOFF */
	uint32_t low_water; /**< Rx FIFO level that sends XON */
	uint16_t pause_time; /**< pause quanta in XOFF frames */
	uint16_t send_xon; /**< 1: send XON frames */
	enum rte_eth_fc_mode mode; /**< which directions pause */
	uint8_t mac_ctrl_frame_fwd; /**< 1: forward MAC control frames */
	uint8_t autoneg; /**< 1: negotiate pause with the link partner */
};

/** Priority flow control (IEEE 802.1Qbb) settings. */
struct rte_eth_pfc_conf {
	struct rte_eth_fc_conf fc; /**< flow control settings */
	uint8_t priority; /**< user priority they apply to */
};

/** Tunnel protocols. */
enum rte_eth_tunnel_type {
	RTE_ETH_TUNNEL_TYPE_NONE = 0, /**< none */
	RTE_ETH_TUNNEL_TYPE_VXLAN, /**< VXLAN */
	RTE_ETH_TUNNEL_TYPE_GENEVE, /**< GENEVE */
	RTE_ETH_TUNNEL_TYPE_TEREDO, /**< Teredo */
	RTE_ETH_TUNNEL_TYPE_NVGRE, /**< NVGRE */
	RTE_ETH_TUNNEL_TYPE_IP_IN_GRE, /**< IP in GRE */
	RTE_ETH_L2_TUNNEL_TYPE_E_TAG, /**< 802.1BR E-tag */
	RTE_ETH_TUNNEL_TYPE_VXLAN_GPE, /**< VXLAN-GPE */
	RTE_ETH_TUNNEL_TYPE_ECPRI, /**< eCPRI */
	RTE_ETH_TUNNEL_TYPE_MAX, /**< number of types */
};

/** UDP port of a tunnel protocol. */
struct rte_eth_udp_tunnel {
	uint16_t udp_port; /**< UDP port */
	uint8_t prot_type; /**< RTE_ETH_TUNNEL_TYPE_* */
};

/** Interrupts the application wants (link state, Rx queues, removal). */
struct rte_eth_intr_conf {
	uint32_t lsc:1; /**< link state change interrupt */
	uint32_t rxq:1; /**< Rx queue interrupts */
	uint32_t rmv:1; /**< device removal interrupt */
};
/** Old name of struct rte_eth_intr_conf. */
#define rte_intr_conf rte_eth_intr_conf

/** Port configuration (rte_eth_dev_configure). */
struct rte_eth_conf {
	uint32_t link_speeds;		/**< RTE_ETH_LINK_SPEED_*, 0: autoneg */
	struct rte_eth_rxmode rxmode; /**< Rx settings */
	struct rte_eth_txmode txmode; /**< Tx settings */
	uint32_t lpbk_mode;		/**< loopback mode, 0: none */
	struct {
		struct rte_eth_rss_conf rss_conf; /**< RSS hash settings */
		struct rte_eth_vmdq_dcb_conf vmdq_dcb_conf; /**< VMDq + DCB */
		struct rte_eth_dcb_rx_conf dcb_rx_conf; /**< DCB */
		struct rte_eth_vmdq_rx_conf vmdq_rx_conf; /**< VMDq */
	} rx_adv_conf; /**< RSS, VMDq and DCB Rx settings */
	union {
		struct rte_eth_vmdq_dcb_tx_conf vmdq_dcb_tx_conf; /**< VMDq + DCB */
		struct rte_eth_dcb_tx_conf dcb_tx_conf; /**< DCB */
		struct rte_eth_vmdq_tx_conf vmdq_tx_conf; /**< VMDq */
	} tx_adv_conf; /**< VMDq and DCB Tx settings */
	uint32_t dcb_capability_en; /**< RTE_ETH_DCB_PG/PFC_SUPPORT */
	struct rte_eth_intr_conf intr_conf; /**< interrupts wanted */
};

/* Rx offloads. */
#define RTE_ETH_RX_OFFLOAD_VLAN_STRIP       __RTE_ETH_B64(0) /**< Rx offload vlan strip */
#define RTE_ETH_RX_OFFLOAD_IPV4_CKSUM       __RTE_ETH_B64(1) /**< Rx offload ipv4 cksum */
#define RTE_ETH_RX_OFFLOAD_UDP_CKSUM        __RTE_ETH_B64(2) /**< Rx offload udp cksum */
#define RTE_ETH_RX_OFFLOAD_TCP_CKSUM        __RTE_ETH_B64(3) /**< Rx offload tcp cksum */
#define RTE_ETH_RX_OFFLOAD_TCP_LRO          __RTE_ETH_B64(4) /**< Rx offload tcp lro */
#define RTE_ETH_RX_OFFLOAD_QINQ_STRIP       __RTE_ETH_B64(5) /**< Rx offload qinq strip */
#define RTE_ETH_RX_OFFLOAD_OUTER_IPV4_CKSUM __RTE_ETH_B64(6) /**< Rx offload outer ipv4 cksum */
#define RTE_ETH_RX_OFFLOAD_MACSEC_STRIP     __RTE_ETH_B64(7) /**< Rx offload macsec strip */
#define RTE_ETH_RX_OFFLOAD_VLAN_FILTER      __RTE_ETH_B64(9) /**< Rx offload vlan filter */
#define RTE_ETH_RX_OFFLOAD_VLAN_EXTEND      __RTE_ETH_B64(10) /**< Rx offload vlan extend */
#define RTE_ETH_RX_OFFLOAD_SCATTER          __RTE_ETH_B64(13) /**< Rx offload scatter */
#define RTE_ETH_RX_OFFLOAD_TIMESTAMP        __RTE_ETH_B64(14) /**< Rx offload timestamp */
#define RTE_ETH_RX_OFFLOAD_SECURITY         __RTE_ETH_B64(15) /**< Rx offload security */
#define RTE_ETH_RX_OFFLOAD_KEEP_CRC         __RTE_ETH_B64(16) /**< Rx offload keep crc */
#define RTE_ETH_RX_OFFLOAD_SCTP_CKSUM       __RTE_ETH_B64(17) /**< Rx offload sctp cksum */
#define RTE_ETH_RX_OFFLOAD_OUTER_UDP_CKSUM  __RTE_ETH_B64(18) /**< Rx offload outer udp cksum */
#define RTE_ETH_RX_OFFLOAD_RSS_HASH         __RTE_ETH_B64(19) /**< Rx offload rss hash */
#define RTE_ETH_RX_OFFLOAD_BUFFER_SPLIT     __RTE_ETH_B64(20) /**< Rx offload buffer split */
/** IPv4, UDP and TCP checksum checks. */
#define RTE_ETH_RX_OFFLOAD_CHECKSUM (RTE_ETH_RX_OFFLOAD_IPV4_CKSUM | \
	RTE_ETH_RX_OFFLOAD_UDP_CKSUM | RTE_ETH_RX_OFFLOAD_TCP_CKSUM)
/** Every VLAN Rx offload. */
#define RTE_ETH_RX_OFFLOAD_VLAN (RTE_ETH_RX_OFFLOAD_VLAN_STRIP | \
	RTE_ETH_RX_OFFLOAD_VLAN_FILTER | RTE_ETH_RX_OFFLOAD_VLAN_EXTEND | \
	RTE_ETH_RX_OFFLOAD_QINQ_STRIP)

/* Tx offloads. */
#define RTE_ETH_TX_OFFLOAD_VLAN_INSERT      __RTE_ETH_B64(0) /**< Tx offload vlan insert */
#define RTE_ETH_TX_OFFLOAD_IPV4_CKSUM       __RTE_ETH_B64(1) /**< Tx offload ipv4 cksum */
#define RTE_ETH_TX_OFFLOAD_UDP_CKSUM        __RTE_ETH_B64(2) /**< Tx offload udp cksum */
#define RTE_ETH_TX_OFFLOAD_TCP_CKSUM        __RTE_ETH_B64(3) /**< Tx offload tcp cksum */
#define RTE_ETH_TX_OFFLOAD_SCTP_CKSUM       __RTE_ETH_B64(4) /**< Tx offload sctp cksum */
#define RTE_ETH_TX_OFFLOAD_TCP_TSO          __RTE_ETH_B64(5) /**< Tx offload tcp tso */
#define RTE_ETH_TX_OFFLOAD_UDP_TSO          __RTE_ETH_B64(6) /**< Tx offload udp tso */
#define RTE_ETH_TX_OFFLOAD_OUTER_IPV4_CKSUM __RTE_ETH_B64(7) /**< Tx offload outer ipv4 cksum */
#define RTE_ETH_TX_OFFLOAD_QINQ_INSERT      __RTE_ETH_B64(8) /**< Tx offload qinq insert */
#define RTE_ETH_TX_OFFLOAD_VXLAN_TNL_TSO    __RTE_ETH_B64(9) /**< Tx offload vxlan tnl tso */
#define RTE_ETH_TX_OFFLOAD_GRE_TNL_TSO      __RTE_ETH_B64(10) /**< Tx offload gre tnl tso */
#define RTE_ETH_TX_OFFLOAD_IPIP_TNL_TSO     __RTE_ETH_B64(11) /**< Tx offload ipip tnl tso */
#define RTE_ETH_TX_OFFLOAD_GENEVE_TNL_TSO   __RTE_ETH_B64(12) /**< Tx offload geneve tnl tso */
#define RTE_ETH_TX_OFFLOAD_MACSEC_INSERT    __RTE_ETH_B64(13) /**< Tx offload macsec insert */
#define RTE_ETH_TX_OFFLOAD_MT_LOCKFREE      __RTE_ETH_B64(14) /**< Tx offload mt lockfree */
#define RTE_ETH_TX_OFFLOAD_MULTI_SEGS       __RTE_ETH_B64(15) /**< Tx offload multi segs */
#define RTE_ETH_TX_OFFLOAD_MBUF_FAST_FREE   __RTE_ETH_B64(16) /**< Tx offload mbuf fast free */
#define RTE_ETH_TX_OFFLOAD_SECURITY         __RTE_ETH_B64(17) /**< Tx offload security */
#define RTE_ETH_TX_OFFLOAD_UDP_TNL_TSO      __RTE_ETH_B64(18) /**< Tx offload udp tnl tso */
#define RTE_ETH_TX_OFFLOAD_IP_TNL_TSO       __RTE_ETH_B64(19) /**< Tx offload ip tnl tso */
#define RTE_ETH_TX_OFFLOAD_OUTER_UDP_CKSUM  __RTE_ETH_B64(20) /**< Tx offload outer udp cksum */
#define RTE_ETH_TX_OFFLOAD_SEND_ON_TIMESTAMP __RTE_ETH_B64(21) /**< Tx offload send on timestamp */

/* Device capabilities (rte_eth_dev_info.dev_capa). */
#define RTE_ETH_DEV_CAPA_RUNTIME_RX_QUEUE_SETUP __RTE_ETH_B64(0) /**< capability: runtime rx queue setup */
#define RTE_ETH_DEV_CAPA_RUNTIME_TX_QUEUE_SETUP __RTE_ETH_B64(1) /**< capability: runtime tx queue setup */
#define RTE_ETH_DEV_CAPA_RXQ_SHARE              __RTE_ETH_B64(2) /**< capability: rxq share */
#define RTE_ETH_DEV_CAPA_FLOW_RULE_KEEP         __RTE_ETH_B64(3) /**< capability: flow rule keep */
#define RTE_ETH_DEV_CAPA_FLOW_SHARED_OBJECT_KEEP __RTE_ETH_B64(4) /**< capability: flow shared object keep */

/* Used when a PMD leaves the preferred sizes at 0. */
#define RTE_ETH_DEV_FALLBACK_RX_RINGSIZE 512 /**< Rx ring size when the PMD prefers none */
#define RTE_ETH_DEV_FALLBACK_TX_RINGSIZE 512 /**< Tx ring size when the PMD prefers none */
#define RTE_ETH_DEV_FALLBACK_RX_NBQUEUES 1 /**< Rx queues when the PMD prefers none */
#define RTE_ETH_DEV_FALLBACK_TX_NBQUEUES 1 /**< Tx queues when the PMD prefers none */

/** Preferred burst size, ring size and queue count of a PMD (0: none). */
struct rte_eth_dev_portconf {
	uint16_t burst_size; /**< preferred burst size */
	uint16_t ring_size; /**< preferred ring size */
	uint16_t nb_queues; /**< preferred queue count */
};

#define RTE_ETH_DEV_SWITCH_DOMAIN_ID_INVALID (UINT16_MAX) /**< port is in no switch domain */

/** Switch domain of a port. */
struct rte_eth_switch_info {
	const char *name; /**< switch name */
	uint16_t domain_id; /**< switch domain id */
	uint16_t port_id; /**< port id in the domain */
	uint16_t rx_domain; /**< shared Rx queue domain */
};

__extension__
/** Buffer split capabilities. */
struct rte_eth_rxseg_capa {
	uint32_t multi_pools:1; /**< segments may use different pools */
	uint32_t offset_allowed:1; /**< segments may start at an offset */
	uint32_t offset_align_log2:4; /**< offset alignment (log2) */
	uint16_t max_nseg; /**< most segments */
	uint16_t reserved; /**< reserved */
};

/** Kind of port a representor stands for. */
enum rte_eth_representor_type {
	RTE_ETH_REPRESENTOR_NONE, /**< not a representor */
	RTE_ETH_REPRESENTOR_VF, /**< of a VF */
	RTE_ETH_REPRESENTOR_SF, /**< of a sub-function */
	RTE_ETH_REPRESENTOR_PF, /**< of a PF */
};

/** How a PMD recovers from errors. */
enum rte_eth_err_handle_mode {
	RTE_ETH_ERROR_HANDLE_MODE_NONE, /**< no recovery */
	RTE_ETH_ERROR_HANDLE_MODE_PASSIVE, /**< application resets the port */
	RTE_ETH_ERROR_HANDLE_MODE_PROACTIVE, /**< PMD recovers by itself */
};

/** What a port can do (rte_eth_dev_info_get). */
struct rte_eth_dev_info {
	struct rte_device *device; /**< backing device */
	const char *driver_name;	/**< e.g. "net_ring" */
	unsigned int if_index;		/**< kernel interface index, 0 if none */
	uint16_t min_mtu; /**< smallest MTU */
	uint16_t max_mtu; /**< largest MTU */
	const uint32_t *dev_flags;	/**< points at RTE_ETH_DEV_* flags */
	uint32_t min_rx_bufsize;	/**< smallest Rx buffer the PMD accepts */
	uint32_t max_rx_pktlen;		/**< longest frame the port receives */
	uint32_t max_lro_pkt_size; /**< largest LRO aggregate */
	uint16_t max_rx_queues; /**< most Rx queues */
	uint16_t max_tx_queues; /**< most Tx queues */
	uint32_t max_mac_addrs; /**< size of the MAC address table */
	uint32_t max_hash_mac_addrs; /**< size of the unicast hash table */
	uint16_t max_vfs; /**< most SR-IOV VFs */
	uint16_t max_vmdq_pools; /**< most VMDq pools */
	struct rte_eth_rxseg_capa rx_seg_capa; /**< buffer split capabilities */
	uint64_t rx_offload_capa;	/**< port + queue Rx offloads */
	uint64_t tx_offload_capa;	/**< port + queue Tx offloads */
	uint64_t rx_queue_offload_capa;	/**< Rx offloads settable per queue */
	uint64_t tx_queue_offload_capa;	/**< Tx offloads settable per queue */
	uint16_t reta_size; /**< RSS redirection table entries */
	uint8_t hash_key_size; /**< RSS key bytes */
	uint64_t flow_type_rss_offloads; /**< RSS hash functions supported */
	struct rte_eth_rxconf default_rxconf; /**< Rx queue settings used when rx_conf is NULL */
	struct rte_eth_txconf default_txconf; /**< Tx queue settings used when tx_conf is NULL */
	uint16_t vmdq_queue_base; /**< first VMDq queue */
	uint16_t vmdq_queue_num; /**< VMDq queues */
	uint16_t vmdq_pool_base; /**< first VMDq pool */
	struct rte_eth_desc_lim rx_desc_lim; /**< Rx ring size limits */
	struct rte_eth_desc_lim tx_desc_lim; /**< Tx ring size limits */
	uint32_t speed_capa;		/**< RTE_ETH_LINK_SPEED_* */
	uint16_t nb_rx_queues;		/**< configured Rx queues */
	uint16_t nb_tx_queues;		/**< configured Tx queues */
	uint16_t max_rx_mempools; /**< most Rx mempools per queue */
	struct rte_eth_dev_portconf default_rxportconf; /**< preferred Rx burst, ring size, queues */
	struct rte_eth_dev_portconf default_txportconf; /**< preferred Tx burst, ring size, queues */
	uint64_t dev_capa;		/**< RTE_ETH_DEV_CAPA_* */
	struct rte_eth_switch_info switch_info; /**< switch domain */
	enum rte_eth_err_handle_mode err_handle_mode; /**< error recovery mode */
	uint64_t reserved_64s[2]; /**< reserved */
	void *reserved_ptrs[2]; /**< reserved */
};

#define RTE_ETH_QUEUE_STATE_STOPPED 0 /**< queue stopped */
#define RTE_ETH_QUEUE_STATE_STARTED 1 /**< queue started */
#define RTE_ETH_QUEUE_STATE_HAIRPIN 2 /**< hairpin queue */

/** Rx queue information (rte_eth_rx_queue_info_get). */
struct rte_eth_rxq_info {
	struct rte_mempool *mp; /**< mempool of the queue */
	struct rte_eth_rxconf conf; /**< queue settings */
	uint8_t scattered_rx; /**< 1: scattered Rx on */
	uint8_t queue_state;	/**< RTE_ETH_QUEUE_STATE_* */
	uint16_t nb_desc; /**< ring size */
	uint16_t rx_buf_size; /**< data bytes per Rx buffer */
	uint8_t avail_thresh; /**< available descriptor threshold (%) */
} __rte_cache_min_aligned;

/** Tx queue information (rte_eth_tx_queue_info_get). */
struct rte_eth_txq_info {
	struct rte_eth_txconf conf; /**< queue settings */
	uint16_t nb_desc; /**< ring size */
	uint8_t queue_state;	/**< RTE_ETH_QUEUE_STATE_* */
} __rte_cache_min_aligned;

#define RTE_ETH_BURST_FLAG_PER_QUEUE __RTE_ETH_B64(0) /**< burst mode set per queue */
#define RTE_ETH_BURST_MODE_INFO_SIZE 1024 /**< size of rte_eth_burst_mode.info */

/** Burst function description (rte_eth_rx/tx_burst_mode_get). */
struct rte_eth_burst_mode {
	uint64_t flags; /**< RTE_ETH_BURST_FLAG_* */
	char info[RTE_ETH_BURST_MODE_INFO_SIZE]; /**< human readable description */
};

#define RTE_ETH_XSTATS_NAME_SIZE 64 /**< size of an xstat name */

/** An extended statistic: id (index into the names) and value. */
struct rte_eth_xstat {
	uint64_t id; /**< index in the names list */
	uint64_t value; /**< counter value */
};

/** Name of an extended statistic. */
struct rte_eth_xstat_name {
	char name[RTE_ETH_XSTATS_NAME_SIZE]; /**< statistic name */
};

#define RTE_ETH_DCB_NUM_TCS    8 /**< DCB traffic classes */
#define RTE_ETH_MAX_VMDQ_POOL  64 /**< VMDq pools */

/** Queues of each traffic class of each pool. */
struct rte_eth_dcb_tc_queue_mapping {
	struct {
		uint16_t base; /**< first queue */
		uint16_t nb_queue; /**< number of queues */
	} tc_rxq[RTE_ETH_MAX_VMDQ_POOL][RTE_ETH_DCB_NUM_TCS]; /**< Rx queues per pool and class */
	struct {
		uint16_t base; /**< first queue */
		uint16_t nb_queue; /**< number of queues */
	} tc_txq[RTE_ETH_MAX_VMDQ_POOL][RTE_ETH_DCB_NUM_TCS]; /**< Tx queues per pool and class */
};

/** DCB configuration of a port (rte_eth_dev_get_dcb_info). */
struct rte_eth_dcb_info {
	uint8_t nb_tcs; /**< traffic classes in use */
	uint8_t prio_tc[RTE_ETH_DCB_NUM_USER_PRIORITIES]; /**< traffic class of each user priority */
	uint8_t tc_bws[RTE_ETH_DCB_NUM_TCS]; /**< bandwidth share of each class (%) */
	struct rte_eth_dcb_tc_queue_mapping tc_queue; /**< queues of each class */
};

/** Iterate over every port (RTE_ETH_FOREACH_DEV etc.). */
#define RTE_ETH_ALL RTE_MAX_ETHPORTS

/** Return retval (and log) from the calling function if port_id is bad. */
#define RTE_ETH_VALID_PORTID_OR_ERR_RET(port_id, retval) do { \
	if (!rte_eth_dev_is_valid_port(port_id)) { \
		RTE_ETHDEV_LOG(ERR, "Invalid port_id=%u\n", port_id); \
		return retval; \
	} \
} while (0)

/** Return (and log) from a void function if port_id is bad. */
#define RTE_ETH_VALID_PORTID_OR_RET(port_id) do { \
	if (!rte_eth_dev_is_valid_port(port_id)) { \
		RTE_ETHDEV_LOG(ERR, "Invalid port_id=%u\n", port_id); \
		return; \
	} \
} while (0)

/**
 * Rx callback: runs after the PMD's rx_burst on nb_pkts packets (room for
 * max_pkts); returns how many packets remain in pkts.
 */
typedef uint16_t (*rte_rx_callback_fn)(uint16_t port_id, uint16_t queue,
	struct rte_mbuf *pkts[], uint16_t nb_pkts, uint16_t max_pkts,
	void *user_param);

/** Tx callback: runs before the PMD's tx_burst; returns packets to send. */
typedef uint16_t (*rte_tx_callback_fn)(uint16_t port_id, uint16_t queue,
	struct rte_mbuf *pkts[], uint16_t nb_pkts, void *user_param);

/** State of a port slot. */
enum rte_eth_dev_state {
	RTE_ETH_DEV_UNUSED = 0,	/**< free slot */
	RTE_ETH_DEV_ATTACHED,	/**< allocated, probing may be under way */
	RTE_ETH_DEV_REMOVED,	/**< device unplugged, slot not yet released */
};

/** SR-IOV state of a port. */
struct rte_eth_dev_sriov {
	uint8_t active; /**< SR-IOV on */
	uint8_t nb_q_per_pool; /**< queues per pool */
	uint16_t def_vmdq_idx; /**< default pool of the PF */
	uint16_t def_pool_q_idx; /**< first queue of the default pool */
};
/** SR-IOV data of a port. */
#define RTE_ETH_DEV_SRIOV(dev) ((dev)->data->sriov)

#define RTE_ETH_NAME_MAX_LEN RTE_DEV_NAME_MAX_LEN /**< longest port name, NUL included */
#define RTE_ETH_DEV_NO_OWNER 0 /**< owner id of unowned ports */
#define RTE_ETH_MAX_OWNER_NAME_LEN 64 /**< longest owner name */

/** Owner of a port: owned ports are hidden from RTE_ETH_FOREACH_DEV. */
struct rte_eth_dev_owner {
	uint64_t id; /**< owner id (rte_eth_dev_owner_new) */
	char name[RTE_ETH_MAX_OWNER_NAME_LEN]; /**< owner name */
};

/* Port flags (rte_eth_dev_data.dev_flags). */
#define RTE_ETH_DEV_FLOW_OPS_THREAD_SAFE  __RTE_ETH_B32(0) /**< flow API ops are thread safe */
#define RTE_ETH_DEV_INTR_LSC              __RTE_ETH_B32(1) /**< link state interrupt supported */
#define RTE_ETH_DEV_BONDED_SLAVE          __RTE_ETH_B32(2) /**< port is a bonding member */
#define RTE_ETH_DEV_INTR_RMV              __RTE_ETH_B32(3) /**< removal interrupt supported */
#define RTE_ETH_DEV_REPRESENTOR           __RTE_ETH_B32(4) /**< port is a representor */
#define RTE_ETH_DEV_NOLIVE_MAC_ADDR       __RTE_ETH_B32(5) /**< MAC changes need a stopped port */
#define RTE_ETH_DEV_AUTOFILL_QUEUE_XSTATS __RTE_ETH_B32(6) /**< ethdev lists per-queue generic xstats */

/**
 * First valid port >= port_id owned by owner_id, or RTE_MAX_ETHPORTS.
 * (uint64_t return as in DPDK.)
 */
uint64_t rte_eth_find_next_owned_by(uint16_t port_id, const uint64_t owner_id);

/** Iterate over the valid ports owned by o. */
#define RTE_ETH_FOREACH_DEV_OWNED_BY(p, o) \
	for (p = rte_eth_find_next_owned_by(0, o); \
	     (unsigned int)p < (unsigned int)RTE_MAX_ETHPORTS; \
	     p = rte_eth_find_next_owned_by(p + 1, o))

/** First valid port >= port_id (any owner), or RTE_MAX_ETHPORTS. */
uint16_t rte_eth_find_next(uint16_t port_id);

/** Every valid port not owned by anyone. */
#define RTE_ETH_FOREACH_DEV(p) \
	RTE_ETH_FOREACH_DEV_OWNED_BY(p, RTE_ETH_DEV_NO_OWNER)

/** First valid port >= port_id_start whose device is parent. */
uint16_t rte_eth_find_next_of(uint16_t port_id_start,
		const struct rte_device *parent);

/** Iterate over the valid ports of the device parent. */
#define RTE_ETH_FOREACH_DEV_OF(port_id, parent) \
	for (port_id = rte_eth_find_next_of(0, parent); \
	     port_id < RTE_MAX_ETHPORTS; \
	     port_id = rte_eth_find_next_of(port_id + 1, parent))

/** First valid port >= port_id_start sharing ref_port_id's device. */
uint16_t rte_eth_find_next_sibling(uint16_t port_id_start, uint16_t ref_port_id);

/** Iterate over the valid ports sharing the device of ref_port_id. */
#define RTE_ETH_FOREACH_DEV_SIBLING(port_id, ref_port_id) \
	for (port_id = rte_eth_find_next_sibling(0, ref_port_id); \
	     port_id < RTE_MAX_ETHPORTS; \
	     port_id = rte_eth_find_next_sibling(port_id + 1, ref_port_id))

/** Get a new, unique owner id (0 on success). */
int rte_eth_dev_owner_new(uint64_t *owner_id);
/** Take ownership of a port; -EPERM if another owner has it. */
int rte_eth_dev_owner_set(const uint16_t port_id,
		const struct rte_eth_dev_owner *owner);
/** Give up ownership of a port owned by owner_id. */
int rte_eth_dev_owner_unset(const uint16_t port_id, const uint64_t owner_id);
/** Give up every port owned by owner_id. */
int rte_eth_dev_owner_delete(const uint64_t owner_id);
/** Owner of a port (id 0: none). */
int rte_eth_dev_owner_get(const uint16_t port_id,
		struct rte_eth_dev_owner *owner);

/** Number of usable (valid, unowned) ports. */
uint16_t rte_eth_dev_count_avail(void);
/** Number of allocated ports, owned ones included. */
uint16_t rte_eth_dev_count_total(void);

/** RTE_ETH_LINK_SPEED_* flag of a speed in Mbps and duplex, 0 if unknown. */
uint32_t rte_eth_speed_bitflag(uint32_t speed, int duplex);
/** Name of one RTE_ETH_RX_OFFLOAD_* bit, e.g. "VLAN_STRIP"; "UNKNOWN". */
const char *rte_eth_dev_rx_offload_name(uint64_t offload);
/** Name of one RTE_ETH_TX_OFFLOAD_* bit; "UNKNOWN" if not one. */
const char *rte_eth_dev_tx_offload_name(uint64_t offload);
/** Name of one RTE_ETH_DEV_CAPA_* bit; "UNKNOWN" if not one. */
const char *rte_eth_dev_capability_name(uint64_t capability);

/**
 * Configure a stopped port with nb_rx_queue / nb_tx_queue queues (0 and 0:
 * the PMD's preferred counts). Everything is checked against the PMD's
 * rte_eth_dev_info; a violated limit is named in the log.
 */
int rte_eth_dev_configure(uint16_t port_id, uint16_t nb_rx_queue,
		uint16_t nb_tx_queue, const struct rte_eth_conf *eth_conf);

/** 1 if the device of the port was unplugged, 0 otherwise. */
int rte_eth_dev_is_removed(uint16_t port_id);

/**
 * Set up Rx queue rx_queue_id with nb_rx_desc descriptors (0: PMD default),
 * receiving into mbufs of mb_pool. rx_conf NULL: the PMD's default_rxconf.
 */
int rte_eth_rx_queue_setup(uint16_t port_id, uint16_t rx_queue_id,
		uint16_t nb_rx_desc, unsigned int socket_id,
		const struct rte_eth_rxconf *rx_conf,
		struct rte_mempool *mb_pool);

/** Set up Tx queue tx_queue_id (see rte_eth_rx_queue_setup). */
int rte_eth_tx_queue_setup(uint16_t port_id, uint16_t tx_queue_id,
		uint16_t nb_tx_desc, unsigned int socket_id,
		const struct rte_eth_txconf *tx_conf);

/** NUMA node of the port, SOCKET_ID_ANY if unknown, -1 + rte_errno if bad. */
int rte_eth_dev_socket_id(uint16_t port_id);
/** 1 if port_id is an attached port, 0 otherwise. */
int rte_eth_dev_is_valid_port(uint16_t port_id);

/** Start an Rx queue of a started port (deferred start). */
int rte_eth_dev_rx_queue_start(uint16_t port_id, uint16_t rx_queue_id);
/** Stop an Rx queue of a started port. */
int rte_eth_dev_rx_queue_stop(uint16_t port_id, uint16_t rx_queue_id);
/** Start a Tx queue of a started port (deferred start). */
int rte_eth_dev_tx_queue_start(uint16_t port_id, uint16_t tx_queue_id);
/** Stop a Tx queue of a started port. */
int rte_eth_dev_tx_queue_stop(uint16_t port_id, uint16_t tx_queue_id);

/** Start a configured port whose queues are set up. */
int rte_eth_dev_start(uint16_t port_id);
/** Stop a started port (its queues keep their setup). */
int rte_eth_dev_stop(uint16_t port_id);
/** Administratively bring the link up. */
int rte_eth_dev_set_link_up(uint16_t port_id);
/** Administratively bring the link down. */
int rte_eth_dev_set_link_down(uint16_t port_id);
/** Close a stopped port: queues freed, port released (RTE_ETH_EVENT_DESTROY). */
int rte_eth_dev_close(uint16_t port_id);
/** Reset the port to its just-probed state; it must be reconfigured. */
int rte_eth_dev_reset(uint16_t port_id);

/** Receive every unicast frame. */
int rte_eth_promiscuous_enable(uint16_t port_id);
/** Receive only unicast frames for the port's addresses. */
int rte_eth_promiscuous_disable(uint16_t port_id);
/** 1 if enabled, 0 if disabled, -1 on a bad port. */
int rte_eth_promiscuous_get(uint16_t port_id);
/** Receive every multicast frame. */
int rte_eth_allmulticast_enable(uint16_t port_id);
/** Receive only the multicast frames of the list. */
int rte_eth_allmulticast_disable(uint16_t port_id);
/** 1 if all-multicast is on, 0 if off, -ENODEV on a bad port. */
int rte_eth_allmulticast_get(uint16_t port_id);

/** Link state, waiting up to 9 s for autonegotiation to finish. */
int rte_eth_link_get(uint16_t port_id, struct rte_eth_link *link);
/** Link state without waiting. */
int rte_eth_link_get_nowait(uint16_t port_id, struct rte_eth_link *link);
/** "10 Mbps", "100 Gbps", "None", "Unknown", "Invalid". */
const char *rte_eth_link_speed_to_str(uint32_t link_speed);
/**
 * Format a link as "Link up at 10 Gbps FDX Autoneg" / "Link down".
 * Returns the string length, or a negative errno.
 */
int rte_eth_link_to_str(char *str, size_t len,
		const struct rte_eth_link *eth_link);

/** Basic statistics; rx_nombuf includes the ethdev mbuf allocation failures. */
int rte_eth_stats_get(uint16_t port_id, struct rte_eth_stats *stats);
/** Zero the basic statistics (and rx_mbuf_alloc_failed). */
int rte_eth_stats_reset(uint16_t port_id);

/**
 * Names of the extended statistics: the generic ones produced by ethdev
 * from the basic stats (rx_good_packets, ..., rx_q0_packets, ...) followed
 * by the PMD's. Returns the number of names; if larger than size, nothing
 * was written (size 0 / NULL array: just the count).
 */
int rte_eth_xstats_get_names(uint16_t port_id,
		struct rte_eth_xstat_name *xstats_names, unsigned int size);
/** Values of the extended statistics, same order and return as names. */
int rte_eth_xstats_get(uint16_t port_id, struct rte_eth_xstat *xstats,
		unsigned int n);
/** Names of the statistics of ids (NULL: all, as rte_eth_xstats_get_names). */
int rte_eth_xstats_get_names_by_id(uint16_t port_id,
		struct rte_eth_xstat_name *xstats_names, unsigned int size,
		uint64_t *ids);
/** Values of the statistics of ids (NULL: all). */
int rte_eth_xstats_get_by_id(uint16_t port_id, const uint64_t *ids,
		uint64_t *values, unsigned int size);
/** Id of the statistic called xstat_name; -EINVAL if there is none. */
int rte_eth_xstats_get_id_by_name(uint16_t port_id, const char *xstat_name,
		uint64_t *id);
/** Zero the extended statistics (and the basic ones they derive from). */
int rte_eth_xstats_reset(uint16_t port_id);

/** Count Tx queue tx_queue_id in the per-queue stats slot stat_idx. */
int rte_eth_dev_set_tx_queue_stats_mapping(uint16_t port_id,
		uint16_t tx_queue_id, uint8_t stat_idx);
/** Count Rx queue rx_queue_id in the per-queue stats slot stat_idx. */
int rte_eth_dev_set_rx_queue_stats_mapping(uint16_t port_id,
		uint16_t rx_queue_id, uint8_t stat_idx);

/** The port's default MAC address. */
int rte_eth_macaddr_get(uint16_t port_id, struct rte_ether_addr *mac_addr);
/** Up to num MAC addresses of the port; returns how many were written. */
int rte_eth_macaddrs_get(uint16_t port_id, struct rte_ether_addr *ma,
		unsigned int num);

/** Capabilities of the port; generic fields filled by ethdev. */
int rte_eth_dev_info_get(uint16_t port_id, struct rte_eth_dev_info *dev_info);
/** The configuration last given to rte_eth_dev_configure. */
int rte_eth_dev_conf_get(uint16_t port_id, struct rte_eth_conf *dev_conf);
/** Firmware version string; returns 0, or the size needed if fw_size is too small. */
int rte_eth_dev_fw_version_get(uint16_t port_id, char *fw_version,
		size_t fw_size);

/**
 * Packet types the PMD recognises, restricted to ptype_mask. Returns their
 * number (may exceed num, then only num are written).
 */
int rte_eth_dev_get_supported_ptypes(uint16_t port_id, uint32_t ptype_mask,
		uint32_t *ptypes, int num);
/** Tell the PMD which packet types the application needs. */
int rte_eth_dev_set_ptypes(uint16_t port_id, uint32_t ptype_mask,
		uint32_t *set_ptypes, unsigned int num);

/** Current MTU of the port. */
int rte_eth_dev_get_mtu(uint16_t port_id, uint16_t *mtu);
/** Set the MTU, checked against min_mtu/max_mtu of the port. */
int rte_eth_dev_set_mtu(uint16_t port_id, uint16_t mtu);

/** Accept (on != 0) or stop accepting VLAN vlan_id (needs VLAN_FILTER). */
int rte_eth_dev_vlan_filter(uint16_t port_id, uint16_t vlan_id, int on);
/** Turn VLAN stripping on or off for one Rx queue. */
int rte_eth_dev_set_vlan_strip_on_queue(uint16_t port_id,
		uint16_t rx_queue_id, int on);
/** Set the TPID of the inner or outer VLAN tag. */
int rte_eth_dev_set_vlan_ether_type(uint16_t port_id,
		enum rte_vlan_type vlan_type, uint16_t tag_type);
/** Set the RTE_ETH_*_OFFLOAD VLAN bits (all of them, as a whole). */
int rte_eth_dev_set_vlan_offload(uint16_t port_id, int offload_mask);
/** The RTE_ETH_*_OFFLOAD VLAN bits currently on. */
int rte_eth_dev_get_vlan_offload(uint16_t port_id);
/** Insert VLAN pvid on untagged Tx frames (on != 0) or stop. */
int rte_eth_dev_set_vlan_pvid(uint16_t port_id, uint16_t pvid, int on);

/** Called with the packets a tx_buffer flush could not send. */
typedef void (*buffer_tx_error_fn)(struct rte_mbuf **unsent, uint16_t count,
		void *userdata);

/** Buffer that gathers packets for one Tx queue (rte_eth_tx_buffer). */
struct rte_eth_dev_tx_buffer {
	buffer_tx_error_fn error_callback; /**< called with the unsent packets of a flush */
	void *error_userdata; /**< argument of error_callback */
	uint16_t size;		/**< capacity in packets */
	uint16_t length;	/**< packets buffered */
	struct rte_mbuf *pkts[]; /**< the buffered packets */
};

/** Bytes needed for a tx buffer of sz packets. */
#define RTE_ETH_TX_BUFFER_SIZE(sz) \
	(sizeof(struct rte_eth_dev_tx_buffer) + (sz) * sizeof(struct rte_mbuf *))

/** Initialise a buffer of size packets; unsent packets are freed by default. */
int rte_eth_tx_buffer_init(struct rte_eth_dev_tx_buffer *buffer, uint16_t size);
/** Set the function called with the packets a flush could not send. */
int rte_eth_tx_buffer_set_err_callback(struct rte_eth_dev_tx_buffer *buffer,
		buffer_tx_error_fn callback, void *userdata);
/** Error callback that frees the unsent packets (the default). */
void rte_eth_tx_buffer_drop_callback(struct rte_mbuf **pkts, uint16_t unsent,
		void *userdata);
/** Error callback that frees them and adds their number to *(uint64_t *)userdata. */
void rte_eth_tx_buffer_count_callback(struct rte_mbuf **pkts, uint16_t unsent,
		void *userdata);

/** Free up to free_cnt (0: all) sent mbufs of a Tx queue; returns count. */
int rte_eth_tx_done_cleanup(uint16_t port_id, uint16_t queue_id,
		uint32_t free_cnt);

/** Port events delivered to rte_eth_dev_callback_register callbacks. */
enum rte_eth_event_type {
	RTE_ETH_EVENT_UNKNOWN, /**< unknown event */
	RTE_ETH_EVENT_INTR_LSC,		/**< link state changed */
	RTE_ETH_EVENT_QUEUE_STATE, /**< queue state changed */
	RTE_ETH_EVENT_INTR_RESET,	/**< reset needed */
	RTE_ETH_EVENT_VF_MBOX, /**< VF mailbox message */
	RTE_ETH_EVENT_MACSEC, /**< MACsec event */
	RTE_ETH_EVENT_INTR_RMV,		/**< device removed */
	RTE_ETH_EVENT_NEW,		/**< port probed */
	RTE_ETH_EVENT_DESTROY,		/**< port released */
	RTE_ETH_EVENT_IPSEC, /**< IPsec event */
	RTE_ETH_EVENT_FLOW_AGED, /**< flows aged out */
	RTE_ETH_EVENT_RX_AVAIL_THRESH, /**< Rx queue below its threshold */
	RTE_ETH_EVENT_ERR_RECOVERING, /**< error recovery started */
	RTE_ETH_EVENT_RECOVERY_SUCCESS, /**< error recovery succeeded */
	RTE_ETH_EVENT_RECOVERY_FAILED, /**< error recovery failed */
	RTE_ETH_EVENT_MAX /**< number of event types */
};

/** Event callback; its return value is passed back to the PMD. */
typedef int (*rte_eth_dev_cb_fn)(uint16_t port_id,
		enum rte_eth_event_type event, void *cb_arg, void *ret_param);

/** Register cb_fn for event on port_id (RTE_ETH_ALL: every port). */
int rte_eth_dev_callback_register(uint16_t port_id,
		enum rte_eth_event_type event, rte_eth_dev_cb_fn cb_fn,
		void *cb_arg);
/** Unregister; cb_arg (void *)-1 matches any argument. -EAGAIN if running. */
int rte_eth_dev_callback_unregister(uint16_t port_id,
		enum rte_eth_event_type event, rte_eth_dev_cb_fn cb_fn,
		void *cb_arg);

/** Arm the Rx interrupt of a queue. */
int rte_eth_dev_rx_intr_enable(uint16_t port_id, uint16_t queue_id);
/** Disarm the Rx interrupt of a queue. */
int rte_eth_dev_rx_intr_disable(uint16_t port_id, uint16_t queue_id);
/** Add (RTE_INTR_EVENT_ADD) or delete the Rx interrupt of every queue in epfd. */
int rte_eth_dev_rx_intr_ctl(uint16_t port_id, int epfd, int op, void *data);
/** Same for one queue. */
int rte_eth_dev_rx_intr_ctl_q(uint16_t port_id, uint16_t queue_id, int epfd,
		int op, void *data);
/** File descriptor signalled on Rx of queue_id, -1 + rte_errno if none. */
int rte_eth_dev_rx_intr_ctl_q_get_fd(uint16_t port_id, uint16_t queue_id);

/** Turn the port LED on. */
int rte_eth_led_on(uint16_t port_id);
/** Turn the port LED off. */
int rte_eth_led_off(uint16_t port_id);

/** Current flow control (pause frame) settings. */
int rte_eth_dev_flow_ctrl_get(uint16_t port_id, struct rte_eth_fc_conf *fc_conf);
/** Change the flow control (pause frame) settings. */
int rte_eth_dev_flow_ctrl_set(uint16_t port_id, struct rte_eth_fc_conf *fc_conf);
/** Configure priority flow control for one priority. */
int rte_eth_dev_priority_flow_ctrl_set(uint16_t port_id,
		struct rte_eth_pfc_conf *pfc_conf);

/** Add a unicast/multicast MAC filter (pool: VMDq pool, 0 otherwise). */
int rte_eth_dev_mac_addr_add(uint16_t port_id, struct rte_ether_addr *mac_addr,
		uint32_t pool);
/** Remove a MAC filter; the default address cannot be removed. */
int rte_eth_dev_mac_addr_remove(uint16_t port_id,
		struct rte_ether_addr *mac_addr);
/** Change the default MAC address. */
int rte_eth_dev_default_mac_addr_set(uint16_t port_id,
		struct rte_ether_addr *mac_addr);

/** Update the RSS redirection table entries selected by the masks. */
int rte_eth_dev_rss_reta_update(uint16_t port_id,
		struct rte_eth_rss_reta_entry64 *reta_conf, uint16_t reta_size);
/** Read the RSS redirection table entries selected by the masks. */
int rte_eth_dev_rss_reta_query(uint16_t port_id,
		struct rte_eth_rss_reta_entry64 *reta_conf, uint16_t reta_size);
/** Add (on) or remove a unicast address of the hash filter. */
int rte_eth_dev_uc_hash_table_set(uint16_t port_id,
		struct rte_ether_addr *addr, uint8_t on);
/** Accept (on) or not every unicast address through the hash filter. */
int rte_eth_dev_uc_all_hash_table_set(uint16_t port_id, uint8_t on);
/** Limit a Tx queue to tx_rate Mbps. */
int rte_eth_set_queue_rate_limit(uint16_t port_id, uint16_t queue_idx,
		uint32_t tx_rate);
/** Change the RSS hash functions and key. */
int rte_eth_dev_rss_hash_update(uint16_t port_id,
		struct rte_eth_rss_conf *rss_conf);
/** Current RSS hash functions and key. */
int rte_eth_dev_rss_hash_conf_get(uint16_t port_id,
		struct rte_eth_rss_conf *rss_conf);
/** Recognise a UDP port as a tunnel protocol. */
int rte_eth_dev_udp_tunnel_port_add(uint16_t port_id,
		struct rte_eth_udp_tunnel *tunnel_udp);
/** Stop recognising a UDP tunnel port. */
int rte_eth_dev_udp_tunnel_port_delete(uint16_t port_id,
		struct rte_eth_udp_tunnel *tunnel_udp);

/** Opaque handle of an Rx/Tx callback. */
struct rte_eth_rxtx_callback;

/** Append an Rx callback to a queue (safe while the queue is polled). */
const struct rte_eth_rxtx_callback *
rte_eth_add_rx_callback(uint16_t port_id, uint16_t queue_id,
		rte_rx_callback_fn fn, void *user_param);
/** Insert an Rx callback in front of the others. */
const struct rte_eth_rxtx_callback *
rte_eth_add_first_rx_callback(uint16_t port_id, uint16_t queue_id,
		rte_rx_callback_fn fn, void *user_param);
/** Append a Tx callback to a queue. */
const struct rte_eth_rxtx_callback *
rte_eth_add_tx_callback(uint16_t port_id, uint16_t queue_id,
		rte_tx_callback_fn fn, void *user_param);
/**
 * Unlink a callback. Its memory is not freed: a data-path thread may still
 * be running it; free it once no thread can be in rx/tx_burst of the queue.
 */
int rte_eth_remove_rx_callback(uint16_t port_id, uint16_t queue_id,
		const struct rte_eth_rxtx_callback *user_cb);
/** Unlink a Tx callback (its memory is not freed, see the Rx one). */
int rte_eth_remove_tx_callback(uint16_t port_id, uint16_t queue_id,
		const struct rte_eth_rxtx_callback *user_cb);

/** Setup of an Rx queue. */
int rte_eth_rx_queue_info_get(uint16_t port_id, uint16_t queue_id,
		struct rte_eth_rxq_info *qinfo);
/** Setup of a Tx queue. */
int rte_eth_tx_queue_info_get(uint16_t port_id, uint16_t queue_id,
		struct rte_eth_txq_info *qinfo);
/** Which Rx burst function the queue uses. */
int rte_eth_rx_burst_mode_get(uint16_t port_id, uint16_t queue_id,
		struct rte_eth_burst_mode *mode);
/** Which Tx burst function the queue uses. */
int rte_eth_tx_burst_mode_get(uint16_t port_id, uint16_t queue_id,
		struct rte_eth_burst_mode *mode);

/** Device registers: info->data NULL asks for length and width only. */
int rte_eth_dev_get_reg_info(uint16_t port_id, struct rte_dev_reg_info *info);
/** EEPROM size in bytes. */
int rte_eth_dev_get_eeprom_length(uint16_t port_id);
/** Read EEPROM bytes. */
int rte_eth_dev_get_eeprom(uint16_t port_id, struct rte_dev_eeprom_info *info);
/** Write EEPROM bytes. */
int rte_eth_dev_set_eeprom(uint16_t port_id, struct rte_dev_eeprom_info *info);
/** Type and size of the plug-in module EEPROM. */
int rte_eth_dev_get_module_info(uint16_t port_id,
		struct rte_eth_dev_module_info *modinfo);
/** Read the plug-in module EEPROM. */
int rte_eth_dev_get_module_eeprom(uint16_t port_id,
		struct rte_dev_eeprom_info *info);

/** Replace the multicast address list (nb_mc_addr 0: flush). */
int rte_eth_dev_set_mc_addr_list(uint16_t port_id,
		struct rte_ether_addr *mc_addr_set, uint32_t nb_mc_addr);

/** Turn IEEE 1588 timestamping on. */
int rte_eth_timesync_enable(uint16_t port_id);
/** Turn IEEE 1588 timestamping off. */
int rte_eth_timesync_disable(uint16_t port_id);
/** Timestamp of the last received PTP packet. */
int rte_eth_timesync_read_rx_timestamp(uint16_t port_id,
		struct timespec *timestamp, uint32_t flags);
/** Timestamp of the last sent PTP packet. */
int rte_eth_timesync_read_tx_timestamp(uint16_t port_id,
		struct timespec *timestamp);
/** Shift the device clock by delta ns. */
int rte_eth_timesync_adjust_time(uint16_t port_id, int64_t delta);
/** Read the device clock. */
int rte_eth_timesync_read_time(uint16_t port_id, struct timespec *time);
/** Set the device clock. */
int rte_eth_timesync_write_time(uint16_t port_id, const struct timespec *time);

/** Current value of the device clock used for Rx timestamps. */
int rte_eth_read_clock(uint16_t port_id, uint64_t *clock);

/** Port id of the port called name; -ENODEV if none. */
int rte_eth_dev_get_port_by_name(const char *name, uint16_t *port_id);
/** name must have room for RTE_ETH_NAME_MAX_LEN characters. */
int rte_eth_dev_get_name_by_port(uint16_t port_id, char *name);

/** Round descriptor counts to what the port accepts (desc_lim). */
int rte_eth_dev_adjust_nb_rx_tx_desc(uint16_t port_id, uint16_t *nb_rx_desc,
		uint16_t *nb_tx_desc);

/** 1 if the mempool ops pool is the PMD's best, 0 if supported, <0 if not. */
int rte_eth_dev_pool_ops_supported(uint16_t port_id, const char *pool);

/** DCB configuration of the port. */
int rte_eth_dev_get_dcb_info(uint16_t port_id, struct rte_eth_dcb_info *dcb_info);

/** Forward error correction modes. */
enum rte_eth_fec_mode {
	RTE_ETH_FEC_NOFEC = 0,	/**< FEC off */
	RTE_ETH_FEC_AUTO,	/**< FEC chosen by autonegotiation */
	RTE_ETH_FEC_BASER,	/**< Base-R (IEEE 802.3 clause 74) */
	RTE_ETH_FEC_RS,		/**< Reed-Solomon (IEEE 802.3 clause 91) */
};

/** Capability bit of a FEC mode. */
#define RTE_ETH_FEC_MODE_TO_CAPA(x) ((uint32_t)1 << (x))
/** Capability bit of RTE_ETH_FEC_x. */
#define RTE_ETH_FEC_MODE_CAPA_MASK(x) ((uint32_t)1 << (RTE_ETH_FEC_ ## x))

/** FEC modes possible at one link speed. */
struct rte_eth_fec_capa {
	uint32_t speed;	/**< RTE_ETH_SPEED_NUM_* */
	uint32_t capa;	/**< RTE_ETH_FEC_MODE_CAPA_MASK bits */
};

/** FEC modes per speed; -ENOTSUP with every pmdkit PMD. */
int rte_eth_fec_get_capability(uint16_t port_id,
		struct rte_eth_fec_capa *speed_fec_capa, unsigned int num);
/** Current FEC mode; -ENOTSUP with every pmdkit PMD. */
int rte_eth_fec_get(uint16_t port_id, uint32_t *fec_capa);
/** Set the FEC mode; -ENOTSUP with every pmdkit PMD. */
int rte_eth_fec_set(uint16_t port_id, uint32_t fec_capa);

#define RTE_ETH_RX_METADATA_USER_FLAG __RTE_ETH_B64(0) /**< flow rule FLAG action */
#define RTE_ETH_RX_METADATA_USER_MARK __RTE_ETH_B64(1) /**< flow rule MARK action */
#define RTE_ETH_RX_METADATA_TUNNEL_ID __RTE_ETH_B64(2) /**< tunnel offload id */

/**
 * Ask for the Rx metadata in *features before configure; -ENOTSUP (no
 * pmdkit PMD delivers flow metadata), -EBUSY once configured.
 */
int rte_eth_rx_metadata_negotiate(uint16_t port_id, uint64_t *features);
/** Security context of the port (NULL: none). */
void *rte_eth_dev_get_sec_ctx(uint16_t port_id);
/** Dump PMD private state to file; -ENOTSUP with every pmdkit PMD. */
int rte_eth_dev_priv_dump(uint16_t port_id, FILE *file);
/** Dump Rx descriptors to file; -ENOTSUP with every pmdkit PMD. */
int rte_eth_rx_descriptor_dump(uint16_t port_id, uint16_t queue_id,
		uint16_t offset, uint16_t num, FILE *file);
/** Dump Tx descriptors to file; -ENOTSUP with every pmdkit PMD. */
int rte_eth_tx_descriptor_dump(uint16_t port_id, uint16_t queue_id,
		uint16_t offset, uint16_t num, FILE *file);
/** Rx available-descriptor threshold event (%); -ENOTSUP with pmdkit PMDs. */
int rte_eth_rx_avail_thresh_set(uint16_t port_id, uint16_t queue_id,
		uint8_t avail_thresh);
/** Queue that crossed its threshold; -ENOTSUP with pmdkit PMDs. */
int rte_eth_rx_avail_thresh_query(uint16_t port_id, uint16_t *queue_id,
		uint8_t *avail_thresh);

#include <rte_ethdev_core.h>

/** Runs the Rx callbacks of a queue (called by rte_eth_rx_burst only). */
uint16_t rte_eth_call_rx_callbacks(uint16_t port_id, uint16_t queue_id,
		struct rte_mbuf **rx_pkts, uint16_t nb_rx, uint16_t nb_pkts,
		void *opaque);

/**
 * Receive up to nb_pkts packets from an Rx queue of a started port.
 * Returns the number stored in rx_pkts.
 */
static inline uint16_t
rte_eth_rx_burst(uint16_t port_id, uint16_t queue_id,
		struct rte_mbuf **rx_pkts, const uint16_t nb_pkts)
{
	struct rte_eth_fp_ops *p;
	uint16_t nb_rx;
	void *qd;

#ifdef RTE_ETHDEV_DEBUG_RX
	if (port_id >= RTE_MAX_ETHPORTS || queue_id >= RTE_MAX_QUEUES_PER_PORT) {
		RTE_ETHDEV_LOG(ERR, "Invalid port_id=%u or queue_id=%u\n",
			port_id, queue_id);
		return 0;
	}
#endif
	p = &rte_eth_fp_ops[port_id];
	qd = p->rxq.data[queue_id];
#ifdef RTE_ETHDEV_DEBUG_RX
	RTE_ETH_VALID_PORTID_OR_ERR_RET(port_id, 0);
	if (qd == NULL) {
		RTE_ETHDEV_LOG(ERR, "Invalid Rx queue_id=%u for port_id=%u\n",
			queue_id, port_id);
		return 0;
	}
#endif
	nb_rx = p->rx_pkt_burst(qd, rx_pkts, nb_pkts);
#ifdef RTE_ETHDEV_RXTX_CALLBACKS
	{
		/*
		 * Acquire pairs with the release store that publishes a new
		 * callback (rte_eth_add_rx_callback): its fields are visible
		 * before it is called. A plain load on x86.
		 */
		void *cb = __atomic_load_n((void **)&p->rxq.clbk[queue_id],
			__ATOMIC_ACQUIRE);

		if (__builtin_expect(cb != NULL, 0))
			nb_rx = rte_eth_call_rx_callbacks(port_id, queue_id,
				rx_pkts, nb_rx, nb_pkts, cb);
	}
#endif
	return nb_rx;
}

/** Number of used descriptors of an Rx queue, or a negative errno. */
static inline int
rte_eth_rx_queue_count(uint16_t port_id, uint16_t queue_id)
{
	struct rte_eth_fp_ops *p;
	void *qd;

#ifdef RTE_ETHDEV_DEBUG_RX
	if (port_id >= RTE_MAX_ETHPORTS || queue_id >= RTE_MAX_QUEUES_PER_PORT)
		return -EINVAL;
#endif
	p = &rte_eth_fp_ops[port_id];
	qd = p->rxq.data[queue_id];
#ifdef RTE_ETHDEV_DEBUG_RX
	RTE_ETH_VALID_PORTID_OR_ERR_RET(port_id, -ENODEV);
	if (qd == NULL)
		return -EINVAL;
#endif
	if (p->rx_queue_count == NULL)
		return -ENOTSUP;
	return (int)p->rx_queue_count(qd);
}

#define RTE_ETH_RX_DESC_AVAIL    0	/**< free, owned by the hardware */
#define RTE_ETH_RX_DESC_DONE     1	/**< filled, not yet received */
#define RTE_ETH_RX_DESC_UNAVAIL  2	/**< reserved by the driver */

/** Status of the Rx descriptor offset places after the next to receive. */
static inline int
rte_eth_rx_descriptor_status(uint16_t port_id, uint16_t queue_id,
		uint16_t offset)
{
	struct rte_eth_fp_ops *p;
	void *qd;

#ifdef RTE_ETHDEV_DEBUG_RX
	if (port_id >= RTE_MAX_ETHPORTS || queue_id >= RTE_MAX_QUEUES_PER_PORT)
		return -EINVAL;
#endif
	p = &rte_eth_fp_ops[port_id];
	qd = p->rxq.data[queue_id];
#ifdef RTE_ETHDEV_DEBUG_RX
	RTE_ETH_VALID_PORTID_OR_ERR_RET(port_id, -ENODEV);
	if (qd == NULL)
		return -ENODEV;
#endif
	if (p->rx_descriptor_status == NULL)
		return -ENOTSUP;
	return p->rx_descriptor_status(qd, offset);
}

#define RTE_ETH_TX_DESC_FULL    0	/**< owned by the hardware, not sent */
#define RTE_ETH_TX_DESC_DONE    1	/**< sent, reusable */
#define RTE_ETH_TX_DESC_UNAVAIL 2	/**< reserved by the driver */

/** Status of the Tx descriptor offset places after the next to use. */
static inline int
rte_eth_tx_descriptor_status(uint16_t port_id, uint16_t queue_id,
		uint16_t offset)
{
	struct rte_eth_fp_ops *p;
	void *qd;

#ifdef RTE_ETHDEV_DEBUG_TX
	if (port_id >= RTE_MAX_ETHPORTS || queue_id >= RTE_MAX_QUEUES_PER_PORT)
		return -EINVAL;
#endif
	p = &rte_eth_fp_ops[port_id];
	qd = p->txq.data[queue_id];
#ifdef RTE_ETHDEV_DEBUG_TX
	RTE_ETH_VALID_PORTID_OR_ERR_RET(port_id, -ENODEV);
	if (qd == NULL)
		return -ENODEV;
#endif
	if (p->tx_descriptor_status == NULL)
		return -ENOTSUP;
	return p->tx_descriptor_status(qd, offset);
}

/** Runs the Tx callbacks of a queue (called by rte_eth_tx_burst only). */
uint16_t rte_eth_call_tx_callbacks(uint16_t port_id, uint16_t queue_id,
		struct rte_mbuf **tx_pkts, uint16_t nb_pkts, void *opaque);

/**
 * Send up to nb_pkts packets on a Tx queue of a started port. Returns the
 * number accepted; the caller still owns tx_pkts[ret..nb_pkts-1].
 */
static inline uint16_t
rte_eth_tx_burst(uint16_t port_id, uint16_t queue_id,
		struct rte_mbuf **tx_pkts, uint16_t nb_pkts)
{
	struct rte_eth_fp_ops *p;
	void *qd;

#ifdef RTE_ETHDEV_DEBUG_TX
	if (port_id >= RTE_MAX_ETHPORTS || queue_id >= RTE_MAX_QUEUES_PER_PORT) {
		RTE_ETHDEV_LOG(ERR, "Invalid port_id=%u or queue_id=%u\n",
			port_id, queue_id);
		return 0;
	}
#endif
	p = &rte_eth_fp_ops[port_id];
	qd = p->txq.data[queue_id];
#ifdef RTE_ETHDEV_DEBUG_TX
	RTE_ETH_VALID_PORTID_OR_ERR_RET(port_id, 0);
	if (qd == NULL) {
		RTE_ETHDEV_LOG(ERR, "Invalid Tx queue_id=%u for port_id=%u\n",
			queue_id, port_id);
		return 0;
	}
#endif
#ifdef RTE_ETHDEV_RXTX_CALLBACKS
	{
		/* acquire: see rte_eth_rx_burst */
		void *cb = __atomic_load_n((void **)&p->txq.clbk[queue_id],
			__ATOMIC_ACQUIRE);

		if (__builtin_expect(cb != NULL, 0))
			nb_pkts = rte_eth_call_tx_callbacks(port_id, queue_id,
				tx_pkts, nb_pkts, cb);
	}
#endif
	return p->tx_pkt_burst(qd, tx_pkts, nb_pkts);
}

/**
 * Check (and fix up, e.g. pseudo-header checksums) packets for the Tx
 * offloads they request. Returns how many leading packets are fine; on a
 * short count rte_errno says why the next one is not.
 */
#ifndef RTE_ETHDEV_TX_PREPARE_NOOP
static inline uint16_t
rte_eth_tx_prepare(uint16_t port_id, uint16_t queue_id,
		struct rte_mbuf **tx_pkts, uint16_t nb_pkts)
{
	struct rte_eth_fp_ops *p;
	void *qd;

#ifdef RTE_ETHDEV_DEBUG_TX
	if (port_id >= RTE_MAX_ETHPORTS || queue_id >= RTE_MAX_QUEUES_PER_PORT ||
			!rte_eth_dev_is_valid_port(port_id)) {
		rte_errno = ENODEV;
		return 0;
	}
#endif
	p = &rte_eth_fp_ops[port_id];
	qd = p->txq.data[queue_id];
#ifdef RTE_ETHDEV_DEBUG_TX
	if (qd == NULL) {
		rte_errno = EINVAL;
		return 0;
	}
#endif
	if (p->tx_pkt_prepare == NULL)
		return nb_pkts;
	return p->tx_pkt_prepare(qd, tx_pkts, nb_pkts);
}
#else
static inline uint16_t
rte_eth_tx_prepare(__rte_unused uint16_t port_id,
		__rte_unused uint16_t queue_id,
		__rte_unused struct rte_mbuf **tx_pkts, uint16_t nb_pkts)
{
	return nb_pkts;
}
#endif

/**
 * Send the buffered packets; those the queue does not take go to the
 * buffer's error callback. Returns the number sent.
 */
static inline uint16_t
rte_eth_tx_buffer_flush(uint16_t port_id, uint16_t queue_id,
		struct rte_eth_dev_tx_buffer *buffer)
{
	uint16_t to_send = buffer->length;
	uint16_t sent;

	if (to_send == 0)
		return 0;
	sent = rte_eth_tx_burst(port_id, queue_id, buffer->pkts, to_send);
	buffer->length = 0;
	if (__builtin_expect(sent != to_send, 0))
		buffer->error_callback(&buffer->pkts[sent],
			(uint16_t)(to_send - sent), buffer->error_userdata);
	return sent;
}

/**
 * Buffer one packet; when the buffer is full it is flushed. Returns the
 * number of packets sent by that flush (0 if none happened).
 */
static __rte_always_inline uint16_t
rte_eth_tx_buffer(uint16_t port_id, uint16_t queue_id,
		struct rte_eth_dev_tx_buffer *buffer, struct rte_mbuf *tx_pkt)
{
	buffer->pkts[buffer->length++] = tx_pkt;
	if (buffer->length < buffer->size)
		return 0;
	return rte_eth_tx_buffer_flush(port_id, queue_id, buffer);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ETHDEV_H_ */
