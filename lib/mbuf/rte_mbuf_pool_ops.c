/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Which mempool handler packet pools use: the user's choice (API or the
 * EAL --mbuf-pool-ops-name option), else the platform's, else the build
 * default RTE_MBUF_DEFAULT_MEMPOOL_OPS.
 */
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_spinlock.h>

#include "rte_mempool.h"
#include "rte_mbuf_pool_ops.h"

static rte_spinlock_t ops_lock = RTE_SPINLOCK_INITIALIZER;
static char platform_ops[RTE_MEMPOOL_OPS_NAMESIZE];
static char user_ops[RTE_MEMPOOL_OPS_NAMESIZE];

static int
set_ops_name(char *dst, const char *name, int once)
{
	if (name == NULL || strlen(name) >= RTE_MEMPOOL_OPS_NAMESIZE) {
		rte_errno = EINVAL;
		return -1;
	}
	rte_spinlock_lock(&ops_lock);
	if (once && dst[0] != '\0' && strcmp(dst, name) != 0) {
		rte_spinlock_unlock(&ops_lock);
		rte_errno = EEXIST;
		return -1;
	}
	strcpy(dst, name);
	rte_spinlock_unlock(&ops_lock);
	return 0;
}

int
rte_mbuf_set_platform_mempool_ops(const char *ops_name)
{
	return set_ops_name(platform_ops, ops_name, 1);
}

const char *
rte_mbuf_platform_mempool_ops(void)
{
	return platform_ops[0] != '\0' ? platform_ops : NULL;
}

int
rte_mbuf_set_user_mempool_ops(const char *ops_name)
{
	return set_ops_name(user_ops, ops_name, 0);
}

const char *
rte_mbuf_user_mempool_ops(void)
{
	if (user_ops[0] != '\0')
		return user_ops;
	return rte_eal_mbuf_user_pool_ops();
}

const char *
rte_mbuf_best_mempool_ops(void)
{
	const char *name = rte_mbuf_user_mempool_ops();

	if (name != NULL)
		return name;
	name = rte_mbuf_platform_mempool_ops();
	if (name != NULL)
		return name;
	return RTE_MBUF_DEFAULT_MEMPOOL_OPS;
}
