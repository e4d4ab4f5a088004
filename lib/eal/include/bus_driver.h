/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Bus framework (DPDK 22.11 bus_driver.h). A bus scans for devices, matches
 * them with drivers and probes them. Buses register at constructor time with
 * RTE_REGISTER_BUS; rte_eal_init() calls every bus's scan() then, after
 * memory and lcores are up, every bus's probe().
 */
#ifndef _BUS_DRIVER_H_
#define _BUS_DRIVER_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <sys/queue.h>
#include <rte_common.h>
#include <rte_dev.h>
#include <rte_eal.h>

struct rte_devargs;
struct rte_device;

/** Scan the bus for devices (and apply allow/block lists). */
typedef int (*rte_bus_scan_t)(void);
/** Probe every device of the bus with a matching driver. */
typedef int (*rte_bus_probe_t)(void);
/** Find a device after start (NULL: from the beginning) for which cmp returns 0. */
typedef struct rte_device *(*rte_bus_find_device_t)(
	const struct rte_device *start, rte_dev_cmp_t cmp, const void *data);
/** Probe one device (hot-plug); the device was added by scan or parse. */
typedef int (*rte_bus_plug_t)(struct rte_device *dev);
/** Remove one device: its driver's remove() runs, the device is freed. */
typedef int (*rte_bus_unplug_t)(struct rte_device *dev);
/**
 * Is name a device name of this bus? Returns 0 if it is (and, if addr is
 * not NULL, stores the bus-specific parsed form there), non-zero otherwise.
 */
typedef int (*rte_bus_parse_t)(const char *name, void *addr);
/** Bus-specific devargs parsing (optional). */
typedef int (*rte_bus_devargs_parse_t)(struct rte_devargs *da);
/** Map/unmap memory for DMA for a device of this bus (optional). */
typedef int (*rte_dev_dma_map_t)(struct rte_device *dev, void *addr,
	uint64_t iova, size_t len);
typedef int (*rte_dev_dma_unmap_t)(struct rte_device *dev, void *addr,
	uint64_t iova, size_t len);
/** Which IOVA mode the bus's devices need (RTE_IOVA_DC: don't care). */
typedef enum rte_iova_mode (*rte_bus_get_iommu_class_t)(void);
/** Release every device of the bus (rte_eal_cleanup). */
typedef int (*rte_bus_cleanup_t)(void);

/** Bus scan mode. */
enum rte_bus_scan_mode {
	RTE_BUS_SCAN_UNDEFINED,
	RTE_BUS_SCAN_ALLOWLIST,	/**< only devices given with -a */
	RTE_BUS_SCAN_BLOCKLIST,	/**< all devices but those given with -b */
};

/** Bus configuration set by the EAL from the command line. */
struct rte_bus_conf {
	enum rte_bus_scan_mode scan_mode;
};

/** A bus. */
struct rte_bus {
	TAILQ_ENTRY(rte_bus) next;		/**< list link */
	const char *name;			/**< "pci", "vdev" */
	rte_bus_scan_t scan;
	rte_bus_probe_t probe;
	rte_bus_find_device_t find_device;
	rte_bus_plug_t plug;
	rte_bus_unplug_t unplug;
	rte_bus_parse_t parse;
	rte_bus_devargs_parse_t devargs_parse;	/**< optional */
	rte_dev_dma_map_t dma_map;		/**< optional */
	rte_dev_dma_unmap_t dma_unmap;		/**< optional */
	struct rte_bus_conf conf;
	rte_bus_get_iommu_class_t get_iommu_class; /**< optional */
	rte_bus_cleanup_t cleanup;		/**< optional */
};

/** Add a bus to the EAL's list (called by RTE_REGISTER_BUS). */
void rte_bus_register(struct rte_bus *bus);
/** Remove a bus from the list. */
void rte_bus_unregister(struct rte_bus *bus);
/** Scan every bus. */
int rte_bus_scan(void);
/** Probe every bus. */
int rte_bus_probe(void);
/** The bus with that name, or NULL. */
struct rte_bus *rte_bus_find_by_name(const char *busname);
/** First bus after start for which cmp(bus, data) returns 0. */
typedef int (*rte_bus_cmp_t)(const struct rte_bus *bus, const void *data);
struct rte_bus *rte_bus_find(const struct rte_bus *start, rte_bus_cmp_t cmp,
	const void *data);
/** The bus a device is on. */
struct rte_bus *rte_bus_find_by_device(const struct rte_device *dev);
/** IOVA mode the buses need together. */
enum rte_iova_mode rte_bus_get_iommu_class(void);
/** Name of a bus. */
const char *rte_bus_name(const struct rte_bus *bus);

/** Register a bus at constructor time under the name nm. */
#define RTE_REGISTER_BUS(nm, bus) \
RTE_INIT_PRIO(businitfn_ ##nm, BUS) \
{ \
	(bus).name = RTE_STR(nm); \
	rte_bus_register(&bus); \
}

#ifdef __cplusplus
}
#endif

#endif /* _BUS_DRIVER_H_ */
