/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Panic, stack dump and assertions (DPDK 22.11 rte_debug.h).
 */
#ifndef _RTE_DEBUG_H_
#define _RTE_DEBUG_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <rte_common.h>
#include <rte_branch_prediction.h>
#include <rte_log.h>

/** Print the call stack of the calling thread on the log. */
void rte_dump_stack(void);

/** Log the message with a backtrace and abort(). Never returns. */
#define rte_panic(...) rte_panic_(__func__, __VA_ARGS__, "dummy")
#define rte_panic_(func, format, ...) __rte_panic(func, format "%.0s", __VA_ARGS__)

#ifdef RTE_ENABLE_ASSERT
#define RTE_ASSERT(exp) RTE_VERIFY(exp)
#else
#define RTE_ASSERT(exp) do {} while (0)
#endif

/** Panic when exp is false, in every build type. */
#define RTE_VERIFY(exp) do { \
	if (unlikely(!(exp))) \
		rte_panic("line %d\tassert \"%s\" failed\n", __LINE__, #exp); \
} while (0)

/** Implementation of rte_panic(); use the macro. */
void __rte_panic(const char *funcname, const char *format, ...)
	__rte_cold __rte_noreturn __rte_format_printf(2, 3);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_DEBUG_H_ */
