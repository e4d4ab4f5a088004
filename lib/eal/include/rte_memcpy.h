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

/*
 * Internal: __rte_copy64/__rte_copy32 copy n 64-bit or 32-bit words,
 * four per step and the rest through a switch. Rings and mempool caches
 * move short runs of pointers whose length is known only at run time:
 * written as a plain loop, gcc turns the copy into a call to
 * memcpy/memmove, which costs more than the copy for the usual 1..32
 * words; a switch is not a loop it can replace. The words are accessed
 * through may_alias types: they are object pointers or ring elements of
 * any type, and without it the compiler may move the caller's typed loads
 * of the copied array across these stores (strict aliasing).
 * A run longer than 32 words whose length is a compile-time constant
 * (a bulk of 32 16-byte ring elements is 64 words) is unrolled 8 steps
 * at a time rather than completely: fully unrolled, gcc hoists every
 * load ahead of the stores (restrict allows it), needs more than the 16
 * SSE registers and spills them to the stack, and the spill stores cost
 * a quarter of the copy's store bandwidth. Run-time lengths keep the
 * plain loop, which gcc does not unroll.
 * tail_gpr (a compile-time constant at each call): move the last one to
 * three words through general-purpose registers; otherwise gcc merges two
 * of them into one 16-byte vector move. An SP/SC ring used by one thread
 * loads an element right after storing it (enqueue, then dequeue), with
 * no locked instruction in between, so the load is served by
 * store-to-load forwarding; on the AMD EPYC we measure on, forwarding a
 * vector store costs several cycles more than two word stores (ring_perf
 * single 16-byte element, SP/SC: 11.4 -> 3.6 cycles per enqueue and
 * dequeue). Where a locked CAS drains the stores first (MP/MC), the
 * vector move is better: one store to drain instead of two (MP/MC
 * single: 27.7 against 29.2 cycles).
 */
/* Words i..i+3 of src to dst (dst, src: the copy function's locals). */
#define __RTE_COPY_4_AT(i) do {						\
	dst[(i)] = src[(i)];						\
	dst[(i) + 1] = src[(i) + 1];					\
	dst[(i) + 2] = src[(i) + 2];					\
	dst[(i) + 3] = src[(i) + 3];					\
} while (0)
/* Tail word i; with tail_gpr through a general-purpose register. */
#define __RTE_COPY_TAIL_AT(i) do {					\
	word_t w_ = src[(i)];						\
	if (tail_gpr) /* keeps w_ out of vector registers */		\
		__asm__("" : "+r" (w_));				\
	dst[(i)] = w_;							\
} while (0)
#define __RTE_COPY_WORDS(name, word_type)				\
static __rte_always_inline void						\
name(void *__rte_restrict dst_v, const void *__rte_restrict src_v,	\
		uint32_t n, int tail_gpr)				\
{									\
	typedef word_type __attribute__((__may_alias__)) word_t;	\
	word_t *dst = (word_t *)dst_v;					\
	const word_t *src = (const word_t *)src_v;			\
	uint32_t i;							\
									\
	if (__builtin_constant_p(n) && n > 32) {			\
		_Pragma("GCC unroll 8")					\
		for (i = 0; i + 4 <= n; i += 4)				\
			__RTE_COPY_4_AT(i);				\
	} else {							\
		for (i = 0; i + 4 <= n; i += 4)				\
			__RTE_COPY_4_AT(i);				\
	}								\
	switch (n & 3) {						\
	case 3:								\
		__RTE_COPY_TAIL_AT(i + 2);				\
		__attribute__((fallthrough));				\
	case 2:								\
		__RTE_COPY_TAIL_AT(i + 1);				\
		__attribute__((fallthrough));				\
	case 1:								\
		__RTE_COPY_TAIL_AT(i);					\
	}								\
}
__RTE_COPY_WORDS(__rte_copy64, uint64_t)
__RTE_COPY_WORDS(__rte_copy32, uint32_t)
#undef __RTE_COPY_WORDS
#undef __RTE_COPY_4_AT
#undef __RTE_COPY_TAIL_AT

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
