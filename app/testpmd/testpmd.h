/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * testpmd: shared types.  The whole run-time configuration lives in
 * struct tp_config (tp.cfg); run-time state (ports, streams, lcores, pools)
 * lives next to it in struct testpmd (tp).  Nothing else is global.
 */
#ifndef TESTPMD_H
#define TESTPMD_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_common.h>
#include <rte_ether.h>
#include <rte_ethdev.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>
#include <rte_lcore.h>

#define TP_MAX_BURST 512          /* largest --burst accepted */
#define TP_DEF_BURST 32
#define TP_MAX_SEGS 8             /* segments per --txpkts packet */
#define TP_DEF_MBCACHE 250
#define TP_RXD_MAX 2048           /* used to size the default mbuf pool */
#define TP_TXD_MAX 2048
#define TP_DEF_TXPKT_LEN 64       /* txonly frame length, as DPDK's default */
#define TP_FLOWGEN_FLOWS 1024
#define TP_HDRS_LEN_MIN 42        /* Ethernet + IPv4 + UDP headers */

enum tp_topology { TOPO_PAIRED, TOPO_CHAINED, TOPO_LOOP };

/* Everything a user can change with options or commands. */
struct tp_config {
	bool interactive;
	bool auto_start;
	bool tx_first;
	uint32_t stats_period;          /* seconds, 0 = off */
	bool stats_json;
	const char *cmdline_file;

	const struct fwd_engine *fwd_eng;
	uint16_t nb_fwd_lcores;         /* --nb-cores / set nbcore */
	uint16_t nb_fwd_ports;          /* --nb-ports / set nbport */
	uint64_t portmask;              /* 0 = all ports */
	uint64_t coremask;              /* 0 = all worker lcores */
	enum tp_topology topology;

	uint16_t nb_rxq, nb_txq;
	uint16_t nb_rxd, nb_txd;        /* 0 = driver default */
	uint16_t burst;
	uint16_t mbuf_size;             /* data room incl. headroom */
	uint32_t total_mbufs;           /* 0 = computed as DPDK does */
	uint16_t mbcache;
	int32_t rx_free_thresh, tx_free_thresh, tx_rs_thresh; /* -1 = default */
	uint64_t rss_hf;
	uint64_t tx_offloads;           /* --tx-offloads: every port at adoption */
	uint32_t max_rx_pkt_len;        /* 0 = leave MTU alone */
	bool no_flush_rx;
	bool record_core_cycles;
	bool record_burst_stats;

	struct rte_ether_addr peer[RTE_MAX_ETHPORTS];
	uint32_t port_ip[RTE_MAX_ETHPORTS]; /* icmpecho address, 0 = any */

	uint16_t txpkt_seg[TP_MAX_SEGS];/* txonly segment lengths */
	uint8_t nb_txpkt_segs;
	uint32_t txpkt_len;             /* sum of txpkt_seg */
	bool txonly_multi_flow;

	uint8_t verbose;                /* read by fwd lcores (relaxed) */
};

/*
 * One forwarding stream: (rx port, rx queue) -> (tx port, tx queue).
 * Counters are written only by the lcore that owns the stream; readers on
 * the main lcore use relaxed atomic loads (see stat_add()/stat_get()).
 */
struct fwd_stream {
	uint16_t rx_port, rx_queue;
	uint16_t tx_port, tx_queue;
	struct rte_mempool *pool;       /* txonly/flowgen allocate from it */
	uint32_t next_flow;             /* engine private: flow/ip counter */

	uint64_t rx_packets;
	uint64_t tx_packets;
	uint64_t fwd_dropped;
	uint64_t rx_bad_ip_csum;
	uint64_t rx_bad_l4_csum;
	uint64_t busy_cycles;
	uint64_t rx_burst_hist[TP_MAX_BURST + 1];
	uint64_t tx_burst_hist[TP_MAX_BURST + 1];
} __rte_cache_aligned;

struct fwd_engine {
	const char *name;
	const char *descr;
	/* optional: prepare a stream before the lcores are launched */
	void (*stream_init)(struct fwd_stream *fs);
	/* receive/handle/transmit one burst of a stream; returns the number
	 * of packets received or generated (0 = idle poll) */
	uint16_t (*packet_fwd)(struct fwd_stream *fs);
};

struct fwd_lcore {
	unsigned int lcore_id;
	uint32_t stream_first, nb_streams;
	uint32_t stopped;               /* written by main (release) */
} __rte_cache_aligned;

struct port_state {
	bool in_use;                    /* probed and not detached */
	bool started;
	bool lsc_intr;
	struct rte_ether_addr mac;      /* cached: read on the fast path */
	struct rte_eth_conf conf;
	uint16_t nb_rxq, nb_txq;
	struct rte_eth_stats fwd_base;  /* snapshot at forwarding start */
	struct rte_eth_stats show_base; /* for "since last show" */
	uint64_t show_tsc;
	uint64_t tx_dropped;            /* folded in from streams */
	uint64_t rx_bad_ip_csum, rx_bad_l4_csum;
};

struct testpmd {
	struct tp_config cfg;
	struct port_state ports[RTE_MAX_ETHPORTS];
	uint16_t fwd_ports[RTE_MAX_ETHPORTS];
	uint16_t nb_cfg_ports;          /* ports selected by the portmask */
	unsigned int fwd_lcore_ids[RTE_MAX_LCORE];
	uint16_t nb_cfg_lcores;         /* lcores selected for forwarding */
	struct rte_mempool *pools[RTE_MAX_NUMA_NODES];

	struct fwd_stream *streams;
	uint32_t nb_streams;
	struct fwd_lcore fwd_lcores[RTE_MAX_LCORE];
	uint16_t nb_run_lcores;         /* lcores of the current run */
	uint16_t nb_run_ports;          /* ports of the current run */
	const struct fwd_engine *run_eng;
	bool forwarding;
	bool quit;                      /* "quit" was entered */
	volatile sig_atomic_t force_quit; /* set by SIGINT/SIGTERM */
	/* non-zero while the command line runs a command: verbose dumps on
	 * the forwarding lcores hold back so its output gets stdout's lock
	 * (see pkt_dump()) */
	uint32_t console_claim;
};

extern struct testpmd tp;

/* Stream counters: single writer, lock-free readers. */
static inline void
stat_add(uint64_t *c, uint64_t n)
{
	/* relaxed: only atomicity of the 64-bit store matters to readers */
	__atomic_store_n(c, *c + n, __ATOMIC_RELAXED);
}

static inline uint64_t
stat_get(const uint64_t *c)
{
	return __atomic_load_n(c, __ATOMIC_RELAXED);
}

/* fwd engines (fwd_*.c) */
extern const struct fwd_engine io_engine, mac_engine, macswap_engine,
	rxonly_engine, txonly_engine, flowgen_engine, csum_engine,
	icmpecho_engine, fivetswap_engine;
extern const struct fwd_engine *const fwd_engines[];
const struct fwd_engine *fwd_engine_find(const char *name);
void fwd_engine_list(char *buf, size_t len, const char *sep);

/* fwd.c (burst helpers are inline in fwd.h) */
int fwd_start(uint32_t tx_first_bursts);
int fwd_stop(void);
void fwd_config_setup(void);
void fwd_config_display(void);
void fwd_rxtx_config_display(void);
void fwd_set_ports_from_mask(void);
void fwd_set_lcores_from_mask(void);
uint16_t fwd_tx_port_of(uint16_t rx_idx);

/* ports.c */
int ports_init(void);
int port_setup(uint16_t pid);
int port_start(uint16_t pid);
void port_stop(uint16_t pid);
void port_close(uint16_t pid);
int port_reset(uint16_t pid);
int port_attach(const char *identifier);
int port_detach(uint16_t pid);
bool port_id_valid(uint16_t pid, bool warn);
void ports_drain(void);
void ports_flush_stale(void);
struct rte_mempool *port_pool(uint16_t pid);
unsigned int port_socket(uint16_t pid);
void pools_check(void);
bool port_any_started(void);

/* stats.c */
void stats_port_display(uint16_t pid, bool json);
void stats_port_clear(uint16_t pid);
void stats_xstats_display(uint16_t pid);
void stats_xstats_clear(uint16_t pid);
void stats_fwd_snapshot(void);
void stats_fwd_display(void);
void stats_fwd_clear(void);

/* pkt_dump.c */
void pkt_dump(uint16_t port, uint16_t queue, struct rte_mbuf **pkts,
	      uint16_t n, bool rx);

/* params.c */
int params_parse(int argc, char **argv);
void params_defaults(void);
int params_set_txpkts(const char *s, char *err, size_t errlen);

/* cmdline.c */
int cmdline_run_file(const char *path, bool echo);
void cmdline_interact(void);
int cmdline_exec(char *line);

/* port info output (info.c) */
void port_info_display(uint16_t pid);
void port_summary_display(void);
void device_info_display(void);
void port_rss_hash_display(uint16_t pid);

/* Parsing helpers (params.c), each prints nothing. */
int parse_uint(const char *s, uint64_t min, uint64_t max, uint64_t *out);
int parse_u16_list(const char *s, uint16_t *out, unsigned int max_n,
		   unsigned int *n);
int parse_ipv4(const char *s, uint32_t *out_be);

#endif /* TESTPMD_H */
