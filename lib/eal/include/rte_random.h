/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Pseudo-random numbers (DPDK 22.11 rte_random.h): fast, per-lcore state,
 * not cryptographically secure.
 */
#ifndef _RTE_RANDOM_H_
#define _RTE_RANDOM_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>

/** Seed the generators (every lcore's state derives from the seed). */
void rte_srand(uint64_t seedval);
/** 64 random bits. Thread-safe for lcores and other threads. */
uint64_t rte_rand(void);
/** Uniform in [0, upper_bound); 0 if upper_bound is 0. */
uint64_t rte_rand_max(uint64_t upper_bound);
/** Uniform double in [0, 1). */
double rte_drand(void);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RANDOM_H_ */
