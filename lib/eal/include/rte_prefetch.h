/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Cache prefetch hints (DPDK 22.11 rte_prefetch.h).
 */
#ifndef _RTE_PREFETCH_H_
#define _RTE_PREFETCH_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <rte_common.h>

/** Prefetch into all cache levels. */
static inline void rte_prefetch0(const volatile void *p)
{
	__asm__ volatile("prefetcht0 %[p]" : : [p] "m" (*(const volatile char *)p));
}
/** Prefetch into L2 and below. */
static inline void rte_prefetch1(const volatile void *p)
{
	__asm__ volatile("prefetcht1 %[p]" : : [p] "m" (*(const volatile char *)p));
}
/** Prefetch into L3 and below. */
static inline void rte_prefetch2(const volatile void *p)
{
	__asm__ volatile("prefetcht2 %[p]" : : [p] "m" (*(const volatile char *)p));
}
/** Prefetch data used once (minimise cache pollution). */
static inline void rte_prefetch_non_temporal(const volatile void *p)
{
	__asm__ volatile("prefetchnta %[p]" : : [p] "m" (*(const volatile char *)p));
}
/**
 * Prefetch for writing: fetch the line in exclusive state, invalidating
 * the copies other cores hold, so that a later store to it does not wait
 * for that ownership request.
 * Emitted as PREFETCHW (0F 0D /1) whatever -march says: AMD CPUs have it
 * since the K8, Intel ones since Broadwell; earlier Intel 64 CPUs execute
 * the 0F 0D opcode as a NOP. The compiler builtin only emits it when
 * the target ISA lists PRFCHW, and falls back to a read prefetch, which
 * brings the line in shared state and saves nothing for a store.
 */
static inline void rte_prefetch0_write(const void *p)
{
	__asm__ volatile("prefetchw %[p]" : : [p] "m" (*(const char *)p));
}
static inline void rte_prefetch1_write(const void *p)
{
	__builtin_prefetch(p, 1, 2);
}
static inline void rte_prefetch2_write(const void *p)
{
	__builtin_prefetch(p, 1, 1);
}
/** Demote a line towards the shared cache (CLDEMOTE; a NOP on CPUs
 * without it, as the encoding is a hint). */
static inline void rte_cldemote(const volatile void *p)
{
	/* cldemote (%rsi) encoded by hand: older assemblers lack it */
	__asm__ volatile(".byte 0x0f, 0x1c, 0x06" : : "S" (p));
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_PREFETCH_H_ */
