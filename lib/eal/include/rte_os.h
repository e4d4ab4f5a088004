/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Operating system glue for Linux (DPDK 22.11 rte_os.h): list macros and
 * the CPU set type.
 */
#ifndef _RTE_OS_H_
#define _RTE_OS_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <sched.h>
#include <sys/queue.h>

/* Same shape as <sys/queue.h>; DPDK code uses the RTE_ names. */
#define RTE_TAILQ_HEAD(name, type) TAILQ_HEAD(name, type)
#define RTE_TAILQ_ENTRY(type) TAILQ_ENTRY(type)
#define RTE_TAILQ_FOREACH(var, head, field) TAILQ_FOREACH(var, head, field)
#define RTE_TAILQ_FIRST(head) TAILQ_FIRST(head)
#define RTE_TAILQ_NEXT(elem, field) TAILQ_NEXT(elem, field)
#define RTE_STAILQ_HEAD(name, type) STAILQ_HEAD(name, type)
#define RTE_STAILQ_ENTRY(type) STAILQ_ENTRY(type)

#ifdef CPU_SETSIZE	/* cpu_set_t needs _GNU_SOURCE */
typedef cpu_set_t rte_cpuset_t;
#define RTE_HAS_CPUSET
#define RTE_CPU_AND(dst, a, b) CPU_AND(dst, a, b)
#define RTE_CPU_OR(dst, a, b) CPU_OR(dst, a, b)
#define RTE_CPU_FILL(set) do { \
	unsigned int _i; \
	CPU_ZERO(set); \
	for (_i = 0; _i < CPU_SETSIZE; _i++) \
		CPU_SET(_i, set); \
} while (0)
#define RTE_CPU_NOT(dst, src) do { \
	cpu_set_t _all; \
	RTE_CPU_FILL(&_all); \
	CPU_XOR(dst, &_all, src); \
} while (0)
#endif

#ifdef __cplusplus
}
#endif

#endif /* _RTE_OS_H_ */
