/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The interrupt thread ("eal-intr-thread"): one epoll instance watching
 * every fd that has callbacks. Device fds whose counter the EAL knows
 * (UIO: 4 bytes, VFIO eventfds and the alarm timerfd: 8 bytes) are
 * drained before the callbacks run; for other types the callback reads
 * its fd. Also rte_epoll_* for Rx interrupts.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_interrupts.h>
#include <rte_lcore.h>
#include <rte_per_lcore.h>

#include "eal_interrupts.h"
#include "eal_private.h"

#define MAX_EVENTS 16

struct intr_cb {
	TAILQ_ENTRY(intr_cb) next;
	rte_intr_callback_fn fn;
	void *arg;
	bool pending_delete;
	rte_intr_unregister_callback_fn ucb_fn;
};

struct intr_source {
	TAILQ_ENTRY(intr_source) next;
	struct rte_intr_handle *handle;	/* private copy */
	TAILQ_HEAD(, intr_cb) callbacks;
	bool active;			/* callbacks running now */
};

static TAILQ_HEAD(, intr_source) sources = TAILQ_HEAD_INITIALIZER(sources);
static pthread_mutex_t intr_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t intr_done = PTHREAD_COND_INITIALIZER;
static pthread_t intr_thread;
static bool intr_running;
static int intr_epfd = -1;
static int intr_wakefd = -1;	/* eventfd: asks the thread to exit */
static bool intr_quit;

static RTE_DEFINE_PER_LCORE(int, thread_epfd) = -1;

int
rte_thread_is_intr(void)
{
	return intr_running && pthread_equal(intr_thread, pthread_self());
}

static struct intr_source *
source_find(int fd)
{
	struct intr_source *s;

	TAILQ_FOREACH(s, &sources, next)
		if (s->handle->fd == fd)
			return s;
	return NULL;
}

/* Read what the EAL knows how to acknowledge; false if the fd failed. */
static bool
drain(const struct rte_intr_handle *h)
{
	uint64_t buf;
	size_t len;
	ssize_t n;

	switch (h->type) {
	case RTE_INTR_HANDLE_UIO:
	case RTE_INTR_HANDLE_UIO_INTX:
		len = sizeof(uint32_t);
		break;
	case RTE_INTR_HANDLE_VFIO_LEGACY:
	case RTE_INTR_HANDLE_VFIO_MSI:
	case RTE_INTR_HANDLE_VFIO_MSIX:
	case RTE_INTR_HANDLE_VFIO_REQ:
	case RTE_INTR_HANDLE_ALARM:
		len = sizeof(uint64_t);
		break;
	default:
		return true;	/* the callback consumes the event */
	}
	n = read(h->fd, &buf, len);
	if (n < 0 && errno != EAGAIN && errno != EINTR) {
		EAL_LOG(ERR, "error reading interrupt fd %d: %s\n", h->fd,
			strerror(errno));
		return false;
	}
	return true;
}

static void
source_run(int fd, uint32_t events)
{
	struct intr_source *s;
	struct intr_cb *cb, *tmp;
	bool ok;

	pthread_mutex_lock(&intr_lock);
	s = source_find(fd);
	if (s == NULL) {
		pthread_mutex_unlock(&intr_lock);
		return;
	}
	s->active = true;
	pthread_mutex_unlock(&intr_lock);

	ok = drain(s->handle);
	if (ok && (events & (EPOLLIN | EPOLLPRI))) {
		struct intr_cb snap[MAX_EVENTS];
		unsigned int n = 0, i;

		/* call a snapshot: registration may append meanwhile */
		pthread_mutex_lock(&intr_lock);
		TAILQ_FOREACH(cb, &s->callbacks, next)
			if (n < RTE_DIM(snap) && !cb->pending_delete)
				snap[n++] = *cb;
		pthread_mutex_unlock(&intr_lock);
		for (i = 0; i < n; i++)
			snap[i].fn(snap[i].arg);
	} else if (!ok || (events & (EPOLLERR | EPOLLHUP))) {
		/* a dead fd would wake us forever: stop watching it */
		epoll_ctl(intr_epfd, EPOLL_CTL_DEL, fd, NULL);
	}

	pthread_mutex_lock(&intr_lock);
	s->active = false;
	for (cb = TAILQ_FIRST(&s->callbacks); cb != NULL; cb = tmp) {
		tmp = TAILQ_NEXT(cb, next);
		if (!cb->pending_delete)
			continue;
		TAILQ_REMOVE(&s->callbacks, cb, next);
		if (cb->ucb_fn != NULL)
			cb->ucb_fn(s->handle, cb->arg);
		free(cb);
	}
	if (TAILQ_EMPTY(&s->callbacks)) {
		epoll_ctl(intr_epfd, EPOLL_CTL_DEL, fd, NULL);
		TAILQ_REMOVE(&sources, s, next);
		rte_intr_instance_free(s->handle);
		free(s);
	}
	pthread_cond_broadcast(&intr_done);
	pthread_mutex_unlock(&intr_lock);
}

static void *
intr_thread_main(void *arg)
{
	struct epoll_event ev[MAX_EVENTS];
	int n, i;

	RTE_SET_USED(arg);
	for (;;) {
		n = epoll_wait(intr_epfd, ev, MAX_EVENTS, -1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			EAL_LOG(ERR, "interrupt thread: epoll_wait: %s\n",
				strerror(errno));
			break;
		}
		for (i = 0; i < n; i++) {
			if (ev[i].data.fd == intr_wakefd) {
				if (__atomic_load_n(&intr_quit, __ATOMIC_ACQUIRE))
					return NULL;
				continue;
			}
			source_run(ev[i].data.fd, ev[i].events);
		}
	}
	return NULL;
}

/* Start the thread (once; also usable before rte_eal_init). */
int
eal_intr_init(void)
{
	struct epoll_event ev = { .events = EPOLLIN };
	int ret = 0;

	pthread_mutex_lock(&intr_lock);
	if (intr_running)
		goto out;
	intr_epfd = epoll_create1(EPOLL_CLOEXEC);
	intr_wakefd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	if (intr_epfd < 0 || intr_wakefd < 0) {
		ret = -1;
		goto fail;
	}
	ev.data.fd = intr_wakefd;
	if (epoll_ctl(intr_epfd, EPOLL_CTL_ADD, intr_wakefd, &ev) != 0) {
		ret = -1;
		goto fail;
	}
	intr_quit = false;
	if (rte_ctrl_thread_create(&intr_thread, "eal-intr-thread", NULL,
			intr_thread_main, NULL) != 0) {
		ret = -1;
		goto fail;
	}
	intr_running = true;
	goto out;
fail:
	EAL_LOG(ERR, "cannot start the interrupt thread: %s\n", strerror(errno));
	if (intr_epfd >= 0)
		close(intr_epfd);
	if (intr_wakefd >= 0)
		close(intr_wakefd);
	intr_epfd = intr_wakefd = -1;
out:
	pthread_mutex_unlock(&intr_lock);
	return ret;
}

void
eal_intr_cleanup(void)
{
	struct intr_source *s;
	struct intr_cb *cb;
	uint64_t one = 1;

	if (!intr_running)
		return;
	/* release: intr_quit is seen when the wake-up is */
	__atomic_store_n(&intr_quit, true, __ATOMIC_RELEASE);
	if (write(intr_wakefd, &one, sizeof(one)) != sizeof(one))
		EAL_LOG(WARNING, "cannot wake the interrupt thread\n");
	if (rte_thread_is_intr()) {
		/* rte_exit() from a callback: the process is leaving */
		pthread_detach(intr_thread);
		intr_running = false;
		return;
	}
	pthread_join(intr_thread, NULL);
	intr_running = false;
	pthread_mutex_lock(&intr_lock);
	while ((s = TAILQ_FIRST(&sources)) != NULL) {
		TAILQ_REMOVE(&sources, s, next);
		while ((cb = TAILQ_FIRST(&s->callbacks)) != NULL) {
			TAILQ_REMOVE(&s->callbacks, cb, next);
			free(cb);
		}
		rte_intr_instance_free(s->handle);
		free(s);
	}
	close(intr_epfd);
	close(intr_wakefd);
	intr_epfd = intr_wakefd = -1;
	pthread_mutex_unlock(&intr_lock);
}

int
rte_intr_callback_register(const struct rte_intr_handle *h,
	rte_intr_callback_fn cb, void *cb_arg)
{
	struct epoll_event ev;
	struct intr_source *s;
	struct intr_cb *c;

	if (h == NULL || h->fd < 0 || cb == NULL) {
		EAL_LOG(ERR, "interrupt callback: invalid handle, fd or "
			"function\n");
		return -EINVAL;
	}
	if (eal_intr_init() != 0)
		return -ENOMEM;
	pthread_mutex_lock(&intr_lock);
	s = source_find(h->fd);
	if (s != NULL) {
		TAILQ_FOREACH(c, &s->callbacks, next)
			if (c->fn == cb && c->arg == cb_arg && !c->pending_delete) {
				pthread_mutex_unlock(&intr_lock);
				return -EEXIST;
			}
	}
	c = calloc(1, sizeof(*c));
	if (c == NULL)
		goto nomem;
	c->fn = cb;
	c->arg = cb_arg;
	if (s == NULL) {
		s = calloc(1, sizeof(*s));
		if (s == NULL)
			goto nomem;
		s->handle = rte_intr_instance_dup(h);
		if (s->handle == NULL) {
			free(s);
			goto nomem;
		}
		TAILQ_INIT(&s->callbacks);
		TAILQ_INSERT_TAIL(&s->callbacks, c, next);
		memset(&ev, 0, sizeof(ev));
		ev.events = EPOLLIN | EPOLLPRI | EPOLLRDHUP;
		ev.data.fd = h->fd;
		if (epoll_ctl(intr_epfd, EPOLL_CTL_ADD, h->fd, &ev) != 0) {
			int err = errno;

			EAL_LOG(ERR, "cannot watch fd %d for interrupts: %s\n",
				h->fd, strerror(err));
			rte_intr_instance_free(s->handle);
			free(s);
			free(c);
			pthread_mutex_unlock(&intr_lock);
			return -err;
		}
		TAILQ_INSERT_TAIL(&sources, s, next);
	} else {
		TAILQ_INSERT_TAIL(&s->callbacks, c, next);
	}
	pthread_mutex_unlock(&intr_lock);
	return 0;
nomem:
	free(c);
	pthread_mutex_unlock(&intr_lock);
	return -ENOMEM;
}

static bool
cb_match(const struct intr_cb *c, rte_intr_callback_fn fn, void *arg)
{
	return c->fn == fn && (arg == (void *)-1 || c->arg == arg);
}

int
rte_intr_callback_unregister(const struct rte_intr_handle *h,
	rte_intr_callback_fn cb, void *cb_arg)
{
	struct intr_source *s;
	struct intr_cb *c, *tmp;
	int n = 0;

	if (h == NULL || h->fd < 0)
		return -EINVAL;
	pthread_mutex_lock(&intr_lock);
	s = source_find(h->fd);
	if (s == NULL) {
		pthread_mutex_unlock(&intr_lock);
		return -ENOENT;
	}
	if (s->active) {
		/* its callbacks are running: retry, or use _pending/_sync */
		pthread_mutex_unlock(&intr_lock);
		return -EAGAIN;
	}
	for (c = TAILQ_FIRST(&s->callbacks); c != NULL; c = tmp) {
		tmp = TAILQ_NEXT(c, next);
		if (!cb_match(c, cb, cb_arg))
			continue;
		TAILQ_REMOVE(&s->callbacks, c, next);
		free(c);
		n++;
	}
	if (TAILQ_EMPTY(&s->callbacks)) {
		epoll_ctl(intr_epfd, EPOLL_CTL_DEL, s->handle->fd, NULL);
		TAILQ_REMOVE(&sources, s, next);
		rte_intr_instance_free(s->handle);
		free(s);
	}
	pthread_mutex_unlock(&intr_lock);
	return n > 0 ? n : -ENOENT;
}

int
rte_intr_callback_unregister_pending(const struct rte_intr_handle *h,
	rte_intr_callback_fn cb_fn, void *cb_arg,
	rte_intr_unregister_callback_fn ucb_fn)
{
	struct intr_source *s;
	struct intr_cb *c;
	int n = 0;

	if (h == NULL || h->fd < 0)
		return -EINVAL;
	pthread_mutex_lock(&intr_lock);
	s = source_find(h->fd);
	if (s == NULL) {
		pthread_mutex_unlock(&intr_lock);
		return -ENOENT;
	}
	if (!s->active) {
		pthread_mutex_unlock(&intr_lock);
		return -EAGAIN;	/* only from inside a running callback */
	}
	TAILQ_FOREACH(c, &s->callbacks, next)
		if (cb_match(c, cb_fn, cb_arg)) {
			c->pending_delete = true;
			c->ucb_fn = ucb_fn;
			n++;
		}
	pthread_mutex_unlock(&intr_lock);
	return n > 0 ? n : -ENOENT;
}

int
rte_intr_callback_unregister_sync(const struct rte_intr_handle *h,
	rte_intr_callback_fn cb, void *cb_arg)
{
	int ret;

	if (rte_thread_is_intr())
		return -EDEADLK;	/* would wait for ourselves */
	for (;;) {
		ret = rte_intr_callback_unregister(h, cb, cb_arg);
		if (ret != -EAGAIN)
			return ret;
		pthread_mutex_lock(&intr_lock);
		/* woken when the interrupt thread finishes a source */
		if (source_find(h->fd) != NULL && source_find(h->fd)->active)
			pthread_cond_wait(&intr_done, &intr_lock);
		pthread_mutex_unlock(&intr_lock);
	}
}

/* --- epoll for Rx interrupts --------------------------------------------------- */

int
rte_intr_tls_epfd(void)
{
	if (RTE_PER_LCORE(thread_epfd) < 0)
		RTE_PER_LCORE(thread_epfd) = epoll_create1(EPOLL_CLOEXEC);
	return RTE_PER_LCORE(thread_epfd);
}

int
rte_epoll_ctl(int epfd, int op, int fd, struct rte_epoll_event *event)
{
	struct epoll_event ev;

	if (event == NULL) {
		EAL_LOG(ERR, "rte_epoll_ctl: event is NULL\n");
		return -1;
	}
	if (epfd == RTE_EPOLL_PER_THREAD)
		epfd = rte_intr_tls_epfd();
	memset(&ev, 0, sizeof(ev));
	if (op == EPOLL_CTL_ADD) {
		__atomic_store_n(&event->status, RTE_EPOLL_VALID,
			__ATOMIC_RELAXED);
		event->fd = fd;
		event->epfd = epfd;
		ev.data.ptr = event;
	}
	ev.events = event->epdata.event;
	if (epoll_ctl(epfd, op, fd, &ev) < 0) {
		EAL_LOG(ERR, "epoll_ctl op %d fd %d: %s\n", op, fd,
			strerror(errno));
		if (op == EPOLL_CTL_ADD)
			__atomic_store_n(&event->status, RTE_EPOLL_INVALID,
				__ATOMIC_RELAXED);
		return -1;
	}
	if (op == EPOLL_CTL_DEL)
		__atomic_store_n(&event->status, RTE_EPOLL_INVALID,
			__ATOMIC_RELAXED);
	return 0;
}

static int
epoll_wait_common(int epfd, struct rte_epoll_event *events, int maxevents,
	int timeout, bool interruptible)
{
	struct epoll_event evs[MAX_EVENTS];
	int n, i, count = 0;

	if (events == NULL || maxevents <= 0) {
		EAL_LOG(ERR, "rte_epoll_wait: bad events array\n");
		return -1;
	}
	if (epfd == RTE_EPOLL_PER_THREAD)
		epfd = rte_intr_tls_epfd();
	for (;;) {
		n = epoll_wait(epfd, evs, RTE_MIN(maxevents, MAX_EVENTS),
			timeout);
		if (n >= 0)
			break;
		if (errno != EINTR || interruptible)
			return -1;
	}
	for (i = 0; i < n; i++) {
		struct rte_epoll_event *rev = evs[i].data.ptr;
		uint32_t valid = RTE_EPOLL_VALID;

		/* claim it: a concurrent DEL may be invalidating it */
		if (!__atomic_compare_exchange_n(&rev->status, &valid,
				RTE_EPOLL_EXEC, 0, __ATOMIC_ACQUIRE,
				__ATOMIC_RELAXED))
			continue;
		events[count].status = RTE_EPOLL_VALID;
		events[count].fd = rev->fd;
		events[count].epfd = rev->epfd;
		events[count].epdata.event = evs[i].events;
		events[count].epdata.data = rev->epdata.data;
		if (rev->epdata.cb_fun != NULL)
			rev->epdata.cb_fun(rev->fd, rev->epdata.cb_arg);
		__atomic_store_n(&rev->status, RTE_EPOLL_VALID, __ATOMIC_RELEASE);
		count++;
	}
	return count;
}

int
rte_epoll_wait(int epfd, struct rte_epoll_event *events, int maxevents,
	int timeout)
{
	return epoll_wait_common(epfd, events, maxevents, timeout, false);
}

int
rte_epoll_wait_interruptible(int epfd, struct rte_epoll_event *events,
	int maxevents, int timeout)
{
	return epoll_wait_common(epfd, events, maxevents, timeout, true);
}

/* Rx vector fired: consume its count so it can fire again. A single-vector
 * handle's efd is the device fd itself (rte_intr_efd_enable), which for UIO
 * reads 4 bytes (any other size fails with EINVAL, and the edge-triggered
 * epoll would never report it again); eventfds read 8. */
static void
rx_efd_read(int fd, void *arg)
{
	const struct rte_intr_handle *h = arg;
	uint64_t v;
	size_t len = sizeof(v);

	if (h->type == RTE_INTR_HANDLE_UIO || h->type == RTE_INTR_HANDLE_UIO_INTX)
		len = sizeof(uint32_t);
	if (read(fd, &v, len) < 0 && errno != EAGAIN && errno != EINTR)
		EAL_LOG(ERR, "Rx interrupt fd %d read: %s\n", fd,
			strerror(errno));
}

int
rte_intr_rx_ctl(struct rte_intr_handle *h, int epfd, int op, unsigned int vec,
	void *data)
{
	struct rte_epoll_event *rev;
	unsigned int idx;

	if (h == NULL || h->nb_efd == 0)
		return -EPERM;
	idx = vec >= RTE_INTR_VEC_RXTX_OFFSET ? vec - RTE_INTR_VEC_RXTX_OFFSET :
		vec;
	if (idx >= h->nb_efd) {
		EAL_LOG(ERR, "Rx interrupt vector %u out of range (%u)\n", vec,
			h->nb_efd);
		return -EPERM;
	}
	if (epfd == RTE_EPOLL_PER_THREAD)
		epfd = rte_intr_tls_epfd();
	rev = &h->elist[idx];
	switch (op) {
	case RTE_INTR_EVENT_ADD:
		if (__atomic_load_n(&rev->status, __ATOMIC_RELAXED) !=
		    RTE_EPOLL_INVALID)
			return -EEXIST;
		rev->epdata.event = EPOLLIN | EPOLLPRI | EPOLLET;
		rev->epdata.data = data;
		rev->epdata.cb_fun = rx_efd_read;
		rev->epdata.cb_arg = h;
		return rte_epoll_ctl(epfd, EPOLL_CTL_ADD, h->efds[idx], rev) ?
			-EPERM : 0;
	case RTE_INTR_EVENT_DEL:
		if (__atomic_load_n(&rev->status, __ATOMIC_RELAXED) ==
		    RTE_EPOLL_INVALID)
			return -EPERM;
		return rte_epoll_ctl(rev->epfd, EPOLL_CTL_DEL, rev->fd, rev) ?
			-EPERM : 0;
	default:
		return -EINVAL;
	}
}

void
rte_intr_free_epoll_fd(struct rte_intr_handle *h)
{
	uint32_t i;

	if (h == NULL)
		return;
	for (i = 0; i < h->nb_efd; i++) {
		struct rte_epoll_event *rev = &h->elist[i];

		if (__atomic_load_n(&rev->status, __ATOMIC_RELAXED) ==
		    RTE_EPOLL_INVALID)
			continue;
		rte_epoll_ctl(rev->epfd, EPOLL_CTL_DEL, rev->fd, rev);
	}
}
