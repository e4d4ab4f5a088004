/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Spin-wait helpers (DPDK 22.11 rte_pause.h).
 */
#ifndef _RTE_PAUSE_H_
#define _RTE_PAUSE_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <rte_common.h>
#include <rte_atomic.h>

/** Tell the CPU we are in a spin loop (x86 PAUSE: saves power, helps the
 * sibling hyper-thread). */
static inline void
rte_pause(void)
{
	__builtin_ia32_pause();
}

/** Spin until *addr == expected; memorder is the load's order
 * (__ATOMIC_ACQUIRE or __ATOMIC_RELAXED). */
static __rte_always_inline void
rte_wait_until_equal_16(volatile uint16_t *addr, uint16_t expected,
	int memorder)
{
	while (__atomic_load_n(addr, memorder) != expected)
		rte_pause();
}

static __rte_always_inline void
rte_wait_until_equal_32(volatile uint32_t *addr, uint32_t expected,
	int memorder)
{
	while (__atomic_load_n(addr, memorder) != expected)
		rte_pause();
}

static __rte_always_inline void
rte_wait_until_equal_64(volatile uint64_t *addr, uint64_t expected,
	int memorder)
{
	while (__atomic_load_n(addr, memorder) != expected)
		rte_pause();
}

/** Spin until (*addr & mask) cond expected, e.g. RTE_WAIT_UNTIL_MASKED(p,
 * 0x1, ==, 0, __ATOMIC_ACQUIRE). */
#define RTE_WAIT_UNTIL_MASKED(addr, mask, cond, expected, memorder) do { \
	while (!((__atomic_load_n((addr), (memorder)) & (mask)) cond (expected))) \
		rte_pause(); \
} while (0)

#ifdef __cplusplus
}
#endif

#endif /* _RTE_PAUSE_H_ */
