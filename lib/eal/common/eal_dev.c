/* SPDX-License-Identifier: BSD-3-Clause */
/* Device accessors, hot-plug through the buses, device event callbacks. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>

#include <bus_driver.h>
#include <dev_driver.h>
#include <rte_common.h>
#include <rte_dev.h>
#include <rte_devargs.h>
#include <rte_errno.h>

#include "eal_private.h"

const char *rte_dev_name(const struct rte_device *dev) { return dev->name; }
const char *rte_dev_bus_info(const struct rte_device *dev) { return dev->bus_info; }
const struct rte_bus *rte_dev_bus(const struct rte_device *dev) { return dev->bus; }
const struct rte_devargs *rte_dev_devargs(const struct rte_device *dev) { return dev->devargs; }
const struct rte_driver *rte_dev_driver(const struct rte_device *dev) { return dev->driver; }
int rte_dev_numa_node(const struct rte_device *dev) { return dev->numa_node; }
int rte_dev_is_probed(const struct rte_device *dev) { return dev->driver != NULL; }

static int
cmp_dev_name(const struct rte_device *dev, const void *name)
{
	return strcmp(dev->name, name);
}

int
rte_dev_probe(const char *devargs)
{
	struct rte_devargs *da;
	struct rte_device *dev;
	struct rte_bus *bus;
	int ret;

	if (devargs == NULL)
		return -EINVAL;
	da = calloc(1, sizeof(*da));
	if (da == NULL)
		return -ENOMEM;
	ret = rte_devargs_parse(da, devargs);
	if (ret != 0) {
		if (ret == -ENODEV)
			EAL_LOG(ERR, "hot-plug '%s': no bus recognises the "
				"device name\n", devargs);
		free(da);
		return ret;
	}
	bus = da->bus;
	if (bus->plug == NULL) {
		EAL_LOG(ERR, "hot-plug '%s': the %s bus does not support "
			"hot-plug\n", devargs, bus->name);
		rte_devargs_reset(da);
		free(da);
		return -ENOTSUP;
	}
	da->type = RTE_DEVTYPE_VIRTUAL;
	if (strcmp(bus->name, "vdev") != 0)
		da->type = RTE_DEVTYPE_ALLOWED;
	ret = rte_devargs_insert(&da);
	if (ret != 0)
		return ret;
	/* the bus creates or refreshes the device from the devargs */
	ret = bus->scan();
	if (ret != 0) {
		EAL_LOG(ERR, "hot-plug '%s': scan of the %s bus failed\n",
			devargs, bus->name);
		goto fail;
	}
	dev = bus->find_device(NULL, cmp_dev_name, da->name);
	if (dev == NULL) {
		EAL_LOG(ERR, "hot-plug '%s': no such device on the %s bus\n",
			devargs, bus->name);
		ret = -ENODEV;
		goto fail;
	}
	if (dev->driver != NULL) {
		EAL_LOG(ERR, "hot-plug '%s': device already probed\n", devargs);
		return -EEXIST;
	}
	ret = bus->plug(dev);
	if (ret != 0) {
		EAL_LOG(ERR, "hot-plug '%s': driver probe failed: %s\n",
			devargs, strerror(ret < 0 ? -ret : ret));
		goto fail;
	}
	return 0;
fail:
	rte_devargs_remove(da);
	return ret < 0 ? ret : -ret;
}

int
rte_dev_remove(struct rte_device *dev)
{
	struct rte_bus *bus;
	int ret;

	if (dev == NULL)
		return -EINVAL;
	bus = rte_bus_find_by_device(dev);
	if (bus == NULL || bus->unplug == NULL) {
		EAL_LOG(ERR, "hot-unplug '%s': its bus does not support it\n",
			dev->name);
		return -ENOTSUP;
	}
	if (dev->driver == NULL) {
		EAL_LOG(ERR, "hot-unplug '%s': device is not probed\n",
			dev->name);
		return -ENOENT;
	}
	ret = bus->unplug(dev);
	if (ret != 0)
		EAL_LOG(ERR, "hot-unplug failed: %s\n",
			strerror(ret < 0 ? -ret : ret));
	return ret;
}

int
rte_eal_hotplug_add(const char *busname, const char *devname,
	const char *drvargs)
{
	char *s;
	int ret;

	if (busname == NULL || devname == NULL)
		return -EINVAL;
	if (asprintf(&s, "%s:%s%s%s", busname, devname,
			drvargs && *drvargs ? "," : "",
			drvargs ? drvargs : "") < 0)
		return -ENOMEM;
	ret = rte_dev_probe(s);
	free(s);
	return ret;
}

int
rte_eal_hotplug_remove(const char *busname, const char *devname)
{
	struct rte_bus *bus;
	struct rte_device *dev;

	if (busname == NULL || devname == NULL)
		return -EINVAL;
	bus = rte_bus_find_by_name(busname);
	if (bus == NULL) {
		EAL_LOG(ERR, "hot-unplug: no bus named '%s'\n", busname);
		return -ENOENT;
	}
	dev = bus->find_device(NULL, cmp_dev_name, devname);
	if (dev == NULL) {
		EAL_LOG(ERR, "hot-unplug: no device '%s' on the %s bus\n",
			devname, busname);
		return -EINVAL;
	}
	return rte_dev_remove(dev);
}

int
rte_dev_dma_map(struct rte_device *dev, void *addr, uint64_t iova, size_t len)
{
	const struct rte_bus *bus;

	if (dev == NULL || addr == NULL || len == 0) {
		rte_errno = EINVAL;
		return -1;
	}
	bus = dev->bus;
	if (bus == NULL || bus->dma_map == NULL) {
		rte_errno = ENOTSUP;
		return -1;
	}
	return bus->dma_map(dev, addr, iova, len);
}

int
rte_dev_dma_unmap(struct rte_device *dev, void *addr, uint64_t iova,
	size_t len)
{
	const struct rte_bus *bus;

	if (dev == NULL || addr == NULL || len == 0) {
		rte_errno = EINVAL;
		return -1;
	}
	bus = dev->bus;
	if (bus == NULL || bus->dma_unmap == NULL) {
		rte_errno = ENOTSUP;
		return -1;
	}
	return bus->dma_unmap(dev, addr, iova, len);
}

/* --- device event callbacks ------------------------------------------------ */

struct dev_event_cb {
	TAILQ_ENTRY(dev_event_cb) next;
	char *dev_name;		/* NULL: every device */
	rte_dev_event_cb_fn cb_fn;
	void *cb_arg;
};

static TAILQ_HEAD(, dev_event_cb) dev_event_cbs =
	TAILQ_HEAD_INITIALIZER(dev_event_cbs);
static pthread_mutex_t dev_event_lock = PTHREAD_MUTEX_INITIALIZER;

static bool
same_name(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

int
rte_dev_event_callback_register(const char *device_name,
	rte_dev_event_cb_fn cb_fn, void *cb_arg)
{
	struct dev_event_cb *cb;

	if (cb_fn == NULL)
		return -EINVAL;
	pthread_mutex_lock(&dev_event_lock);
	TAILQ_FOREACH(cb, &dev_event_cbs, next)
		if (cb->cb_fn == cb_fn && cb->cb_arg == cb_arg &&
		    same_name(cb->dev_name, device_name)) {
			pthread_mutex_unlock(&dev_event_lock);
			return -EEXIST;
		}
	cb = calloc(1, sizeof(*cb));
	if (cb == NULL || (device_name != NULL &&
			(cb->dev_name = strdup(device_name)) == NULL)) {
		free(cb);
		pthread_mutex_unlock(&dev_event_lock);
		return -ENOMEM;
	}
	cb->cb_fn = cb_fn;
	cb->cb_arg = cb_arg;
	TAILQ_INSERT_TAIL(&dev_event_cbs, cb, next);
	pthread_mutex_unlock(&dev_event_lock);
	return 0;
}

int
rte_dev_event_callback_unregister(const char *device_name,
	rte_dev_event_cb_fn cb_fn, void *cb_arg)
{
	struct dev_event_cb *cb, *tmp;
	int n = 0;

	if (cb_fn == NULL)
		return -EINVAL;
	pthread_mutex_lock(&dev_event_lock);
	for (cb = TAILQ_FIRST(&dev_event_cbs); cb != NULL; cb = tmp) {
		tmp = TAILQ_NEXT(cb, next);
		if (cb->cb_fn != cb_fn || !same_name(cb->dev_name, device_name))
			continue;
		if (cb_arg != (void *)-1 && cb->cb_arg != cb_arg)
			continue;
		TAILQ_REMOVE(&dev_event_cbs, cb, next);
		free(cb->dev_name);
		free(cb);
		n++;
	}
	pthread_mutex_unlock(&dev_event_lock);
	return n > 0 ? n : -ENOENT;
}

void
rte_dev_event_callback_process(const char *device_name,
	enum rte_dev_event_type event)
{
	struct dev_event_cb *cb;

	if (device_name == NULL)
		return;
	pthread_mutex_lock(&dev_event_lock);
	TAILQ_FOREACH(cb, &dev_event_cbs, next)
		if (cb->dev_name == NULL || strcmp(cb->dev_name, device_name) == 0)
			cb->cb_fn(device_name, event, cb->cb_arg);
	pthread_mutex_unlock(&dev_event_lock);
}

void
eal_dev_cleanup(void)
{
	struct dev_event_cb *cb;

	pthread_mutex_lock(&dev_event_lock);
	while ((cb = TAILQ_FIRST(&dev_event_cbs)) != NULL) {
		TAILQ_REMOVE(&dev_event_cbs, cb, next);
		free(cb->dev_name);
		free(cb);
	}
	pthread_mutex_unlock(&dev_event_lock);
}
