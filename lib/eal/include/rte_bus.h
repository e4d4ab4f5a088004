/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Application view of buses (DPDK 22.11 rte_bus.h). Buses themselves are
 * described in bus_driver.h.
 */
#ifndef _RTE_BUS_H_
#define _RTE_BUS_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdio.h>
#include <rte_eal.h>

struct rte_bus;
struct rte_device;

/** Name of a bus. */
const char *rte_bus_name(const struct rte_bus *bus);
/** Scan every registered bus. 0 or negative errno of the first failure. */
int rte_bus_scan(void);
/** Probe every registered bus. */
int rte_bus_probe(void);
/** Print the registered buses. */
void rte_bus_dump(FILE *f);
/** Comparison for rte_bus_find: 0 means match. */
typedef int (*rte_bus_cmp_t)(const struct rte_bus *bus, const void *data);
/** First bus after start (NULL: from the beginning) cmp matches. */
struct rte_bus *rte_bus_find(const struct rte_bus *start, rte_bus_cmp_t cmp,
	const void *data);
/** Bus a device is on. */
struct rte_bus *rte_bus_find_by_device(const struct rte_device *dev);
/** Bus named busname, NULL if none. */
struct rte_bus *rte_bus_find_by_name(const char *busname);
/** IOVA mode the buses need together. */
enum rte_iova_mode rte_bus_get_iommu_class(void);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_BUS_H_ */
