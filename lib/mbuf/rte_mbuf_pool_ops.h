/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Choice of the mempool handler for packet mbuf pools.
 */
#ifndef _RTE_MBUF_POOL_OPS_H_
#define _RTE_MBUF_POOL_OPS_H_

#ifdef __cplusplus
extern "C" {
#endif

/** Set the platform's preferred handler name (0, or -1 with rte_errno). */
int rte_mbuf_set_platform_mempool_ops(const char *ops_name);
/** The platform's preferred handler name, or NULL. */
const char *rte_mbuf_platform_mempool_ops(void);
/** Set the user's preferred handler name (0, or -1 with rte_errno). */
int rte_mbuf_set_user_mempool_ops(const char *ops_name);
/** The user's preferred handler name, or NULL. */
const char *rte_mbuf_user_mempool_ops(void);
/**
 * Handler to use: the user's choice, else the platform's, else
 * RTE_MBUF_DEFAULT_MEMPOOL_OPS.
 */
const char *rte_mbuf_best_mempool_ops(void);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MBUF_POOL_OPS_H_ */
