/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * IPv4 (RFC 791) and IPv6 (RFC 8200) headers and the Internet checksum
 * (RFC 1071) helpers, including the UDP/TCP pseudo-header sums
 * (RFC 768, RFC 793, RFC 8200 section 8.1). DPDK 22.11 rte_ip.h.
 *
 * The "raw" sums are one's-complement sums of 16-bit words read in host
 * order; because the one's-complement sum is byte-order independent
 * (RFC 1071 section 2(B)), storing the complemented result back in host
 * order yields the correct checksum on the wire.
 */
#ifndef _RTE_IP_H_
#define _RTE_IP_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <string.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/ip6.h>

#include <rte_common.h>
#include <rte_byteorder.h>
#include <rte_mbuf.h>

/** IPv4 header without options (20 octets). */
struct rte_ipv4_hdr {
	uint8_t version_ihl;		/**< version (4 high bits), IHL in 32-bit words */
	uint8_t type_of_service;	/**< DSCP (6) and ECN (2) */
	rte_be16_t total_length;	/**< header + payload octets */
	rte_be16_t packet_id;		/**< identification */
	rte_be16_t fragment_offset;	/**< flags (3) and offset in 8-octet units */
	uint8_t time_to_live;	/**< hops left */
	uint8_t next_proto_id;		/**< IPPROTO_* of the payload */
	rte_be16_t hdr_checksum;	/**< header checksum (RFC 1071) */
	rte_be32_t src_addr;	/**< source address */
	rte_be32_t dst_addr;	/**< destination address */
} __rte_packed;
#if !defined(__DOXYGEN__) && !defined(__cplusplus)
_Static_assert(sizeof(struct rte_ipv4_hdr) == 20, "IPv4 header is 20 octets");
#endif

/** Host-order IPv4 address from its four dotted-quad parts. */
#define RTE_IPV4(a, b, c, d) ((uint32_t)(((a) & 0xff) << 24) | \
	(((b) & 0xff) << 16) | (((c) & 0xff) << 8) | ((d) & 0xff))

#define RTE_IPV4_MAX_PKT_LEN 65535	/**< longest IPv4 datagram */
#define RTE_IPV4_HDR_IHL_MASK 0x0f	/**< IHL bits of version_ihl */
#define RTE_IPV4_IHL_MULTIPLIER 4	/**< IHL counts 32-bit words */
#define RTE_IPV4_HDR_DSCP_MASK 0xfc	/**< DSCP bits of type_of_service */
#define RTE_IPV4_HDR_ECN_MASK 0x03	/**< ECN bits of type_of_service */
#define RTE_IPV4_HDR_ECN_CE RTE_IPV4_HDR_ECN_MASK	/**< ECN: congestion experienced */
#define RTE_IPV4_HDR_DF_SHIFT 14	/**< DF flag position in fragment_offset */
#define RTE_IPV4_HDR_MF_SHIFT 13	/**< MF flag position */
#define RTE_IPV4_HDR_FO_SHIFT 3	/**< offset unit as a shift (8 octets) */
#define RTE_IPV4_HDR_DF_FLAG (1 << RTE_IPV4_HDR_DF_SHIFT)	/**< don't fragment */
#define RTE_IPV4_HDR_MF_FLAG (1 << RTE_IPV4_HDR_MF_SHIFT)	/**< more fragments */
#define RTE_IPV4_HDR_OFFSET_MASK ((1 << RTE_IPV4_HDR_MF_SHIFT) - 1)	/**< fragment offset bits */
#define RTE_IPV4_HDR_OFFSET_UNITS 8	/**< octets per offset unit */
#define RTE_IPV4_HDR_OPT_EOL 0	/**< option: end of list */
#define RTE_IPV4_HDR_OPT_NOP 1	/**< option: no operation */
#define RTE_IPV4_HDR_OPT_COPIED(v) ((v) & 0x80)	/**< option copied into every fragment */
#define RTE_IPV4_HDR_OPT_MAX_LEN 40	/**< most option octets */
#define RTE_IPV4_ANY ((uint32_t)0x00000000)	/**< 0.0.0.0 */
#define RTE_IPV4_LOOPBACK ((uint32_t)0x7f000001)	/**< 127.0.0.1 */
#define RTE_IPV4_BROADCAST ((uint32_t)0xe0000000)	/**< 224.0.0.0 (DPDK name) */
#define RTE_IPV4_ALLHOSTS_GROUP ((uint32_t)0xe0000001)	/**< 224.0.0.1 */
#define RTE_IPV4_ALLRTRS_GROUP ((uint32_t)0xe0000002)	/**< 224.0.0.2 */
#define RTE_IPV4_MAX_LOCAL_GROUP ((uint32_t)0xe00000ff)	/**< 224.0.0.255 */
#define RTE_IPV4_MIN_MCAST RTE_IPV4(224, 0, 0, 0)	/**< first multicast address */
#define RTE_IPV4_MAX_MCAST RTE_IPV4(239, 255, 255, 255)	/**< last multicast address */
/** True if the host-order address x is multicast. */
#define RTE_IS_IPV4_MCAST(x) \
	((x) >= RTE_IPV4_MIN_MCAST && (x) <= RTE_IPV4_MAX_MCAST)
#define RTE_IPV4_MIN_IHL 0x5	/**< IHL of a header without options */
/** version_ihl of an IPv4 header without options. */
#define RTE_IPV4_VHL_DEF ((IPVERSION << 4) | RTE_IPV4_MIN_IHL)

/** Header length in octets, options included. */
static inline uint8_t
rte_ipv4_hdr_len(const struct rte_ipv4_hdr *ipv4_hdr)
{
	return (uint8_t)((ipv4_hdr->version_ihl & RTE_IPV4_HDR_IHL_MASK) *
		RTE_IPV4_IHL_MULTIPLIER);
}

/**
 * Add len octets at buf to the 32-bit accumulator sum, 16 bits at a time
 * (host order); an odd last octet is padded with a zero octet (RFC 1071).
 */
static inline uint32_t
__rte_raw_cksum(const void *buf, size_t len, uint32_t sum)
{
	const uint8_t *p = (const uint8_t *)buf;
	uint16_t w;

	for (; len >= 2; len -= 2, p += 2) {
		memcpy(&w, p, 2);	/* buf may be unaligned */
		sum += w;
	}
	if (len == 1) {
		uint8_t last[2] = { *p, 0 };

		memcpy(&w, last, 2);
		sum += w;
	}
	return sum;
}

/** Fold a 32-bit accumulator into a 16-bit one's-complement sum. */
static inline uint16_t
__rte_raw_cksum_reduce(uint32_t sum)
{
	sum = (sum >> 16) + (sum & 0xffff);
	sum = (sum >> 16) + (sum & 0xffff);
	return (uint16_t)sum;
}

/** One's-complement sum (not complemented) of len octets at buf. */
static inline uint16_t
rte_raw_cksum(const void *buf, size_t len)
{
	return __rte_raw_cksum_reduce(__rte_raw_cksum(buf, len, 0));
}

/**
 * One's-complement sum of len octets starting off octets into the packet
 * (possibly multi-segment). Returns 0, or -1 if off + len is past the end.
 */
static inline int
rte_raw_cksum_mbuf(const struct rte_mbuf *m, uint32_t off, uint32_t len,
		uint16_t *cksum)
{
	const struct rte_mbuf *seg = m;
	uint32_t sum = 0, done = 0;

	if (off + len < off || off + len > m->pkt_len)
		return -1;
	while (seg != NULL && off >= seg->data_len) {
		off -= seg->data_len;
		seg = seg->next;
	}
	while (done < len && seg != NULL) {
		uint32_t n = RTE_MIN((uint32_t)seg->data_len - off, len - done);
		uint16_t part = rte_raw_cksum(
			rte_pktmbuf_mtod_offset(seg, const uint8_t *, off), n);

		/*
		 * A chunk starting at an odd offset of the data has its
		 * bytes in the other halves of the 16-bit words: swap.
		 */
		if (done & 1)
			part = (uint16_t)((part >> 8) | (part << 8));
		sum += part;
		done += n;
		off = 0;
		seg = seg->next;
	}
	*cksum = __rte_raw_cksum_reduce(sum);
	return 0;
}

/** IPv4 header checksum, to be stored in hdr_checksum (which must be 0). */
static inline uint16_t
rte_ipv4_cksum(const struct rte_ipv4_hdr *ipv4_hdr)
{
	uint16_t cksum = rte_raw_cksum(ipv4_hdr, rte_ipv4_hdr_len(ipv4_hdr));

	return (uint16_t)~cksum;
}

/**
 * Sum of the UDP/TCP pseudo header (RFC 793 section 3.1): addresses,
 * protocol and L4 length. With RTE_MBUF_F_TX_TCP_SEG the length is left
 * out, as TSO hardware adds the per-segment length itself.
 */
static inline uint16_t
rte_ipv4_phdr_cksum(const struct rte_ipv4_hdr *ipv4_hdr, uint64_t ol_flags)
{
	struct {
		rte_be32_t src_addr;
		rte_be32_t dst_addr;
		uint8_t zero;
		uint8_t proto;
		rte_be16_t len;
	} __rte_packed psd;
	uint16_t l4_len = 0;

	if (!(ol_flags & RTE_MBUF_F_TX_TCP_SEG))
		l4_len = (uint16_t)(rte_be_to_cpu_16(ipv4_hdr->total_length) -
			rte_ipv4_hdr_len(ipv4_hdr));
	psd.src_addr = ipv4_hdr->src_addr;
	psd.dst_addr = ipv4_hdr->dst_addr;
	psd.zero = 0;
	psd.proto = ipv4_hdr->next_proto_id;
	psd.len = rte_cpu_to_be_16(l4_len);
	return rte_raw_cksum(&psd, sizeof(psd));
}

/** Complemented L4 sum over pseudo header and L4 data (no 0 -> 0xffff). */
static inline uint16_t
__rte_ipv4_udptcp_cksum(const struct rte_ipv4_hdr *ipv4_hdr, const void *l4_hdr)
{
	uint32_t l4_len = rte_be_to_cpu_16(ipv4_hdr->total_length) -
		rte_ipv4_hdr_len(ipv4_hdr);
	uint32_t sum = rte_raw_cksum(l4_hdr, l4_len);

	sum += rte_ipv4_phdr_cksum(ipv4_hdr, 0);
	return (uint16_t)~__rte_raw_cksum_reduce(sum);
}

/**
 * UDP or TCP checksum of an IPv4 packet whose L4 header is at l4_hdr and
 * whose checksum field is 0. A zero result is sent as 0xffff (RFC 768).
 */
static inline uint16_t
rte_ipv4_udptcp_cksum(const struct rte_ipv4_hdr *ipv4_hdr, const void *l4_hdr)
{
	uint16_t cksum = __rte_ipv4_udptcp_cksum(ipv4_hdr, l4_hdr);

	return cksum == 0 ? 0xffff : cksum;
}

/** Complemented L4 sum of an mbuf (0 not mapped to 0xffff). */
static inline uint16_t
__rte_ipv4_udptcp_cksum_mbuf(const struct rte_mbuf *m,
		const struct rte_ipv4_hdr *ipv4_hdr, uint16_t l4_off)
{
	uint16_t l4_len = (uint16_t)(rte_be_to_cpu_16(ipv4_hdr->total_length) -
		rte_ipv4_hdr_len(ipv4_hdr));
	uint16_t raw;
	uint32_t sum;

	if (rte_raw_cksum_mbuf(m, l4_off, l4_len, &raw) != 0)
		return 0;
	sum = (uint32_t)raw + rte_ipv4_phdr_cksum(ipv4_hdr, 0);
	return (uint16_t)~__rte_raw_cksum_reduce(sum);
}

/** As rte_ipv4_udptcp_cksum() for a (multi-segment) mbuf, L4 at l4_off. */
static inline uint16_t
rte_ipv4_udptcp_cksum_mbuf(const struct rte_mbuf *m,
		const struct rte_ipv4_hdr *ipv4_hdr, uint16_t l4_off)
{
	uint16_t cksum = __rte_ipv4_udptcp_cksum_mbuf(m, ipv4_hdr, l4_off);

	return cksum == 0 ? 0xffff : cksum;
}

/**
 * Check the UDP/TCP checksum of a received IPv4 packet (checksum field in
 * place). Returns 0 if valid, -1 otherwise. A UDP checksum of 0 means "not
 * computed"; the caller must handle that case.
 */
static inline int
rte_ipv4_udptcp_cksum_verify(const struct rte_ipv4_hdr *ipv4_hdr,
		const void *l4_hdr)
{
	return __rte_ipv4_udptcp_cksum(ipv4_hdr, l4_hdr) != 0 ? -1 : 0;
}

/** As rte_ipv4_udptcp_cksum_verify() for a (multi-segment) mbuf. */
static inline int
rte_ipv4_udptcp_cksum_mbuf_verify(const struct rte_mbuf *m,
		const struct rte_ipv4_hdr *ipv4_hdr, uint16_t l4_off)
{
	return __rte_ipv4_udptcp_cksum_mbuf(m, ipv4_hdr, l4_off) != 0 ? -1 : 0;
}

/** IPv6 fixed header (40 octets). */
struct rte_ipv6_hdr {
	rte_be32_t vtc_flow;	/**< version (4), traffic class (8), flow label (20) */
	rte_be16_t payload_len;	/**< octets after this header, extensions included */
	uint8_t proto;		/**< next header */
	uint8_t hop_limits;	/**< hops left */
	uint8_t src_addr[16];	/**< source address */
	uint8_t dst_addr[16];	/**< destination address */
} __rte_packed;
#if !defined(__DOXYGEN__) && !defined(__cplusplus)
_Static_assert(sizeof(struct rte_ipv6_hdr) == 40, "IPv6 header is 40 octets");
#endif

#define RTE_IPV6_HDR_FL_SHIFT 0	/**< flow label position in vtc_flow */
#define RTE_IPV6_HDR_TC_SHIFT 20	/**< traffic class position */
#define RTE_IPV6_HDR_FL_MASK ((1u << RTE_IPV6_HDR_TC_SHIFT) - 1) /**< flow label bits */
#define RTE_IPV6_HDR_TC_MASK (0xff << RTE_IPV6_HDR_TC_SHIFT) /**< traffic class bits */
#define RTE_IPV6_HDR_DSCP_MASK (0xfc << RTE_IPV6_HDR_TC_SHIFT) /**< DSCP bits */
#define RTE_IPV6_HDR_ECN_MASK (0x03 << RTE_IPV6_HDR_TC_SHIFT) /**< ECN bits */
#define RTE_IPV6_HDR_ECN_CE RTE_IPV6_HDR_ECN_MASK /**< ECN: congestion experienced */
#define RTE_IPV6_MIN_MTU 1280	/**< RFC 8200 section 5 */

/** Sum of the IPv6 pseudo header (RFC 8200 section 8.1). */
static inline uint16_t
rte_ipv6_phdr_cksum(const struct rte_ipv6_hdr *ipv6_hdr, uint64_t ol_flags)
{
	struct {
		rte_be32_t len;
		rte_be32_t proto;
	} psd;
	uint32_t sum;

	psd.proto = rte_cpu_to_be_32((uint32_t)ipv6_hdr->proto);
	if (ol_flags & RTE_MBUF_F_TX_TCP_SEG)
		psd.len = 0;
	else
		psd.len = rte_cpu_to_be_32(
			(uint32_t)rte_be_to_cpu_16(ipv6_hdr->payload_len));
	sum = __rte_raw_cksum(ipv6_hdr->src_addr,
		sizeof(ipv6_hdr->src_addr) + sizeof(ipv6_hdr->dst_addr), 0);
	sum = __rte_raw_cksum(&psd, sizeof(psd), sum);
	return __rte_raw_cksum_reduce(sum);
}

/** Complemented L4 sum over IPv6 (0 not mapped to 0xffff). */
static inline uint16_t
__rte_ipv6_udptcp_cksum(const struct rte_ipv6_hdr *ipv6_hdr, const void *l4_hdr)
{
	uint32_t sum = rte_raw_cksum(l4_hdr,
		rte_be_to_cpu_16(ipv6_hdr->payload_len));

	sum += rte_ipv6_phdr_cksum(ipv6_hdr, 0);
	return (uint16_t)~__rte_raw_cksum_reduce(sum);
}

/** UDP/TCP checksum over IPv6 (no extension headers before L4). */
static inline uint16_t
rte_ipv6_udptcp_cksum(const struct rte_ipv6_hdr *ipv6_hdr, const void *l4_hdr)
{
	uint16_t cksum = __rte_ipv6_udptcp_cksum(ipv6_hdr, l4_hdr);

	return cksum == 0 ? 0xffff : cksum;
}

/** Complemented L4 sum of an IPv6 mbuf (0 not mapped to 0xffff). */
static inline uint16_t
__rte_ipv6_udptcp_cksum_mbuf(const struct rte_mbuf *m,
		const struct rte_ipv6_hdr *ipv6_hdr, uint16_t l4_off)
{
	uint16_t raw;
	uint32_t sum;

	if (rte_raw_cksum_mbuf(m, l4_off,
			rte_be_to_cpu_16(ipv6_hdr->payload_len), &raw) != 0)
		return 0;
	sum = (uint32_t)raw + rte_ipv6_phdr_cksum(ipv6_hdr, 0);
	return (uint16_t)~__rte_raw_cksum_reduce(sum);
}

/** As rte_ipv6_udptcp_cksum() for a (multi-segment) mbuf, L4 at l4_off. */
static inline uint16_t
rte_ipv6_udptcp_cksum_mbuf(const struct rte_mbuf *m,
		const struct rte_ipv6_hdr *ipv6_hdr, uint16_t l4_off)
{
	uint16_t cksum = __rte_ipv6_udptcp_cksum_mbuf(m, ipv6_hdr, l4_off);

	return cksum == 0 ? 0xffff : cksum;
}

/** 0 if the UDP/TCP checksum of the IPv6 packet is valid, -1 otherwise. */
static inline int
rte_ipv6_udptcp_cksum_verify(const struct rte_ipv6_hdr *ipv6_hdr,
		const void *l4_hdr)
{
	return __rte_ipv6_udptcp_cksum(ipv6_hdr, l4_hdr) != 0 ? -1 : 0;
}

/** As rte_ipv6_udptcp_cksum_verify() for a (multi-segment) mbuf. */
static inline int
rte_ipv6_udptcp_cksum_mbuf_verify(const struct rte_mbuf *m,
		const struct rte_ipv6_hdr *ipv6_hdr, uint16_t l4_off)
{
	return __rte_ipv6_udptcp_cksum_mbuf(m, ipv6_hdr, l4_off) != 0 ? -1 : 0;
}

/* IPv6 fragment extension header (RFC 8200 section 4.5). */
#define RTE_IPV6_EHDR_MF_SHIFT 0	/**< M (more fragments) flag position */
#define RTE_IPV6_EHDR_MF_MASK 1	/**< M flag */
#define RTE_IPV6_EHDR_FO_SHIFT 3	/**< fragment offset position */
#define RTE_IPV6_EHDR_FO_MASK (~((1 << RTE_IPV6_EHDR_FO_SHIFT) - 1)) /**< offset bits */
#define RTE_IPV6_EHDR_FO_ALIGN (1 << RTE_IPV6_EHDR_FO_SHIFT) /**< offset unit (8 octets) */
#define RTE_IPV6_FRAG_USED_MASK (RTE_IPV6_EHDR_MF_MASK | RTE_IPV6_EHDR_FO_MASK) /**< M flag and offset */
#define RTE_IPV6_GET_MF(x) ((x) & RTE_IPV6_EHDR_MF_MASK) /**< M flag of frag_data */
#define RTE_IPV6_GET_FO(x) ((x) >> RTE_IPV6_EHDR_FO_SHIFT) /**< offset of frag_data */
/** frag_data (host order) from an offset and an M flag. */
#define RTE_IPV6_SET_FRAG_DATA(fo, mf) \
	(((fo) & RTE_IPV6_EHDR_FO_MASK) | ((mf) & RTE_IPV6_EHDR_MF_MASK))

/** IPv6 fragment extension header. */
struct rte_ipv6_fragment_ext {
	uint8_t next_header;	/**< type of the next header */
	uint8_t reserved;	/**< zero */
	rte_be16_t frag_data;	/**< offset (13), reserved (2), M flag (1) */
	rte_be32_t id;		/**< identification of the datagram */
} __rte_packed;
#if !defined(__DOXYGEN__) && !defined(__cplusplus)
_Static_assert(sizeof(struct rte_ipv6_fragment_ext) == 8, "fragment header is 8 octets");
#endif

/** Size of the fragment extension header. */
#define RTE_IPV6_FRAG_HDR_SIZE sizeof(struct rte_ipv6_fragment_ext)

/**
 * Length of the extension header at p of type proto and the type of the
 * header after it; -EINVAL if proto is not a skippable extension header
 * (hop-by-hop, routing, destination options, AH).
 */
static inline int
rte_ipv6_get_next_ext(const uint8_t *p, int proto, size_t *ext_len)
{
	switch (proto) {
	case IPPROTO_HOPOPTS:
	case IPPROTO_ROUTING:
	case IPPROTO_DSTOPTS:
		*ext_len = ((size_t)p[1] + 1) * 8;	/* 8-octet units, first excluded */
		return p[0];
	case IPPROTO_AH:
		*ext_len = ((size_t)p[1] + 2) * 4;	/* RFC 4302: 4-octet units minus 2 */
		return p[0];
	default:
		return -EINVAL;
	}
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_IP_H_ */
