/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Port registry: allocation and release of port slots, lookup by name and
 * device, iteration, ownership.
 */
#include <string.h>
#include <stdlib.h>
#include <pthread.h>
#include <inttypes.h>

#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_memzone.h>
#include <rte_errno.h>

#include "ethdev_private.h"

RTE_LOG_REGISTER(rte_eth_dev_logtype, lib.ethdev, INFO);

struct rte_eth_dev rte_eth_devices[RTE_MAX_ETHPORTS];
static struct rte_eth_dev_data eth_dev_data[RTE_MAX_ETHPORTS];
rte_spinlock_t eth_dev_ports_lock = RTE_SPINLOCK_INITIALIZER;
/* Ops of a port whose PMD has set none yet: every op is "not supported",
 * so no code path needs to check dev_ops itself for NULL. */
static const struct eth_dev_ops eth_dev_no_ops;
/* Next owner id; 0 is RTE_ETH_DEV_NO_OWNER. */
static uint64_t eth_dev_next_owner_id = 1;

RTE_INIT(eth_dev_init)
{
	uint16_t i;

	for (i = 0; i < RTE_MAX_ETHPORTS; i++) {
		eth_dev_callbacks_init(&rte_eth_devices[i]);
		eth_dev_fp_ops_reset(i);
		rte_eth_devices[i].dev_ops = &eth_dev_no_ops;
	}
}

const char *
eth_dev_driver_name(const struct rte_eth_dev *dev)
{
	if (dev->device != NULL && dev->device->driver != NULL &&
			dev->device->driver->name != NULL)
		return dev->device->driver->name;
	return "?";
}

int
eth_err(uint16_t port_id, int ret)
{
	if (ret == 0)
		return 0;
	if (rte_eth_dev_is_removed(port_id))
		return -EIO;
	return ret;
}

int
rte_eth_dev_is_valid_port(uint16_t port_id)
{
	/* acquire: pairs with the release in allocate, data is initialised */
	return port_id < RTE_MAX_ETHPORTS &&
		__atomic_load_n(&rte_eth_devices[port_id].state,
			__ATOMIC_ACQUIRE) != RTE_ETH_DEV_UNUSED;
}

static struct rte_eth_dev *
eth_dev_find_by_name(const char *name)
{
	uint16_t i;

	for (i = 0; i < RTE_MAX_ETHPORTS; i++)
		if (rte_eth_devices[i].state != RTE_ETH_DEV_UNUSED &&
				strcmp(eth_dev_data[i].name, name) == 0)
			return &rte_eth_devices[i];
	return NULL;
}

struct rte_eth_dev *
rte_eth_dev_allocated(const char *name)
{
	struct rte_eth_dev *dev;

	if (name == NULL)
		return NULL;
	rte_spinlock_lock(&eth_dev_ports_lock);
	dev = eth_dev_find_by_name(name);
	rte_spinlock_unlock(&eth_dev_ports_lock);
	return dev;
}

struct rte_eth_dev *
rte_eth_dev_allocate(const char *name)
{
	struct rte_eth_dev *dev = NULL;
	size_t len;
	uint16_t i;

	if (name == NULL || (len = strnlen(name, RTE_ETH_NAME_MAX_LEN)) == 0 ||
			len >= RTE_ETH_NAME_MAX_LEN) {
		RTE_ETHDEV_LOG(ERR, "port name must be 1 to %d characters\n",
			RTE_ETH_NAME_MAX_LEN - 1);
		return NULL;
	}
	rte_spinlock_lock(&eth_dev_ports_lock);
	if (eth_dev_find_by_name(name) != NULL) {
		RTE_ETHDEV_LOG(ERR, "port name %s already allocated\n", name);
		goto out;
	}
	for (i = 0; i < RTE_MAX_ETHPORTS; i++)
		if (rte_eth_devices[i].state == RTE_ETH_DEV_UNUSED)
			break;
	if (i == RTE_MAX_ETHPORTS) {
		RTE_ETHDEV_LOG(ERR, "cannot allocate port %s: all %d ports in use "
			"(rebuild with a larger -Dmax_ethports)\n",
			name, RTE_MAX_ETHPORTS);
		goto out;
	}
	dev = &rte_eth_devices[i];
	dev->data = &eth_dev_data[i];
	memset(dev->data, 0, sizeof(*dev->data));
	snprintf(dev->data->name, sizeof(dev->data->name), "%s", name);
	dev->data->port_id = i;
	dev->data->mtu = RTE_ETHER_MTU;
	dev->data->numa_node = SOCKET_ID_ANY;
	dev->data->backer_port_id = RTE_MAX_ETHPORTS;
	dev->dev_ops = &eth_dev_no_ops;
	pthread_mutex_init(&dev->data->flow_ops_mutex, NULL);
	/* release: the data above is visible before the port is valid */
	__atomic_store_n(&dev->state, RTE_ETH_DEV_ATTACHED, __ATOMIC_RELEASE);
out:
	rte_spinlock_unlock(&eth_dev_ports_lock);
	return dev;
}

void
rte_eth_dev_probing_finish(struct rte_eth_dev *dev)
{
	if (dev == NULL)
		return;
	if (dev->device != NULL && dev->data->numa_node == SOCKET_ID_ANY)
		dev->data->numa_node = dev->device->numa_node;
	rte_eth_dev_callback_process(dev, RTE_ETH_EVENT_NEW, NULL);
	__atomic_store_n(&dev->state, RTE_ETH_DEV_ATTACHED, __ATOMIC_RELEASE);
}

int
rte_eth_dev_release_port(struct rte_eth_dev *dev)
{
	if (dev == NULL || dev < rte_eth_devices ||
			dev >= rte_eth_devices + RTE_MAX_ETHPORTS) {
		RTE_ETHDEV_LOG(ERR, "cannot release: not a port\n");
		return -EINVAL;
	}
	if (dev->state == RTE_ETH_DEV_UNUSED)
		return 0;
	rte_eth_dev_callback_process(dev, RTE_ETH_EVENT_DESTROY, NULL);
	eth_dev_fp_ops_reset(dev->data->port_id);

	rte_spinlock_lock(&eth_dev_ports_lock);
	__atomic_store_n(&dev->state, RTE_ETH_DEV_UNUSED, __ATOMIC_RELEASE);
	eth_dev_free_rxtx_callbacks(dev);
	free(dev->data->rx_queues);
	free(dev->data->tx_queues);
	rte_free(dev->data->dev_private);
	rte_free(dev->data->mac_addrs);
	rte_free(dev->data->hash_mac_addrs);
	pthread_mutex_destroy(&dev->data->flow_ops_mutex);
	memset(dev->data, 0, sizeof(*dev->data));
	dev->device = NULL;
	dev->process_private = NULL;
	dev->intr_handle = NULL;
	dev->dev_ops = &eth_dev_no_ops;
	dev->rx_pkt_burst = NULL;
	dev->tx_pkt_burst = NULL;
	dev->tx_pkt_prepare = NULL;
	dev->rx_queue_count = NULL;
	dev->rx_descriptor_status = NULL;
	dev->tx_descriptor_status = NULL;
	dev->security_ctx = NULL;
	rte_spinlock_unlock(&eth_dev_ports_lock);
	return 0;
}

int
rte_eth_dev_is_removed(uint16_t port_id)
{
	struct rte_eth_dev *dev;
	int ret;

	if (!rte_eth_dev_is_valid_port(port_id))
		return 0;
	dev = &rte_eth_devices[port_id];
	if (dev->state == RTE_ETH_DEV_REMOVED)
		return 1;
	if (dev->dev_ops == NULL || dev->dev_ops->is_removed == NULL)
		return 0;
	ret = dev->dev_ops->is_removed(dev);
	if (ret != 0)
		dev->state = RTE_ETH_DEV_REMOVED;
	return ret;
}

uint16_t
rte_eth_find_next(uint16_t port_id)
{
	while (port_id < RTE_MAX_ETHPORTS &&
			rte_eth_devices[port_id].state == RTE_ETH_DEV_UNUSED)
		port_id++;
	return port_id < RTE_MAX_ETHPORTS ? port_id : RTE_MAX_ETHPORTS;
}

uint64_t
rte_eth_find_next_owned_by(uint16_t port_id, const uint64_t owner_id)
{
	port_id = rte_eth_find_next(port_id);
	while (port_id < RTE_MAX_ETHPORTS &&
			rte_eth_devices[port_id].data->owner.id != owner_id)
		port_id = rte_eth_find_next(port_id + 1);
	return port_id;
}

uint16_t
rte_eth_find_next_of(uint16_t port_id, const struct rte_device *parent)
{
	port_id = rte_eth_find_next(port_id);
	while (port_id < RTE_MAX_ETHPORTS &&
			rte_eth_devices[port_id].device != parent)
		port_id = rte_eth_find_next(port_id + 1);
	return port_id;
}

uint16_t
rte_eth_find_next_sibling(uint16_t port_id, uint16_t ref_port_id)
{
	ETH_DEV_OR_RET(ref_port_id, RTE_MAX_ETHPORTS);
	return rte_eth_find_next_of(port_id, rte_eth_devices[ref_port_id].device);
}

uint16_t
rte_eth_dev_count_avail(void)
{
	uint16_t p, count = 0;

	RTE_ETH_FOREACH_DEV(p)
		count++;
	return count;
}

uint16_t
rte_eth_dev_count_total(void)
{
	uint16_t p, count = 0;

	for (p = 0; p < RTE_MAX_ETHPORTS; p++)
		if (rte_eth_devices[p].state != RTE_ETH_DEV_UNUSED)
			count++;
	return count;
}

int
rte_eth_dev_get_name_by_port(uint16_t port_id, char *name)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(name != NULL, -EINVAL,
		"port %u: name buffer is NULL\n", port_id);
	rte_spinlock_lock(&eth_dev_ports_lock);
	snprintf(name, RTE_ETH_NAME_MAX_LEN, "%s", eth_dev_data[port_id].name);
	rte_spinlock_unlock(&eth_dev_ports_lock);
	return 0;
}

int
rte_eth_dev_get_port_by_name(const char *name, uint16_t *port_id)
{
	struct rte_eth_dev *dev;

	ETH_ARG_OR_RET(name != NULL && port_id != NULL, -EINVAL,
		"NULL name or port_id pointer\n");
	dev = rte_eth_dev_allocated(name);
	if (dev == NULL) {
		RTE_ETHDEV_LOG(ERR, "no port named %s\n", name);
		return -ENODEV;
	}
	*port_id = dev->data->port_id;
	return 0;
}

int
rte_eth_dev_socket_id(uint16_t port_id)
{
	if (!rte_eth_dev_is_valid_port(port_id)) {
		RTE_ETHDEV_LOG(ERR, "Invalid port_id=%u\n", port_id);
		rte_errno = EINVAL;
		return -1;
	}
	return rte_eth_devices[port_id].data->numa_node;
}

/* --- ownership --------------------------------------------------------- */

int
rte_eth_dev_owner_new(uint64_t *owner_id)
{
	ETH_ARG_OR_RET(owner_id != NULL, -EINVAL, "owner_id pointer is NULL\n");
	rte_spinlock_lock(&eth_dev_ports_lock);
	*owner_id = eth_dev_next_owner_id++;
	rte_spinlock_unlock(&eth_dev_ports_lock);
	return 0;
}

static int
eth_dev_owner_valid(uint64_t id)
{
	return id != RTE_ETH_DEV_NO_OWNER && id < eth_dev_next_owner_id;
}

int
rte_eth_dev_owner_set(const uint16_t port_id,
		const struct rte_eth_dev_owner *owner)
{
	struct rte_eth_dev_owner *cur;
	int ret = 0;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(owner != NULL, -EINVAL, "owner is NULL\n");
	rte_spinlock_lock(&eth_dev_ports_lock);
	cur = &rte_eth_devices[port_id].data->owner;
	if (!eth_dev_owner_valid(owner->id)) {
		RTE_ETHDEV_LOG(ERR, "invalid owner id %" PRIu64
			" (get one with rte_eth_dev_owner_new)\n", owner->id);
		ret = -EINVAL;
	} else if (cur->id != RTE_ETH_DEV_NO_OWNER && cur->id != owner->id) {
		RTE_ETHDEV_LOG(ERR, "port %u already owned by %s_%016" PRIx64 "\n",
			port_id, cur->name, cur->id);
		ret = -EPERM;
	} else {
		cur->id = owner->id;
		snprintf(cur->name, sizeof(cur->name), "%s", owner->name);
	}
	rte_spinlock_unlock(&eth_dev_ports_lock);
	return ret;
}

int
rte_eth_dev_owner_unset(const uint16_t port_id, const uint64_t owner_id)
{
	struct rte_eth_dev_owner *cur;
	int ret = 0;

	ETH_DEV_OR_RET(port_id, -ENODEV);
	rte_spinlock_lock(&eth_dev_ports_lock);
	cur = &rte_eth_devices[port_id].data->owner;
	if (!eth_dev_owner_valid(owner_id) || cur->id != owner_id) {
		RTE_ETHDEV_LOG(ERR, "port %u is not owned by %" PRIu64 "\n",
			port_id, owner_id);
		ret = -EPERM;
	} else {
		memset(cur, 0, sizeof(*cur));
	}
	rte_spinlock_unlock(&eth_dev_ports_lock);
	return ret;
}

int
rte_eth_dev_owner_delete(const uint64_t owner_id)
{
	uint16_t p;

	rte_spinlock_lock(&eth_dev_ports_lock);
	if (!eth_dev_owner_valid(owner_id)) {
		rte_spinlock_unlock(&eth_dev_ports_lock);
		RTE_ETHDEV_LOG(ERR, "invalid owner id %" PRIu64 "\n", owner_id);
		return -EINVAL;
	}
	for (p = 0; p < RTE_MAX_ETHPORTS; p++)
		if (rte_eth_devices[p].state != RTE_ETH_DEV_UNUSED &&
				eth_dev_data[p].owner.id == owner_id)
			memset(&eth_dev_data[p].owner, 0,
				sizeof(eth_dev_data[p].owner));
	rte_spinlock_unlock(&eth_dev_ports_lock);
	return 0;
}

int
rte_eth_dev_owner_get(const uint16_t port_id, struct rte_eth_dev_owner *owner)
{
	ETH_DEV_OR_RET(port_id, -ENODEV);
	ETH_ARG_OR_RET(owner != NULL, -EINVAL, "owner is NULL\n");
	rte_spinlock_lock(&eth_dev_ports_lock);
	*owner = rte_eth_devices[port_id].data->owner;
	rte_spinlock_unlock(&eth_dev_ports_lock);
	return 0;
}

/* --- descriptor ring memory -------------------------------------------- */

static void
eth_dma_zone_name(char *buf, size_t size, const struct rte_eth_dev *dev,
		const char *name, uint16_t queue_id)
{
	snprintf(buf, size, "eth_p%d_q%d_%s", dev->data->port_id, queue_id, name);
}

const struct rte_memzone *
rte_eth_dma_zone_reserve(const struct rte_eth_dev *dev, const char *name,
		uint16_t queue_id, size_t size, unsigned int align, int socket_id)
{
	char zname[RTE_MEMZONE_NAMESIZE];
	const struct rte_memzone *mz;

	eth_dma_zone_name(zname, sizeof(zname), dev, name, queue_id);
	mz = rte_memzone_lookup(zname);
	if (mz != NULL) {
		if (mz->len < size || (align && (mz->iova & (align - 1)) != 0)) {
			RTE_ETHDEV_LOG(ERR, "memzone %s exists with a smaller size "
				"or other alignment\n", zname);
			return NULL;
		}
		return mz;
	}
	return rte_memzone_reserve_aligned(zname, size, socket_id,
		RTE_MEMZONE_IOVA_CONTIG, align);
}

int
rte_eth_dma_zone_free(const struct rte_eth_dev *dev, const char *name,
		uint16_t queue_id)
{
	char zname[RTE_MEMZONE_NAMESIZE];
	const struct rte_memzone *mz;

	eth_dma_zone_name(zname, sizeof(zname), dev, name, queue_id);
	mz = rte_memzone_lookup(zname);
	if (mz == NULL)
		return -ENOENT;
	return rte_memzone_free(mz);
}
