/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * The mbuf structure and offload flags (DPDK 22.11 layout, two 64-byte
 * cache lines: the first holds what the RX path writes, the second what
 * only TX and the slow path touch). Applications include <rte_mbuf.h>.
 */
#ifndef _RTE_MBUF_CORE_H_
#define _RTE_MBUF_CORE_H_

#include <stdint.h>
#include <stddef.h>
#include <limits.h>

#include <rte_common.h>
#include <rte_byteorder.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef RTE_IOVA_AS_PA
/** Mbufs carry buf_iova (DPDK's default enable_iova_as_pa=true layout). */
#define RTE_IOVA_AS_PA 1
#endif

/* ---- RX offload flags ---- */
#define RTE_MBUF_F_RX_VLAN          (1ULL << 0)  /**< vlan_tci valid */
#define RTE_MBUF_F_RX_RSS_HASH      (1ULL << 1)  /**< hash.rss valid */
#define RTE_MBUF_F_RX_FDIR          (1ULL << 2)  /**< flow director match */
#define RTE_MBUF_F_RX_OUTER_IP_CKSUM_BAD (1ULL << 5)
#define RTE_MBUF_F_RX_VLAN_STRIPPED (1ULL << 6)  /**< VLAN removed from data */
#define RTE_MBUF_F_RX_IP_CKSUM_MASK ((1ULL << 4) | (1ULL << 7))
#define RTE_MBUF_F_RX_IP_CKSUM_UNKNOWN 0
#define RTE_MBUF_F_RX_IP_CKSUM_BAD     (1ULL << 4)
#define RTE_MBUF_F_RX_IP_CKSUM_GOOD    (1ULL << 7)
#define RTE_MBUF_F_RX_IP_CKSUM_NONE    ((1ULL << 4) | (1ULL << 7))
#define RTE_MBUF_F_RX_L4_CKSUM_MASK ((1ULL << 3) | (1ULL << 8))
#define RTE_MBUF_F_RX_L4_CKSUM_UNKNOWN 0
#define RTE_MBUF_F_RX_L4_CKSUM_BAD     (1ULL << 3)
#define RTE_MBUF_F_RX_L4_CKSUM_GOOD    (1ULL << 8)
#define RTE_MBUF_F_RX_L4_CKSUM_NONE    ((1ULL << 3) | (1ULL << 8))
#define RTE_MBUF_F_RX_IEEE1588_PTP  (1ULL << 9)
#define RTE_MBUF_F_RX_IEEE1588_TMST (1ULL << 10)
#define RTE_MBUF_F_RX_FDIR_ID       (1ULL << 13)
#define RTE_MBUF_F_RX_FDIR_FLX      (1ULL << 14)
#define RTE_MBUF_F_RX_QINQ_STRIPPED (1ULL << 15)
#define RTE_MBUF_F_RX_LRO           (1ULL << 16)
#define RTE_MBUF_F_RX_SEC_OFFLOAD   (1ULL << 18)
#define RTE_MBUF_F_RX_SEC_OFFLOAD_FAILED (1ULL << 19)
#define RTE_MBUF_F_RX_QINQ          (1ULL << 20)
#define RTE_MBUF_F_RX_OUTER_L4_CKSUM_MASK ((1ULL << 21) | (1ULL << 22))
#define RTE_MBUF_F_RX_OUTER_L4_CKSUM_UNKNOWN 0
#define RTE_MBUF_F_RX_OUTER_L4_CKSUM_BAD     (1ULL << 21)
#define RTE_MBUF_F_RX_OUTER_L4_CKSUM_GOOD    (1ULL << 22)
#define RTE_MBUF_F_RX_OUTER_L4_CKSUM_INVALID ((1ULL << 21) | (1ULL << 22))

/** First and last bits that dynamic flags may use. */
#define RTE_MBUF_F_FIRST_FREE (1ULL << 23)
#define RTE_MBUF_F_LAST_FREE (1ULL << 40)

/* ---- TX offload flags ---- */
#define RTE_MBUF_F_TX_OUTER_UDP_CKSUM (1ULL << 41)
#define RTE_MBUF_F_TX_UDP_SEG       (1ULL << 42)
#define RTE_MBUF_F_TX_SEC_OFFLOAD   (1ULL << 43)
#define RTE_MBUF_F_TX_MACSEC        (1ULL << 44)
#define RTE_MBUF_F_TX_TUNNEL_VXLAN   (0x1ULL << 45)
#define RTE_MBUF_F_TX_TUNNEL_GRE     (0x2ULL << 45)
#define RTE_MBUF_F_TX_TUNNEL_IPIP    (0x3ULL << 45)
#define RTE_MBUF_F_TX_TUNNEL_GENEVE  (0x4ULL << 45)
#define RTE_MBUF_F_TX_TUNNEL_MPLSINUDP (0x5ULL << 45)
#define RTE_MBUF_F_TX_TUNNEL_VXLAN_GPE (0x6ULL << 45)
#define RTE_MBUF_F_TX_TUNNEL_GTP       (0x7ULL << 45)
#define RTE_MBUF_F_TX_TUNNEL_ESP       (0x8ULL << 45)
#define RTE_MBUF_F_TX_TUNNEL_IP (0xDULL << 45)
#define RTE_MBUF_F_TX_TUNNEL_UDP (0xEULL << 45)
#define RTE_MBUF_F_TX_TUNNEL_MASK    (0xFULL << 45)
#define RTE_MBUF_F_TX_QINQ          (1ULL << 49)
#define RTE_MBUF_F_TX_TCP_SEG       (1ULL << 50)
#define RTE_MBUF_F_TX_IEEE1588_TMST (1ULL << 51)
#define RTE_MBUF_F_TX_L4_NO_CKSUM   (0ULL << 52)
#define RTE_MBUF_F_TX_TCP_CKSUM     (1ULL << 52)
#define RTE_MBUF_F_TX_SCTP_CKSUM    (2ULL << 52)
#define RTE_MBUF_F_TX_UDP_CKSUM     (3ULL << 52)
#define RTE_MBUF_F_TX_L4_MASK       (3ULL << 52)
#define RTE_MBUF_F_TX_IP_CKSUM      (1ULL << 54)
#define RTE_MBUF_F_TX_IPV4          (1ULL << 55)
#define RTE_MBUF_F_TX_IPV6          (1ULL << 56)
#define RTE_MBUF_F_TX_VLAN          (1ULL << 57)
#define RTE_MBUF_F_TX_OUTER_IP_CKSUM (1ULL << 58)
#define RTE_MBUF_F_TX_OUTER_IPV4    (1ULL << 59)
#define RTE_MBUF_F_TX_OUTER_IPV6    (1ULL << 60)

/** Every TX offload flag. */
#define RTE_MBUF_F_TX_OFFLOAD_MASK (RTE_MBUF_F_TX_OUTER_IPV6 | \
	RTE_MBUF_F_TX_OUTER_IPV4 | RTE_MBUF_F_TX_OUTER_IP_CKSUM | \
	RTE_MBUF_F_TX_VLAN | RTE_MBUF_F_TX_IPV6 | RTE_MBUF_F_TX_IPV4 | \
	RTE_MBUF_F_TX_IP_CKSUM | RTE_MBUF_F_TX_L4_MASK | \
	RTE_MBUF_F_TX_IEEE1588_TMST | RTE_MBUF_F_TX_TCP_SEG | \
	RTE_MBUF_F_TX_QINQ | RTE_MBUF_F_TX_TUNNEL_MASK | \
	RTE_MBUF_F_TX_MACSEC | RTE_MBUF_F_TX_SEC_OFFLOAD | \
	RTE_MBUF_F_TX_UDP_SEG | RTE_MBUF_F_TX_OUTER_UDP_CKSUM)

/** The buffer is external (attached with rte_pktmbuf_attach_extbuf). */
#define RTE_MBUF_F_EXTERNAL    (1ULL << 61)
/** The mbuf is a clone pointing at another mbuf's buffer. */
#define RTE_MBUF_F_INDIRECT    (1ULL << 62)

/* Pre-21.11 names, for older applications. */
#define PKT_RX_VLAN RTE_MBUF_F_RX_VLAN
#define PKT_RX_RSS_HASH RTE_MBUF_F_RX_RSS_HASH
#define PKT_RX_FDIR RTE_MBUF_F_RX_FDIR
#define PKT_RX_VLAN_STRIPPED RTE_MBUF_F_RX_VLAN_STRIPPED
#define PKT_RX_IP_CKSUM_MASK RTE_MBUF_F_RX_IP_CKSUM_MASK
#define PKT_RX_IP_CKSUM_UNKNOWN RTE_MBUF_F_RX_IP_CKSUM_UNKNOWN
#define PKT_RX_IP_CKSUM_BAD RTE_MBUF_F_RX_IP_CKSUM_BAD
#define PKT_RX_IP_CKSUM_GOOD RTE_MBUF_F_RX_IP_CKSUM_GOOD
#define PKT_RX_IP_CKSUM_NONE RTE_MBUF_F_RX_IP_CKSUM_NONE
#define PKT_RX_L4_CKSUM_MASK RTE_MBUF_F_RX_L4_CKSUM_MASK
#define PKT_RX_L4_CKSUM_UNKNOWN RTE_MBUF_F_RX_L4_CKSUM_UNKNOWN
#define PKT_RX_L4_CKSUM_BAD RTE_MBUF_F_RX_L4_CKSUM_BAD
#define PKT_RX_L4_CKSUM_GOOD RTE_MBUF_F_RX_L4_CKSUM_GOOD
#define PKT_RX_L4_CKSUM_NONE RTE_MBUF_F_RX_L4_CKSUM_NONE
#define PKT_RX_IEEE1588_PTP RTE_MBUF_F_RX_IEEE1588_PTP
#define PKT_RX_IEEE1588_TMST RTE_MBUF_F_RX_IEEE1588_TMST
#define PKT_RX_QINQ_STRIPPED RTE_MBUF_F_RX_QINQ_STRIPPED
#define PKT_RX_LRO RTE_MBUF_F_RX_LRO
#define PKT_RX_QINQ RTE_MBUF_F_RX_QINQ
#define PKT_TX_TCP_SEG RTE_MBUF_F_TX_TCP_SEG
#define PKT_TX_IEEE1588_TMST RTE_MBUF_F_TX_IEEE1588_TMST
#define PKT_TX_L4_NO_CKSUM RTE_MBUF_F_TX_L4_NO_CKSUM
#define PKT_TX_TCP_CKSUM RTE_MBUF_F_TX_TCP_CKSUM
#define PKT_TX_SCTP_CKSUM RTE_MBUF_F_TX_SCTP_CKSUM
#define PKT_TX_UDP_CKSUM RTE_MBUF_F_TX_UDP_CKSUM
#define PKT_TX_L4_MASK RTE_MBUF_F_TX_L4_MASK
#define PKT_TX_IP_CKSUM RTE_MBUF_F_TX_IP_CKSUM
#define PKT_TX_IPV4 RTE_MBUF_F_TX_IPV4
#define PKT_TX_IPV6 RTE_MBUF_F_TX_IPV6
#define PKT_TX_VLAN RTE_MBUF_F_TX_VLAN
#define PKT_TX_QINQ RTE_MBUF_F_TX_QINQ
#define PKT_TX_OUTER_IP_CKSUM RTE_MBUF_F_TX_OUTER_IP_CKSUM
#define PKT_TX_OUTER_IPV4 RTE_MBUF_F_TX_OUTER_IPV4
#define PKT_TX_OUTER_IPV6 RTE_MBUF_F_TX_OUTER_IPV6
#define PKT_TX_OFFLOAD_MASK RTE_MBUF_F_TX_OFFLOAD_MASK
#define IND_ATTACHED_MBUF RTE_MBUF_F_INDIRECT
#define EXT_ATTACHED_MBUF RTE_MBUF_F_EXTERNAL

/** Alignment of the private area that follows the mbuf structure. */
#define RTE_MBUF_PRIV_ALIGN 8

/** Default data room (without headroom) of a packet mbuf. */
#define RTE_MBUF_DEFAULT_DATAROOM 2048
/** Default buffer size (data room plus headroom). */
#define RTE_MBUF_DEFAULT_BUF_SIZE \
	(RTE_MBUF_DEFAULT_DATAROOM + RTE_PKTMBUF_HEADROOM)

/** Hierarchical scheduler metadata (in hash.sched). */
struct rte_mbuf_sched {
	uint32_t queue_id;      /**< Queue ID. */
	uint8_t traffic_class;  /**< Traffic class (0 = highest priority). */
	uint8_t color;          /**< Color (see rte_color). */
	uint16_t reserved;      /**< Reserved. */
};

/** Widths and offsets of the tx_offload sub-fields. */
enum {
	RTE_MBUF_L2_LEN_BITS = 7,
	RTE_MBUF_L3_LEN_BITS = 9,
	RTE_MBUF_L4_LEN_BITS = 8,
	RTE_MBUF_TSO_SEGSZ_BITS = 16,
	RTE_MBUF_OUTL3_LEN_BITS = 9,
	RTE_MBUF_OUTL2_LEN_BITS = 7,
	RTE_MBUF_TXOFLD_UNUSED_BITS = sizeof(uint64_t) * CHAR_BIT -
		RTE_MBUF_L2_LEN_BITS - RTE_MBUF_L3_LEN_BITS -
		RTE_MBUF_L4_LEN_BITS - RTE_MBUF_TSO_SEGSZ_BITS -
		RTE_MBUF_OUTL3_LEN_BITS - RTE_MBUF_OUTL2_LEN_BITS,
	RTE_MBUF_L2_LEN_OFS = 0,
	RTE_MBUF_L3_LEN_OFS = RTE_MBUF_L2_LEN_OFS + RTE_MBUF_L2_LEN_BITS,
	RTE_MBUF_L4_LEN_OFS = RTE_MBUF_L3_LEN_OFS + RTE_MBUF_L3_LEN_BITS,
	RTE_MBUF_TSO_SEGSZ_OFS = RTE_MBUF_L4_LEN_OFS + RTE_MBUF_L4_LEN_BITS,
	RTE_MBUF_OUTL3_LEN_OFS =
		RTE_MBUF_TSO_SEGSZ_OFS + RTE_MBUF_TSO_SEGSZ_BITS,
	RTE_MBUF_OUTL2_LEN_OFS =
		RTE_MBUF_OUTL3_LEN_OFS + RTE_MBUF_OUTL3_LEN_BITS,
	RTE_MBUF_TXOFLD_UNUSED_OFS =
		RTE_MBUF_OUTL2_LEN_OFS + RTE_MBUF_OUTL2_LEN_BITS,
};

struct rte_mempool;
struct rte_mbuf_ext_shared_info;

/** The packet buffer descriptor. */
struct rte_mbuf {
	RTE_MARKER cacheline0;

	void *buf_addr;           /**< Virtual address of the buffer. */
	/** IO address of the buffer (device DMA address of buf_addr). */
	rte_iova_t buf_iova __rte_aligned(sizeof(rte_iova_t));

	/* next 8 bytes are rewritten as one word on RX descriptor rearm */
	RTE_MARKER64 rearm_data;
	uint16_t data_off;        /**< Start of data relative to buf_addr. */
	/** Reference count (atomic when shared, see rte_mbuf_refcnt_*). */
	uint16_t refcnt;
	uint16_t nb_segs;         /**< Number of segments (first mbuf only). */
	uint16_t port;            /**< Input port (RTE_MBUF_PORT_INVALID). */

	uint64_t ol_flags;        /**< Offload features (RTE_MBUF_F_*). */

	/* the rest of this line is filled by RX from the descriptor */
	RTE_MARKER rx_descriptor_fields1;

	/** L2/L3/L4 and tunnel types (RTE_PTYPE_*). */
	__extension__
	union {
		uint32_t packet_type;
		__extension__
		struct {
			uint8_t l2_type:4;   /**< (Outer) L2 type. */
			uint8_t l3_type:4;   /**< (Outer) L3 type. */
			uint8_t l4_type:4;   /**< (Outer) L4 type. */
			uint8_t tun_type:4;  /**< Tunnel type. */
			__extension__
			union {
				uint8_t inner_esp_next_proto;
				__extension__
				struct {
					uint8_t inner_l2_type:4;
					uint8_t inner_l3_type:4;
				};
			};
			uint8_t inner_l4_type:4; /**< Inner L4 type. */
		};
	};

	uint32_t pkt_len;         /**< Total packet length (all segments). */
	uint16_t data_len;        /**< Data length of this segment. */
	/** VLAN TCI (CPU order), valid with RTE_MBUF_F_RX_VLAN. */
	uint16_t vlan_tci;

	__extension__
	union {
		union {
			uint32_t rss;     /**< RSS hash (RTE_MBUF_F_RX_RSS_HASH) */
			struct {
				__extension__
				union {
					__extension__
					struct {
						uint16_t hash;
						uint16_t id;
					};
					uint32_t lo; /**< second word of fdir id */
				};
				uint32_t hi; /**< first word of fdir id */
			} fdir;	/**< flow director id (RTE_MBUF_F_RX_FDIR) */
			struct rte_mbuf_sched sched; /**< scheduler metadata */
			struct {
				uint32_t reserved1;
				uint16_t reserved2;
				uint16_t txq; /**< eventdev Tx adapter queue */
			} txadapter;
			uint32_t usr; /**< user data (e.g. from a classifier) */
		} hash;                   /**< hash information */
	};

	/** Outer VLAN TCI (CPU order), valid with RTE_MBUF_F_RX_QINQ. */
	uint16_t vlan_tci_outer;

	uint16_t buf_len;         /**< Length of the buffer. */

	struct rte_mempool *pool; /**< Pool the mbuf was allocated from. */

	/* second cache line: TX and slow-path fields */
	RTE_MARKER cacheline1 __rte_cache_min_aligned;

	/** Next segment, NULL in the last one. */
	struct rte_mbuf *next;

	/** TX offload lengths (a software interface, not a device layout). */
	__extension__
	union {
		uint64_t tx_offload;       /**< all of them as one word */
		__extension__
		struct {
			uint64_t l2_len:RTE_MBUF_L2_LEN_BITS;
			uint64_t l3_len:RTE_MBUF_L3_LEN_BITS;
			uint64_t l4_len:RTE_MBUF_L4_LEN_BITS;
			uint64_t tso_segsz:RTE_MBUF_TSO_SEGSZ_BITS;
			uint64_t outer_l3_len:RTE_MBUF_OUTL3_LEN_BITS;
			uint64_t outer_l2_len:RTE_MBUF_OUTL2_LEN_BITS;
		};
	};

	/** Shared info of an external buffer (RTE_MBUF_F_EXTERNAL). */
	struct rte_mbuf_ext_shared_info *shinfo;

	/** Application private size (of the direct mbuf for clones). */
	uint16_t priv_size;

	uint16_t timesync;        /**< IEEE1588 timesync flags. */

	uint32_t dynfield1[9];    /**< Space for dynamic fields. */
} __rte_cache_aligned;

/* The layout is DPDK 22.11's; drivers and applications depend on it. */
#ifndef __cplusplus /* C11 layout checks */
_Static_assert(sizeof(struct rte_mbuf) == 2 * RTE_CACHE_LINE_MIN_SIZE,
	"rte_mbuf must be two cache lines");
_Static_assert(offsetof(struct rte_mbuf, buf_addr) == 0, "buf_addr");
_Static_assert(offsetof(struct rte_mbuf, buf_iova) == 8, "buf_iova");
_Static_assert(offsetof(struct rte_mbuf, rearm_data) == 16, "rearm_data");
_Static_assert(offsetof(struct rte_mbuf, data_off) == 16, "data_off");
_Static_assert(offsetof(struct rte_mbuf, refcnt) == 18, "refcnt");
_Static_assert(offsetof(struct rte_mbuf, nb_segs) == 20, "nb_segs");
_Static_assert(offsetof(struct rte_mbuf, port) == 22, "port");
_Static_assert(offsetof(struct rte_mbuf, ol_flags) == 24, "ol_flags");
_Static_assert(offsetof(struct rte_mbuf, rx_descriptor_fields1) == 32,
	"rx_descriptor_fields1");
_Static_assert(offsetof(struct rte_mbuf, packet_type) == 32, "packet_type");
_Static_assert(offsetof(struct rte_mbuf, pkt_len) == 36, "pkt_len");
_Static_assert(offsetof(struct rte_mbuf, data_len) == 40, "data_len");
_Static_assert(offsetof(struct rte_mbuf, vlan_tci) == 42, "vlan_tci");
_Static_assert(offsetof(struct rte_mbuf, hash) == 44, "hash");
_Static_assert(offsetof(struct rte_mbuf, hash.fdir.hi) == 48, "hash.fdir.hi");
_Static_assert(offsetof(struct rte_mbuf, hash.txadapter.txq) == 50,
	"hash.txadapter.txq");
_Static_assert(offsetof(struct rte_mbuf, vlan_tci_outer) == 52,
	"vlan_tci_outer");
_Static_assert(offsetof(struct rte_mbuf, buf_len) == 54, "buf_len");
_Static_assert(offsetof(struct rte_mbuf, pool) == 56, "pool");
_Static_assert(offsetof(struct rte_mbuf, cacheline1) == 64, "cacheline1");
_Static_assert(offsetof(struct rte_mbuf, next) == 64, "next");
_Static_assert(offsetof(struct rte_mbuf, tx_offload) == 72, "tx_offload");
_Static_assert(offsetof(struct rte_mbuf, shinfo) == 80, "shinfo");
_Static_assert(offsetof(struct rte_mbuf, priv_size) == 88, "priv_size");
_Static_assert(offsetof(struct rte_mbuf, timesync) == 90, "timesync");
_Static_assert(offsetof(struct rte_mbuf, dynfield1) == 92, "dynfield1");
#endif

/** Frees an external buffer when its last reference goes. */
typedef void (*rte_mbuf_extbuf_free_callback_t)(void *addr, void *opaque);

/** Shared information of an external buffer (usually at its end). */
struct rte_mbuf_ext_shared_info {
	rte_mbuf_extbuf_free_callback_t free_cb; /**< Free callback function */
	void *fcb_opaque;         /**< Free callback argument */
	uint16_t refcnt;          /**< Number of mbufs attached to the buffer */
};

/** Largest segment count. */
#define RTE_MBUF_MAX_NB_SEGS UINT16_MAX

/** True if the mbuf is a clone (indirect). */
#define RTE_MBUF_CLONED(mb)     ((mb)->ol_flags & RTE_MBUF_F_INDIRECT)
/** True if the mbuf has an external buffer. */
#define RTE_MBUF_HAS_EXTBUF(mb) ((mb)->ol_flags & RTE_MBUF_F_EXTERNAL)
/** True if the mbuf owns its embedded buffer. */
#define RTE_MBUF_DIRECT(mb) \
	(!((mb)->ol_flags & (RTE_MBUF_F_INDIRECT | RTE_MBUF_F_EXTERNAL)))

/** Port value meaning "no port". */
#define RTE_MBUF_PORT_INVALID UINT16_MAX
#define MBUF_INVALID_PORT RTE_MBUF_PORT_INVALID

/** Pointer to the data at offset o, cast to type t. */
#define rte_pktmbuf_mtod_offset(m, t, o) \
	((t)(void *)((char *)(m)->buf_addr + (m)->data_off + (o)))

/** Pointer to the start of the data, cast to type t. */
#define rte_pktmbuf_mtod(m, t) rte_pktmbuf_mtod_offset(m, t, 0)

/** IO address of the data at offset o. */
#define rte_pktmbuf_iova_offset(m, o) \
	(rte_iova_t)((m)->buf_iova + (m)->data_off + (o))

/** IO address of the start of the data. */
#define rte_pktmbuf_iova(m) rte_pktmbuf_iova_offset(m, 0)

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MBUF_CORE_H_ */
