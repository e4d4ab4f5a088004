/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * l3fwd: shared definitions between the option/set-up code (main.c), the
 * route tables (l3fwd_route.c) and the data path (l3fwd_fwd.c).
 */
#ifndef _L3FWD_H_
#define _L3FWD_H_

#include <stdbool.h>
#include <stdint.h>

#include <rte_common.h>
#include <rte_ethdev.h>
#include <rte_ether.h>

#define MAX_PKT_BURST 32
#define MAX_RX_QUEUE_PER_LCORE 16
#define MAX_RX_QUEUE_PER_PORT 128
#define NB_RXD 1024
#define NB_TXD 1024
#define DROP_PORT UINT16_MAX   /* route() verdict: drop the packet */

/* One (port, queue) pair an lcore polls. */
struct rx_queue {
	uint16_t port;
	uint16_t queue;
};

/* Per-lcore counters; only the owning lcore writes them (relaxed atomic
 * stores), the main lcore reads them after the workers have stopped. */
struct lcore_stats {
	uint64_t rx[RTE_MAX_ETHPORTS];
	uint64_t tx[RTE_MAX_ETHPORTS];
	uint64_t tx_dropped[RTE_MAX_ETHPORTS]; /* tx queue full */
	uint64_t no_route;      /* no matching route or route to a disabled port */
	uint64_t bad_header;    /* not IPv4/IPv6, truncated, malformed, bad checksum */
	uint64_t ttl_expired;   /* TTL / hop limit <= 1 */
};

struct lcore_conf {
	uint16_t nb_rx_queues;
	struct rx_queue rx[MAX_RX_QUEUE_PER_LCORE];
	uint16_t tx_queue;      /* this lcore's tx queue id on every port */
	struct rte_eth_dev_tx_buffer *tx_buffer[RTE_MAX_ETHPORTS];
	struct lcore_stats stats;
} __rte_cache_aligned;

extern struct lcore_conf lcore_conf[RTE_MAX_LCORE];
extern uint32_t enabled_port_mask;
/* Rewritten into forwarded frames: destination (per --eth-dest, default
 * 02:00:00:00:00:<port>) and source (the port's own MAC). */
extern struct rte_ether_addr dest_mac[RTE_MAX_ETHPORTS];
extern struct rte_ether_addr port_mac[RTE_MAX_ETHPORTS];
extern int force_quit;

/* l3fwd_route.c */
int route_setup(const char *rule_v4, const char *rule_v6, int socket_id);
uint16_t route_ipv4(uint32_t dst_host_order);
uint16_t route_ipv6(const uint8_t dst[16]);
void route_free(void);

/* l3fwd_fwd.c */
int l3fwd_main_loop(void *arg);

static inline bool
port_enabled(uint16_t port)
{
	return port < 32 && (enabled_port_mask & (1u << port)) != 0;
}

#endif /* _L3FWD_H_ */
