/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * mempool_debug_autotest (debug builds only, where object cookies exist):
 * a double free and a write past the end of an object must stop the
 * process with a panic naming the pool and the object. Each misuse runs
 * in a forked child; the parent checks the child died of SIGABRT and
 * that its stderr has the expected message.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

#include <rte_common.h>
#include <rte_mempool.h>

#include "test.h"

#ifdef RTE_LIBRTE_MEMPOOL_DEBUG

enum misuse { DOUBLE_FREE, OVERRUN };

/* Run the misuse in a child; returns 0 if it panicked with `expect`. */
static int
expect_panic(struct rte_mempool *mp, enum misuse what, const char *expect)
{
	char out[4096] = "";
	int fds[2], status = 0, waited = 0;
	ssize_t n, len = 0;
	void *obj;
	pid_t pid;

	TEST_ASSERT_EQUAL(pipe(fds), 0, "pipe");
	TEST_ASSERT_EQUAL(rte_mempool_get(mp, &obj), 0, "get");
	pid = fork();
	TEST_ASSERT(pid >= 0, "fork");
	if (pid == 0) {
		dup2(fds[1], STDERR_FILENO);
		if (what == DOUBLE_FREE) {
			rte_mempool_put(mp, obj);
			rte_mempool_put(mp, obj);
		} else {
			memset(obj, 0xa5, mp->elt_size + 1);
			rte_mempool_put(mp, obj);
		}
		_exit(0); /* not reached if the check works */
	}
	close(fds[1]);
	while ((n = read(fds[0], out + len, sizeof(out) - 1 - len)) > 0)
		len += n;
	out[len] = '\0';
	close(fds[0]);
	while (waitpid(pid, &status, WNOHANG) == 0 && waited++ < 100)
		usleep(100 * 1000);
	if (waited > 100) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
	}
	rte_mempool_put(mp, obj); /* the parent's copy is still in use */
	TEST_ASSERT(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT,
		"child was not stopped by a panic (status %#x)", status);
	TEST_ASSERT(strstr(out, expect) != NULL, "panic message '%s' not in: %s",
		expect, out);
	TEST_ASSERT(strstr(out, mp->name) != NULL, "message names the pool");
	return TEST_SUCCESS;
}

static int
test_mempool_debug(void)
{
	struct rte_mempool *mp;
	int ret = TEST_SUCCESS;

	mp = rte_mempool_create("mp_debug", 16, 64, 0, 0, NULL, NULL, NULL,
		NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	fflush(stdout);
	if (expect_panic(mp, DOUBLE_FREE, "double free of object") != 0 ||
	    expect_panic(mp, OVERRUN, "overrun") != 0)
		ret = TEST_FAILED;
	rte_mempool_audit(mp);
	if (rte_mempool_avail_count(mp) != 16)
		ret = TEST_FAILED;
	rte_mempool_free(mp);
	return ret;
}

REGISTER_TEST_COMMAND(mempool_debug_autotest, test_mempool_debug);

#endif /* RTE_LIBRTE_MEMPOOL_DEBUG */
