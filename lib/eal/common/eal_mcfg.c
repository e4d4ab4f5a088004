/* SPDX-License-Identifier: BSD-3-Clause */
/* Global locks of rte_eal_memconfig.h. */
#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_rwlock.h>
#include <rte_spinlock.h>

static rte_rwlock_t mem_lock = RTE_RWLOCK_INITIALIZER;
static rte_rwlock_t tailq_lock = RTE_RWLOCK_INITIALIZER;
static rte_rwlock_t mempool_lock = RTE_RWLOCK_INITIALIZER;
static rte_spinlock_t timer_lock = RTE_SPINLOCK_INITIALIZER;

void rte_mcfg_mem_read_lock(void) { rte_rwlock_read_lock(&mem_lock); }
void rte_mcfg_mem_read_unlock(void) { rte_rwlock_read_unlock(&mem_lock); }
void rte_mcfg_mem_write_lock(void) { rte_rwlock_write_lock(&mem_lock); }
void rte_mcfg_mem_write_unlock(void) { rte_rwlock_write_unlock(&mem_lock); }
void rte_mcfg_tailq_read_lock(void) { rte_rwlock_read_lock(&tailq_lock); }
void rte_mcfg_tailq_read_unlock(void) { rte_rwlock_read_unlock(&tailq_lock); }
void rte_mcfg_tailq_write_lock(void) { rte_rwlock_write_lock(&tailq_lock); }
void rte_mcfg_tailq_write_unlock(void) { rte_rwlock_write_unlock(&tailq_lock); }
void rte_mcfg_mempool_read_lock(void) { rte_rwlock_read_lock(&mempool_lock); }
void rte_mcfg_mempool_read_unlock(void) { rte_rwlock_read_unlock(&mempool_lock); }
void rte_mcfg_mempool_write_lock(void) { rte_rwlock_write_lock(&mempool_lock); }
void rte_mcfg_mempool_write_unlock(void) { rte_rwlock_write_unlock(&mempool_lock); }
void rte_mcfg_timer_lock(void) { rte_spinlock_lock(&timer_lock); }
void rte_mcfg_timer_unlock(void) { rte_spinlock_unlock(&timer_lock); }
bool rte_mcfg_get_single_file_segments(void) { return false; }
