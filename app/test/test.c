/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * pmdkit-test main: initialise the EAL, then run test commands given
 * after the EAL options, in the DPDK_TEST environment variable, or one per
 * line on stdin (as `echo ring_perf_autotest | dpdk-test ...`). Exit status
 * is 0 only if every command passed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_eal.h>
#include <rte_lcore.h>

#include "test.h"

static TAILQ_HEAD(, test_command) commands =
	TAILQ_HEAD_INITIALIZER(commands);

void
add_test_command(struct test_command *t)
{
	TAILQ_INSERT_TAIL(&commands, t, next);
}

static void
list_commands(void)
{
	struct test_command *t;

	printf("Available commands:");
	TAILQ_FOREACH(t, &commands, next)
		printf(" %s", t->command);
	printf("\n");
}

/* Run one command line; returns 0 on success (or empty/quit line). */
static int
run_command(const char *line)
{
	char cmd[128];
	struct test_command *t;
	size_t len;
	int ret;

	while (*line == ' ' || *line == '\t')
		line++;
	len = strcspn(line, " \t\r\n");
	if (len == 0)
		return 0;
	if (len >= sizeof(cmd)) {
		printf("Command too long: '%.*s...'\n", 32, line);
		return -1;
	}
	memcpy(cmd, line, len);
	cmd[len] = '\0';
	if (strcmp(cmd, "quit") == 0 || strcmp(cmd, "exit") == 0)
		return 0;
	if (strcmp(cmd, "help") == 0 || strcmp(cmd, "list") == 0) {
		list_commands();
		return 0;
	}
	TAILQ_FOREACH(t, &commands, next) {
		if (strcmp(t->command, cmd) != 0)
			continue;
		ret = t->callback();
		if (ret == TEST_SUCCESS)
			printf("Test OK\n");
		else if (ret == TEST_SKIPPED)
			printf("Test Skipped\n");
		else
			printf("Test Failed\n");
		fflush(stdout);
		return ret == TEST_SUCCESS || ret == TEST_SKIPPED ? 0 : -1;
	}
	printf("Unknown command '%s'. ", cmd);
	list_commands();
	return -1;
}

int
main(int argc, char **argv)
{
	char line[512];
	const char *env;
	int ret, i, failed = 0, ran = 0;

	ret = rte_eal_init(argc, argv);
	if (ret < 0) {
		fprintf(stderr, "pmdkit-test: EAL initialisation failed\n");
		return 1;
	}
	argc -= ret;
	argv += ret;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			continue;
		ran = 1;
		if (run_command(argv[i]) != 0)
			failed = 1;
	}
	env = getenv("DPDK_TEST");
	if (!ran && env != NULL && env[0] != '\0') {
		ran = 1;
		if (run_command(env) != 0)
			failed = 1;
	}
	if (!ran) {
		while (fgets(line, sizeof(line), stdin) != NULL) {
			if (strncmp(line, "quit", 4) == 0)
				break;
			if (run_command(line) != 0)
				failed = 1;
		}
	}
	rte_eal_cleanup();
	return failed ? 1 : 0;
}
