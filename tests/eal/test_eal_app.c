/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A minimal EAL application for the option and hugepage tests:
 *   test_eal_app <EAL options> [-- <command> [args]]
 * Prints what rte_eal_init consumed and left, then runs the command:
 *   memsegs   print every memseg, check IOVAs are set and distinct
 *   alloc MB  rte_malloc MB MiB and touch it (memory grows on demand)
 *   hold      stay alive after init (killed by the test)
 *   busy_exit rte_exit(0) while a worker lcore spins forever
 *   panic     rte_panic() (aborts with a backtrace)
 * Exit status: 0 ok, 2 rte_eal_init failed, 3 a check failed.
 */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_debug.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_memory.h>

#define MAX_SEGS 4096

static rte_iova_t seen[MAX_SEGS];
static unsigned int nseen;

static int
seg_cb(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
	void *arg)
{
	unsigned int i;
	int *bad = arg;

	RTE_SET_USED(msl);
	printf("seg addr=%p iova=0x%" PRIx64 " len=%zu socket=%d\n", ms->addr,
		ms->iova, ms->len, ms->socket_id);
	if (ms->iova == 0 || ms->iova == RTE_BAD_IOVA)
		*bad = 1;
	for (i = 0; i < nseen; i++)
		if (seen[i] == ms->iova)
			*bad = 1;
	if (nseen < MAX_SEGS)
		seen[nseen++] = ms->iova;
	return 0;
}

static int
spin(void *arg)
{
	volatile char *p = rte_malloc(NULL, 4096, 0);

	RTE_SET_USED(arg);
	for (;;)
		if (p != NULL)
			p[0]++;	/* keeps touching EAL memory */
	return 0;
}

int
main(int argc, char **argv)
{
	int n, i, bad = 0;

	if (getenv("PRE_GETOPT") != NULL) {
		/* an application that ran getopt (on a copy of argv, which
		 * GNU getopt permutes) before rte_eal_init: leaves optind and
		 * getopt's internal state behind */
		char *copy[64];

		for (i = 0; i < argc && i < 63; i++)
			copy[i] = argv[i];
		copy[i] = NULL;
		opterr = 0;
		while (getopt(i, copy, "l:m:") != -1)
			;
	}
	n = rte_eal_init(argc, argv);
	if (n < 0) {
		printf("init failed: rte_errno=%d (%s)\n", rte_errno,
			rte_strerror(rte_errno));
		return 2;
	}
	printf("consumed=%d lcores=%u main=%u iova=%s hugepages=%d\n", n,
		rte_lcore_count(), rte_get_main_lcore(),
		rte_eal_iova_mode() == RTE_IOVA_PA ? "PA" : "VA",
		rte_eal_has_hugepages());
	argc -= n;
	argv += n;
	for (i = 1; i < argc; i++)
		printf("arg[%d]=%s\n", i, argv[i]);
	if (argc >= 2 && strcmp(argv[1], "memsegs") == 0) {
		rte_memseg_walk(seg_cb, &bad);
		printf("segments=%u physmem=%" PRIu64 "\n", nseen,
			rte_eal_get_physmem_size());
	} else if (argc >= 3 && strcmp(argv[1], "alloc") == 0) {
		size_t len = (size_t)atoi(argv[2]) << 20;
		char *p = rte_malloc(NULL, len, 0);

		if (p == NULL) {
			printf("alloc of %zu bytes failed\n", len);
			bad = 1;
		} else {
			memset(p, 0xa5, len);
			printf("allocated %zu bytes\n", len);
			rte_free(p);
		}
	} else if (argc >= 2 && strcmp(argv[1], "busy_exit") == 0) {
		rte_eal_remote_launch(spin, NULL, rte_get_next_lcore(-1, 1, 0));
		rte_exit(0, "leaving with a busy worker\n");
	} else if (argc >= 2 && strcmp(argv[1], "panic") == 0) {
		rte_panic("test panic %d\n", 42);
	} else if (argc >= 2 && strcmp(argv[1], "hold") == 0) {
		printf("holding\n");
		fflush(stdout);
		for (;;)
			pause();
	}
	if (rte_eal_cleanup() != 0) {
		printf("rte_eal_cleanup failed\n");
		bad = 1;
	}
	return bad ? 3 : 0;
}
