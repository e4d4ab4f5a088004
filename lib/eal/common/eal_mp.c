/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Multi-process channel of rte_eal.h. pmdkit runs single (primary)
 * processes: as DPDK does when multi-process is disabled, every call
 * fails with rte_errno ENOTSUP.
 */
#include <errno.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>

bool
rte_mp_disable(void)
{
	return true;
}

int
rte_mp_action_register(const char *name, rte_mp_t action)
{
	RTE_SET_USED(name);
	RTE_SET_USED(action);
	rte_errno = ENOTSUP;
	return -1;
}

void
rte_mp_action_unregister(const char *name)
{
	RTE_SET_USED(name);
}

int
rte_mp_sendmsg(struct rte_mp_msg *msg)
{
	RTE_SET_USED(msg);
	rte_errno = ENOTSUP;
	return -1;
}

int
rte_mp_request_sync(struct rte_mp_msg *req, struct rte_mp_reply *reply,
	const struct timespec *ts)
{
	RTE_SET_USED(req);
	RTE_SET_USED(ts);
	if (reply != NULL)
		memset(reply, 0, sizeof(*reply));
	rte_errno = ENOTSUP;
	return -1;
}

int
rte_mp_request_async(struct rte_mp_msg *req, const struct timespec *ts,
	rte_mp_async_reply_t clb)
{
	RTE_SET_USED(req);
	RTE_SET_USED(ts);
	RTE_SET_USED(clb);
	rte_errno = ENOTSUP;
	return -1;
}

int
rte_mp_reply(struct rte_mp_msg *msg, const char *peer)
{
	RTE_SET_USED(msg);
	RTE_SET_USED(peer);
	rte_errno = ENOTSUP;
	return -1;
}
