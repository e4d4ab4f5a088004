/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * IPsec ESP header and trailer (RFC 4303), DPDK 22.11 rte_esp.h.
 */
#ifndef _RTE_ESP_H_
#define _RTE_ESP_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <rte_common.h>
#include <rte_byteorder.h>

/** ESP header (RFC 4303 section 2). */
struct rte_esp_hdr {
	rte_be32_t spi;	/**< security parameters index */
	rte_be32_t seq;	/**< sequence number */
} __rte_packed;

/** ESP trailer, after the padding. */
struct rte_esp_tail {
	uint8_t pad_len;	/**< padding octets before this trailer */
	uint8_t next_proto;	/**< IPPROTO_* of the protected payload */
} __rte_packed;

#if !defined(__DOXYGEN__) && !defined(__cplusplus)
_Static_assert(sizeof(struct rte_esp_hdr) == 8, "ESP header is 8 octets");
_Static_assert(sizeof(struct rte_esp_tail) == 2, "ESP trailer is 2 octets");
#endif

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ESP_H_ */
