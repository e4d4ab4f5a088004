/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Alarms: a list sorted by deadline and one timerfd (CLOCK_MONOTONIC)
 * armed for the earliest, watched by the interrupt thread, where the
 * callbacks run.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include <rte_alarm.h>
#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_interrupts.h>

#include "eal_private.h"

struct alarm {
	LIST_ENTRY(alarm) next;
	uint64_t deadline_ns;
	rte_eal_alarm_callback cb;
	void *arg;
	bool executing;
	pthread_t executing_thread;
};

static LIST_HEAD(, alarm) alarms = LIST_HEAD_INITIALIZER(alarms);
static pthread_mutex_t alarm_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t alarm_done = PTHREAD_COND_INITIALIZER;
static struct rte_intr_handle *alarm_handle;

static uint64_t
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * NS_PER_S + (uint64_t)ts.tv_nsec;
}

/* Arm the timerfd for the first alarm. Lock held. */
static void
rearm(void)
{
	struct itimerspec its;
	struct alarm *a = LIST_FIRST(&alarms);

	memset(&its, 0, sizeof(its));
	if (a != NULL) {
		/* absolute deadline; 0 would disarm, so at least 1 ns */
		uint64_t d = a->deadline_ns ? a->deadline_ns : 1;

		its.it_value.tv_sec = (time_t)(d / NS_PER_S);
		its.it_value.tv_nsec = (long)(d % NS_PER_S);
	}
	timerfd_settime(rte_intr_fd_get(alarm_handle), TFD_TIMER_ABSTIME, &its,
		NULL);
}

static void
alarm_fire(void *arg)
{
	struct alarm *a;

	RTE_SET_USED(arg);
	pthread_mutex_lock(&alarm_lock);
	while ((a = LIST_FIRST(&alarms)) != NULL && a->deadline_ns <= now_ns()) {
		a->executing = true;
		a->executing_thread = pthread_self();
		pthread_mutex_unlock(&alarm_lock);
		a->cb(a->arg);
		pthread_mutex_lock(&alarm_lock);
		LIST_REMOVE(a, next);
		free(a);
		pthread_cond_broadcast(&alarm_done);
	}
	rearm();
	pthread_mutex_unlock(&alarm_lock);
}

/* Lock held. */
static int
alarm_setup(void)
{
	int fd, ret;

	if (alarm_handle != NULL)
		return 0;
	alarm_handle = rte_intr_instance_alloc(RTE_INTR_INSTANCE_F_PRIVATE);
	if (alarm_handle == NULL)
		return -ENOMEM;
	fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
	if (fd < 0) {
		rte_intr_instance_free(alarm_handle);
		alarm_handle = NULL;
		return -errno;
	}
	rte_intr_fd_set(alarm_handle, fd);
	rte_intr_type_set(alarm_handle, RTE_INTR_HANDLE_ALARM);
	ret = rte_intr_callback_register(alarm_handle, alarm_fire, NULL);
	if (ret != 0) {
		close(fd);
		rte_intr_instance_free(alarm_handle);
		alarm_handle = NULL;
	}
	return ret;
}

int
eal_alarm_init(void)
{
	int ret;

	pthread_mutex_lock(&alarm_lock);
	ret = alarm_setup();
	pthread_mutex_unlock(&alarm_lock);
	return ret;
}

int
rte_eal_alarm_set(uint64_t us, rte_eal_alarm_callback cb, void *cb_arg)
{
	struct alarm *a, *cur, *prev = NULL;
	int ret;

	if (us < 1 || us > (UINT64_MAX - US_PER_S) / 1000 || cb == NULL)
		return -EINVAL;
	a = calloc(1, sizeof(*a));
	if (a == NULL)
		return -ENOMEM;
	a->cb = cb;
	a->arg = cb_arg;
	a->deadline_ns = now_ns() + us * 1000;
	pthread_mutex_lock(&alarm_lock);
	ret = alarm_setup();
	if (ret != 0) {
		pthread_mutex_unlock(&alarm_lock);
		free(a);
		return ret;
	}
	LIST_FOREACH(cur, &alarms, next) {
		if (cur->deadline_ns > a->deadline_ns)
			break;
		prev = cur;
	}
	if (prev == NULL)
		LIST_INSERT_HEAD(&alarms, a, next);
	else
		LIST_INSERT_AFTER(prev, a, next);
	if (LIST_FIRST(&alarms) == a)
		rearm();
	pthread_mutex_unlock(&alarm_lock);
	return 0;
}

int
rte_eal_alarm_cancel(rte_eal_alarm_callback cb_fn, void *cb_arg)
{
	struct alarm *a, *tmp;
	bool self_running, other_running;
	int count = 0;

	if (cb_fn == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	pthread_mutex_lock(&alarm_lock);
	do {
		self_running = other_running = false;
		for (a = LIST_FIRST(&alarms); a != NULL; a = tmp) {
			tmp = LIST_NEXT(a, next);
			if (a->cb != cb_fn ||
			    (cb_arg != (void *)-1 && a->arg != cb_arg))
				continue;
			if (!a->executing) {
				LIST_REMOVE(a, next);
				free(a);
				count++;
			} else if (pthread_equal(a->executing_thread,
					pthread_self())) {
				self_running = true;
			} else {
				other_running = true;
			}
		}
		/* wait for a run in the interrupt thread to finish */
		if (other_running)
			pthread_cond_wait(&alarm_done, &alarm_lock);
	} while (other_running);
	if (alarm_handle != NULL)
		rearm();
	pthread_mutex_unlock(&alarm_lock);
	if (self_running)
		rte_errno = EINPROGRESS;
	else if (count == 0)
		rte_errno = ENOENT;
	return count;
}

void
eal_alarm_cleanup(void)
{
	struct alarm *a;

	pthread_mutex_lock(&alarm_lock);
	while ((a = LIST_FIRST(&alarms)) != NULL) {
		LIST_REMOVE(a, next);
		free(a);
	}
	if (alarm_handle != NULL) {
		close(rte_intr_fd_get(alarm_handle));
		rte_intr_instance_free(alarm_handle);
		alarm_handle = NULL;
	}
	pthread_mutex_unlock(&alarm_lock);
}
