/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Generic macros and helpers used throughout pmdkit (DPDK 22.11 names).
 */
#ifndef _RTE_COMMON_H_
#define _RTE_COMMON_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <limits.h>
#include <assert.h>

#include <rte_config.h>

/** Mark a declaration as deprecated. */
#define __rte_deprecated __attribute__((__deprecated__))
#define __rte_deprecated_msg(msg) __attribute__((__deprecated__(msg)))
/** Mark a function or variable as unused on purpose. */
#define __rte_unused __attribute__((__unused__))
#define __rte_used __attribute__((__used__))
#define RTE_SET_USED(x) (void)(x)
#define __rte_packed __attribute__((__packed__))
#define __rte_aligned(a) __attribute__((__aligned__(a)))
#define __rte_weak __attribute__((__weak__))
#define __rte_noreturn __attribute__((__noreturn__))
#define __rte_always_inline inline __attribute__((__always_inline__))
#define __rte_noinline __attribute__((__noinline__))
#define __rte_hot __attribute__((__hot__))
#define __rte_cold __attribute__((__cold__))
#define __rte_malloc __attribute__((__malloc__))
#define __rte_warn_unused_result __attribute__((__warn_unused_result__))
#define __rte_format_printf(format_index, first_arg) \
	__attribute__((__format__(__printf__, format_index, first_arg)))
#define __rte_alloc_size(...) __attribute__((__alloc_size__(__VA_ARGS__)))
#define __rte_cache_aligned __rte_aligned(RTE_CACHE_LINE_SIZE)
#define __rte_cache_min_aligned __rte_aligned(RTE_CACHE_LINE_MIN_SIZE)
#define __rte_experimental
#define __rte_internal
#define __rte_restrict __restrict

#define RTE_CACHE_LINE_MASK (RTE_CACHE_LINE_SIZE - 1)
#define RTE_CACHE_LINE_ROUNDUP(size) \
	(RTE_CACHE_LINE_SIZE * ((size + RTE_CACHE_LINE_SIZE - 1) / RTE_CACHE_LINE_SIZE))
#define RTE_CACHE_LINE_MIN_SIZE 64
/** Markers for a position inside a structure (zero-sized arrays). */
__extension__ typedef void *RTE_MARKER[0];
__extension__ typedef uint8_t RTE_MARKER8[0];
__extension__ typedef uint16_t RTE_MARKER16[0];
__extension__ typedef uint32_t RTE_MARKER32[0];
__extension__ typedef uint64_t RTE_MARKER64[0];

/** Standard priorities for RTE_INIT_PRIO constructors. */
#define RTE_PRIORITY_LOG 101
#define RTE_PRIORITY_BUS 110
#define RTE_PRIORITY_CLASS 120
#define RTE_PRIORITY_LAST 65535
#define RTE_PRIO(prio) RTE_PRIORITY_ ## prio

/** Run func before main() with the given priority (LOG, BUS, CLASS, LAST). */
#define RTE_INIT_PRIO(func, prio) \
	static void __attribute__((constructor(RTE_PRIO(prio)), used)) func(void)
#define RTE_INIT(func) RTE_INIT_PRIO(func, LAST)
#define RTE_FINI_PRIO(func, prio) \
	static void __attribute__((destructor(RTE_PRIO(prio)), used)) func(void)
#define RTE_FINI(func) RTE_FINI_PRIO(func, LAST)

#define RTE_STR_(x) #x
#define RTE_STR(x) RTE_STR_(x)
#define RTE_FMT(fmt, ...) fmt "%.0s", __VA_ARGS__ ""
#define RTE_FMT_HEAD(fmt, ...) fmt
#define RTE_FMT_TAIL(fmt, ...) __VA_ARGS__

#define RTE_DIM(a) (sizeof(a) / sizeof((a)[0]))
#define RTE_MIN(a, b) \
	__extension__ ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a < _b ? _a : _b; })
#define RTE_MAX(a, b) \
	__extension__ ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })
#define RTE_MIN_T(a, b, t) ((t)(a) < (t)(b) ? (t)(a) : (t)(b))
#define RTE_MAX_T(a, b, t) ((t)(a) > (t)(b) ? (t)(a) : (t)(b))

/** Pointer arithmetic helpers. */
#define RTE_PTR_ADD(ptr, x) ((void *)((uintptr_t)(ptr) + (x)))
#define RTE_PTR_SUB(ptr, x) ((void *)((uintptr_t)(ptr) - (x)))
#define RTE_PTR_DIFF(ptr1, ptr2) ((uintptr_t)(ptr1) - (uintptr_t)(ptr2))
#define RTE_PTR_ALIGN_FLOOR(ptr, align) \
	((__typeof__(ptr))RTE_ALIGN_FLOOR((uintptr_t)(ptr), align))
#define RTE_PTR_ALIGN_CEIL(ptr, align) \
	RTE_PTR_ALIGN_FLOOR((__typeof__(ptr))RTE_PTR_ADD(ptr, (align) - 1), align)
#define RTE_PTR_ALIGN(ptr, align) RTE_PTR_ALIGN_CEIL(ptr, align)
#define RTE_ALIGN_FLOOR(val, align) \
	(__typeof__(val))((val) & (~((__typeof__(val))((align) - 1))))
#define RTE_ALIGN_CEIL(val, align) \
	RTE_ALIGN_FLOOR(((val) + ((__typeof__(val))(align) - 1)), align)
#define RTE_ALIGN(val, align) RTE_ALIGN_CEIL(val, align)
#define RTE_ALIGN_MUL_CEIL(v, mul) \
	((((v) + (__typeof__(v))(mul) - 1) / ((__typeof__(v))(mul))) * (__typeof__(v))(mul))
#define RTE_ALIGN_MUL_FLOOR(v, mul) \
	(((v) / ((__typeof__(v))(mul))) * (__typeof__(v))(mul))
#define RTE_IS_POWER_OF_2(n) ((n) && !(((n) - 1) & (n)))

/** True if ptr is aligned on align (a power of two). */
static inline int
rte_is_aligned(const void * const __rte_restrict ptr, const unsigned int align)
{
	return ((uintptr_t)ptr & (align - 1)) == 0;
}

/** Compile-time assertion; fails the build if condition is true. */
#define RTE_BUILD_BUG_ON(condition) \
	((void)sizeof(char[1 - 2 * !!(condition)]))

/** Container of a member pointer. */
#ifndef container_of
#define container_of(ptr, type, member) __extension__ ({ \
	const __typeof__(((type *)0)->member) *_ptr = (ptr); \
	__rte_unused type *_target_ptr = (type *)(ptr); \
	(type *)(((uintptr_t)_ptr) - offsetof(type, member)); })
#endif
#define RTE_SIZEOF_FIELD(type, field) (sizeof(((type *)0)->field))

static inline int
rte_is_power_of_2(uint32_t n)
{
	return n && !(n & (n - 1));
}

/** Smallest power of two >= x (0 for x = 0 or > 2^31). */
static inline uint32_t
rte_align32pow2(uint32_t x)
{
	x--;
	x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16;
	return x + 1;
}

/** Largest power of two <= x. */
static inline uint32_t
rte_align32prevpow2(uint32_t x)
{
	x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16;
	return x - (x >> 1);
}

static inline uint64_t
rte_align64pow2(uint64_t v)
{
	v--;
	v |= v >> 1; v |= v >> 2; v |= v >> 4; v |= v >> 8; v |= v >> 16; v |= v >> 32;
	return v + 1;
}

static inline uint64_t
rte_align64prevpow2(uint64_t v)
{
	v |= v >> 1; v |= v >> 2; v |= v >> 4; v |= v >> 8; v |= v >> 16; v |= v >> 32;
	return v - (v >> 1);
}

static inline uint32_t rte_bsf32(uint32_t v) { return (uint32_t)__builtin_ctz(v); }
static inline uint32_t rte_bsf64(uint64_t v) { return (uint32_t)__builtin_ctzll(v); }
static inline int rte_bsf32_safe(uint32_t v, uint32_t *pos)
{ if (v == 0) return 0; *pos = rte_bsf32(v); return 1; }
static inline int rte_bsf64_safe(uint64_t v, uint32_t *pos)
{ if (v == 0) return 0; *pos = rte_bsf64(v); return 1; }
/** Position of the last (most significant) set bit, 1-based; 0 if none. */
static inline uint32_t rte_fls_u32(uint32_t x) { return x ? 32 - __builtin_clz(x) : 0; }
static inline uint32_t rte_fls_u64(uint64_t x) { return x ? 64 - __builtin_clzll(x) : 0; }
static inline uint32_t rte_log2_u32(uint32_t v)
{ if (v == 0) return 0; v = rte_align32pow2(v); return rte_bsf32(v); }
static inline uint32_t rte_log2_u64(uint64_t v)
{ if (v == 0) return 0; v = rte_align64pow2(v); return rte_bsf64(v); }

/** Compiler barrier: stops the compiler moving memory accesses across it. */
#define rte_compiler_barrier() do { __asm__ volatile ("" : : : "memory"); } while (0)

/** Cast away const / volatile with a warning-free helper. */
#define RTE_CAST_FIELD(var, field, type) \
	(*(type *)((uintptr_t)(var) + offsetof(__typeof__(*(var)), field)))

/** Maximum length of a device or object name. */
#define RTE_DEV_NAME_MAX_LEN 64

/** Returns the value from a "1M"/"2G"/"512K" style size string, 0 on error. */
uint64_t rte_str_to_size(const char *str);

#define RTE_LEN2MASK(ln, tp) \
	((tp)((uint64_t)-1 >> (sizeof(uint64_t) * CHAR_BIT - (ln))))
#define RTE_BAD_IOVA ((rte_iova_t)-1)

/** IO virtual address as seen by devices. */
typedef uint64_t rte_iova_t;
#define RTE_BAD_PHYS_ADDR ((phys_addr_t)-1)
typedef uint64_t phys_addr_t;


/* ---- additions matching the rest of DPDK 22.11's rte_common.h ---- */

#ifndef typeof
#define typeof __typeof__
#endif
#ifndef asm
#define asm __asm__
#endif

/** Marks anonymous unions/structs so strict C modes accept them. */
#define RTE_STD_C11 __extension__

#if defined(__clang__)
#define RTE_CC_CLANG
#elif defined(__GNUC__)
#define RTE_CC_GCC
#define GCC_VERSION (__GNUC__ * 10000 + __GNUC_MINOR__ * 100 + __GNUC_PATCHLEVEL__)
#endif
#define RTE_CC_IS_GNU 1

#define RTE_PRAGMA(x) _Pragma(#x)
#define RTE_PRAGMA_WARNING(w) RTE_PRAGMA(GCC warning #w)
#define RTE_DEPRECATED(x) RTE_PRAGMA_WARNING(#x is deprecated)

/** Type-punned access allowed through this type. */
#define __rte_may_alias __attribute__((__may_alias__))

/** Disable AddressSanitizer instrumentation of a function. */
#if defined(__SANITIZE_ADDRESS__)
#define __rte_no_asan __attribute__((no_sanitize_address))
#else
#define __rte_no_asan
#endif

#define RTE_CACHE_LINE_SIZE_LOG2 6

/** Round v to the nearest multiple of mul. */
#define RTE_ALIGN_MUL_NEAR(v, mul) __extension__ ({ \
	__typeof__(v) _ceil = RTE_ALIGN_MUL_CEIL(v, mul); \
	__typeof__(v) _floor = RTE_ALIGN_MUL_FLOOR(v, mul); \
	(_ceil - (v)) > ((v) - _floor) ? _floor : _ceil; })

/** Exchange the values of a and b (same type). */
#define RTE_SWAP(a, b) do { \
	__typeof__(a) _tmp = (a); (a) = (b); (b) = _tmp; } while (0)

/** Set every bit below the most significant set bit. */
static inline uint32_t
rte_combine32ms1b(uint32_t x)
{
	x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16;
	return x;
}

static inline uint64_t
rte_combine64ms1b(uint64_t v)
{
	v |= v >> 1; v |= v >> 2; v |= v >> 4; v |= v >> 8; v |= v >> 16; v |= v >> 32;
	return v;
}

/**
 * Print a message on the log and stderr, release the EAL and exit the
 * process with exit_code.
 */
__rte_noreturn void
rte_exit(int exit_code, const char *format, ...) __rte_format_printf(2, 3);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_COMMON_H_ */
