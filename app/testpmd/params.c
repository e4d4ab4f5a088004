/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Application options (after the EAL's "--"), with DPDK testpmd's names.
 * Every bad value is reported as: option, offending value, what is
 * accepted; parsing then fails and testpmd exits without starting.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <rte_ip.h>

#include "testpmd.h"

int
parse_uint(const char *s, uint64_t min, uint64_t max, uint64_t *out)
{
	char *end;
	unsigned long long v;

	if (s == NULL || *s == '\0' || *s == '-' || isspace((unsigned char)*s))
		return -EINVAL;
	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno != 0 || *end != '\0')
		return -EINVAL;
	if (v < min || v > max)
		return -ERANGE;
	*out = v;
	return 0;
}

int
parse_u16_list(const char *s, uint16_t *out, unsigned int max_n,
	       unsigned int *n)
{
	char buf[256], *save = NULL, *tok;

	if (strlen(s) >= sizeof(buf))
		return -EINVAL;
	strcpy(buf, s);
	*n = 0;
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	     tok = strtok_r(NULL, ",", &save)) {
		uint64_t v;

		if (*n == max_n || parse_uint(tok, 1, UINT16_MAX, &v) != 0)
			return -EINVAL;
		out[(*n)++] = (uint16_t)v;
	}
	return *n == 0 ? -EINVAL : 0;
}

int
parse_ipv4(const char *s, uint32_t *out_be)
{
	unsigned int a[4];
	char extra;

	if (sscanf(s, "%u.%u.%u.%u%c", &a[0], &a[1], &a[2], &a[3],
		   &extra) != 4 || a[0] > 255 || a[1] > 255 || a[2] > 255 ||
	    a[3] > 255)
		return -EINVAL;
	*out_be = rte_cpu_to_be_32(RTE_IPV4(a[0], a[1], a[2], a[3]));
	return 0;
}

void
params_defaults(void)
{
	struct tp_config *c = &tp.cfg;

	memset(c, 0, sizeof(*c));
	c->fwd_eng = &io_engine;
	c->nb_fwd_lcores = 1;
	c->topology = TOPO_PAIRED;
	c->nb_rxq = c->nb_txq = 1;
	c->burst = TP_DEF_BURST;
	c->mbuf_size = RTE_MBUF_DEFAULT_BUF_SIZE;
	c->mbcache = TP_DEF_MBCACHE;
	c->rx_free_thresh = c->tx_free_thresh = c->tx_rs_thresh = -1;
	c->rss_hf = RTE_ETH_RSS_IP;
	c->txpkt_seg[0] = TP_DEF_TXPKT_LEN;
	c->nb_txpkt_segs = 1;
	c->txpkt_len = TP_DEF_TXPKT_LEN;
	/* locally administered peers 02:00:00:00:00:<port>, as DPDK */
	for (unsigned int p = 0; p < RTE_MAX_ETHPORTS; p++) {
		c->peer[p].addr_bytes[0] = 0x02;
		c->peer[p].addr_bytes[5] = (uint8_t)p;
	}
}

/* Validate --txpkts / "set txpkts" and store it. */
int
params_set_txpkts(const char *s, char *err, size_t errlen)
{
	uint16_t seg[TP_MAX_SEGS];
	unsigned int n;
	uint32_t total = 0;
	uint16_t room = tp.cfg.mbuf_size - RTE_PKTMBUF_HEADROOM;

	if (parse_u16_list(s, seg, TP_MAX_SEGS, &n) != 0) {
		snprintf(err, errlen, "'%s' is not a list of 1 to %u segment "
			 "lengths like 64 or 64,128", s, TP_MAX_SEGS);
		return -EINVAL;
	}
	for (unsigned int i = 0; i < n; i++) {
		if (seg[i] > room) {
			snprintf(err, errlen, "segment %u (%u bytes) exceeds the "
				 "mbuf data room of %u bytes (--mbuf-size)",
				 i, seg[i], room);
			return -EINVAL;
		}
		total += seg[i];
	}
	if (seg[0] < TP_HDRS_LEN_MIN) {
		snprintf(err, errlen, "first segment must hold the %u bytes of "
			 "Ethernet/IPv4/UDP headers, got %u", TP_HDRS_LEN_MIN,
			 seg[0]);
		return -EINVAL;
	}
	if (total > UINT16_MAX) {
		snprintf(err, errlen, "total length %u exceeds 65535", total);
		return -EINVAL;
	}
	memcpy(tp.cfg.txpkt_seg, seg, n * sizeof(seg[0]));
	tp.cfg.nb_txpkt_segs = (uint8_t)n;
	tp.cfg.txpkt_len = total;
	return 0;
}

/* --eth-peers-configfile: one MAC address per line, port 0 first. */
static int
params_peers_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[128];
	unsigned int port = 0, lineno = 0;

	if (f == NULL) {
		fprintf(stderr, "--eth-peers-configfile: cannot open '%s': "
			"%s\n", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		char *p = line + strspn(line, " \t");

		lineno++;
		p[strcspn(p, " \t\r\n#")] = '\0';
		if (*p == '\0')
			continue;
		if (port >= RTE_MAX_ETHPORTS ||
		    rte_ether_unformat_addr(p, &tp.cfg.peer[port]) != 0) {
			fprintf(stderr, "--eth-peers-configfile: %s line %u: "
				"'%s' is not a MAC address (XX:XX:XX:XX:XX:XX)"
				"%s\n", path, lineno, p,
				port >= RTE_MAX_ETHPORTS ?
				" or too many lines" : "");
			fclose(f);
			return -1;
		}
		port++;
	}
	fclose(f);
	return 0;
}

enum {
	OPT_TX_FIRST = 256, OPT_STATS_PERIOD, OPT_NB_CORES, OPT_NB_PORTS,
	OPT_PORTMASK, OPT_COREMASK, OPT_RXQ, OPT_TXQ, OPT_RXD, OPT_TXD,
	OPT_BURST, OPT_MBUF_SIZE, OPT_TOTAL_MBUFS, OPT_MBCACHE, OPT_FWD_MODE,
	OPT_TOPOLOGY, OPT_ETH_PEER, OPT_PEERS_FILE, OPT_TXPKTS,
	OPT_MULTI_FLOW, OPT_RSS_IP, OPT_RSS_UDP, OPT_DISABLE_RSS,
	OPT_MAX_PKT_LEN, OPT_NO_FLUSH_RX, OPT_RXFREET, OPT_TXFREET,
	OPT_TXRST, OPT_CORE_CYCLES, OPT_BURST_STATS, OPT_CMDLINE_FILE,
	OPT_STATS_FORMAT,
	OPT_TX_OFFLOADS,
};

static const struct option long_opts[] = {
	{"help", no_argument, NULL, 'h'},
	{"interactive", no_argument, NULL, 'i'},
	{"auto-start", no_argument, NULL, 'a'},
	{"tx-first", no_argument, NULL, OPT_TX_FIRST},
	{"stats-period", required_argument, NULL, OPT_STATS_PERIOD},
	{"nb-cores", required_argument, NULL, OPT_NB_CORES},
	{"nb-ports", required_argument, NULL, OPT_NB_PORTS},
	{"portmask", required_argument, NULL, OPT_PORTMASK},
	{"coremask", required_argument, NULL, OPT_COREMASK},
	{"rxq", required_argument, NULL, OPT_RXQ},
	{"txq", required_argument, NULL, OPT_TXQ},
	{"rxd", required_argument, NULL, OPT_RXD},
	{"txd", required_argument, NULL, OPT_TXD},
	{"burst", required_argument, NULL, OPT_BURST},
	{"mbuf-size", required_argument, NULL, OPT_MBUF_SIZE},
	{"total-num-mbufs", required_argument, NULL, OPT_TOTAL_MBUFS},
	{"mbcache", required_argument, NULL, OPT_MBCACHE},
	{"forward-mode", required_argument, NULL, OPT_FWD_MODE},
	{"port-topology", required_argument, NULL, OPT_TOPOLOGY},
	{"eth-peer", required_argument, NULL, OPT_ETH_PEER},
	{"eth-peers-configfile", required_argument, NULL, OPT_PEERS_FILE},
	{"txpkts", required_argument, NULL, OPT_TXPKTS},
	{"txonly-multi-flow", no_argument, NULL, OPT_MULTI_FLOW},
	{"rss-ip", no_argument, NULL, OPT_RSS_IP},
	{"rss-udp", no_argument, NULL, OPT_RSS_UDP},
	{"disable-rss", no_argument, NULL, OPT_DISABLE_RSS},
	{"max-pkt-len", required_argument, NULL, OPT_MAX_PKT_LEN},
	{"no-flush-rx", no_argument, NULL, OPT_NO_FLUSH_RX},
	{"rxfreet", required_argument, NULL, OPT_RXFREET},
	{"txfreet", required_argument, NULL, OPT_TXFREET},
	{"txrst", required_argument, NULL, OPT_TXRST},
	{"record-core-cycles", no_argument, NULL, OPT_CORE_CYCLES},
	{"record-burst-stats", no_argument, NULL, OPT_BURST_STATS},
	{"cmdline-file", required_argument, NULL, OPT_CMDLINE_FILE},
	{"stats-format", required_argument, NULL, OPT_STATS_FORMAT},
	{"tx-offloads", required_argument, NULL, OPT_TX_OFFLOADS},
	{NULL, 0, NULL, 0},
};

static void
params_usage(const char *prg)
{
	char modes[256];

	fwd_engine_list(modes, sizeof(modes), "|");
	printf("Usage: %s [EAL options] -- [testpmd options]\n"
	       "  -i, --interactive           run the command line\n"
	       "  -a, --auto-start            start forwarding at once\n"
	       "  --tx-first                  send a burst first (io/mac)\n"
	       "  --stats-period=N            show port stats every N s\n"
	       "  --stats-format=text|json    layout of the periodic stats\n"
	       "  --nb-cores=N, --nb-ports=N  forwarding cores / ports\n"
	       "  --portmask=MASK, --coremask=MASK\n"
	       "  --rxq=N, --txq=N, --rxd=N, --txd=N, --burst=N\n"
	       "  --mbuf-size=N, --total-num-mbufs=N, --mbcache=N\n"
	       "  --forward-mode=%s\n"
	       "  --port-topology=paired|chained|loop\n"
	       "  --eth-peer=PORT,MAC, --eth-peers-configfile=FILE\n"
	       "  --txpkts=LEN[,LEN...], --txonly-multi-flow\n"
	       "  --tx-offloads=MASK          Tx offloads of every port (default 0)\n"
	       "  --rss-ip, --rss-udp, --disable-rss, --max-pkt-len=N\n"
	       "  --no-flush-rx, --rxfreet=N, --txfreet=N, --txrst=N\n"
	       "  --record-core-cycles, --record-burst-stats\n"
	       "  --cmdline-file=FILE\n", prg, modes);
}

/* Parse a number option; prints "--opt: 'v' ... expected lo..hi". */
static int
opt_uint(const char *name, const char *v, uint64_t lo, uint64_t hi,
	 uint64_t *out)
{
	int ret = parse_uint(v, lo, hi, out);

	if (ret != 0)
		fprintf(stderr, "Invalid --%s value '%s': %s %" PRIu64 "..%"
			PRIu64 "\n", name, v, ret == -ERANGE ?
			"out of range, expected" : "expected a number in",
			lo, hi);
	return ret;
}

static int
opt_mask(const char *name, const char *v, uint64_t *out)
{
	int ret = parse_uint(v, 1, UINT64_MAX, out);

	if (ret != 0)
		fprintf(stderr, "Invalid --%s value '%s': expected a non-zero "
			"hexadecimal mask like 0x3\n", name, v);
	return ret;
}

/* Forwarding lcores must be enabled worker lcores (not the main one). */
static int
opt_coremask(const char *name, const char *v)
{
	uint64_t mask;

	if (opt_mask(name, v, &mask) != 0)
		return -1;
	for (unsigned int lc = 0; lc < 64; lc++) {
		if (!(mask & (1ULL << lc)))
			continue;
		if (!rte_lcore_is_enabled(lc) || lc == rte_get_main_lcore()) {
			fprintf(stderr, "Invalid --%s value '%s': lcore %u is %s; "
				"use worker lcores of the EAL list (-l/-c)\n",
				name, v, lc, rte_lcore_is_enabled(lc) ?
				"the main lcore" : "not enabled");
			return -1;
		}
	}
	tp.cfg.coremask = mask;
	return 0;
}

static int
opt_eth_peer(const char *v)
{
	char buf[64], *comma;
	uint64_t port;

	if (strlen(v) >= sizeof(buf) || (comma = strchr(strcpy(buf, v), ',')) == NULL)
		goto bad;
	*comma = '\0';
	if (parse_uint(buf, 0, RTE_MAX_ETHPORTS - 1, &port) != 0 ||
	    rte_ether_unformat_addr(comma + 1, &tp.cfg.peer[port]) != 0)
		goto bad;
	return 0;
bad:
	fprintf(stderr, "Invalid --eth-peer value '%s': expected PORT,MAC "
		"with PORT 0..%u, e.g. 0,02:00:00:00:00:01\n", v,
		RTE_MAX_ETHPORTS - 1);
	return -1;
}

static int
opt_fwd_mode(const char *v)
{
	char modes[256];

	tp.cfg.fwd_eng = fwd_engine_find(v);
	if (tp.cfg.fwd_eng != NULL)
		return 0;
	fwd_engine_list(modes, sizeof(modes), "|");
	fprintf(stderr, "Invalid --forward-mode value '%s': expected one of "
		"%s\n", v, modes);
	return -1;
}

static int
opt_topology(const char *v)
{
	if (strcmp(v, "paired") == 0)
		tp.cfg.topology = TOPO_PAIRED;
	else if (strcmp(v, "chained") == 0)
		tp.cfg.topology = TOPO_CHAINED;
	else if (strcmp(v, "loop") == 0)
		tp.cfg.topology = TOPO_LOOP;
	else {
		fprintf(stderr, "Invalid --port-topology value '%s': expected "
			"paired, chained or loop\n", v);
		return -1;
	}
	return 0;
}

/* Options taking a number: table of (option, range, destination). */
static int
opt_number(int opt, const char *name, const char *v)
{
	struct tp_config *c = &tp.cfg;
	uint16_t nb_workers = RTE_MAX(rte_lcore_count(), 2u) - 1;
	uint16_t nb_ports = RTE_MAX(rte_eth_dev_count_avail(), 1);
	uint64_t x;

	switch (opt) {
#define NUM(o, lo, hi, dst) case o: \
		if (opt_uint(name, v, lo, hi, &x)) return -1; \
		dst = x; return 0
	NUM(OPT_STATS_PERIOD, 1, 86400, c->stats_period);
	NUM(OPT_NB_CORES, 1, nb_workers, c->nb_fwd_lcores);
	NUM(OPT_NB_PORTS, 1, nb_ports, c->nb_fwd_ports);
	NUM(OPT_RXQ, 1, RTE_MAX_QUEUES_PER_PORT, c->nb_rxq);
	NUM(OPT_TXQ, 1, RTE_MAX_QUEUES_PER_PORT, c->nb_txq);
	NUM(OPT_RXD, 1, 65535, c->nb_rxd);
	NUM(OPT_TXD, 1, 65535, c->nb_txd);
	NUM(OPT_BURST, 1, TP_MAX_BURST, c->burst);
	NUM(OPT_MBUF_SIZE, RTE_PKTMBUF_HEADROOM + 64, 65535, c->mbuf_size);
	NUM(OPT_TOTAL_MBUFS, 1024, UINT32_MAX / 2, c->total_mbufs);
	NUM(OPT_MBCACHE, 0, RTE_MEMPOOL_CACHE_MAX_SIZE, c->mbcache);
	NUM(OPT_MAX_PKT_LEN, RTE_ETHER_MIN_LEN, 65535, c->max_rx_pkt_len);
	NUM(OPT_RXFREET, 0, 65535, c->rx_free_thresh);
	NUM(OPT_TXFREET, 0, 65535, c->tx_free_thresh);
	NUM(OPT_TXRST, 0, 65535, c->tx_rs_thresh);
#undef NUM
	}
	return 1;
}

static int
opt_other(int opt, const char *name, const char *v)
{
	struct tp_config *c = &tp.cfg;
	char err[160];

	switch (opt) {
	case 'i': c->interactive = true; return 0;
	case 'a': c->auto_start = true; return 0;
	case OPT_TX_FIRST: c->tx_first = true; return 0;
	case OPT_PORTMASK: return opt_mask(name, v, &c->portmask);
	case OPT_COREMASK: return opt_coremask(name, v);
	case OPT_FWD_MODE: return opt_fwd_mode(v);
	case OPT_TOPOLOGY: return opt_topology(v);
	case OPT_ETH_PEER: return opt_eth_peer(v);
	case OPT_PEERS_FILE: return params_peers_file(v);
	case OPT_MULTI_FLOW: c->txonly_multi_flow = true; return 0;
	case OPT_RSS_IP: c->rss_hf = RTE_ETH_RSS_IP; return 0;
	case OPT_RSS_UDP: c->rss_hf = RTE_ETH_RSS_UDP; return 0;
	case OPT_DISABLE_RSS: c->rss_hf = 0; return 0;
	case OPT_NO_FLUSH_RX: c->no_flush_rx = true; return 0;
	case OPT_CORE_CYCLES: c->record_core_cycles = true; return 0;
	case OPT_BURST_STATS: c->record_burst_stats = true; return 0;
	case OPT_CMDLINE_FILE: c->cmdline_file = v; return 0;
	case OPT_TXPKTS:
		if (params_set_txpkts(v, err, sizeof(err)) == 0)
			return 0;
		fprintf(stderr, "Invalid --txpkts value: %s\n", err);
		return -1;
	case OPT_TX_OFFLOADS:
		if (parse_uint(v, 0, UINT64_MAX, &c->tx_offloads) == 0)
			return 0;
		fprintf(stderr, "Invalid --%s value '%s': expected a hexadecimal "
			"mask of RTE_ETH_TX_OFFLOAD_* bits like 0xe\n", name, v);
		return -1;
	case OPT_STATS_FORMAT:
		if (strcmp(v, "json") == 0 || strcmp(v, "text") == 0) {
			c->stats_json = v[0] == 'j';
			return 0;
		}
		fprintf(stderr, "Invalid --stats-format value '%s': expected "
			"text or json\n", v);
		return -1;
	}
	return 1;
}

/* Returns 0, -1 on a bad option, 1 when --help was printed. */
int
params_parse(int argc, char **argv)
{
	int opt, idx;

	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, ":hia", long_opts, &idx)) != -1) {
		const char *name = opt >= 256 ? long_opts[idx].name : NULL;
		int ret;

		if (opt == 'h') {
			params_usage(argv[0]);
			return 1;
		}
		if (opt == '?' || opt == ':') {
			fprintf(stderr, "%s option '%s'; run with -- --help for "
				"the list of options\n", opt == ':' ?
				"Missing value for" : "Unknown",
				argv[optind - 1]);
			return -1;
		}
		ret = opt_number(opt, name, optarg);
		if (ret == 1)
			ret = opt_other(opt, name, optarg);
		if (ret != 0)
			return -1;
	}
	if (optind < argc) {
		fprintf(stderr, "Unexpected argument '%s'; testpmd options "
			"start with --\n", argv[optind]);
		return -1;
	}
	return 0;
}
