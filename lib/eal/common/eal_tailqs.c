/* SPDX-License-Identifier: BSD-3-Clause */
/* Named lists of rte_tailq.h. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_string_fns.h>
#include <rte_tailq.h>

#include "eal_private.h"

/*
 * Named lists. Registration happens in constructors, before rte_eal_init;
 * heads live here for the life of the process (no shared memory needed
 * without secondary processes).
 */
static struct rte_tailq_head tailq_heads[RTE_MAX_TAILQ];
static unsigned int tailq_count;
static pthread_mutex_t tailq_reg_lock = PTHREAD_MUTEX_INITIALIZER;

static struct rte_tailq_head *
tailq_find(const char *name)
{
	unsigned int i;

	for (i = 0; i < tailq_count; i++)
		if (strncmp(name, tailq_heads[i].name, RTE_TAILQ_NAMESIZE) == 0)
			return &tailq_heads[i];
	return NULL;
}

struct rte_tailq_head *
rte_eal_tailq_lookup(const char *name)
{
	struct rte_tailq_head *h;

	if (name == NULL)
		return NULL;
	pthread_mutex_lock(&tailq_reg_lock);
	h = tailq_find(name);
	pthread_mutex_unlock(&tailq_reg_lock);
	return h;
}

int
rte_eal_tailq_register(struct rte_tailq_elem *t)
{
	struct rte_tailq_head *h;

	if (t == NULL || t->name[0] == '\0')
		return -1;
	pthread_mutex_lock(&tailq_reg_lock);
	h = tailq_find(t->name);
	if (h == NULL) {
		if (tailq_count >= RTE_MAX_TAILQ) {
			pthread_mutex_unlock(&tailq_reg_lock);
			EAL_LOG(ERR, "cannot register tailq '%s': all %d slots "
				"used (RTE_MAX_TAILQ)\n", t->name, RTE_MAX_TAILQ);
			return -1;
		}
		h = &tailq_heads[tailq_count++];
		rte_strlcpy(h->name, t->name, sizeof(h->name));
		TAILQ_INIT(&h->tailq_head);
	}
	t->head = h;
	pthread_mutex_unlock(&tailq_reg_lock);
	return 0;
}

void
rte_dump_tailq(FILE *f)
{
	unsigned int i, n;
	struct rte_tailq_entry *e;

	rte_mcfg_tailq_read_lock();
	for (i = 0; i < tailq_count; i++) {
		n = 0;
		TAILQ_FOREACH(e, &tailq_heads[i].tailq_head, next)
			n++;
		fprintf(f, "Tailq %u: qname:<%s>, entries: %u\n", i,
			tailq_heads[i].name, n);
	}
	rte_mcfg_tailq_read_unlock();
}
