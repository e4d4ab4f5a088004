/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * net_pcap on a live interface. The test moves itself into a network
 * namespace of its own (unshare: the namespace and its veth pair vanish
 * with the process on every exit path, crash included), creates the veth
 * pair pmdk0 <-> pmdk1, runs the PMD with iface=pmdk0 and talks to it
 * through an AF_PACKET socket on pmdk1:
 *   - N numbered frames sent by the PMD arrive at the kernel, in order;
 *   - N numbered frames injected by the kernel arrive at the PMD, in order,
 *     and the PMD does not see its own transmissions;
 *   - a frame above the MTU is refused by the kernel and counted in oerrors;
 *   - the link follows the peer (down, then up again).
 * Needs root (CAP_SYS_ADMIN for unshare, CAP_NET_RAW for capture).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_ethdev.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_bus_vdev.h>

#include "pcap_test.h"

#define NB 2000
#define BURST 32
#define POOL_SIZE 4095
#define TIMEOUT_NS (5ull * 1000000000ull)

static struct rte_mempool *pool;

static void
sh(const char *cmd)
{
	CHECK(system(cmd) == 0, "command failed: %s", cmd);
}

static void
write_file(const char *path, const char *s)
{
	FILE *f = fopen(path, "w");

	CHECK(f != NULL && fputs(s, f) >= 0 && fclose(f) == 0, "write %s", path);
}

static uint64_t
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* Own network namespace with the veth pair, no IPv6 chatter. */
static void
make_netns(void)
{
	CHECK(geteuid() == 0, "needs root: run it through devtools/test-all.sh or as root");
	CHECK(unshare(CLONE_NEWNET) == 0, "unshare(CLONE_NEWNET): %s", strerror(errno));
	/* no router solicitations or MLD reports: exact frame counts */
	write_file("/proc/sys/net/ipv6/conf/all/disable_ipv6", "1");
	write_file("/proc/sys/net/ipv6/conf/default/disable_ipv6", "1");
	sh("ip link add pmdk0 type veth peer name pmdk1");
	sh("ip link set pmdk0 up");
	sh("ip link set pmdk1 up");
}

static int
peer_socket(void)
{
	struct sockaddr_ll sll = { .sll_family = AF_PACKET,
				   .sll_protocol = htons(ETH_P_ALL) };
	int fd, size = 32 << 20;

	fd = socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK, htons(ETH_P_ALL));
	CHECK(fd >= 0, "AF_PACKET socket: %s", strerror(errno));
	sll.sll_ifindex = (int)if_nametoindex("pmdk1");
	CHECK(sll.sll_ifindex > 0, "pmdk1 index");
	CHECK(bind(fd, (struct sockaddr *)&sll, sizeof(sll)) == 0, "bind");
	CHECK(setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof(size)) == 0,
	      "SO_RCVBUFFORCE");
	return fd;
}

/* Test frame: broadcast, ethertype 0x88b5, sequence number, padding. */
static uint32_t
build(uint8_t *f, uint64_t seq)
{
	uint32_t len = 60 + (uint32_t)(seq * 37 % 1455);

	memset(f, 0xff, 6);
	memcpy(f + 6, "\x02\x00\x00\x00\x00\x09", 6);
	f[12] = TEST_ETHERTYPE >> 8;
	f[13] = TEST_ETHERTYPE & 0xff;
	memcpy(f + 14, &seq, sizeof(seq));
	memset(f + 22, (int)(seq & 0xff), len - 22);
	return len;
}

/* Frames of ours read from the peer socket; checks order and bytes. */
static uint64_t
peer_drain(int fd, uint64_t expect, uint64_t *others)
{
	uint8_t buf[2048], ref[2048];
	ssize_t n;
	uint64_t seq;
	uint32_t len;

	while ((n = recv(fd, buf, sizeof(buf), 0)) > 0) {
		struct sockaddr_ll from;

		(void)from;
		if (n < 22 || buf[12] != (TEST_ETHERTYPE >> 8) ||
		    buf[13] != (TEST_ETHERTYPE & 0xff)) {
			(*others)++;
			continue;
		}
		memcpy(&seq, buf + 14, sizeof(seq));
		CHECK(seq == expect, "kernel got frame %" PRIu64 ", expected %" PRIu64, seq, expect);
		len = build(ref, seq);
		CHECK((uint32_t)n == len && memcmp(buf, ref, len) == 0,
		      "frame %" PRIu64 ": %zd bytes, expected %u, or content differs", seq, n, len);
		expect++;
	}
	return expect;
}

static void
pmd_to_kernel(uint16_t port, int fd)
{
	struct rte_mbuf *bufs[BURST];
	uint64_t seq = 0, got = 0, others = 0, deadline, bytes = 0;
	struct rte_eth_stats st;
	uint32_t len, i;

	while (seq < NB) {
		for (i = 0; i < BURST && seq < NB; i++, seq++) {
			bufs[i] = rte_pktmbuf_alloc(pool);
			CHECK(bufs[i] != NULL, "alloc");
			len = build(rte_pktmbuf_mtod(bufs[i], uint8_t *), seq);
			bufs[i]->data_len = (uint16_t)len;
			bufs[i]->pkt_len = len;
			bytes += len;
		}
		CHECK(rte_eth_tx_burst(port, 0, bufs, (uint16_t)i) == i, "tx burst");
		got = peer_drain(fd, got, &others);
	}
	deadline = now_ns() + TIMEOUT_NS;
	while (got < NB && now_ns() < deadline)
		got = peer_drain(fd, got, &others);
	CHECK(got == NB, "kernel received %" PRIu64 " of %d frames", got, NB);
	CHECK(rte_eth_stats_get(port, &st) == 0 && st.opackets == NB && st.obytes == bytes &&
	      st.oerrors == 0, "tx stats %" PRIu64 "/%" PRIu64 "/%" PRIu64,
	      st.opackets, st.obytes, st.oerrors);
	printf("PMD -> kernel: %" PRIu64 " frames in order (%" PRIu64 " other frames seen)\n",
	       got, others);
}

static void
kernel_to_pmd(uint16_t port, int fd)
{
	struct rte_mbuf *bufs[BURST];
	uint8_t frame[2048], ref[2048];
	uint64_t sent = 0, got = 0, deadline, bytes = 0;
	struct rte_eth_stats st;
	uint32_t len;
	uint16_t n, i;

	CHECK(rte_eth_stats_reset(port) == 0, "reset");
	while (sent < NB || got < NB) {
		/* inject a burst, then poll the PMD */
		for (i = 0; i < BURST && sent < NB; i++, sent++) {
			len = build(frame, 100000 + sent);
			CHECK(send(fd, frame, len, 0) == (ssize_t)len, "send: %s", strerror(errno));
			bytes += len;
		}
		deadline = now_ns() + TIMEOUT_NS;
		do {
			n = rte_eth_rx_burst(port, 0, bufs, BURST);
			for (i = 0; i < n; i++, got++) {
				uint64_t seq;

				CHECK(bufs[i]->pkt_len >= 22, "short frame");
				memcpy(&seq, rte_pktmbuf_mtod_offset(bufs[i], uint8_t *, 14), 8);
				CHECK(seq == 100000 + got, "PMD got frame %" PRIu64 ", expected %" PRIu64,
				      seq, 100000 + got);
				len = build(ref, seq);
				CHECK(bufs[i]->pkt_len == len &&
				      memcmp(rte_pktmbuf_mtod(bufs[i], uint8_t *), ref, len) == 0,
				      "frame %" PRIu64 " content", seq);
			}
			rte_pktmbuf_free_bulk(bufs, n);
		} while (got < sent && now_ns() < deadline);
		CHECK(got == sent, "PMD received %" PRIu64 " of %" PRIu64, got, sent);
	}
	/* nothing more: in particular not the PMD's own transmissions */
	rte_delay_ms(100);
	CHECK(rte_eth_rx_burst(port, 0, bufs, BURST) == 0, "unexpected extra frames");
	CHECK(rte_eth_stats_get(port, &st) == 0 && st.ipackets == NB && st.ibytes == bytes &&
	      st.imissed == 0 && st.ierrors == 0, "rx stats %" PRIu64 "/%" PRIu64 " missed %" PRIu64,
	      st.ipackets, st.ibytes, st.imissed);
	printf("kernel -> PMD: %" PRIu64 " frames in order\n", got);
}

static void
oversized(uint16_t port)
{
	struct rte_mbuf *m[4];
	struct rte_eth_stats st;
	int i;

	CHECK(rte_eth_stats_reset(port) == 0, "reset");
	/* an 8000-byte frame in a chain of 4 segments: the MTU is 1500 */
	CHECK(rte_pktmbuf_alloc_bulk(pool, m, 4) == 0, "alloc");
	for (i = 0; i < 4; i++) {
		CHECK(rte_pktmbuf_append(m[i], 2000) != NULL, "append");
		memset(rte_pktmbuf_mtod(m[i], uint8_t *), 0xee, 2000);
		if (i > 0)
			CHECK(rte_pktmbuf_chain(m[0], m[i]) == 0, "chain");
	}
	CHECK(rte_eth_tx_burst(port, 0, m, 1) == 1, "tx");
	CHECK(rte_eth_stats_get(port, &st) == 0 && st.oerrors == 1 && st.opackets == 0,
	      "oversized: oerrors %" PRIu64 " opackets %" PRIu64, st.oerrors, st.opackets);
}

static void
link_follows_peer(uint16_t port)
{
	struct rte_eth_link link;
	uint64_t deadline;

	CHECK(rte_eth_link_get_nowait(port, &link) == 0 && link.link_status == RTE_ETH_LINK_UP,
	      "link down with the peer up");
	CHECK(link.link_speed == RTE_ETH_SPEED_NUM_10G, "veth speed %u", link.link_speed);
	sh("ip link set pmdk1 down");
	deadline = now_ns() + TIMEOUT_NS;
	do {
		CHECK(rte_eth_link_get_nowait(port, &link) == 0, "link get");
	} while (link.link_status != RTE_ETH_LINK_DOWN && now_ns() < deadline);
	CHECK(link.link_status == RTE_ETH_LINK_DOWN, "link up with the peer down");
	sh("ip link set pmdk1 up");
	deadline = now_ns() + TIMEOUT_NS;
	do {
		CHECK(rte_eth_link_get_nowait(port, &link) == 0, "link get");
	} while (link.link_status != RTE_ETH_LINK_UP && now_ns() < deadline);
	CHECK(link.link_status == RTE_ETH_LINK_UP, "link did not come back");
	printf("link followed the peer down and up\n");
}

/*
 * Frames injected while nobody polls: what does not fit in the capture
 * ring is dropped by the kernel and must show in imissed, exactly.
 */
static void
missed_counted(uint16_t port, int fd)
{
	struct rte_mbuf *bufs[BURST];
	uint8_t frame[2048];
	struct rte_eth_stats st;
	uint64_t got = 0, deadline;
	uint32_t i, len, nb = 20000;
	uint16_t n;

	CHECK(rte_eth_stats_reset(port) == 0, "reset");
	for (i = 0; i < nb; i++) {
		len = build(frame, i);
		CHECK(send(fd, frame, len, 0) == (ssize_t)len, "send: %s", strerror(errno));
		/* pace below the kernel's backlog (netdev_max_backlog, 1000):
		 * drops there would not be the capture ring's */
		if (i % 256 == 255)
			usleep(1000);
	}
	deadline = now_ns() + 1000000000ull;
	while (now_ns() < deadline) {
		n = rte_eth_rx_burst(port, 0, bufs, BURST);
		got += n;
		rte_pktmbuf_free_bulk(bufs, n);
	}
	CHECK(rte_eth_stats_get(port, &st) == 0, "stats");
	CHECK(st.imissed > 0 && st.ipackets == got && got + st.imissed == nb,
	      "%u injected: %" PRIu64 " received + %" PRIu64 " missed", nb, got, st.imissed);
	printf("%u injected without polling: %" PRIu64 " received, %" PRIu64 " in imissed\n",
	       nb, got, st.imissed);
}

/* rx_iface sees both directions; tx_iface alone gives a silent rx queue;
 * phy_mac=1 takes the interface's address. */
static void
split_keys(int fd)
{
	struct rte_ether_addr mac, kmac;
	struct rte_mbuf *bufs[BURST];
	uint64_t others = 0, got = 0, deadline;
	uint16_t both, txonly, n, i;
	unsigned int kb[6];
	FILE *f;

	CHECK(rte_vdev_init("net_pcap1", "rx_iface=pmdk0,tx_iface=pmdk0,phy_mac=1") == 0, "probe");
	CHECK(rte_vdev_init("net_pcap2", "tx_iface=pmdk0") == 0, "probe tx only");
	both = port_of("net_pcap1");
	txonly = port_of("net_pcap2");
	/* the kernel's view, from ip(8) (sysfs shows the parent namespace) */
	f = popen("ip -o link show pmdk0 | sed 's/.*link\\/ether //'", "r");
	CHECK(f != NULL && fscanf(f, "%x:%x:%x:%x:%x:%x", &kb[0], &kb[1], &kb[2], &kb[3],
				  &kb[4], &kb[5]) == 6, "pmdk0 address");
	pclose(f);
	for (i = 0; i < 6; i++)
		kmac.addr_bytes[i] = (uint8_t)kb[i];
	CHECK(rte_eth_macaddr_get(both, &mac) == 0 && rte_is_same_ether_addr(&mac, &kmac),
	      "phy_mac=1 did not give the interface's address");
	port_up(both, 1, pool, true);
	port_up(txonly, 1, pool, true);
	/* the tx-only port sends 10 frames: net_pcap1 captures them outbound */
	for (i = 0; i < 10; i++) {
		bufs[i] = rte_pktmbuf_alloc(pool);
		CHECK(bufs[i] != NULL, "alloc");
		bufs[i]->data_len = (uint16_t)build(rte_pktmbuf_mtod(bufs[i], uint8_t *), i);
		bufs[i]->pkt_len = bufs[i]->data_len;
	}
	CHECK(rte_eth_tx_burst(txonly, 0, bufs, 10) == 10, "tx");
	deadline = now_ns() + TIMEOUT_NS;
	while (got < 10 && now_ns() < deadline) {
		n = rte_eth_rx_burst(both, 0, bufs, BURST);
		got += n;
		rte_pktmbuf_free_bulk(bufs, n);
		CHECK(rte_eth_rx_burst(txonly, 0, bufs, BURST) == 0, "tx-only port received");
	}
	CHECK(got == 10, "rx_iface saw %" PRIu64 " of 10 outbound frames", got);
	CHECK(peer_drain(fd, 0, &others) == 10, "kernel side");
	CHECK(rte_eth_dev_stop(both) == 0 && rte_eth_dev_close(both) == 0, "close");
	CHECK(rte_eth_dev_stop(txonly) == 0 && rte_eth_dev_close(txonly) == 0, "close");
	CHECK(rte_vdev_uninit("net_pcap1") == 0 && rte_vdev_uninit("net_pcap2") == 0, "uninit");
	printf("rx_iface saw outbound frames, tx_iface-only port received none, phy_mac ok\n");
}

/*
 * The PMD's own interface goes down: polling fails, counted once in
 * ierrors (not once per poll); when it is back up, frames flow again.
 */
static void
own_iface_flap(uint16_t port, int fd)
{
	struct rte_mbuf *bufs[BURST];
	uint8_t frame[2048];
	struct rte_eth_stats st;
	uint64_t got = 0, deadline;
	uint32_t len, i;
	uint16_t n;

	CHECK(rte_eth_stats_reset(port) == 0, "reset");
	sh("ip link set pmdk0 down");
	for (i = 0; i < 1000; i++)
		CHECK(rte_eth_rx_burst(port, 0, bufs, BURST) == 0, "rx on a down interface");
	CHECK(rte_eth_stats_get(port, &st) == 0 && st.ierrors <= 1,
	      "a down interface counted %" PRIu64 " errors in 1000 polls", st.ierrors);
	sh("ip link set pmdk0 up");
	deadline = now_ns() + TIMEOUT_NS;
	for (i = 0; got < 10 && now_ns() < deadline; i++) {
		if (i % 1000 == 0) {	/* until the carrier is back, frames may be lost */
			len = build(frame, 7);
			if (send(fd, frame, len, 0) != (ssize_t)len)
				usleep(1000);
		}
		n = rte_eth_rx_burst(port, 0, bufs, BURST);
		got += n;
		rte_pktmbuf_free_bulk(bufs, n);
	}
	CHECK(got >= 10, "only %" PRIu64 " frames after the interface came back", got);
	printf("own interface down: %" PRIu64 " rx error(s) counted; frames flow after up\n",
	       st.ierrors);
}

int
main(int argc, char **argv)
{
	uint16_t port;
	int fd;

	make_netns();
	CHECK(rte_eal_init(argc, argv) >= 0, "rte_eal_init: %s", rte_strerror(rte_errno));
	pool = rte_pktmbuf_pool_create("live_pool", POOL_SIZE, 256, 0,
				       RTE_MBUF_DEFAULT_BUF_SIZE, rte_socket_id());
	CHECK(pool != NULL, "pool");
	fd = peer_socket();
	CHECK(rte_vdev_init("net_pcap0", "iface=pmdk0") == 0, "probe iface=pmdk0");
	port = port_of("net_pcap0");
	port_up(port, 1, pool, true);
	pmd_to_kernel(port, fd);
	kernel_to_pmd(port, fd);
	oversized(port);
	link_follows_peer(port);
	/* the peer socket reports the flap (ENETDOWN) once: take a fresh one */
	close(fd);
	fd = peer_socket();
	own_iface_flap(port, fd);
	missed_counted(port, fd);
	CHECK(rte_eth_dev_stop(port) == 0 && rte_eth_dev_close(port) == 0, "close");
	CHECK(rte_vdev_uninit("net_pcap0") == 0, "uninit");
	split_keys(fd);
	close(fd);
	CHECK(rte_mempool_avail_count(pool) == POOL_SIZE, "%u mbufs back of %u",
	      rte_mempool_avail_count(pool), POOL_SIZE);
	rte_mempool_free(pool);
	CHECK(rte_eal_cleanup() == 0, "cleanup");
	printf("live: OK\n");
	return 0;
}
