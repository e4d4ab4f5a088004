/* SPDX-License-Identifier: BSD-3-Clause */
/* start, stop, quit, load, help. */
#include <inttypes.h>
#include <string.h>

#include "cmds.h"

int
cmd_start(struct cmd_ctx *c)
{
	RTE_SET_USED(c);
	return fwd_start(0);
}

int
cmd_start_tx_first(struct cmd_ctx *c)
{
	uint64_t n = c->a[2].s != NULL ? c->a[2].n : 1;

	if (n < 1 || n > 1000000)
		return cmd_bad(c, "%" PRIu64 " bursts is out of range "
			       "1..1000000", n);
	return fwd_start((uint32_t)n);
}

int
cmd_stop(struct cmd_ctx *c)
{
	RTE_SET_USED(c);
	return fwd_stop();
}

int
cmd_quit(struct cmd_ctx *c)
{
	RTE_SET_USED(c);
	tp.quit = true;
	return 0;
}

int
cmd_load(struct cmd_ctx *c)
{
	return cmdline_run_file(c->a[1].s, true);
}

int
cmd_help_fn(struct cmd_ctx *c)
{
	if (c->a[1].s != NULL) {
		cmd_help(c->a[1].s);
		return 0;
	}
	printf("Help is available for the following sections:\n\n"
	       "    help control   : Start and stop forwarding, quit.\n"
	       "    help display   : Displaying port, stats and config "
	       "information.\n"
	       "    help config    : Configuration of forwarding and "
	       "ports.\n"
	       "    help ports     : Configuring ports.\n"
	       "    help all       : All of the above sections.\n\n");
	return 0;
}
