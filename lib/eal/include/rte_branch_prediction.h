/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Branch prediction hints (DPDK 22.11 rte_branch_prediction.h).
 */
#ifndef _RTE_BRANCH_PREDICTION_H_
#define _RTE_BRANCH_PREDICTION_H_

#ifndef likely
/** The condition is expected to be true. */
#define likely(x) __builtin_expect(!!(x), 1)
#endif
#ifndef unlikely
/** The condition is expected to be false. */
#define unlikely(x) __builtin_expect(!!(x), 0)
#endif

#endif /* _RTE_BRANCH_PREDICTION_H_ */
