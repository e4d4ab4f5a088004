/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * SIMD types and the max SIMD width setting (DPDK 22.11 rte_vect.h).
 */
#ifndef _RTE_VECT_H_
#define _RTE_VECT_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <x86intrin.h>
#include <rte_common.h>

/** Largest vector width data paths may use (--force-max-simd-bitwidth). */
enum rte_vect_max_simd {
	RTE_VECT_SIMD_DISABLED = 64,	/**< scalar only */
	RTE_VECT_SIMD_128 = 128,	/**< SSE */
	RTE_VECT_SIMD_256 = 256,	/**< AVX2 */
	RTE_VECT_SIMD_512 = 512,	/**< AVX-512 */
	RTE_VECT_SIMD_MAX = INT16_MAX + 1, /**< no limit */
};

#define RTE_VECT_DEFAULT_SIMD_BITWIDTH RTE_VECT_SIMD_256

typedef __m128i xmm_t;
#define XMM_SIZE (sizeof(xmm_t))
#define XMM_MASK (XMM_SIZE - 1)

typedef union rte_xmm {
	xmm_t x;
	uint8_t u8[XMM_SIZE / sizeof(uint8_t)];
	uint16_t u16[XMM_SIZE / sizeof(uint16_t)];
	uint32_t u32[XMM_SIZE / sizeof(uint32_t)];
	uint64_t u64[XMM_SIZE / sizeof(uint64_t)];
	double pd[XMM_SIZE / sizeof(double)];
} rte_xmm_t;

#ifdef __AVX__
typedef __m256i ymm_t;
#define YMM_SIZE (sizeof(ymm_t))
#define YMM_MASK (YMM_SIZE - 1)

typedef union rte_ymm {
	ymm_t y;
	xmm_t x[YMM_SIZE / sizeof(xmm_t)];
	uint8_t u8[YMM_SIZE / sizeof(uint8_t)];
	uint16_t u16[YMM_SIZE / sizeof(uint16_t)];
	uint32_t u32[YMM_SIZE / sizeof(uint32_t)];
	uint64_t u64[YMM_SIZE / sizeof(uint64_t)];
	double pd[YMM_SIZE / sizeof(double)];
} rte_ymm_t;
#endif

/** Current limit (RTE_VECT_DEFAULT_SIMD_BITWIDTH unless changed). */
uint16_t rte_vect_get_max_simd_bitwidth(void);
/** Change the limit (a power of two, 64..32768). 0 or -EINVAL; -EPERM
 * once --force-max-simd-bitwidth fixed it. */
int rte_vect_set_max_simd_bitwidth(uint16_t bitwidth);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_VECT_H_ */
