/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Virtual device bus, application side (DPDK 22.11 rte_bus_vdev.h).
 *
 * Virtual devices have no hardware behind them: they exist because the user
 * named them (--vdev 'net_ring0,key=val', rte_vdev_init(), rte_dev_probe()).
 */
#ifndef _RTE_BUS_VDEV_H_
#define _RTE_BUS_VDEV_H_

#ifdef __cplusplus
extern "C" {
#endif

/** Called at the start of every vdev scan; may add devargs for the bus. */
typedef void (*rte_vdev_scan_callback)(void *user_arg);

/**
 * Register a callback run at the start of each vdev bus scan, before the
 * devargs list is read. Must not be called from such a callback.
 * @return 0 on success, -ENOMEM if out of memory.
 */
int rte_vdev_add_custom_scan(rte_vdev_scan_callback callback, void *user_arg);

/**
 * Unregister a scan callback. user_arg (void *)-1 matches any argument.
 * @return 0 (also when nothing matched).
 */
int rte_vdev_remove_custom_scan(rte_vdev_scan_callback callback,
	void *user_arg);

/**
 * Create the virtual device name (e.g. "net_ring0") with the driver
 * arguments args ("key=val,..."; NULL or "" for none) and probe it.
 * @return 0 on success; -EEXIST if the device exists, -ENOENT if no driver
 *   matches the name, -EINVAL for a bad name, or the driver's error.
 */
int rte_vdev_init(const char *name, const char *args);

/**
 * Remove the virtual device name: its driver's remove() runs and the device
 * and its devargs are freed.
 * @return 0 on success, -ENOENT if there is no such device, -EINVAL for a
 *   NULL name, or the driver's error.
 */
int rte_vdev_uninit(const char *name);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_BUS_VDEV_H_ */
