/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The virtual device bus. Devices come from the "vdev" devargs the EAL
 * collected (--vdev), from rte_vdev_init() and from hot-plug
 * (rte_dev_probe("net_ring0,...")). A device is bound to the driver whose
 * name or alias is the longest prefix of the device name.
 *
 * Locking: one recursive mutex guards the device list, so a driver's
 * probe()/remove() may itself create or remove virtual devices.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_eal.h>
#include <rte_memory.h>
#include <rte_devargs.h>
#include <bus_driver.h>

#include "bus_vdev_driver.h"

RTE_LOG_REGISTER(vdev_logtype, bus.vdev, NOTICE);
#define VDEV_LOG(level, fmt, ...) \
	rte_log(RTE_LOG_ ## level, vdev_logtype, "vdev: " fmt "\n", ##__VA_ARGS__)

TAILQ_HEAD(vdev_driver_list, rte_vdev_driver);
TAILQ_HEAD(vdev_device_list, rte_vdev_device);

static struct vdev_driver_list vdev_drivers =
	TAILQ_HEAD_INITIALIZER(vdev_drivers);
static struct vdev_device_list vdev_devices =
	TAILQ_HEAD_INITIALIZER(vdev_devices);
static pthread_mutex_t vdev_lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;

struct vdev_custom_scan {
	TAILQ_ENTRY(vdev_custom_scan) next;
	rte_vdev_scan_callback callback;
	void *user_arg;
};
TAILQ_HEAD(vdev_custom_scans, vdev_custom_scan);
static struct vdev_custom_scans vdev_scans = TAILQ_HEAD_INITIALIZER(vdev_scans);
static pthread_mutex_t vdev_scan_lock = PTHREAD_MUTEX_INITIALIZER;

static struct rte_bus rte_vdev_bus;

void
rte_vdev_register(struct rte_vdev_driver *driver)
{
	TAILQ_INSERT_TAIL(&vdev_drivers, driver, next);
}

void
rte_vdev_unregister(struct rte_vdev_driver *driver)
{
	TAILQ_REMOVE(&vdev_drivers, driver, next);
}

/* Length of name if it is a prefix of devname, else 0. */
static size_t
prefix_len(const char *name, const char *devname)
{
	size_t len;

	if (name == NULL)
		return 0;
	len = strlen(name);
	return strncmp(name, devname, len) == 0 ? len : 0;
}

/* The driver whose name or alias is the longest prefix of devname. */
static struct rte_vdev_driver *
vdev_find_driver(const char *devname)
{
	struct rte_vdev_driver *drv, *best = NULL;
	size_t best_len = 0, len;

	TAILQ_FOREACH(drv, &vdev_drivers, next) {
		len = RTE_MAX(prefix_len(drv->driver.name, devname),
			      prefix_len(drv->driver.alias, devname));
		if (len > best_len) {
			best_len = len;
			best = drv;
		}
	}
	return best;
}

/* "net_ring (eth_ring), net_pcap (eth_pcap)" for error messages. */
static void
vdev_driver_names(char *buf, size_t size)
{
	struct rte_vdev_driver *drv;
	size_t off = 0;
	int n;

	buf[0] = '\0';
	TAILQ_FOREACH(drv, &vdev_drivers, next) {
		if (off >= size)
			break;
		n = snprintf(buf + off, size - off, "%s%s%s%s%s",
			     off ? ", " : "", drv->driver.name,
			     drv->driver.alias ? " (" : "",
			     drv->driver.alias ? drv->driver.alias : "",
			     drv->driver.alias ? ")" : "");
		if (n < 0)
			break;
		off += (size_t)n;
	}
}

static struct rte_vdev_device *
vdev_find_device(const char *name)
{
	struct rte_vdev_device *dev;

	TAILQ_FOREACH(dev, &vdev_devices, next)
		if (strcmp(dev->device.name, name) == 0)
			return dev;
	return NULL;
}

/* Bind dev to its driver. 0 on success (or already bound), <0 errno. */
static int
vdev_probe_one(struct rte_vdev_device *dev)
{
	const char *name = rte_vdev_device_name(dev);
	struct rte_vdev_driver *drv;
	char known[256];
	int ret;

	if (dev->device.driver != NULL)
		return 0;
	drv = vdev_find_driver(name);
	if (drv == NULL) {
		vdev_driver_names(known, sizeof(known));
		VDEV_LOG(ERR, "no driver for virtual device '%s': its name must start with a driver name (known: %s)",
			 name, known[0] ? known : "none");
		return -ENOENT;
	}
	VDEV_LOG(DEBUG, "probing '%s' with driver %s", name, drv->driver.name);
	ret = drv->probe(dev);
	if (ret != 0) {
		VDEV_LOG(ERR, "driver %s failed to probe virtual device '%s' (args '%s'): %s",
			 drv->driver.name, name, rte_vdev_device_args(dev),
			 strerror(ret < 0 ? -ret : EINVAL));
		return ret < 0 ? ret : -EINVAL;
	}
	dev->device.driver = &drv->driver;
	return 0;
}

static struct rte_vdev_device *
vdev_new_device(struct rte_devargs *da)
{
	struct rte_vdev_device *dev = calloc(1, sizeof(*dev));

	if (dev == NULL)
		return NULL;
	dev->device.bus = &rte_vdev_bus;
	dev->device.devargs = da;
	dev->device.name = da->name;
	dev->device.numa_node = SOCKET_ID_ANY;
	TAILQ_INSERT_TAIL(&vdev_devices, dev, next);
	return dev;
}

/* A devargs for the vdev bus, owned by the EAL's list once inserted. */
static struct rte_devargs *
vdev_new_devargs(const char *name, const char *args)
{
	struct rte_devargs *da;

	if (strlen(name) >= sizeof(da->name)) {
		VDEV_LOG(ERR, "virtual device name '%s' is too long (at most %zu characters)",
			 name, sizeof(da->name) - 1);
		return NULL;
	}
	da = calloc(1, sizeof(*da));
	if (da == NULL)
		return NULL;
	da->type = RTE_DEVTYPE_VIRTUAL;
	da->policy = RTE_DEV_ALLOWED;
	da->bus = &rte_vdev_bus;
	da->bus_str = NULL;
	da->data = strdup(args != NULL ? args : "");
	if (da->data == NULL) {
		free(da);
		return NULL;
	}
	da->args = da->data;
	strcpy(da->name, name);
	return da;
}

int
rte_vdev_init(const char *name, const char *args)
{
	struct rte_vdev_device *dev;
	struct rte_devargs *da;
	int ret;

	if (name == NULL || name[0] == '\0') {
		VDEV_LOG(ERR, "rte_vdev_init: no device name given");
		return -EINVAL;
	}
	pthread_mutex_lock(&vdev_lock);
	if (vdev_find_device(name) != NULL) {
		VDEV_LOG(ERR, "virtual device '%s' already exists; remove it first or pick another name",
			 name);
		ret = -EEXIST;
		goto out;
	}
	da = vdev_new_devargs(name, args);
	if (da == NULL) {
		ret = -EINVAL;
		goto out;
	}
	ret = rte_devargs_insert(&da);
	if (ret != 0) {
		rte_devargs_reset(da);
		free(da);
		goto out;
	}
	dev = vdev_new_device(da);
	if (dev == NULL) {
		rte_devargs_remove(da);
		ret = -ENOMEM;
		goto out;
	}
	ret = vdev_probe_one(dev);
	if (ret != 0) {
		TAILQ_REMOVE(&vdev_devices, dev, next);
		rte_devargs_remove(da);
		free(dev);
	}
out:
	pthread_mutex_unlock(&vdev_lock);
	return ret;
}

int
rte_vdev_uninit(const char *name)
{
	struct rte_vdev_device *dev;
	const struct rte_vdev_driver *drv;
	int ret = 0;

	if (name == NULL)
		return -EINVAL;
	pthread_mutex_lock(&vdev_lock);
	dev = vdev_find_device(name);
	if (dev == NULL) {
		VDEV_LOG(ERR, "no virtual device named '%s'", name);
		ret = -ENOENT;
		goto out;
	}
	if (dev->device.driver != NULL) {
		drv = RTE_DRV_TO_VDRV_CONST(dev->device.driver);
		ret = drv->remove(dev);
		if (ret != 0) {
			VDEV_LOG(ERR, "driver %s failed to remove '%s'",
				 drv->driver.name, name);
			goto out;
		}
		dev->device.driver = NULL;
	}
	TAILQ_REMOVE(&vdev_devices, dev, next);
	if (dev->device.devargs != NULL)
		rte_devargs_remove(dev->device.devargs);
	free(dev);
out:
	pthread_mutex_unlock(&vdev_lock);
	return ret;
}

int
rte_vdev_add_custom_scan(rte_vdev_scan_callback callback, void *user_arg)
{
	struct vdev_custom_scan *s;

	s = calloc(1, sizeof(*s));
	if (s == NULL)
		return -ENOMEM;
	s->callback = callback;
	s->user_arg = user_arg;
	pthread_mutex_lock(&vdev_scan_lock);
	TAILQ_INSERT_TAIL(&vdev_scans, s, next);
	pthread_mutex_unlock(&vdev_scan_lock);
	return 0;
}

int
rte_vdev_remove_custom_scan(rte_vdev_scan_callback callback, void *user_arg)
{
	struct vdev_custom_scan *s, *tmp;

	pthread_mutex_lock(&vdev_scan_lock);
	for (s = TAILQ_FIRST(&vdev_scans); s != NULL; s = tmp) {
		tmp = TAILQ_NEXT(s, next);
		if (s->callback != callback ||
		    (s->user_arg != user_arg && user_arg != (void *)-1))
			continue;
		TAILQ_REMOVE(&vdev_scans, s, next);
		free(s);
	}
	pthread_mutex_unlock(&vdev_scan_lock);
	return 0;
}

/* bus->scan: one device per vdev devargs not seen yet. */
static int
vdev_scan(void)
{
	struct vdev_custom_scan *s;
	struct rte_devargs *da;
	int ret = 0;

	pthread_mutex_lock(&vdev_scan_lock);
	TAILQ_FOREACH(s, &vdev_scans, next)
		s->callback(s->user_arg);
	pthread_mutex_unlock(&vdev_scan_lock);

	pthread_mutex_lock(&vdev_lock);
	RTE_EAL_DEVARGS_FOREACH("vdev", da) {
		if (vdev_find_device(da->name) != NULL)
			continue;
		if (vdev_new_device(da) == NULL) {
			VDEV_LOG(ERR, "out of memory adding virtual device '%s'",
				 da->name);
			ret = -ENOMEM;
			break;
		}
	}
	pthread_mutex_unlock(&vdev_lock);
	return ret;
}

/* bus->probe: bind every device not bound yet; fail if any fails. */
static int
vdev_probe(void)
{
	struct rte_vdev_device *dev;
	int ret = 0;

	pthread_mutex_lock(&vdev_lock);
	TAILQ_FOREACH(dev, &vdev_devices, next) {
		if (vdev_probe_one(dev) != 0) {
			VDEV_LOG(ERR, "failed to initialize virtual device '%s'",
				 dev->device.name);
			ret = -1;
		}
	}
	pthread_mutex_unlock(&vdev_lock);
	return ret;
}

static struct rte_device *
vdev_bus_find_device(const struct rte_device *start, rte_dev_cmp_t cmp,
		     const void *data)
{
	const struct rte_vdev_device *vstart;
	struct rte_vdev_device *dev;
	struct rte_device *found = NULL;

	pthread_mutex_lock(&vdev_lock);
	if (start != NULL) {
		vstart = RTE_DEV_TO_VDEV_CONST(start);
		dev = TAILQ_NEXT(vstart, next);
	} else {
		dev = TAILQ_FIRST(&vdev_devices);
	}
	for (; dev != NULL; dev = TAILQ_NEXT(dev, next)) {
		if (cmp(&dev->device, data) == 0) {
			found = &dev->device;
			break;
		}
	}
	pthread_mutex_unlock(&vdev_lock);
	return found;
}

/*
 * Hot-plug probe. On failure the EAL drops the devargs it inserted, so the
 * device (which points into them) goes too; the next hot-plug of the same
 * name starts afresh.
 */
static int
vdev_plug(struct rte_device *dev)
{
	struct rte_vdev_device *vdev = RTE_DEV_TO_VDEV(dev);
	int ret;

	pthread_mutex_lock(&vdev_lock);
	ret = vdev_probe_one(vdev);
	if (ret != 0) {
		TAILQ_REMOVE(&vdev_devices, vdev, next);
		free(vdev);
	}
	pthread_mutex_unlock(&vdev_lock);
	return ret;
}

static int
vdev_unplug(struct rte_device *dev)
{
	return rte_vdev_uninit(dev->name);
}

/* bus->parse: a vdev name is one that some driver's name or alias prefixes. */
static int
vdev_parse(const char *name, void *addr)
{
	const struct rte_vdev_driver *drv = vdev_find_driver(name);

	if (addr != NULL)
		*(const struct rte_vdev_driver **)addr = drv;
	return drv == NULL;
}

static int
vdev_dma_map(struct rte_device *dev, void *addr, uint64_t iova, size_t len)
{
	const struct rte_vdev_driver *drv;

	if (dev->driver == NULL) {
		VDEV_LOG(ERR, "cannot DMA-map for '%s': no driver bound", dev->name);
		return -EINVAL;
	}
	drv = RTE_DRV_TO_VDRV_CONST(dev->driver);
	if (drv->dma_map == NULL)
		return 0;	/* nothing to map: the device is software */
	return drv->dma_map(RTE_DEV_TO_VDEV(dev), addr, iova, len);
}

static int
vdev_dma_unmap(struct rte_device *dev, void *addr, uint64_t iova, size_t len)
{
	const struct rte_vdev_driver *drv;

	if (dev->driver == NULL) {
		VDEV_LOG(ERR, "cannot DMA-unmap for '%s': no driver bound",
			 dev->name);
		return -EINVAL;
	}
	drv = RTE_DRV_TO_VDRV_CONST(dev->driver);
	if (drv->dma_unmap == NULL)
		return 0;
	return drv->dma_unmap(RTE_DEV_TO_VDEV(dev), addr, iova, len);
}

/* VA mode only if a driver of a present device asks for it. */
static enum rte_iova_mode
vdev_get_iommu_class(void)
{
	struct rte_vdev_device *dev;
	const struct rte_vdev_driver *drv;
	enum rte_iova_mode mode = RTE_IOVA_DC;

	pthread_mutex_lock(&vdev_lock);
	TAILQ_FOREACH(dev, &vdev_devices, next) {
		drv = vdev_find_driver(dev->device.name);
		if (drv != NULL && (drv->drv_flags & RTE_VDEV_DRV_NEED_IOVA_AS_VA))
			mode = RTE_IOVA_VA;
	}
	pthread_mutex_unlock(&vdev_lock);
	return mode;
}

/* rte_eal_cleanup: remove every device; the EAL frees the devargs. */
static int
vdev_cleanup(void)
{
	struct rte_vdev_device *dev;
	const struct rte_vdev_driver *drv;
	int ret = 0;

	pthread_mutex_lock(&vdev_lock);
	while ((dev = TAILQ_FIRST(&vdev_devices)) != NULL) {
		if (dev->device.driver != NULL) {
			drv = RTE_DRV_TO_VDRV_CONST(dev->device.driver);
			if (drv->remove(dev) != 0)
				ret = -1;
		}
		TAILQ_REMOVE(&vdev_devices, dev, next);
		free(dev);
	}
	pthread_mutex_unlock(&vdev_lock);
	return ret;
}

static struct rte_bus rte_vdev_bus = {
	.scan = vdev_scan,
	.probe = vdev_probe,
	.find_device = vdev_bus_find_device,
	.plug = vdev_plug,
	.unplug = vdev_unplug,
	.parse = vdev_parse,
	.dma_map = vdev_dma_map,
	.dma_unmap = vdev_dma_unmap,
	.get_iommu_class = vdev_get_iommu_class,
	.cleanup = vdev_cleanup,
};

RTE_REGISTER_BUS(vdev, rte_vdev_bus);
