/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Bit manipulation helpers (DPDK 22.11 rte_bitops.h). The "relaxed"
 * functions are plain (non-atomic) read-modify-writes through a volatile
 * pointer: callers serialise access themselves.
 */
#ifndef _RTE_BITOPS_H_
#define _RTE_BITOPS_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <rte_debug.h>

#define RTE_BIT64(nr) (UINT64_C(1) << (nr))
#define RTE_BIT32(nr) (UINT32_C(1) << (nr))

static inline uint32_t
rte_bit_relaxed_get32(unsigned int nr, volatile uint32_t *addr)
{
	return *addr & RTE_BIT32(nr);
}

static inline void
rte_bit_relaxed_set32(unsigned int nr, volatile uint32_t *addr)
{
	*addr = *addr | RTE_BIT32(nr);
}

static inline void
rte_bit_relaxed_clear32(unsigned int nr, volatile uint32_t *addr)
{
	*addr = *addr & ~RTE_BIT32(nr);
}

static inline uint32_t
rte_bit_relaxed_test_and_set32(unsigned int nr, volatile uint32_t *addr)
{
	uint32_t old = *addr;

	*addr = old | RTE_BIT32(nr);
	return old & RTE_BIT32(nr);
}

static inline uint32_t
rte_bit_relaxed_test_and_clear32(unsigned int nr, volatile uint32_t *addr)
{
	uint32_t old = *addr;

	*addr = old & ~RTE_BIT32(nr);
	return old & RTE_BIT32(nr);
}

static inline uint64_t
rte_bit_relaxed_get64(unsigned int nr, volatile uint64_t *addr)
{
	return *addr & RTE_BIT64(nr);
}

static inline void
rte_bit_relaxed_set64(unsigned int nr, volatile uint64_t *addr)
{
	*addr = *addr | RTE_BIT64(nr);
}

static inline void
rte_bit_relaxed_clear64(unsigned int nr, volatile uint64_t *addr)
{
	*addr = *addr & ~RTE_BIT64(nr);
}

static inline uint64_t
rte_bit_relaxed_test_and_set64(unsigned int nr, volatile uint64_t *addr)
{
	uint64_t old = *addr;

	*addr = old | RTE_BIT64(nr);
	return old & RTE_BIT64(nr);
}

static inline uint64_t
rte_bit_relaxed_test_and_clear64(unsigned int nr, volatile uint64_t *addr)
{
	uint64_t old = *addr;

	*addr = old & ~RTE_BIT64(nr);
	return old & RTE_BIT64(nr);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_BITOPS_H_ */
