/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Fast-path table rte_eth_fp_ops[] and the Rx/Tx callback lists.
 *
 * Callback lists are singly linked and lock-free for readers: a writer
 * (serialised by eth_dev_rxtx_cb_lock) fully initialises a node, then
 * publishes it with a release store into the head or the tail's next
 * pointer; the data path loads those pointers with acquire. Removal only
 * unlinks (a reader may still be inside the removed callback), so the
 * node is not freed; the application rte_free()s it once the queue is
 * quiet, as with DPDK.
 */
#include <stdlib.h>
#include <string.h>

#include <rte_spinlock.h>
#include <rte_errno.h>
#include <rte_malloc.h>

#include "ethdev_private.h"

struct rte_eth_fp_ops rte_eth_fp_ops[RTE_MAX_ETHPORTS];

/* Shared by every stopped port: all queues NULL, no callbacks. */
static void *eth_dev_dummy_queues[RTE_MAX_QUEUES_PER_PORT];

static rte_spinlock_t eth_dev_rxtx_cb_lock = RTE_SPINLOCK_INITIALIZER;

uint16_t
rte_eth_pkt_burst_dummy(__rte_unused void *queue,
		__rte_unused struct rte_mbuf **pkts, __rte_unused uint16_t nb_pkts)
{
	return 0;
}

/* Burst on a stopped or released port: nothing moves, say why once. */
static uint16_t
eth_dummy_rx_burst(__rte_unused void *rxq, __rte_unused struct rte_mbuf **pkts,
		__rte_unused uint16_t nb_pkts)
{
	static int warned;

	if (!__atomic_exchange_n(&warned, 1, __ATOMIC_RELAXED))
		RTE_ETHDEV_LOG(ERR, "rx_burst on a port that is not started "
			"(returns 0; start it with rte_eth_dev_start)\n");
	return 0;
}

static uint16_t
eth_dummy_tx_burst(__rte_unused void *txq, __rte_unused struct rte_mbuf **pkts,
		__rte_unused uint16_t nb_pkts)
{
	static int warned;

	if (!__atomic_exchange_n(&warned, 1, __ATOMIC_RELAXED))
		RTE_ETHDEV_LOG(ERR, "tx_burst on a port that is not started "
			"(returns 0; start it with rte_eth_dev_start)\n");
	return 0;
}

void
eth_dev_fp_ops_reset(uint16_t port_id)
{
	struct rte_eth_fp_ops *fp = &rte_eth_fp_ops[port_id];

	memset(fp, 0, sizeof(*fp));
	fp->rx_pkt_burst = eth_dummy_rx_burst;
	fp->tx_pkt_burst = eth_dummy_tx_burst;
	fp->rxq.data = eth_dev_dummy_queues;
	fp->rxq.clbk = eth_dev_dummy_queues;
	fp->txq.data = eth_dev_dummy_queues;
	fp->txq.clbk = eth_dev_dummy_queues;
}

void
eth_dev_fp_ops_setup(struct rte_eth_dev *dev)
{
	struct rte_eth_fp_ops *fp = &rte_eth_fp_ops[dev->data->port_id];

	fp->rx_pkt_burst = dev->rx_pkt_burst != NULL ?
		dev->rx_pkt_burst : rte_eth_pkt_burst_dummy;
	fp->tx_pkt_burst = dev->tx_pkt_burst != NULL ?
		dev->tx_pkt_burst : rte_eth_pkt_burst_dummy;
	fp->tx_pkt_prepare = dev->tx_pkt_prepare;
	fp->rx_queue_count = dev->rx_queue_count;
	fp->rx_descriptor_status = dev->rx_descriptor_status;
	fp->tx_descriptor_status = dev->tx_descriptor_status;
	fp->rxq.data = dev->data->rx_queues != NULL ?
		dev->data->rx_queues : eth_dev_dummy_queues;
	fp->rxq.clbk = (void **)(void *)dev->post_rx_burst_cbs;
	fp->txq.data = dev->data->tx_queues != NULL ?
		dev->data->tx_queues : eth_dev_dummy_queues;
	fp->txq.clbk = (void **)(void *)dev->pre_tx_burst_cbs;
}

uint16_t
rte_eth_call_rx_callbacks(uint16_t port_id, uint16_t queue_id,
		struct rte_mbuf **rx_pkts, uint16_t nb_rx, uint16_t nb_pkts,
		void *opaque)
{
	const struct rte_eth_rxtx_callback *cb = opaque;

	while (cb != NULL) {
		nb_rx = cb->fn.rx(port_id, queue_id, rx_pkts, nb_rx, nb_pkts,
			cb->param);
		/* acquire: pairs with the release that appended cb->next */
		cb = __atomic_load_n(&cb->next, __ATOMIC_ACQUIRE);
	}
	return nb_rx;
}

uint16_t
rte_eth_call_tx_callbacks(uint16_t port_id, uint16_t queue_id,
		struct rte_mbuf **tx_pkts, uint16_t nb_pkts, void *opaque)
{
	const struct rte_eth_rxtx_callback *cb = opaque;

	while (cb != NULL) {
		nb_pkts = cb->fn.tx(port_id, queue_id, tx_pkts, nb_pkts,
			cb->param);
		cb = __atomic_load_n(&cb->next, __ATOMIC_ACQUIRE);
	}
	return nb_pkts;
}

/* Checks shared by the add/remove functions; NULL dev on error. */
static struct rte_eth_dev *
eth_cb_dev(uint16_t port_id, uint16_t queue_id, int is_rx)
{
	struct rte_eth_dev *dev;
	uint16_t nb;

	if (!rte_eth_dev_is_valid_port(port_id)) {
		RTE_ETHDEV_LOG(ERR, "Invalid port_id=%u\n", port_id);
		rte_errno = ENODEV;
		return NULL;
	}
	dev = &rte_eth_devices[port_id];
	nb = is_rx ? dev->data->nb_rx_queues : dev->data->nb_tx_queues;
	if (queue_id >= nb) {
		RTE_ETHDEV_LOG(ERR, "port %u: invalid %s queue_id=%u "
			"(port has %u)\n", port_id, is_rx ? "Rx" : "Tx",
			queue_id, nb);
		rte_errno = EINVAL;
		return NULL;
	}
	return dev;
}

static struct rte_eth_rxtx_callback *
eth_cb_alloc(void *fn, int is_rx, void *user_param)
{
	struct rte_eth_rxtx_callback *cb;

	if (fn == NULL) {
		RTE_ETHDEV_LOG(ERR, "callback function is NULL\n");
		rte_errno = EINVAL;
		return NULL;
	}
	/* rte_zmalloc: applications free removed callbacks with rte_free */
	cb = rte_zmalloc("rte_eth_rxtx_callback", sizeof(*cb), 0);
	if (cb == NULL) {
		rte_errno = ENOMEM;
		return NULL;
	}
	if (is_rx)
		cb->fn.rx = (rte_rx_callback_fn)fn;
	else
		cb->fn.tx = (rte_tx_callback_fn)fn;
	cb->param = user_param;
	return cb;
}

/* Append cb at the tail of *head (lock held). */
static void
eth_cb_append(struct rte_eth_rxtx_callback **head,
		struct rte_eth_rxtx_callback *cb)
{
	struct rte_eth_rxtx_callback *tail = *head;

	if (tail == NULL) {
		/* release: cb's fields are visible before cb is reachable */
		__atomic_store_n(head, cb, __ATOMIC_RELEASE);
		return;
	}
	while (tail->next != NULL)
		tail = tail->next;
	__atomic_store_n(&tail->next, cb, __ATOMIC_RELEASE);
}

static const struct rte_eth_rxtx_callback *
eth_add_callback(uint16_t port_id, uint16_t queue_id, void *fn,
		void *user_param, int is_rx, int first)
{
	struct rte_eth_rxtx_callback **head, *cb;
	struct rte_eth_dev *dev = eth_cb_dev(port_id, queue_id, is_rx);

	if (dev == NULL)
		return NULL;
	cb = eth_cb_alloc(fn, is_rx, user_param);
	if (cb == NULL)
		return NULL;
	head = is_rx ? &dev->post_rx_burst_cbs[queue_id] :
		&dev->pre_tx_burst_cbs[queue_id];
	rte_spinlock_lock(&eth_dev_rxtx_cb_lock);
	if (first) {
		cb->next = *head;
		/* release: cb and its next are set before it becomes the head */
		__atomic_store_n(head, cb, __ATOMIC_RELEASE);
	} else {
		eth_cb_append(head, cb);
	}
	rte_spinlock_unlock(&eth_dev_rxtx_cb_lock);
	return cb;
}

const struct rte_eth_rxtx_callback *
rte_eth_add_rx_callback(uint16_t port_id, uint16_t queue_id,
		rte_rx_callback_fn fn, void *user_param)
{
	return eth_add_callback(port_id, queue_id, (void *)fn, user_param, 1, 0);
}

const struct rte_eth_rxtx_callback *
rte_eth_add_first_rx_callback(uint16_t port_id, uint16_t queue_id,
		rte_rx_callback_fn fn, void *user_param)
{
	return eth_add_callback(port_id, queue_id, (void *)fn, user_param, 1, 1);
}

const struct rte_eth_rxtx_callback *
rte_eth_add_tx_callback(uint16_t port_id, uint16_t queue_id,
		rte_tx_callback_fn fn, void *user_param)
{
	return eth_add_callback(port_id, queue_id, (void *)fn, user_param, 0, 0);
}

static int
eth_remove_callback(uint16_t port_id, uint16_t queue_id,
		const struct rte_eth_rxtx_callback *user_cb, int is_rx)
{
	struct rte_eth_rxtx_callback **prev;
	struct rte_eth_dev *dev = eth_cb_dev(port_id, queue_id, is_rx);
	int ret = -EINVAL;

	if (dev == NULL)
		return -rte_errno;
	if (user_cb == NULL) {
		RTE_ETHDEV_LOG(ERR, "callback to remove is NULL\n");
		return -EINVAL;
	}
	prev = is_rx ? &dev->post_rx_burst_cbs[queue_id] :
		&dev->pre_tx_burst_cbs[queue_id];
	rte_spinlock_lock(&eth_dev_rxtx_cb_lock);
	for (; *prev != NULL; prev = &(*prev)->next) {
		if (*prev == user_cb) {
			/* release: readers that see the new link see a whole node */
			__atomic_store_n(prev, user_cb->next, __ATOMIC_RELEASE);
			ret = 0;
			break;
		}
	}
	rte_spinlock_unlock(&eth_dev_rxtx_cb_lock);
	if (ret != 0)
		RTE_ETHDEV_LOG(ERR, "port %u queue %u: callback not registered\n",
			port_id, queue_id);
	return ret;
}

int
rte_eth_remove_rx_callback(uint16_t port_id, uint16_t queue_id,
		const struct rte_eth_rxtx_callback *user_cb)
{
	return eth_remove_callback(port_id, queue_id, user_cb, 1);
}

int
rte_eth_remove_tx_callback(uint16_t port_id, uint16_t queue_id,
		const struct rte_eth_rxtx_callback *user_cb)
{
	return eth_remove_callback(port_id, queue_id, user_cb, 0);
}

/* Port release: no data path can run any more, free what is still linked. */
void
eth_dev_free_rxtx_callbacks(struct rte_eth_dev *dev)
{
	struct rte_eth_rxtx_callback *cb, *next;
	unsigned int q;

	rte_spinlock_lock(&eth_dev_rxtx_cb_lock);
	for (q = 0; q < RTE_MAX_QUEUES_PER_PORT; q++) {
		for (cb = dev->post_rx_burst_cbs[q]; cb != NULL; cb = next) {
			next = cb->next;
			rte_free(cb);
		}
		for (cb = dev->pre_tx_burst_cbs[q]; cb != NULL; cb = next) {
			next = cb->next;
			rte_free(cb);
		}
		dev->post_rx_burst_cbs[q] = NULL;
		dev->pre_tx_burst_cbs[q] = NULL;
	}
	rte_spinlock_unlock(&eth_dev_rxtx_cb_lock);
}
