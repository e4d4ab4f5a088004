/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * rx_adaptive: forwards frames port 0 <-> port 1 (2 <-> 3, ...) and lets
 * each lcore choose between sleeping on rx interrupts and busy polling.
 *
 * The scheme (as in Linux NAPI and the ixy user-space drivers): an lcore
 * polls while frames come in. In interrupt mode, after --idle-polls empty
 * rounds it arms its queues' rx interrupts and sleeps in rte_epoll_wait
 * until one fires. Every --window ms it compares the frame rate of its
 * queues with --rate: above it, sleeping would cost one wake-up per frame
 * or so (the interrupt rate an interrupt-driven receiver takes is bounded
 * by, and at these rates close to, the frame rate), so it switches to
 * polling mode and never sleeps; once the rate falls below half of --rate
 * it switches back to interrupt mode.
 *
 * Statistics (per port, per lcore: mode, wake-ups, mode switches) are
 * printed on exit, on SIGUSR1 and every -T seconds.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_epoll.h>
#include <rte_ethdev.h>
#include <rte_interrupts.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>

#define MBUF_CACHE	256
#define BURST		32
#define MAX_QUEUES	8	/* rx queues one lcore serves */
#define WAIT_MS		100	/* epoll timeout: checks for quit/print */

static struct {
	uint32_t portmask;
	unsigned int idle_polls;
	unsigned int window_ms;
	uint64_t rate;		/* frames/s: above -> polling */
	unsigned int period_s;
	uint16_t nb_rxd, nb_txd;
} opt = {
	.portmask = UINT32_MAX, .idle_polls = 300, .window_ms = 100,
	.rate = 2000, .period_s = 0, .nb_rxd = 1024, .nb_txd = 1024,
};

struct port_stats {
	uint64_t rx, tx, dropped;
};

enum mode { MODE_INTERRUPT, MODE_POLLING };

struct lcore_state {
	uint16_t rx_ports[MAX_QUEUES];
	unsigned int nb_rx;
	enum mode mode;
	uint64_t wakeups;	/* rte_epoll_wait returned an event */
	uint64_t timeouts;	/* it returned after WAIT_MS without one */
	uint64_t to_polling, to_interrupt;
};

static struct port_stats pstats[RTE_MAX_ETHPORTS];
static struct lcore_state lstate[RTE_MAX_LCORE];
static uint16_t peer[RTE_MAX_ETHPORTS];
static volatile sig_atomic_t quit, print_req;
static int lcore_failed;	/* an lcore could not wait on its queues */

static void
on_signal(int sig)
{
	if (sig == SIGUSR1)
		print_req = 1;
	else
		quit = 1;
}

/* Counters are written by one lcore and read by the printer: relaxed
 * atomics, no ordering between them is needed for a snapshot. */
#define LOAD(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define ADD(x, v) __atomic_store_n(&(x), (x) + (v), __ATOMIC_RELAXED)

static const char *
mode_name(enum mode m)
{
	return m == MODE_POLLING ? "polling" : "interrupt";
}

static void
print_stats(void)
{
	uint64_t rx = 0, tx = 0, drop = 0, wk = 0, tp = 0, ti = 0;
	unsigned int lc, polling = 0;
	uint16_t p;

	printf("rx_adaptive statistics\n");
	RTE_ETH_FOREACH_DEV(p) {
		if (!(opt.portmask & (1u << p)))
			continue;
		printf("port %u: rx %" PRIu64 " tx %" PRIu64 " dropped %" PRIu64
			"\n", p, LOAD(pstats[p].rx), LOAD(pstats[p].tx),
			LOAD(pstats[p].dropped));
		rx += LOAD(pstats[p].rx);
		tx += LOAD(pstats[p].tx);
		drop += LOAD(pstats[p].dropped);
	}
	RTE_LCORE_FOREACH(lc) {
		struct lcore_state *s = &lstate[lc];
		enum mode m = LOAD(s->mode);

		if (s->nb_rx == 0)
			continue;
		printf("lcore %u: mode %s wakeups %" PRIu64 " timeouts %" PRIu64
			" to-polling %" PRIu64 " to-interrupt %" PRIu64 "\n", lc,
			mode_name(m), LOAD(s->wakeups), LOAD(s->timeouts),
			LOAD(s->to_polling), LOAD(s->to_interrupt));
		polling += m == MODE_POLLING;
		wk += LOAD(s->wakeups);
		tp += LOAD(s->to_polling);
		ti += LOAD(s->to_interrupt);
	}
	printf("total: rx %" PRIu64 " tx %" PRIu64 " dropped %" PRIu64
		" wakeups %" PRIu64 " to-polling %" PRIu64 " to-interrupt %"
		PRIu64 " polling-lcores %u\n", rx, tx, drop, wk, tp, ti, polling);
	fflush(stdout);
}

/* One round over the lcore's queues; returns the frames received. */
static unsigned int
forward_round(const struct lcore_state *s)
{
	struct rte_mbuf *pkts[BURST];
	unsigned int i, total = 0;

	for (i = 0; i < s->nb_rx; i++) {
		uint16_t in = s->rx_ports[i], out = peer[in];
		uint16_t n = rte_eth_rx_burst(in, 0, pkts, BURST);
		uint16_t sent;

		if (n == 0)
			continue;
		sent = rte_eth_tx_burst(out, 0, pkts, n);
		if (sent < n)
			rte_pktmbuf_free_bulk(&pkts[sent], n - sent);
		ADD(pstats[in].rx, n);
		ADD(pstats[out].tx, sent);
		ADD(pstats[out].dropped, n - sent);
		total += n;
	}
	return total;
}

/* Arm every queue, sleep until one fires (or WAIT_MS), disarm. */
static void
sleep_on_interrupts(struct lcore_state *s)
{
	struct rte_epoll_event ev[MAX_QUEUES];
	unsigned int i;
	int n;

	for (i = 0; i < s->nb_rx; i++)
		rte_eth_dev_rx_intr_enable(s->rx_ports[i], 0);
	n = rte_epoll_wait_interruptible(RTE_EPOLL_PER_THREAD, ev,
		(int)s->nb_rx, WAIT_MS);
	for (i = 0; i < s->nb_rx; i++)
		rte_eth_dev_rx_intr_disable(s->rx_ports[i], 0);
	if (n > 0)
		ADD(s->wakeups, 1);
	else if (n == 0)
		ADD(s->timeouts, 1);
}

/* End of a window: choose the mode from the frame rate seen in it. */
static void
update_mode(struct lcore_state *s, uint64_t frames, uint64_t window_tsc)
{
	uint64_t rate = frames * rte_get_tsc_hz() / window_tsc;

	if (s->mode == MODE_INTERRUPT && rate > opt.rate) {
		__atomic_store_n(&s->mode, MODE_POLLING, __ATOMIC_RELAXED);
		ADD(s->to_polling, 1);
	} else if (s->mode == MODE_POLLING && rate < opt.rate / 2) {
		__atomic_store_n(&s->mode, MODE_INTERRUPT, __ATOMIC_RELAXED);
		ADD(s->to_interrupt, 1);
	}
}

static int
lcore_main(void *arg)
{
	struct lcore_state *s = &lstate[rte_lcore_id()];
	uint64_t window_tsc = rte_get_tsc_hz() * opt.window_ms / 1000;
	uint64_t period_tsc = rte_get_tsc_hz() * opt.period_s;
	uint64_t window_end, next_print, frames = 0;
	unsigned int idle = 0, i;
	bool printer = arg != NULL;

	if (s->nb_rx == 0)
		return 0;	/* more lcores than ports */
	for (i = 0; i < s->nb_rx; i++) {
		/* data: which port woke us (unused: we poll every queue) */
		int ret = rte_eth_dev_rx_intr_ctl_q(s->rx_ports[i], 0,
			RTE_EPOLL_PER_THREAD, RTE_INTR_EVENT_ADD,
			(void *)(uintptr_t)s->rx_ports[i]);

		if (ret != 0) {
			fprintf(stderr, "rx_adaptive: port %u: cannot add the rx "
				"interrupt to the epoll set: %s\n",
				s->rx_ports[i], strerror(-ret));
			__atomic_store_n(&lcore_failed, 1, __ATOMIC_RELAXED);
			quit = 1;
			return -1;
		}
	}
	window_end = rte_rdtsc() + window_tsc;
	next_print = rte_rdtsc() + period_tsc;
	while (!quit) {
		unsigned int n = forward_round(s);
		uint64_t now = rte_rdtsc();

		frames += n;
		if (now >= window_end) {
			update_mode(s, frames, window_tsc + now - window_end);
			frames = 0;
			window_end = now + window_tsc;
		}
		if (printer && (print_req ||
				(period_tsc != 0 && now >= next_print))) {
			print_req = 0;
			next_print = now + period_tsc;
			print_stats();
		}
		if (n != 0) {
			idle = 0;
			continue;
		}
		if (s->mode == MODE_POLLING || ++idle < opt.idle_polls)
			continue;
		sleep_on_interrupts(s);
		idle = 0;
	}
	return 0;
}

static void
usage(const char *prog)
{
	fprintf(stderr,
		"usage: %s [EAL options] -- [-p PORTMASK] [--idle-polls K]\n"
		"       [--window MS] [--rate FPS] [-T SECONDS] [--rxd N] [--txd N]\n"
		"  -p PORTMASK      hexadecimal mask of the ports (default: all;"
		" an even number)\n"
		"  --idle-polls K   empty polling rounds before sleeping, 1-1000000"
		" (default 300)\n"
		"  --window MS      rate measurement window, 1-60000 ms"
		" (default 100)\n"
		"  --rate FPS       frames/s above which an lcore polls instead of"
		" sleeping;\n"
		"                   below FPS/2 it sleeps again (default 2000)\n"
		"  -T SECONDS       print statistics every SECONDS (default 0:"
		" on exit and SIGUSR1)\n"
		"  --rxd N, --txd N ring sizes (default 1024)\n", prog);
}

/* Parse a decimal (or, with hex, hexadecimal) number in [min, max]. */
static bool
parse_num(const char *name, const char *s, bool hex, uint64_t min,
		uint64_t max, uint64_t *out)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, hex ? 16 : 10);
	if (errno != 0 || end == s || *end != '\0' || s[0] == '-' ||
	    v < min || v > max) {
		fprintf(stderr, "rx_adaptive: %s '%s' is not a%s number in"
			" %" PRIu64 "-%" PRIu64 "\n", name, s,
			hex ? " hexadecimal" : "", min, max);
		return false;
	}
	*out = v;
	return true;
}

static int
parse_args(int argc, char **argv)
{
	static const struct option longs[] = {
		{ "idle-polls", required_argument, NULL, 'k' },
		{ "window", required_argument, NULL, 'w' },
		{ "rate", required_argument, NULL, 'r' },
		{ "rxd", required_argument, NULL, 'R' },
		{ "txd", required_argument, NULL, 'X' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	uint64_t v;
	int c;

	while ((c = getopt_long(argc, argv, "p:T:h", longs, NULL)) != -1) {
		bool ok = true;

		switch (c) {
		case 'p':
			ok = parse_num("-p", optarg, true, 1, UINT32_MAX, &v);
			opt.portmask = (uint32_t)v;
			break;
		case 'T':
			ok = parse_num("-T", optarg, false, 0, 86400, &v);
			opt.period_s = (unsigned int)v;
			break;
		case 'k':
			ok = parse_num("--idle-polls", optarg, false, 1,
				1000000, &v);
			opt.idle_polls = (unsigned int)v;
			break;
		case 'w':
			ok = parse_num("--window", optarg, false, 1, 60000, &v);
			opt.window_ms = (unsigned int)v;
			break;
		case 'r':
			ok = parse_num("--rate", optarg, false, 2, 100000000,
				&v);
			opt.rate = v;
			break;
		case 'R':
		case 'X':
			ok = parse_num(c == 'R' ? "--rxd" : "--txd", optarg,
				false, 64, 4096, &v);
			if (c == 'R')
				opt.nb_rxd = (uint16_t)v;
			else
				opt.nb_txd = (uint16_t)v;
			break;
		case 'h':
			usage(argv[0]);
			exit(0);
		default:
			usage(argv[0]);
			return -1;
		}
		if (!ok)
			return -1;
	}
	if (optind < argc) {
		fprintf(stderr, "rx_adaptive: unexpected argument '%s'\n",
			argv[optind]);
		return -1;
	}
	return 0;
}

static int
port_init(uint16_t port, struct rte_mempool *mp)
{
	struct rte_eth_conf conf = { .intr_conf = { .rxq = 1 } };
	int ret;

	ret = rte_eth_dev_configure(port, 1, 1, &conf);
	if (ret == 0)
		ret = rte_eth_rx_queue_setup(port, 0, opt.nb_rxd,
			rte_eth_dev_socket_id(port), NULL, mp);
	if (ret == 0)
		ret = rte_eth_tx_queue_setup(port, 0, opt.nb_txd,
			rte_eth_dev_socket_id(port), NULL);
	if (ret == 0)
		ret = rte_eth_dev_start(port);
	if (ret == 0)
		ret = rte_eth_promiscuous_enable(port);
	if (ret != 0)
		fprintf(stderr, "rx_adaptive: port %u: cannot set it up with rx"
			" interrupts: %s\n", port, strerror(-ret));
	return ret;
}

/* Pair the enabled ports in order and spread their rx queues over the
 * lcores (main first); returns the number of ports or -1. */
static int
assign_ports(void)
{
	uint16_t ports[RTE_MAX_ETHPORTS], p;
	unsigned int nb = 0, i, lc = rte_get_main_lcore();

	if (opt.portmask != UINT32_MAX) {
		for (p = 0; p < 32; p++)
			if ((opt.portmask & (1u << p)) && !rte_eth_dev_is_valid_port(p)) {
				fprintf(stderr, "rx_adaptive: port %u in the port"
					" mask does not exist (%u ports found)\n",
					p, rte_eth_dev_count_avail());
				return -1;
			}
	}
	RTE_ETH_FOREACH_DEV(p)
		if (p < 32 && (opt.portmask & (1u << p)))
			ports[nb++] = p;
	if (nb == 0 || nb % 2 != 0) {
		fprintf(stderr, "rx_adaptive: %u ports selected; it forwards"
			" between pairs of ports, give an even number\n", nb);
		return -1;
	}
	opt.portmask = 0;
	for (i = 0; i < nb; i++) {
		opt.portmask |= 1u << ports[i];
		peer[ports[i]] = ports[i ^ 1];
		if (lstate[lc].nb_rx == MAX_QUEUES) {
			fprintf(stderr, "rx_adaptive: more than %u ports per"
				" lcore; add lcores with -l\n", MAX_QUEUES);
			return -1;
		}
		lstate[lc].rx_ports[lstate[lc].nb_rx++] = ports[i];
		lc = rte_get_next_lcore(lc, 0, 1);
	}
	return (int)nb;
}

int
main(int argc, char **argv)
{
	struct rte_mempool *mp;
	uint16_t p;
	int ret, nb;

	ret = rte_eal_init(argc, argv);
	if (ret < 0) {
		fprintf(stderr, "rx_adaptive: EAL initialisation failed: %s\n",
			rte_strerror(rte_errno));
		return 1;
	}
	if (parse_args(argc - ret, argv + ret) != 0 ||
	    (nb = assign_ports()) < 0) {
		rte_eal_cleanup();
		return 2;
	}
	/* enough for every ring, plus the lcores' caches and bursts */
	mp = rte_pktmbuf_pool_create("rx_adaptive", (unsigned int)nb *
		(opt.nb_rxd + opt.nb_txd) + rte_lcore_count() *
		(MBUF_CACHE + BURST) + 1024, MBUF_CACHE, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, (int)rte_socket_id());
	if (mp == NULL) {
		fprintf(stderr, "rx_adaptive: cannot create the mbuf pool: %s\n",
			rte_strerror(rte_errno));
		rte_eal_cleanup();
		return 1;
	}
	ret = 0;
	RTE_ETH_FOREACH_DEV(p)
		if ((opt.portmask & (1u << p)) && port_init(p, mp) != 0)
			ret = 1;
	if (ret == 0) {
		signal(SIGINT, on_signal);
		signal(SIGTERM, on_signal);
		signal(SIGUSR1, on_signal);
		printf("rx_adaptive: forwarding on %d ports, idle-polls %u,"
			" window %u ms, rate %" PRIu64 " frames/s\n", nb,
			opt.idle_polls, opt.window_ms, opt.rate);
		fflush(stdout);
		rte_eal_mp_remote_launch(lcore_main, NULL, SKIP_MAIN);
		lcore_main((void *)1);	/* the main lcore also prints */
		rte_eal_mp_wait_lcore();
		print_stats();
		ret = __atomic_load_n(&lcore_failed, __ATOMIC_RELAXED);
	}
	RTE_ETH_FOREACH_DEV(p)
		if (opt.portmask & (1u << p)) {
			rte_eth_dev_stop(p);
			rte_eth_dev_close(p);
		}
	rte_mempool_free(mp);
	rte_eal_cleanup();
	return ret;
}
