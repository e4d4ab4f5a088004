/* SPDX-License-Identifier: BSD-3-Clause */
/* Bus list: registration, scan, probe, lookups, IOVA preference. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/queue.h>

#include <bus_driver.h>
#include <dev_driver.h>
#include <rte_bus.h>
#include <rte_common.h>
#include <rte_devargs.h>
#include <rte_eal.h>

#include "eal_private.h"

static TAILQ_HEAD(, rte_bus) bus_list = TAILQ_HEAD_INITIALIZER(bus_list);

void
rte_bus_register(struct rte_bus *bus)
{
	/* scan/probe/find_device/plug/unplug/parse are mandatory */
	if (bus == NULL || bus->name == NULL || bus->scan == NULL ||
	    bus->probe == NULL || bus->find_device == NULL ||
	    bus->parse == NULL) {
		rte_log(RTE_LOG_ERR, RTE_LOGTYPE_EAL,
			"EAL: bus '%s' lacks a mandatory operation: not "
			"registered\n", bus && bus->name ? bus->name : "?");
		return;
	}
	TAILQ_INSERT_TAIL(&bus_list, bus, next);
}

void
rte_bus_unregister(struct rte_bus *bus)
{
	struct rte_bus *b;

	TAILQ_FOREACH(b, &bus_list, next)
		if (b == bus) {
			TAILQ_REMOVE(&bus_list, bus, next);
			return;
		}
}

const char *
rte_bus_name(const struct rte_bus *bus)
{
	return bus != NULL ? bus->name : NULL;
}

int
rte_bus_scan(void)
{
	struct rte_bus *bus;
	int ret;

	TAILQ_FOREACH(bus, &bus_list, next) {
		if (strcmp(bus->name, "pci") == 0 && !rte_eal_has_pci())
			continue;
		ret = bus->scan();
		if (ret != 0)
			EAL_LOG(ERR, "scan of the %s bus failed: %s\n",
				bus->name, strerror(ret < 0 ? -ret : ret));
	}
	return 0;
}

int
rte_bus_probe(void)
{
	struct rte_bus *bus, *vdev = NULL;
	int ret;

	/* virtual devices last: they may sit on top of physical ones */
	TAILQ_FOREACH(bus, &bus_list, next) {
		if (strcmp(bus->name, "vdev") == 0) {
			vdev = bus;
			continue;
		}
		if (strcmp(bus->name, "pci") == 0 && !rte_eal_has_pci())
			continue;
		ret = bus->probe();
		if (ret != 0)
			EAL_LOG(ERR, "probe of the %s bus failed\n", bus->name);
	}
	if (vdev != NULL && vdev->probe() != 0)
		EAL_LOG(ERR, "probe of the vdev bus failed\n");
	return 0;
}

void
rte_bus_dump(FILE *f)
{
	struct rte_bus *bus;

	TAILQ_FOREACH(bus, &bus_list, next)
		fprintf(f, "%s\n", bus->name);
}

struct rte_bus *
rte_bus_find(const struct rte_bus *start, rte_bus_cmp_t cmp, const void *data)
{
	struct rte_bus *bus;

	if (start != NULL)
		bus = TAILQ_NEXT((struct rte_bus *)(uintptr_t)start, next);
	else
		bus = TAILQ_FIRST(&bus_list);
	for (; bus != NULL; bus = TAILQ_NEXT(bus, next))
		if (cmp(bus, data) == 0)
			return bus;
	return NULL;
}

static int
cmp_name(const struct rte_bus *bus, const void *name)
{
	return strcmp(bus->name, name);
}

struct rte_bus *
rte_bus_find_by_name(const char *busname)
{
	if (busname == NULL)
		return NULL;
	return rte_bus_find(NULL, cmp_name, busname);
}

static int
cmp_same_dev(const struct rte_device *d, const void *target)
{
	return d != target;
}

struct rte_bus *
rte_bus_find_by_device(const struct rte_device *dev)
{
	struct rte_bus *bus;

	if (dev == NULL)
		return NULL;
	if (dev->bus != NULL)
		return (struct rte_bus *)(uintptr_t)dev->bus;
	TAILQ_FOREACH(bus, &bus_list, next)
		if (bus->find_device(NULL, cmp_same_dev, dev) != NULL)
			return bus;
	return NULL;
}

enum rte_iova_mode
rte_bus_get_iommu_class(void)
{
	enum rte_iova_mode mode = RTE_IOVA_DC;
	struct rte_bus *bus;
	unsigned int want = 0;

	TAILQ_FOREACH(bus, &bus_list, next) {
		if (bus->get_iommu_class == NULL)
			continue;
		mode = bus->get_iommu_class();
		want |= (unsigned int)mode;
		if (mode != RTE_IOVA_DC)
			EAL_LOG(DEBUG, "bus %s wants IOVA as '%s'\n", bus->name,
				mode == RTE_IOVA_PA ? "PA" : "VA");
	}
	if (want == RTE_IOVA_PA || want == RTE_IOVA_VA)
		return (enum rte_iova_mode)want;
	if (want == (RTE_IOVA_PA | RTE_IOVA_VA))
		EAL_LOG(WARNING, "buses want both PA and VA IOVA modes: "
			"choosing by physical address availability\n");
	return RTE_IOVA_DC;
}

int
eal_bus_cleanup(void)
{
	struct rte_bus *bus;
	int ret = 0;

	TAILQ_FOREACH(bus, &bus_list, next) {
		if (bus->cleanup == NULL)
			continue;
		if (bus->cleanup() != 0) {
			EAL_LOG(ERR, "cleanup of the %s bus failed\n", bus->name);
			ret = -1;
		}
	}
	return ret;
}

/* Was every device named with --vdev/-a probed? Fails naming the first
 * that was not (the bus logged why). */
static int
cmp_devargs(const struct rte_device *d, const void *da)
{
	const struct rte_devargs *devargs = da;

	if (d->devargs == devargs)
		return 0;
	return strcmp(d->name, devargs->name);
}

int
eal_probe_check_explicit(void)
{
	struct rte_devargs *da;
	struct rte_device *dev;

	RTE_EAL_DEVARGS_FOREACH(NULL, da) {
		if (da->type == RTE_DEVTYPE_BLOCKED || da->bus == NULL)
			continue;
		if (strcmp(da->bus->name, "pci") == 0 && !rte_eal_has_pci())
			continue;
		dev = da->bus->find_device(NULL, cmp_devargs, da);
		if (dev == NULL) {
			EAL_LOG(ERR, "device '%s' given with %s was not found "
				"on the %s bus\n", da->name,
				da->type == RTE_DEVTYPE_VIRTUAL ? "--vdev" : "-a",
				da->bus->name);
			return -1;
		}
		if (dev->driver == NULL) {
			EAL_LOG(ERR, "device '%s' given with %s could not be "
				"probed (see the message above)\n", da->name,
				da->type == RTE_DEVTYPE_VIRTUAL ? "--vdev" : "-a");
			return -1;
		}
	}
	return 0;
}
