/* SPDX-License-Identifier: BSD-3-Clause */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lpm_registry.h"

static struct lpm_registry_entry *
find_locked(struct lpm_registry *reg, const char *name)
{
	struct lpm_registry_entry *e;

	for (e = reg->head; e != NULL; e = e->next)
		if (strncmp(e->name, name, sizeof(e->name)) == 0)
			return e;
	return NULL;
}

int
lpm_registry_add(struct lpm_registry *reg, const char *name, void *table)
{
	struct lpm_registry_entry *e;
	int ret = 0;

	pthread_mutex_lock(&reg->lock);
	if (find_locked(reg, name) != NULL) {
		ret = -EEXIST;
	} else if ((e = calloc(1, sizeof(*e))) == NULL) {
		ret = -ENOMEM;
	} else {
		strncpy(e->name, name, sizeof(e->name) - 1);
		e->table = table;
		e->next = reg->head;
		reg->head = e;
	}
	pthread_mutex_unlock(&reg->lock);
	return ret;
}

void *
lpm_registry_find(struct lpm_registry *reg, const char *name)
{
	struct lpm_registry_entry *e;
	void *t;

	pthread_mutex_lock(&reg->lock);
	e = find_locked(reg, name);
	t = e != NULL ? e->table : NULL;
	pthread_mutex_unlock(&reg->lock);
	return t;
}

void
lpm_registry_remove(struct lpm_registry *reg, const void *table)
{
	struct lpm_registry_entry **pp;

	pthread_mutex_lock(&reg->lock);
	for (pp = &reg->head; *pp != NULL; pp = &(*pp)->next) {
		if ((*pp)->table == table) {
			struct lpm_registry_entry *e = *pp;

			*pp = e->next;
			free(e);
			break;
		}
	}
	pthread_mutex_unlock(&reg->lock);
}
