/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * skeleton: the smallest useful pmdkit program.
 *
 * It forwards every packet received on port 0 to port 1 and back, port 2 to
 * port 3 and back, and so on, from a single core, until it gets SIGINT or
 * SIGTERM.  Read it top to bottom: it shows the four steps every pmdkit
 * (or DPDK) program goes through:
 *
 *   1. rte_eal_init()            parse the EAL options (-l, --vdev, ...),
 *                                set up memory and find the devices;
 *   2. rte_pktmbuf_pool_create() make a pool of packet buffers (mbufs);
 *   3. port_init()               configure, set up queues, start each port;
 *   4. forward_loop()            poll: receive a burst, transmit it.
 *
 * Try it without any hardware:
 *   pmdkit-skeleton --no-huge -l 0 \
 *       --vdev=net_pcap0,rx_pcap=in.pcap,tx_pcap=out0.pcap \
 *       --vdev=net_pcap1,rx_pcap=/dev/null,tx_pcap=out1.pcap
 * (frames read from in.pcap on port 0 are written to out1.pcap).
 */
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include <rte_debug.h>
#include <rte_eal.h>
#include <rte_ethdev.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>

#define RX_RING_SIZE 1024  /* descriptors per receive queue */
#define TX_RING_SIZE 1024  /* descriptors per transmit queue */
#define NUM_MBUFS 8191     /* mbufs per port (2^n - 1 suits the pool's ring) */
#define MBUF_CACHE_SIZE 250 /* per-core cache in front of the pool */
#define BURST_SIZE 32      /* packets handled per rx/tx call */

/* Set by the signal handler; the loop polls it.  A relaxed atomic is
 * enough: nothing else is published with it. */
static int quit;

static void
on_signal(int signum)
{
	(void)signum;
	__atomic_store_n(&quit, 1, __ATOMIC_RELAXED);
}

/*
 * Step 3: bring one port up with one receive and one transmit queue.
 * Every call can fail (a bad devargs, too many descriptors...): report it
 * and return a negative errno, as the library calls do.
 */
static int
port_init(uint16_t port, struct rte_mempool *pool)
{
	struct rte_eth_conf conf = { 0 };  /* defaults: no offloads, no RSS */
	uint16_t nb_rxd = RX_RING_SIZE, nb_txd = TX_RING_SIZE;
	struct rte_ether_addr mac;
	int ret;

	ret = rte_eth_dev_configure(port, 1, 1, &conf);
	if (ret != 0)
		return ret;
	/* The driver may support fewer descriptors than we ask for. */
	ret = rte_eth_dev_adjust_nb_rx_tx_desc(port, &nb_rxd, &nb_txd);
	if (ret != 0)
		return ret;
	/* Receive queue 0 takes its buffers from our pool. */
	ret = rte_eth_rx_queue_setup(port, 0, nb_rxd,
			rte_eth_dev_socket_id(port), NULL, pool);
	if (ret < 0)
		return ret;
	ret = rte_eth_tx_queue_setup(port, 0, nb_txd,
			rte_eth_dev_socket_id(port), NULL);
	if (ret < 0)
		return ret;
	ret = rte_eth_dev_start(port);
	if (ret < 0)
		return ret;
	ret = rte_eth_macaddr_get(port, &mac);
	if (ret != 0)
		return ret;
	printf("Port %u MAC: " RTE_ETHER_ADDR_PRT_FMT "\n", port,
		RTE_ETHER_ADDR_BYTES(&mac));
	/* Forwarding needs every frame, not only those for our MAC. */
	return rte_eth_promiscuous_enable(port);
}

/*
 * Step 4: the poll loop.  Ports are paired 0<->1, 2<->3, ...: what arrives
 * on a port leaves through its partner (port ^ 1).  There are no
 * interrupts: the core asks each port for packets again and again.
 */
static void
forward_loop(uint64_t *rx_total, uint64_t *tx_total, uint64_t *dropped)
{
	uint16_t port;

	while (!__atomic_load_n(&quit, __ATOMIC_RELAXED)) {
		RTE_ETH_FOREACH_DEV(port) {
			struct rte_mbuf *bufs[BURST_SIZE];
			uint16_t nb_rx, nb_tx, i;

			nb_rx = rte_eth_rx_burst(port, 0, bufs, BURST_SIZE);
			if (nb_rx == 0)
				continue;
			nb_tx = rte_eth_tx_burst(port ^ 1, 0, bufs, nb_rx);
			rx_total[port] += nb_rx;
			tx_total[port ^ 1] += nb_tx;
			/* The transmit queue was full: we still own the rest,
			 * so give the buffers back to the pool. */
			for (i = nb_tx; i < nb_rx; i++)
				rte_pktmbuf_free(bufs[i]);
			dropped[port ^ 1] += nb_rx - nb_tx;
		}
	}
}

int
main(int argc, char **argv)
{
	uint64_t rx[RTE_MAX_ETHPORTS] = { 0 }, tx[RTE_MAX_ETHPORTS] = { 0 };
	uint64_t dropped[RTE_MAX_ETHPORTS] = { 0 };
	struct rte_mempool *pool;
	unsigned int nb_ports;
	uint16_t port;
	int ret;

	/* Step 1: the EAL consumes its own options and returns how many. */
	ret = rte_eal_init(argc, argv);
	if (ret < 0)
		rte_exit(EXIT_FAILURE, "skeleton: EAL initialisation failed (see the message above)\n");

	nb_ports = rte_eth_dev_count_avail();
	if (nb_ports < 2 || (nb_ports & 1))
		rte_exit(EXIT_FAILURE,
			"skeleton: found %u ports; need an even number (give two --vdev or bind two NICs)\n",
			nb_ports);

	/* Step 2: one pool shared by all ports, on the caller's NUMA node. */
	pool = rte_pktmbuf_pool_create("MBUF_POOL", NUM_MBUFS * nb_ports,
			MBUF_CACHE_SIZE, 0, RTE_MBUF_DEFAULT_BUF_SIZE, rte_socket_id());
	if (pool == NULL)
		rte_exit(EXIT_FAILURE, "skeleton: cannot create the mbuf pool: %s (give more memory with -m)\n",
			rte_strerror(rte_errno));

	RTE_ETH_FOREACH_DEV(port) {
		ret = port_init(port, pool);
		if (ret != 0)
			rte_exit(EXIT_FAILURE, "skeleton: cannot start port %u: %s\n",
				port, rte_strerror(-ret));
	}

	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	printf("Forwarding on lcore %u; Ctrl-C to stop\n", rte_lcore_id());
	fflush(stdout);
	forward_loop(rx, tx, dropped);

	RTE_ETH_FOREACH_DEV(port) {
		printf("port %u: rx %" PRIu64 " tx %" PRIu64 " dropped %" PRIu64 "\n",
			port, rx[port], tx[port], dropped[port]);
		rte_eth_dev_stop(port);
		rte_eth_dev_close(port);
	}
	rte_eal_cleanup();
	return 0;
}
