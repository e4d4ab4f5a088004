/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * testpmd entry point: EAL and option parsing, port bring-up, then
 * either the interactive command line (-i) or DPDK's non-interactive
 * mode (forward until enter, EOF, SIGINT or SIGTERM), and a clean
 * shutdown that returns every mbuf to its pool.
 */
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

#include <rte_eal.h>
#include <rte_errno.h>

#include "testpmd.h"

struct testpmd tp;

static void
on_signal(int sig)
{
	/* async-signal-safe: just record it; the main loop acts on it */
	RTE_SET_USED(sig);
	tp.force_quit = 1;
}

static void
install_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	/* no SA_RESTART: a blocking read must return EINTR so we notice */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

static void
periodic_stats(void)
{
	uint16_t pid;

	if (!tp.cfg.stats_json)
		printf("\nPort statistics ====================================");
	RTE_ETH_FOREACH_DEV(pid)
		if (tp.ports[pid].in_use)
			stats_port_display(pid, tp.cfg.stats_json);
	fflush(stdout);
}

/* Non-interactive: forward until enter/EOF on stdin or a signal. */
static void
run_until_enter(void)
{
	uint64_t period_ms = tp.cfg.stats_period * 1000ULL;
	uint64_t waited = 0;

	printf("Press enter to exit\n");
	fflush(stdout);
	while (!tp.force_quit) {
		struct pollfd pfd = { .fd = STDIN_FILENO, .events = POLLIN };
		int ret = poll(&pfd, 1, 100);

		if (ret > 0) {
			char c;

			/* enter, EOF or a closed/invalid stdin all end it */
			if (read(STDIN_FILENO, &c, 1) <= 0 || c == '\n' ||
			    (pfd.revents & (POLLHUP | POLLERR | POLLNVAL)))
				break;
			continue;
		}
		if (ret < 0 && errno != EINTR)
			break;
		waited += 100;
		if (period_ms != 0 && waited >= period_ms) {
			waited = 0;
			periodic_stats();
		}
	}
}

static void
shutdown_all(void)
{
	uint16_t pid;

	if (tp.force_quit)
		printf("\nSignal received, preparing to exit...\n");
	if (tp.forwarding)
		fwd_stop();
	ports_drain();
	RTE_ETH_FOREACH_DEV(pid) {
		if (!tp.ports[pid].in_use)
			continue;
		if (tp.ports[pid].started) {
			printf("\nStopping port %u...\n", pid);
			port_stop(pid);
		}
	}
	RTE_ETH_FOREACH_DEV(pid) {
		if (!tp.ports[pid].in_use)
			continue;
		printf("\nShutting down port %u...\n", pid);
		port_close(pid);
	}
	pools_check();
	printf("\nBye...\n");
}

int
main(int argc, char **argv)
{
	int ret;

	/* one line at a time even through a pipe, so logs stay ordered */
	setvbuf(stdout, NULL, _IOLBF, 0);
	ret = rte_eal_init(argc, argv);
	if (ret < 0) {
		fprintf(stderr, "EAL: cannot initialise: %s\n",
			rte_strerror(rte_errno));
		return 1;
	}
	argc -= ret;
	argv += ret;
	argv[0] = argv[-ret];
	params_defaults();
	ret = params_parse(argc, argv);
	if (ret != 0) {
		rte_eal_cleanup();
		return ret < 0 ? 1 : 0;
	}
	if (tp.cfg.interactive)
		printf("Interactive-mode selected\n");
	install_signals();
	if (ports_init() != 0) {
		rte_eal_cleanup();
		return 1;
	}
	if (tp.cfg.interactive) {
		if (tp.cfg.auto_start)
			fwd_start(tp.cfg.tx_first ? 1 : 0);
		if (tp.cfg.cmdline_file != NULL)
			cmdline_run_file(tp.cfg.cmdline_file, true);
		cmdline_interact();
	} else {
		if (tp.cfg.cmdline_file != NULL)
			cmdline_run_file(tp.cfg.cmdline_file, true);
		if (!tp.quit && !tp.force_quit) {
			printf("No commandline core given, start packet "
			       "forwarding\n");
			if (fwd_start(tp.cfg.tx_first ? 1 : 0) == 0)
				run_until_enter();
		}
	}
	shutdown_all();
	rte_eal_cleanup();
	return 0;
}
