/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Throughput of the net_ring and net_pcap PMDs through the public API.
 * The same source builds against pmdkit (meson: bench_vdev_pmds) and
 * against DPDK 22.11 (bench_vdev_pmds.sh compiles it with pkg-config
 * libdpdk), so the figures can be compared side by side.
 *   ring_b2b      two rte_eth_from_rings ports back to back, one lcore:
 *                 alloc 32, tx on A, rx on B, free
 *   pcap_rx       rx_pcap of a file of 64-byte frames, to its end
 *   pcap_inf      infinite_rx replay of the same file
 * Usage: bench_vdev_pmds <big.pcap> <small.pcap> [EAL args]   (prints Mpps)
 * (DPDK's infinite_rx holds the whole file in mbufs: small.pcap for it)
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <rte_eal.h>
#include <rte_ethdev.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_bus_vdev.h>
#include <rte_eth_ring.h>

#define BURST 32
#define NB_RING 20000000ull
#define NB_INF 10000000ull

static struct rte_mempool *pool;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void
die(const char *what)
{
	fprintf(stderr, "bench: %s failed\n", what);
	exit(1);
}

static void
port_up(uint16_t port)
{
	struct rte_eth_conf conf;

	memset(&conf, 0, sizeof(conf));
	if (rte_eth_dev_configure(port, 1, 1, &conf) != 0 ||
	    rte_eth_rx_queue_setup(port, 0, 1024, rte_socket_id(), NULL, pool) != 0 ||
	    rte_eth_tx_queue_setup(port, 0, 1024, rte_socket_id(), NULL) != 0 ||
	    rte_eth_dev_start(port) != 0)
		die("port setup");
}

static void
bench_ring(void)
{
	struct rte_ring *r1 = rte_ring_create("bench_r1", 1024, rte_socket_id(),
					      RING_F_SP_ENQ | RING_F_SC_DEQ);
	struct rte_ring *r2 = rte_ring_create("bench_r2", 1024, rte_socket_id(),
					      RING_F_SP_ENQ | RING_F_SC_DEQ);
	struct rte_mbuf *bufs[BURST];
	uint64_t moved = 0;
	int a, b;
	uint16_t n, i;
	double t;

	if (r1 == NULL || r2 == NULL)
		die("ring create");
	a = rte_eth_from_rings("net_ring_ba", &r2, 1, &r1, 1, rte_socket_id());
	b = rte_eth_from_rings("net_ring_bb", &r1, 1, &r2, 1, rte_socket_id());
	if (a < 0 || b < 0)
		die("rte_eth_from_rings");
	port_up((uint16_t)a);
	port_up((uint16_t)b);
	t = now();
	while (moved < NB_RING) {
		if (rte_pktmbuf_alloc_bulk(pool, bufs, BURST) != 0)
			die("alloc");
		for (i = 0; i < BURST; i++)
			bufs[i]->data_len = bufs[i]->pkt_len = 64;
		n = rte_eth_tx_burst((uint16_t)a, 0, bufs, BURST);
		if (n < BURST)
			rte_pktmbuf_free_bulk(bufs + n, BURST - n);
		n = rte_eth_rx_burst((uint16_t)b, 0, bufs, BURST);
		rte_pktmbuf_free_bulk(bufs, n);
		moved += n;
	}
	t = now() - t;
	printf("ring_b2b  %8.2f Mpps  (%" PRIu64 " frames, %.2f s)\n",
	       (double)moved / t / 1e6, moved, t);
}

static void
bench_pcap(const char *file, bool infinite)
{
	char args[4200];
	struct rte_mbuf *bufs[BURST];
	uint64_t got = 0;
	uint16_t port, n;
	double t;

	snprintf(args, sizeof(args), "rx_pcap=%s%s", file, infinite ? ",infinite_rx=1" : "");
	if (rte_vdev_init(infinite ? "net_pcap_inf" : "net_pcap_rx", args) != 0 ||
	    rte_eth_dev_get_port_by_name(infinite ? "net_pcap_inf" : "net_pcap_rx", &port) != 0)
		die("pcap probe");
	port_up(port);
	t = now();
	for (;;) {
		n = rte_eth_rx_burst(port, 0, bufs, BURST);
		if (n == 0 && !infinite)
			break;
		rte_pktmbuf_free_bulk(bufs, n);
		got += n;
		if (infinite && got >= NB_INF)
			break;
	}
	t = now() - t;
	printf("%-9s %8.2f Mpps  (%" PRIu64 " frames, %.2f s)\n",
	       infinite ? "pcap_inf" : "pcap_rx", (double)got / t / 1e6, got, t);
	rte_eth_dev_stop(port);
	rte_eth_dev_close(port);
}

int
main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: %s <big.pcap> <small.pcap> [EAL args]\n", argv[0]);
		return 2;
	}
	if (rte_eal_init(argc - 2, argv + 2) < 0)
		die("rte_eal_init");
	pool = rte_pktmbuf_pool_create("bench_pool", 8191, 256, 0,
				       RTE_MBUF_DEFAULT_BUF_SIZE, rte_socket_id());
	if (pool == NULL)
		die("pool");
	bench_ring();
	bench_pcap(argv[1], false);
	bench_pcap(argv[2], true);
	rte_eal_cleanup();
	return 0;
}
