/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Global EAL locks (DPDK 22.11 rte_eal_memconfig.h). Libraries take them
 * around their named lists (tailq), memory layout changes, mempool list.
 */
#ifndef _RTE_EAL_MEMCONFIG_H_
#define _RTE_EAL_MEMCONFIG_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdbool.h>

void rte_mcfg_mem_read_lock(void);
void rte_mcfg_mem_read_unlock(void);
void rte_mcfg_mem_write_lock(void);
void rte_mcfg_mem_write_unlock(void);
void rte_mcfg_tailq_read_lock(void);
void rte_mcfg_tailq_read_unlock(void);
void rte_mcfg_tailq_write_lock(void);
void rte_mcfg_tailq_write_unlock(void);
void rte_mcfg_mempool_read_lock(void);
void rte_mcfg_mempool_read_unlock(void);
void rte_mcfg_mempool_write_lock(void);
void rte_mcfg_mempool_write_unlock(void);
void rte_mcfg_timer_lock(void);
void rte_mcfg_timer_unlock(void);
/** false: one file per page. */
bool rte_mcfg_get_single_file_segments(void);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_EAL_MEMCONFIG_H_ */
