/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * lcore table and queries: which lcores exist, their CPU sets and NUMA
 * sockets (from sysfs), registration of non-EAL threads, lcore callbacks.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_memory.h>
#include <rte_string_fns.h>

#include "eal_private.h"

#define SYS_CPU_DIR "/sys/devices/system/cpu"

struct lcore_config lcore_config[RTE_MAX_LCORE];
struct eal_lcore_global eal_lcores;

RTE_DEFINE_PER_LCORE(unsigned int, _lcore_id) = LCORE_ID_ANY;
RTE_DEFINE_PER_LCORE(int, _thread_id) = -1;
static RTE_DEFINE_PER_LCORE(unsigned int, _socket_id) = (unsigned int)SOCKET_ID_ANY;

/* lcore callbacks and non-EAL registration share this lock */
static pthread_mutex_t lcore_lock = PTHREAD_MUTEX_INITIALIZER;

struct lcore_callback {
	TAILQ_ENTRY(lcore_callback) next;
	char *name;
	rte_lcore_init_cb init;
	rte_lcore_uninit_cb uninit;
	void *arg;
};
static TAILQ_HEAD(, lcore_callback) lcore_callbacks =
	TAILQ_HEAD_INITIALIZER(lcore_callbacks);

int
eal_cpu_detected(unsigned int cpu)
{
	char path[PATH_MAX];

	if (cpu >= CPU_SETSIZE)
		return 0;
	snprintf(path, sizeof(path), SYS_CPU_DIR "/cpu%u/topology/core_id", cpu);
	if (access(path, F_OK) == 0)
		return 1;
	/* some kernels/containers lack topology: fall back to the cpu dir */
	snprintf(path, sizeof(path), SYS_CPU_DIR "/cpu%u", cpu);
	return access(path, F_OK) == 0;
}

unsigned int
eal_cpu_socket_id(unsigned int cpu)
{
	char path[PATH_MAX];
	struct dirent *de;
	unsigned int node = 0;
	DIR *d;

	/* /sys/devices/system/cpu/cpuN/nodeM links to its NUMA node */
	snprintf(path, sizeof(path), SYS_CPU_DIR "/cpu%u", cpu);
	d = opendir(path);
	if (d == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		if (strncmp(de->d_name, "node", 4) == 0 &&
		    de->d_name[4] >= '0' && de->d_name[4] <= '9') {
			node = (unsigned int)strtoul(de->d_name + 4, NULL, 10);
			break;
		}
	}
	closedir(d);
	return node < RTE_MAX_NUMA_NODES ? node : 0;
}

void
eal_lcores_reset(void)
{
	unsigned int i;

	for (i = 0; i < RTE_MAX_LCORE; i++) {
		lcore_config[i].role = ROLE_OFF;
		lcore_config[i].core_index = (unsigned int)-1;
		CPU_ZERO(&lcore_config[i].cpuset);
	}
	eal_lcores.lcore_count = 0;
}

/* No -l/-c/--lcores: one lcore per CPU the process may run on. */
int
eal_lcores_default(void)
{
	cpu_set_t allowed;
	unsigned int cpu, n = 0;

	if (sched_getaffinity(0, sizeof(allowed), &allowed) != 0)
		CPU_ZERO(&allowed);
	for (cpu = 0; cpu < RTE_MAX_LCORE && cpu < CPU_SETSIZE; cpu++) {
		if (!CPU_ISSET(cpu, &allowed) || !eal_cpu_detected(cpu))
			continue;
		lcore_config[cpu].role = ROLE_RTE;
		CPU_SET(cpu, &lcore_config[cpu].cpuset);
		n++;
	}
	return n > 0 ? 0 : -1;
}

static unsigned int
cpuset_socket(const rte_cpuset_t *set)
{
	unsigned int cpu, sock = (unsigned int)SOCKET_ID_ANY;

	for (cpu = 0; cpu < CPU_SETSIZE; cpu++) {
		if (!CPU_ISSET(cpu, set))
			continue;
		if (sock == (unsigned int)SOCKET_ID_ANY)
			sock = eal_cpu_socket_id(cpu);
		else if (sock != eal_cpu_socket_id(cpu))
			return (unsigned int)SOCKET_ID_ANY;
	}
	return sock;
}

/* After option parsing: indexes, sockets, main lcore. */
int
eal_lcores_finalize(void)
{
	unsigned int i, j, idx = 0;

	eal_lcores.numa_node_count = 0;
	for (i = 0; i < RTE_MAX_LCORE; i++) {
		struct lcore_config *lc = &lcore_config[i];

		if (lc->role != ROLE_RTE)
			continue;
		lc->core_index = idx++;
		lc->socket_id = cpuset_socket(&lc->cpuset);
		if (lc->socket_id == (unsigned int)SOCKET_ID_ANY)
			lc->socket_id = 0;
		for (j = 0; j < eal_lcores.numa_node_count; j++)
			if (eal_lcores.numa_nodes[j] == lc->socket_id)
				break;
		if (j == eal_lcores.numa_node_count &&
		    j < RTE_MAX_NUMA_NODES)
			eal_lcores.numa_nodes[eal_lcores.numa_node_count++] =
				lc->socket_id;
	}
	eal_lcores.lcore_count = idx;
	if (idx == 0) {
		EAL_LOG(ERR, "no lcore enabled: give CPUs with -l or -c\n");
		return -1;
	}
	if (eal_cfg.main_lcore_set) {
		if (eal_cfg.main_lcore >= RTE_MAX_LCORE ||
		    lcore_config[eal_cfg.main_lcore].role != ROLE_RTE) {
			EAL_LOG(ERR, "--main-lcore %u is not in the lcore list\n",
				eal_cfg.main_lcore);
			return -1;
		}
		eal_lcores.main_lcore = eal_cfg.main_lcore;
	} else {
		eal_lcores.main_lcore = rte_get_next_lcore(-1, 0, 0);
	}
	return 0;
}

enum rte_lcore_role_t
rte_eal_lcore_role(unsigned int lcore_id)
{
	if (lcore_id >= RTE_MAX_LCORE)
		return ROLE_OFF;
	return lcore_config[lcore_id].role;
}

int
rte_lcore_has_role(unsigned int lcore_id, enum rte_lcore_role_t role)
{
	if (lcore_id >= RTE_MAX_LCORE)
		return -EINVAL;
	return lcore_config[lcore_id].role == role ? 0 : -1;
}

unsigned int
rte_get_main_lcore(void)
{
	return eal_lcores.main_lcore;
}

unsigned int
rte_lcore_count(void)
{
	return eal_lcores.lcore_count;
}

int
rte_lcore_index(int lcore_id)
{
	if (lcore_id >= RTE_MAX_LCORE)
		return -1;
	if (lcore_id < 0) {
		if (rte_lcore_id() == LCORE_ID_ANY)
			return -1;
		lcore_id = (int)rte_lcore_id();
	}
	if (lcore_config[lcore_id].role != ROLE_RTE)
		return -1;
	return (int)lcore_config[lcore_id].core_index;
}

int
rte_lcore_is_enabled(unsigned int lcore_id)
{
	if (lcore_id >= RTE_MAX_LCORE)
		return 0;
	return lcore_config[lcore_id].role == ROLE_RTE;
}

unsigned int
rte_get_next_lcore(unsigned int i, int skip_main, int wrap)
{
	i++;
	if (wrap)
		i %= RTE_MAX_LCORE;
	while (i < RTE_MAX_LCORE) {
		if (rte_lcore_is_enabled(i) &&
		    !(skip_main && i == rte_get_main_lcore()))
			return i;
		i++;
		if (wrap)
			i %= RTE_MAX_LCORE;
	}
	return i;
}

unsigned int
rte_socket_id(void)
{
	return RTE_PER_LCORE(_socket_id);
}

unsigned int
rte_lcore_to_socket_id(unsigned int lcore_id)
{
	if (lcore_id >= RTE_MAX_LCORE)
		return (unsigned int)SOCKET_ID_ANY;
	return lcore_config[lcore_id].socket_id;
}

unsigned int
rte_socket_count(void)
{
	return eal_lcores.numa_node_count;
}

int
rte_socket_id_by_idx(unsigned int idx)
{
	if (idx >= eal_lcores.numa_node_count) {
		rte_errno = EINVAL;
		return -1;
	}
	return (int)eal_lcores.numa_nodes[idx];
}

int
rte_lcore_to_cpu_id(int lcore_id)
{
	unsigned int cpu;

	if (lcore_id < 0 || lcore_id >= RTE_MAX_LCORE ||
	    lcore_config[lcore_id].role == ROLE_OFF)
		return -1;
	for (cpu = 0; cpu < CPU_SETSIZE; cpu++)
		if (CPU_ISSET(cpu, &lcore_config[lcore_id].cpuset))
			return (int)cpu;
	return -1;
}

rte_cpuset_t
rte_lcore_cpuset(unsigned int lcore_id)
{
	rte_cpuset_t empty;

	if (lcore_id >= RTE_MAX_LCORE) {
		CPU_ZERO(&empty);
		return empty;
	}
	return lcore_config[lcore_id].cpuset;
}

/* Make the calling thread lcore lcore_id (TLS only; no pinning). */
void
eal_thread_set_lcore(unsigned int lcore_id)
{
	RTE_PER_LCORE(_lcore_id) = lcore_id;
	if (lcore_id < RTE_MAX_LCORE)
		RTE_PER_LCORE(_socket_id) = lcore_config[lcore_id].socket_id;
	else
		RTE_PER_LCORE(_socket_id) = (unsigned int)SOCKET_ID_ANY;
}

int
rte_thread_set_affinity(rte_cpuset_t *cpusetp)
{
	unsigned int id = rte_lcore_id();

	if (pthread_setaffinity_np(pthread_self(), sizeof(*cpusetp),
			cpusetp) != 0) {
		EAL_LOG(ERR, "pthread_setaffinity_np failed\n");
		return -1;
	}
	RTE_PER_LCORE(_socket_id) = cpuset_socket(cpusetp);
	if (id < RTE_MAX_LCORE) {
		lcore_config[id].cpuset = *cpusetp;
		lcore_config[id].socket_id = RTE_PER_LCORE(_socket_id);
	}
	return 0;
}

void
rte_thread_get_affinity(rte_cpuset_t *cpusetp)
{
	if (pthread_getaffinity_np(pthread_self(), sizeof(*cpusetp),
			cpusetp) != 0)
		CPU_ZERO(cpusetp);
}

/* --- lcore callbacks ---------------------------------------------------- */

static int
callback_init(struct lcore_callback *cb, unsigned int lcore_id)
{
	if (cb->init == NULL)
		return 0;
	return cb->init(lcore_id, cb->arg);
}

static void
callback_uninit(struct lcore_callback *cb, unsigned int lcore_id)
{
	if (cb->uninit != NULL)
		cb->uninit(lcore_id, cb->arg);
}

void *
rte_lcore_callback_register(const char *name, rte_lcore_init_cb init,
	rte_lcore_uninit_cb uninit, void *arg)
{
	struct lcore_callback *cb;
	unsigned int id;

	if (name == NULL)
		return NULL;
	cb = calloc(1, sizeof(*cb));
	if (cb == NULL)
		return NULL;
	cb->name = strdup(name);
	if (cb->name == NULL) {
		free(cb);
		return NULL;
	}
	cb->init = init;
	cb->uninit = uninit;
	cb->arg = arg;
	pthread_mutex_lock(&lcore_lock);
	/* run init on the lcores in use now; undo if one refuses */
	for (id = 0; id < RTE_MAX_LCORE; id++) {
		if (lcore_config[id].role == ROLE_OFF)
			continue;
		if (callback_init(cb, id) != 0) {
			while (id-- > 0)
				if (lcore_config[id].role != ROLE_OFF)
					callback_uninit(cb, id);
			pthread_mutex_unlock(&lcore_lock);
			free(cb->name);
			free(cb);
			return NULL;
		}
	}
	TAILQ_INSERT_TAIL(&lcore_callbacks, cb, next);
	pthread_mutex_unlock(&lcore_lock);
	return cb;
}

void
rte_lcore_callback_unregister(void *handle)
{
	struct lcore_callback *cb = handle;
	unsigned int id;

	if (cb == NULL)
		return;
	pthread_mutex_lock(&lcore_lock);
	for (id = 0; id < RTE_MAX_LCORE; id++)
		if (lcore_config[id].role != ROLE_OFF)
			callback_uninit(cb, id);
	TAILQ_REMOVE(&lcore_callbacks, cb, next);
	pthread_mutex_unlock(&lcore_lock);
	free(cb->name);
	free(cb);
}

int
rte_lcore_iterate(rte_lcore_iterate_cb cb, void *arg)
{
	unsigned int id;
	int ret = 0;

	pthread_mutex_lock(&lcore_lock);
	for (id = 0; id < RTE_MAX_LCORE; id++) {
		if (lcore_config[id].role == ROLE_OFF)
			continue;
		ret = cb(id, arg);
		if (ret != 0)
			break;
	}
	pthread_mutex_unlock(&lcore_lock);
	return ret;
}

static const char *
role_name(enum rte_lcore_role_t role)
{
	switch (role) {
	case ROLE_RTE: return "RTE";
	case ROLE_SERVICE: return "SERVICE";
	case ROLE_NON_EAL: return "NON_EAL";
	default: return "UNKNOWN";
	}
}

static int
lcore_dump_cb(unsigned int id, void *arg)
{
	FILE *f = arg;
	char cpus[256] = "";
	unsigned int cpu;
	size_t len = 0;

	for (cpu = 0; cpu < CPU_SETSIZE && len < sizeof(cpus) - 8; cpu++)
		if (CPU_ISSET(cpu, &lcore_config[id].cpuset))
			len += (size_t)snprintf(cpus + len, sizeof(cpus) - len,
				"%s%u", len ? "," : "", cpu);
	fprintf(f, "lcore %u, socket %u, role %s, cpuset %s\n", id,
		lcore_config[id].socket_id, role_name(lcore_config[id].role),
		cpus);
	return 0;
}

void
rte_lcore_dump(FILE *f)
{
	rte_lcore_iterate(lcore_dump_cb, f);
}

/* --- non-EAL threads ------------------------------------------------------ */

int
rte_thread_register(void)
{
	struct lcore_callback *cb;
	unsigned int id;

	if (rte_lcore_id() != LCORE_ID_ANY)
		return 0;	/* already an lcore */
	pthread_mutex_lock(&lcore_lock);
	for (id = 0; id < RTE_MAX_LCORE; id++)
		if (lcore_config[id].role == ROLE_OFF)
			break;
	if (id == RTE_MAX_LCORE) {
		pthread_mutex_unlock(&lcore_lock);
		EAL_LOG(ERR, "no free lcore id for a non-EAL thread "
			"(all %d in use)\n", RTE_MAX_LCORE);
		rte_errno = ENOMEM;
		return -1;
	}
	lcore_config[id].role = ROLE_NON_EAL;
	rte_thread_get_affinity(&lcore_config[id].cpuset);
	lcore_config[id].socket_id = cpuset_socket(&lcore_config[id].cpuset);
	TAILQ_FOREACH(cb, &lcore_callbacks, next) {
		if (callback_init(cb, id) != 0) {
			struct lcore_callback *undo;

			TAILQ_FOREACH(undo, &lcore_callbacks, next) {
				if (undo == cb)
					break;
				callback_uninit(undo, id);
			}
			lcore_config[id].role = ROLE_OFF;
			pthread_mutex_unlock(&lcore_lock);
			rte_errno = EINVAL;
			return -1;
		}
	}
	pthread_mutex_unlock(&lcore_lock);
	eal_thread_set_lcore(id);
	return 0;
}

void
rte_thread_unregister(void)
{
	struct lcore_callback *cb;
	unsigned int id = rte_lcore_id();

	if (id >= RTE_MAX_LCORE || lcore_config[id].role != ROLE_NON_EAL)
		return;
	pthread_mutex_lock(&lcore_lock);
	TAILQ_FOREACH(cb, &lcore_callbacks, next)
		callback_uninit(cb, id);
	lcore_config[id].role = ROLE_OFF;
	pthread_mutex_unlock(&lcore_lock);
	eal_thread_set_lcore(LCORE_ID_ANY);
}
