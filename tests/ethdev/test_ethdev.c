/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ethdev conformance tests, run against a software PMD:
 *   test_ethdev <case> <ring|pcap> [EAL args]
 * The program adds the --vdev for the PMD itself (pcap: an rx file it
 * writes first, replayed with infinite_rx=1, and a tx file it reads back).
 * Cases:
 *   lifecycle  discovery, dev_info, configure/queue-setup errors and the
 *              messages naming the violated limit, configure/start/stop
 *              cycles, bad port/argument calls, close (DESTROY event)
 *   traffic    exact basic stats and xstats (names, values, by id, reset),
 *              rx/tx callbacks (order, removal), tx_buffer (flush, drop
 *              and count callbacks), stopped-port bursts
 *   hotplug    rte_dev_probe/rte_dev_remove at run time with NEW/DESTROY
 *   cbstress   (two lcores) Rx/Tx callbacks added and removed while a
 *              worker lcore polls the queue; no frame lost or reordered
 * Every case ends with every mbuf back in its pool.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_dev.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_ethdev.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

static int failures;

#define CHECK(cond, ...) do { \
	if (!(cond)) { \
		fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond); \
		fprintf(stderr, __VA_ARGS__); \
		fprintf(stderr, "\n"); \
		failures++; \
	} \
} while (0)

#define NB_MBUF 1023
#define FRAME_LEN 60
#define PCAP_FRAMES 8	/* frames in the pcap rx file, replayed */

static struct rte_mempool *pool;
static int is_pcap;
static char rx_file[256], tx_file[256];
static const char *drv_name;

/* ---- log capture: the ethdev messages must name the problem ---- */

static FILE *log_f;
static long log_mark;

static void
log_start(void)
{
	fflush(log_f);
	log_mark = ftell(log_f);
}

/* True if the log since log_start() contains text; echoes it otherwise. */
static int
log_has(const char *text)
{
	static char buf[65536];
	size_t n;

	fflush(log_f);
	fseek(log_f, log_mark, SEEK_SET);
	n = fread(buf, 1, sizeof(buf) - 1, log_f);
	buf[n] = '\0';
	fseek(log_f, 0, SEEK_END);
	if (strstr(buf, text) != NULL)
		return 1;
	fprintf(stderr, "expected log text \"%s\", got:\n%s\n", text, buf);
	return 0;
}

/* ---- events ---- */

static int ev_new[RTE_MAX_ETHPORTS], ev_destroy[RTE_MAX_ETHPORTS];

static int
on_event(uint16_t port, enum rte_eth_event_type ev, void *arg, void *ret)
{
	RTE_SET_USED(arg);
	RTE_SET_USED(ret);
	if (port >= RTE_MAX_ETHPORTS)
		return 0;
	if (ev == RTE_ETH_EVENT_NEW)
		ev_new[port]++;
	else if (ev == RTE_ETH_EVENT_DESTROY)
		ev_destroy[port]++;
	return 0;
}

/* ---- frames: 60 bytes, experimental EtherType, sequence number ---- */

static void
fill_frame(uint8_t *p, uint32_t seq)
{
	memset(p, 0, FRAME_LEN);
	memset(p, 0xff, 6);
	p[6] = 0x02;
	p[11] = 0x01;
	p[12] = 0x88;
	p[13] = 0xb5;
	memcpy(p + 14, &seq, sizeof(seq));
}

static uint32_t
frame_seq(struct rte_mbuf *m)
{
	uint32_t seq;

	memcpy(&seq, rte_pktmbuf_mtod_offset(m, uint8_t *, 14), sizeof(seq));
	return seq;
}

static struct rte_mbuf *
make_frame(uint32_t seq)
{
	struct rte_mbuf *m = rte_pktmbuf_alloc(pool);
	uint8_t *p;

	if (m == NULL)
		return NULL;
	p = (uint8_t *)rte_pktmbuf_append(m, FRAME_LEN);
	if (p == NULL) {
		rte_pktmbuf_free(m);
		return NULL;
	}
	fill_frame(p, seq);
	return m;
}

/* A pcap file (libpcap format, LINKTYPE_ETHERNET) of PCAP_FRAMES frames. */
static int
write_pcap(const char *path)
{
	const uint32_t ghdr[6] = { 0xa1b2c3d4, 0x00040002, 0, 0, 65535, 1 };
	uint8_t frame[FRAME_LEN];
	FILE *f = fopen(path, "wb");
	uint32_t i;

	if (f == NULL)
		return -1;
	fwrite(ghdr, sizeof(ghdr), 1, f);
	for (i = 0; i < PCAP_FRAMES; i++) {
		const uint32_t rhdr[4] = { 1, i, FRAME_LEN, FRAME_LEN };

		fill_frame(frame, i);
		fwrite(rhdr, sizeof(rhdr), 1, f);
		fwrite(frame, FRAME_LEN, 1, f);
	}
	return fclose(f);
}

/* Number of records of a pcap file, -1 if unreadable. */
static long
count_pcap(const char *path)
{
	uint32_t rhdr[4];
	long n = 0;
	FILE *f = fopen(path, "rb");

	if (f == NULL || fseek(f, 24, SEEK_SET) != 0)
		return -1;
	while (fread(rhdr, sizeof(rhdr), 1, f) == 1) {
		if (fseek(f, rhdr[2], SEEK_CUR) != 0)
			break;
		n++;
	}
	fclose(f);
	return n;
}

/* ---- port helpers ---- */

static int
setup_port(uint16_t port, uint16_t nq, const struct rte_eth_conf *conf)
{
	struct rte_eth_conf zero;
	uint16_t q;
	int ret;

	memset(&zero, 0, sizeof(zero));
	ret = rte_eth_dev_configure(port, nq, nq, conf ? conf : &zero);
	if (ret != 0)
		return ret;
	for (q = 0; q < nq; q++) {
		ret = rte_eth_rx_queue_setup(port, q, 256, SOCKET_ID_ANY, NULL, pool);
		if (ret != 0)
			return ret;
		ret = rte_eth_tx_queue_setup(port, q, 256, SOCKET_ID_ANY, NULL);
		if (ret != 0)
			return ret;
	}
	return 0;
}

/*
 * Move n frames through the port: ring loops tx to rx on queue 0; pcap
 * receives its replayed file and writes what it sends. Frames come back
 * in order; returns the number received.
 */
static unsigned int
move_frames(uint16_t port, unsigned int n, uint32_t *next_seq)
{
	struct rte_mbuf *pk[32];
	unsigned int sent = 0, got = 0, tries = 0;
	uint16_t i, k;

	while ((sent < n || got < n) && tries++ < 100000) {
		if (sent < n) {
			k = (uint16_t)RTE_MIN(32u, n - sent);
			for (i = 0; i < k; i++)
				pk[i] = make_frame(is_pcap ? 1000 + sent + i :
					*next_seq + sent + i);
			i = rte_eth_tx_burst(port, 0, pk, k);
			CHECK(i == k, "tx_burst took %u of %u", i, k);
			while (i < k)
				rte_pktmbuf_free(pk[i++]);
			sent += k;
		}
		k = rte_eth_rx_burst(port, 0, pk, (uint16_t)RTE_MIN(32u, n - got));
		for (i = 0; i < k; i++, got++) {
			uint32_t want = is_pcap ? (*next_seq + got) % PCAP_FRAMES :
				*next_seq + got;

			CHECK(frame_seq(pk[i]) == want && pk[i]->pkt_len == FRAME_LEN,
				"frame %u: seq %u (want %u) len %u", got,
				frame_seq(pk[i]), want, pk[i]->pkt_len);
			rte_pktmbuf_free(pk[i]);
		}
	}
	*next_seq += got;
	return got;
}

/* ---- lifecycle ---- */

static void
check_bad_port_calls(void)
{
	const uint16_t bad = RTE_MAX_ETHPORTS - 1;
	struct rte_eth_dev_info info;
	struct rte_eth_conf conf;
	struct rte_eth_stats st;
	struct rte_eth_link link;
	struct rte_ether_addr mac;
	uint16_t mtu;
	char name[RTE_ETH_NAME_MAX_LEN];

	memset(&conf, 0, sizeof(conf));
	CHECK(!rte_eth_dev_is_valid_port(bad) &&
		!rte_eth_dev_is_valid_port(RTE_MAX_ETHPORTS), "valid port");
	log_start();
	CHECK(rte_eth_dev_configure(bad, 1, 1, &conf) == -ENODEV, "configure");
	CHECK(log_has("Invalid port_id="), "configure on a bad port logs why");
	CHECK(rte_eth_dev_info_get(bad, &info) == -ENODEV, "info");
	CHECK(rte_eth_rx_queue_setup(bad, 0, 64, 0, NULL, pool) == -ENODEV, "rxq");
	CHECK(rte_eth_tx_queue_setup(bad, 0, 64, 0, NULL) == -ENODEV, "txq");
	CHECK(rte_eth_dev_start(bad) == -ENODEV, "start");
	CHECK(rte_eth_dev_stop(bad) == -ENODEV, "stop");
	CHECK(rte_eth_dev_close(bad) == -ENODEV, "close");
	CHECK(rte_eth_stats_get(bad, &st) == -ENODEV, "stats");
	CHECK(rte_eth_stats_reset(bad) == -ENODEV, "stats reset");
	CHECK(rte_eth_xstats_get(bad, NULL, 0) == -ENODEV, "xstats");
	CHECK(rte_eth_link_get_nowait(bad, &link) == -ENODEV, "link");
	CHECK(rte_eth_macaddr_get(bad, &mac) == -ENODEV, "mac");
	CHECK(rte_eth_dev_get_mtu(bad, &mtu) == -ENODEV, "mtu");
	CHECK(rte_eth_promiscuous_enable(bad) == -ENODEV, "promisc");
	CHECK(rte_eth_promiscuous_get(bad) == -ENODEV, "promisc get");
	CHECK(rte_eth_dev_get_name_by_port(bad, name) == -ENODEV, "name");
	CHECK(rte_eth_dev_socket_id(bad) == -1 && rte_errno == EINVAL, "socket");
	CHECK(rte_eth_add_rx_callback(bad, 0, NULL, NULL) == NULL &&
		rte_errno == ENODEV, "rx callback on bad port");
	CHECK(rte_eth_dev_callback_register(bad, RTE_ETH_EVENT_NEW, on_event,
		NULL) == -ENODEV, "event register");
	CHECK(rte_eth_dev_get_port_by_name("no_such_port", &mtu) == -ENODEV,
		"port by name");
}

static void
check_configure_errors(uint16_t port, const struct rte_eth_dev_info *info)
{
	struct rte_eth_conf conf;
	char text[128];

	memset(&conf, 0, sizeof(conf));
	log_start();
	CHECK(rte_eth_dev_configure(port, info->max_rx_queues + 1, 1, &conf) ==
		-EINVAL, "too many rx queues");
	snprintf(text, sizeof(text), "port %u (%s): nb_rx_queues=%u > max %u",
		port, drv_name, info->max_rx_queues + 1, info->max_rx_queues);
	CHECK(log_has(text), "rx queue limit named");
	log_start();
	CHECK(rte_eth_dev_configure(port, 1, info->max_tx_queues + 1, &conf) ==
		-EINVAL, "too many tx queues");
	snprintf(text, sizeof(text), "nb_tx_queues=%u > max %u",
		info->max_tx_queues + 1, info->max_tx_queues);
	CHECK(log_has(text), "tx queue limit named");

	log_start();
	conf.rxmode.offloads = RTE_ETH_RX_OFFLOAD_VLAN_STRIP;
	CHECK(rte_eth_dev_configure(port, 1, 1, &conf) == -EINVAL,
		"unsupported rx offload");
	snprintf(text, sizeof(text), "port %u (%s): requested rx offload "
		"VLAN_STRIP not supported (supported: SCATTER)", port, drv_name);
	CHECK(log_has(text), "rx offload named with the supported list");
	conf.rxmode.offloads = 0;
	log_start();
	conf.txmode.offloads = RTE_ETH_TX_OFFLOAD_TCP_TSO;
	CHECK(rte_eth_dev_configure(port, 1, 1, &conf) == -EINVAL,
		"unsupported tx offload");
	CHECK(log_has("requested tx offload TCP_TSO not supported"), "tx offload");
	conf.txmode.offloads = 0;

	log_start();
	conf.rxmode.mq_mode = RTE_ETH_MQ_RX_RSS;
	conf.rx_adv_conf.rss_conf.rss_hf = RTE_ETH_RSS_IP;
	CHECK(rte_eth_dev_configure(port, 1, 1, &conf) == -EINVAL,
		"RSS hash not supported");
	CHECK(log_has("rss_hf 0x"), "rss named");
	memset(&conf, 0, sizeof(conf));

	log_start();
	conf.rxmode.mtu = 20;
	CHECK(rte_eth_dev_configure(port, 1, 1, &conf) == -EINVAL, "MTU too small");
	CHECK(log_has("MTU 20 < min 46"), "mtu limit named");
	conf.rxmode.mtu = 0;

	if (is_pcap) {	/* no LSC source: refused, and the log says why */
		log_start();
		conf.intr_conf.lsc = 1;
		CHECK(rte_eth_dev_configure(port, 1, 1, &conf) == -EINVAL,
		      "lsc intr");
		CHECK(log_has("intr_conf.lsc"), "lsc named");
		conf.intr_conf.lsc = 0;
	}

	CHECK(rte_eth_dev_configure(port, 1, 1, NULL) == -EINVAL, "NULL conf");
	/* a failed configure leaves the port unconfigured: start refuses */
	log_start();
	CHECK(rte_eth_dev_start(port) == -EINVAL, "start unconfigured");
	CHECK(log_has("not configured"), "start says why");
	if (!is_pcap) {	/* net_ring raises LSC from set_link_up/down */
		conf.intr_conf.lsc = 1;
		CHECK(rte_eth_dev_configure(port, 1, 1, &conf) == 0,
		      "lsc intr accepted by net_ring");
	}
}

static void
check_queue_setup_errors(uint16_t port)
{
	struct rte_mempool *small, *raw;
	struct rte_eth_rxconf rxc;
	struct rte_eth_txconf txc;
	struct rte_eth_conf conf;

	memset(&conf, 0, sizeof(conf));
	CHECK(rte_eth_dev_configure(port, 1, 1, &conf) == 0, "configure 1/1");
	log_start();
	CHECK(rte_eth_rx_queue_setup(port, 1, 64, SOCKET_ID_ANY, NULL, pool) ==
		-EINVAL, "rx queue 1 of 1");
	CHECK(log_has("invalid rx_queue_id=1 (1 Rx queues configured)"), "rxq id");
	CHECK(rte_eth_tx_queue_setup(port, 5, 64, SOCKET_ID_ANY, NULL) == -EINVAL,
		"tx queue 5 of 1");
	CHECK(rte_eth_rx_queue_setup(port, 0, 64, SOCKET_ID_ANY, NULL, NULL) ==
		-EINVAL, "NULL mempool");

	/* data room 64 cannot even hold the headroom */
	small = rte_pktmbuf_pool_create("small", 63, 0, 0, 64, SOCKET_ID_ANY);
	CHECK(small != NULL, "small pool");
	log_start();
	CHECK(rte_eth_rx_queue_setup(port, 0, 64, SOCKET_ID_ANY, NULL, small) ==
		-EINVAL, "mempool too small");
	CHECK(log_has("data room 64 <"), "pool size named");
	rte_mempool_free(small);
	raw = rte_mempool_create("raw", 63, 256, 0, 0, NULL, NULL, NULL, NULL,
		SOCKET_ID_ANY, 0);
	CHECK(raw != NULL, "raw pool");
	log_start();
	CHECK(rte_eth_rx_queue_setup(port, 0, 64, SOCKET_ID_ANY, NULL, raw) ==
		-ENOSPC, "not a pktmbuf pool");
	CHECK(log_has("is not a pktmbuf pool"), "pool type named");
	rte_mempool_free(raw);

	memset(&rxc, 0, sizeof(rxc));
	rxc.rx_free_thresh = 64;
	log_start();
	CHECK(rte_eth_rx_queue_setup(port, 0, 64, SOCKET_ID_ANY, &rxc, pool) ==
		-EINVAL, "rx_free_thresh >= nb_desc");
	CHECK(log_has("rx_free_thresh=64 must be < nb_rx_desc=64"), "rx thresh");
	rxc.rx_free_thresh = 0;
	rxc.offloads = RTE_ETH_RX_OFFLOAD_TIMESTAMP;
	log_start();
	CHECK(rte_eth_rx_queue_setup(port, 0, 64, SOCKET_ID_ANY, &rxc, pool) ==
		-EINVAL, "per-queue offload");
	CHECK(log_has("per-queue rx offload TIMESTAMP not supported"), "queue offload");

	memset(&txc, 0, sizeof(txc));
	txc.tx_rs_thresh = 128;
	log_start();
	CHECK(rte_eth_tx_queue_setup(port, 0, 128, SOCKET_ID_ANY, &txc) == -EINVAL,
		"tx_rs_thresh >= nb_desc");
	CHECK(log_has("tx_rs_thresh=128 must be < nb_tx_desc=128"), "rs thresh");
	txc.tx_rs_thresh = 0;
	txc.tx_free_thresh = 300;
	CHECK(rte_eth_tx_queue_setup(port, 0, 128, SOCKET_ID_ANY, &txc) == -EINVAL,
		"tx_free_thresh >= nb_desc");

	/* queues not set up: start refuses and names the queue */
	log_start();
	CHECK(rte_eth_dev_start(port) == -EINVAL, "start without queues");
	CHECK(log_has("Rx queue 0 is not set up"), "missing queue named");
}

static void
case_lifecycle(uint16_t port)
{
	struct rte_eth_dev_info info;
	struct rte_eth_rxq_info rq;
	struct rte_eth_link link;
	struct rte_ether_addr mac, mac2;
	char name[RTE_ETH_NAME_MAX_LEN], text[RTE_ETH_LINK_MAX_STR_LEN];
	uint16_t p, mtu, nq, count = 0, pid;
	int cycle;

	RTE_ETH_FOREACH_DEV(p)
		count++;
	CHECK(count == 1 && rte_eth_dev_count_avail() == 1 &&
		rte_eth_dev_count_total() == 1, "one port, found %u", count);
	CHECK(rte_eth_dev_get_name_by_port(port, name) == 0 &&
		rte_eth_dev_get_port_by_name(name, &pid) == 0 && pid == port,
		"name <-> port");
	CHECK(rte_eth_dev_info_get(port, &info) == 0, "info");
	CHECK(strcmp(info.driver_name, drv_name) == 0, "driver %s", info.driver_name);
	CHECK(info.max_rx_queues >= 1 && info.min_mtu == 46 &&
		info.max_mtu >= RTE_ETHER_MTU && info.dev_flags != NULL &&
		info.device != NULL, "info fields");
	CHECK(rte_eth_macaddr_get(port, &mac) == 0, "mac");

	check_bad_port_calls();
	check_configure_errors(port, &info);
	check_queue_setup_errors(port);

	/* configure/start/stop cycles with changing queue counts */
	nq = is_pcap ? 1 : RTE_MIN(info.max_rx_queues, (uint16_t)4);
	for (cycle = 0; cycle < 3; cycle++) {
		uint16_t n = (uint16_t)(cycle % 2 ? 1 : nq);

		CHECK(setup_port(port, n, NULL) == 0, "setup cycle %d", cycle);
		CHECK(rte_eth_dev_info_get(port, &info) == 0 &&
			info.nb_rx_queues == n && info.nb_tx_queues == n,
			"queue counts %u/%u", info.nb_rx_queues, info.nb_tx_queues);
		CHECK(rte_eth_dev_start(port) == 0, "start cycle %d", cycle);
		CHECK(rte_eth_dev_start(port) == 0, "second start is a no-op");
		log_start();
		CHECK(rte_eth_dev_configure(port, 1, 1, &(struct rte_eth_conf){ 0 })
			== -EBUSY, "configure while started");
		CHECK(log_has("must be stopped"), "busy says why");
		CHECK(rte_eth_dev_close(port) == -EINVAL, "close while started");
		CHECK(rte_eth_link_get_nowait(port, &link) == 0 &&
			link.link_status == RTE_ETH_LINK_UP, "link up when started");
		CHECK(rte_eth_link_to_str(text, sizeof(text), &link) > 0 &&
			strncmp(text, "Link up at ", 11) == 0, "link string %s", text);
		CHECK(rte_eth_rx_queue_info_get(port, 0, &rq) == 0 ||
			rte_eth_rx_queue_info_get(port, 0, &rq) == -ENOTSUP, "rxq info");
		CHECK(rte_eth_dev_stop(port) == 0, "stop cycle %d", cycle);
		CHECK(rte_eth_dev_stop(port) == 0, "second stop is a no-op");
	}
	CHECK(rte_eth_dev_get_mtu(port, &mtu) == 0 && mtu == RTE_ETHER_MTU,
		"default MTU %u", mtu);
	CHECK(rte_eth_promiscuous_disable(port) == 0 &&
		rte_eth_promiscuous_get(port) == 0, "promisc off");
	CHECK(rte_eth_promiscuous_enable(port) == 0 &&
		rte_eth_promiscuous_get(port) == 1, "promisc on");
	CHECK(rte_eth_allmulticast_disable(port) == 0 &&
		rte_eth_allmulticast_get(port) == 0, "allmulti off");
	mac2 = mac;
	mac2.addr_bytes[5] ^= 0x55;
	if (rte_eth_dev_default_mac_addr_set(port, &mac2) == 0) {
		CHECK(rte_eth_macaddr_get(port, &mac) == 0 &&
			rte_is_same_ether_addr(&mac, &mac2), "default mac changed");
	}
	mac2.addr_bytes[0] = 0x01;	/* multicast */
	CHECK(rte_eth_dev_default_mac_addr_set(port, &mac2) == -EINVAL,
		"multicast default mac");
	CHECK(rte_eth_dev_vlan_filter(port, 10, 1) == -ENOSYS,
		"vlan filter without the offload");
	CHECK(rte_eth_dev_rss_reta_query(port, NULL, 64) == -EINVAL, "reta NULL");

	/* close: port released, DESTROY fired, port id invalid */
	CHECK(rte_eth_dev_close(port) == 0, "close");
	CHECK(ev_destroy[port] == 1, "DESTROY event: %d", ev_destroy[port]);
	CHECK(!rte_eth_dev_is_valid_port(port) && rte_eth_dev_count_avail() == 0,
		"closed port still valid");
	CHECK(rte_eth_dev_start(port) == -ENODEV, "start closed port");
}

/* ---- traffic ---- */

struct cb_trace {
	char order[16];
	unsigned int n;
	uint64_t pkts;
};

static uint16_t
rx_cb_a(uint16_t port, uint16_t q, struct rte_mbuf *pkts[], uint16_t nb,
		uint16_t max, void *arg)
{
	struct cb_trace *t = arg;

	RTE_SET_USED(port); RTE_SET_USED(q); RTE_SET_USED(pkts); RTE_SET_USED(max);
	if (nb > 0 && t->n < sizeof(t->order) - 1)
		t->order[t->n++] = 'a';
	t->pkts += nb;
	return nb;
}

static uint16_t
rx_cb_b(uint16_t port, uint16_t q, struct rte_mbuf *pkts[], uint16_t nb,
		uint16_t max, void *arg)
{
	struct cb_trace *t = arg;

	RTE_SET_USED(port); RTE_SET_USED(q); RTE_SET_USED(pkts); RTE_SET_USED(max);
	if (nb > 0 && t->n < sizeof(t->order) - 1)
		t->order[t->n++] = 'b';
	return nb;
}

/* Tx callback dropping (freeing) frames with odd sequence numbers. */
static uint16_t
tx_cb_drop_odd(uint16_t port, uint16_t q, struct rte_mbuf *pkts[], uint16_t nb,
		void *arg)
{
	uint16_t i, keep = 0;

	RTE_SET_USED(port); RTE_SET_USED(q);
	for (i = 0; i < nb; i++) {
		if (frame_seq(pkts[i]) & 1) {
			rte_pktmbuf_free(pkts[i]);
			(*(uint64_t *)arg)++;
		} else {
			pkts[keep++] = pkts[i];
		}
	}
	return keep;
}

static void
check_stats(uint16_t port, uint64_t pkts)
{
	struct rte_eth_stats st;
	struct rte_eth_xstat_name *names;
	struct rte_eth_xstat *xs;
	uint64_t id, val, ids[2];
	int n, i, found = 0;

	/* net_ring counts packets only, as DPDK's does; net_pcap bytes too */
	const uint64_t bytes = is_pcap ? pkts * FRAME_LEN : 0;

	CHECK(rte_eth_stats_get(port, &st) == 0, "stats");
	CHECK(st.ipackets == pkts && st.opackets == pkts &&
		st.ibytes == bytes && st.obytes == bytes &&
		st.ierrors == 0 && st.oerrors == 0 && st.rx_nombuf == 0,
		"stats i %" PRIu64 "/%" PRIu64 " o %" PRIu64 "/%" PRIu64
		", want %" PRIu64, st.ipackets, st.ibytes, st.opackets, st.obytes, pkts);
	CHECK(st.q_ipackets[0] == pkts && st.q_opackets[0] == pkts,
		"queue 0 stats %" PRIu64 " %" PRIu64, st.q_ipackets[0],
		st.q_opackets[0]);

	n = rte_eth_xstats_get_names(port, NULL, 0);
	CHECK(n >= 8, "xstats count %d", n);
	if (n < 8)
		return;
	names = calloc((size_t)n, sizeof(*names));
	xs = calloc((size_t)n, sizeof(*xs));
	CHECK(rte_eth_xstats_get_names(port, names, (unsigned int)n - 1) == n,
		"short array returns the count");
	CHECK(rte_eth_xstats_get_names(port, names, (unsigned int)n) == n &&
		rte_eth_xstats_get(port, xs, (unsigned int)n) == n, "xstats");
	CHECK(strcmp(names[0].name, "rx_good_packets") == 0 &&
		strcmp(names[3].name, "tx_good_bytes") == 0 &&
		strcmp(names[7].name, "rx_mbuf_allocation_errors") == 0,
		"generic names first: %s %s %s", names[0].name, names[3].name,
		names[7].name);
	for (i = 0; i < n; i++) {
		CHECK(xs[i].id == (uint64_t)i, "xstat %d id %" PRIu64, i, xs[i].id);
		if (strcmp(names[i].name, "rx_q0_packets") == 0) {
			found = 1;
			CHECK(xs[i].value == pkts, "rx_q0_packets %" PRIu64, xs[i].value);
		}
	}
	CHECK(found, "per-queue generic xstats (rx_q0_packets) missing: the PMD "
		"must set RTE_ETH_DEV_AUTOFILL_QUEUE_XSTATS");
	CHECK(xs[0].value == pkts && xs[3].value == bytes,
		"xstat values %" PRIu64 " %" PRIu64, xs[0].value, xs[3].value);
	CHECK(rte_eth_xstats_get_id_by_name(port, "tx_good_packets", &id) == 0 &&
		id == 1, "id by name");
	CHECK(rte_eth_xstats_get_id_by_name(port, "no_such_stat", &id) == -EINVAL,
		"unknown name");
	ids[0] = 1;
	ids[1] = 2;
	{
		uint64_t v2[2];

		CHECK(rte_eth_xstats_get_by_id(port, ids, v2, 2) == 2 &&
			v2[0] == pkts && v2[1] == bytes, "by id");
		ids[1] = (uint64_t)n;
		CHECK(rte_eth_xstats_get_by_id(port, ids, v2, 2) == -EINVAL,
			"id out of range");
	}
	CHECK(rte_eth_xstats_get_names_by_id(port, names, 1, &id) == 1 &&
		strcmp(names[0].name, "tx_good_packets") == 0, "names by id");
	CHECK(rte_eth_xstats_reset(port) == 0 &&
		rte_eth_xstats_get_by_id(port, &id, &val, 1) == 1 && val == 0,
		"xstats reset");
	free(names);
	free(xs);
}

static void
check_callbacks(uint16_t port, uint32_t *seq)
{
	const struct rte_eth_rxtx_callback *ca, *cb, *ct;
	struct cb_trace t;
	uint64_t dropped = 0;
	struct rte_eth_stats st;

	memset(&t, 0, sizeof(t));
	ca = rte_eth_add_rx_callback(port, 0, rx_cb_a, &t);
	cb = rte_eth_add_first_rx_callback(port, 0, rx_cb_b, &t);
	CHECK(ca != NULL && cb != NULL, "add rx callbacks");
	CHECK(rte_eth_add_rx_callback(port, 9, rx_cb_a, &t) == NULL &&
		rte_errno == EINVAL, "callback on a bad queue");
	CHECK(move_frames(port, 1, seq) == 1, "one frame");
	CHECK(strcmp(t.order, "ba") == 0 && t.pkts == 1,
		"first-added runs first: order %s pkts %" PRIu64, t.order, t.pkts);
	CHECK(rte_eth_remove_rx_callback(port, 0, cb) == 0, "remove b");
	CHECK(rte_eth_remove_rx_callback(port, 0, cb) == -EINVAL, "remove twice");
	CHECK(move_frames(port, 40, seq) == 40, "40 frames");
	CHECK(strncmp(t.order, "baa", 3) == 0 && t.pkts == 41,
		"after removal: order %s pkts %" PRIu64, t.order, t.pkts);
	CHECK(rte_eth_remove_rx_callback(port, 0, ca) == 0, "remove a");
	rte_free((void *)(uintptr_t)ca);
	rte_free((void *)(uintptr_t)cb);

	/* tx callback sees (and may drop) what is sent */
	CHECK(rte_eth_stats_reset(port) == 0, "reset");
	ct = rte_eth_add_tx_callback(port, 0, tx_cb_drop_odd, &dropped);
	CHECK(ct != NULL, "add tx callback");
	{
		struct rte_mbuf *pk[10];
		uint16_t i;

		for (i = 0; i < 10; i++)
			pk[i] = make_frame(i);
		CHECK(rte_eth_tx_burst(port, 0, pk, 10) == 5, "5 of 10 sent");
		CHECK(dropped == 5, "dropped %" PRIu64, dropped);
	}
	CHECK(rte_eth_remove_tx_callback(port, 0, ct) == 0, "remove tx cb");
	rte_free((void *)(uintptr_t)ct);
	CHECK(rte_eth_stats_get(port, &st) == 0 && st.opackets == 5,
		"opackets %" PRIu64, st.opackets);
	if (!is_pcap) {	/* drain the 5 looped frames */
		struct rte_mbuf *pk[16];
		uint16_t k = rte_eth_rx_burst(port, 0, pk, 16), i;

		CHECK(k == 5, "looped %u", k);
		for (i = 0; i < k; i++) {
			CHECK(frame_seq(pk[i]) == 2u * i, "even seq");
			rte_pktmbuf_free(pk[i]);
		}
	}
}

static void
check_tx_buffer(uint16_t port)
{
	struct rte_eth_dev_tx_buffer *buf;
	struct rte_eth_stats st;
	uint64_t unsent = 0;
	uint16_t i;

	buf = rte_zmalloc("txbuf", RTE_ETH_TX_BUFFER_SIZE(4), 0);
	CHECK(buf != NULL, "alloc");
	if (buf == NULL)
		return;
	CHECK(rte_eth_tx_buffer_init(buf, 0) == -EINVAL, "size 0");
	CHECK(rte_eth_tx_buffer_init(buf, 4) == 0 &&
		buf->error_callback == rte_eth_tx_buffer_drop_callback,
		"init, default drop callback");
	CHECK(rte_eth_stats_reset(port) == 0, "reset");
	for (i = 0; i < 3; i++)
		CHECK(rte_eth_tx_buffer(port, 0, buf, make_frame(i)) == 0,
			"buffered %u", i);
	CHECK(rte_eth_stats_get(port, &st) == 0 && st.opackets == 0,
		"nothing sent yet");
	CHECK(rte_eth_tx_buffer(port, 0, buf, make_frame(3)) == 4,
		"full buffer flushed 4");
	CHECK(rte_eth_tx_buffer(port, 0, buf, make_frame(4)) == 0 &&
		rte_eth_tx_buffer_flush(port, 0, buf) == 1 &&
		rte_eth_tx_buffer_flush(port, 0, buf) == 0, "explicit flush");
	CHECK(rte_eth_stats_get(port, &st) == 0 && st.opackets == 5,
		"sent %" PRIu64, st.opackets);
	if (!is_pcap) {
		struct rte_mbuf *pk[8];
		uint16_t k = rte_eth_rx_burst(port, 0, pk, 8);

		CHECK(k == 5, "looped %u", k);
		for (i = 0; i < k; i++)
			rte_pktmbuf_free(pk[i]);
	}

	/* stopped port: nothing is sent, the count callback frees and counts */
	CHECK(rte_eth_tx_buffer_set_err_callback(buf,
		rte_eth_tx_buffer_count_callback, &unsent) == 0, "count cb");
	CHECK(rte_eth_dev_stop(port) == 0, "stop");
	for (i = 0; i < 3; i++)
		rte_eth_tx_buffer(port, 0, buf, make_frame(i));
	CHECK(rte_eth_tx_buffer_flush(port, 0, buf) == 0 && unsent == 3,
		"unsent counted %" PRIu64, unsent);
	{
		struct rte_mbuf *pk[4];

		CHECK(rte_eth_rx_burst(port, 0, pk, 4) == 0, "rx on stopped port");
	}
	rte_free(buf);
}

static void
case_traffic(uint16_t port)
{
	uint32_t seq = 0;
	unsigned int n;

	CHECK(setup_port(port, 1, NULL) == 0, "setup");
	CHECK(rte_eth_dev_start(port) == 0, "start");
	CHECK(rte_eth_stats_reset(port) == 0, "reset");
	n = move_frames(port, 100, &seq);
	CHECK(n == 100, "moved %u of 100", n);
	check_stats(port, 100);
	check_callbacks(port, &seq);
	check_tx_buffer(port);	/* leaves the port stopped */
	CHECK(rte_eth_dev_close(port) == 0, "close");
	if (is_pcap) {
		/* 100 + 41 (rx callbacks) + 5 (tx callback) + 5 (tx buffer) */
		CHECK(count_pcap(tx_file) == 151, "tx file has %ld frames",
			count_pcap(tx_file));
	}
}

/* ---- callbacks added/removed under traffic ---- */

static volatile int stress_stop;
static uint64_t stress_seen[2];	/* frames seen by the rx / tx callbacks */

static uint16_t
stress_rx_cb(uint16_t port, uint16_t q, struct rte_mbuf *pkts[], uint16_t nb,
		uint16_t max, void *arg)
{
	RTE_SET_USED(port); RTE_SET_USED(q); RTE_SET_USED(pkts); RTE_SET_USED(max);
	__atomic_fetch_add((uint64_t *)arg, nb, __ATOMIC_RELAXED);
	return nb;
}

static uint16_t
stress_tx_cb(uint16_t port, uint16_t q, struct rte_mbuf *pkts[], uint16_t nb,
		void *arg)
{
	RTE_SET_USED(port); RTE_SET_USED(q); RTE_SET_USED(pkts);
	__atomic_fetch_add((uint64_t *)arg, nb, __ATOMIC_RELAXED);
	return nb;
}

/* Worker: moves frames through the looped queue until told to stop. */
static int
stress_worker(void *arg)
{
	uint16_t port = *(uint16_t *)arg;
	uint32_t seq = 0;
	uint64_t *moved = (uint64_t *)arg + 1;

	while (!__atomic_load_n(&stress_stop, __ATOMIC_ACQUIRE))
		*moved += move_frames(port, 64, &seq);
	return 0;
}

static void
case_cbstress(uint16_t port)
{
	const struct rte_eth_rxtx_callback *rx[500], *tx[500];
	uint64_t arg[2] = { port, 0 };
	struct rte_eth_stats st;
	unsigned int worker = rte_get_next_lcore(-1, 1, 0), i;

	CHECK(worker < RTE_MAX_LCORE, "needs a worker lcore (-l 0-1)");
	if (worker >= RTE_MAX_LCORE)
		return;
	CHECK(setup_port(port, 1, NULL) == 0 && rte_eth_dev_start(port) == 0,
		"start");
	CHECK(rte_eal_remote_launch(stress_worker, arg, worker) == 0, "launch");
	for (i = 0; i < RTE_DIM(rx); i++) {
		rx[i] = rte_eth_add_rx_callback(port, 0, stress_rx_cb,
			&stress_seen[0]);
		tx[i] = i % 2 ? rte_eth_add_tx_callback(port, 0, stress_tx_cb,
			&stress_seen[1]) : NULL;
		CHECK(rx[i] != NULL, "add %u", i);
		if (i >= 8) {	/* keep a few linked, unlink older ones */
			CHECK(rte_eth_remove_rx_callback(port, 0, rx[i - 8]) == 0,
				"remove rx %u", i - 8);
			if (tx[i - 8] != NULL)
				CHECK(rte_eth_remove_tx_callback(port, 0, tx[i - 8]) == 0,
					"remove tx %u", i - 8);
		}
		rte_delay_us_block(20);
	}
	__atomic_store_n(&stress_stop, 1, __ATOMIC_RELEASE);
	CHECK(rte_eal_wait_lcore(worker) == 0, "worker");
	/* the worker is done: nothing can run the removed callbacks now */
	for (i = 0; i < RTE_DIM(rx); i++) {
		if (i + 8 >= RTE_DIM(rx)) {
			rte_eth_remove_rx_callback(port, 0, rx[i]);
			if (tx[i] != NULL)
				rte_eth_remove_tx_callback(port, 0, tx[i]);
		}
		rte_free((void *)(uintptr_t)rx[i]);
		rte_free((void *)(uintptr_t)tx[i]);
	}
	CHECK(rte_eth_stats_get(port, &st) == 0 && st.ipackets == arg[1] &&
		st.opackets == arg[1], "moved %" PRIu64 " rx %" PRIu64 " tx %" PRIu64,
		arg[1], st.ipackets, st.opackets);
	CHECK(arg[1] > 0 && stress_seen[0] > 0 && stress_seen[1] > 0,
		"callbacks ran: rx %" PRIu64 " tx %" PRIu64, stress_seen[0],
		stress_seen[1]);
	printf("cbstress: %" PRIu64 " frames, rx callback calls saw %" PRIu64
		", tx %" PRIu64 "\n", arg[1], stress_seen[0], stress_seen[1]);
	CHECK(rte_eth_dev_stop(port) == 0 && rte_eth_dev_close(port) == 0, "close");
}

/* ---- hot plug ---- */

/* RTE_ETH_FOREACH_MATCHING_DEV finds the port of the devargs only. */
static void
check_matching(const char *devargs)
{
	struct rte_dev_iterator it;
	char prefixed[700];
	uint16_t p, n = 0, found = RTE_MAX_ETHPORTS;

	RTE_ETH_FOREACH_MATCHING_DEV(p, devargs, &it) {
		found = p;
		n++;
	}
	CHECK(n == 1 && rte_eth_dev_is_valid_port(found), "%u ports match %s",
		n, devargs);
	snprintf(prefixed, sizeof(prefixed), "vdev:%s", devargs);
	n = 0;
	RTE_ETH_FOREACH_MATCHING_DEV(p, prefixed, &it)
		n += p == found;
	CHECK(n == 1, "bus-prefixed devargs");
	n = 0;
	RTE_ETH_FOREACH_MATCHING_DEV(p, "net_nosuch9", &it)
		n++;
	CHECK(n == 0, "unknown device matched %u ports", n);
	CHECK(rte_eth_iterator_init(&it, "class=eth,mac=00:11:22:33:44:55") ==
		-ENOTSUP, "class filter");
}

static void
case_hotplug(void)
{
	char args[600];
	uint16_t port, round;

	CHECK(rte_eth_dev_count_avail() == 0, "no port at start");
	for (round = 0; round < 3; round++) {
		uint32_t seq = 0;
		struct rte_eth_dev_info info;

		if (is_pcap)
			snprintf(args, sizeof(args), "net_pcap_hot%u,rx_pcap=%s,"
				"tx_pcap=%s,infinite_rx=1", round, rx_file, tx_file);
		else
			snprintf(args, sizeof(args), "net_ring_hot%u", round);
		CHECK(rte_dev_probe(args) == 0, "probe %s", args);
		check_matching(args);
		CHECK(rte_eth_dev_get_port_by_name(strtok(args, ","), &port) == 0,
			"port of %s", args);
		CHECK(ev_new[port] == round + 1, "NEW events on port %u: %d",
			port, ev_new[port]);
		CHECK(ev_destroy[port] == round, "DESTROY events on port %u: %d",
			port, ev_destroy[port]);
		CHECK(rte_eth_dev_count_avail() == 1, "one port");
		CHECK(setup_port(port, 1, NULL) == 0 && rte_eth_dev_start(port) == 0,
			"start hot port");
		CHECK(move_frames(port, 10, &seq) == 10, "traffic on hot port");
		CHECK(rte_eth_dev_stop(port) == 0, "stop");
		CHECK(rte_eth_dev_info_get(port, &info) == 0, "info");
		CHECK(rte_dev_remove(info.device) == 0, "remove");
		CHECK(ev_destroy[port] == round + 1, "DESTROY on port %u", port);
		CHECK(!rte_eth_dev_is_valid_port(port) &&
			rte_eth_dev_count_avail() == 0, "port gone");
	}
	CHECK(rte_dev_probe("net_nosuchpmd0") != 0, "probe of an unknown driver");
}

int
main(int argc, char **argv)
{
	char vdev[600];
	char **eal_argv;
	int i, n = 0;
	uint16_t port = 0;
	const char *name;

	if (argc < 3 || (strcmp(argv[2], "ring") && strcmp(argv[2], "pcap"))) {
		fprintf(stderr, "usage: %s lifecycle|traffic|hotplug ring|pcap "
			"[EAL args]\n", argv[0]);
		return 2;
	}
	is_pcap = strcmp(argv[2], "pcap") == 0;
	drv_name = is_pcap ? "net_pcap" : "net_ring";
	snprintf(rx_file, sizeof(rx_file), "/tmp/test_ethdev_%d_rx.pcap", getpid());
	snprintf(tx_file, sizeof(tx_file), "/tmp/test_ethdev_%d_tx.pcap", getpid());
	if (is_pcap && write_pcap(rx_file) != 0) {
		fprintf(stderr, "FAIL: cannot write %s\n", rx_file);
		return 1;
	}
	if (is_pcap)
		snprintf(vdev, sizeof(vdev), "net_pcap0,rx_pcap=%s,tx_pcap=%s,"
			"infinite_rx=1", rx_file, tx_file);
	else
		snprintf(vdev, sizeof(vdev), "net_ring0");
	eal_argv = calloc((size_t)argc + 3, sizeof(char *));
	eal_argv[n++] = argv[0];
	for (i = 3; i < argc; i++)
		eal_argv[n++] = argv[i];
	if (strcmp(argv[1], "hotplug") != 0) {
		eal_argv[n++] = (char *)(uintptr_t)"--vdev";
		eal_argv[n++] = vdev;
	}
	log_f = tmpfile();
	if (log_f == NULL || rte_openlog_stream(log_f) != 0) {
		fprintf(stderr, "FAIL: log stream\n");
		return 1;
	}
	if (rte_eal_init(n, eal_argv) < 0) {
		fprintf(stderr, "FAIL: rte_eal_init: %s\n", rte_strerror(rte_errno));
		return 1;
	}
	/* RTE_ETH_ALL also covers the ports probed later (hotplug) */
	if (rte_eth_dev_callback_register(RTE_ETH_ALL, RTE_ETH_EVENT_NEW,
			on_event, NULL) != 0 ||
			rte_eth_dev_callback_register(RTE_ETH_ALL,
			RTE_ETH_EVENT_DESTROY, on_event, NULL) != 0) {
		fprintf(stderr, "FAIL: event callback registration\n");
		return 1;
	}
	pool = rte_pktmbuf_pool_create("test_ethdev", NB_MBUF, 0, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (pool == NULL) {
		fprintf(stderr, "FAIL: pool: %s\n", rte_strerror(rte_errno));
		return 1;
	}
	name = argv[1];
	if (strcmp(name, "hotplug") == 0) {
		case_hotplug();
	} else {
		port = (uint16_t)rte_eth_find_next(0);
		if (port >= RTE_MAX_ETHPORTS) {
			fprintf(stderr, "FAIL: no port for %s\n", vdev);
			return 1;
		}
		if (strcmp(name, "lifecycle") == 0)
			case_lifecycle(port);
		else if (strcmp(name, "traffic") == 0)
			case_traffic(port);
		else if (strcmp(name, "cbstress") == 0)
			case_cbstress(port);
		else
			CHECK(0, "unknown case %s", name);
	}
	CHECK(rte_mempool_avail_count(pool) == NB_MBUF,
		"mbufs leaked: %u of %u in the pool", rte_mempool_avail_count(pool),
		NB_MBUF);
	rte_mempool_free(pool);
	rte_eal_cleanup();
	free(eal_argv);
	remove(rx_file);
	remove(tx_file);
	if (failures) {
		fprintf(stderr, "%d check(s) failed\n", failures);
		return 1;
	}
	printf("ethdev %s on %s: all checks passed\n", name, drv_name);
	return 0;
}
