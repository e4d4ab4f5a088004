/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Hex dumps (DPDK 22.11 rte_hexdump.h).
 */
#ifndef _RTE_HEXDUMP_H_
#define _RTE_HEXDUMP_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdio.h>

/** Offset, 16 hex bytes and their ASCII per line. */
void rte_hexdump(FILE *f, const char *title, const void *buf, unsigned int len);
/** Hex bytes only, 16 per line. */
void rte_memdump(FILE *f, const char *title, const void *buf, unsigned int len);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_HEXDUMP_H_ */
