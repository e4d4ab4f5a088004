/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * net_pcap tests on pcap files, through the public API. One case per run:
 *   test_pcap <case> [EAL args]
 *   roundtrip   rx_pcap -> tx_pcap with scatter: the output file is the
 *               input, record by record, nanosecond timestamps included
 *               (and tshark, if installed, reads it as a second opinion)
 *   noscatter   the same without scatter: frames above the mbuf data room
 *               are counted in ierrors, the others pass unchanged
 *   infinite    infinite_rx=1 replays the file endlessly; no tx given:
 *               tx frees and counts
 *   multiqueue  two rx_pcap and two tx_pcap keys: two queue pairs
 *   hotplug     rte_dev_probe/rte_dev_remove with the eth_pcap alias
 *   badinput    bad files and devargs: probe fails with a message
 *   eal_bad KIND  writes a bad file, then rte_eal_init with --vdev on it
 *               (run by check_eal_fail.sh, which expects the failure)
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_dev.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_ethdev.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_mbuf.h>
#include <rte_mbuf_dyn.h>
#include <rte_bus_vdev.h>

#include "pcap_test.h"

#define NB_FRAMES 4000
#define POOL_SIZE 4095
#define BURST 32
/* mbuf data room above the headroom: frames longer than this need chains */
#define ROOM (RTE_MBUF_DEFAULT_BUF_SIZE - RTE_PKTMBUF_HEADROOM)

static struct rte_mempool *pool;

static void
check_pool_full(void)
{
	CHECK(rte_mempool_avail_count(pool) == POOL_SIZE,
	      "%u of %u mbufs back in the pool", rte_mempool_avail_count(pool), POOL_SIZE);
}

static uint64_t
mbuf_seq(struct rte_mbuf *m)
{
	uint8_t buf[128];
	uint32_t len = RTE_MIN(m->pkt_len, (uint32_t)sizeof(buf));
	const uint8_t *p = rte_pktmbuf_read(m, 0, len, buf);

	CHECK(p != NULL, "read mbuf");
	return gen_frame_seq(p, len);
}

/* Forward rx queue q to tx queue q until the file ends; frames forwarded. */
static uint64_t
forward_to_end(uint16_t port, uint16_t q)
{
	struct rte_mbuf *bufs[BURST];
	uint64_t n_fwd = 0;
	uint16_t n;
	int i;

	while ((n = rte_eth_rx_burst(port, q, bufs, BURST)) > 0) {
		CHECK(rte_eth_tx_burst(port, q, bufs, n) == n, "tx");
		n_fwd += n;
	}
	/* a file that has ended keeps returning 0, not an error */
	for (i = 0; i < 3; i++)
		CHECK(rte_eth_rx_burst(port, q, bufs, BURST) == 0, "frames after the end");
	return n_fwd;
}

static void
tshark_count(const char *path, uint64_t frames, uint64_t bytes)
{
	char cmd[PATH_MAX + 96];
	uint64_t n = 0, sum = 0;
	unsigned long len;
	FILE *f;

	if (system("command -v tshark >/dev/null 2>&1") != 0) {
		printf("tshark not installed: second opinion not run\n");
		return;
	}
	snprintf(cmd, sizeof(cmd), "tshark -r '%s' -T fields -e frame.len 2>/dev/null", path);
	f = popen(cmd, "r");
	CHECK(f != NULL, "popen tshark");
	while (fscanf(f, "%lu", &len) == 1) {
		n++;
		sum += len;
	}
	CHECK(pclose(f) == 0, "tshark failed on %s", path);
	CHECK(n == frames && sum == bytes, "tshark reads %" PRIu64 " frames, %" PRIu64
	      " bytes; expected %" PRIu64 ", %" PRIu64, n, sum, frames, bytes);
	printf("tshark agrees: %" PRIu64 " frames, %" PRIu64 " bytes\n", n, sum);
}

static void
case_roundtrip(bool scatter)
{
	const char *in = test_path("in.pcap"), *out = test_path("out.pcap");
	char args[2 * PATH_MAX];
	struct rte_eth_stats st;
	struct gen_stats g;
	uint64_t pass, pass_bytes, n;
	uint16_t port;

	gen_pcap(in, NB_FRAMES, 0, ROOM, &g);
	CHECK(g.big > 0 && g.big < g.frames, "generator made %" PRIu64 " jumbo frames", g.big);
	snprintf(args, sizeof(args), "rx_pcap=%s,tx_pcap=%s", in, out);
	CHECK(rte_vdev_init("net_pcap0", args) == 0, "probe net_pcap0,%s", args);
	port = port_of("net_pcap0");
	port_up(port, 1, pool, scatter);
	pass = scatter ? g.frames : g.frames - g.big;
	pass_bytes = scatter ? g.bytes : g.bytes - g.big_bytes;
	n = forward_to_end(port, 0);
	CHECK(n == pass, "forwarded %" PRIu64 " of %" PRIu64, n, pass);
	CHECK(rte_eth_stats_get(port, &st) == 0, "stats");
	CHECK(st.ipackets == pass && st.ibytes == pass_bytes, "rx %" PRIu64 "/%" PRIu64,
	      st.ipackets, st.ibytes);
	CHECK(st.opackets == pass && st.obytes == pass_bytes, "tx %" PRIu64 "/%" PRIu64,
	      st.opackets, st.obytes);
	CHECK(st.ierrors == (scatter ? 0 : g.big), "ierrors %" PRIu64, st.ierrors);
	CHECK(st.oerrors == 0 && st.rx_nombuf == 0, "oerrors %" PRIu64, st.oerrors);
	CHECK(rte_eth_dev_stop(port) == 0 && rte_eth_dev_close(port) == 0, "close");
	CHECK(rte_vdev_uninit("net_pcap0") == 0, "uninit");
	n = compare_pcaps(in, out, scatter ? 0 : ROOM);
	CHECK(n == pass, "%s has %" PRIu64 " records", out, n);
	printf("%" PRIu64 " frames (%" PRIu64 " bytes) identical after rx_pcap -> tx_pcap; %" PRIu64 " frames over %u bytes %s\n",
	       n, pass_bytes, g.big, ROOM, scatter ? "chained" : "counted in ierrors");
	tshark_count(out, pass, pass_bytes);
	check_pool_full();
}

static void
case_infinite(void)
{
	const char *in = test_path("small.pcap");
	char args[PATH_MAX + 32];
	struct rte_mbuf *bufs[BURST];
	struct rte_eth_stats st;
	struct gen_stats g;
	uint64_t got = 0, want = 3 * 500 + 17;
	uint64_t ts, seen_flag = 0;
	int ts_off, ts_bit;
	uint16_t port, n, i;

	gen_pcap(in, 500, 0, ROOM, &g);
	snprintf(args, sizeof(args), "rx_pcap=%s,infinite_rx=1", in);
	CHECK(rte_vdev_init("net_pcap1", args) == 0, "probe");
	port = port_of("net_pcap1");
	port_up(port, 1, pool, true);
	ts_off = rte_mbuf_dynfield_lookup(RTE_MBUF_DYNFIELD_TIMESTAMP_NAME, NULL);
	ts_bit = rte_mbuf_dynflag_lookup(RTE_MBUF_DYNFLAG_RX_TIMESTAMP_NAME, NULL);
	CHECK(ts_off >= 0 && ts_bit >= 0, "timestamp field not registered");
	while (got < want) {
		n = rte_eth_rx_burst(port, 0, bufs, (uint16_t)RTE_MIN((uint64_t)BURST, want - got));
		CHECK(n > 0, "infinite rx ran dry after %" PRIu64, got);
		for (i = 0; i < n; i++, got++) {
			CHECK(mbuf_seq(bufs[i]) == got % 500, "frame %" PRIu64 ": seq %" PRIu64,
			      got, mbuf_seq(bufs[i]));
			ts = *RTE_MBUF_DYNFIELD(bufs[i], ts_off, uint64_t *);
			CHECK(ts == (1700000000ull + (got % 500) / 1000) * 1000000000ull +
			      ((got % 500) * 999983u + 7) % 1000000000u,
			      "frame %" PRIu64 " timestamp %" PRIu64, got, ts);
			seen_flag += (bufs[i]->ol_flags >> ts_bit) & 1;
		}
		/* no tx_pcap: the tx queue frees and counts */
		CHECK(rte_eth_tx_burst(port, 0, bufs, n) == n, "tx drop");
	}
	CHECK(seen_flag == got, "timestamp flag missing");
	CHECK(rte_eth_stats_get(port, &st) == 0 && st.ipackets == want &&
	      st.opackets == want, "stats %" PRIu64 "/%" PRIu64, st.ipackets, st.opackets);
	CHECK(rte_eth_dev_stop(port) == 0 && rte_eth_dev_close(port) == 0, "close");
	CHECK(rte_vdev_uninit("net_pcap1") == 0, "uninit");
	check_pool_full();
}

static void
case_multiqueue(void)
{
	const char *a = test_path("a.pcap"), *b = test_path("b.pcap");
	const char *oa = test_path("oa.pcap"), *ob = test_path("ob.pcap");
	char args[4 * PATH_MAX + 64];
	struct rte_eth_dev_info info;
	struct rte_eth_stats st;
	struct gen_stats ga, gb;
	uint16_t port;

	gen_pcap(a, 1000, 0, ROOM, &ga);
	gen_pcap(b, 300, 100000, ROOM, &gb);
	snprintf(args, sizeof(args), "rx_pcap=%s,rx_pcap=%s,tx_pcap=%s,tx_pcap=%s",
		 a, b, oa, ob);
	CHECK(rte_vdev_init("net_pcap2", args) == 0, "probe");
	port = port_of("net_pcap2");
	CHECK(rte_eth_dev_info_get(port, &info) == 0 && info.max_rx_queues == 2 &&
	      info.max_tx_queues == 2, "queues %u/%u", info.max_rx_queues, info.max_tx_queues);
	port_up(port, 2, pool, true);
	CHECK(forward_to_end(port, 1) == 300, "queue 1");
	CHECK(forward_to_end(port, 0) == 1000, "queue 0");
	CHECK(rte_eth_stats_get(port, &st) == 0, "stats");
	CHECK(st.q_ipackets[0] == 1000 && st.q_ipackets[1] == 300 &&
	      st.q_opackets[0] == 1000 && st.q_opackets[1] == 300 &&
	      st.q_ibytes[1] == gb.bytes && st.q_obytes[0] == ga.bytes,
	      "per-queue stats %" PRIu64 " %" PRIu64, st.q_ipackets[0], st.q_ipackets[1]);
	/* restarting replays the rx files from their beginning */
	CHECK(rte_eth_dev_stop(port) == 0 && rte_eth_dev_start(port) == 0, "restart");
	CHECK(forward_to_end(port, 1) == 300, "queue 1 after restart");
	CHECK(rte_eth_dev_stop(port) == 0 && rte_eth_dev_close(port) == 0, "close");
	CHECK(rte_vdev_uninit("net_pcap2") == 0, "uninit");
	CHECK(compare_pcaps(a, oa, 0) == 1000, "queue 0 file");
	CHECK(count_pcap(ob) == 600, "queue 1 file has %" PRIu64, count_pcap(ob));
	check_pool_full();
}

static struct rte_device *
port_device(uint16_t port)
{
	struct rte_eth_dev_info info;

	CHECK(rte_eth_dev_info_get(port, &info) == 0 && info.device != NULL, "device");
	return info.device;
}

static void
case_hotplug(void)
{
	const char *in = test_path("hp.pcap"), *out = test_path("hp_out.pcap");
	char devargs[2 * PATH_MAX + 64];
	struct rte_eth_dev_info info;
	struct gen_stats g;
	uint16_t port, before = rte_eth_dev_count_avail();

	gen_pcap(in, 700, 0, ROOM, &g);
	snprintf(devargs, sizeof(devargs), "eth_pcap3,rx_pcap=%s,tx_pcap=%s", in, out);
	CHECK(rte_dev_probe(devargs) == 0, "rte_dev_probe %s", devargs);
	port = port_of("eth_pcap3");
	CHECK(rte_eth_dev_info_get(port, &info) == 0 &&
	      strcmp(info.driver_name, "net_pcap") == 0, "driver %s", info.driver_name);
	port_up(port, 1, pool, true);
	CHECK(forward_to_end(port, 0) == 700, "forward");
	CHECK(rte_eth_dev_stop(port) == 0, "stop");
	CHECK(rte_dev_remove(port_device(port)) == 0, "rte_dev_remove");
	CHECK(rte_eth_dev_get_port_by_name("eth_pcap3", &port) != 0, "port survived remove");
	CHECK(rte_eth_dev_count_avail() == before, "port count");
	/* removal flushed and closed the output */
	CHECK(compare_pcaps(in, out, 0) == 700, "output after hot-unplug");
	/* and the same device can be plugged again */
	CHECK(rte_dev_probe(devargs) == 0, "probe again");
	CHECK(rte_dev_remove(port_device(port_of("eth_pcap3"))) == 0, "remove again");
	check_pool_full();
}

/* Probe must fail, log want, and leave no port behind. */
static void
expect_probe_fail(const char *want, const char *args)
{
	uint16_t port, before = rte_eth_dev_count_avail();
	int ret;

	EXPECT_LOG(want, ret = rte_vdev_init("net_pcap9", args));
	CHECK(ret < 0, "probe with '%s' succeeded", args);
	CHECK(rte_eth_dev_get_port_by_name("net_pcap9", &port) != 0, "port left behind");
	CHECK(rte_eth_dev_count_avail() == before, "port count");
	printf("refused as expected: %s\n", args);
}

/*
 * A file cut short after the probe checked it: the port delivers what is
 * readable, then counts one error and reports it, and rx returns 0.
 */
static void
runtime_truncation(const char *good)
{
	const char *f = test_path("changing.pcap");
	char args[PATH_MAX + 16];
	struct rte_eth_stats st;
	uint64_t n = 0;
	uint16_t port;

	gen_truncated(good, f, 0);
	snprintf(args, sizeof(args), "rx_pcap=%s", f);
	CHECK(rte_vdev_init("net_pcap8", args) == 0, "probe");
	port = port_of("net_pcap8");
	gen_truncated(good, f, 100);	/* dev_start reopens the file */
	port_up(port, 1, pool, true);
	EXPECT_LOG("failed after 49 frames", n = forward_to_end(port, 0));
	CHECK(n == 49, "%" PRIu64 " frames before the cut", n);
	CHECK(rte_eth_stats_get(port, &st) == 0 && st.ipackets == 49 && st.ierrors == 1,
	      "ipackets %" PRIu64 " ierrors %" PRIu64, st.ipackets, st.ierrors);
	CHECK(rte_eth_dev_stop(port) == 0 && rte_eth_dev_close(port) == 0, "close");
	CHECK(rte_vdev_uninit("net_pcap8") == 0, "uninit");
	printf("file truncated after probe: 49 frames, then 1 error in ierrors\n");
}

static void
case_badinput(void)
{
	const char *good = test_path("good.pcap"), *trunc = test_path("trunc.pcap");
	const char *hdr = test_path("hdr.pcap"), *raw = test_path("raw.pcap");
	char args[2 * PATH_MAX + 64];
	struct gen_stats g;

	gen_pcap(good, 50, 0, ROOM, &g);
	gen_truncated(good, trunc, 100);	/* last record cut short */
	gen_truncated(good, hdr, (long)(g.bytes + 50 * 16 + 24 - 10)); /* 10-byte file */
	gen_pcap_linktype(raw);

	expect_probe_fail("cannot open '/nonexistent/in.pcap'", "rx_pcap=/nonexistent/in.pcap");
	snprintf(args, sizeof(args), "rx_pcap=%s", trunc);
	expect_probe_fail("truncated or corrupt after record 49", args);
	snprintf(args, sizeof(args), "rx_pcap=%s", hdr);
	expect_probe_fail("is not a readable pcap file", args);
	snprintf(args, sizeof(args), "rx_pcap=%s", raw);
	expect_probe_fail("only Ethernet", args);
	snprintf(args, sizeof(args), "rx_pcap=%s,foo=1", good);
	expect_probe_fail("unknown devarg 'foo'", args);
	snprintf(args, sizeof(args), "rx_pcap=%s,infinite_rx=2", good);
	expect_probe_fail("must be 0 or 1", args);
	expect_probe_fail("needs a value", "rx_pcap=");
	expect_probe_fail("cannot create '/nonexistent/out.pcap'", "tx_pcap=/nonexistent/out.pcap");
	expect_probe_fail("no such interface", "iface=pmdkit_nosuch0");
	expect_probe_fail("no devargs", "");
	snprintf(args, sizeof(args), "iface=lo,rx_pcap=%s", good);
	expect_probe_fail("iface= is given once and alone", args);
	expect_probe_fail("infinite_rx=1 needs rx_pcap", "tx_pcap=/dev/null,infinite_rx=1");
	runtime_truncation(good);
	check_pool_full();
}

/* Write the bad file for an eal_bad run; its path replaces @DIR@ in args. */
static void
prepare_eal_bad(const char *kind)
{
	struct gen_stats g;

	gen_pcap(test_path("good.pcap"), 20, 0, ROOM, &g);
	if (strcmp(kind, "truncated") == 0)
		gen_truncated(test_path("good.pcap"), test_path("bad.pcap"), 7);
	else if (strcmp(kind, "linktype") == 0)
		gen_pcap_linktype(test_path("bad.pcap"));
}

int
main(int argc, char **argv)
{
	const char *name;
	int i, ret, skip = 1;

	if (argc < 2) {
		fprintf(stderr, "usage: %s roundtrip|noscatter|infinite|multiqueue|hotplug|badinput|eal_bad KIND [EAL args]\n",
			argv[0]);
		return 2;
	}
	name = argv[1];
	if (strcmp(name, "eal_bad") == 0) {
		CHECK(argc > 2, "eal_bad needs a kind");
		prepare_eal_bad(argv[2]);
		/* @DIR@ in the EAL args: the test directory */
		for (i = 3; i < argc; i++) {
			char *at = strstr(argv[i], "@DIR@");

			if (at != NULL) {
				char *s = malloc(strlen(argv[i]) + PATH_MAX);

				CHECK(s != NULL, "malloc");
				sprintf(s, "%.*s%s%s", (int)(at - argv[i]), argv[i],
					test_dir(), at + 5);
				argv[i] = s;
			}
		}
		skip = 2;
	}
	/* the case name stands in for argv[0] of the EAL */
	ret = rte_eal_init(argc - skip, argv + skip);
	if (ret < 0) {
		fprintf(stderr, "rte_eal_init failed: %s\n", rte_strerror(rte_errno));
		return 1;
	}
	if (strcmp(name, "eal_bad") == 0) {
		rte_eal_cleanup();
		return 0;
	}
	pool = rte_pktmbuf_pool_create("pcap_pool", POOL_SIZE, 256, 0,
				       RTE_MBUF_DEFAULT_BUF_SIZE, rte_socket_id());
	CHECK(pool != NULL, "mbuf pool: %s", rte_strerror(rte_errno));
	if (strcmp(name, "roundtrip") == 0)
		case_roundtrip(true);
	else if (strcmp(name, "noscatter") == 0)
		case_roundtrip(false);
	else if (strcmp(name, "infinite") == 0)
		case_infinite();
	else if (strcmp(name, "multiqueue") == 0)
		case_multiqueue();
	else if (strcmp(name, "hotplug") == 0)
		case_hotplug();
	else if (strcmp(name, "badinput") == 0)
		case_badinput();
	else
		CHECK(0, "unknown case %s", name);
	rte_mempool_free(pool);
	CHECK(rte_eal_cleanup() == 0, "cleanup");
	printf("%s: OK\n", name);
	return 0;
}
