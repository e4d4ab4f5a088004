/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * epoll wrapper for Rx interrupt events (DPDK 22.11 rte_epoll.h).
 */
#ifndef __RTE_EPOLL_H__
#define __RTE_EPOLL_H__

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>

#define RTE_INTR_EVENT_ADD 1UL
#define RTE_INTR_EVENT_DEL 2UL

typedef void (*rte_intr_event_cb_t)(int fd, void *arg);

struct rte_epoll_data {
	uint32_t event;			/**< EPOLLIN etc. */
	void *data;			/**< user data */
	rte_intr_event_cb_t cb_fun;	/**< called when the fd fires */
	void *cb_arg;
};

enum {
	RTE_EPOLL_INVALID = 0,
	RTE_EPOLL_VALID,
	RTE_EPOLL_EXEC,
};

/** An fd's registration in an epoll instance. */
struct rte_epoll_event {
	uint32_t status;	/**< RTE_EPOLL_* */
	int fd;
	int epfd;		/**< epoll instance it is in */
	struct rte_epoll_data epdata;
};

/** Use the calling thread's own epoll instance. */
#define RTE_EPOLL_PER_THREAD -1

/** Wait for events; returns the count, 0 on timeout, -1 on error. */
int rte_epoll_wait(int epfd, struct rte_epoll_event *events, int maxevents,
	int timeout);
/** Same, but a signal ends the wait (-1, errno EINTR) instead of a retry. */
int rte_epoll_wait_interruptible(int epfd, struct rte_epoll_event *events,
	int maxevents, int timeout);
/** EPOLL_CTL_ADD/DEL/MOD of fd with event. 0 or -1. */
int rte_epoll_ctl(int epfd, int op, int fd, struct rte_epoll_event *event);

#ifdef __cplusplus
}
#endif

#endif /* __RTE_EPOLL_H__ */
