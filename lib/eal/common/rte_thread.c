/* SPDX-License-Identifier: BSD-3-Clause */
/* rte_thread.h: thin wrappers over pthreads. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_thread.h>

struct thread_start {
	rte_thread_func func;
	void *arg;
};

static void *
thread_trampoline(void *p)
{
	struct thread_start s = *(struct thread_start *)p;

	free(p);
	return (void *)(uintptr_t)s.func(s.arg);
}

int
rte_thread_create(rte_thread_t *thread_id, const rte_thread_attr_t *thread_attr,
	rte_thread_func thread_func, void *arg)
{
	struct thread_start *s;
	pthread_attr_t a;
	pthread_t tid;
	int ret;

	if (thread_id == NULL || thread_func == NULL)
		return EINVAL;
	s = malloc(sizeof(*s));
	if (s == NULL)
		return ENOMEM;
	s->func = thread_func;
	s->arg = arg;
	pthread_attr_init(&a);
	if (thread_attr != NULL && CPU_COUNT(&thread_attr->cpuset) > 0)
		pthread_attr_setaffinity_np(&a, sizeof(thread_attr->cpuset),
			&thread_attr->cpuset);
	ret = pthread_create(&tid, &a, thread_trampoline, s);
	pthread_attr_destroy(&a);
	if (ret != 0) {
		free(s);
		return ret;
	}
	thread_id->opaque_id = (uintptr_t)tid;
	return 0;
}

int
rte_thread_join(rte_thread_t thread_id, uint32_t *value_ptr)
{
	void *res;
	int ret = pthread_join((pthread_t)thread_id.opaque_id, &res);

	if (ret == 0 && value_ptr != NULL)
		*value_ptr = (uint32_t)(uintptr_t)res;
	return ret;
}

int
rte_thread_detach(rte_thread_t thread_id)
{
	return pthread_detach((pthread_t)thread_id.opaque_id);
}

rte_thread_t
rte_thread_self(void)
{
	rte_thread_t t = { .opaque_id = (uintptr_t)pthread_self() };

	return t;
}

int
rte_thread_equal(rte_thread_t t1, rte_thread_t t2)
{
	return pthread_equal((pthread_t)t1.opaque_id, (pthread_t)t2.opaque_id);
}

int
rte_thread_attr_init(rte_thread_attr_t *attr)
{
	if (attr == NULL)
		return EINVAL;
	attr->priority = RTE_THREAD_PRIORITY_NORMAL;
	CPU_ZERO(&attr->cpuset);
	return 0;
}

int
rte_thread_attr_set_priority(rte_thread_attr_t *thread_attr,
	enum rte_thread_priority priority)
{
	if (thread_attr == NULL)
		return EINVAL;
	thread_attr->priority = priority;
	return 0;
}

int
rte_thread_attr_set_affinity(rte_thread_attr_t *thread_attr,
	rte_cpuset_t *cpuset)
{
	if (thread_attr == NULL || cpuset == NULL)
		return EINVAL;
	thread_attr->cpuset = *cpuset;
	return 0;
}

int
rte_thread_attr_get_affinity(rte_thread_attr_t *thread_attr,
	rte_cpuset_t *cpuset)
{
	if (thread_attr == NULL || cpuset == NULL)
		return EINVAL;
	*cpuset = thread_attr->cpuset;
	return 0;
}

int
rte_thread_set_affinity_by_id(rte_thread_t thread_id,
	const rte_cpuset_t *cpuset)
{
	return pthread_setaffinity_np((pthread_t)thread_id.opaque_id,
		sizeof(*cpuset), cpuset);
}

int
rte_thread_get_affinity_by_id(rte_thread_t thread_id, rte_cpuset_t *cpuset)
{
	return pthread_getaffinity_np((pthread_t)thread_id.opaque_id,
		sizeof(*cpuset), cpuset);
}

struct eal_tls_key {
	pthread_key_t key;
};

int
rte_thread_key_create(rte_thread_key *key, void (*destructor)(void *))
{
	if (key == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	*key = malloc(sizeof(**key));
	if (*key == NULL) {
		rte_errno = ENOMEM;
		return -1;
	}
	if (pthread_key_create(&(*key)->key, destructor) != 0) {
		free(*key);
		*key = NULL;
		rte_errno = ENOEXEC;
		return -1;
	}
	return 0;
}

int
rte_thread_key_delete(rte_thread_key key)
{
	if (key == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	pthread_key_delete(key->key);
	free(key);
	return 0;
}

int
rte_thread_value_set(rte_thread_key key, const void *value)
{
	if (key == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	if (pthread_setspecific(key->key, value) != 0) {
		rte_errno = ENOEXEC;
		return -1;
	}
	return 0;
}

void *
rte_thread_value_get(rte_thread_key key)
{
	if (key == NULL) {
		rte_errno = EINVAL;
		return NULL;
	}
	return pthread_getspecific(key->key);
}
