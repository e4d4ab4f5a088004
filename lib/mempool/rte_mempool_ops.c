/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mempool handler registry and the thin wrappers that call a pool's
 * handler. Handlers register from constructors (RTE_MEMPOOL_REGISTER_OPS)
 * before main(); the table is then read-only.
 */
#include <string.h>
#include <errno.h>

#include <rte_log.h>
#include <rte_errno.h>
#include <rte_spinlock.h>

#include "rte_mempool.h"

struct rte_mempool_ops_table rte_mempool_ops_table = {
	.sl = RTE_SPINLOCK_INITIALIZER,
	.num_ops = 0,
};

int
rte_mempool_register_ops(const struct rte_mempool_ops *h)
{
	struct rte_mempool_ops *ops;
	int16_t ops_index;
	uint32_t i;

	if (h == NULL || h->alloc == NULL || h->enqueue == NULL ||
	    h->dequeue == NULL || h->get_count == NULL) {
		RTE_LOG(ERR, MEMPOOL,
			"mempool handler '%s' lacks alloc/enqueue/dequeue/get_count\n",
			h != NULL ? h->name : "(null)");
		return -EINVAL;
	}
	if (strlen(h->name) >= sizeof(ops->name)) {
		RTE_LOG(ERR, MEMPOOL, "mempool handler name '%s' is longer than %zu characters\n",
			h->name, sizeof(ops->name) - 1);
		return -EINVAL;
	}

	rte_spinlock_lock(&rte_mempool_ops_table.sl);
	for (i = 0; i < rte_mempool_ops_table.num_ops; i++) {
		if (strcmp(rte_mempool_ops_table.ops[i].name, h->name) == 0) {
			rte_spinlock_unlock(&rte_mempool_ops_table.sl);
			RTE_LOG(ERR, MEMPOOL, "mempool handler '%s' is already registered\n",
				h->name);
			return -EEXIST;
		}
	}
	if (rte_mempool_ops_table.num_ops >= RTE_MEMPOOL_MAX_OPS_IDX) {
		rte_spinlock_unlock(&rte_mempool_ops_table.sl);
		RTE_LOG(ERR, MEMPOOL, "too many mempool handlers (max %d)\n",
			RTE_MEMPOOL_MAX_OPS_IDX);
		return -ENOSPC;
	}
	ops_index = (int16_t)rte_mempool_ops_table.num_ops;
	ops = &rte_mempool_ops_table.ops[ops_index];
	*ops = *h;
	/* Publish the filled entry before the count that makes it visible. */
	__atomic_store_n(&rte_mempool_ops_table.num_ops, ops_index + 1,
		__ATOMIC_RELEASE);
	rte_spinlock_unlock(&rte_mempool_ops_table.sl);
	return ops_index;
}

int
rte_mempool_ops_alloc(struct rte_mempool *mp)
{
	return rte_mempool_get_ops(mp->ops_index)->alloc(mp);
}

void
rte_mempool_ops_free(struct rte_mempool *mp)
{
	struct rte_mempool_ops *ops = rte_mempool_get_ops(mp->ops_index);

	if (ops->free != NULL)
		ops->free(mp);
}

unsigned int
rte_mempool_ops_get_count(const struct rte_mempool *mp)
{
	return rte_mempool_get_ops(mp->ops_index)->get_count(mp);
}

ssize_t
rte_mempool_ops_calc_mem_size(const struct rte_mempool *mp,
	uint32_t obj_num, uint32_t pg_shift, size_t *min_chunk_size,
	size_t *align)
{
	struct rte_mempool_ops *ops = rte_mempool_get_ops(mp->ops_index);

	if (ops->calc_mem_size == NULL)
		return rte_mempool_op_calc_mem_size_default(mp, obj_num,
				pg_shift, min_chunk_size, align);
	return ops->calc_mem_size(mp, obj_num, pg_shift, min_chunk_size,
			align);
}

int
rte_mempool_ops_populate(struct rte_mempool *mp, unsigned int max_objs,
	void *vaddr, rte_iova_t iova, size_t len,
	rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg)
{
	struct rte_mempool_ops *ops = rte_mempool_get_ops(mp->ops_index);

	if (ops->populate == NULL)
		return rte_mempool_op_populate_default(mp, max_objs, vaddr,
				iova, len, obj_cb, obj_cb_arg);
	return ops->populate(mp, max_objs, vaddr, iova, len, obj_cb,
			obj_cb_arg);
}

int
rte_mempool_ops_get_info(const struct rte_mempool *mp,
	struct rte_mempool_info *info)
{
	struct rte_mempool_ops *ops = rte_mempool_get_ops(mp->ops_index);

	if (ops->get_info == NULL)
		return -ENOTSUP;
	return ops->get_info(mp, info);
}

int
rte_mempool_set_ops_byname(struct rte_mempool *mp, const char *name,
	void *pool_config)
{
	uint32_t i, n;

	if (mp == NULL || name == NULL)
		return -EINVAL;
	/* The handler owns the stored objects: too late once populated. */
	if (mp->flags & RTE_MEMPOOL_F_POOL_CREATED) {
		RTE_LOG(ERR, MEMPOOL, "mempool '%s': cannot change handler to '%s' after population\n",
			mp->name, name);
		return -EEXIST;
	}
	n = __atomic_load_n(&rte_mempool_ops_table.num_ops, __ATOMIC_ACQUIRE);
	for (i = 0; i < n; i++) {
		if (strcmp(name, rte_mempool_ops_table.ops[i].name) == 0) {
			mp->ops_index = (int32_t)i;
			mp->pool_config = pool_config;
			return 0;
		}
	}
	RTE_LOG(ERR, MEMPOOL, "mempool '%s': no handler named '%s' (try ring_mp_mc, ring_sp_sc, ring_mp_sc, ring_sp_mc, stack)\n",
		mp->name, name);
	return -EINVAL;
}
