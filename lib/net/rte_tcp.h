/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * TCP header (RFC 793), DPDK 22.11 rte_tcp.h.
 */
#ifndef _RTE_TCP_H_
#define _RTE_TCP_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <rte_common.h>
#include <rte_byteorder.h>

/** TCP header without options. */
struct rte_tcp_hdr {
	rte_be16_t src_port;
	rte_be16_t dst_port;
	rte_be32_t sent_seq;	/**< sequence number */
	rte_be32_t recv_ack;	/**< acknowledgement number */
	uint8_t data_off;	/**< header length in 32-bit words, high nibble */
	uint8_t tcp_flags;	/**< RTE_TCP_*_FLAG */
	rte_be16_t rx_win;
	rte_be16_t cksum;
	rte_be16_t tcp_urp;	/**< urgent pointer */
} __rte_packed;
#if !defined(__DOXYGEN__) && !defined(__cplusplus)
_Static_assert(sizeof(struct rte_tcp_hdr) == 20, "TCP header is 20 octets");
#endif

#define RTE_TCP_CWR_FLAG 0x80
#define RTE_TCP_ECE_FLAG 0x40
#define RTE_TCP_URG_FLAG 0x20
#define RTE_TCP_ACK_FLAG 0x10
#define RTE_TCP_PSH_FLAG 0x08
#define RTE_TCP_RST_FLAG 0x04
#define RTE_TCP_SYN_FLAG 0x02
#define RTE_TCP_FIN_FLAG 0x01

#ifdef __cplusplus
}
#endif

#endif /* _RTE_TCP_H_ */
