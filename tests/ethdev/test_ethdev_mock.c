/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ethdev layer tests against a mock PMD defined here (driver side through
 * ethdev_driver.h), for what the software PMDs cannot show: descriptor
 * limits, per-queue offloads, RSS/RETA, MTU, VLAN, the MAC table, PMD
 * xstats after the generic ones, queue stats mapping, fast-path dispatch
 * (rx_queue_count, descriptor status, tx_prepare), rx_nombuf, run-time
 * queue setup, LSC events, ownership, link strings.
 *   test_ethdev_mock [EAL args]   (use --no-huge)
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_epoll.h>
#include <rte_interrupts.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_ethdev.h>
#include <ethdev_driver.h>
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

#define NB_MBUF 511
static struct rte_mempool *pool;

/* ---- log capture ---- */
static FILE *log_f;
static long log_mark;

static void
log_start(void)
{
	fflush(log_f);
	log_mark = ftell(log_f);
}

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

/* ---- the mock PMD ---- */

struct mock_q {
	uint16_t id, nb_desc;
	uint64_t offloads;
	uint32_t seq;
	uint64_t pkts, bytes;
};

struct mock_priv {
	struct rte_ether_addr macs[4];
	uint16_t mtu;
	int vlan_mask;
	uint16_t vlan_last;
	struct rte_eth_rss_reta_entry64 reta[2];
	uint64_t xa, xb;
	uint8_t map_rx[4];
	int link_up;
	int resets, closes;
	int intr_on[4];
	int mac_adds, mac_sets;
	int efd[2];
};

static struct rte_driver mock_drv = { .name = "net_mock" };
static struct rte_device mock_dev = { .name = "mock0", .driver = &mock_drv,
	.numa_node = SOCKET_ID_ANY };
static struct rte_device mock_dev2 = { .name = "mock1", .driver = &mock_drv,
	.numa_node = SOCKET_ID_ANY };

static struct mock_priv *
priv(struct rte_eth_dev *dev)
{
	return dev->data->dev_private;
}

static int
mock_infos(struct rte_eth_dev *dev, struct rte_eth_dev_info *i)
{
	RTE_SET_USED(dev);
	i->max_rx_queues = 4;
	i->max_tx_queues = 4;
	i->rx_offload_capa = RTE_ETH_RX_OFFLOAD_VLAN_STRIP |
		RTE_ETH_RX_OFFLOAD_VLAN_FILTER | RTE_ETH_RX_OFFLOAD_RSS_HASH |
		RTE_ETH_RX_OFFLOAD_CHECKSUM;
	i->tx_offload_capa = RTE_ETH_TX_OFFLOAD_VLAN_INSERT;
	i->rx_queue_offload_capa = RTE_ETH_RX_OFFLOAD_VLAN_STRIP;
	i->flow_type_rss_offloads = RTE_ETH_RSS_IP;
	i->reta_size = 128;
	i->hash_key_size = 40;
	i->rx_desc_lim.nb_max = 4096;
	i->rx_desc_lim.nb_min = 64;
	i->rx_desc_lim.nb_align = 32;
	i->tx_desc_lim = i->rx_desc_lim;
	i->min_rx_bufsize = 1024;
	i->max_rx_pktlen = 9018;
	i->max_mtu = 9000;
	i->max_mac_addrs = 4;
	i->dev_capa = RTE_ETH_DEV_CAPA_RUNTIME_RX_QUEUE_SETUP;
	i->default_rxportconf.ring_size = 1024;
	i->default_rxportconf.nb_queues = 2;
	i->default_txportconf.nb_queues = 2;
	return 0;
}

static int mock_ok(struct rte_eth_dev *dev) { RTE_SET_USED(dev); return 0; }

static int
mock_start(struct rte_eth_dev *dev)
{
	uint16_t q;

	for (q = 0; q < dev->data->nb_rx_queues; q++)
		dev->data->rx_queue_state[q] = RTE_ETH_QUEUE_STATE_STARTED;
	for (q = 0; q < dev->data->nb_tx_queues; q++)
		dev->data->tx_queue_state[q] = RTE_ETH_QUEUE_STATE_STARTED;
	return 0;
}

static int
mock_stop(struct rte_eth_dev *dev)
{
	memset(dev->data->rx_queue_state, 0, sizeof(dev->data->rx_queue_state));
	memset(dev->data->tx_queue_state, 0, sizeof(dev->data->tx_queue_state));
	return 0;
}

static int
mock_close(struct rte_eth_dev *dev)
{
	CHECK(dev->data->rx_queues == NULL && dev->data->nb_rx_queues == 0,
		"queues must be released before dev_close");
	priv(dev)->closes++;
	if (dev->intr_handle != NULL) {
		rte_intr_vec_list_free(dev->intr_handle);
		rte_intr_instance_free(dev->intr_handle);
		close(priv(dev)->efd[0]);
		close(priv(dev)->efd[1]);
	}
	return 0;
}

static int
mock_reset(struct rte_eth_dev *dev)
{
	priv(dev)->resets++;
	return 0;
}

static int
mock_rxq_setup(struct rte_eth_dev *dev, uint16_t qid, uint16_t nb_desc,
		unsigned int socket, const struct rte_eth_rxconf *conf,
		struct rte_mempool *mp)
{
	struct mock_q *q = rte_zmalloc("mockq", sizeof(*q), 0);

	RTE_SET_USED(socket);
	RTE_SET_USED(mp);
	if (q == NULL)
		return -ENOMEM;
	q->id = qid;
	q->nb_desc = nb_desc;
	q->offloads = conf->offloads;
	dev->data->rx_queues[qid] = q;
	return 0;
}

static int
mock_txq_setup(struct rte_eth_dev *dev, uint16_t qid, uint16_t nb_desc,
		unsigned int socket, const struct rte_eth_txconf *conf)
{
	struct mock_q *q = rte_zmalloc("mockq", sizeof(*q), 0);

	RTE_SET_USED(socket);
	if (q == NULL)
		return -ENOMEM;
	q->id = qid;
	q->nb_desc = nb_desc;
	q->offloads = conf->offloads;
	dev->data->tx_queues[qid] = q;
	return 0;
}

static void
mock_rxq_release(struct rte_eth_dev *dev, uint16_t qid)
{
	rte_free(dev->data->rx_queues[qid]);
}

static void
mock_txq_release(struct rte_eth_dev *dev, uint16_t qid)
{
	rte_free(dev->data->tx_queues[qid]);
}

static void
mock_rxq_info(struct rte_eth_dev *dev, uint16_t qid, struct rte_eth_rxq_info *qi)
{
	struct mock_q *q = dev->data->rx_queues[qid];

	qi->nb_desc = q->nb_desc;
	qi->conf.offloads = q->offloads;
}

/* Rx burst: nb_pkts frames numbered per queue; 3 allocation failures. */
static uint16_t
mock_rx(void *rxq, struct rte_mbuf **pkts, uint16_t nb)
{
	struct mock_q *q = rxq;
	uint16_t i;

	for (i = 0; i < nb; i++) {
		pkts[i] = rte_pktmbuf_alloc(pool);
		if (pkts[i] == NULL)
			break;
		memcpy(rte_pktmbuf_append(pkts[i], 64), &q->seq, sizeof(q->seq));
		q->seq++;
		q->pkts++;
		q->bytes += 64;
	}
	return i;
}

static uint16_t
mock_tx(void *txq, struct rte_mbuf **pkts, uint16_t nb)
{
	struct mock_q *q = txq;
	uint16_t i;

	nb = RTE_MIN(nb, (uint16_t)8);	/* a small ring: at most 8 a burst */
	for (i = 0; i < nb; i++) {
		q->pkts++;
		q->bytes += pkts[i]->pkt_len;
		rte_pktmbuf_free(pkts[i]);
	}
	return nb;
}

/* Tx prepare: packets longer than 1000 bytes are refused. */
static uint16_t
mock_tx_prep(void *txq, struct rte_mbuf **pkts, uint16_t nb)
{
	uint16_t i;

	RTE_SET_USED(txq);
	for (i = 0; i < nb; i++)
		if (pkts[i]->pkt_len > 1000) {
			rte_errno = EINVAL;
			break;
		}
	return i;
}

static uint32_t mock_rxq_count(void *rxq) { RTE_SET_USED(rxq); return 7; }

static int
mock_rx_desc_status(void *rxq, uint16_t off)
{
	RTE_SET_USED(rxq);
	return off < 7 ? RTE_ETH_RX_DESC_DONE : RTE_ETH_RX_DESC_AVAIL;
}

static int
mock_stats(struct rte_eth_dev *dev, struct rte_eth_stats *st)
{
	uint16_t q;

	for (q = 0; q < dev->data->nb_rx_queues; q++) {
		struct mock_q *mq = dev->data->rx_queues[q];

		st->ipackets += mq->pkts;
		st->ibytes += mq->bytes;
		st->q_ipackets[priv(dev)->map_rx[q]] += mq->pkts;
	}
	for (q = 0; q < dev->data->nb_tx_queues; q++) {
		struct mock_q *mq = dev->data->tx_queues[q];

		st->opackets += mq->pkts;
		st->obytes += mq->bytes;
		st->q_opackets[q] += mq->pkts;
	}
	return 0;
}

static int
mock_stats_reset(struct rte_eth_dev *dev)
{
	uint16_t q;

	for (q = 0; q < dev->data->nb_rx_queues; q++)
		((struct mock_q *)dev->data->rx_queues[q])->pkts = 0;
	for (q = 0; q < dev->data->nb_tx_queues; q++)
		((struct mock_q *)dev->data->tx_queues[q])->pkts = 0;
	return 0;
}

static int
mock_xstats_names(struct rte_eth_dev *dev, struct rte_eth_xstat_name *n,
		unsigned int size)
{
	RTE_SET_USED(dev);
	if (n == NULL || size < 2)
		return 2;
	snprintf(n[0].name, sizeof(n[0].name), "mock_a");
	snprintf(n[1].name, sizeof(n[1].name), "mock_b");
	return 2;
}

static int
mock_xstats(struct rte_eth_dev *dev, struct rte_eth_xstat *x, unsigned int n)
{
	if (x == NULL || n < 2)
		return 2;
	x[0].id = 0;
	x[0].value = priv(dev)->xa;
	x[1].id = 1;
	x[1].value = priv(dev)->xb;
	return 2;
}

static int
mock_xstats_reset(struct rte_eth_dev *dev)
{
	priv(dev)->xa = priv(dev)->xb = 0;
	return 0;
}

static int
mock_qmap(struct rte_eth_dev *dev, uint16_t q, uint8_t idx, uint8_t is_rx)
{
	if (is_rx)
		priv(dev)->map_rx[q] = idx;
	return 0;
}

static int
mock_link_update(struct rte_eth_dev *dev, int wait)
{
	struct rte_eth_link l = { 0 };

	RTE_SET_USED(wait);
	if (priv(dev)->link_up) {
		l.link_speed = RTE_ETH_SPEED_NUM_10G;
		l.link_duplex = RTE_ETH_LINK_FULL_DUPLEX;
		l.link_autoneg = RTE_ETH_LINK_AUTONEG;
		l.link_status = RTE_ETH_LINK_UP;
	}
	return rte_eth_linkstatus_set(dev, &l);
}

static int
mock_mtu(struct rte_eth_dev *dev, uint16_t mtu)
{
	priv(dev)->mtu = mtu;
	return 0;
}

static int
mock_vlan_filter(struct rte_eth_dev *dev, uint16_t id, int on)
{
	RTE_SET_USED(on);
	priv(dev)->vlan_last = id;
	return 0;
}

static int
mock_vlan_offload(struct rte_eth_dev *dev, int mask)
{
	priv(dev)->vlan_mask = mask;
	return 0;
}

static int
mock_reta_update(struct rte_eth_dev *dev, struct rte_eth_rss_reta_entry64 *r,
		uint16_t size)
{
	memcpy(priv(dev)->reta, r, sizeof(*r) * (size / RTE_ETH_RETA_GROUP_SIZE));
	return 0;
}

static int
mock_reta_query(struct rte_eth_dev *dev, struct rte_eth_rss_reta_entry64 *r,
		uint16_t size)
{
	uint16_t g, i;

	for (g = 0; g < size / RTE_ETH_RETA_GROUP_SIZE; g++)
		for (i = 0; i < RTE_ETH_RETA_GROUP_SIZE; i++)
			if (r[g].mask & (UINT64_C(1) << i))
				r[g].reta[i] = priv(dev)->reta[g].reta[i];
	return 0;
}

static int
mock_rss_update(struct rte_eth_dev *dev, struct rte_eth_rss_conf *c)
{
	RTE_SET_USED(dev);
	RTE_SET_USED(c);
	return 0;
}

static int
mock_mac_add(struct rte_eth_dev *dev, struct rte_ether_addr *a, uint32_t idx,
		uint32_t pool_id)
{
	RTE_SET_USED(a); RTE_SET_USED(idx); RTE_SET_USED(pool_id);
	priv(dev)->mac_adds++;
	return 0;
}

static void
mock_mac_remove(struct rte_eth_dev *dev, uint32_t idx)
{
	RTE_SET_USED(dev);
	RTE_SET_USED(idx);
}

static int
mock_mac_set(struct rte_eth_dev *dev, struct rte_ether_addr *a)
{
	RTE_SET_USED(a);
	priv(dev)->mac_sets++;
	return 0;
}

static int
mock_fw(struct rte_eth_dev *dev, char *fw, size_t size)
{
	int n = snprintf(fw, size, "1.2.3");

	RTE_SET_USED(dev);
	return (size_t)n + 1 > size ? n + 1 : 0;
}

static const uint32_t *
mock_ptypes(struct rte_eth_dev *dev)
{
	static const uint32_t p[] = { RTE_PTYPE_L2_ETHER, RTE_PTYPE_L3_IPV4,
		RTE_PTYPE_L3_IPV6, RTE_PTYPE_L4_TCP, RTE_PTYPE_UNKNOWN };

	RTE_SET_USED(dev);
	return p;
}

static int
mock_queue_state(struct rte_eth_dev *dev, uint16_t q)
{
	dev->data->rx_queue_state[q] ^= 1;
	return 0;
}

static int
mock_intr_enable(struct rte_eth_dev *dev, uint16_t q)
{
	priv(dev)->intr_on[q] = 1;
	return 0;
}

static int
mock_intr_disable(struct rte_eth_dev *dev, uint16_t q)
{
	priv(dev)->intr_on[q] = 0;
	return 0;
}

static int
mock_read_clock(struct rte_eth_dev *dev, uint64_t *clk)
{
	RTE_SET_USED(dev);
	*clk = 123456789;
	return 0;
}

static int
mock_done_cleanup(void *txq, uint32_t cnt)
{
	RTE_SET_USED(txq);
	return (int)RTE_MIN(cnt, 5u);
}

static const struct eth_dev_ops mock_ops = {
	.dev_configure = mock_ok, .dev_start = mock_start, .dev_stop = mock_stop,
	.dev_close = mock_close, .dev_reset = mock_reset,
	.dev_infos_get = mock_infos, .link_update = mock_link_update,
	.rx_queue_setup = mock_rxq_setup, .tx_queue_setup = mock_txq_setup,
	.rx_queue_release = mock_rxq_release, .tx_queue_release = mock_txq_release,
	.rxq_info_get = mock_rxq_info, .stats_get = mock_stats,
	.stats_reset = mock_stats_reset, .xstats_get = mock_xstats,
	.xstats_get_names = mock_xstats_names, .xstats_reset = mock_xstats_reset,
	.queue_stats_mapping_set = mock_qmap, .mtu_set = mock_mtu,
	.vlan_filter_set = mock_vlan_filter, .vlan_offload_set = mock_vlan_offload,
	.reta_update = mock_reta_update, .reta_query = mock_reta_query,
	.rss_hash_update = mock_rss_update, .mac_addr_add = mock_mac_add,
	.mac_addr_remove = mock_mac_remove, .mac_addr_set = mock_mac_set,
	.fw_version_get = mock_fw, .dev_supported_ptypes_get = mock_ptypes,
	.rx_queue_start = mock_queue_state, .rx_queue_stop = mock_queue_state,
	.read_clock = mock_read_clock, .tx_done_cleanup = mock_done_cleanup,
	.promiscuous_enable = mock_ok, .promiscuous_disable = mock_ok,
	.rx_queue_intr_enable = mock_intr_enable,
	.rx_queue_intr_disable = mock_intr_disable,
};

static int ev_count[RTE_ETH_EVENT_MAX];

static int
on_event(uint16_t port, enum rte_eth_event_type ev, void *arg, void *ret)
{
	RTE_SET_USED(port); RTE_SET_USED(arg); RTE_SET_USED(ret);
	ev_count[ev]++;
	return 0;
}

/* LSC callback that tries to unregister itself while running. */
static int unreg_ret = 1;

static int
on_lsc_self_unreg(uint16_t port, enum rte_eth_event_type ev, void *arg,
		void *ret)
{
	RTE_SET_USED(ret);
	unreg_ret = rte_eth_dev_callback_unregister(port, ev, on_lsc_self_unreg, arg);
	return 0;
}

static uint16_t
mock_create(const char *name, struct rte_device *d)
{
	struct rte_eth_dev *dev = rte_eth_dev_allocate(name);

	if (dev == NULL)
		return RTE_MAX_ETHPORTS;
	dev->data->dev_private = rte_zmalloc("mock", sizeof(struct mock_priv), 0);
	dev->data->mac_addrs = rte_zmalloc("mockmac", 4 * sizeof(struct rte_ether_addr), 0);
	dev->data->mac_addrs[0] = (struct rte_ether_addr){ { 0x02, 0, 0, 0, 0, 1 } };
	dev->data->dev_flags = RTE_ETH_DEV_INTR_LSC | RTE_ETH_DEV_AUTOFILL_QUEUE_XSTATS;
	dev->device = d;
	dev->dev_ops = &mock_ops;
	dev->rx_pkt_burst = mock_rx;
	dev->tx_pkt_burst = mock_tx;
	dev->tx_pkt_prepare = mock_tx_prep;
	dev->rx_queue_count = mock_rxq_count;
	dev->rx_descriptor_status = mock_rx_desc_status;
	rte_eth_dev_probing_finish(dev);
	return dev->data->port_id;
}

/* ---- tests ---- */

static void
test_alloc(void)
{
	char longname[RTE_ETH_NAME_MAX_LEN + 8];

	memset(longname, 'x', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';
	CHECK(rte_eth_dev_allocate("mock_port0") == NULL, "duplicate name");
	CHECK(rte_eth_dev_allocate(longname) == NULL, "name too long");
	CHECK(rte_eth_dev_allocate("") == NULL, "empty name");
	CHECK(rte_eth_dev_allocated("mock_port0") != NULL, "allocated lookup");
	{
		uint64_t feat = RTE_ETH_RX_METADATA_USER_MARK;

		CHECK(rte_eth_rx_metadata_negotiate(0, &feat) == -ENOTSUP,
			"metadata negotiation unsupported");
		CHECK(rte_eth_rx_metadata_negotiate(0, NULL) == -EINVAL, "NULL");
	}
	CHECK(ev_count[RTE_ETH_EVENT_NEW] == 2, "NEW events %d",
		ev_count[RTE_ETH_EVENT_NEW]);
}

static void
test_config(uint16_t p)
{
	struct rte_eth_dev_info info;
	struct rte_eth_rxq_info qi;
	struct rte_eth_rxconf rxc;
	struct rte_eth_conf conf;
	struct rte_mempool *mid;
	uint16_t nrx, ntx;
	uint8_t key[40] = { 1 };

	memset(&conf, 0, sizeof(conf));
	CHECK(rte_eth_dev_configure(p, 0, 0, &conf) == 0, "defaults");
	CHECK(rte_eth_dev_info_get(p, &info) == 0 && info.nb_rx_queues == 2 &&
		info.nb_tx_queues == 2, "PMD preferred queue counts %u/%u",
		info.nb_rx_queues, info.nb_tx_queues);
	CHECK(strcmp(info.driver_name, "net_mock") == 0, "driver name");

	log_start();
	CHECK(rte_eth_rx_queue_setup(p, 0, 100, 0, NULL, pool) == -EINVAL,
		"unaligned ring");
	CHECK(log_has("nb_rx_desc=100 invalid: must be in [64, 4096] and a "
		"multiple of 32"), "ring limits named");
	CHECK(rte_eth_rx_queue_setup(p, 0, 32, 0, NULL, pool) == -EINVAL,
		"ring too small");
	nrx = 100;
	ntx = 5000;
	CHECK(rte_eth_dev_adjust_nb_rx_tx_desc(p, &nrx, &ntx) == 0 &&
		nrx == 128 && ntx == 4096, "adjusted %u %u", nrx, ntx);
	nrx = 10;
	CHECK(rte_eth_dev_adjust_nb_rx_tx_desc(p, &nrx, NULL) == 0 && nrx == 64,
		"adjusted up to the minimum: %u", nrx);

	/* data room 640 < 128 headroom + 1024 min_rx_bufsize */
	mid = rte_pktmbuf_pool_create("mid", 63, 0, 0, 640, SOCKET_ID_ANY);
	log_start();
	CHECK(rte_eth_rx_queue_setup(p, 0, 64, 0, NULL, mid) == -EINVAL,
		"pool below min_rx_bufsize");
	CHECK(log_has("data room 640 < 1152"), "pool limit named");
	rte_mempool_free(mid);

	/* a port-level offload is implied, a queue one recorded */
	conf.rxmode.offloads = RTE_ETH_RX_OFFLOAD_CHECKSUM;
	CHECK(rte_eth_dev_configure(p, 2, 2, &conf) == 0, "checksum offload");
	memset(&rxc, 0, sizeof(rxc));
	rxc.offloads = RTE_ETH_RX_OFFLOAD_VLAN_STRIP | RTE_ETH_RX_OFFLOAD_IPV4_CKSUM;
	CHECK(rte_eth_rx_queue_setup(p, 0, 0, 0, &rxc, pool) == 0, "queue offload");
	CHECK(rte_eth_rx_queue_info_get(p, 0, &qi) == 0 && qi.nb_desc == 1024 &&
		qi.conf.offloads == RTE_ETH_RX_OFFLOAD_VLAN_STRIP,
		"ring %u offloads 0x%" PRIx64, qi.nb_desc, qi.conf.offloads);
	rxc.offloads = RTE_ETH_RX_OFFLOAD_VLAN_FILTER;
	log_start();
	CHECK(rte_eth_rx_queue_setup(p, 1, 64, 0, &rxc, pool) == -EINVAL,
		"port-only offload per queue");
	CHECK(log_has("per-queue rx offload VLAN_FILTER not supported "
		"(supported: VLAN_STRIP)"), "queue offload named");

	/* RSS */
	conf.rxmode.mq_mode = RTE_ETH_MQ_RX_RSS;
	conf.rx_adv_conf.rss_conf.rss_hf = RTE_ETH_RSS_IP | RTE_ETH_RSS_TCP;
	CHECK(rte_eth_dev_configure(p, 2, 2, &conf) == -EINVAL, "TCP hash");
	conf.rx_adv_conf.rss_conf.rss_hf = RTE_ETH_RSS_IPV4;
	conf.rx_adv_conf.rss_conf.rss_key = key;
	conf.rx_adv_conf.rss_conf.rss_key_len = 20;
	log_start();
	CHECK(rte_eth_dev_configure(p, 2, 2, &conf) == -EINVAL, "short key");
	CHECK(log_has("rss_key_len=20, the port needs 40"), "key size named");
	conf.rx_adv_conf.rss_conf.rss_key_len = 40;
	conf.rxmode.offloads |= RTE_ETH_RX_OFFLOAD_RSS_HASH;
	CHECK(rte_eth_dev_configure(p, 2, 2, &conf) == 0, "RSS config");
	conf.rxmode.mq_mode = RTE_ETH_MQ_RX_NONE;
	log_start();
	CHECK(rte_eth_dev_configure(p, 2, 2, &conf) == -EINVAL, "RSS_HASH w/o RSS");
	CHECK(log_has("RSS_HASH needs rxmode.mq_mode RTE_ETH_MQ_RX_RSS"), "rss mode");
	conf.rxmode.mq_mode = RTE_ETH_MQ_RX_RSS;
	conf.rxmode.mtu = 9001;
	log_start();
	CHECK(rte_eth_dev_configure(p, 2, 2, &conf) == -EINVAL, "MTU 9001");
	CHECK(log_has("MTU 9001 > max 9000"), "MTU max named");
	conf.rxmode.mtu = 0;
	conf.intr_conf.lsc = 1;
	CHECK(rte_eth_dev_configure(p, 2, 2, &conf) == 0, "final config");
}

static void
test_rss_mtu_vlan_mac(uint16_t p)
{
	struct rte_eth_rss_reta_entry64 reta[2];
	struct rte_ether_addr a[5], got[4];
	struct rte_eth_dev *dev = &rte_eth_devices[p];
	uint16_t mtu, i;

	memset(reta, 0, sizeof(reta));
	CHECK(rte_eth_dev_rss_reta_update(p, reta, 64) == -EINVAL, "RETA size");
	reta[1].mask = UINT64_C(1) << 3;
	reta[1].reta[3] = 2;
	CHECK(rte_eth_dev_rss_reta_update(p, reta, 128) == -EINVAL,
		"RETA entry = queue 2 of 2");
	reta[1].reta[3] = 1;
	reta[0].mask = 1;
	CHECK(rte_eth_dev_rss_reta_update(p, reta, 128) == 0, "RETA update");
	memset(reta, 0, sizeof(reta));
	reta[1].mask = UINT64_C(1) << 3;
	CHECK(rte_eth_dev_rss_reta_query(p, reta, 128) == 0 && reta[1].reta[3] == 1,
		"RETA query");
	{
		struct rte_eth_rss_conf rc = { .rss_hf = RTE_ETH_RSS_UDP };

		CHECK(rte_eth_dev_rss_hash_update(p, &rc) == -EINVAL, "UDP hash");
		rc.rss_hf = RTE_ETH_RSS_IPV6;
		CHECK(rte_eth_dev_rss_hash_update(p, &rc) == 0, "IPv6 hash");
	}

	CHECK(rte_eth_dev_set_mtu(p, 9001) == -EINVAL, "MTU too big");
	CHECK(rte_eth_dev_set_mtu(p, 9000) == 0 && rte_eth_dev_get_mtu(p, &mtu) == 0 &&
		mtu == 9000 && priv(dev)->mtu == 9000, "MTU 9000");
	CHECK(dev->data->dev_conf.rxmode.mtu == 9000, "MTU kept in the conf");

	CHECK(rte_eth_dev_vlan_filter(p, 100, 1) == -ENOSYS, "filter off");
	CHECK(rte_eth_dev_set_vlan_offload(p, RTE_ETH_VLAN_FILTER_OFFLOAD) == 0 &&
		priv(dev)->vlan_mask == RTE_ETH_VLAN_FILTER_MASK, "filter on, mask %d",
		priv(dev)->vlan_mask);
	CHECK(rte_eth_dev_get_vlan_offload(p) == RTE_ETH_VLAN_FILTER_OFFLOAD,
		"get vlan offload 0x%x", rte_eth_dev_get_vlan_offload(p));
	CHECK(rte_eth_dev_vlan_filter(p, 5000, 1) == -EINVAL, "vlan 5000");
	CHECK(rte_eth_dev_vlan_filter(p, 100, 1) == 0 && priv(dev)->vlan_last == 100 &&
		(dev->data->vlan_filter_conf.ids[1] & (UINT64_C(1) << 36)), "vlan 100");
	CHECK(rte_eth_dev_vlan_filter(p, 100, 0) == 0 &&
		!(dev->data->vlan_filter_conf.ids[1] & (UINT64_C(1) << 36)), "vlan off");
	log_start();
	CHECK(rte_eth_dev_set_vlan_offload(p, RTE_ETH_VLAN_FILTER_OFFLOAD |
		RTE_ETH_VLAN_EXTEND_OFFLOAD) == -ENOTSUP, "extend unsupported");
	CHECK(log_has("requested rx offload VLAN_EXTEND not supported"), "named");
	CHECK(rte_eth_dev_get_vlan_offload(p) == RTE_ETH_VLAN_FILTER_OFFLOAD,
		"unchanged after a refused change");

	for (i = 0; i < 5; i++)
		a[i] = (struct rte_ether_addr){ { 0x02, 0, 0, 0, 1, (uint8_t)i } };
	for (i = 0; i < 3; i++)
		CHECK(rte_eth_dev_mac_addr_add(p, &a[i], 0) == 0, "add mac %u", i);
	CHECK(rte_eth_dev_mac_addr_add(p, &a[1], 0) == 0, "add again is a no-op");
	log_start();
	CHECK(rte_eth_dev_mac_addr_add(p, &a[3], 0) == -ENOSPC, "table full");
	CHECK(log_has("MAC address table full (max 4)"), "full named");
	CHECK(rte_eth_macaddrs_get(p, got, 4) == 4 &&
		rte_is_same_ether_addr(&got[2], &a[1]), "macaddrs_get");
	CHECK(rte_eth_dev_mac_addr_remove(p, &dev->data->mac_addrs[0]) == -EADDRINUSE,
		"default cannot go");
	CHECK(rte_eth_dev_mac_addr_remove(p, &a[1]) == 0 &&
		rte_eth_dev_mac_addr_add(p, &a[3], 0) == 0, "remove then add");
	CHECK(rte_eth_dev_default_mac_addr_set(p, &a[2]) == -EEXIST, "in the table");
	CHECK(rte_eth_dev_default_mac_addr_set(p, &a[4]) == 0 &&
		rte_eth_macaddr_get(p, &got[0]) == 0 &&
		rte_is_same_ether_addr(&got[0], &a[4]), "default changed");
}

static void
test_fastpath_stats(uint16_t p)
{
	struct rte_mbuf *pk[16];
	struct rte_eth_stats st;
	struct rte_eth_xstat_name names[64];
	struct rte_eth_xstat xs[64];
	uint64_t id, v;
	uint16_t n, i;
	int nx;

	CHECK(rte_eth_rx_queue_setup(p, 1, 64, 0, NULL, pool) == 0, "rxq 1");
	CHECK(rte_eth_tx_queue_setup(p, 0, 64, 0, NULL) == 0 &&
		rte_eth_tx_queue_setup(p, 1, 64, 0, NULL) == 0, "txqs");
	CHECK(rte_eth_dev_set_rx_queue_stats_mapping(p, 1, 16) == -EINVAL, "idx 16");
	CHECK(rte_eth_dev_set_rx_queue_stats_mapping(p, 2, 1) == -EINVAL, "queue 2");
	CHECK(rte_eth_dev_set_rx_queue_stats_mapping(p, 1, 3) == 0, "map q1 -> 3");
	{
		struct mock_priv *mp = priv(&rte_eth_devices[p]);
		int adds = mp->mac_adds, sets = mp->mac_sets;

		CHECK(rte_eth_dev_start(p) == 0, "start");
		/* start programs the MAC table again: default + 3 others */
		CHECK(mp->mac_sets == sets + 1 && mp->mac_adds == adds + 3,
			"MAC restore: %d sets %d adds", mp->mac_sets - sets,
			mp->mac_adds - adds);
	}

	n = rte_eth_rx_burst(p, 1, pk, 10);
	CHECK(n == 10, "rx %u", n);
	CHECK(rte_eth_rx_queue_count(p, 1) == 7, "rx_queue_count");
	CHECK(rte_eth_rx_descriptor_status(p, 1, 3) == RTE_ETH_RX_DESC_DONE &&
		rte_eth_rx_descriptor_status(p, 1, 9) == RTE_ETH_RX_DESC_AVAIL,
		"descriptor status");
	CHECK(rte_eth_tx_descriptor_status(p, 0, 0) == -ENOTSUP, "no tx status op");
	CHECK(rte_pktmbuf_append(pk[4], 1000) != NULL, "grow one frame");
	rte_errno = 0;
	CHECK(rte_eth_tx_prepare(p, 0, pk, n) == 4 && rte_errno == EINVAL,
		"prepare stops at the long frame");
	i = rte_eth_tx_burst(p, 0, pk, n);
	CHECK(i == 8, "tx ring takes 8 of 10: %u", i);
	for (; i < n; i++)
		rte_pktmbuf_free(pk[i]);
	CHECK(rte_eth_tx_done_cleanup(p, 0, 100) == 5, "done cleanup");

	rte_eth_devices[p].data->rx_mbuf_alloc_failed = 3;
	CHECK(rte_eth_stats_get(p, &st) == 0, "stats");
	CHECK(st.ipackets == 10 && st.ibytes == 640 && st.opackets == 8 &&
		st.obytes == 7 * 64 + 1064 && st.rx_nombuf == 3 &&
		st.q_ipackets[3] == 10 && st.q_ipackets[1] == 0,
		"stats %" PRIu64 " %" PRIu64 " %" PRIu64 " %" PRIu64 " nombuf %" PRIu64,
		st.ipackets, st.ibytes, st.opackets, st.obytes, st.rx_nombuf);

	priv(&rte_eth_devices[p])->xa = 11;
	priv(&rte_eth_devices[p])->xb = 22;
	nx = rte_eth_xstats_get_names(p, names, 64);
	/* 8 port + 2 rx queues x 3 + 2 tx queues x 2 + 2 PMD */
	CHECK(nx == 20, "xstats count %d", nx);
	CHECK(rte_eth_xstats_get(p, xs, 64) == nx, "xstats values");
	CHECK(nx == 20 && strcmp(names[8].name, "rx_q0_packets") == 0 &&
		strcmp(names[14].name, "tx_q0_packets") == 0 &&
		strcmp(names[18].name, "mock_a") == 0 &&
		strcmp(names[19].name, "mock_b") == 0, "order: %s %s %s %s",
		names[8].name, names[14].name, names[18].name, names[19].name);
	CHECK(xs[18].id == 18 && xs[18].value == 11 && xs[19].id == 19 &&
		xs[19].value == 22, "PMD xstats ids shifted");
	CHECK(xs[7].value == 3, "rx_mbuf_allocation_errors %" PRIu64, xs[7].value);
	CHECK(rte_eth_xstats_get_id_by_name(p, "mock_b", &id) == 0 && id == 19 &&
		rte_eth_xstats_get_by_id(p, &id, &v, 1) == 1 && v == 22, "mock_b by id");
	CHECK(rte_eth_xstats_reset(p) == 0 &&
		rte_eth_xstats_get_by_id(p, &id, &v, 1) == 1 && v == 0 &&
		rte_eth_stats_get(p, &st) == 0 && st.ipackets == 0 &&
		st.rx_nombuf == 0, "reset");
}

#ifdef RTE_LIBRTE_ETHDEV_DEBUG
/* Debug builds: bad port or queue ids on the fast path are refused. */
static void
test_fastpath_debug(uint16_t p)
{
	struct rte_mbuf *pk[4];

	log_start();
	CHECK(rte_eth_rx_burst(RTE_MAX_ETHPORTS + 3, 0, pk, 4) == 0, "bad port");
	CHECK(log_has("Invalid port_id="), "bad port logged");
	log_start();
	CHECK(rte_eth_rx_burst(p, 900, pk, 4) == 0 &&
		rte_eth_tx_burst(p, 3, pk, 4) == 0, "queue not set up");
	CHECK(log_has("Invalid Rx queue_id=900"), "bad queue logged");
	CHECK(rte_eth_rx_queue_count(p, 900) == -EINVAL &&
		rte_eth_rx_descriptor_status(p, 900, 0) == -ENODEV, "status");
	rte_errno = 0;
	CHECK(rte_eth_tx_prepare(p, 3, pk, 4) == 0 && rte_errno == EINVAL,
		"prepare on a bad queue");
}
#endif

static void
test_runtime_queues(uint16_t p)
{
	struct rte_eth_rxq_info qi;

	log_start();
	CHECK(rte_eth_rx_queue_setup(p, 1, 64, 0, NULL, pool) == -EBUSY,
		"started queue");
	CHECK(log_has("Rx queue 1 must be stopped first"), "named");
	CHECK(rte_eth_dev_rx_queue_stop(p, 1) == 0 &&
		rte_eth_rx_queue_info_get(p, 1, &qi) == 0 &&
		qi.queue_state == RTE_ETH_QUEUE_STATE_STOPPED, "queue stopped");
	CHECK(rte_eth_rx_queue_setup(p, 1, 128, 0, NULL, pool) == 0,
		"run-time setup of a stopped queue");
	CHECK(rte_eth_dev_rx_queue_start(p, 1) == 0 &&
		rte_eth_rx_queue_info_get(p, 1, &qi) == 0 && qi.nb_desc == 128 &&
		qi.queue_state == RTE_ETH_QUEUE_STATE_STARTED, "restarted");
	CHECK(rte_eth_dev_rx_queue_start(p, 1) == 0, "start twice is a no-op");
	log_start();
	CHECK(rte_eth_tx_queue_setup(p, 0, 64, 0, NULL) == -EBUSY, "tx at run time");
	CHECK(log_has("cannot set up Tx queues at run time"), "capa named");
	CHECK(rte_eth_dev_tx_queue_stop(p, 0) == -ENOTSUP, "no tx queue stop op");
	CHECK(rte_eth_dev_rx_queue_stop(p, 7) == -EINVAL, "queue 7");
}

static void
test_link_events(uint16_t p)
{
	struct rte_eth_dev *dev = &rte_eth_devices[p];
	struct rte_eth_link l;
	char s[RTE_ETH_LINK_MAX_STR_LEN];

	CHECK(rte_eth_dev_callback_register(p, RTE_ETH_EVENT_INTR_LSC, on_event,
		NULL) == 0, "register LSC");
	CHECK(rte_eth_dev_callback_register(p, RTE_ETH_EVENT_INTR_LSC, on_event,
		NULL) == 0, "same callback twice: one entry");
	priv(dev)->link_up = 1;
	/* what an LSC interrupt handler does */
	CHECK(mock_link_update(dev, 0) == 0, "status changed: 0");
	CHECK(mock_link_update(dev, 0) == -1, "status unchanged: -1");
	rte_eth_dev_callback_process(dev, RTE_ETH_EVENT_INTR_LSC, NULL);
	CHECK(ev_count[RTE_ETH_EVENT_INTR_LSC] == 1, "LSC delivered once: %d",
		ev_count[RTE_ETH_EVENT_INTR_LSC]);
	priv(dev)->link_up = 0;	/* not read: LSC mode uses the stored link */
	CHECK(rte_eth_link_get(p, &l) == 0 && l.link_status == RTE_ETH_LINK_UP &&
		l.link_speed == RTE_ETH_SPEED_NUM_10G, "stored link");
	CHECK(rte_eth_link_to_str(s, sizeof(s), &l) == 30 &&
		strcmp(s, "Link up at 10 Gbps FDX Autoneg") == 0, "link string %s", s);
	l.link_status = RTE_ETH_LINK_DOWN;
	CHECK(rte_eth_link_to_str(s, sizeof(s), &l) > 0 &&
		strcmp(s, "Link down") == 0, "down string");
	CHECK(strcmp(rte_eth_link_speed_to_str(RTE_ETH_SPEED_NUM_2_5G), "2.5 Gbps") == 0 &&
		strcmp(rte_eth_link_speed_to_str(12345), "Invalid") == 0 &&
		strcmp(rte_eth_link_speed_to_str(RTE_ETH_SPEED_NUM_UNKNOWN), "Unknown") == 0,
		"speed strings");
	CHECK(rte_eth_speed_bitflag(RTE_ETH_SPEED_NUM_100M, RTE_ETH_LINK_HALF_DUPLEX) ==
		RTE_ETH_LINK_SPEED_100M_HD && rte_eth_speed_bitflag(7, 1) == 0,
		"speed bitflag");
	CHECK(rte_eth_dev_callback_unregister(p, RTE_ETH_EVENT_INTR_LSC, on_event,
		(void *)-1) == 0, "unregister any arg");
	rte_eth_dev_callback_process(dev, RTE_ETH_EVENT_INTR_LSC, NULL);
	CHECK(ev_count[RTE_ETH_EVENT_INTR_LSC] == 1, "not delivered after unregister");
	CHECK(rte_eth_dev_callback_register(p, RTE_ETH_EVENT_INTR_LSC,
		on_lsc_self_unreg, NULL) == 0, "register self-unregistering cb");
	rte_eth_dev_callback_process(dev, RTE_ETH_EVENT_INTR_LSC, NULL);
	CHECK(unreg_ret == -EAGAIN, "running callback cannot be unregistered: %d",
		unreg_ret);
	CHECK(rte_eth_dev_callback_unregister(p, RTE_ETH_EVENT_INTR_LSC,
		on_lsc_self_unreg, NULL) == 0, "unregister after it ran");
	CHECK(rte_eth_dev_callback_register(p, RTE_ETH_EVENT_MAX, on_event, NULL) ==
		-EINVAL, "bad event type");
}

/*
 * Rx queue interrupts: the PMD gives each queue an eventfd vector; ethdev
 * adds it to the caller's epoll set through the EAL. A write to the
 * eventfd (what the kernel does on an MSI-X vector) wakes rte_epoll_wait
 * with the data given at registration.
 */
static void
test_rx_intr(uint16_t p)
{
	struct rte_eth_dev *dev = &rte_eth_devices[p];
	struct rte_intr_handle *h = rte_intr_instance_alloc(RTE_INTR_INSTANCE_F_PRIVATE);
	struct rte_epoll_event ev[4];
	struct rte_eth_conf conf;
	uint64_t one = 1;
	int q, fd;

	CHECK(h != NULL, "intr handle");
	if (h == NULL)
		return;
	CHECK(rte_intr_type_set(h, RTE_INTR_HANDLE_VDEV) == 0 &&
		rte_intr_event_list_update(h, 3) == 0 &&
		rte_intr_vec_list_alloc(h, "mock", 2) == 0, "handle setup");
	for (q = 0; q < 2; q++) {
		priv(dev)->efd[q] = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
		CHECK(rte_intr_efds_index_set(h, q, priv(dev)->efd[q]) == 0 &&
			rte_intr_vec_list_index_set(h, q, RTE_INTR_VEC_RXTX_OFFSET + q) == 0,
			"vector of queue %d", q);
	}
	CHECK(rte_intr_nb_efd_set(h, 2) == 0 && rte_intr_efd_counter_size_set(h, 8) == 0,
		"efds");
	dev->intr_handle = h;

	CHECK(rte_eth_dev_rx_intr_ctl_q(p, 1, RTE_EPOLL_PER_THREAD,
		RTE_INTR_EVENT_ADD, NULL) == -ENOTSUP, "intr_conf.rxq not set");
	CHECK(rte_eth_dev_stop(p) == 0, "stop");
	memset(&conf, 0, sizeof(conf));
	conf.intr_conf.rxq = 1;
	CHECK(rte_eth_dev_configure(p, 2, 2, &conf) == 0, "configure rxq intr");
	CHECK(rte_eth_dev_rx_intr_enable(p, 1) == 0 && priv(dev)->intr_on[1] == 1,
		"enable");
	CHECK(rte_eth_dev_rx_intr_ctl_q(p, 1, RTE_EPOLL_PER_THREAD,
		RTE_INTR_EVENT_ADD, (void *)(uintptr_t)0x1234) == 0, "add to epoll");
	CHECK(rte_eth_dev_rx_intr_ctl_q(p, 1, RTE_EPOLL_PER_THREAD,
		RTE_INTR_EVENT_ADD, NULL) == -EEXIST, "added twice");
	fd = rte_eth_dev_rx_intr_ctl_q_get_fd(p, 1);
	CHECK(fd == priv(dev)->efd[1], "queue 1 fd %d", fd);
	CHECK(rte_epoll_wait(RTE_EPOLL_PER_THREAD, ev, 4, 0) == 0, "nothing yet");
	CHECK(write(priv(dev)->efd[1], &one, sizeof(one)) == sizeof(one), "fire");
	CHECK(rte_epoll_wait(RTE_EPOLL_PER_THREAD, ev, 4, 1000) == 1 &&
		ev[0].epdata.data == (void *)(uintptr_t)0x1234 && ev[0].fd == fd,
		"woken for queue 1");
	CHECK(rte_eth_dev_rx_intr_ctl_q(p, 1, RTE_EPOLL_PER_THREAD,
		RTE_INTR_EVENT_DEL, NULL) == 0, "delete from epoll");
	CHECK(rte_eth_dev_rx_intr_disable(p, 1) == 0 && priv(dev)->intr_on[1] == 0,
		"disable");
	CHECK(rte_eth_dev_rx_intr_ctl(p, RTE_EPOLL_PER_THREAD, RTE_INTR_EVENT_ADD,
		NULL) == 0, "all queues");
	CHECK(rte_eth_dev_rx_intr_ctl(p, RTE_EPOLL_PER_THREAD, RTE_INTR_EVENT_DEL,
		NULL) == 0, "all queues out");
}

static void
test_misc(uint16_t p, uint16_t p2)
{
	struct rte_eth_dev_owner owner = { 0 }, got;
	uint64_t oid, clk;
	uint32_t pt[8];
	char fw[4], fw2[16];
	uint16_t q, count = 0;

	CHECK(rte_eth_dev_fw_version_get(p, fw, sizeof(fw)) == 6, "fw needs 6");
	CHECK(rte_eth_dev_fw_version_get(p, fw2, sizeof(fw2)) == 0 &&
		strcmp(fw2, "1.2.3") == 0, "fw %s", fw2);
	CHECK(rte_eth_dev_get_supported_ptypes(p, RTE_PTYPE_L3_MASK, pt, 1) == 2 &&
		pt[0] == RTE_PTYPE_L3_IPV4, "ptypes, room for 1 of 2");
	CHECK(rte_eth_dev_get_supported_ptypes(p, RTE_PTYPE_ALL_MASK, pt, 8) == 4,
		"all ptypes");
	CHECK(rte_eth_dev_set_ptypes(p, 0, pt, 8) == 0 && pt[0] == RTE_PTYPE_UNKNOWN,
		"set ptypes without the op");
	CHECK(rte_eth_read_clock(p, &clk) == 0 && clk == 123456789, "clock");
	CHECK(rte_eth_read_clock(p, NULL) == -EINVAL, "clock NULL");
	CHECK(rte_eth_dev_get_eeprom_length(p) == -ENOTSUP, "no eeprom op");
	{
		uint64_t feat = 0;
		uint32_t fec;

		CHECK(rte_eth_rx_metadata_negotiate(p, &feat) == -EBUSY,
			"metadata after configure");
		CHECK(rte_eth_fec_get(p, &fec) == -ENOTSUP &&
			rte_eth_fec_set(p, 0) == -EINVAL, "fec");
		CHECK(rte_eth_dev_get_sec_ctx(p) == NULL, "no security context");
		CHECK(rte_eth_rx_descriptor_dump(p, 9, 0, 1, stdout) == -EINVAL &&
			rte_eth_rx_descriptor_dump(p, 0, 0, 1, stdout) == -ENOTSUP,
			"descriptor dump");
	}
	CHECK(rte_eth_dev_rx_intr_ctl_q(p, 0, 0, 1, NULL) == -ENOTSUP &&
		rte_eth_dev_rx_intr_ctl_q_get_fd(p, 0) == -1, "no rx interrupts");
	CHECK(rte_eth_dev_rx_intr_enable(p, 9) == -EINVAL, "intr queue 9");
	CHECK(strcmp(rte_eth_dev_rx_offload_name(RTE_ETH_RX_OFFLOAD_TCP_LRO), "TCP_LRO") == 0 &&
		strcmp(rte_eth_dev_tx_offload_name(RTE_ETH_TX_OFFLOAD_MT_LOCKFREE), "MT_LOCKFREE") == 0 &&
		strcmp(rte_eth_dev_rx_offload_name(UINT64_C(1) << 62), "UNKNOWN") == 0,
		"offload names");

	/* ownership hides a port from RTE_ETH_FOREACH_DEV */
	CHECK(rte_eth_dev_owner_new(&oid) == 0 && oid != RTE_ETH_DEV_NO_OWNER, "owner id");
	owner.id = oid;
	snprintf(owner.name, sizeof(owner.name), "tester");
	CHECK(rte_eth_dev_owner_set(p2, &owner) == 0, "own p2");
	RTE_ETH_FOREACH_DEV(q)
		count++;
	CHECK(count == 1 && rte_eth_dev_count_avail() == 1 &&
		rte_eth_dev_count_total() == 2, "owned port hidden: %u", count);
	CHECK(rte_eth_find_next_owned_by(0, oid) == p2, "owned by");
	owner.id = 999999;
	CHECK(rte_eth_dev_owner_set(p2, &owner) == -EINVAL, "unknown owner id");
	CHECK(rte_eth_dev_owner_get(p2, &got) == 0 && got.id == oid &&
		strcmp(got.name, "tester") == 0, "owner get");
	CHECK(rte_eth_dev_owner_unset(p2, oid + 1) != 0, "wrong owner unset");
	CHECK(rte_eth_dev_owner_delete(oid) == 0 && rte_eth_dev_count_avail() == 2,
		"owner deleted");
	CHECK(rte_eth_find_next_of(0, &mock_dev2) == p2 &&
		rte_eth_find_next_sibling(0, p) == p, "find by device");

	CHECK(rte_eth_dev_reset(p) == 0 && priv(&rte_eth_devices[p])->resets == 1 &&
		!rte_eth_devices[p].data->dev_started, "reset stops then resets");
}

int
main(int argc, char **argv)
{
	uint16_t p, p2;

	log_f = tmpfile();
	if (log_f == NULL || rte_openlog_stream(log_f) != 0 ||
			rte_eal_init(argc, argv) < 0) {
		fprintf(stderr, "FAIL: EAL init: %s\n", rte_strerror(rte_errno));
		return 1;
	}
	pool = rte_pktmbuf_pool_create("mock", NB_MBUF, 0, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (pool == NULL ||
			rte_eth_dev_callback_register(RTE_ETH_ALL, RTE_ETH_EVENT_NEW,
				on_event, NULL) != 0 ||
			rte_eth_dev_callback_register(RTE_ETH_ALL, RTE_ETH_EVENT_DESTROY,
				on_event, NULL) != 0) {
		fprintf(stderr, "FAIL: setup\n");
		return 1;
	}
	p = mock_create("mock_port0", &mock_dev);
	p2 = mock_create("mock_port1", &mock_dev2);
	if (p >= RTE_MAX_ETHPORTS || p2 >= RTE_MAX_ETHPORTS) {
		fprintf(stderr, "FAIL: mock ports\n");
		return 1;
	}
	test_alloc();
	test_config(p);
	test_rss_mtu_vlan_mac(p);
	test_fastpath_stats(p);
#ifdef RTE_LIBRTE_ETHDEV_DEBUG
	test_fastpath_debug(p);
#endif
	test_runtime_queues(p);
	test_link_events(p);
	test_misc(p, p2);
	test_rx_intr(p);
	CHECK(rte_eth_dev_close(p) == 0 && rte_eth_dev_close(p2) == 0, "close");
	CHECK(ev_count[RTE_ETH_EVENT_DESTROY] == 2, "DESTROY events %d",
		ev_count[RTE_ETH_EVENT_DESTROY]);
	CHECK(rte_eth_dev_count_total() == 0, "ports released");
	CHECK(rte_mempool_avail_count(pool) == NB_MBUF, "mbufs leaked: %u of %u",
		rte_mempool_avail_count(pool), NB_MBUF);
	rte_mempool_free(pool);
	rte_eal_cleanup();
	if (failures) {
		fprintf(stderr, "%d check(s) failed\n", failures);
		return 1;
	}
	printf("ethdev mock PMD: all checks passed\n");
	return 0;
}
