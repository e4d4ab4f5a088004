/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Forwarding configuration (ports x queues -> streams -> lcores), and the
 * start/stop of the forwarding lcores.  Stream layout follows DPDK's
 * testpmd so that "show config fwd" reads the same:
 *  - one rx and one tx queue: one stream per forwarding port;
 *  - otherwise min(rxq, txq) streams per port, queue q of every port
 *    before queue q + 1;
 *  - the tx port of a stream is chosen by the port topology.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <rte_cycles.h>
#include <rte_launch.h>

#include "fwd.h"

const struct fwd_engine *const fwd_engines[] = {
	&io_engine, &mac_engine, &macswap_engine, &flowgen_engine,
	&rxonly_engine, &txonly_engine, &csum_engine, &icmpecho_engine,
	&fivetswap_engine, NULL,
};

const struct fwd_engine *
fwd_engine_find(const char *name)
{
	for (unsigned int i = 0; fwd_engines[i] != NULL; i++)
		if (strcmp(fwd_engines[i]->name, name) == 0)
			return fwd_engines[i];
	return NULL;
}

void
fwd_engine_list(char *buf, size_t len, const char *sep)
{
	size_t off = 0;

	buf[0] = '\0';
	for (unsigned int i = 0; fwd_engines[i] != NULL && off < len; i++)
		off += snprintf(buf + off, len - off, "%s%s",
				i ? sep : "", fwd_engines[i]->name);
}

/* Ports selected by --portmask (all probed ports when no mask). */
void
fwd_set_ports_from_mask(void)
{
	uint16_t pid;

	tp.nb_cfg_ports = 0;
	RTE_ETH_FOREACH_DEV(pid) {
		if (!tp.ports[pid].in_use)
			continue;
		if (tp.cfg.portmask != 0 &&
		    (pid >= 64 || !(tp.cfg.portmask & (1ULL << pid))))
			continue;
		tp.fwd_ports[tp.nb_cfg_ports++] = pid;
	}
	if (tp.cfg.nb_fwd_ports == 0 || tp.cfg.nb_fwd_ports > tp.nb_cfg_ports)
		tp.cfg.nb_fwd_ports = tp.nb_cfg_ports;
}

/* Worker lcores selected by --coremask (all workers when no mask). */
void
fwd_set_lcores_from_mask(void)
{
	unsigned int lc;

	tp.nb_cfg_lcores = 0;
	RTE_LCORE_FOREACH_WORKER(lc) {
		if (tp.cfg.coremask != 0 &&
		    (lc >= 64 || !(tp.cfg.coremask & (1ULL << lc))))
			continue;
		tp.fwd_lcore_ids[tp.nb_cfg_lcores++] = lc;
	}
	if (tp.cfg.nb_fwd_lcores > tp.nb_cfg_lcores)
		tp.cfg.nb_fwd_lcores = tp.nb_cfg_lcores;
}

/* Index (into the forwarding ports) that stream rx index i sends to. */
uint16_t
fwd_tx_port_of(uint16_t i)
{
	uint16_t nb = tp.cfg.nb_fwd_ports;

	switch (tp.cfg.topology) {
	case TOPO_CHAINED:
		return (uint16_t)((i + 1) % nb);
	case TOPO_LOOP:
		return i;
	case TOPO_PAIRED:
	default:
		if (i & 1)
			return i - 1;
		return (uint16_t)(i + 1 < nb ? i + 1 : i);
	}
}

/* Spread streams over lcores: the last lcores take one extra stream. */
static void
fwd_spread_streams(void)
{
	uint32_t nb_fc = tp.nb_run_lcores;
	uint32_t per = tp.nb_streams / nb_fc;
	uint32_t extra = tp.nb_streams % nb_fc;
	uint32_t next = 0;

	for (uint32_t lc = 0; lc < nb_fc; lc++) {
		struct fwd_lcore *fc = &tp.fwd_lcores[lc];

		fc->lcore_id = tp.fwd_lcore_ids[lc];
		fc->stream_first = next;
		fc->nb_streams = per + (lc >= nb_fc - extra ? 1 : 0);
		next += fc->nb_streams;
	}
}

static void fwd_config_print(void);

void
fwd_config_setup(void)
{
	uint16_t nb_ports = tp.cfg.nb_fwd_ports;
	uint16_t nb_q = RTE_MIN(tp.cfg.nb_rxq, tp.cfg.nb_txq);
	uint32_t s = 0;

	free(tp.streams);
	tp.nb_run_ports = nb_ports;
	tp.nb_streams = (uint32_t)nb_ports * nb_q;
	tp.streams = NULL;
	if (tp.nb_streams != 0) {
		size_t sz = RTE_ALIGN_CEIL(sizeof(*tp.streams) * tp.nb_streams,
					   RTE_CACHE_LINE_SIZE);

		tp.streams = aligned_alloc(RTE_CACHE_LINE_SIZE, sz);
		if (tp.streams == NULL) {
			tp.nb_streams = 0;
			return;
		}
		memset(tp.streams, 0, sz);
	}
	for (uint16_t q = 0; q < nb_q; q++) {
		for (uint16_t i = 0; i < nb_ports; i++, s++) {
			struct fwd_stream *fs = &tp.streams[s];

			fs->rx_port = tp.fwd_ports[i];
			fs->rx_queue = q;
			fs->tx_port = tp.fwd_ports[fwd_tx_port_of(i)];
			fs->tx_queue = q;
			fs->pool = port_pool(fs->tx_port);
		}
	}
	tp.nb_run_lcores = (uint16_t)RTE_MIN((uint32_t)tp.cfg.nb_fwd_lcores,
					     tp.nb_streams);
	if (tp.nb_run_lcores == 0 && tp.nb_streams != 0)
		tp.nb_run_lcores = 1;
	tp.run_eng = tp.cfg.fwd_eng;
	if (tp.nb_run_lcores != 0)
		fwd_spread_streams();
}

/* "show config fwd": recompute the layout unless it is in use. */
void
fwd_config_display(void)
{
	if (!tp.forwarding)
		fwd_config_setup();
	fwd_config_print();
}

static void
fwd_config_print(void)
{
	char mac[RTE_ETHER_ADDR_FMT_SIZE];

	printf("%s packet forwarding - ports=%u - cores=%u - streams=%u - "
	       "NUMA support enabled, MP allocation mode: native\n",
	       tp.cfg.fwd_eng->name, tp.nb_run_ports, tp.nb_run_lcores,
	       tp.nb_streams);
	if (tp.cfg.topology == TOPO_PAIRED && (tp.nb_run_ports & 1))
		printf("Warning! port-topology=paired and odd forward ports "
		       "number, the last port will pair with itself.\n");
	for (uint16_t lc = 0; lc < tp.nb_run_lcores; lc++) {
		const struct fwd_lcore *fc = &tp.fwd_lcores[lc];

		printf("Logical Core %u (socket %u) forwards packets on %u "
		       "streams:\n", fc->lcore_id,
		       rte_lcore_to_socket_id(fc->lcore_id), fc->nb_streams);
		for (uint32_t i = 0; i < fc->nb_streams; i++) {
			const struct fwd_stream *fs =
				&tp.streams[fc->stream_first + i];

			rte_ether_format_addr(mac, sizeof(mac),
					      &tp.cfg.peer[fs->tx_port]);
			printf("  RX P=%u/Q=%u (socket %u) -> TX P=%u/Q=%u "
			       "(socket %u) peer=%s\n", fs->rx_port,
			       fs->rx_queue, port_socket(fs->rx_port),
			       fs->tx_port, fs->tx_queue,
			       port_socket(fs->tx_port), mac);
		}
	}
	printf("\n");
}

/* Main loop of a forwarding lcore: poll its streams until told to stop. */
static int
fwd_lcore_loop(void *arg)
{
	struct fwd_lcore *fc = arg;
	struct fwd_stream *fs = &tp.streams[fc->stream_first];
	uint16_t (*pkt_fwd)(struct fwd_stream *) = tp.run_eng->packet_fwd;
	uint32_t nb = fc->nb_streams;
	bool cycles = tp.cfg.record_core_cycles;

	do {
		for (uint32_t i = 0; i < nb; i++) {
			uint64_t t0;

			if (likely(!cycles)) {
				pkt_fwd(&fs[i]);
				continue;
			}
			t0 = rte_rdtsc();
			if (pkt_fwd(&fs[i]) != 0)
				stat_add(&fs[i].busy_cycles, rte_rdtsc() - t0);
		}
		/* acquire: pairs with the release in fwd_stop(); nothing
		 * after the loop may be hoisted above the stop decision */
	} while (!__atomic_load_n(&fc->stopped, __ATOMIC_ACQUIRE));
	return 0;
}

static bool
fwd_ports_ready(void)
{
	for (uint16_t i = 0; i < tp.cfg.nb_fwd_ports; i++) {
		uint16_t pid = tp.fwd_ports[i];

		if (!tp.ports[pid].started) {
			printf("Port %u is not started: run \"port start %u\" "
			       "first\n", pid, pid);
			return false;
		}
	}
	return true;
}

static void
fwd_send_first_bursts(uint32_t nb_bursts)
{
	for (uint32_t b = 0; b < nb_bursts; b++)
		for (uint32_t s = 0; s < tp.nb_streams; s++)
			txonly_engine.packet_fwd(&tp.streams[s]);
}

/* Why forwarding cannot start now, printed; false if it can. */
static bool
fwd_cannot_start(void)
{
	if (tp.forwarding) {
		printf("Packet forwarding already started\n");
		return true;
	}
	if (tp.cfg.nb_fwd_ports == 0) {
		printf("No forwarding ports: probe some (--vdev, -a, \"port "
		       "attach\") or check --portmask\n");
		return true;
	}
	if (tp.nb_cfg_lcores == 0) {
		printf("No forwarding cores: give the EAL a second lcore "
		       "(e.g. -l 0-1) or check --coremask\n");
		return true;
	}
	return !fwd_ports_ready();
}

static void
fwd_streams_init(const struct fwd_engine *eng)
{
	if (eng->stream_init != NULL)
		for (uint32_t s = 0; s < tp.nb_streams; s++)
			eng->stream_init(&tp.streams[s]);
}

int
fwd_start(uint32_t tx_first_bursts)
{
	if (fwd_cannot_start())
		return -1;
	fwd_config_setup();
	if (tp.nb_streams == 0 || tp.streams == NULL) {
		printf("No streams to forward: rxq/txq are 0\n");
		return -1;
	}
	if (!tp.cfg.no_flush_rx)
		ports_flush_stale();
	stats_fwd_snapshot();
	fwd_config_print();
	fwd_rxtx_config_display();
	if (tx_first_bursts != 0) {
		fwd_streams_init(&txonly_engine);
		fwd_send_first_bursts(tx_first_bursts);
	}
	fwd_streams_init(tp.run_eng);
	for (uint16_t lc = 0; lc < tp.nb_run_lcores; lc++) {
		struct fwd_lcore *fc = &tp.fwd_lcores[lc];

		/* relaxed: rte_eal_remote_launch() publishes it to the lcore */
		__atomic_store_n(&fc->stopped, 0, __ATOMIC_RELAXED);
		if (rte_eal_remote_launch(fwd_lcore_loop, fc, fc->lcore_id)) {
			printf("Cannot launch forwarding on lcore %u: busy\n",
			       fc->lcore_id);
			fc->nb_streams = 0;
		}
	}
	tp.forwarding = true;
	return 0;
}

int
fwd_stop(void)
{
	if (!tp.forwarding) {
		printf("Packet forwarding not started\n");
		return -1;
	}
	printf("Telling cores to stop...\n");
	for (uint16_t lc = 0; lc < tp.nb_run_lcores; lc++)
		/* release: the lcore's acquire load sees the stop request */
		__atomic_store_n(&tp.fwd_lcores[lc].stopped, 1,
				 __ATOMIC_RELEASE);
	printf("Waiting for lcores to finish...\n");
	for (uint16_t lc = 0; lc < tp.nb_run_lcores; lc++)
		rte_eal_wait_lcore(tp.fwd_lcores[lc].lcore_id);
	tp.forwarding = false;
	stats_fwd_display();
	printf("\nDone.\n");
	return 0;
}

/* One queue's settings: what the driver reports for the set-up queue (as
 * DPDK's testpmd shows: the ring size it chose for "0 = default"), else
 * the driver defaults with our overrides. */
static void
rxtx_queue_display(uint16_t pid)
{
	struct rte_eth_dev_info info;
	struct rte_eth_rxq_info rxq;
	struct rte_eth_txq_info txq;
	struct rte_eth_rxconf rxc;
	struct rte_eth_txconf txc;
	uint16_t nb_rxd = tp.cfg.nb_rxd, nb_txd = tp.cfg.nb_txd;

	if (rte_eth_dev_info_get(pid, &info) != 0)
		return;
	rxc = info.default_rxconf;
	txc = info.default_txconf;
	if (tp.cfg.rx_free_thresh >= 0)
		rxc.rx_free_thresh = (uint16_t)tp.cfg.rx_free_thresh;
	if (tp.cfg.tx_free_thresh >= 0)
		txc.tx_free_thresh = (uint16_t)tp.cfg.tx_free_thresh;
	if (tp.cfg.tx_rs_thresh >= 0)
		txc.tx_rs_thresh = (uint16_t)tp.cfg.tx_rs_thresh;
	if (rte_eth_rx_queue_info_get(pid, 0, &rxq) == 0) {
		nb_rxd = rxq.nb_desc;
		rxc = rxq.conf;
	}
	if (rte_eth_tx_queue_info_get(pid, 0, &txq) == 0) {
		nb_txd = txq.nb_desc;
		txc = txq.conf;
	}
	printf("    RX queue: 0\n      RX desc=%u - RX free threshold=%u\n"
	       "      RX threshold registers: pthresh=%u hthresh=%u  "
	       "wthresh=%u\n      RX Offloads=0x%" PRIx64 "\n",
	       nb_rxd, rxc.rx_free_thresh, rxc.rx_thresh.pthresh,
	       rxc.rx_thresh.hthresh, rxc.rx_thresh.wthresh,
	       tp.ports[pid].conf.rxmode.offloads);
	printf("    TX queue: 0\n      TX desc=%u - TX free threshold=%u\n"
	       "      TX threshold registers: pthresh=%u hthresh=%u  "
	       "wthresh=%u\n      TX offloads=0x%" PRIx64 " - TX RS bit "
	       "threshold=%u\n", nb_txd, txc.tx_free_thresh,
	       txc.tx_thresh.pthresh, txc.tx_thresh.hthresh,
	       txc.tx_thresh.wthresh, tp.ports[pid].conf.txmode.offloads,
	       txc.tx_rs_thresh);
}

/* "show config rxtx", also printed by "start" as DPDK does. */
void
fwd_rxtx_config_display(void)
{
	printf("  %s packet forwarding packets/burst=%u\n",
	       tp.cfg.fwd_eng->name, tp.cfg.burst);
	if (tp.cfg.fwd_eng == &txonly_engine ||
	    tp.cfg.fwd_eng == &flowgen_engine)
		printf("  packet len=%u - nb packet segments=%u\n",
		       tp.cfg.txpkt_len, tp.cfg.nb_txpkt_segs);
	printf("  nb forwarding cores=%u - nb forwarding ports=%u\n",
	       tp.cfg.nb_fwd_lcores, tp.cfg.nb_fwd_ports);
	for (uint16_t i = 0; i < tp.cfg.nb_fwd_ports; i++) {
		uint16_t pid = tp.fwd_ports[i];
		const struct port_state *p = &tp.ports[pid];

		printf("  port %u: RX queue number: %u Tx queue number: %u\n",
		       pid, p->nb_rxq, p->nb_txq);
		printf("    Rx offloads=0x%" PRIx64 " Tx offloads=0x%" PRIx64
		       "\n", p->conf.rxmode.offloads, p->conf.txmode.offloads);
		rxtx_queue_display(pid);
	}
}
