/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Named global lists (DPDK 22.11 rte_tailq.h): libraries register a list
 * ("RTE_RING", "RTE_MEMPOOL") with EAL_REGISTER_TAILQ and find it with
 * RTE_TAILQ_LOOKUP. Protect access with rte_mcfg_tailq_*_lock().
 */
#ifndef _RTE_TAILQ_H_
#define _RTE_TAILQ_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <stdio.h>
#include <rte_common.h>
#include <rte_debug.h>
#include <rte_os.h>

struct rte_tailq_entry {
	RTE_TAILQ_ENTRY(rte_tailq_entry) next;
	void *data;	/**< the object on the list */
};
RTE_TAILQ_HEAD(rte_tailq_entry_head, rte_tailq_entry);

#define RTE_TAILQ_NAMESIZE 32

/** A named list head. */
struct rte_tailq_head {
	struct rte_tailq_entry_head tailq_head;	/**< must stay first */
	char name[RTE_TAILQ_NAMESIZE];
};

/** Registration of a list by a library. */
struct rte_tailq_elem {
	struct rte_tailq_head *head;	/**< filled in by the EAL */
	RTE_TAILQ_ENTRY(rte_tailq_elem) next;
	const char name[RTE_TAILQ_NAMESIZE];
};

/** The head cast to a list of struct_name. */
#define RTE_TAILQ_CAST(tailq_entry, struct_name) \
	(struct struct_name *)&(tailq_entry)->tailq_head

#define RTE_TAILQ_LOOKUP(name, struct_name) __extension__ ({ \
	struct rte_tailq_head *head = rte_eal_tailq_lookup(name); \
	head == NULL ? NULL : RTE_TAILQ_CAST(head, struct_name); \
})

/** Print every list and its length. */
void rte_dump_tailq(FILE *f);
/** The list head named name, NULL if none. */
struct rte_tailq_head *rte_eal_tailq_lookup(const char *name);
/** Register a list (a second registration of a name shares the head).
 * 0 or -1. */
int rte_eal_tailq_register(struct rte_tailq_elem *t);

#define EAL_REGISTER_TAILQ(t) \
RTE_INIT(tailqinitfn_ ##t) \
{ \
	if (rte_eal_tailq_register(&t) < 0) \
		rte_panic("Cannot initialize tailq: %s\n", t.name); \
}

/** Iterate allowing removal of var. */
#define RTE_TAILQ_FOREACH_SAFE(var, head, field, tvar) \
	for ((var) = RTE_TAILQ_FIRST((head)); \
	     (var) && ((tvar) = RTE_TAILQ_NEXT((var), field), 1); \
	     (var) = (tvar))

#ifdef __cplusplus
}
#endif

#endif /* _RTE_TAILQ_H_ */
