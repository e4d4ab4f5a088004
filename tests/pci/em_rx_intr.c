/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * em-rx-intr: the rx interrupt API on two em ports sharing a QEMU hub
 * (guest scenarios tests/vm/scenarios/e1000-rx-intr*). Each port's queue 0
 * is added to the thread's epoll set (rte_eth_dev_rx_intr_ctl_q +
 * RTE_EPOLL_PER_THREAD, as l3fwd-power does); the other port sends.
 *
 *   em-rx-intr [EAL args] -- [--rounds N] [--lsc]
 *
 * Checks, per direction: no wake-up without traffic; one wake-up per frame
 * sent while armed, with the frame in the ring; a frame that arrived while
 * disarmed wakes at once when armed; no wake-up while disarmed or after
 * the queue left the epoll set; every mbuf back in the pool. --lsc also
 * enables the link interrupt, which shares the vector on one-vector
 * devices. Prints "ok:"/"FAIL:" per check; exit status 0 when all pass.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_epoll.h>
#include <rte_ethdev.h>
#include <rte_ether.h>
#include <rte_interrupts.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "em_test.h"

#define NB_MBUF 2047
#define RING 256
#define WAKE_MS 5000		/* a frame on the wire wakes us within this */
#define QUIET_MS 400		/* no traffic: the wait must time out */

static struct rte_mempool *pool;
static unsigned int rounds = 10;
static int with_lsc;
static unsigned int lsc_events[RTE_MAX_ETHPORTS];	/* interrupt thread */

static int
send_frame(uint16_t port, uint32_t seq)
{
	struct rte_mbuf *m = rte_pktmbuf_alloc(pool);
	struct rte_ether_hdr *eh;
	char *data;

	if (m == NULL)
		return -1;
	data = rte_pktmbuf_append(m, 64);
	if (data == NULL) {
		rte_pktmbuf_free(m);
		return -1;
	}
	memset(data, 0, 64);
	eh = (struct rte_ether_hdr *)data;
	memset(&eh->dst_addr, 0xff, RTE_ETHER_ADDR_LEN);
	rte_eth_macaddr_get(port, &eh->src_addr);
	eh->ether_type = rte_cpu_to_be_16(MAGIC_TYPE);
	memcpy(eh + 1, &seq, sizeof(seq));
	if (rte_eth_tx_burst(port, 0, &m, 1) != 1) {
		rte_pktmbuf_free(m);
		return -1;
	}
	return 0;
}

/* Frames in the ring now; the sequence number of the last in *seq. */
static unsigned int
drain(uint16_t port, uint32_t *seq)
{
	struct rte_mbuf *pkts[32];
	unsigned int total = 0;
	uint16_t n, i;

	while ((n = rte_eth_rx_burst(port, 0, pkts, RTE_DIM(pkts))) > 0) {
		for (i = 0; i < n; i++) {
			const struct rte_ether_hdr *eh =
				rte_pktmbuf_mtod(pkts[i], struct rte_ether_hdr *);

			if (eh->ether_type == rte_cpu_to_be_16(MAGIC_TYPE) &&
			    seq != NULL)
				memcpy(seq, eh + 1, sizeof(*seq));
			rte_pktmbuf_free(pkts[i]);
		}
		total += n;
	}
	return total;
}

/* Arm port's queue, wait up to ms; returns events (data checked). */
static int
arm_and_wait(uint16_t port, int ms)
{
	struct rte_epoll_event ev[2];
	int n, ret;

	ret = rte_eth_dev_rx_intr_enable(port, 0);
	if (ret != 0) {
		printf("rx_intr_enable(%u): %s\n", port, strerror(-ret));
		return -1;
	}
	n = rte_epoll_wait(RTE_EPOLL_PER_THREAD, ev, 2, ms);
	rte_eth_dev_rx_intr_disable(port, 0);
	if (n > 0 && (uintptr_t)ev[0].epdata.data != 100u + port) {
		printf("event data %p, expected port %u's\n", ev[0].epdata.data,
			port);
		return -1;
	}
	return n;
}

static void
direction(uint16_t tx, uint16_t rx)
{
	unsigned int r, woke = 0, got = 0, in_order = 0;
	uint64_t t0, worst_us = 0;
	uint32_t seq = 0;
	int n;

	drain(rx, NULL);
	n = arm_and_wait(rx, QUIET_MS);
	CHECK(n == 0, "port %u: no traffic, the wait times out (%d events)",
		rx, n);
	for (r = 0; r < rounds; r++) {
		uint32_t last = UINT32_MAX;
		unsigned int k;

		if (rte_eth_dev_rx_intr_enable(rx, 0) != 0)
			break;
		send_frame(tx, r);
		t0 = rte_get_timer_cycles();
		{
			struct rte_epoll_event ev[2];

			n = rte_epoll_wait(RTE_EPOLL_PER_THREAD, ev, 2, WAKE_MS);
		}
		rte_eth_dev_rx_intr_disable(rx, 0);
		if (n == 1) {
			uint64_t us = (rte_get_timer_cycles() - t0) * 1000000 /
				rte_get_timer_hz();

			woke++;
			worst_us = RTE_MAX(worst_us, us);
		}
		/* the wake-up may come as the descriptor is written back */
		for (k = 0; k < 100 && (n = (int)drain(rx, &last)) == 0; k++)
			rte_delay_ms(1);
		got += (unsigned int)n;
		in_order += last == r;
	}
	CHECK(woke == rounds && got == rounds && in_order == rounds,
		"port %u: %u frames sent armed: %u wake-ups, %u received, %u in"
		" order (slowest wake-up %" PRIu64 " us)", rx, rounds, woke, got,
		in_order, worst_us);

	/* Disarmed: the frame sits in the ring and nothing wakes us ... (first
	 * let QEMU 10.0's 82574 repeat its last MSI-X message, 128 us after
	 * it, and take that event: it is no wake-up for this frame) */
	rte_delay_ms(20);
	{
		struct rte_epoll_event ev[2];

		rte_epoll_wait(RTE_EPOLL_PER_THREAD, ev, 2, 0);
	}
	send_frame(tx, 1000);
	{
		struct rte_epoll_event ev[2];

		n = rte_epoll_wait(RTE_EPOLL_PER_THREAD, ev, 2, QUIET_MS);
	}
	CHECK(n == 0, "port %u: disarmed, a frame does not wake (%d events)",
		rx, n);
	/* ... until the queue is armed: the driver sees it waiting. */
	t0 = rte_get_timer_cycles();
	n = arm_and_wait(rx, WAKE_MS);
	CHECK(n == 1 && drain(rx, &seq) == 1 && seq == 1000,
		"port %u: arming with a frame waiting wakes at once (%d events,"
		" %" PRIu64 " ms)", rx, n, (rte_get_timer_cycles() - t0) * 1000 /
		rte_get_timer_hz());
	rte_delay_ms(20);	/* past QEMU's repeated MSI-X message (above) */
	n = arm_and_wait(rx, QUIET_MS);
	CHECK(n == 0, "port %u: after the traffic, the wait times out again "
		"(%d events)", rx, n);

	/* Out of the epoll set: armed, a frame arrives, no event. */
	CHECK(rte_eth_dev_rx_intr_ctl_q(rx, 0, RTE_EPOLL_PER_THREAD,
		RTE_INTR_EVENT_DEL, NULL) == 0, "port %u: EVENT_DEL", rx);
	rte_eth_dev_rx_intr_enable(rx, 0);
	send_frame(tx, 2000);
	{
		struct rte_epoll_event ev[2];

		n = rte_epoll_wait(RTE_EPOLL_PER_THREAD, ev, 2, QUIET_MS);
	}
	rte_eth_dev_rx_intr_disable(rx, 0);
	rte_delay_ms(100);
	CHECK(n == 0 && drain(rx, &seq) == 1 && seq == 2000,
		"port %u: deleted from the epoll set, no event (%d), frame"
		" received", rx, n);
	CHECK(rte_eth_dev_rx_intr_ctl_q(rx, 0, RTE_EPOLL_PER_THREAD,
		RTE_INTR_EVENT_ADD, (void *)(uintptr_t)(100u + rx)) == 0,
		"port %u: EVENT_ADD again", rx);
	/* The queue fired while out of the set: that wake-up is reported
	 * once, as soon as it is back. */
	{
		struct rte_epoll_event ev[2];
		int n2;

		n = rte_epoll_wait(RTE_EPOLL_PER_THREAD, ev, 2, 0);
		n2 = rte_epoll_wait(RTE_EPOLL_PER_THREAD, ev, 2, QUIET_MS);
		CHECK(n == 1 && n2 == 0, "port %u: the wake-up missed while"
			" deleted is reported once when added back (%d, then %d)",
			rx, n, n2);
	}
}

static int
lsc_cb(uint16_t port, enum rte_eth_event_type type, void *a, void *r)
{
	RTE_SET_USED(a);
	RTE_SET_USED(r);
	printf("LSC event: port %u type %d\n", port, type);
	/* read by the main thread: a count, no other data depends on it */
	__atomic_fetch_add(&lsc_events[port], 1, __ATOMIC_RELAXED);
	return 0;
}

static int
port_setup(uint16_t port)
{
	struct rte_eth_conf conf = { .intr_conf = { .rxq = 1, .lsc = with_lsc } };
	int ret;

	if (with_lsc)
		rte_eth_dev_callback_register(port, RTE_ETH_EVENT_INTR_LSC,
			lsc_cb, NULL);
	ret = rte_eth_dev_configure(port, 1, 1, &conf);
	if (ret != 0) {
		printf("port %u: configure with intr_conf.rxq: %s\n", port,
			strerror(-ret));
		return ret;
	}
	if ((ret = rte_eth_rx_queue_setup(port, 0, RING, 0, NULL, pool)) != 0 ||
	    (ret = rte_eth_tx_queue_setup(port, 0, RING, 0, NULL)) != 0 ||
	    (ret = rte_eth_dev_start(port)) != 0) {
		printf("port %u: setup/start: %s\n", port, strerror(-ret));
		return ret;
	}
	ret = rte_eth_dev_rx_intr_ctl_q(port, 0, RTE_EPOLL_PER_THREAD,
		RTE_INTR_EVENT_ADD, (void *)(uintptr_t)(100u + port));
	CHECK(ret == 0, "port %u: rx queue 0 in the thread's epoll set (fd %d)",
		port, rte_eth_dev_rx_intr_ctl_q_get_fd(port, 0));
	return ret;
}

int
main(int argc, char **argv)
{
	static const struct option longs[] = {
		{ "rounds", required_argument, NULL, 'r' },
		{ "lsc", no_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 },
	};
	int ret, c;
	uint16_t p;

	ret = rte_eal_init(argc, argv);
	if (ret < 0) {
		printf("FAIL: EAL init: %s\n", rte_strerror(rte_errno));
		return 1;
	}
	argc -= ret;
	argv += ret;
	while ((c = getopt_long(argc, argv, "", longs, NULL)) != -1) {
		if (c == 'r')
			rounds = (unsigned int)atoi(optarg);
		else if (c == 'l')
			with_lsc = 1;
		else
			return 2;
	}
	if (rte_eth_dev_count_avail() != 2) {
		printf("FAIL: need 2 em ports, found %u\n",
			rte_eth_dev_count_avail());
		return 1;
	}
	pool = rte_pktmbuf_pool_create("rxintr", NB_MBUF, 0, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, 0);
	if (pool == NULL) {
		printf("FAIL: mbuf pool: %s\n", rte_strerror(rte_errno));
		return 1;
	}
	RTE_ETH_FOREACH_DEV(p)
		if (port_setup(p) != 0) {
			printf("error: port %u cannot run with rx interrupts\n", p);
			return 1;
		}
	/* QEMU's 82540EM holds received frames for 1 s after RCTL writes. */
	rte_delay_ms(1500);
	if (with_lsc) {
		/* the link comes up after start: its interrupt shares the
		 * one vector with the queue on the 8254x */
		unsigned int waited;

		RTE_ETH_FOREACH_DEV(p) {
			for (waited = 0; waited < 5000 && __atomic_load_n(
					&lsc_events[p], __ATOMIC_RELAXED) == 0;
					waited += 10)
				rte_delay_ms(10);
			CHECK(__atomic_load_n(&lsc_events[p], __ATOMIC_RELAXED) > 0,
				"port %u: link-up LSC event next to rx interrupts",
				p);
		}
	}
	direction(0, 1);
	direction(1, 0);
	em_test_close_ports(pool, NB_MBUF);
	rte_eal_cleanup();
	printf("em-rx-intr: %d failure(s)\n", fails);
	return fails == 0 ? 0 : 1;
}
