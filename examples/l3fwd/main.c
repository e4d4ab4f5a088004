/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * l3fwd: IPv4/IPv6 longest-prefix-match forwarding.
 *
 * Usage: pmdkit-l3fwd [EAL options] -- -p PORTMASK [-P]
 *          [--config "(port,queue,lcore)[,(port,queue,lcore)...]"]
 *          [--eth-dest=PORT,MM:MM:MM:MM:MM:MM]...
 *          [--rule_ipv4=FILE] [--rule_ipv6=FILE]
 *
 * Without --config every enabled port's queue 0 is polled by the main lcore.
 * Without rule files a built-in table is used (198.18.<p>.0/24 and
 * 2001:200:0:<p>::/64 to port p).  Each lcore that polls a queue gets its
 * own tx queue on every enabled port.  Statistics are printed at exit
 * (SIGINT/SIGTERM).
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_debug.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_ethdev.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>

#include "l3fwd.h"

#define MAX_LCORE_PARAMS 256
#define MEMPOOL_CACHE_SIZE 256

struct lcore_conf lcore_conf[RTE_MAX_LCORE];
uint32_t enabled_port_mask;
struct rte_ether_addr dest_mac[RTE_MAX_ETHPORTS];
struct rte_ether_addr port_mac[RTE_MAX_ETHPORTS];
int force_quit;

static struct lcore_param {
	uint16_t port;
	uint16_t queue;
	unsigned int lcore;
} lcore_params[MAX_LCORE_PARAMS];
static unsigned int nb_lcore_params;
static int promiscuous;
static const char *rule_v4, *rule_v6;

static void
on_signal(int signum)
{
	(void)signum;
	__atomic_store_n(&force_quit, 1, __ATOMIC_RELAXED);
}

/* --- options --------------------------------------------------------------- */

static void
usage(const char *prg)
{
	printf("%s [EAL options] -- -p PORTMASK [-P]\n"
	       "  [--config \"(port,queue,lcore)[,(port,queue,lcore)]\"]\n"
	       "  [--eth-dest=PORT,MM:MM:MM:MM:MM:MM] [--rule_ipv4=FILE] [--rule_ipv6=FILE]\n"
	       "  -p PORTMASK: hexadecimal bitmask of ports to use\n"
	       "  -P: put the ports in promiscuous mode\n"
	       "  --config: which lcore polls which rx queue (default: queue 0 of every port on the main lcore)\n"
	       "  --eth-dest: destination MAC written into frames sent on PORT\n"
	       "  --rule_ipv4/--rule_ipv6: route files, lines 'R<address>/<depth> <port>'\n",
	       prg);
}

static int
parse_config(const char *s)
{
	while (*s != '\0') {
		unsigned int port, queue, lcore;
		int n = 0;

		if (nb_lcore_params == MAX_LCORE_PARAMS) {
			fprintf(stderr, "l3fwd: --config has more than %d entries\n", MAX_LCORE_PARAMS);
			return -1;
		}
		if (sscanf(s, " ( %u , %u , %u )%n", &port, &queue, &lcore, &n) != 3 ||
				n == 0) {
			fprintf(stderr, "l3fwd: bad --config near '%s' (want \"(port,queue,lcore),...\")\n", s);
			return -1;
		}
		if (port >= RTE_MAX_ETHPORTS || queue >= MAX_RX_QUEUE_PER_PORT ||
				lcore >= RTE_MAX_LCORE) {
			fprintf(stderr, "l3fwd: --config entry (%u,%u,%u) out of range (port < %d, queue < %d, lcore < %d)\n",
				port, queue, lcore, RTE_MAX_ETHPORTS, MAX_RX_QUEUE_PER_PORT,
				RTE_MAX_LCORE);
			return -1;
		}
		lcore_params[nb_lcore_params++] = (struct lcore_param){
			(uint16_t)port, (uint16_t)queue, lcore };
		s += n;
		while (*s == ',' || *s == ' ')
			s++;
	}
	return 0;
}

static int
parse_eth_dest(const char *s)
{
	char *end;
	unsigned long port;

	errno = 0;
	port = strtoul(s, &end, 10);
	if (errno != 0 || end == s || *end != ',' || port >= RTE_MAX_ETHPORTS) {
		fprintf(stderr, "l3fwd: bad --eth-dest '%s' (want PORT,MM:MM:MM:MM:MM:MM, port < %d)\n",
			s, RTE_MAX_ETHPORTS);
		return -1;
	}
	if (rte_ether_unformat_addr(end + 1, &dest_mac[port]) != 0) {
		fprintf(stderr, "l3fwd: bad MAC address '%s' in --eth-dest\n", end + 1);
		return -1;
	}
	return 0;
}

static int
parse_args(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "eth-dest", required_argument, NULL, 'e' },
		{ "rule_ipv4", required_argument, NULL, '4' },
		{ "rule_ipv6", required_argument, NULL, '6' },
		{ NULL, 0, NULL, 0 },
	};
	unsigned long v;
	char *end;
	int c;

	while ((c = getopt_long(argc, argv, "p:P", longopts, NULL)) != -1) {
		switch (c) {
		case 'p':
			errno = 0;
			v = strtoul(optarg, &end, 16);
			if (errno != 0 || end == optarg || *end != '\0' || v == 0 ||
					v > UINT32_MAX) {
				fprintf(stderr, "l3fwd: -p needs a non-zero hexadecimal port mask, got '%s'\n",
					optarg);
				return -1;
			}
			enabled_port_mask = (uint32_t)v;
			break;
		case 'P':
			promiscuous = 1;
			break;
		case 'c':
			if (parse_config(optarg) != 0)
				return -1;
			break;
		case 'e':
			if (parse_eth_dest(optarg) != 0)
				return -1;
			break;
		case '4':
			rule_v4 = optarg;
			break;
		case '6':
			rule_v6 = optarg;
			break;
		default:
			usage(argv[0]);
			return -1;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "l3fwd: unexpected argument '%s'\n", argv[optind]);
		return -1;
	}
	if (enabled_port_mask == 0) {
		fprintf(stderr, "l3fwd: missing -p PORTMASK\n");
		usage(argv[0]);
		return -1;
	}
	return 0;
}

/* --- set-up ---------------------------------------------------------------- */

static int
check_config(void)
{
	unsigned int i, j;
	uint16_t port;

	for (port = 0; port < 32; port++)
		if (port_enabled(port) && !rte_eth_dev_is_valid_port(port)) {
			fprintf(stderr, "l3fwd: port %u in the port mask does not exist (%u ports found)\n",
				port, rte_eth_dev_count_avail());
			return -1;
		}
	if (nb_lcore_params == 0) {
		RTE_ETH_FOREACH_DEV(port)
			if (port_enabled(port))
				lcore_params[nb_lcore_params++] = (struct lcore_param){
					port, 0, rte_get_main_lcore() };
	}
	for (i = 0; i < nb_lcore_params; i++) {
		const struct lcore_param *p = &lcore_params[i];

		if (!port_enabled(p->port)) {
			fprintf(stderr, "l3fwd: --config uses port %u, which is not in the port mask\n", p->port);
			return -1;
		}
		if (!rte_lcore_is_enabled(p->lcore)) {
			fprintf(stderr, "l3fwd: --config uses lcore %u, which is not enabled (see -l)\n", p->lcore);
			return -1;
		}
		for (j = 0; j < i; j++)
			if (lcore_params[j].port == p->port && lcore_params[j].queue == p->queue) {
				fprintf(stderr, "l3fwd: --config lists port %u queue %u twice\n",
					p->port, p->queue);
				return -1;
			}
	}
	return 0;
}

/* Fills lcore_conf from lcore_params; returns the number of tx queues (one
 * per polling lcore), or -1. */
static int
assign_queues(void)
{
	unsigned int i, lcore;
	uint16_t nb_tx = 0;

	for (i = 0; i < nb_lcore_params; i++) {
		struct lcore_conf *c = &lcore_conf[lcore_params[i].lcore];

		if (c->nb_rx_queues == MAX_RX_QUEUE_PER_LCORE) {
			fprintf(stderr, "l3fwd: lcore %u polls more than %d queues\n",
				lcore_params[i].lcore, MAX_RX_QUEUE_PER_LCORE);
			return -1;
		}
		c->rx[c->nb_rx_queues++] = (struct rx_queue){
			lcore_params[i].port, lcore_params[i].queue };
	}
	RTE_LCORE_FOREACH(lcore)
		if (lcore_conf[lcore].nb_rx_queues != 0)
			lcore_conf[lcore].tx_queue = nb_tx++;
	return nb_tx;
}

static uint16_t
nb_rx_queues_of(uint16_t port)
{
	uint16_t n = 0;
	unsigned int i;

	for (i = 0; i < nb_lcore_params; i++)
		if (lcore_params[i].port == port && lcore_params[i].queue >= n)
			n = lcore_params[i].queue + 1;
	return n;
}

static int
port_init(uint16_t port, uint16_t nb_txq, struct rte_mempool *pool)
{
	struct rte_eth_conf conf = { 0 };
	struct rte_eth_dev_info info;
	uint16_t nb_rxq = nb_rx_queues_of(port), nb_rxd = NB_RXD, nb_txd = NB_TXD, q;
	int socket = rte_eth_dev_socket_id(port), ret;
	unsigned int lcore;

	ret = rte_eth_dev_info_get(port, &info);
	if (ret != 0)
		return ret;
	if (nb_rxq > info.max_rx_queues || nb_txq > info.max_tx_queues) {
		fprintf(stderr, "l3fwd: port %u has %u rx / %u tx queues; --config needs %u rx and %u tx (one per polling lcore)\n",
			port, info.max_rx_queues, info.max_tx_queues, nb_rxq, nb_txq);
		return -EINVAL;
	}
	if (nb_rxq > 1) {
		/* Several rx queues: spread flows over them by RSS. */
		conf.rxmode.mq_mode = RTE_ETH_MQ_RX_RSS;
		conf.rx_adv_conf.rss_conf.rss_hf = RTE_ETH_RSS_IP & info.flow_type_rss_offloads;
	}
	ret = rte_eth_dev_configure(port, nb_rxq, nb_txq, &conf);
	if (ret == 0)
		ret = rte_eth_dev_adjust_nb_rx_tx_desc(port, &nb_rxd, &nb_txd);
	if (ret == 0)
		ret = rte_eth_macaddr_get(port, &port_mac[port]);
	for (q = 0; ret == 0 && q < nb_rxq; q++)
		ret = rte_eth_rx_queue_setup(port, q, nb_rxd, socket, NULL, pool);
	for (q = 0; ret == 0 && q < nb_txq; q++)
		ret = rte_eth_tx_queue_setup(port, q, nb_txd, socket, NULL);
	if (ret != 0)
		return ret;
	RTE_LCORE_FOREACH(lcore) {
		struct lcore_conf *c = &lcore_conf[lcore];

		if (c->nb_rx_queues == 0)
			continue;
		c->tx_buffer[port] = rte_zmalloc_socket("l3fwd_txbuf",
				RTE_ETH_TX_BUFFER_SIZE(MAX_PKT_BURST), 0, socket);
		if (c->tx_buffer[port] == NULL)
			return -ENOMEM;
		rte_eth_tx_buffer_init(c->tx_buffer[port], MAX_PKT_BURST);
		/* Refused frames are freed and counted. */
		rte_eth_tx_buffer_set_err_callback(c->tx_buffer[port],
			rte_eth_tx_buffer_count_callback, &c->stats.tx_dropped[port]);
	}
	ret = rte_eth_dev_start(port);
	if (ret == 0 && promiscuous)
		ret = rte_eth_promiscuous_enable(port);
	if (ret == 0)
		printf("Port %u, MAC address: " RTE_ETHER_ADDR_PRT_FMT
			", destination MAC: " RTE_ETHER_ADDR_PRT_FMT "\n", port,
			RTE_ETHER_ADDR_BYTES(&port_mac[port]),
			RTE_ETHER_ADDR_BYTES(&dest_mac[port]));
	return ret;
}

static void
print_stats(void)
{
	uint64_t no_route = 0, bad = 0, ttl = 0;
	unsigned int lcore;
	uint16_t port;

	printf("l3fwd statistics:\n");
	RTE_ETH_FOREACH_DEV(port) {
		uint64_t rx = 0, tx = 0, txd = 0;

		if (!port_enabled(port))
			continue;
		RTE_LCORE_FOREACH(lcore) {
			rx += lcore_conf[lcore].stats.rx[port];
			tx += lcore_conf[lcore].stats.tx[port];
			txd += lcore_conf[lcore].stats.tx_dropped[port];
		}
		printf("  port %u: rx %" PRIu64 " tx %" PRIu64 " tx_dropped %" PRIu64 "\n",
			port, rx, tx, txd);
	}
	RTE_LCORE_FOREACH(lcore) {
		no_route += lcore_conf[lcore].stats.no_route;
		bad += lcore_conf[lcore].stats.bad_header;
		ttl += lcore_conf[lcore].stats.ttl_expired;
	}
	printf("  dropped: no_route %" PRIu64 " bad_header %" PRIu64
		" ttl_expired %" PRIu64 "\n", no_route, bad, ttl);
	fflush(stdout);
}

int
main(int argc, char **argv)
{
	struct rte_mempool *pool;
	unsigned int nb_ports = 0, nb_mbufs, lcore;
	uint16_t port;
	int ret, nb_txq;

	ret = rte_eal_init(argc, argv);
	if (ret < 0)
		rte_exit(EXIT_FAILURE, "l3fwd: EAL initialisation failed (see the message above)\n");
	argc -= ret;
	argv += ret;
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);

	/* Default destination MAC of port p: 02:00:00:00:00:<p>. */
	for (port = 0; port < RTE_MAX_ETHPORTS; port++) {
		dest_mac[port].addr_bytes[0] = 0x02;
		dest_mac[port].addr_bytes[5] = (uint8_t)port;
	}
	if (parse_args(argc, argv) != 0)
		rte_exit(EXIT_FAILURE, "l3fwd: invalid arguments\n");
	if (check_config() != 0)
		rte_exit(EXIT_FAILURE, "l3fwd: invalid --config or port mask\n");
	nb_txq = assign_queues();
	if (nb_txq <= 0)
		rte_exit(EXIT_FAILURE, "l3fwd: no lcore polls any queue\n");
	/* The tables are freed on every exit path, rte_exit() included. */
	atexit(route_free);
	if (route_setup(rule_v4, rule_v6, (int)rte_socket_id()) != 0)
		rte_exit(EXIT_FAILURE, "l3fwd: cannot set up the route tables\n");

	RTE_ETH_FOREACH_DEV(port)
		if (port_enabled(port))
			nb_ports++;
	nb_mbufs = RTE_MAX(nb_ports * (nb_lcore_params * NB_RXD +
			(unsigned int)nb_txq * (NB_TXD + MAX_PKT_BURST) +
			rte_lcore_count() * MEMPOOL_CACHE_SIZE), 8192u);
	pool = rte_pktmbuf_pool_create("l3fwd_pool", nb_mbufs, MEMPOOL_CACHE_SIZE, 0,
			RTE_MBUF_DEFAULT_BUF_SIZE, rte_socket_id());
	if (pool == NULL)
		rte_exit(EXIT_FAILURE, "l3fwd: cannot create a pool of %u mbufs: %s (give more memory with -m)\n",
			nb_mbufs, rte_strerror(rte_errno));
	RTE_ETH_FOREACH_DEV(port) {
		if (!port_enabled(port))
			continue;
		ret = port_init(port, (uint16_t)nb_txq, pool);
		if (ret != 0)
			rte_exit(EXIT_FAILURE, "l3fwd: cannot initialise port %u: %s\n",
				port, rte_strerror(-ret));
	}

	rte_eal_mp_remote_launch(l3fwd_main_loop, NULL, CALL_MAIN);
	rte_eal_mp_wait_lcore();
	print_stats();

	RTE_ETH_FOREACH_DEV(port) {
		if (!port_enabled(port))
			continue;
		rte_eth_dev_stop(port);
		rte_eth_dev_close(port);
	}
	RTE_LCORE_FOREACH(lcore)
		for (port = 0; port < RTE_MAX_ETHPORTS; port++)
			rte_free(lcore_conf[lcore].tx_buffer[port]);
	route_free();
	rte_eal_cleanup();
	printf("Bye...\n");
	return 0;
}
