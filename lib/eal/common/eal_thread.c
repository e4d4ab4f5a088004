/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Worker lcore threads and the launch/wait handshake, control threads.
 *
 * Handshake: each worker sleeps on its lcore's condition variable until
 * the main lcore hands it a function (launch) or tells it to quit. The
 * mutex around f/arg/ret gives the ordering: what the launcher wrote
 * before rte_eal_remote_launch() is visible to the function, and what
 * the function wrote is visible after rte_eal_wait_lcore() (mutex unlock
 * is a release, lock an acquire). `state` is also stored with release
 * and loaded with acquire so rte_eal_get_lcore_state() can poll it
 * without the lock.
 */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_string_fns.h>
#include <rte_thread.h>

#include "eal_private.h"

static bool workers_pending_launch[RTE_MAX_LCORE]; /* under lcore lock */

static void
state_set(struct lcore_config *lc, enum rte_lcore_state_t s)
{
	__atomic_store_n(&lc->state, s, __ATOMIC_RELEASE);
}

enum rte_lcore_state_t
rte_eal_get_lcore_state(unsigned int lcore_id)
{
	if (lcore_id >= RTE_MAX_LCORE)
		return WAIT;
	return __atomic_load_n(&lcore_config[lcore_id].state, __ATOMIC_ACQUIRE);
}

static void *
eal_worker_loop(void *arg)
{
	unsigned int id = (unsigned int)(uintptr_t)arg;
	struct lcore_config *lc = &lcore_config[id];
	lcore_function_t *f;
	void *farg;
	int ret;

	eal_thread_set_lcore(id);
	pthread_mutex_lock(&lc->lock);
	for (;;) {
		while (!workers_pending_launch[id] && !lc->quit)
			pthread_cond_wait(&lc->cond, &lc->lock);
		if (lc->quit)
			break;
		workers_pending_launch[id] = false;
		f = lc->f;
		farg = lc->arg;
		pthread_mutex_unlock(&lc->lock);

		ret = f(farg);

		pthread_mutex_lock(&lc->lock);
		lc->ret = ret;
		lc->f = NULL;
		state_set(lc, WAIT);
		pthread_cond_broadcast(&lc->cond);	/* wake rte_eal_wait_lcore */
	}
	pthread_mutex_unlock(&lc->lock);
	return NULL;
}

int
rte_thread_setname(pthread_t id, const char *name)
{
	char buf[RTE_MAX_THREAD_NAME_LEN];

	if (name == NULL)
		return -1;
	/* Linux limits names to 15 characters: truncate rather than fail */
	rte_strlcpy(buf, name, sizeof(buf));
	return pthread_setname_np(id, buf) == 0 ? 0 : -1;
}

int
rte_thread_getname(pthread_t id, char *name, size_t len)
{
	return pthread_getname_np(id, name, len) == 0 ? 0 : -1;
}

/* Pin the calling (main) thread to the main lcore's CPUs. */
void
eal_thread_init_main(void)
{
	unsigned int main_id = rte_get_main_lcore();

	eal_thread_set_lcore(main_id);
	if (pthread_setaffinity_np(pthread_self(), sizeof(rte_cpuset_t),
			&lcore_config[main_id].cpuset) != 0)
		EAL_LOG(WARNING, "cannot pin the main thread to lcore %u's CPUs\n",
			main_id);
	lcore_config[main_id].thread_id = pthread_self();
	state_set(&lcore_config[main_id], WAIT);
}

int
eal_workers_start(void)
{
	unsigned int id;
	pthread_attr_t attr;
	char name[32];	/* rte_thread_setname truncates to 15 */
	int ret;

	RTE_LCORE_FOREACH_WORKER(id) {
		struct lcore_config *lc = &lcore_config[id];

		pthread_mutex_init(&lc->lock, NULL);
		pthread_cond_init(&lc->cond, NULL);
		lc->quit = false;
		lc->launched = false;
		workers_pending_launch[id] = false;
		state_set(lc, WAIT);
		pthread_attr_init(&attr);
		/* pinned from its first instruction */
		pthread_attr_setaffinity_np(&attr, sizeof(lc->cpuset), &lc->cpuset);
		ret = pthread_create(&lc->thread_id, &attr, eal_worker_loop,
			(void *)(uintptr_t)id);
		pthread_attr_destroy(&attr);
		if (ret != 0) {
			EAL_LOG(ERR, "cannot create the thread of lcore %u: %s "
				"(is the CPU in this process's allowed set? see "
				"taskset)\n", id, strerror(ret));
			eal_workers_stop();
			return -1;
		}
		lc->thread_started = true;
		snprintf(name, sizeof(name), "lcore-worker-%u", id);
		rte_thread_setname(lc->thread_id, name);
	}
	return 0;
}

/*
 * Ask idle workers to exit and join them. A worker still running a
 * function (an application that exits without stopping its loops, or
 * rte_exit() called from a worker) is detached instead: waiting for it
 * could take forever. Returns true if some worker was left running.
 */
bool
eal_workers_stop(void)
{
	unsigned int id;
	bool busy = false;

	for (id = 0; id < RTE_MAX_LCORE; id++) {
		struct lcore_config *lc = &lcore_config[id];
		bool running;

		if (!lc->thread_started)
			continue;
		pthread_mutex_lock(&lc->lock);
		lc->quit = true;
		running = lc->state == RUNNING ||
			pthread_equal(lc->thread_id, pthread_self());
		pthread_cond_broadcast(&lc->cond);
		pthread_mutex_unlock(&lc->lock);
		lc->thread_started = false;
		if (running) {
			pthread_detach(lc->thread_id);
			busy = true;
			continue;
		}
		pthread_join(lc->thread_id, NULL);
		pthread_cond_destroy(&lc->cond);
		pthread_mutex_destroy(&lc->lock);
	}
	return busy;
}

static bool
is_worker(unsigned int id)
{
	return id < RTE_MAX_LCORE && lcore_config[id].thread_started &&
		id != rte_get_main_lcore();
}

int
rte_eal_remote_launch(lcore_function_t *f, void *arg, unsigned int worker_id)
{
	struct lcore_config *lc;

	if (f == NULL || !is_worker(worker_id))
		return -EINVAL;
	lc = &lcore_config[worker_id];
	pthread_mutex_lock(&lc->lock);
	if (lc->state == RUNNING) {
		pthread_mutex_unlock(&lc->lock);
		return -EBUSY;
	}
	lc->f = f;
	lc->arg = arg;
	lc->launched = true;
	workers_pending_launch[worker_id] = true;
	state_set(lc, RUNNING);
	pthread_cond_broadcast(&lc->cond);
	pthread_mutex_unlock(&lc->lock);
	return 0;
}

int
rte_eal_wait_lcore(unsigned int worker_id)
{
	struct lcore_config *lc;
	int ret;

	if (!is_worker(worker_id))
		return 0;
	lc = &lcore_config[worker_id];
	pthread_mutex_lock(&lc->lock);
	if (!lc->launched) {
		pthread_mutex_unlock(&lc->lock);
		return 0;
	}
	while (lc->state == RUNNING)
		pthread_cond_wait(&lc->cond, &lc->lock);
	lc->launched = false;
	ret = lc->ret;
	pthread_mutex_unlock(&lc->lock);
	return ret;
}

int
rte_eal_mp_remote_launch(lcore_function_t *f, void *arg,
	enum rte_rmt_call_main_t call_main)
{
	unsigned int id, main_id = rte_get_main_lcore();
	struct lcore_config *mlc = &lcore_config[main_id];

	if (f == NULL)
		return -EINVAL;
	RTE_LCORE_FOREACH_WORKER(id)
		if (rte_eal_get_lcore_state(id) != WAIT)
			return -EBUSY;
	RTE_LCORE_FOREACH_WORKER(id)
		rte_eal_remote_launch(f, arg, id);
	if (call_main == CALL_MAIN) {
		state_set(mlc, RUNNING);
		mlc->ret = f(arg);
		state_set(mlc, WAIT);
	}
	return 0;
}

void
rte_eal_mp_wait_lcore(void)
{
	unsigned int id;

	RTE_LCORE_FOREACH_WORKER(id)
		rte_eal_wait_lcore(id);
}

/* --- control threads ------------------------------------------------------- */

/* CPUs not used by any lcore; all of the process's CPUs if none is left. */
static void
ctrl_cpuset(rte_cpuset_t *set)
{
	rte_cpuset_t used, allowed;
	unsigned int id, cpu;

	if (sched_getaffinity(0, sizeof(*set), set) != 0)
		CPU_ZERO(set);
	CPU_ZERO(&used);
	for (id = 0; id < RTE_MAX_LCORE; id++)
		if (lcore_config[id].role == ROLE_RTE)
			CPU_OR(&used, &used, &lcore_config[id].cpuset);
	allowed = *set;
	for (cpu = 0; cpu < CPU_SETSIZE; cpu++)
		if (CPU_ISSET(cpu, &used))
			CPU_CLR(cpu, set);
	if (CPU_COUNT(set) == 0)
		*set = allowed;	/* every CPU runs an lcore: share them */
}

int
rte_ctrl_thread_create(pthread_t *thread, const char *name,
	const pthread_attr_t *attr, void *(*start_routine)(void *), void *arg)
{
	pthread_attr_t a;
	rte_cpuset_t set;
	int ret;

	if (thread == NULL || start_routine == NULL)
		return EINVAL;
	if (attr != NULL)
		a = *attr;
	else
		pthread_attr_init(&a);
	ctrl_cpuset(&set);
	pthread_attr_setaffinity_np(&a, sizeof(set), &set);
	ret = pthread_create(thread, &a, start_routine, arg);
	if (attr == NULL)
		pthread_attr_destroy(&a);
	if (ret != 0)
		return ret;
	if (name != NULL)
		rte_thread_setname(*thread, name);
	return 0;
}
