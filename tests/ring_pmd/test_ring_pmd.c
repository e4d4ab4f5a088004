/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * net_ring tests through the public API. One program, one case per run:
 *   test_ring_pmd <case> [EAL args]
 *   from_rings   two ports wired back to back with rte_eth_from_rings; one
 *                lcore sends 10 million mbufs numbered in their payload,
 *                the main lcore receives them in order
 *   nodeaction   the same over --vdev net_ring0,nodeaction=...:CREATE and
 *                net_ring1,nodeaction=...:ATTACH
 *   multiqueue   default net_ring port: 4 looped queue pairs, per-queue
 *                stats, ring-full tx counted in oerrors
 *   hotplug      rte_dev_probe/rte_dev_remove, eth_ring alias,
 *                rte_vdev_init/uninit, rte_eth_from_ring, bad devargs
 *   eal_init     just rte_eal_init (run with bad --vdev by check_eal_fail.sh)
 * Every case ends with every mbuf back in its pool.
 */
#include <errno.h>
#include <sched.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_dev.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_ethdev.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>
#include <rte_ring.h>
#include <rte_bus_vdev.h>
#include <rte_eth_ring.h>

#define CHECK(cond, ...) do { \
	if (!(cond)) { \
		fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond); \
		fprintf(stderr, __VA_ARGS__); \
		fprintf(stderr, "\n"); \
		exit(1); \
	} \
} while (0)

#define POOL_SIZE 8191
#define BURST 32
#define FRAME_LEN 64
#define NB_MOVE 10000000ull

static struct rte_mempool *pool;

/* Configure port with nq queue pairs and start it. */
static void
port_up(uint16_t port, uint16_t nq)
{
	struct rte_eth_conf conf;
	uint16_t q;

	memset(&conf, 0, sizeof(conf));
	CHECK(rte_eth_dev_configure(port, nq, nq, &conf) == 0, "configure port %u", port);
	for (q = 0; q < nq; q++) {
		CHECK(rte_eth_rx_queue_setup(port, q, 512, rte_socket_id(), NULL, pool) == 0,
		      "rx queue %u", q);
		CHECK(rte_eth_tx_queue_setup(port, q, 512, rte_socket_id(), NULL) == 0,
		      "tx queue %u", q);
	}
	CHECK(rte_eth_dev_start(port) == 0, "start port %u", port);
}

static struct rte_mbuf *
make_frame(uint64_t seq)
{
	struct rte_mbuf *m = rte_pktmbuf_alloc(pool);
	uint8_t *p;

	if (m == NULL)
		return NULL;
	p = (uint8_t *)rte_pktmbuf_append(m, FRAME_LEN);
	memset(p, 0, 14);
	p[12] = 0x88;	/* local experimental ethertype 0x88b5 */
	p[13] = 0xb5;
	memcpy(p + 14, &seq, sizeof(seq));
	return m;
}

static uint64_t
frame_seq(const struct rte_mbuf *m)
{
	uint64_t seq;

	memcpy(&seq, rte_pktmbuf_mtod_offset(m, const uint8_t *, 14), sizeof(seq));
	return seq;
}

struct sender {
	uint16_t port;
	uint64_t count;
	uint64_t refused;	/* tx returned fewer: ring full, retried */
};

/* Sender lcore: count numbered frames, retrying what the ring refuses. */
static int
send_loop(void *arg)
{
	struct sender *s = arg;
	struct rte_mbuf *bufs[BURST];
	uint64_t seq = 0;
	uint16_t n, sent, i;

	while (seq < s->count) {
		n = (uint16_t)RTE_MIN((uint64_t)BURST, s->count - seq);
		for (i = 0; i < n; i++) {
			bufs[i] = make_frame(seq + i);
			while (bufs[i] == NULL)	/* receiver is behind */
				bufs[i] = make_frame(seq + i);
		}
		sent = 0;
		while (sent < n) {
			uint16_t k = rte_eth_tx_burst(s->port, 0, bufs + sent, n - sent);

			s->refused += (uint16_t)(n - sent - k);
			sent += k;
			/* ring full: let the receiver run (CPUs may be shared) */
			if (k == 0)
				sched_yield();
		}
		seq += n;
	}
	return 0;
}

/* Move NB_MOVE frames from port a to port b on two lcores. */
static void
move_frames(uint16_t a, uint16_t b)
{
	struct sender s = { .port = a, .count = NB_MOVE };
	struct rte_mbuf *bufs[BURST];
	struct rte_eth_stats sa, sb;
	uint64_t expect = 0;
	unsigned int worker;
	uint16_t n, i;

	worker = rte_get_next_lcore(-1, 1, 0);
	CHECK(worker < RTE_MAX_LCORE, "needs two lcores (-l 0-1)");
	CHECK(rte_eal_remote_launch(send_loop, &s, worker) == 0, "launch sender");
	while (expect < NB_MOVE) {
		n = rte_eth_rx_burst(b, 0, bufs, BURST);
		for (i = 0; i < n; i++) {
			uint64_t seq = frame_seq(bufs[i]);

			CHECK(seq == expect, "frame %" PRIu64 " arrived as number %" PRIu64,
			      expect, seq);
			CHECK(bufs[i]->pkt_len == FRAME_LEN, "length %u", bufs[i]->pkt_len);
			expect++;
			rte_pktmbuf_free(bufs[i]);
		}
	}
	CHECK(rte_eal_wait_lcore(worker) == 0, "sender");
	CHECK(rte_eth_rx_burst(b, 0, bufs, BURST) == 0, "extra frames");
	CHECK(rte_eth_stats_get(a, &sa) == 0 && rte_eth_stats_get(b, &sb) == 0, "stats");
	CHECK(sa.opackets == NB_MOVE, "port %u opackets %" PRIu64, a, sa.opackets);
	/* net_ring counts packets only, as DPDK's does */
	CHECK(sa.obytes == 0, "obytes %" PRIu64, sa.obytes);
	CHECK(sa.oerrors == s.refused, "oerrors %" PRIu64 " refused %" PRIu64,
	      sa.oerrors, s.refused);
	CHECK(sb.ipackets == NB_MOVE, "port %u ipackets %" PRIu64, b, sb.ipackets);
	CHECK(sb.ibytes == 0, "ibytes %" PRIu64, sb.ibytes);
	CHECK(sb.q_ipackets[0] == NB_MOVE, "q_ipackets %" PRIu64, sb.q_ipackets[0]);
	printf("moved %" PRIu64 " frames port %u -> %u, %" PRIu64 " tx retries\n",
	       expect, a, b, s.refused);
}

static void
check_pool_full(void)
{
	CHECK(rte_mempool_avail_count(pool) == POOL_SIZE,
	      "%u of %u mbufs back in the pool", rte_mempool_avail_count(pool), POOL_SIZE);
}

static uint16_t
port_of(const char *name)
{
	uint16_t port;

	CHECK(rte_eth_dev_get_port_by_name(name, &port) == 0, "no port %s", name);
	return port;
}

static void
case_from_rings(void)
{
	struct rte_ring *r1, *r2;
	int a, b;

	r1 = rte_ring_create("b2b_r1", 1024, rte_socket_id(), RING_F_SP_ENQ | RING_F_SC_DEQ);
	r2 = rte_ring_create("b2b_r2", 1024, rte_socket_id(), RING_F_SP_ENQ | RING_F_SC_DEQ);
	CHECK(r1 != NULL && r2 != NULL, "rings");
	/* as in DPDK's guide: a sends on r1, b receives from r1, and back */
	a = rte_eth_from_rings("net_ring_a", &r2, 1, &r1, 1, rte_socket_id());
	b = rte_eth_from_rings("net_ring_b", &r1, 1, &r2, 1, rte_socket_id());
	CHECK(a >= 0 && b >= 0, "rte_eth_from_rings: %s", rte_strerror(rte_errno));
	CHECK(rte_eth_dev_count_avail() == 2, "%u ports", rte_eth_dev_count_avail());
	port_up((uint16_t)a, 1);
	port_up((uint16_t)b, 1);
	move_frames((uint16_t)a, (uint16_t)b);
	CHECK(rte_eth_dev_stop((uint16_t)a) == 0 && rte_eth_dev_close((uint16_t)a) == 0, "close a");
	CHECK(rte_eth_dev_stop((uint16_t)b) == 0 && rte_eth_dev_close((uint16_t)b) == 0, "close b");
	/* the application's rings outlive the ports */
	CHECK(rte_ring_lookup("b2b_r1") == r1 && rte_ring_lookup("b2b_r2") == r2,
	      "rings freed by the PMD");
	rte_ring_free(r1);
	rte_ring_free(r2);
	check_pool_full();
}

/* EAL args give --vdev net_ring0,nodeaction=b2b:0:CREATE
 * --vdev net_ring1,nodeaction=b2b:0:ATTACH */
static void
case_nodeaction(void)
{
	uint16_t a = port_of("net_ring0"), b = port_of("net_ring1");
	struct rte_eth_dev_info info;

	CHECK(rte_ring_lookup("b2b") != NULL, "ring b2b not created");
	CHECK(rte_eth_dev_info_get(a, &info) == 0 && info.max_rx_queues == 1 &&
	      info.max_tx_queues == 1, "one queue pair per nodeaction");
	port_up(a, 1);
	port_up(b, 1);
	move_frames(a, b);
	/* close the creator first: the attached port keeps the ring alive */
	CHECK(rte_eth_dev_stop(a) == 0 && rte_eth_dev_close(a) == 0, "close a");
	CHECK(rte_ring_lookup("b2b") != NULL, "ring freed while port b uses it");
	CHECK(rte_eth_dev_stop(b) == 0 && rte_eth_dev_close(b) == 0, "close b");
	CHECK(rte_ring_lookup("b2b") == NULL, "ring not freed after its last port");
	check_pool_full();
}

/* The per-queue counter name of the port's xstats must read value. */
static void
check_queue_xstat(uint16_t port, const char *name, uint64_t value)
{
	uint64_t id, v;

	CHECK(rte_eth_xstats_get_id_by_name(port, name, &id) == 0, "no xstat %s", name);
	CHECK(rte_eth_xstats_get_by_id(port, &id, &v, 1) == 1 && v == value,
	      "xstat %s = %" PRIu64 ", expected %" PRIu64, name, v, value);
}

/* EAL args give --vdev net_ring0 (default: looped rings). */
static void
case_multiqueue(void)
{
	uint16_t port = port_of("net_ring0"), q, n, i, k, refused;
	struct rte_mbuf *bufs[1100], *rx[BURST];
	struct rte_eth_dev_info info;
	struct rte_eth_link link;
	struct rte_eth_stats st;
	uint64_t seq;

	CHECK(rte_eth_dev_info_get(port, &info) == 0, "info");
	CHECK(info.max_rx_queues == 16 && info.max_tx_queues == 16,
	      "default port has %u/%u queues", info.max_rx_queues, info.max_tx_queues);
	port_up(port, 4);
	CHECK(rte_eth_link_get_nowait(port, &link) == 0 && link.link_status == RTE_ETH_LINK_UP,
	      "link down");
	CHECK(rte_eth_promiscuous_enable(port) == 0 && rte_eth_allmulticast_enable(port) == 0,
	      "promisc/allmulti");
	/* queue q sends 10*(q+1) frames; they come back on rx queue q only */
	for (q = 0; q < 4; q++) {
		for (i = 0; i < 10 * (q + 1); i++)
			bufs[i] = make_frame(1000u * q + i);
		CHECK(rte_eth_tx_burst(port, q, bufs, i) == i, "tx queue %u", q);
	}
	for (q = 0; q < 4; q++) {
		seq = 1000u * q;
		while ((n = rte_eth_rx_burst(port, q, rx, BURST)) > 0) {
			for (i = 0; i < n; i++, seq++) {
				CHECK(frame_seq(rx[i]) == seq, "queue %u frame %" PRIu64, q, seq);
				rte_pktmbuf_free(rx[i]);
			}
		}
		CHECK(seq == 1000u * q + 10 * (q + 1), "queue %u got %" PRIu64, q, seq - 1000u * q);
	}
	CHECK(rte_eth_stats_get(port, &st) == 0, "stats");
	for (q = 0; q < 4; q++)
		CHECK(st.q_ipackets[q] == 10u * (q + 1) && st.q_opackets[q] == 10u * (q + 1),
		      "queue %u stats %" PRIu64 "/%" PRIu64, q, st.q_ipackets[q], st.q_opackets[q]);
	CHECK(st.ipackets == 100 && st.opackets == 100 && st.ibytes == 0,
	      "totals %" PRIu64 " %" PRIu64, st.ipackets, st.opackets);
	check_queue_xstat(port, "rx_q3_packets", 40);
	check_queue_xstat(port, "tx_q1_packets", 20);
	/* a ring of 1024 holds 1023: the rest is refused and counted */
	for (i = 0; i < 1100; i++)
		bufs[i] = make_frame(i);
	for (k = 0, i = 0, refused = 0; i < 1100; i += n) {
		uint16_t offer = RTE_MIN(BURST, 1100 - i);

		n = rte_eth_tx_burst(port, 1, bufs + i, offer);
		refused += offer - n;
		k += n;
		if (n == 0)
			break;
	}
	CHECK(k == 1023, "ring took %u", k);
	/* 31 full bursts, then 31 of 32 (1 refused), then 0 of 32 */
	CHECK(refused == 33, "refused %u", refused);
	CHECK(rte_eth_stats_get(port, &st) == 0 && st.oerrors == refused,
	      "oerrors %" PRIu64, st.oerrors);
	rte_pktmbuf_free_bulk(bufs + k, 1100 - k);
	while ((n = rte_eth_rx_burst(port, 1, rx, BURST)) > 0)
		rte_pktmbuf_free_bulk(rx, n);
	CHECK(rte_eth_stats_reset(port) == 0 && rte_eth_stats_get(port, &st) == 0 &&
	      st.ipackets == 0 && st.opackets == 0 && st.oerrors == 0, "reset");
	CHECK(rte_eth_dev_stop(port) == 0 && rte_eth_dev_close(port) == 0, "close");
	check_pool_full();
}

/* Run op, capturing the log; the log must contain want. */
#define EXPECT_LOG(want, op) do { \
	char *log_ = NULL; \
	size_t len_ = 0; \
	FILE *f_ = open_memstream(&log_, &len_); \
	CHECK(f_ != NULL, "memstream"); \
	rte_openlog_stream(f_); \
	op; \
	fflush(f_); \
	rte_openlog_stream(NULL); \
	fclose(f_); \
	CHECK(log_ != NULL && strstr(log_, want) != NULL, \
	      "log of %s lacks '%s': %s", #op, want, log_ ? log_ : ""); \
	free(log_); \
} while (0)

static void
loop_frames(uint16_t port, unsigned int nb)
{
	struct rte_mbuf *bufs[BURST];
	unsigned int i, got = 0;
	uint16_t n;

	CHECK(nb <= BURST, "burst");
	for (i = 0; i < nb; i++)
		bufs[i] = make_frame(i);
	CHECK(rte_eth_tx_burst(port, 0, bufs, (uint16_t)nb) == nb, "tx");
	while ((n = rte_eth_rx_burst(port, 0, bufs, BURST)) > 0) {
		for (i = 0; i < n; i++, got++)
			CHECK(frame_seq(bufs[i]) == got, "frame %u", got);
		rte_pktmbuf_free_bulk(bufs, n);
	}
	CHECK(got == nb, "looped %u of %u", got, nb);
}

static struct rte_device *
port_device(uint16_t port)
{
	struct rte_eth_dev_info info;

	CHECK(rte_eth_dev_info_get(port, &info) == 0 && info.device != NULL, "device");
	return info.device;
}

static void
count_scan(void *arg)
{
	(*(unsigned int *)arg)++;
}

static void
case_hotplug(void)
{
	unsigned int scans = 0;
	struct rte_eth_dev_info info;
	struct rte_ring *r;
	uint16_t port, before = rte_eth_dev_count_avail();
	int ret, p;

	/* hot-plug, use, remove; the bus scan runs the custom scan callback */
	CHECK(rte_vdev_add_custom_scan(count_scan, &scans) == 0, "add custom scan");
	CHECK(rte_dev_probe("net_ring5") == 0, "rte_dev_probe net_ring5");
	CHECK(scans == 1, "custom scan ran %u times", scans);
	CHECK(rte_vdev_remove_custom_scan(count_scan, (void *)-1) == 0, "remove custom scan");
	port = port_of("net_ring5");
	CHECK(rte_eth_dev_count_avail() == before + 1, "count");
	port_up(port, 1);
	loop_frames(port, 20);
	CHECK(rte_eth_dev_stop(port) == 0, "stop");
	CHECK(rte_dev_remove(port_device(port)) == 0, "rte_dev_remove");
	CHECK(rte_eth_dev_get_port_by_name("net_ring5", &port) != 0, "port survived remove");
	CHECK(rte_eth_dev_count_avail() == before, "count after remove");
	/* the same name can come back */
	CHECK(rte_dev_probe("net_ring5") == 0, "probe again");
	CHECK(scans == 1, "removed custom scan still runs");
	CHECK(rte_dev_remove(port_device(port_of("net_ring5"))) == 0, "remove again");

	/* DPDK 2.0 name */
	CHECK(rte_dev_probe("eth_ring7") == 0, "rte_dev_probe eth_ring7");
	port = port_of("eth_ring7");
	CHECK(rte_eth_dev_info_get(port, &info) == 0 &&
	      strcmp(info.driver_name, "net_ring") == 0, "driver %s", info.driver_name);
	port_up(port, 2);
	loop_frames(port, 7);
	CHECK(rte_eth_dev_stop(port) == 0 && rte_eth_dev_close(port) == 0, "close");
	CHECK(rte_vdev_uninit("eth_ring7") == 0, "uninit after close");

	/* the vdev API */
	CHECK(rte_vdev_init("net_ring8", NULL) == 0, "rte_vdev_init");
	CHECK(rte_vdev_init("net_ring8", NULL) == -EEXIST, "duplicate");
	CHECK(rte_vdev_uninit("net_ring8") == 0, "rte_vdev_uninit");
	CHECK(rte_vdev_uninit("net_ring8") == -ENOENT, "uninit twice");

	/* bad input: clear message, failure, nothing left behind */
	EXPECT_LOG("'bogus'", ret = rte_vdev_init("net_ring9", "bogus=1"));
	CHECK(ret < 0, "unknown key accepted");
	EXPECT_LOG("nosuch", ret = rte_vdev_init("net_ring9", "nodeaction=nosuch:0:ATTACH"));
	CHECK(ret < 0, "attach to a missing ring");
	EXPECT_LOG("MAKE", ret = rte_vdev_init("net_ring9", "nodeaction=x:0:MAKE"));
	CHECK(ret < 0, "bad action");
	EXPECT_LOG("NAME:NODE:CREATE|ATTACH", ret = rte_vdev_init("net_ring9", "nodeaction=x"));
	CHECK(ret < 0, "malformed nodeaction");
	EXPECT_LOG("'99'", ret = rte_vdev_init("net_ring9", "nodeaction=x:99:CREATE"));
	CHECK(ret < 0, "bad node");
	EXPECT_LOG("reserved", ret = rte_vdev_init("net_ring9", "internal=0x1234"));
	CHECK(ret < 0, "forged internal pointer");
	EXPECT_LOG("net_bogus0", ret = rte_vdev_init("net_bogus0", NULL));
	CHECK(ret == -ENOENT, "unknown driver: %d", ret);
	EXPECT_LOG("'bogus'", ret = rte_dev_probe("net_ring9,bogus=1"));
	CHECK(ret < 0, "hot-plug with an unknown key");
	CHECK(rte_eth_dev_get_port_by_name("net_ring9", &port) != 0, "failed port left behind");
	CHECK(rte_ring_lookup("x") == NULL, "ring of a failed probe left behind");
	CHECK(rte_eth_dev_count_avail() == before, "count after failures");

	/* several nodeaction keys: several queues */
	CHECK(rte_vdev_init("net_ring10", "nodeaction=q0:0:CREATE,nodeaction=q1:0:CREATE,nodeaction=q2:0:CREATE") == 0,
	      "three nodeactions");
	port = port_of("net_ring10");
	CHECK(rte_eth_dev_info_get(port, &info) == 0 && info.max_rx_queues == 3 &&
	      info.max_tx_queues == 3, "%u queues", info.max_rx_queues);
	CHECK(rte_vdev_uninit("net_ring10") == 0, "uninit");
	CHECK(rte_ring_lookup("q1") == NULL, "PMD ring left after uninit");

	/* rte_eth_from_ring: one ring, looped */
	r = rte_ring_create("net_ring_loop", 256, rte_socket_id(), 0);
	CHECK(r != NULL, "ring");
	p = rte_eth_from_ring(r);
	CHECK(p >= 0, "rte_eth_from_ring: %s", rte_strerror(rte_errno));
	port_up((uint16_t)p, 1);
	loop_frames((uint16_t)p, 5);
	CHECK(rte_eth_dev_stop((uint16_t)p) == 0, "stop");
	CHECK(rte_vdev_uninit("net_ring_loop") == 0, "uninit");
	CHECK(rte_ring_lookup("net_ring_loop") == r, "application ring freed by the PMD");
	rte_ring_free(r);
	check_pool_full();
}

int
main(int argc, char **argv)
{
	const char *name;
	int ret;

	if (argc < 2) {
		fprintf(stderr, "usage: %s from_rings|nodeaction|multiqueue|hotplug|eal_init [EAL args]\n",
			argv[0]);
		return 2;
	}
	name = argv[1];
	/* the case name stands in for argv[0] of the EAL */
	ret = rte_eal_init(argc - 1, argv + 1);
	if (ret < 0) {
		fprintf(stderr, "rte_eal_init failed: %s\n", rte_strerror(rte_errno));
		return 1;
	}
	if (strcmp(name, "eal_init") == 0) {
		rte_eal_cleanup();
		return 0;
	}
	pool = rte_pktmbuf_pool_create("ring_pmd_pool", POOL_SIZE, 256, 0,
				       RTE_MBUF_DEFAULT_BUF_SIZE, rte_socket_id());
	CHECK(pool != NULL, "mbuf pool: %s", rte_strerror(rte_errno));
	if (strcmp(name, "from_rings") == 0)
		case_from_rings();
	else if (strcmp(name, "nodeaction") == 0)
		case_nodeaction();
	else if (strcmp(name, "multiqueue") == 0)
		case_multiqueue();
	else if (strcmp(name, "hotplug") == 0)
		case_hotplug();
	else
		CHECK(0, "unknown case %s", name);
	rte_mempool_free(pool);
	CHECK(rte_eal_cleanup() == 0, "cleanup");
	printf("%s: OK\n", name);
	return 0;
}
