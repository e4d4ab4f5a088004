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
/**
 * Internal: the initial-exec TLS model for the EAL's own per-lcore
 * variables (lcore id, rte_errno, thread id). Code built with -fPIC,
 * such as libpmdkit.so and the PMDs in it, otherwise reaches them
 * through a __tls_get_addr call on every access; initial-exec is one
 * %fs-relative load. It requires the library that defines them to be
 * loaded at program start-up (or a few bytes of glibc's static TLS
 * surplus when dlopen'ed), which holds for libpmdkit.
 */
#define RTE_PER_LCORE_TLS_IE __attribute__((tls_model("initial-exec")))

/** The calling thread's copy of the per-lcore variable (an lvalue). */
#define RTE_PER_LCORE(name) (per_lcore_##name)

#ifdef __cplusplus
}
#endif

#endif /* _RTE_PER_LCORE_H_ */
