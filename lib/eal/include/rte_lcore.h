/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Logical cores (DPDK 22.11 rte_lcore.h). An lcore is an EAL thread pinned
 * to a CPU; lcore ids come from -l/-c/--lcores.
 */
#ifndef _RTE_LCORE_H_
#define _RTE_LCORE_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdio.h>
#include <pthread.h>

#include <rte_compat.h>
#include <rte_config.h>
#include <rte_per_lcore.h>
#include <rte_eal.h>
#include <rte_launch.h>
#include <rte_thread.h>

/** lcore id of a thread that is not an lcore. */
#define LCORE_ID_ANY UINT32_MAX

/* initial-exec (see RTE_PER_LCORE_TLS_IE): read on every mempool cache
 * access, also from the PMDs inside libpmdkit.so. */
RTE_DECLARE_PER_LCORE(unsigned, _lcore_id) RTE_PER_LCORE_TLS_IE;

/** Role of an lcore id. */
enum rte_lcore_role_t {
	ROLE_RTE,	/**< EAL lcore */
	ROLE_OFF,	/**< not used */
	ROLE_SERVICE,	/**< service core (not supported) */
	ROLE_NON_EAL,	/**< registered non-EAL thread */
};

/** Role of an lcore id (ROLE_OFF for a bad id). */
enum rte_lcore_role_t rte_eal_lcore_role(unsigned int lcore_id);
/** 0 if lcore_id has role, -1 otherwise (or bad lcore_id). */
int rte_lcore_has_role(unsigned int lcore_id, enum rte_lcore_role_t role);

/** lcore id of the calling thread, LCORE_ID_ANY for other threads. */
static inline unsigned
rte_lcore_id(void)
{
	return RTE_PER_LCORE(_lcore_id);
}

/** The main lcore (runs main()). */
unsigned int rte_get_main_lcore(void);
/** Number of EAL lcores. */
unsigned int rte_lcore_count(void);
/** Index of the lcore among the enabled ones (-1 caller: the caller's). */
int rte_lcore_index(int lcore_id);
/** NUMA socket of the calling thread (SOCKET_ID_ANY for other threads). */
unsigned int rte_socket_id(void);
/** Number of NUMA sockets that have detected CPUs. */
unsigned int rte_socket_count(void);
/** Socket id of the idx'th socket, -1 with rte_errno EINVAL if out of range. */
int rte_socket_id_by_idx(unsigned int idx);
/** NUMA socket of an lcore. */
unsigned int rte_lcore_to_socket_id(unsigned int lcore_id);
/** CPU the lcore is pinned to (first of its set), -1 for a bad id. */
int rte_lcore_to_cpu_id(int lcore_id);
#ifdef RTE_HAS_CPUSET
/** CPU set of an lcore. */
rte_cpuset_t rte_lcore_cpuset(unsigned int lcore_id);
#endif
/** 1 if the lcore is an EAL lcore (ROLE_RTE). */
int rte_lcore_is_enabled(unsigned int lcore_id);
/**
 * Next enabled lcore after i (i = -1 to start); skip_main leaves the main
 * lcore out, wrap starts over at 0. RTE_MAX_LCORE when there is none.
 */
unsigned int rte_get_next_lcore(unsigned int i, int skip_main, int wrap);

/** Loop over the enabled lcores, main included. */
#define RTE_LCORE_FOREACH(i) \
	for (i = rte_get_next_lcore(-1, 0, 0); i < RTE_MAX_LCORE; \
	     i = rte_get_next_lcore(i, 0, 0))
/** Loop over the enabled lcores except the main one. */
#define RTE_LCORE_FOREACH_WORKER(i) \
	for (i = rte_get_next_lcore(-1, 1, 0); i < RTE_MAX_LCORE; \
	     i = rte_get_next_lcore(i, 1, 0))

/** Called for each lcore in use (and each thread registered later);
 * non-zero refuses the lcore. */
typedef int (*rte_lcore_init_cb)(unsigned int lcore_id, void *arg);
/** Called when an lcore stops being used or the callback goes away. */
typedef void (*rte_lcore_uninit_cb)(unsigned int lcore_id, void *arg);
/** Register init/uninit callbacks; init runs now for the lcores in use.
 * Returns a handle, NULL if an init refused or on bad arguments. */
void *rte_lcore_callback_register(const char *name, rte_lcore_init_cb init,
	rte_lcore_uninit_cb uninit, void *arg);
/** Run uninit for the lcores in use and forget the callbacks. */
void rte_lcore_callback_unregister(void *handle);

/** Call cb on every lcore in use; stops at the first non-zero return. */
typedef int (*rte_lcore_iterate_cb)(unsigned int lcore_id, void *arg);
/** Call cb on every lcore in use; returns the first non-zero result. */
int rte_lcore_iterate(rte_lcore_iterate_cb cb, void *arg);
/** Print every lcore with role, CPU set and socket. */
void rte_lcore_dump(FILE *f);

/** Name a thread (truncated to 15 characters). 0 or -1. */
int rte_thread_setname(pthread_t id, const char *name);
/** Name of a thread into name (len bytes). 0 or -1. */
int rte_thread_getname(pthread_t id, char *name, size_t len);

/**
 * Give the calling (non-EAL) thread an lcore id, so per-lcore caches work.
 * 0, or -1 with rte_errno ENOMEM when every lcore id is taken.
 */
int rte_thread_register(void);
/** Give the lcore id back. */
void rte_thread_unregister(void);

/**
 * Create a control thread: named, detached from the lcores' CPUs (runs on
 * the CPUs not used by lcores, or all if none are free). 0 or errno.
 */
int rte_ctrl_thread_create(pthread_t *thread, const char *name,
	const pthread_attr_t *attr, void *(*start_routine)(void *), void *arg);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_LCORE_H_ */
