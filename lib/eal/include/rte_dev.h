/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Generic device API (DPDK 22.11 rte_dev.h): hot-plug, device accessors.
 * The structures themselves are defined in dev_driver.h (driver-side).
 */
#ifndef _RTE_DEV_H_
#define _RTE_DEV_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>
#include <stdio.h>
#include <rte_common.h>
#include <rte_compat.h>
#include <rte_log.h>

struct rte_bus;
struct rte_devargs;
struct rte_device;
struct rte_driver;

/** Device event types (hot-plug monitoring). */
enum rte_dev_event_type {
	RTE_DEV_EVENT_ADD,	/**< device added */
	RTE_DEV_EVENT_REMOVE,	/**< device removed */
	RTE_DEV_EVENT_MAX
};

/** A memory resource of a device, e.g. a mapped PCI BAR. */
struct rte_mem_resource {
	uint64_t phys_addr; /**< bus address, 0 if not a resource */
	uint64_t len;       /**< length in bytes */
	void *addr;         /**< virtual address, NULL when not mapped */
};

/** Callback for device events. */
typedef void (*rte_dev_event_cb_fn)(const char *device_name,
	enum rte_dev_event_type event, void *cb_arg);

/** Name of the device. */
const char *rte_dev_name(const struct rte_device *dev);
/** Bus information string of the device, may be NULL. */
const char *rte_dev_bus_info(const struct rte_device *dev);
/** Bus the device is on. */
const struct rte_bus *rte_dev_bus(const struct rte_device *dev);
/** Devargs given for the device, may be NULL. */
const struct rte_devargs *rte_dev_devargs(const struct rte_device *dev);
/** Driver bound to the device, NULL if not probed. */
const struct rte_driver *rte_dev_driver(const struct rte_device *dev);
/** NUMA node of the device, SOCKET_ID_ANY (-1) if unknown. */
int rte_dev_numa_node(const struct rte_device *dev);
/** Non-zero if a driver is bound to the device. */
int rte_dev_is_probed(const struct rte_device *dev);

/**
 * Hot-plug a device given as a devargs string ("net_ring0",
 * "vdev:net_pcap0,iface=veth0", "0000:00:03.0", "pci:0000:00:03.0").
 * @return 0 on success, negative errno otherwise.
 */
int rte_dev_probe(const char *devargs);
/** Detach a device from its driver and remove it from its bus. */
int rte_dev_remove(struct rte_device *dev);
/** Hot-plug by bus name, device name and driver arguments. */
int rte_eal_hotplug_add(const char *busname, const char *devname,
	const char *drvargs);
/** Hot-unplug by bus name and device name. */
int rte_eal_hotplug_remove(const char *busname, const char *devname);

struct rte_class;

/**
 * Device iterator (DPDK 22.11 layout), used by rte_eth_iterator_init/next
 * (RTE_ETH_FOREACH_MATCHING_DEV). Added by area 3 (ethdev).
 */
struct rte_dev_iterator {
	const char *dev_str;	/**< devargs string being matched */
	const char *bus_str;	/**< bus part of it */
	const char *cls_str;	/**< class part of it */
	struct rte_bus *bus;	/**< bus handle */
	struct rte_class *cls;	/**< class handle */
	struct rte_device *device; /**< current position */
	void *class_device;	/**< iterator-specific context */
};

/** Comparison callback used by bus find_device. 0 means match. */
typedef int (*rte_dev_cmp_t)(const struct rte_device *dev, const void *data);

/** Register a callback for device events (device_name NULL: all). */
int rte_dev_event_callback_register(const char *device_name,
	rte_dev_event_cb_fn cb_fn, void *cb_arg);
/** Unregister a device event callback; cb_arg (void*)-1 matches any. */
int rte_dev_event_callback_unregister(const char *device_name,
	rte_dev_event_cb_fn cb_fn, void *cb_arg);
/** Deliver a device event to the registered callbacks. */
void rte_dev_event_callback_process(const char *device_name,
	enum rte_dev_event_type event);

/**
 * Map memory for DMA by a device, through its bus (e.g. into the VFIO
 * container). 0, or -1 with rte_errno (ENOTSUP if the bus cannot).
 */
int rte_dev_dma_map(struct rte_device *dev, void *addr, uint64_t iova,
	size_t len);
/** Undo rte_dev_dma_map(). */
int rte_dev_dma_unmap(struct rte_device *dev, void *addr, uint64_t iova,
	size_t len);

#define RTE_PMD_EXPORT_NAME_ARRAY(n, idx) n##idx[]
#define RTE_PMD_EXPORT_NAME(name, idx) \
	static const char RTE_PMD_EXPORT_NAME_ARRAY(this_pmd_name, idx) \
	__rte_used = RTE_STR(name)
#define DRV_EXP_TAG(name, tag) __##name##_##tag
/** Document the PCI id table of a driver (informational). */
#define RTE_PMD_REGISTER_PCI_TABLE(name, table) \
	static const char DRV_EXP_TAG(name, pci_tbl_export)[] __rte_used = \
	RTE_STR(table)
/** Document the devargs a driver accepts (informational, shown in help). */
#define RTE_PMD_REGISTER_PARAM_STRING(name, str) \
	static const char DRV_EXP_TAG(name, param_string_export)[] \
	__rte_used = str
/** Document the kernel module(s) a driver needs (informational). */
#define RTE_PMD_REGISTER_KMOD_DEP(name, str) \
	static const char DRV_EXP_TAG(name, kmod_dep_export)[] \
	__rte_used = str

#ifdef __cplusplus
}
#endif

#endif /* _RTE_DEV_H_ */
