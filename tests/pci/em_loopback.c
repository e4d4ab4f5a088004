/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * em-loopback: end-to-end check of the PCI bus and the em PMD on two
 * emulated NICs that share a QEMU hub (guest scenarios tests/vm/scenarios/
 * e1000-*). Port 0 sends, port 1 receives and vice versa; every frame
 * carries a sequence number and a byte pattern that the receiver checks.
 *
 *   em-loopback [EAL args] -- [--frames N] [--iova va|pa] [--lsc-event NAME]
 *
 * Prints one "ok:"/"FAIL:" line per check; exit status 0 when all pass.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_eal.h>
#include <rte_dev.h>
#include <rte_cycles.h>
#include <rte_ethdev.h>
#include <rte_ether.h>
#include <rte_ip.h>
#include <rte_udp.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "em_test.h"

#define NB_MBUF 4095
#define RING 256
#define BURST 32
#define RX_TIMEOUT_MS 15000

static struct rte_mempool *pool;
static unsigned int nb_frames = 1000;
static const char *want_iova;
static const char *lsc_event;
static volatile int lsc_downs[2], lsc_ups_after_down[2];
static int verbose;

/* Frame payload byte i of frame seq. */
static uint8_t
pattern(uint32_t seq, uint32_t i)
{
	return (uint8_t)(seq * 7 + i * 13 + 1);
}

/* Raw frame: Ethernet (MAGIC_TYPE) | seq (4) | len (4) | pattern. */
static struct rte_mbuf *
make_frame(uint16_t port, uint32_t seq, uint32_t len, unsigned int nseg)
{
	struct rte_mbuf *head = NULL, *m;
	uint32_t off = 0, per = len / nseg, i;
	unsigned int s;

	for (s = 0; s < nseg; s++) {
		uint32_t n = s + 1 == nseg ? len - off : per;
		uint8_t *p;

		m = rte_pktmbuf_alloc(pool);
		if (m == NULL)
			goto fail;
		p = (uint8_t *)rte_pktmbuf_append(m, (uint16_t)n);
		if (p == NULL)
			goto fail_m;
		for (i = 0; i < n; i++, off++)
			p[i] = pattern(seq, off);
		if (head == NULL)
			head = m;
		else if (rte_pktmbuf_chain(head, m) != 0)
			goto fail_m;
	}
	{
		struct rte_ether_hdr *eh = rte_pktmbuf_mtod(head,
			struct rte_ether_hdr *);
		uint8_t *w = (uint8_t *)(eh + 1);

		memset(&eh->dst_addr, 0xff, RTE_ETHER_ADDR_LEN);
		rte_eth_macaddr_get(port, &eh->src_addr);
		eh->ether_type = rte_cpu_to_be_16(MAGIC_TYPE);
		memcpy(w, &seq, 4);	/* unaligned: offset 14 */
		memcpy(w + 4, &len, 4);
	}
	return head;
fail_m:
	rte_pktmbuf_free(m);
fail:
	rte_pktmbuf_free(head);
	return NULL;
}

/* Check a received frame against what make_frame built; -1 if foreign. */
static int
check_frame(struct rte_mbuf *m, uint32_t *seq_out, int *bad)
{
	uint8_t buf[16384];
	const uint8_t *p;
	struct rte_ether_hdr eh;
	uint32_t seq, len, i;

	if (m->pkt_len < 22 || m->pkt_len > sizeof(buf))
		return -1;
	p = rte_pktmbuf_read(m, 0, m->pkt_len, buf);
	memcpy(&eh, p, sizeof(eh));
	if (eh.ether_type != rte_cpu_to_be_16(MAGIC_TYPE))
		return -1;
	memcpy(&seq, p + 14, 4);
	memcpy(&len, p + 18, 4);
	*bad = len != m->pkt_len;
	for (i = 22; i < m->pkt_len && !*bad; i++)
		if (p[i] != pattern(seq, i))
			*bad = 1;
	*seq_out = seq;
	return 0;
}

/* Print the non-zero extended statistics of a port (--verbose). */
static void
dump_xstats(uint16_t port)
{
	struct rte_eth_xstat_name names[128];
	struct rte_eth_xstat xs[128];
	int i, n = rte_eth_xstats_get(port, xs, RTE_DIM(xs));

	if (n <= 0 || n > (int)RTE_DIM(xs) ||
	    rte_eth_xstats_get_names(port, names, RTE_DIM(names)) != n)
		return;
	for (i = 0; i < n; i++)
		if (xs[i].value != 0)
			printf("  port %u %s: %" PRIu64 "\n", port,
				names[xs[i].id].name, xs[i].value);
}

/*
 * Send n frames from tx to rx (lengths cycling 60..1514 unless fixed),
 * receive them and check order and content. Received mbufs are freed
 * unless hold != NULL (then up to hold_n are kept there).
 */
static void
transfer(const char *what, uint16_t tx, uint16_t rx, unsigned int n,
		uint32_t fixed_len, unsigned int nseg, uint64_t tx_flags,
		uint16_t vlan)
{
	struct rte_mbuf *pkts[BURST];
	unsigned int sent = 0, got = 0, bad = 0, order = 0, foreign = 0;
	unsigned int vlan_ok = 0;
	uint64_t deadline = rte_get_timer_cycles() + rte_get_timer_hz() *
		RX_TIMEOUT_MS / 1000;
	uint16_t i, k;

	while ((sent < n || got < n) && rte_get_timer_cycles() < deadline) {
		uint16_t nb = 0;

		while (sent + nb < n && nb < BURST) {
			uint32_t len = fixed_len ? fixed_len :
				60 + ((sent + nb) * 97) % (1514 - 60 + 1);
			struct rte_mbuf *m = make_frame(tx, sent + nb, len, nseg);

			if (m == NULL)
				break;
			m->ol_flags |= tx_flags;
			m->vlan_tci = vlan;
			pkts[nb++] = m;
		}
		k = rte_eth_tx_burst(tx, 0, pkts, nb);
		for (i = k; i < nb; i++)
			rte_pktmbuf_free(pkts[i]);
		sent += k;
		nb = rte_eth_rx_burst(rx, 0, pkts, BURST);
		if (verbose && (k != 0 || nb != 0))
			printf("  %s: sent %u (+%u) got %u (+%u)\n", what, sent, k,
				got, nb);
		for (i = 0; i < nb; i++) {
			uint32_t seq;
			int b = 0;

			if (check_frame(pkts[i], &seq, &b) != 0) {
				foreign++;
			} else {
				bad += b;
				order += seq != got;
				if (vlan && (pkts[i]->ol_flags &
						RTE_MBUF_F_RX_VLAN_STRIPPED) &&
				    pkts[i]->vlan_tci == vlan)
					vlan_ok++;
				got++;
			}
			rte_pktmbuf_free(pkts[i]);
		}
	}
	if (verbose)
		dump_xstats(rx);
	CHECK(sent == n, "%s: sent %u of %u frames", what, sent, n);
	CHECK(got == n, "%s: received %u of %u frames (%u foreign ignored)",
		what, got, n, foreign);
	CHECK(bad == 0 && order == 0, "%s: %u frames with wrong content, %u out"
		" of order", what, bad, order);
	if (vlan)
		CHECK(vlan_ok == n, "%s: %u of %u frames had VLAN %u stripped",
			what, vlan_ok, n, vlan);
}

static int
lsc_cb(uint16_t port, enum rte_eth_event_type type, void *arg, void *ret)
{
	struct rte_eth_link link;

	(void)arg; (void)ret;
	if (type == RTE_ETH_EVENT_INTR_LSC && port < 2) {
		rte_eth_link_get_nowait(port, &link);
		printf("LSC event: port %u link %s\n", port,
			link.link_status ? "up" : "down");
		fflush(stdout);
		/* The interrupt thread writes, the main lcore polls. */
		if (!link.link_status)
			__atomic_fetch_add(&lsc_downs[port], 1, __ATOMIC_RELEASE);
		else if (__atomic_load_n(&lsc_downs[port], __ATOMIC_ACQUIRE))
			__atomic_fetch_add(&lsc_ups_after_down[port], 1,
				__ATOMIC_RELEASE);
	}
	return 0;
}

static int
port_start(uint16_t port, uint16_t mtu, bool scatter, struct rte_mempool *mp)
{
	struct rte_eth_conf conf;
	struct rte_eth_dev_info info;
	int ret;

	memset(&conf, 0, sizeof(conf));
	conf.intr_conf.lsc = 1;
	conf.rxmode.mtu = mtu;
	conf.rxmode.offloads = RTE_ETH_RX_OFFLOAD_VLAN_STRIP |
		RTE_ETH_RX_OFFLOAD_IPV4_CKSUM | RTE_ETH_RX_OFFLOAD_UDP_CKSUM |
		(scatter ? RTE_ETH_RX_OFFLOAD_SCATTER : 0);
	conf.txmode.offloads = RTE_ETH_TX_OFFLOAD_VLAN_INSERT |
		RTE_ETH_TX_OFFLOAD_IPV4_CKSUM | RTE_ETH_TX_OFFLOAD_UDP_CKSUM |
		RTE_ETH_TX_OFFLOAD_MULTI_SEGS;
	rte_eth_dev_info_get(port, &info);
	ret = rte_eth_dev_configure(port, 1, 1, &conf);
	if (ret == 0)
		ret = rte_eth_rx_queue_setup(port, 0, RING,
			rte_eth_dev_socket_id(port), NULL, mp);
	if (ret == 0)
		ret = rte_eth_tx_queue_setup(port, 0, RING,
			rte_eth_dev_socket_id(port), NULL);
	if (ret == 0)
		ret = rte_eth_dev_start(port);
	if (ret == 0)
		ret = rte_eth_promiscuous_enable(port);
	CHECK(ret == 0, "port %u (%s) started, mtu %u%s: %s", port,
		info.driver_name, mtu, scatter ? " scatter" : "",
		ret == 0 ? "ok" : strerror(-ret));
	return ret;
}

static bool
wait_link(uint16_t port, bool up, unsigned int ms)
{
	struct rte_eth_link link;
	unsigned int t;

	for (t = 0; t <= ms; t += 50) {
		rte_eth_link_get_nowait(port, &link);
		if ((link.link_status == RTE_ETH_LINK_UP) == up)
			return true;
		rte_delay_ms(50);
	}
	return false;
}

/*
 * Links up on both ports, then past QEMU's 82540EM receive hold: after
 * every RCTL write (port start, promiscuous mode) it holds frames for 1 s
 * and, when the hold ends, drops what does not fit the ring (counted in
 * imissed). Traffic starts after it.
 */
static void
settle(void)
{
	wait_link(0, true, 10000);
	wait_link(1, true, 10000);
	rte_delay_ms(1100);
}

static void
check_stats(const char *what, uint16_t tx, uint16_t rx, unsigned int n)
{
	struct rte_eth_stats st;

	rte_eth_stats_get(tx, &st);
	CHECK(st.opackets == n, "%s: port %u opackets %" PRIu64 " == %u (obytes %"
		PRIu64 ")", what, tx, st.opackets, n, st.obytes);
	rte_eth_stats_get(rx, &st);
	CHECK(st.ipackets >= n, "%s: port %u ipackets %" PRIu64 " >= %u"
		" (ibytes %" PRIu64 ", imissed %" PRIu64 ", ierrors %" PRIu64 ")",
		what, rx, st.ipackets, n, st.ibytes, st.imissed, st.ierrors);
	rte_eth_stats_reset(tx);
	rte_eth_stats_reset(rx);
}

/* The rx ring runs out of mbufs: rx_nombuf counts, nothing is lost. */
static void
nombuf_phase(void)
{
	struct rte_mempool *small;
	struct rte_mbuf *held[512], *pkts[BURST];
	struct rte_eth_stats st;
	unsigned int nheld = 0, got = 0, i, n = 300;
	uint64_t deadline;

	/* Just enough for the 256-descriptor ring plus a few. */
	small = rte_pktmbuf_pool_create("small", RING + 40, 0, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, rte_socket_id());
	if (small == NULL) {
		CHECK(0, "nombuf: small pool: %s", rte_strerror(rte_errno));
		return;
	}
	rte_eth_dev_stop(1);
	if (port_start(1, RTE_ETHER_MTU, false, small) != 0)
		return;
	settle();
	rte_eth_stats_reset(1);
	for (i = 0; i < n; i++) {
		struct rte_mbuf *m = make_frame(0, i, 100, 1);

		while (m != NULL && rte_eth_tx_burst(0, 0, &m, 1) == 0)
			;
	}
	deadline = rte_get_timer_cycles() + rte_get_timer_hz() * 15;
	while (got < n && rte_get_timer_cycles() < deadline) {
		uint16_t nb = rte_eth_rx_burst(1, 0, pkts, BURST);

		for (i = 0; i < nb; i++) {
			uint32_t seq;
			int bad = 0;

			if (check_frame(pkts[i], &seq, &bad) == 0 && !bad)
				got++;
			/* Hold the first frames: the ring cannot refill. */
			if (nheld < RTE_DIM(held) && got <= 200)
				held[nheld++] = pkts[i];
			else
				rte_pktmbuf_free(pkts[i]);
		}
		if (nb == 0 && nheld == RTE_DIM(held)) {
			rte_eth_stats_get(1, &st);
			if (got + st.imissed >= n)
				break;
		}
		if (nb == 0 && nheld > 0 && nheld < RTE_DIM(held)) {
			rte_eth_stats_get(1, &st);
			if (st.rx_nombuf > 0) {
				for (i = 0; i < nheld; i++)
					rte_pktmbuf_free(held[i]);
				nheld = RTE_DIM(held);	/* hold no more */
			}
		}
	}
	rte_eth_stats_get(1, &st);
	CHECK(st.rx_nombuf > 0, "nombuf: rx_nombuf counted %" PRIu64, st.rx_nombuf);
	/* The 82574L model keeps what it cannot take; the 82540EM model drops
	 * what overflows the ring when it is refilled, and counts it. */
	CHECK(got + st.imissed == n && got >= RING - 1, "nombuf: %u frames"
		" received + %" PRIu64 " counted missed == %u sent", got,
		st.imissed, n);
	rte_eth_dev_stop(1);
	port_start(1, RTE_ETHER_MTU, false, pool);
	CHECK(rte_mempool_avail_count(small) == RING + 40,
		"nombuf: every mbuf back in the small pool (%u of %u)",
		rte_mempool_avail_count(small), RING + 40);
	rte_mempool_free(small);
}

static void
lsc_phase(void)
{
	FILE *con;
	unsigned int t;

	/* Autonegotiation after the last restart must be over, or the host's
	 * "link off" lands while the link is still down and changes nothing. */
	settle();
	__atomic_store_n(&lsc_downs[1], 0, __ATOMIC_RELEASE);
	__atomic_store_n(&lsc_ups_after_down[1], 0, __ATOMIC_RELEASE);
	con = fopen("/dev/console", "w");
	if (con != NULL) {
		fprintf(con, "\nPMDKIT-VM-EVENT %s\n", lsc_event);
		fclose(con);
	}
	/* The host turns link n1 off, then on again. */
	for (t = 0; t < 600 && __atomic_load_n(&lsc_ups_after_down[1],
			__ATOMIC_ACQUIRE) == 0; t++)
		rte_delay_ms(50);
	CHECK(lsc_downs[1] >= 1 && lsc_ups_after_down[1] >= 1,
		"LSC: link down (%d) then up (%d) events on port 1",
		lsc_downs[1], lsc_ups_after_down[1]);
	CHECK(wait_link(1, true, 5000), "LSC: port 1 link up again");
}

static void
parse_args(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "frames", required_argument, NULL, 'n' },
		{ "iova", required_argument, NULL, 'i' },
		{ "lsc-event", required_argument, NULL, 'l' },
		{ "verbose", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'n': nb_frames = (unsigned int)atoi(optarg); break;
		case 'i': want_iova = optarg; break;
		case 'l': lsc_event = optarg; break;
		case 'v': verbose = 1; break;
		default:
			fprintf(stderr, "usage: em-loopback [EAL args] -- [--frames N]"
				" [--iova va|pa] [--lsc-event NAME]\n");
			exit(2);
		}
	}
}

int
main(int argc, char **argv)
{
	char name[RTE_ETH_NAME_MAX_LEN];
	uint16_t p;
	int ret;

	ret = rte_eal_init(argc, argv);
	if (ret < 0) {
		printf("FAIL: rte_eal_init: %s\n", rte_strerror(rte_errno));
		return 1;
	}
	parse_args(argc - ret, argv + ret);
	if (want_iova != NULL)
		CHECK(strcmp(want_iova, rte_eal_iova_mode() == RTE_IOVA_VA ?
			"va" : "pa") == 0, "IOVA mode is %s",
			rte_eal_iova_mode() == RTE_IOVA_VA ? "va" : "pa");
	CHECK(rte_eth_dev_count_avail() == 2, "2 ports probed (got %u)",
		rte_eth_dev_count_avail());
	if (rte_eth_dev_count_avail() != 2)
		return 1;
	pool = rte_pktmbuf_pool_create("mb", NB_MBUF, 256, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, rte_socket_id());
	if (pool == NULL) {
		printf("FAIL: mempool: %s\n", rte_strerror(rte_errno));
		return 1;
	}
	for (p = 0; p < 2; p++) {
		rte_eth_dev_callback_register(p, RTE_ETH_EVENT_INTR_LSC, lsc_cb,
			NULL);
		if (port_start(p, RTE_ETHER_MTU, false, pool) != 0)
			return 1;
	}
	CHECK(wait_link(0, true, 10000) && wait_link(1, true, 10000),
		"links up on both ports");
	settle();

	transfer("0->1 mixed sizes", 0, 1, nb_frames, 0, 1, 0, 0);
	check_stats("0->1", 0, 1, nb_frames);
	transfer("1->0 mixed sizes", 1, 0, nb_frames, 0, 1, 0, 0);
	check_stats("1->0", 1, 0, nb_frames);
	transfer("0->1 3-segment tx", 0, 1, 200, 1500, 3, 0, 0);
	transfer("1->0 VLAN insert/strip", 1, 0, 100, 200, 1,
		RTE_MBUF_F_TX_VLAN, 100);
	transfer("0->1 VLAN insert/strip", 0, 1, 100, 200, 1,
		RTE_MBUF_F_TX_VLAN, 200);
	nombuf_phase();
	if (lsc_event != NULL)
		lsc_phase();

	/* Jumbo frames: 8000-byte MTU, scattered over 2 KiB buffers. */
	for (p = 0; p < 2; p++) {
		rte_eth_dev_stop(p);
		ret = port_start(p, 8000, true, pool);
	}
	if (ret == 0) {
		settle();
		transfer("0->1 jumbo 8014-byte scatter", 0, 1, 100, 8014, 4, 0, 0);
		transfer("1->0 jumbo 8014-byte scatter", 1, 0, 100, 8014, 4, 0, 0);
	}

	/* Hot-unplug and re-plug port 1 by its PCI name. */
	rte_eth_dev_get_name_by_port(1, name);
	rte_eth_dev_stop(1);
	rte_eth_dev_close(1);
	ret = rte_eal_hotplug_remove("pci", name);
	CHECK(ret == 0, "hot-unplug %s: %d", name, ret);
	CHECK(rte_eth_dev_count_avail() == 1, "1 port after unplug");
	ret = rte_dev_probe(name);
	CHECK(ret == 0, "hot-plug %s again: %d", name, ret);
	CHECK(rte_eth_dev_count_avail() == 2, "2 ports after re-plug");
	em_test_close_ports(pool, NB_MBUF);
	ret = rte_eal_cleanup();
	CHECK(ret == 0, "rte_eal_cleanup: %d", ret);
	printf("em-loopback: %d failure(s)\n", fails);
	return fails == 0 ? 0 : 1;
}
