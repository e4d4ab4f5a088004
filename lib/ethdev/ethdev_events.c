/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Port event callbacks (RTE_ETH_EVENT_*). Each port slot keeps its list
 * across release and reuse, so a callback registered for RTE_ETH_ALL also
 * hears RTE_ETH_EVENT_NEW of ports probed later. Callbacks run without the
 * lock held (they may call ethdev functions); one that is running cannot
 * be unregistered (-EAGAIN), as in DPDK.
 */
#include <stdlib.h>

#include <rte_spinlock.h>

#include "ethdev_private.h"

struct rte_eth_dev_callback {
	TAILQ_ENTRY(rte_eth_dev_callback) next;
	rte_eth_dev_cb_fn cb_fn;
	void *cb_arg;
	enum rte_eth_event_type event;
	uint32_t active;	/* running right now */
};

static rte_spinlock_t eth_dev_cb_lock = RTE_SPINLOCK_INITIALIZER;

void
eth_dev_callbacks_init(struct rte_eth_dev *dev)
{
	TAILQ_INIT(&dev->link_intr_cbs);
}

static int
eth_event_args_ok(uint16_t port_id, enum rte_eth_event_type event,
		rte_eth_dev_cb_fn cb_fn)
{
	if (cb_fn == NULL) {
		RTE_ETHDEV_LOG(ERR, "callback function is NULL\n");
		return 0;
	}
	if ((unsigned int)event >= RTE_ETH_EVENT_MAX) {
		RTE_ETHDEV_LOG(ERR, "invalid event type %d (max %d)\n",
			(int)event, RTE_ETH_EVENT_MAX - 1);
		return 0;
	}
	if (port_id != RTE_ETH_ALL && !rte_eth_dev_is_valid_port(port_id)) {
		RTE_ETHDEV_LOG(ERR, "Invalid port_id=%u\n", port_id);
		return 0;
	}
	return 1;
}

int
rte_eth_dev_callback_register(uint16_t port_id, enum rte_eth_event_type event,
		rte_eth_dev_cb_fn cb_fn, void *cb_arg)
{
	uint16_t first = port_id, last = port_id, p;
	struct rte_eth_dev_callback *cb;

	if (!eth_event_args_ok(port_id, event, cb_fn))
		return cb_fn == NULL || (unsigned int)event >= RTE_ETH_EVENT_MAX ?
			-EINVAL : -ENODEV;
	if (port_id == RTE_ETH_ALL) {
		first = 0;
		last = RTE_MAX_ETHPORTS - 1;
	}
	rte_spinlock_lock(&eth_dev_cb_lock);
	for (p = first; p <= last; p++) {
		struct rte_eth_dev *dev = &rte_eth_devices[p];

		TAILQ_FOREACH(cb, &dev->link_intr_cbs, next)
			if (cb->cb_fn == cb_fn && cb->cb_arg == cb_arg &&
					cb->event == event)
				break;
		if (cb != NULL)
			continue;	/* already registered */
		cb = calloc(1, sizeof(*cb));
		if (cb == NULL) {
			rte_spinlock_unlock(&eth_dev_cb_lock);
			if (p != first)
				rte_eth_dev_callback_unregister(port_id, event,
					cb_fn, cb_arg);
			return -ENOMEM;
		}
		cb->cb_fn = cb_fn;
		cb->cb_arg = cb_arg;
		cb->event = event;
		TAILQ_INSERT_TAIL(&dev->link_intr_cbs, cb, next);
	}
	rte_spinlock_unlock(&eth_dev_cb_lock);
	return 0;
}

int
rte_eth_dev_callback_unregister(uint16_t port_id, enum rte_eth_event_type event,
		rte_eth_dev_cb_fn cb_fn, void *cb_arg)
{
	uint16_t first = port_id, last = port_id, p;
	struct rte_eth_dev_callback *cb, *next;
	int ret = 0;

	if (!eth_event_args_ok(port_id, event, cb_fn))
		return cb_fn == NULL || (unsigned int)event >= RTE_ETH_EVENT_MAX ?
			-EINVAL : -ENODEV;
	if (port_id == RTE_ETH_ALL) {
		first = 0;
		last = RTE_MAX_ETHPORTS - 1;
	}
	rte_spinlock_lock(&eth_dev_cb_lock);
	for (p = first; p <= last; p++) {
		struct rte_eth_dev *dev = &rte_eth_devices[p];

		for (cb = TAILQ_FIRST(&dev->link_intr_cbs); cb != NULL; cb = next) {
			next = TAILQ_NEXT(cb, next);
			if (cb->cb_fn != cb_fn || cb->event != event ||
					(cb_arg != (void *)-1 && cb->cb_arg != cb_arg))
				continue;
			if (cb->active) {
				ret = -EAGAIN;	/* running: caller retries */
				continue;
			}
			TAILQ_REMOVE(&dev->link_intr_cbs, cb, next);
			free(cb);
		}
	}
	rte_spinlock_unlock(&eth_dev_cb_lock);
	return ret;
}

int
rte_eth_dev_callback_process(struct rte_eth_dev *dev,
		enum rte_eth_event_type event, void *ret_param)
{
	struct rte_eth_dev_callback *cb, copy;
	uint16_t port_id;
	int ret = 0;

	if (dev == NULL)
		return -EINVAL;
	port_id = (uint16_t)(dev - rte_eth_devices);
	rte_spinlock_lock(&eth_dev_cb_lock);
	TAILQ_FOREACH(cb, &dev->link_intr_cbs, next) {
		if (cb->event != event)
			continue;
		copy = *cb;
		cb->active = 1;
		rte_spinlock_unlock(&eth_dev_cb_lock);
		ret = copy.cb_fn(port_id, copy.event, copy.cb_arg, ret_param);
		rte_spinlock_lock(&eth_dev_cb_lock);
		cb->active = 0;
	}
	rte_spinlock_unlock(&eth_dev_cb_lock);
	return ret;
}
