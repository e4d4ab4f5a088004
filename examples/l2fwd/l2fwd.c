/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * l2fwd: multi-core layer-2 forwarding.
 *
 * Each enabled port (-p PORTMASK) is paired with another one (consecutive
 * enabled ports by default, or --portmap) and everything received on a port
 * is sent out of its partner.  Each lcore polls up to -q ports.  With MAC
 * updating (the default) the destination MAC becomes 02:00:00:00:00:<tx port>
 * and the source MAC the transmitting port's own address.  Port statistics
 * are printed every -T seconds and at exit (SIGINT/SIGTERM).
 *
 * Usage: pmdkit-l2fwd [EAL options] -- -p PORTMASK [-q NQ] [-T PERIOD]
 *        [--[no-]mac-updating] [--portmap="(a,b)[,(c,d)...]"]
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_cycles.h>
#include <rte_debug.h>
#include <rte_eal.h>
#include <rte_ethdev.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>

#define MAX_PKT_BURST 32
#define MAX_RX_PORTS_PER_LCORE 16
#define MEMPOOL_CACHE_SIZE 256
#define DRAIN_US 100          /* flush partly filled tx buffers this often */
#define NB_RXD 1024
#define NB_TXD 1024

struct lcore_conf {
	unsigned int nb_rx_ports;
	uint16_t rx_ports[MAX_RX_PORTS_PER_LCORE];
} __rte_cache_aligned;

/* One writer per counter (the lcore that polls the source port), read by
 * the main lcore for the statistics: relaxed atomics. */
struct port_stats {
	uint64_t rx;
	uint64_t tx;
	uint64_t dropped;
} __rte_cache_aligned;

static struct {
	uint32_t portmask;
	unsigned int rx_per_lcore;
	unsigned int period_s;
	bool mac_updating;
	int portmap_given;
} opt = { .rx_per_lcore = 1, .period_s = 10, .mac_updating = true };

static uint16_t dst_port[RTE_MAX_ETHPORTS];
static struct rte_ether_addr port_mac[RTE_MAX_ETHPORTS];
static struct rte_eth_dev_tx_buffer *tx_buffer[RTE_MAX_ETHPORTS];
static struct port_stats stats[RTE_MAX_ETHPORTS];
static struct lcore_conf lcore_conf[RTE_MAX_LCORE];
static int quit;

/* Only async-signal-safe work here: record the signal, the loops poll it. */
static void
on_signal(int signum)
{
	__atomic_store_n(&quit, signum, __ATOMIC_RELAXED);
}

static inline void
stat_add(uint64_t *counter, uint64_t n)
{
	__atomic_store_n(counter, __atomic_load_n(counter, __ATOMIC_RELAXED) + n,
		__ATOMIC_RELAXED);
}

/* --- options --------------------------------------------------------------- */

static void
usage(const char *prg)
{
	printf("%s [EAL options] -- -p PORTMASK [-q NQ] [-T PERIOD]\n"
	       "  -p PORTMASK: hexadecimal bitmask of the ports to use\n"
	       "  -q NQ: ports polled per lcore (1-%d, default 1)\n"
	       "  -T PERIOD: print statistics every PERIOD seconds (0 disables, default 10)\n"
	       "  --[no-]mac-updating: rewrite the MAC addresses (default on)\n"
	       "  --portmap=\"(a,b)[,(c,d)]\": explicit port pairs\n",
	       prg, MAX_RX_PORTS_PER_LCORE);
}

static int
parse_uint(const char *s, int base, unsigned long max, unsigned long *out)
{
	char *end;

	errno = 0;
	*out = strtoul(s, &end, base);
	return errno != 0 || end == s || *end != '\0' || *out > max ? -1 : 0;
}

/* "(0,1),(2,3)": pairs both ways. */
static int
parse_portmap(const char *s)
{
	while (*s != '\0') {
		unsigned int a, b;
		int n = 0;

		if (sscanf(s, " ( %u , %u )%n", &a, &b, &n) != 2 || n == 0 ||
				a >= RTE_MAX_ETHPORTS || b >= RTE_MAX_ETHPORTS) {
			fprintf(stderr, "l2fwd: bad --portmap near '%s' (want \"(a,b),(c,d)\")\n", s);
			return -1;
		}
		dst_port[a] = (uint16_t)b;
		dst_port[b] = (uint16_t)a;
		s += n;
		while (*s == ',' || *s == ' ')
			s++;
	}
	opt.portmap_given = 1;
	return 0;
}

static int
parse_args(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "mac-updating", no_argument, NULL, 'M' },
		{ "no-mac-updating", no_argument, NULL, 'N' },
		{ "portmap", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 },
	};
	unsigned long v;
	int c;

	while ((c = getopt_long(argc, argv, "p:q:T:", longopts, NULL)) != -1) {
		switch (c) {
		case 'p':
			if (parse_uint(optarg, 16, UINT32_MAX, &v) != 0 || v == 0) {
				fprintf(stderr, "l2fwd: -p needs a non-zero hexadecimal port mask, got '%s'\n", optarg);
				return -1;
			}
			opt.portmask = (uint32_t)v;
			break;
		case 'q':
			if (parse_uint(optarg, 10, MAX_RX_PORTS_PER_LCORE, &v) != 0 || v == 0) {
				fprintf(stderr, "l2fwd: -q needs 1 to %d, got '%s'\n", MAX_RX_PORTS_PER_LCORE, optarg);
				return -1;
			}
			opt.rx_per_lcore = (unsigned int)v;
			break;
		case 'T':
			if (parse_uint(optarg, 10, 86400, &v) != 0) {
				fprintf(stderr, "l2fwd: -T needs seconds in 0-86400, got '%s'\n", optarg);
				return -1;
			}
			opt.period_s = (unsigned int)v;
			break;
		case 'M':
			opt.mac_updating = true;
			break;
		case 'N':
			opt.mac_updating = false;
			break;
		case 'm':
			if (parse_portmap(optarg) != 0)
				return -1;
			break;
		default:
			usage(argv[0]);
			return -1;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "l2fwd: unexpected argument '%s'\n", argv[optind]);
		return -1;
	}
	if (opt.portmask == 0) {
		fprintf(stderr, "l2fwd: missing -p PORTMASK\n");
		usage(argv[0]);
		return -1;
	}
	return 0;
}

/* --- set-up ---------------------------------------------------------------- */

/* Pairs the enabled ports; returns how many there are, or -1. */
static int
pair_ports(void)
{
	uint16_t port, last = RTE_MAX_ETHPORTS;
	int n = 0;

	for (port = 0; port < 32; port++) {
		if (!(opt.portmask & (1u << port)))
			continue;
		if (!rte_eth_dev_is_valid_port(port)) {
			fprintf(stderr, "l2fwd: port %u in the port mask does not exist (%u ports found)\n",
				port, rte_eth_dev_count_avail());
			return -1;
		}
		n++;
		if (opt.portmap_given) {
			if (!(opt.portmask & (1u << dst_port[port]))) {
				fprintf(stderr, "l2fwd: --portmap pairs port %u with port %u, which is not in the port mask\n",
					port, dst_port[port]);
				return -1;
			}
		} else if (last == RTE_MAX_ETHPORTS) {
			last = port;
		} else {
			dst_port[port] = last;
			dst_port[last] = port;
			last = RTE_MAX_ETHPORTS;
		}
	}
	if (!opt.portmap_given && last != RTE_MAX_ETHPORTS) {
		printf("Notice: odd number of ports in portmask: port %u forwards to itself\n", last);
		dst_port[last] = last;
	}
	return n;
}

/* Gives each lcore up to rx_per_lcore ports, main lcore first. */
static int
assign_lcores(void)
{
	unsigned int lcore = rte_get_main_lcore();
	uint16_t port;

	RTE_ETH_FOREACH_DEV(port) {
		if (!(opt.portmask & (1u << port)))
			continue;
		while (lcore_conf[lcore].nb_rx_ports == opt.rx_per_lcore) {
			lcore = rte_get_next_lcore(lcore, 0, 0);
			if (lcore >= RTE_MAX_LCORE) {
				fprintf(stderr, "l2fwd: not enough lcores for %u ports at -q %u (add lcores with -l)\n",
					__builtin_popcount(opt.portmask), opt.rx_per_lcore);
				return -1;
			}
		}
		lcore_conf[lcore].rx_ports[lcore_conf[lcore].nb_rx_ports++] = port;
		printf("Lcore %u: RX port %u TX port %u\n", lcore, port, dst_port[port]);
	}
	return 0;
}

static int
port_init(uint16_t port, struct rte_mempool *pool)
{
	struct rte_eth_conf conf = { 0 };
	struct rte_eth_dev_info info;
	uint16_t nb_rxd = NB_RXD, nb_txd = NB_TXD;
	int socket = rte_eth_dev_socket_id(port), ret;

	ret = rte_eth_dev_info_get(port, &info);
	if (ret != 0)
		return ret;
	if (info.tx_offload_capa & RTE_ETH_TX_OFFLOAD_MBUF_FAST_FREE)
		conf.txmode.offloads |= RTE_ETH_TX_OFFLOAD_MBUF_FAST_FREE;
	ret = rte_eth_dev_configure(port, 1, 1, &conf);
	if (ret == 0)
		ret = rte_eth_dev_adjust_nb_rx_tx_desc(port, &nb_rxd, &nb_txd);
	if (ret == 0)
		ret = rte_eth_macaddr_get(port, &port_mac[port]);
	if (ret == 0)
		ret = rte_eth_rx_queue_setup(port, 0, nb_rxd, socket, NULL, pool);
	if (ret == 0)
		ret = rte_eth_tx_queue_setup(port, 0, nb_txd, socket, NULL);
	if (ret != 0)
		return ret;
	tx_buffer[port] = rte_zmalloc_socket("tx_buffer",
			RTE_ETH_TX_BUFFER_SIZE(MAX_PKT_BURST), 0, socket);
	if (tx_buffer[port] == NULL)
		return -ENOMEM;
	rte_eth_tx_buffer_init(tx_buffer[port], MAX_PKT_BURST);
	/* Frames the queue refuses are freed and counted as drops. */
	ret = rte_eth_tx_buffer_set_err_callback(tx_buffer[port],
			rte_eth_tx_buffer_count_callback, &stats[port].dropped);
	if (ret == 0)
		ret = rte_eth_dev_start(port);
	if (ret == 0)
		ret = rte_eth_promiscuous_enable(port);
	if (ret == 0)
		printf("Port %u, MAC address: " RTE_ETHER_ADDR_PRT_FMT "\n", port,
			RTE_ETHER_ADDR_BYTES(&port_mac[port]));
	return ret;
}

/* --- data path ------------------------------------------------------------- */

static inline void
rewrite_macs(struct rte_mbuf *m, uint16_t tx_port)
{
	struct rte_ether_hdr *eth = rte_pktmbuf_mtod(m, struct rte_ether_hdr *);

	/* 02:00:00:00:00:<tx port>: a locally administered address that
	 * names the port the frame left from. */
	memset(&eth->dst_addr, 0, sizeof(eth->dst_addr));
	eth->dst_addr.addr_bytes[0] = 0x02;
	eth->dst_addr.addr_bytes[5] = (uint8_t)tx_port;
	rte_ether_addr_copy(&port_mac[tx_port], &eth->src_addr);
}

static void
forward_burst(uint16_t rx_port, struct rte_mbuf **pkts, uint16_t n)
{
	uint16_t tx_port = dst_port[rx_port], i;
	uint64_t sent = 0;

	for (i = 0; i < n; i++) {
		if (opt.mac_updating)
			rewrite_macs(pkts[i], tx_port);
		sent += rte_eth_tx_buffer(tx_port, 0, tx_buffer[tx_port], pkts[i]);
	}
	stat_add(&stats[rx_port].rx, n);
	stat_add(&stats[tx_port].tx, sent);
}

static void
print_stats(void)
{
	uint64_t tot_tx = 0, tot_rx = 0, tot_drop = 0;
	uint16_t port;

	printf("\nPort statistics ====================================");
	for (port = 0; port < RTE_MAX_ETHPORTS; port++) {
		uint64_t tx, rx, drop;

		if (port >= 32 || !(opt.portmask & (1u << port)))
			continue;
		tx = __atomic_load_n(&stats[port].tx, __ATOMIC_RELAXED);
		rx = __atomic_load_n(&stats[port].rx, __ATOMIC_RELAXED);
		drop = __atomic_load_n(&stats[port].dropped, __ATOMIC_RELAXED);
		printf("\nStatistics for port %u ------------------------------"
		       "\nPackets sent: %24" PRIu64
		       "\nPackets received: %20" PRIu64
		       "\nPackets dropped: %21" PRIu64, port, tx, rx, drop);
		tot_tx += tx;
		tot_rx += rx;
		tot_drop += drop;
	}
	printf("\nAggregate statistics ==============================="
	       "\nTotal packets sent: %18" PRIu64
	       "\nTotal packets received: %14" PRIu64
	       "\nTotal packets dropped: %15" PRIu64
	       "\n====================================================\n",
	       tot_tx, tot_rx, tot_drop);
	fflush(stdout);
}

/* Poll loop of every lcore; the main lcore also prints the statistics. */
static int
lcore_loop(void *arg)
{
	struct lcore_conf *conf = &lcore_conf[rte_lcore_id()];
	const uint64_t drain = (rte_get_tsc_hz() + 1000000 - 1) / 1000000 * DRAIN_US;
	const uint64_t period = (uint64_t)opt.period_s * rte_get_tsc_hz();
	bool is_main = rte_lcore_id() == rte_get_main_lcore();
	uint64_t last_drain = rte_rdtsc(), last_stats = last_drain;
	unsigned int i;

	(void)arg;
	if (conf->nb_rx_ports == 0 && !is_main)
		return 0;
	while (!__atomic_load_n(&quit, __ATOMIC_RELAXED)) {
		uint64_t now = rte_rdtsc();

		if (now - last_drain > drain) {
			for (i = 0; i < conf->nb_rx_ports; i++) {
				uint16_t tx_port = dst_port[conf->rx_ports[i]];

				stat_add(&stats[tx_port].tx, rte_eth_tx_buffer_flush(tx_port,
					0, tx_buffer[tx_port]));
			}
			last_drain = now;
		}
		if (is_main && period != 0 && now - last_stats >= period) {
			print_stats();
			last_stats = now;
		}
		for (i = 0; i < conf->nb_rx_ports; i++) {
			struct rte_mbuf *pkts[MAX_PKT_BURST];
			uint16_t port = conf->rx_ports[i];
			uint16_t n = rte_eth_rx_burst(port, 0, pkts, MAX_PKT_BURST);

			if (n != 0)
				forward_burst(port, pkts, n);
		}
	}
	/* Send what is still buffered before the ports stop. */
	for (i = 0; i < conf->nb_rx_ports; i++) {
		uint16_t tx_port = dst_port[conf->rx_ports[i]];

		stat_add(&stats[tx_port].tx,
			rte_eth_tx_buffer_flush(tx_port, 0, tx_buffer[tx_port]));
	}
	return 0;
}

int
main(int argc, char **argv)
{
	struct rte_mempool *pool;
	unsigned int nb_mbufs;
	uint16_t port;
	int ret, nb_ports;

	ret = rte_eal_init(argc, argv);
	if (ret < 0)
		rte_exit(EXIT_FAILURE, "l2fwd: EAL initialisation failed (see the message above)\n");
	argc -= ret;
	argv += ret;
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);

	if (parse_args(argc, argv) != 0)
		rte_exit(EXIT_FAILURE, "l2fwd: invalid arguments\n");
	printf("MAC updating %s\n", opt.mac_updating ? "enabled" : "disabled");
	nb_ports = pair_ports();
	if (nb_ports <= 0 || assign_lcores() != 0)
		rte_exit(EXIT_FAILURE, "l2fwd: no usable port configuration\n");

	nb_mbufs = RTE_MAX((unsigned int)nb_ports * (NB_RXD + NB_TXD + MAX_PKT_BURST +
			rte_lcore_count() * MEMPOOL_CACHE_SIZE), 8192u);
	pool = rte_pktmbuf_pool_create("mbuf_pool", nb_mbufs, MEMPOOL_CACHE_SIZE,
			0, RTE_MBUF_DEFAULT_BUF_SIZE, rte_socket_id());
	if (pool == NULL)
		rte_exit(EXIT_FAILURE, "l2fwd: cannot create a pool of %u mbufs: %s (give more memory with -m)\n",
			nb_mbufs, rte_strerror(rte_errno));

	RTE_ETH_FOREACH_DEV(port) {
		if (port >= 32 || !(opt.portmask & (1u << port)))
			continue;
		ret = port_init(port, pool);
		if (ret != 0)
			rte_exit(EXIT_FAILURE, "l2fwd: cannot initialise port %u: %s\n",
				port, rte_strerror(-ret));
	}

	rte_eal_mp_remote_launch(lcore_loop, NULL, CALL_MAIN);
	rte_eal_mp_wait_lcore();
	printf("\nSignal %d received, preparing to exit...\n", quit);
	print_stats();

	RTE_ETH_FOREACH_DEV(port) {
		if (port >= 32 || !(opt.portmask & (1u << port)))
			continue;
		printf("Closing port %u...", port);
		rte_eth_dev_stop(port);
		rte_eth_dev_close(port);
		rte_free(tx_buffer[port]);
		printf(" Done\n");
	}
	rte_eal_cleanup();
	printf("Bye...\n");
	return 0;
}
