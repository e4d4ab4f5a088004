/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Descriptor layouts of the 8254x/82574 family. Every field is a plain
 * little-endian integer (convert with rte_cpu_to_le_* / rte_le_to_cpu_*);
 * sizes and offsets are checked at compile time.
 */
#ifndef _E1000_DESC_H_
#define _E1000_DESC_H_

#include <stddef.h>
#include <stdint.h>

/* Legacy receive descriptor (SDM 3.2.3). */
struct e1000_rx_desc {
	uint64_t buffer_addr;
	uint16_t length;
	uint16_t csum;
	uint8_t status;
	uint8_t errors;
	uint16_t special;	/* VLAN tag when VP is set */
};
_Static_assert(sizeof(struct e1000_rx_desc) == 16, "legacy rx desc");
_Static_assert(offsetof(struct e1000_rx_desc, status) == 12, "rx status");

/* Extended receive descriptor, 82574 (datasheet 7.1.5.2): the read
 * format holds the buffer address, the write-back format overlays it. */
union e1000_rx_desc_ext {
	struct {
		uint64_t buffer_addr;
		uint64_t reserved;
	} read;
	struct {
		uint32_t mrq;		/* RSS type / queue */
		uint16_t ip_id;
		uint16_t csum;		/* packet checksum (RXCSUM.PCSD 0) */
		uint32_t status_error;	/* status 19:0, errors 31:20 */
		uint16_t length;
		uint16_t vlan;
	} wb;
};
_Static_assert(sizeof(union e1000_rx_desc_ext) == 16, "ext rx desc");
_Static_assert(offsetof(union e1000_rx_desc_ext, wb.status_error) == 8,
	"ext rx status");
_Static_assert(offsetof(union e1000_rx_desc_ext, wb.length) == 12,
	"ext rx length");

/* Receive status (legacy byte / extended low bits) and errors. */
#define E1000_RXD_STAT_DD	0x01u
#define E1000_RXD_STAT_EOP	0x02u
#define E1000_RXD_STAT_IXSM	0x04u	/* ignore checksum indication */
#define E1000_RXD_STAT_VP	0x08u	/* VLAN tag stripped */
#define E1000_RXD_STAT_UDPCS	0x10u
#define E1000_RXD_STAT_TCPCS	0x20u
#define E1000_RXD_STAT_IPCS	0x40u
#define E1000_RXD_ERR_CE	0x01u
#define E1000_RXD_ERR_SE	0x02u
#define E1000_RXD_ERR_SEQ	0x04u
#define E1000_RXD_ERR_CXE	0x10u
#define E1000_RXD_ERR_TCPE	0x20u
#define E1000_RXD_ERR_IPE	0x40u
#define E1000_RXD_ERR_RXE	0x80u
/* Frame errors that make a frame unusable (checksum errors do not). */
#define E1000_RXD_ERR_FRAME \
	(E1000_RXD_ERR_CE | E1000_RXD_ERR_SE | E1000_RXD_ERR_SEQ | \
	 E1000_RXD_ERR_CXE | E1000_RXD_ERR_RXE)
/* In the extended status_error word the error byte is bits 31:24. */
#define E1000_RXDEXT_ERR_SHIFT	24

/* Legacy transmit descriptor (SDM 3.3.3). */
struct e1000_tx_desc {
	uint64_t buffer_addr;
	uint16_t length;
	uint8_t cso;
	uint8_t cmd;
	uint8_t status;
	uint8_t css;
	uint16_t special;
};
_Static_assert(sizeof(struct e1000_tx_desc) == 16, "legacy tx desc");

/* TCP/IP context descriptor (SDM 3.3.6). */
struct e1000_context_desc {
	uint8_t ipcss;		/* IP checksum start */
	uint8_t ipcso;		/* IP checksum offset */
	uint16_t ipcse;		/* IP checksum end (0: end of packet) */
	uint8_t tucss;		/* TCP/UDP checksum start */
	uint8_t tucso;		/* TCP/UDP checksum offset */
	uint16_t tucse;
	uint32_t cmd_and_length; /* PAYLEN 19:0, DTYP 23:20, TUCMD 31:24 */
	uint8_t status;
	uint8_t hdr_len;
	uint16_t mss;
};
_Static_assert(sizeof(struct e1000_context_desc) == 16, "context desc");
_Static_assert(offsetof(struct e1000_context_desc, cmd_and_length) == 8,
	"context cmd");

/* TCP/IP data descriptor (SDM 3.3.7). */
struct e1000_data_desc {
	uint64_t buffer_addr;
	uint32_t lower;		/* DTALEN 19:0, DTYP 23:20, DCMD 31:24 */
	uint32_t upper;		/* STA 3:0, POPTS 15:8, VLAN 31:16 */
};
_Static_assert(sizeof(struct e1000_data_desc) == 16, "data desc");

/* One tx ring slot: any of the three formats. */
union e1000_tx_slot {
	struct e1000_tx_desc legacy;
	struct e1000_context_desc ctx;
	struct e1000_data_desc data;
};
_Static_assert(sizeof(union e1000_tx_slot) == 16, "tx slot");

/* Command bits (legacy CMD byte; DCMD is the same byte at bit 24). */
#define E1000_TXD_CMD_EOP	0x01u
#define E1000_TXD_CMD_IFCS	0x02u
#define E1000_TXD_CMD_IC	0x04u
#define E1000_TXD_CMD_RS	0x08u
#define E1000_TXD_CMD_DEXT	0x20u
#define E1000_TXD_CMD_VLE	0x40u
#define E1000_TXD_CMD_IDE	0x80u
#define E1000_TXD_DCMD_SHIFT	24
#define E1000_TXD_DTYP_D	(1u << 20)	/* data descriptor */
#define E1000_TXD_DTYP_C	(0u << 20)	/* context descriptor */
#define E1000_TXD_STAT_DD	0x01u
#define E1000_TXD_POPTS_IXSM	(0x01u << 8)	/* insert IP checksum */
#define E1000_TXD_POPTS_TXSM	(0x02u << 8)	/* insert TCP/UDP checksum */
#define E1000_TXD_VLAN_SHIFT	16
/* Context TUCMD bits (byte at bit 24). */
#define E1000_TXD_TUCMD_TCP	(0x01u << 24)
#define E1000_TXD_TUCMD_IP	(0x02u << 24)	/* IPv4 (else IPv6) */
#define E1000_TXD_TUCMD_DEXT	(0x20u << 24)

/* Ring limits (SDM 3.2.6 and 3.4): the length register takes multiples
 * of 128 bytes, i.e. 8 descriptors; 64 Ki descriptors at most. */
#define E1000_RING_ALIGN	8
#define E1000_MIN_RING_DESC	32
#define E1000_MAX_RING_DESC	4096
#define E1000_RING_BASE_ALIGN	128

#endif /* _E1000_DESC_H_ */
