/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * helloworld: starts the EAL and runs a function on every lcore given with
 * -l/--lcores (the main lcore included), each printing its lcore id.
 *
 *   pmdkit-helloworld --no-huge -l 0-1
 */
#include <stdio.h>
#include <stdlib.h>

#include <rte_debug.h>
#include <rte_eal.h>
#include <rte_launch.h>
#include <rte_lcore.h>

static int
say_hello(void *arg)
{
	(void)arg;
	printf("hello from core %u\n", rte_lcore_id());
	fflush(stdout);
	return 0;
}

int
main(int argc, char **argv)
{
	if (rte_eal_init(argc, argv) < 0)
		rte_exit(EXIT_FAILURE, "helloworld: EAL initialisation failed (see the message above)\n");
	/* Workers first, then the main lcore runs the same function itself. */
	rte_eal_mp_remote_launch(say_hello, NULL, CALL_MAIN);
	rte_eal_mp_wait_lcore();
	rte_eal_cleanup();
	return 0;
}
