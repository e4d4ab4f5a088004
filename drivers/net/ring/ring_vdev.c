/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * net_ring device side: the vdev driver (alias eth_ring), its devargs,
 * rte_eth_from_rings()/rte_eth_from_ring(), and the reference counts of the
 * rings the PMD creates.
 *
 * Devargs:
 *   (none)                     16 queue pairs, each over its own ring of
 *                              1024: what queue i sends, queue i receives.
 *   nodeaction=NAME:NODE:ACTION  one queue pair per key, over the ring NAME
 *                              on NUMA node NODE; ACTION is CREATE (make
 *                              the ring; if it exists, attach to it) or
 *                              ATTACH (use the existing ring NAME). Two
 *                              ports using the same ring are wired together.
 *   internal=PTR               reserved for rte_eth_from_rings().
 */
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_kvargs.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_ring.h>
#include <ethdev_driver.h>
#include <bus_vdev_driver.h>

#include "rte_eth_ring.h"
#include "ring_pmd.h"

RTE_LOG_REGISTER(ring_pmd_logtype, pmd.net.ring, NOTICE);

#define ARG_NODEACTION "nodeaction"
#define ARG_INTERNAL "internal"

/* ---- reference counts of PMD-created rings ---------------------------- */

struct owned_ring {
	struct rte_ring *r;
	unsigned int refcnt;
};
static struct owned_ring owned_rings[RTE_MAX_ETHPORTS * RING_PMD_MAX_QUEUES];
static pthread_mutex_t owned_lock = PTHREAD_MUTEX_INITIALIZER;

static struct owned_ring *
owned_find(const struct rte_ring *r)
{
	unsigned int i;

	for (i = 0; i < RTE_DIM(owned_rings); i++)
		if (owned_rings[i].r == r)
			return &owned_rings[i];
	return NULL;
}

/*
 * Take a reference on r if the PMD created it (returns true), so that a
 * port attached to a ring keeps it alive after its creator is closed.
 */
static bool
ring_get(struct rte_ring *r)
{
	struct owned_ring *o;

	pthread_mutex_lock(&owned_lock);
	o = owned_find(r);
	if (o != NULL)
		o->refcnt++;
	pthread_mutex_unlock(&owned_lock);
	return o != NULL;
}

static int
ring_track(struct rte_ring *r)
{
	struct owned_ring *o;

	pthread_mutex_lock(&owned_lock);
	o = owned_find(NULL);
	if (o != NULL) {
		o->r = r;
		o->refcnt = 1;
	}
	pthread_mutex_unlock(&owned_lock);
	return o != NULL ? 0 : -ENOSPC;
}

void
ring_pmd_ring_put(struct rte_ring *r)
{
	struct owned_ring *o;

	pthread_mutex_lock(&owned_lock);
	o = owned_find(r);
	if (o != NULL && --o->refcnt == 0) {
		o->r = NULL;
		rte_ring_free(r);
	}
	pthread_mutex_unlock(&owned_lock);
}

/* Create (or, if it exists and create_only is false, attach to) ring name. */
static struct rte_ring *
ring_create_or_attach(const char *name, int node, bool attach_only)
{
	struct rte_ring *r = rte_ring_lookup(name);

	if (r != NULL) {
		if (!ring_get(r))
			RING_LOG(DEBUG, "using application ring '%s'", name);
		return r;
	}
	if (attach_only) {
		RING_LOG(ERR, "nodeaction ATTACH: no ring named '%s'; create it first (nodeaction=%s:%d:CREATE on another port, or rte_ring_create)",
			 name, name, node);
		rte_errno = ENOENT;
		return NULL;
	}
	r = rte_ring_create(name, RING_PMD_DEFAULT_RING_SIZE, node,
			    RING_F_SP_ENQ | RING_F_SC_DEQ);
	if (r == NULL) {
		RING_LOG(ERR, "cannot create ring '%s' on node %d: %s", name,
			 node, rte_strerror(rte_errno));
		return NULL;
	}
	if (ring_track(r) != 0) {
		rte_ring_free(r);
		RING_LOG(ERR, "too many PMD rings (at most %zu)", RTE_DIM(owned_rings));
		rte_errno = ENOSPC;
		return NULL;
	}
	return r;
}

/* ---- devargs ------------------------------------------------------------ */

struct nodeaction {
	struct rte_ring *rings[RING_PMD_MAX_QUEUES];
	struct rte_ring *owned[RING_PMD_MAX_QUEUES];
	unsigned int nb_rings;
	unsigned int nb_owned;
	int node;
	const char *devname;
};

/* One "NAME:NODE:ACTION" value: one more queue pair. */
static int
parse_nodeaction(const char *key __rte_unused, const char *value, void *opaque)
{
	struct nodeaction *na = opaque;
	char buf[128], *name, *node_s, *action, *end;
	struct rte_ring *r;
	unsigned long node;
	bool attach;

	if (value == NULL || strlen(value) >= sizeof(buf)) {
		RING_LOG(ERR, "%s: nodeaction needs a value NAME:NODE:CREATE|ATTACH, e.g. nodeaction=r0:0:CREATE",
			 na->devname);
		return -EINVAL;
	}
	if (na->nb_rings == RING_PMD_MAX_QUEUES) {
		RING_LOG(ERR, "%s: too many nodeaction keys (at most %d queues)",
			 na->devname, RING_PMD_MAX_QUEUES);
		return -EINVAL;
	}
	strcpy(buf, value);
	name = buf;
	node_s = strchr(name, ':');
	action = node_s != NULL ? strchr(node_s + 1, ':') : NULL;
	if (action == NULL || node_s == name) {
		RING_LOG(ERR, "%s: malformed nodeaction '%s': expected NAME:NODE:CREATE|ATTACH",
			 na->devname, value);
		return -EINVAL;
	}
	*node_s++ = '\0';
	*action++ = '\0';
	errno = 0;
	node = strtoul(node_s, &end, 10);
	if (errno != 0 || end == node_s || *end != '\0' ||
	    node >= RTE_MAX_NUMA_NODES) {
		RING_LOG(ERR, "%s: nodeaction '%s': NUMA node '%s' is not a number below %d",
			 na->devname, value, node_s, RTE_MAX_NUMA_NODES);
		return -EINVAL;
	}
	if (strcmp(action, "CREATE") == 0) {
		attach = false;
	} else if (strcmp(action, "ATTACH") == 0) {
		attach = true;
	} else {
		RING_LOG(ERR, "%s: nodeaction '%s': action '%s' must be CREATE or ATTACH",
			 na->devname, value, action);
		return -EINVAL;
	}
	if (strlen(name) >= RTE_RING_NAMESIZE) {
		RING_LOG(ERR, "%s: ring name '%s' is too long (at most %d characters)",
			 na->devname, name, (int)RTE_RING_NAMESIZE - 1);
		return -EINVAL;
	}
	r = ring_create_or_attach(name, (int)node, attach);
	if (r == NULL)
		return -rte_errno;
	na->rings[na->nb_rings++] = r;
	/* refcounted if the PMD created it now or earlier */
	if (owned_find(r) != NULL)
		na->owned[na->nb_owned++] = r;
	na->node = (int)node;
	return 0;
}

/* Default port: 16 looped queue pairs over rings named after the device. */
static int
ring_probe_default(struct rte_vdev_device *dev, const char *name)
{
	struct rte_ring *rings[RING_PMD_MAX_QUEUES];
	char rname[RTE_RING_NAMESIZE];
	unsigned int i;
	int node = (int)rte_socket_id(), n;

	for (i = 0; i < RING_PMD_MAX_QUEUES; i++) {
		n = snprintf(rname, sizeof(rname), "ETH_RXTX%u_%s", i, name);
		if (n < 0 || (size_t)n >= sizeof(rname)) {
			RING_LOG(ERR, "%s: device name too long for ring names (at most %zu characters)",
				 name, sizeof(rname) - sizeof("ETH_RXTX15_"));
			goto fail;
		}
		rings[i] = ring_create_or_attach(rname, node, false);
		if (rings[i] == NULL)
			goto fail;
	}
	return ring_port_create(dev, rings, i, rings, i, rings, i, node);
fail:
	while (i-- > 0)
		ring_pmd_ring_put(rings[i]);
	return -EINVAL;
}

/* ---- rte_eth_from_rings ------------------------------------------------- */

struct ring_internal_args {
	struct rte_ring *const *rx;
	unsigned int nb_rx;
	struct rte_ring *const *tx;
	unsigned int nb_tx;
	int numa_node;
};

/*
 * The internal= devarg carries a pointer, valid only while
 * rte_eth_from_rings() waits for the probe; anything else is refused.
 */
static pthread_mutex_t from_rings_lock = PTHREAD_MUTEX_INITIALIZER;
static struct ring_internal_args *pending_internal;

static int
parse_internal(const char *key __rte_unused, const char *value, void *opaque)
{
	struct ring_internal_args **out = opaque;
	void *p = NULL;

	if (value == NULL || sscanf(value, "%p", &p) != 1 || p == NULL ||
	    p != pending_internal) {
		RING_LOG(ERR, "devarg 'internal' is reserved for rte_eth_from_rings(); remove it");
		return -EINVAL;
	}
	*out = p;
	return 0;
}

static int
ring_probe_devargs(struct rte_vdev_device *dev, const char *name,
		   const char *params)
{
	struct rte_kvargs *kv;
	struct ring_internal_args *ia = NULL;
	struct nodeaction na = { .devname = name, .node = SOCKET_ID_ANY };
	unsigned int i;
	int ret;

	kv = rte_kvargs_parse(params, NULL);
	if (kv == NULL) {
		RING_LOG(ERR, "%s: cannot parse devargs '%s' (expected key=value[,key=value...])",
			 name, params);
		return -EINVAL;
	}
	for (i = 0; i < kv->count; i++) {
		const char *k = kv->pairs[i].key;

		if (strcmp(k, ARG_NODEACTION) != 0 && strcmp(k, ARG_INTERNAL) != 0) {
			RING_LOG(ERR, "%s: unknown devarg '%s' (net_ring accepts nodeaction=NAME:NODE:CREATE|ATTACH)",
				 name, k);
			rte_kvargs_free(kv);
			return -EINVAL;
		}
	}
	if (rte_kvargs_count(kv, ARG_INTERNAL) > 0) {
		ret = rte_kvargs_process(kv, ARG_INTERNAL, parse_internal, &ia);
		if (ret == 0 && rte_kvargs_count(kv, ARG_NODEACTION) > 0) {
			RING_LOG(ERR, "%s: 'internal' cannot be combined with nodeaction", name);
			ret = -EINVAL;
		}
		rte_kvargs_free(kv);
		if (ret != 0)
			return -EINVAL;	/* kvargs_process says -1 */
		return ring_port_create(dev, ia->rx, ia->nb_rx, ia->tx, ia->nb_tx,
					NULL, 0, ia->numa_node);
	}
	ret = rte_kvargs_process(kv, ARG_NODEACTION, parse_nodeaction, &na);
	rte_kvargs_free(kv);
	if (ret != 0) {
		for (i = 0; i < na.nb_owned; i++)
			ring_pmd_ring_put(na.owned[i]);
		return -EINVAL;	/* kvargs_process says -1 */
	}
	return ring_port_create(dev, na.rings, na.nb_rings, na.rings, na.nb_rings,
				na.owned, na.nb_owned, na.node);
}

static int
ring_probe(struct rte_vdev_device *dev)
{
	const char *name = rte_vdev_device_name(dev);
	const char *params = rte_vdev_device_args(dev);

	RING_LOG(INFO, "initializing %s", name);
	if (params == NULL || params[0] == '\0')
		return ring_probe_default(dev, name);
	return ring_probe_devargs(dev, name, params);
}

static int
ring_remove(struct rte_vdev_device *dev)
{
	return rte_eth_dev_remove_stop_close(&dev->device);
}

static struct rte_vdev_driver pmd_ring_drv = {
	.probe = ring_probe,
	.remove = ring_remove,
};

RTE_PMD_REGISTER_VDEV(net_ring, pmd_ring_drv);
RTE_PMD_REGISTER_ALIAS(net_ring, eth_ring);
RTE_PMD_REGISTER_PARAM_STRING(net_ring, "nodeaction=[attach|create]");

int
rte_eth_from_rings(const char *name, struct rte_ring *const rx_queues[],
		   const unsigned nb_rx_queues,
		   struct rte_ring *const tx_queues[],
		   const unsigned nb_tx_queues, const unsigned numa_node)
{
	struct ring_internal_args ia = {
		.rx = rx_queues, .nb_rx = nb_rx_queues,
		.tx = tx_queues, .nb_tx = nb_tx_queues,
		.numa_node = (int)numa_node,
	};
	char args[64];
	uint16_t port;
	unsigned int i;
	int ret;

	if (name == NULL || (rx_queues == NULL && nb_rx_queues > 0) ||
	    (tx_queues == NULL && nb_tx_queues > 0) ||
	    nb_rx_queues > RING_PMD_MAX_QUEUES ||
	    nb_tx_queues > RING_PMD_MAX_QUEUES) {
		RING_LOG(ERR, "rte_eth_from_rings: need a name and at most %d rx and %d tx rings",
			 RING_PMD_MAX_QUEUES, RING_PMD_MAX_QUEUES);
		rte_errno = EINVAL;
		return -1;
	}
	for (i = 0; i < nb_rx_queues + nb_tx_queues; i++) {
		if ((i < nb_rx_queues ? rx_queues[i] :
		     tx_queues[i - nb_rx_queues]) == NULL) {
			RING_LOG(ERR, "rte_eth_from_rings: ring %u is NULL", i);
			rte_errno = EINVAL;
			return -1;
		}
	}
	snprintf(args, sizeof(args), ARG_INTERNAL "=%p", (void *)&ia);
	pthread_mutex_lock(&from_rings_lock);
	pending_internal = &ia;
	ret = rte_vdev_init(name, args);
	pending_internal = NULL;
	pthread_mutex_unlock(&from_rings_lock);
	if (ret != 0) {
		rte_errno = ret < 0 ? -ret : EINVAL;
		return -1;
	}
	if (rte_eth_dev_get_port_by_name(name, &port) != 0) {
		rte_errno = ENODEV;
		return -1;
	}
	return port;
}

int
rte_eth_from_ring(struct rte_ring *r)
{
	int node = SOCKET_ID_ANY;

	if (r == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	if (r->memzone != NULL)
		node = r->memzone->socket_id;
	return rte_eth_from_rings(r->name, &r, 1, &r, 1, (unsigned int)node);
}
