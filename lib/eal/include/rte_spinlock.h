/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Spinlocks (DPDK 22.11 rte_spinlock.h). Lock is an acquire, unlock a
 * release: what the holder wrote is visible to the next holder. The _tm
 * (transactional memory) variants take the lock normally.
 */
#ifndef _RTE_SPINLOCK_H_
#define _RTE_SPINLOCK_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <rte_common.h>
#include <rte_pause.h>
#include <rte_eal.h>
#include <rte_lcore.h>

typedef struct {
	volatile int locked;	/**< 0 unlocked, 1 locked */
} rte_spinlock_t;

#define RTE_SPINLOCK_INITIALIZER { 0 }

static inline void
rte_spinlock_init(rte_spinlock_t *sl)
{
	sl->locked = 0;
}

static inline void
rte_spinlock_lock(rte_spinlock_t *sl)
{
	int exp = 0;

	/* acquire: the critical section cannot move above the lock */
	while (!__atomic_compare_exchange_n(&sl->locked, &exp, 1, 0,
			__ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
		/* wait with plain loads so the line stays shared */
		rte_wait_until_equal_32((volatile uint32_t *)&sl->locked, 0,
			__ATOMIC_RELAXED);
		exp = 0;
	}
}

static inline void
rte_spinlock_unlock(rte_spinlock_t *sl)
{
	/* release: the critical section's accesses complete first */
	__atomic_store_n(&sl->locked, 0, __ATOMIC_RELEASE);
}

/** 1 if the lock was taken, 0 if it is held by someone. */
static inline int
rte_spinlock_trylock(rte_spinlock_t *sl)
{
	int exp = 0;

	return __atomic_compare_exchange_n(&sl->locked, &exp, 1, 0,
		__ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

static inline int
rte_spinlock_is_locked(rte_spinlock_t *sl)
{
	return __atomic_load_n(&sl->locked, __ATOMIC_ACQUIRE);
}

/** No hardware lock elision in pmdkit. */
static inline int rte_tm_supported(void) { return 0; }
static inline void rte_spinlock_lock_tm(rte_spinlock_t *sl) { rte_spinlock_lock(sl); }
static inline void rte_spinlock_unlock_tm(rte_spinlock_t *sl) { rte_spinlock_unlock(sl); }
static inline int rte_spinlock_trylock_tm(rte_spinlock_t *sl) { return rte_spinlock_trylock(sl); }

/** Lock the owning thread may take again (counted). */
typedef struct {
	rte_spinlock_t sl;
	volatile int user;	/**< owner's thread id, -1 if none */
	volatile int count;	/**< nesting depth */
} rte_spinlock_recursive_t;

#define RTE_SPINLOCK_RECURSIVE_INITIALIZER { RTE_SPINLOCK_INITIALIZER, -1, 0 }

static inline void
rte_spinlock_recursive_init(rte_spinlock_recursive_t *slr)
{
	rte_spinlock_init(&slr->sl);
	slr->user = -1;
	slr->count = 0;
}

static inline void
rte_spinlock_recursive_lock(rte_spinlock_recursive_t *slr)
{
	int id = rte_gettid();

	if (slr->user != id) {
		rte_spinlock_lock(&slr->sl);
		slr->user = id;
	}
	slr->count++;
}

static inline void
rte_spinlock_recursive_unlock(rte_spinlock_recursive_t *slr)
{
	if (--(slr->count) == 0) {
		slr->user = -1;
		rte_spinlock_unlock(&slr->sl);
	}
}

static inline int
rte_spinlock_recursive_trylock(rte_spinlock_recursive_t *slr)
{
	int id = rte_gettid();

	if (slr->user != id) {
		if (rte_spinlock_trylock(&slr->sl) == 0)
			return 0;
		slr->user = id;
	}
	slr->count++;
	return 1;
}

static inline void rte_spinlock_recursive_lock_tm(rte_spinlock_recursive_t *slr)
{ rte_spinlock_recursive_lock(slr); }
static inline void rte_spinlock_recursive_unlock_tm(rte_spinlock_recursive_t *slr)
{ rte_spinlock_recursive_unlock(slr); }
static inline int rte_spinlock_recursive_trylock_tm(rte_spinlock_recursive_t *slr)
{ return rte_spinlock_recursive_trylock(slr); }

#ifdef __cplusplus
}
#endif

#endif /* _RTE_SPINLOCK_H_ */
