/* SPDX-License-Identifier: BSD-3-Clause */
/* Device arguments: parsing "[bus:]name[,key=val...]" and the global list. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>

#include <bus_driver.h>
#include <rte_common.h>
#include <rte_devargs.h>
#include <rte_errno.h>
#include <rte_string_fns.h>

#include "eal_private.h"

static TAILQ_HEAD(, rte_devargs) devargs_list =
	TAILQ_HEAD_INITIALIZER(devargs_list);
static pthread_mutex_t devargs_lock = PTHREAD_MUTEX_INITIALIZER;

static int
bus_can_parse(const struct rte_bus *bus, const void *name)
{
	return bus->parse(name, NULL);
}

int
rte_devargs_parse(struct rte_devargs *da, const char *dev)
{
	struct rte_bus *bus = NULL;
	const char *name, *comma, *colon;
	size_t name_len;
	char busname[32];

	if (da == NULL || dev == NULL)
		return -EINVAL;
	memset(da, 0, sizeof(*da));
	name = dev;
	comma = strchr(dev, ',');
	colon = strchr(dev, ':');
	/* an explicit "bus:" prefix, if the word before ':' is a bus */
	if (colon != NULL && (comma == NULL || colon < comma) &&
	    (size_t)(colon - dev) < sizeof(busname)) {
		memcpy(busname, dev, (size_t)(colon - dev));
		busname[colon - dev] = '\0';
		bus = rte_bus_find_by_name(busname);
		if (bus != NULL)
			name = colon + 1;
	}
	name_len = comma != NULL ? (size_t)(comma - name) : strlen(name);
	if (name_len == 0) {
		EAL_LOG(ERR, "devargs '%s': empty device name\n", dev);
		return -EINVAL;
	}
	if (name_len >= sizeof(da->name)) {
		EAL_LOG(ERR, "devargs '%s': device name longer than %zu "
			"characters\n", dev, sizeof(da->name) - 1);
		return -EINVAL;
	}
	memcpy(da->name, name, name_len);
	da->name[name_len] = '\0';
	if (bus == NULL) {
		bus = rte_bus_find(NULL, bus_can_parse, da->name);
		if (bus == NULL)
			return -ENODEV;
	} else if (bus->parse(da->name, NULL) != 0) {
		EAL_LOG(ERR, "devargs '%s': '%s' is not a %s device name\n",
			dev, da->name, bus->name);
		return -EINVAL;
	}
	da->bus = bus;
	da->data = strdup(comma != NULL ? comma + 1 : "");
	if (da->data == NULL)
		return -ENOMEM;
	da->args = da->data;
	da->bus_str = bus->name;
	if (bus->devargs_parse != NULL) {
		int ret = bus->devargs_parse(da);

		if (ret != 0) {
			rte_devargs_reset(da);
			return ret;
		}
	}
	return 0;
}

int
rte_devargs_parsef(struct rte_devargs *da, const char *format, ...)
{
	va_list ap;
	char *s;
	int ret;

	if (da == NULL || format == NULL)
		return -EINVAL;
	va_start(ap, format);
	ret = vasprintf(&s, format, ap);
	va_end(ap);
	if (ret < 0)
		return -ENOMEM;
	ret = rte_devargs_parse(da, s);
	free(s);
	return ret;
}

void
rte_devargs_reset(struct rte_devargs *da)
{
	if (da == NULL)
		return;
	free(da->data);
	da->data = NULL;
	da->args = NULL;
}

static struct rte_devargs *
find_same(const struct rte_devargs *da)
{
	struct rte_devargs *d;

	TAILQ_FOREACH(d, &devargs_list, next)
		if (d->bus == da->bus && strcmp(d->name, da->name) == 0)
			return d;
	return NULL;
}

int
rte_devargs_insert(struct rte_devargs **da)
{
	struct rte_devargs *old;

	if (da == NULL || *da == NULL)
		return -EINVAL;
	pthread_mutex_lock(&devargs_lock);
	old = find_same(*da);
	if (old == *da) {
		pthread_mutex_unlock(&devargs_lock);
		return 0;
	}
	if (old != NULL) {
		/* keep the listed entry (devices may point at it), take
		 * the new arguments */
		free(old->data);
		old->data = (*da)->data;
		old->args = old->data;
		old->type = (*da)->type;
		old->policy = (*da)->policy;
		free(*da);
		*da = old;
	} else {
		TAILQ_INSERT_TAIL(&devargs_list, *da, next);
	}
	pthread_mutex_unlock(&devargs_lock);
	return 0;
}

int
rte_devargs_add(enum rte_devtype devtype, const char *devargs_str)
{
	struct rte_devargs *da;
	int ret;

	da = calloc(1, sizeof(*da));
	if (da == NULL)
		return -ENOMEM;
	ret = rte_devargs_parse(da, devargs_str);
	if (ret != 0) {
		free(da);
		return ret;
	}
	da->type = devtype;
	da->policy = devtype == RTE_DEVTYPE_BLOCKED ? RTE_DEV_BLOCKED :
		RTE_DEV_ALLOWED;
	if (devtype == RTE_DEVTYPE_BLOCKED)
		da->bus->conf.scan_mode = RTE_BUS_SCAN_BLOCKLIST;
	else if (devtype == RTE_DEVTYPE_ALLOWED)
		da->bus->conf.scan_mode = RTE_BUS_SCAN_ALLOWLIST;
	return rte_devargs_insert(&da);
}

int
rte_devargs_remove(struct rte_devargs *devargs)
{
	struct rte_devargs *d;

	if (devargs == NULL || devargs->bus == NULL)
		return -1;
	pthread_mutex_lock(&devargs_lock);
	d = find_same(devargs);
	if (d == NULL) {
		pthread_mutex_unlock(&devargs_lock);
		return 1;
	}
	TAILQ_REMOVE(&devargs_list, d, next);
	pthread_mutex_unlock(&devargs_lock);
	rte_devargs_reset(d);
	free(d);
	return 0;
}

unsigned int
rte_devargs_type_count(enum rte_devtype devtype)
{
	struct rte_devargs *d;
	unsigned int n = 0;

	pthread_mutex_lock(&devargs_lock);
	TAILQ_FOREACH(d, &devargs_list, next)
		n += d->type == devtype;
	pthread_mutex_unlock(&devargs_lock);
	return n;
}

void
rte_devargs_dump(FILE *f)
{
	struct rte_devargs *d;

	fprintf(f, "User device list:\n");
	pthread_mutex_lock(&devargs_lock);
	TAILQ_FOREACH(d, &devargs_list, next)
		fprintf(f, "  [%s]: %s %s\n", d->bus ? d->bus->name : "??",
			d->name, d->args ? d->args : "");
	pthread_mutex_unlock(&devargs_lock);
}

struct rte_devargs *
rte_devargs_next(const char *busname, const struct rte_devargs *start)
{
	struct rte_devargs *d;

	pthread_mutex_lock(&devargs_lock);
	if (start != NULL)
		d = TAILQ_NEXT((struct rte_devargs *)(uintptr_t)start, next);
	else
		d = TAILQ_FIRST(&devargs_list);
	for (; d != NULL; d = TAILQ_NEXT(d, next))
		if (busname == NULL ||
		    (d->bus != NULL && strcmp(busname, d->bus->name) == 0))
			break;
	pthread_mutex_unlock(&devargs_lock);
	return d;
}

/* rte_eal_cleanup: forget every devargs. */
void
eal_devargs_cleanup(void)
{
	struct rte_devargs *d;

	pthread_mutex_lock(&devargs_lock);
	while ((d = TAILQ_FIRST(&devargs_list)) != NULL) {
		TAILQ_REMOVE(&devargs_list, d, next);
		rte_devargs_reset(d);
		free(d);
	}
	pthread_mutex_unlock(&devargs_lock);
}
