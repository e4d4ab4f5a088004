/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Per-lcore variables (DPDK 22.11 rte_per_lcore.h): thread-local storage,
 * so every lcore thread (and every other thread) has its own copy.
 */
#ifndef _RTE_PER_LCORE_H_
#define _RTE_PER_LCORE_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <pthread.h>

/** Define a per-lcore variable `name` of `type`. */
#define RTE_DEFINE_PER_LCORE(type, name) \
	__thread __typeof__(type) per_lcore_##name
/** Declare a per-lcore variable defined elsewhere. */
#define RTE_DECLARE_PER_LCORE(type, name) \
	extern __thread __typeof__(type) per_lcore_##name
/** The calling thread's copy of the per-lcore variable (an lvalue). */
#define RTE_PER_LCORE(name) (per_lcore_##name)

#ifdef __cplusplus
}
#endif

#endif /* _RTE_PER_LCORE_H_ */
