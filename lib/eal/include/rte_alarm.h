/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * One-shot alarms run in the interrupt thread (DPDK 22.11 rte_alarm.h).
 */
#ifndef _RTE_ALARM_H_
#define _RTE_ALARM_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>

typedef void (*rte_eal_alarm_callback)(void *arg);

/**
 * Call cb(cb_arg) once, us microseconds from now, in the interrupt thread.
 * 0, or a negative errno (-EINVAL bad argument, -ENOMEM).
 */
int rte_eal_alarm_set(uint64_t us, rte_eal_alarm_callback cb, void *cb_arg);

/**
 * Cancel the pending alarms of cb_fn with cb_arg ((void *)-1: any arg),
 * waiting for one that is running in another thread. Returns the number
 * cancelled; when that is 0 rte_errno says why (ENOENT: none pending).
 * Called from the alarm's own callback, the running one is not counted
 * and rte_errno is EINPROGRESS. -1 with rte_errno EINVAL if cb_fn is NULL.
 */
int rte_eal_alarm_cancel(rte_eal_alarm_callback cb_fn, void *cb_arg);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ALARM_H_ */
