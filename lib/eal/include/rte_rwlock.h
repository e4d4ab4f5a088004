/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Reader/writer spinlock (DPDK 22.11 rte_rwlock.h), writer-preferring:
 * a waiting writer sets RTE_RWLOCK_WAIT so new readers hold back.
 * cnt = readers * RTE_RWLOCK_READ | RTE_RWLOCK_WRITE | RTE_RWLOCK_WAIT.
 * Locking is an acquire, unlocking a release.
 */
#ifndef _RTE_RWLOCK_H_
#define _RTE_RWLOCK_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <errno.h>
#include <stdint.h>
#include <rte_common.h>
#include <rte_pause.h>

#define RTE_RWLOCK_WAIT  0x1	/**< a writer is waiting */
#define RTE_RWLOCK_WRITE 0x2	/**< a writer holds the lock */
#define RTE_RWLOCK_MASK  (RTE_RWLOCK_WAIT | RTE_RWLOCK_WRITE)
#define RTE_RWLOCK_READ  0x4	/**< one reader */

typedef struct {
	int32_t cnt;
} rte_rwlock_t;

#define RTE_RWLOCK_INITIALIZER { 0 }

static inline void
rte_rwlock_init(rte_rwlock_t *rwl)
{
	rwl->cnt = 0;
}

static inline void
rte_rwlock_read_lock(rte_rwlock_t *rwl)
{
	int32_t x;

	for (;;) {
		while (__atomic_load_n(&rwl->cnt, __ATOMIC_RELAXED) & RTE_RWLOCK_MASK)
			rte_pause();
		/* acquire: reads of the protected data stay after this */
		x = __atomic_add_fetch(&rwl->cnt, RTE_RWLOCK_READ, __ATOMIC_ACQUIRE);
		if (!(x & RTE_RWLOCK_MASK))
			return;
		/* a writer got in first: back off */
		__atomic_fetch_sub(&rwl->cnt, RTE_RWLOCK_READ, __ATOMIC_RELAXED);
	}
}

/** 0 if taken, -EBUSY if a writer holds or waits for the lock. */
static inline int
rte_rwlock_read_trylock(rte_rwlock_t *rwl)
{
	int32_t x = __atomic_load_n(&rwl->cnt, __ATOMIC_RELAXED);

	if (x & RTE_RWLOCK_MASK)
		return -EBUSY;
	x = __atomic_add_fetch(&rwl->cnt, RTE_RWLOCK_READ, __ATOMIC_ACQUIRE);
	if (x & RTE_RWLOCK_MASK) {
		__atomic_fetch_sub(&rwl->cnt, RTE_RWLOCK_READ, __ATOMIC_RELAXED);
		return -EBUSY;
	}
	return 0;
}

static inline void
rte_rwlock_read_unlock(rte_rwlock_t *rwl)
{
	/* release: our reads complete before a writer may enter */
	__atomic_fetch_sub(&rwl->cnt, RTE_RWLOCK_READ, __ATOMIC_RELEASE);
}

/** 0 if taken, -EBUSY otherwise. */
static inline int
rte_rwlock_write_trylock(rte_rwlock_t *rwl)
{
	int32_t x = __atomic_load_n(&rwl->cnt, __ATOMIC_RELAXED);

	if (x < RTE_RWLOCK_WRITE &&
	    __atomic_compare_exchange_n(&rwl->cnt, &x, x + RTE_RWLOCK_WRITE, 1,
			__ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		return 0;
	return -EBUSY;
}

static inline void
rte_rwlock_write_lock(rte_rwlock_t *rwl)
{
	int32_t x;

	for (;;) {
		x = __atomic_load_n(&rwl->cnt, __ATOMIC_RELAXED);
		/* free (maybe with our WAIT bit set): take it, clear WAIT */
		if (x < RTE_RWLOCK_WRITE &&
		    __atomic_compare_exchange_n(&rwl->cnt, &x, RTE_RWLOCK_WRITE,
				1, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			return;
		if (!(x & RTE_RWLOCK_WAIT))
			__atomic_fetch_or(&rwl->cnt, RTE_RWLOCK_WAIT, __ATOMIC_RELAXED);
		while (__atomic_load_n(&rwl->cnt, __ATOMIC_RELAXED) > RTE_RWLOCK_WAIT)
			rte_pause();
	}
}

static inline void
rte_rwlock_write_unlock(rte_rwlock_t *rwl)
{
	/* release: our writes are visible to the next holder */
	__atomic_fetch_sub(&rwl->cnt, RTE_RWLOCK_WRITE, __ATOMIC_RELEASE);
}

static inline int
rte_rwlock_write_is_locked(rte_rwlock_t *rwl)
{
	return (__atomic_load_n(&rwl->cnt, __ATOMIC_RELAXED) & RTE_RWLOCK_WRITE) != 0;
}

static inline void rte_rwlock_read_lock_tm(rte_rwlock_t *rwl) { rte_rwlock_read_lock(rwl); }
static inline void rte_rwlock_read_unlock_tm(rte_rwlock_t *rwl) { rte_rwlock_read_unlock(rwl); }
static inline void rte_rwlock_write_lock_tm(rte_rwlock_t *rwl) { rte_rwlock_write_lock(rwl); }
static inline void rte_rwlock_write_unlock_tm(rte_rwlock_t *rwl) { rte_rwlock_write_unlock(rwl); }

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RWLOCK_H_ */
