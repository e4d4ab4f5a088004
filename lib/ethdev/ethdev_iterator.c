/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Iteration over the ports of a device named by a devargs string
 * (RTE_ETH_FOREACH_MATCHING_DEV), e.g. after rte_dev_probe(devargs).
 *
 * The device part of the string is matched (driver arguments after the
 * first ',' and a "bus:" prefix are ignored) against the rte_device name
 * and the port name, so "net_ring0,nodeaction=..." and "vdev:net_ring0"
 * find the port of net_ring0. DPDK's "class=eth,mac=..." filter syntax is
 * not supported (-ENOTSUP).
 */
#include <stdlib.h>
#include <string.h>

#include <bus_driver.h>

#include "ethdev_private.h"

/* The iterator keeps the next port to look at in class_device. */
#define ITER_POS(it) ((uintptr_t)(it)->class_device)

int
rte_eth_iterator_init(struct rte_dev_iterator *iter, const char *devargs)
{
	const char *name, *colon;
	char *dup;

	ETH_ARG_OR_RET(iter != NULL && devargs != NULL && devargs[0] != '\0',
		-EINVAL, "NULL iterator or empty devargs\n");
	memset(iter, 0, sizeof(*iter));
	if (strncmp(devargs, "class=", 6) == 0 || strstr(devargs, "/class=")) {
		RTE_ETHDEV_LOG(ERR, "devargs \"%s\": class filters are not "
			"supported, name the device (e.g. net_ring0)\n", devargs);
		return -ENOTSUP;
	}
	name = devargs;
	colon = strchr(devargs, ':');
	if (colon != NULL) {
		char bus[32];
		size_t len = (size_t)(colon - devargs);

		if (len < sizeof(bus)) {
			memcpy(bus, devargs, len);
			bus[len] = '\0';
			if (rte_bus_find_by_name(bus) != NULL)
				name = colon + 1;	/* "vdev:net_ring0" */
		}
	}
	dup = strndup(name, strcspn(name, ","));
	if (dup == NULL)
		return -ENOMEM;
	iter->dev_str = dup;
	iter->class_device = (void *)(uintptr_t)0;
	return 0;
}

uint16_t
rte_eth_iterator_next(struct rte_dev_iterator *iter)
{
	uint16_t p;

	if (iter == NULL || iter->dev_str == NULL)
		return RTE_MAX_ETHPORTS;
	for (p = rte_eth_find_next((uint16_t)ITER_POS(iter));
			p < RTE_MAX_ETHPORTS; p = rte_eth_find_next(p + 1)) {
		const struct rte_eth_dev *dev = &rte_eth_devices[p];

		if ((dev->device != NULL && dev->device->name != NULL &&
				strcmp(dev->device->name, iter->dev_str) == 0) ||
				strcmp(dev->data->name, iter->dev_str) == 0) {
			iter->class_device = (void *)(uintptr_t)(p + 1);
			return p;
		}
	}
	rte_eth_iterator_cleanup(iter);	/* as DPDK: done, nothing to free */
	return RTE_MAX_ETHPORTS;
}

void
rte_eth_iterator_cleanup(struct rte_dev_iterator *iter)
{
	if (iter == NULL)
		return;
	free((void *)(uintptr_t)iter->dev_str);
	memset(iter, 0, sizeof(*iter));
}
