/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Name -> table registry behind rte_lpm_find_existing() and
 * rte_lpm6_find_existing(): one list per table type, guarded by a mutex
 * (create/free/find are control-path calls).
 */
#ifndef _LPM_REGISTRY_H_
#define _LPM_REGISTRY_H_

#include <pthread.h>

struct lpm_registry_entry {
	struct lpm_registry_entry *next;
	void *table;
	char name[32];
};

struct lpm_registry {
	pthread_mutex_t lock;
	struct lpm_registry_entry *head;
};

#define LPM_REGISTRY_INITIALIZER { PTHREAD_MUTEX_INITIALIZER, NULL }

/* Records name -> table; 0, -EEXIST (name taken) or -ENOMEM. */
int lpm_registry_add(struct lpm_registry *reg, const char *name, void *table);
/* The table registered under name, or NULL. */
void *lpm_registry_find(struct lpm_registry *reg, const char *name);
/* Forgets the entry of table (no-op when absent). */
void lpm_registry_remove(struct lpm_registry *reg, const void *table);

#endif /* _LPM_REGISTRY_H_ */
