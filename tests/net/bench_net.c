/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Benchmark (not a test): checksum, packet type parsing and ethdev
 * rx/tx dispatch costs. The same source builds against pmdkit and DPDK
 * 22.11 (tests/net/bench_net.sh prints both side by side).
 *   bench_net [EAL args]   (needs --vdev net_ring0 for the burst figure)
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <rte_eal.h>
#include <rte_ethdev.h>
#include <rte_ip.h>
#include <rte_mbuf.h>
#include <rte_net.h>
#include <rte_udp.h>
#include <rte_tcp.h>

static double
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static volatile uint32_t sink;

int
main(int argc, char **argv)
{
	static uint8_t pkt[1514];
	struct rte_ipv4_hdr *ip = (struct rte_ipv4_hdr *)(pkt + 18);
	struct rte_mempool *mp;
	struct rte_mbuf *m, *burst[32];
	const unsigned int n = 2000000;
	unsigned int i;
	double t;

	if (rte_eal_init(argc, argv) < 0)
		return 1;
	mp = rte_pktmbuf_pool_create("bench", 4095, 256, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (mp == NULL)
		return 1;
	/* Ether / VLAN / IPv4 / TCP, 1514 bytes */
	pkt[12] = 0x81; pkt[13] = 0x00; pkt[16] = 0x08; pkt[17] = 0x00;
	ip->version_ihl = 0x45;
	ip->total_length = rte_cpu_to_be_16(1514 - 18);
	ip->next_proto_id = IPPROTO_TCP;
	((struct rte_tcp_hdr *)(ip + 1))->data_off = 0x50;
	for (i = 58; i < sizeof(pkt); i++)
		pkt[i] = (uint8_t)i;

	t = now_ns();
	for (i = 0; i < n; i++)
		sink += rte_ipv4_udptcp_cksum(ip, ip + 1);
	t = now_ns() - t;
	printf("%-36s %8.1f ns  %6.2f Gbit/s\n", "ipv4 tcp cksum, 1476-byte segment",
		t / n, 1476.0 * 8 * n / t);

	t = now_ns();
	for (i = 0; i < n * 10; i++)
		sink += rte_ipv4_cksum(ip);
	t = now_ns() - t;
	printf("%-36s %8.1f ns\n", "ipv4 header cksum", t / (n * 10.0));

	m = rte_pktmbuf_alloc(mp);
	memcpy(rte_pktmbuf_append(m, 64), pkt, 64);
	t = now_ns();
	for (i = 0; i < n * 5; i++)
		sink += rte_net_get_ptype(m, NULL, RTE_PTYPE_ALL_MASK);
	t = now_ns() - t;
	printf("%-36s %8.1f ns\n", "rte_net_get_ptype vlan/ipv4/tcp", t / (n * 5.0));
	rte_pktmbuf_free(m);

	if (rte_eth_dev_count_avail() > 0) {
		struct rte_eth_conf conf;
		uint64_t moved = 0;
		uint16_t port = 0, k, got;

		memset(&conf, 0, sizeof(conf));
		if (rte_eth_dev_configure(port, 1, 1, &conf) != 0 ||
				rte_eth_rx_queue_setup(port, 0, 1024, SOCKET_ID_ANY, NULL, mp) != 0 ||
				rte_eth_tx_queue_setup(port, 0, 1024, SOCKET_ID_ANY, NULL) != 0 ||
				rte_eth_dev_start(port) != 0)
			return 1;
		if (rte_pktmbuf_alloc_bulk(mp, burst, 32) != 0)
			return 1;
		for (k = 0; k < 32; k++)
			rte_pktmbuf_append(burst[k], 64);
		t = now_ns();
		for (i = 0; i < n / 4; i++) {
			k = rte_eth_tx_burst(port, 0, burst, 32);
			got = rte_eth_rx_burst(port, 0, burst, 32);
			moved += got;
			if (k != 32 || got != 32)
				break;
		}
		t = now_ns() - t;
		printf("%-36s %8.1f ns  %6.2f Mpps\n",
			"net_ring tx+rx burst of 32, per pkt", t / moved, moved / t * 1e3);
		rte_pktmbuf_free_bulk(burst, 32);
		rte_eth_dev_stop(port);
		rte_eth_dev_close(port);
	}
	rte_eal_cleanup();
	return 0;
}
