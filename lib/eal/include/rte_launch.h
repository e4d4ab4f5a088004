/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Running functions on worker lcores (DPDK 22.11 rte_launch.h).
 */
#ifndef _RTE_LAUNCH_H_
#define _RTE_LAUNCH_H_

#ifdef __cplusplus
extern "C" {
#endif

/** State of a worker lcore. */
enum rte_lcore_state_t {
	WAIT,		/**< idle, ready for rte_eal_remote_launch() */
	RUNNING,	/**< running a function */
};

/** Function run on an lcore; its return value is kept for wait_lcore. */
typedef int (lcore_function_t)(void *);

/**
 * Run f(arg) on worker lcore worker_id. Returns 0, or -EBUSY if the lcore
 * is running something, -EINVAL if it is not a worker lcore.
 */
int rte_eal_remote_launch(lcore_function_t *f, void *arg, unsigned worker_id);

/** Whether the main lcore runs the function too. */
enum rte_rmt_call_main_t {
	SKIP_MAIN = 0,
	CALL_MAIN,
};

/**
 * Run f(arg) on every worker lcore (and on the main lcore, in the calling
 * thread, with CALL_MAIN). Returns 0, or -EBUSY if a worker is busy.
 */
int rte_eal_mp_remote_launch(lcore_function_t *f, void *arg,
	enum rte_rmt_call_main_t call_main);

/** State of a worker lcore. */
enum rte_lcore_state_t rte_eal_get_lcore_state(unsigned int worker_id);

/**
 * Wait for the worker to finish its function. Returns its return value,
 * or 0 if the worker was not running anything.
 */
int rte_eal_wait_lcore(unsigned worker_id);

/** Wait for every worker lcore. */
void rte_eal_mp_wait_lcore(void);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_LAUNCH_H_ */
