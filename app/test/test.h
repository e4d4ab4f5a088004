/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * pmdkit-test: command registry and assertion helpers shared by the test
 * and benchmark commands (DPDK dpdk-test style).
 *
 * A command is a function returning TEST_SUCCESS (0) or TEST_FAILED (-1),
 * registered from any file of the program with
 *     REGISTER_TEST_COMMAND(ring_autotest, test_ring);
 */
#ifndef _PMDKIT_TEST_H_
#define _PMDKIT_TEST_H_

#include <stdio.h>
#include <sys/queue.h>

#include <rte_common.h>

#define TEST_SUCCESS 0
#define TEST_FAILED -1
#define TEST_SKIPPED 77

/* Fail the current command with a message naming file and line. */
#define TEST_ASSERT(cond, ...) do { \
	if (!(cond)) { \
		printf("%s:%d: assertion '%s' failed: ", __FILE__, __LINE__, \
			#cond); \
		printf(__VA_ARGS__); \
		printf("\n"); \
		return TEST_FAILED; \
	} \
} while (0)

#define TEST_ASSERT_EQUAL(a, b, ...) do { \
	long long _a = (long long)(a), _b = (long long)(b); \
	if (_a != _b) { \
		printf("%s:%d: '%s' == %lld, expected '%s' == %lld: ", \
			__FILE__, __LINE__, #a, _a, #b, _b); \
		printf(__VA_ARGS__); \
		printf("\n"); \
		return TEST_FAILED; \
	} \
} while (0)

#define TEST_ASSERT_NOT_NULL(p, ...) TEST_ASSERT((p) != NULL, __VA_ARGS__)
#define TEST_ASSERT_NULL(p, ...) TEST_ASSERT((p) == NULL, __VA_ARGS__)

/* Run a sub-test and propagate its failure. */
#define TEST_RUN(fn, ...) do { \
	if ((fn)(__VA_ARGS__) != TEST_SUCCESS) { \
		printf("  sub-test %s failed\n", #fn); \
		return TEST_FAILED; \
	} \
} while (0)

typedef int (test_callback)(void);

struct test_command {
	TAILQ_ENTRY(test_command) next;
	const char *command;
	test_callback *callback;
};

void add_test_command(struct test_command *t);

/* Register fn as command cmd (runs before main). */
#define REGISTER_TEST_COMMAND(cmd, fn) \
	static struct test_command test_struct_##cmd = { \
		.command = RTE_STR(cmd), \
		.callback = fn, \
	}; \
	RTE_INIT(test_register_##cmd) \
	{ \
		add_test_command(&test_struct_##cmd); \
	}

#endif /* _PMDKIT_TEST_H_ */
