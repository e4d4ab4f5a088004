/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Ethernet (IEEE 802.3) header, MAC address helpers and 802.1Q VLAN tag
 * insertion/removal (DPDK 22.11 rte_ether.h).
 */
#ifndef _RTE_ETHER_H_
#define _RTE_ETHER_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <string.h>
#include <errno.h>

#include <rte_common.h>
#include <rte_byteorder.h>
#include <rte_mbuf.h>

#define RTE_ETHER_ADDR_LEN  6	/**< octets in a MAC address */
#define RTE_ETHER_TYPE_LEN  2	/**< octets in the EtherType field */
#define RTE_ETHER_CRC_LEN   4	/**< octets in the frame check sequence */
#define RTE_ETHER_HDR_LEN \
	(RTE_ETHER_ADDR_LEN * 2 + RTE_ETHER_TYPE_LEN) /**< untagged header */
#define RTE_ETHER_MIN_LEN   64	/**< shortest frame, FCS included */
#define RTE_ETHER_MAX_LEN   1518 /**< longest untagged frame, FCS included */
#define RTE_ETHER_MTU \
	(RTE_ETHER_MAX_LEN - RTE_ETHER_HDR_LEN - RTE_ETHER_CRC_LEN) /**< 1500 */
#define RTE_VLAN_HLEN       4	/**< octets of one 802.1Q tag */
#define RTE_ETHER_MAX_VLAN_FRAME_LEN \
	(RTE_ETHER_MAX_LEN + RTE_VLAN_HLEN) /**< longest single-tagged frame */
#define RTE_ETHER_MAX_JUMBO_FRAME_LEN 0x3F00 /**< jumbo frame limit */
#define RTE_ETHER_MAX_VLAN_ID  4095 /**< VLAN ids are 12 bits */
#define RTE_ETHER_MIN_MTU 68	/**< RFC 791: minimum IPv4 MTU */

/** Group (multicast) bit: least significant bit of the first octet. */
#define RTE_ETHER_GROUP_ADDR       0x01
/** Locally administered bit: second bit of the first octet. */
#define RTE_ETHER_LOCAL_ADMIN_ADDR 0x02

/** A 48-bit MAC address, network order (first octet sent first). */
struct rte_ether_addr {
	uint8_t addr_bytes[RTE_ETHER_ADDR_LEN];	/**< octets, first sent first */
} __rte_aligned(2);

/** True if both addresses are equal. */
static inline int
rte_is_same_ether_addr(const struct rte_ether_addr *ea1,
		const struct rte_ether_addr *ea2)
{
	const uint16_t *a = (const uint16_t *)ea1;
	const uint16_t *b = (const uint16_t *)ea2;

	/* 2-byte aligned: compare as three 16-bit words */
	return ((a[0] ^ b[0]) | (a[1] ^ b[1]) | (a[2] ^ b[2])) == 0;
}

/** True if the address is 00:00:00:00:00:00. */
static inline int
rte_is_zero_ether_addr(const struct rte_ether_addr *ea)
{
	const uint16_t *w = (const uint16_t *)ea;

	return (w[0] | w[1] | w[2]) == 0;
}

/** True if the group bit is clear. */
static inline int
rte_is_unicast_ether_addr(const struct rte_ether_addr *ea)
{
	return (ea->addr_bytes[0] & RTE_ETHER_GROUP_ADDR) == 0;
}

/** True if the group bit is set (broadcast included). */
static inline int
rte_is_multicast_ether_addr(const struct rte_ether_addr *ea)
{
	return ea->addr_bytes[0] & RTE_ETHER_GROUP_ADDR;
}

/** True if the address is ff:ff:ff:ff:ff:ff. */
static inline int
rte_is_broadcast_ether_addr(const struct rte_ether_addr *ea)
{
	const uint16_t *w = (const uint16_t *)ea;

	return (w[0] & w[1] & w[2]) == 0xFFFF;
}

/** True if the address is globally administered (IEEE assigned). */
static inline int
rte_is_universal_ether_addr(const struct rte_ether_addr *ea)
{
	return (ea->addr_bytes[0] & RTE_ETHER_LOCAL_ADMIN_ADDR) == 0;
}

/** True if the address is locally administered. */
static inline int
rte_is_local_admin_ether_addr(const struct rte_ether_addr *ea)
{
	return (ea->addr_bytes[0] & RTE_ETHER_LOCAL_ADMIN_ADDR) != 0;
}

/** True if the address can be a port's own address: unicast and not zero. */
static inline int
rte_is_valid_assigned_ether_addr(const struct rte_ether_addr *ea)
{
	return rte_is_unicast_ether_addr(ea) && !rte_is_zero_ether_addr(ea);
}

/** Fill addr with a random, locally administered, unicast address. */
void rte_eth_random_addr(uint8_t *addr);

/** Copy a MAC address. */
static inline void
rte_ether_addr_copy(const struct rte_ether_addr *__rte_restrict ea_from,
		struct rte_ether_addr *__rte_restrict ea_to)
{
	*ea_to = *ea_from;
}

/** Room for "XX:XX:XX:XX:XX:XX" and its terminating NUL. */
#define RTE_ETHER_ADDR_FMT_SIZE 18
/** printf format of a MAC address, use with RTE_ETHER_ADDR_BYTES(). */
#define RTE_ETHER_ADDR_PRT_FMT "%02X:%02X:%02X:%02X:%02X:%02X"
/** The six octets of *mac_addrs as printf arguments. */
#define RTE_ETHER_ADDR_BYTES(mac_addrs) \
	((mac_addrs)->addr_bytes[0]), ((mac_addrs)->addr_bytes[1]), \
	((mac_addrs)->addr_bytes[2]), ((mac_addrs)->addr_bytes[3]), \
	((mac_addrs)->addr_bytes[4]), ((mac_addrs)->addr_bytes[5])

/** Write eth_addr as "XX:XX:XX:XX:XX:XX" into buf (size bytes, NUL ended). */
void rte_ether_format_addr(char *buf, uint16_t size,
		const struct rte_ether_addr *eth_addr);

/**
 * Parse a MAC address: "XX:XX:XX:XX:XX:XX" or "XXXX:XXXX:XXXX" (hex
 * digits, either case, every digit present). Returns 0, or -1 with rte_errno = EINVAL.
 */
int rte_ether_unformat_addr(const char *str, struct rte_ether_addr *eth_addr);

/** Ethernet II header. */
struct rte_ether_hdr {
	struct rte_ether_addr dst_addr;	/**< destination address */
	struct rte_ether_addr src_addr;	/**< source address */
	rte_be16_t ether_type;		/**< EtherType of the payload */
} __rte_aligned(2);

/** 802.1Q tag as it follows the addresses (TPID is the previous type). */
struct rte_vlan_hdr {
	rte_be16_t vlan_tci;	/**< priority (3), DEI (1), VLAN id (12) */
	rte_be16_t eth_proto;	/**< EtherType of what follows */
} __rte_packed;

#if !defined(__DOXYGEN__) && !defined(__cplusplus)
_Static_assert(sizeof(struct rte_ether_addr) == 6, "MAC address is 6 octets");
_Static_assert(sizeof(struct rte_ether_hdr) == 14, "Ethernet header is 14 octets");
_Static_assert(sizeof(struct rte_vlan_hdr) == 4, "VLAN tag is 4 octets");
#endif

/* EtherType values (IEEE registry), host order. */
#define RTE_ETHER_TYPE_IPV4 0x0800	/**< IPv4 */
#define RTE_ETHER_TYPE_IPV6 0x86DD	/**< IPv6 */
#define RTE_ETHER_TYPE_ARP  0x0806	/**< ARP */
#define RTE_ETHER_TYPE_RARP 0x8035	/**< reverse ARP */
#define RTE_ETHER_TYPE_VLAN 0x8100	/**< 802.1Q C-tag */
#define RTE_ETHER_TYPE_QINQ 0x88A8	/**< 802.1ad S-tag */
#define RTE_ETHER_TYPE_QINQ1 0x9100	/**< pre-802.1ad S-tag */
#define RTE_ETHER_TYPE_QINQ2 0x9200	/**< pre-802.1ad S-tag */
#define RTE_ETHER_TYPE_QINQ3 0x9300	/**< pre-802.1ad S-tag */
#define RTE_ETHER_TYPE_PPPOE_DISCOVERY 0x8863	/**< PPPoE discovery */
#define RTE_ETHER_TYPE_PPPOE_SESSION 0x8864	/**< PPPoE session */
#define RTE_ETHER_TYPE_ETAG 0x893F	/**< 802.1BR E-tag */
#define RTE_ETHER_TYPE_1588 0x88F7	/**< PTP over Ethernet */
#define RTE_ETHER_TYPE_SLOW 0x8809	/**< LACP and marker */
#define RTE_ETHER_TYPE_TEB  0x6558	/**< transparent Ethernet bridging */
#define RTE_ETHER_TYPE_LLDP 0x88CC	/**< LLDP */
#define RTE_ETHER_TYPE_MPLS 0x8847	/**< MPLS unicast */
#define RTE_ETHER_TYPE_MPLSM 0x8848	/**< MPLS multicast */
#define RTE_ETHER_TYPE_ECPRI 0xAEFE	/**< eCPRI */

/**
 * Move the outer 802.1Q tag of a frame into m->vlan_tci and flag it as
 * stripped, as a NIC with VLAN_STRIP would. Returns 0, or -1 if the frame
 * carries no 802.1Q tag.
 */
static inline int
rte_vlan_strip(struct rte_mbuf *m)
{
	struct rte_ether_hdr *eh = rte_pktmbuf_mtod(m, struct rte_ether_hdr *);
	struct rte_vlan_hdr *vh;

	if (eh->ether_type != rte_cpu_to_be_16(RTE_ETHER_TYPE_VLAN))
		return -1;
	vh = (struct rte_vlan_hdr *)(eh + 1);
	m->ol_flags |= RTE_MBUF_F_RX_VLAN | RTE_MBUF_F_RX_VLAN_STRIPPED;
	m->vlan_tci = rte_be_to_cpu_16(vh->vlan_tci);
	/* the addresses slide forward over the 4 tag octets */
	memmove(rte_pktmbuf_adj(m, sizeof(struct rte_vlan_hdr)), eh,
		2 * RTE_ETHER_ADDR_LEN);
	return 0;
}

/**
 * Insert an 802.1Q tag carrying (*m)->vlan_tci after the addresses.
 * Returns 0, -EINVAL if the mbuf is indirect or shared, -ENOSPC if there
 * is no headroom.
 */
static inline int
rte_vlan_insert(struct rte_mbuf **m)
{
	struct rte_ether_hdr *oh, *nh;
	struct rte_vlan_hdr *vh;

	if (!RTE_MBUF_DIRECT(*m) || rte_mbuf_refcnt_read(*m) > 1)
		return -EINVAL;
	oh = rte_pktmbuf_mtod(*m, struct rte_ether_hdr *);
	nh = (struct rte_ether_hdr *)(void *)
		rte_pktmbuf_prepend(*m, sizeof(struct rte_vlan_hdr));
	if (nh == NULL)
		return -ENOSPC;
	memmove(nh, oh, 2 * RTE_ETHER_ADDR_LEN);
	nh->ether_type = rte_cpu_to_be_16(RTE_ETHER_TYPE_VLAN);
	vh = (struct rte_vlan_hdr *)(nh + 1);
	vh->vlan_tci = rte_cpu_to_be_16((*m)->vlan_tci);
	(*m)->ol_flags &= ~(RTE_MBUF_F_RX_VLAN_STRIPPED | RTE_MBUF_F_TX_VLAN);
	if ((*m)->ol_flags & RTE_MBUF_F_TX_TUNNEL_MASK)
		(*m)->outer_l2_len += sizeof(struct rte_vlan_hdr);
	else
		(*m)->l2_len += sizeof(struct rte_vlan_hdr);
	return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ETHER_H_ */
