/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * net_pcap internals. The PMD is split by concern:
 *   pcap_devargs.c  devargs -> struct pcap_devargs (what the user asked for)
 *   pcap_io.c       libpcap handles: files, live interfaces, replay memory,
 *                   interface link state and MAC
 *   pcap_rxtx.c     the burst functions
 *   pcap_ethdev.c   ethdev operations, probe/remove
 */
#ifndef _PCAP_PMD_H_
#define _PCAP_PMD_H_

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <pcap/pcap.h>

#include <rte_common.h>
#include <rte_ether.h>
#include <rte_log.h>
#include <rte_mbuf.h>

#define PCAP_PMD_MAX_QUEUES 16
/* Largest frame read or written (libpcap's usual 65535-byte snapshot). */
#define PCAP_PMD_SNAPLEN 65535
/* Kernel capture ring of a live rx queue / tx handle (bytes). */
#define PCAP_PMD_RX_RING (32u << 20)
#define PCAP_PMD_TX_RING (256u << 10)
/* stdio buffer for pcap files: reads and writes go to the kernel in 1 MiB. */
#define PCAP_PMD_FILE_BUF (1u << 20)

extern int pcap_pmd_logtype;
#define PCAP_LOG(level, fmt, ...) \
	rte_log(RTE_LOG_ ## level, pcap_pmd_logtype, "net_pcap: " fmt "\n", \
		##__VA_ARGS__)

/* What one queue is attached to. */
enum pcap_qkind {
	PCAP_Q_NONE,	/* rx: never receives; tx: frees and counts (drop) */
	PCAP_Q_FILE,	/* rx_pcap / tx_pcap */
	PCAP_Q_IFACE,	/* rx_iface, rx_iface_in, tx_iface, iface */
};

struct pcap_qspec {
	enum pcap_qkind kind;
	bool in_only;			/* rx_iface_in / iface: inbound frames only */
	char name[PATH_MAX];		/* file path or interface name */
};

/* The parsed devargs of one net_pcap device. */
struct pcap_devargs {
	struct pcap_qspec rx[PCAP_PMD_MAX_QUEUES];
	struct pcap_qspec tx[PCAP_PMD_MAX_QUEUES];
	unsigned int nb_rx;
	unsigned int nb_tx;
	bool infinite_rx;
	bool phy_mac;
	const char *link_iface;	/* interface whose link the port reports */
};

/* Frames of an rx_pcap file held in memory for infinite_rx. */
struct pcap_replay {
	uint8_t *data;			/* every frame, back to back */
	struct pcap_replay_rec {
		uint64_t off;		/* in data */
		uint64_t ts_ns;
		uint32_t len;
	} *rec;
	uint32_t nb;
};

/*
 * Queue counters: one writer (the polling thread), read by stats_get from
 * another thread: relaxed atomic loads and stores, no ordering needed.
 */
struct pcap_qstats {
	uint64_t pkts;
	uint64_t bytes;
	uint64_t errs;
	uint64_t nombuf;
};

struct pcap_rx_queue {
	const struct pcap_qspec *spec;
	pcap_t *pcap;			/* NULL for NONE and replay queues */
	void *iobuf;			/* stdio buffer of a file's pcap */
	unsigned int ts_mult;		/* 1 (nanosecond handle) or 1000 */
	struct pcap_replay *replay;	/* infinite_rx */
	uint32_t replay_next;
	struct rte_mempool *mb_pool;
	bool scatter;			/* chain mbufs for big frames */
	bool ended;			/* file read to its end (or failed) */
	bool warned_big;		/* one message per queue, not per frame */
	bool warned_err;
	bool in_error;			/* the last read failed (counted once) */
	/* a frame read from libpcap that found no mbuf: delivered next time */
	const uint8_t *pending;
	struct pcap_pkthdr pending_hdr;
	uint64_t nb_read;		/* records read from the file */
	uint64_t drop_base;		/* pcap_stats drops at the last reset */
	uint16_t port_id;
	uint16_t queue_id;
	struct pcap_qstats st;
};

struct pcap_tx_queue {
	const struct pcap_qspec *spec;
	pcap_t *pcap;			/* live handle, or dead handle of a file */
	pcap_dumper_t *dumper;		/* files */
	void *iobuf;			/* stdio buffer of the dumper's file */
	uint8_t *gather;		/* PCAP_PMD_SNAPLEN bytes: multi-segment frames */
	bool warned_err;
	uint16_t queue_id;
	struct pcap_qstats st;
};

struct pcap_internals {
	struct pcap_devargs args;
	struct pcap_rx_queue rxq[PCAP_PMD_MAX_QUEUES];
	struct pcap_tx_queue txq[PCAP_PMD_MAX_QUEUES];
	struct pcap_replay replay[PCAP_PMD_MAX_QUEUES];
	struct rte_ether_addr mac;
};

/* rx timestamp dynamic field and flag (registered at first probe). */
extern int pcap_ts_offset;
extern uint64_t pcap_ts_flag;

/* pcap_devargs.c */
int pcap_parse_devargs(const char *devname, const char *params,
	struct pcap_devargs *out);

/* pcap_io.c */
int pcap_open_rx_file(const char *path, pcap_t **out, void **iobuf);
int pcap_check_rx_file(const char *path, struct pcap_replay *replay);
void pcap_replay_free(struct pcap_replay *replay);
int pcap_open_tx_file(const char *path, pcap_t **pcap, pcap_dumper_t **dumper,
	void **iobuf);
int pcap_open_iface(const char *iface, bool rx, bool in_only, pcap_t **out);
unsigned int pcap_ts_multiplier(pcap_t *p);
int pcap_iface_link(const char *iface, bool *up, uint32_t *speed);
int pcap_iface_mac(const char *iface, struct rte_ether_addr *mac);

/* pcap_rxtx.c */
uint16_t pcap_rx_handle(void *queue, struct rte_mbuf **bufs, uint16_t nb);
uint16_t pcap_rx_replay(void *queue, struct rte_mbuf **bufs, uint16_t nb);
uint16_t pcap_rx_none(void *queue, struct rte_mbuf **bufs, uint16_t nb);
uint16_t pcap_tx_burst(void *queue, struct rte_mbuf **bufs, uint16_t nb);

static inline void
pcap_counter_add(uint64_t *c, uint64_t v)
{
	/* single writer; see struct pcap_qstats */
	__atomic_store_n(c, *c + v, __ATOMIC_RELAXED);
}

#endif /* _PCAP_PMD_H_ */
