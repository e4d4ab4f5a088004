/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * l3fwd data path: receive, validate the IP header (RFC 1812 section 5.2.2
 * for IPv4, RFC 8200 section 3 for IPv6), look the destination up, decrement
 * TTL / hop limit, rewrite the Ethernet addresses, transmit.  Every frame
 * that is not forwarded is counted in exactly one drop counter.
 */
#include <rte_byteorder.h>
#include <rte_cycles.h>
#include <rte_ethdev.h>
#include <rte_ip.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>

#include "l3fwd.h"

#define DRAIN_US 100 /* flush partly filled tx buffers this often */

enum verdict { FWD, BAD_HEADER, TTL_EXPIRED, NO_ROUTE };

static inline void
count(uint64_t *c, uint64_t n)
{
	/* Single writer; relaxed so that the reader never sees a torn value. */
	__atomic_store_n(c, __atomic_load_n(c, __ATOMIC_RELAXED) + n, __ATOMIC_RELAXED);
}

/* TTL 16-bit word (TTL, protocol) goes down by 0x0100: update the checksum
 * incrementally, RFC 1624 equation 3: HC' = ~(~HC + ~m + m'). */
static inline void
ipv4_ttl_decrement(struct rte_ipv4_hdr *ip)
{
	uint32_t old_word = (uint32_t)ip->time_to_live << 8 | ip->next_proto_id;
	uint32_t new_word = old_word - 0x0100;
	uint32_t sum = (uint16_t)~rte_be_to_cpu_16(ip->hdr_checksum);

	sum += (uint16_t)~old_word + new_word;
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	ip->time_to_live--;
	ip->hdr_checksum = rte_cpu_to_be_16((uint16_t)~sum);
}

static enum verdict
route_ipv4_pkt(struct rte_mbuf *m, struct rte_ipv4_hdr *ip, uint16_t *port)
{
	uint32_t room = m->data_len - sizeof(struct rte_ether_hdr);
	uint32_t ihl_bytes, total;

	if (room < sizeof(*ip))
		return BAD_HEADER;
	ihl_bytes = (uint32_t)(ip->version_ihl & 0x0f) * 4;
	total = rte_be_to_cpu_16(ip->total_length);
	/* version 4, header of at least 20 bytes, length consistent with the
	 * frame (Ethernet padding may follow), checksum correct */
	if ((ip->version_ihl >> 4) != 4 || ihl_bytes < sizeof(*ip) ||
			ihl_bytes > room || total < ihl_bytes || total > room ||
			rte_raw_cksum(ip, ihl_bytes) != 0xffff)
		return BAD_HEADER;
	if (ip->time_to_live <= 1)
		return TTL_EXPIRED;
	*port = route_ipv4(rte_be_to_cpu_32(ip->dst_addr));
	if (*port == DROP_PORT)
		return NO_ROUTE;
	ipv4_ttl_decrement(ip);
	return FWD;
}

static enum verdict
route_ipv6_pkt(struct rte_mbuf *m, struct rte_ipv6_hdr *ip, uint16_t *port)
{
	uint32_t room = m->data_len - sizeof(struct rte_ether_hdr);

	if (room < sizeof(*ip) || (rte_be_to_cpu_32(ip->vtc_flow) >> 28) != 6 ||
			sizeof(*ip) + rte_be_to_cpu_16(ip->payload_len) > room)
		return BAD_HEADER;
	if (ip->hop_limits <= 1)
		return TTL_EXPIRED;
	*port = route_ipv6(ip->dst_addr);
	if (*port == DROP_PORT)
		return NO_ROUTE;
	ip->hop_limits--;
	return FWD;
}

/* Decides where m goes; on FWD the IP header is already updated. */
static inline enum verdict
route_pkt(struct rte_mbuf *m, uint16_t *port)
{
	struct rte_ether_hdr *eth = rte_pktmbuf_mtod(m, struct rte_ether_hdr *);

	if (m->data_len < sizeof(*eth))
		return BAD_HEADER;
	switch (eth->ether_type) {
	case RTE_BE16(RTE_ETHER_TYPE_IPV4):
		return route_ipv4_pkt(m, (struct rte_ipv4_hdr *)(eth + 1), port);
	case RTE_BE16(RTE_ETHER_TYPE_IPV6):
		return route_ipv6_pkt(m, (struct rte_ipv6_hdr *)(eth + 1), port);
	default:
		return BAD_HEADER;
	}
}

static void
handle_burst(struct lcore_conf *conf, struct rte_mbuf **pkts, uint16_t n)
{
	struct lcore_stats *st = &conf->stats;
	uint16_t i;

	for (i = 0; i < n; i++) {
		struct rte_mbuf *m = pkts[i];
		struct rte_ether_hdr *eth;
		uint16_t port = DROP_PORT;

		switch (route_pkt(m, &port)) {
		case FWD:
			eth = rte_pktmbuf_mtod(m, struct rte_ether_hdr *);
			rte_ether_addr_copy(&dest_mac[port], &eth->dst_addr);
			rte_ether_addr_copy(&port_mac[port], &eth->src_addr);
			count(&st->tx[port], rte_eth_tx_buffer(port, conf->tx_queue,
				conf->tx_buffer[port], m));
			continue;
		case BAD_HEADER:
			count(&st->bad_header, 1);
			break;
		case TTL_EXPIRED:
			count(&st->ttl_expired, 1);
			break;
		case NO_ROUTE:
			count(&st->no_route, 1);
			break;
		}
		rte_pktmbuf_free(m);
	}
}

static void
flush_all(struct lcore_conf *conf)
{
	uint16_t port;

	for (port = 0; port < RTE_MAX_ETHPORTS; port++)
		if (conf->tx_buffer[port] != NULL)
			count(&conf->stats.tx[port], rte_eth_tx_buffer_flush(port,
				conf->tx_queue, conf->tx_buffer[port]));
}

int
l3fwd_main_loop(void *arg)
{
	struct lcore_conf *conf = &lcore_conf[rte_lcore_id()];
	const uint64_t drain = (rte_get_tsc_hz() + 999999) / 1000000 * DRAIN_US;
	uint64_t last_drain = rte_rdtsc();
	uint16_t i;

	(void)arg;
	if (conf->nb_rx_queues == 0)
		return 0;
	for (i = 0; i < conf->nb_rx_queues; i++)
		printf("l3fwd: lcore %u polls port %u queue %u\n", rte_lcore_id(),
			conf->rx[i].port, conf->rx[i].queue);
	fflush(stdout);
	while (!__atomic_load_n(&force_quit, __ATOMIC_RELAXED)) {
		uint64_t now = rte_rdtsc();

		if (now - last_drain > drain) {
			flush_all(conf);
			last_drain = now;
		}
		for (i = 0; i < conf->nb_rx_queues; i++) {
			struct rte_mbuf *pkts[MAX_PKT_BURST];
			uint16_t port = conf->rx[i].port;
			uint16_t n = rte_eth_rx_burst(port, conf->rx[i].queue,
					pkts, MAX_PKT_BURST);

			if (n == 0)
				continue;
			count(&conf->stats.rx[port], n);
			handle_burst(conf, pkts, n);
		}
	}
	flush_all(conf);
	return 0;
}
