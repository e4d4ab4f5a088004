/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Memory barriers and legacy atomic counters (DPDK 22.11 rte_atomic.h),
 * x86-64 flavour.
 *
 * x86 is TSO: loads are not reordered with loads, stores not with stores,
 * so the SMP read/write barriers only have to stop the compiler; only a
 * store followed by a load needs a real fence (rte_smp_mb). Device (I/O)
 * barriers are the same on x86 because MMIO uses uncached memory that is
 * strongly ordered. rte_mb/rmb/wmb are full fences for DMA to
 * write-combining or non-temporal memory.
 */
#ifndef _RTE_ATOMIC_H_
#define _RTE_ATOMIC_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
/* SSE2 intrinsics, as DPDK's x86 header has them (applications get
 * <stdlib.h> through it and some rely on that) */
#include <emmintrin.h>
#include <rte_common.h>

/** Full fence: orders every earlier load/store before every later one. */
#define rte_mb() __asm__ volatile("mfence" : : : "memory")
/** Store fence: earlier stores (incl. non-temporal) before later stores. */
#define rte_wmb() __asm__ volatile("sfence" : : : "memory")
/** Load fence: earlier loads before later loads. */
#define rte_rmb() __asm__ volatile("lfence" : : : "memory")

/** Between lcores: stores are already ordered on x86 (TSO). */
#define rte_smp_wmb() rte_compiler_barrier()
/** Between lcores: loads are already ordered on x86 (TSO). */
#define rte_smp_rmb() rte_compiler_barrier()

/**
 * Between lcores, full: a locked add on the stack orders earlier stores
 * before later loads and is cheaper than mfence. The offset stays below
 * the red zone so no live data is touched.
 */
static __rte_always_inline void
rte_smp_mb(void)
{
	__asm__ volatile("lock addl $0, -128(%%rsp); " : : : "memory");
}

/** CPU <-> device ordering for MMIO (uncached, strongly ordered on x86). */
#define rte_io_mb() rte_mb()
#define rte_io_wmb() rte_compiler_barrier()
#define rte_io_rmb() rte_compiler_barrier()

/** Deprecated coherent-I/O barriers (DMA memory is write-back on x86). */
#define rte_cio_wmb() rte_compiler_barrier()
#define rte_cio_rmb() rte_compiler_barrier()

/**
 * C11-style fence; the seq_cst case uses the cheaper rte_smp_mb() (same
 * guarantee on x86).
 */
static __rte_always_inline void
rte_atomic_thread_fence(int memorder)
{
	if (memorder == __ATOMIC_SEQ_CST)
		rte_smp_mb();
	else
		__atomic_thread_fence(memorder);
}

/*
 * Legacy counters. Every read-modify-write is sequentially consistent (a
 * locked instruction on x86), as DPDK's were; read/set are plain volatile
 * accesses (no ordering implied).
 */
#define RTE_ATOMIC_OPS_(bits) \
typedef struct { volatile int##bits##_t cnt; } rte_atomic##bits##_t; \
static inline int \
rte_atomic##bits##_cmpset(volatile uint##bits##_t *dst, uint##bits##_t exp, \
	uint##bits##_t src) \
{ \
	return __atomic_compare_exchange_n(dst, &exp, src, 0, \
		__ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); \
} \
static inline uint##bits##_t \
rte_atomic##bits##_exchange(volatile uint##bits##_t *dst, uint##bits##_t val) \
{ \
	return __atomic_exchange_n(dst, val, __ATOMIC_SEQ_CST); \
} \
static inline void \
rte_atomic##bits##_init(rte_atomic##bits##_t *v) { v->cnt = 0; } \
static inline int##bits##_t \
rte_atomic##bits##_read(const rte_atomic##bits##_t *v) { return v->cnt; } \
static inline void \
rte_atomic##bits##_set(rte_atomic##bits##_t *v, int##bits##_t n) { v->cnt = n; } \
static inline void \
rte_atomic##bits##_add(rte_atomic##bits##_t *v, int##bits##_t inc) \
{ \
	__atomic_fetch_add(&v->cnt, inc, __ATOMIC_SEQ_CST); \
} \
static inline void \
rte_atomic##bits##_sub(rte_atomic##bits##_t *v, int##bits##_t dec) \
{ \
	__atomic_fetch_sub(&v->cnt, dec, __ATOMIC_SEQ_CST); \
} \
static inline void \
rte_atomic##bits##_inc(rte_atomic##bits##_t *v) { rte_atomic##bits##_add(v, 1); } \
static inline void \
rte_atomic##bits##_dec(rte_atomic##bits##_t *v) { rte_atomic##bits##_sub(v, 1); } \
static inline int##bits##_t \
rte_atomic##bits##_add_return(rte_atomic##bits##_t *v, int##bits##_t inc) \
{ \
	return __atomic_add_fetch(&v->cnt, inc, __ATOMIC_SEQ_CST); \
} \
static inline int##bits##_t \
rte_atomic##bits##_sub_return(rte_atomic##bits##_t *v, int##bits##_t dec) \
{ \
	return __atomic_sub_fetch(&v->cnt, dec, __ATOMIC_SEQ_CST); \
} \
/* 1 if the counter is 0 after the increment/decrement */ \
static inline int \
rte_atomic##bits##_inc_and_test(rte_atomic##bits##_t *v) \
{ \
	return __atomic_add_fetch(&v->cnt, 1, __ATOMIC_SEQ_CST) == 0; \
} \
static inline int \
rte_atomic##bits##_dec_and_test(rte_atomic##bits##_t *v) \
{ \
	return __atomic_sub_fetch(&v->cnt, 1, __ATOMIC_SEQ_CST) == 0; \
} \
/* 1 if the counter went from 0 to 1 (the caller "owns" it) */ \
static inline int \
rte_atomic##bits##_test_and_set(rte_atomic##bits##_t *v) \
{ \
	return rte_atomic##bits##_cmpset((volatile uint##bits##_t *)&v->cnt, 0, 1); \
} \
static inline void \
rte_atomic##bits##_clear(rte_atomic##bits##_t *v) { v->cnt = 0; }

RTE_ATOMIC_OPS_(16)
RTE_ATOMIC_OPS_(32)
RTE_ATOMIC_OPS_(64)

#define RTE_ATOMIC16_INIT(val) { (val) }
#define RTE_ATOMIC32_INIT(val) { (val) }
#define RTE_ATOMIC64_INIT(val) { (val) }

/** 128-bit value for rte_atomic128_cmp_exchange(). */
typedef struct {
	RTE_STD_C11
	union {
		uint64_t val[2];
		__extension__ __int128 int128;
	};
} __rte_aligned(16) rte_int128_t;

/*
 * ThreadSanitizer annotations, for orderings it cannot see by itself
 * (inside asm; a release of a wider word read back through a narrower
 * one). Nothing in other builds.
 */
#ifdef __SANITIZE_THREAD__
void __tsan_acquire(void *addr);
void __tsan_release(void *addr);
#define __rte_tsan_acquire(addr) __tsan_acquire((void *)(uintptr_t)(addr))
#define __rte_tsan_release(addr) __tsan_release((void *)(uintptr_t)(addr))
#else
#define __rte_tsan_acquire(addr) do { } while (0)
#define __rte_tsan_release(addr) do { } while (0)
#endif

/**
 * 128-bit compare-and-exchange (cmpxchg16b). On failure *exp gets the
 * current value. Returns 1 on success.
 */
static inline int
rte_atomic128_cmp_exchange(rte_int128_t *dst, rte_int128_t *exp,
	const rte_int128_t *src, unsigned int weak, int success, int failure)
{
	uint8_t res;

	RTE_SET_USED(weak);
	RTE_SET_USED(success);
	RTE_SET_USED(failure);
	/* lock cmpxchg16b is a full barrier, stronger than any memorder;
	 * under ThreadSanitizer say so around it, as a release before and an
	 * acquire after, so that what it orders is seen as ordered */
	__rte_tsan_release(dst);
	__asm__ volatile("lock cmpxchg16b %[dst]; sete %[res]"
		: [dst] "=m" (dst->val[0]), "=a" (exp->val[0]),
		  "=d" (exp->val[1]), [res] "=r" (res)
		: "b" (src->val[0]), "c" (src->val[1]), "a" (exp->val[0]),
		  "d" (exp->val[1]), "m" (dst->val[0])
		: "memory");
	__rte_tsan_acquire(dst);
	return res;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ATOMIC_H_ */
