/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal to lib/mbuf: the mbuf pool creation shared by
 * rte_pktmbuf_pool_create_by_ops (rte_mbuf.c) and
 * rte_pktmbuf_pool_create_extbuf (rte_mbuf_pinned_extbuf.c).
 */
#ifndef _MBUF_POOL_PRIVATE_H_
#define _MBUF_POOL_PRIVATE_H_

#include <rte_mempool.h>
#include "rte_mbuf.h"

/* 0 if priv_size is a multiple of RTE_MBUF_PRIV_ALIGN, else a log line
 * naming the pool (what: "mbuf pool", "pinned mbuf pool") and -1 with
 * rte_errno EINVAL. */
int mbuf_pool_check_priv_size(const char *what, const char *name,
	uint16_t priv_size);

/*
 * An mbuf pool of n elements of elt_size bytes with the private area
 * priv, handler ops_name (NULL: rte_mbuf_best_mempool_ops()), populated;
 * the caller initialises the mbufs. NULL with rte_errno set on failure.
 */
struct rte_mempool *
mbuf_pool_create_populated(const char *name, unsigned int n,
	unsigned int elt_size, unsigned int cache_size, int socket_id,
	const char *ops_name, struct rte_pktmbuf_pool_private *priv);

#endif /* _MBUF_POOL_PRIVATE_H_ */
