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
 * Cancel the pending alarms of cb_fn with cb_arg ((void *)-1: any arg).
 * Waits if one is running in another thread. Returns the number
 * cancelled, or -1 with rte_errno (EINVAL, ENOENT none found, EINPROGRESS
 * called from the alarm's own callback).
 */
int rte_eal_alarm_cancel(rte_eal_alarm_callback cb_fn, void *cb_arg);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ALARM_H_ */
