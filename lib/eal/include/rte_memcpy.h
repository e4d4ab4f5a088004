/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Fast copies (DPDK 22.11 rte_memcpy.h). The compiler's memcpy expands
 * to vector moves for known sizes and calls the C library's
 * (CPU-dispatched) memcpy otherwise, which is what these need.
 */
#ifndef _RTE_MEMCPY_H_
#define _RTE_MEMCPY_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <string.h>
#include <rte_common.h>

static __rte_always_inline void rte_mov16(uint8_t *dst, const uint8_t *src)
{ memcpy(dst, src, 16); }
static __rte_always_inline void rte_mov32(uint8_t *dst, const uint8_t *src)
{ memcpy(dst, src, 32); }
static __rte_always_inline void rte_mov48(uint8_t *dst, const uint8_t *src)
{ memcpy(dst, src, 48); }
static __rte_always_inline void rte_mov64(uint8_t *dst, const uint8_t *src)
{ memcpy(dst, src, 64); }
static __rte_always_inline void rte_mov128(uint8_t *dst, const uint8_t *src)
{ memcpy(dst, src, 128); }
static __rte_always_inline void rte_mov256(uint8_t *dst, const uint8_t *src)
{ memcpy(dst, src, 256); }

/** Copy n bytes; the areas must not overlap. Returns dst. */
static __rte_always_inline void *
rte_memcpy(void *dst, const void *src, size_t n)
{
	return memcpy(dst, src, n);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MEMCPY_H_ */
