/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Portable thread API (DPDK 22.11 rte_thread.h), over pthreads.
 */
#ifndef _RTE_THREAD_H_
#define _RTE_THREAD_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <rte_os.h>
#include <rte_compat.h>

/** Thread identifier. */
typedef struct {
	uintptr_t opaque_id;
} rte_thread_t;

/** Thread body. */
typedef uint32_t (*rte_thread_func)(void *arg);

enum rte_thread_priority {
	RTE_THREAD_PRIORITY_NORMAL = 0,
	RTE_THREAD_PRIORITY_REALTIME_CRITICAL = 1,
};

/** Creation attributes. */
typedef struct {
	enum rte_thread_priority priority;
#ifdef RTE_HAS_CPUSET
	rte_cpuset_t cpuset;
#endif
} rte_thread_attr_t;

/** Thread-local storage key. */
typedef struct eal_tls_key *rte_thread_key;

/** Create a thread (attr may be NULL). 0 or a positive errno. */
int rte_thread_create(rte_thread_t *thread_id,
	const rte_thread_attr_t *thread_attr, rte_thread_func thread_func,
	void *arg);
int rte_thread_join(rte_thread_t thread_id, uint32_t *value_ptr);
int rte_thread_detach(rte_thread_t thread_id);
rte_thread_t rte_thread_self(void);
/** Non-zero if t1 and t2 are the same thread. */
int rte_thread_equal(rte_thread_t t1, rte_thread_t t2);
int rte_thread_attr_init(rte_thread_attr_t *attr);
int rte_thread_attr_set_priority(rte_thread_attr_t *thread_attr,
	enum rte_thread_priority priority);
#ifdef RTE_HAS_CPUSET
int rte_thread_attr_set_affinity(rte_thread_attr_t *thread_attr,
	rte_cpuset_t *cpuset);
int rte_thread_attr_get_affinity(rte_thread_attr_t *thread_attr,
	rte_cpuset_t *cpuset);
int rte_thread_set_affinity_by_id(rte_thread_t thread_id,
	const rte_cpuset_t *cpuset);
int rte_thread_get_affinity_by_id(rte_thread_t thread_id,
	rte_cpuset_t *cpuset);
/** Pin the calling thread; updates its lcore's socket. 0 or -1. */
int rte_thread_set_affinity(rte_cpuset_t *cpusetp);
/** CPU set the calling thread was pinned to by the EAL. */
void rte_thread_get_affinity(rte_cpuset_t *cpusetp);
#endif

/** TLS keys. 0 or -1 with rte_errno set. */
int rte_thread_key_create(rte_thread_key *key, void (*destructor)(void *));
int rte_thread_key_delete(rte_thread_key key);
int rte_thread_value_set(rte_thread_key key, const void *value);
void *rte_thread_value_get(rte_thread_key key);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_THREAD_H_ */
