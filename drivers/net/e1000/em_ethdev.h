/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The em PMD (net_e1000_em): 82540EM, 82545EM, 82574L.
 */
#ifndef _EM_ETHDEV_H_
#define _EM_ETHDEV_H_

#include <stdbool.h>
#include <stdint.h>
#include <rte_log.h>
#include <rte_mbuf.h>
#include <ethdev_driver.h>

#include "e1000_hw.h"
#include "e1000_desc.h"
#include "e1000_stats.h"

extern int em_logtype;
#define EM_LOG(level, fmt, ...) \
	rte_log(RTE_LOG_ ## level, em_logtype, "net_e1000_em: " fmt "\n", \
		##__VA_ARGS__)

/* Frame overhead on top of the MTU: Ethernet header, CRC, one VLAN tag. */
#define EM_ETH_OVERHEAD (RTE_ETHER_HDR_LEN + RTE_ETHER_CRC_LEN + 4)
/* Receive address registers given to rte_eth_dev_mac_addr_add. */
#define EM_MAX_MAC_ADDRS 16

struct em_rx_queue {
	volatile void *ring;		/* legacy or extended descriptors */
	struct rte_mbuf **sw_ring;	/* mbuf behind each descriptor */
	volatile void *rdt_reg;		/* tail register */
	struct rte_mempool *mp;
	struct rte_eth_dev_data *dev_data; /* rx_mbuf_alloc_failed */
	struct rte_mbuf *pkt_first;	/* frame being assembled (scatter) */
	struct rte_mbuf *pkt_last;
	uint64_t ring_iova;
	uint64_t drop_long;		/* frames that did not fit a buffer */
	uint64_t drop_err;		/* frames with MAC errors */
	uint16_t nb_desc;
	uint16_t rx_tail;		/* next descriptor to look at */
	uint16_t nb_hold;		/* descriptors refilled, tail not moved */
	uint16_t free_thresh;		/* move the tail after this many */
	uint16_t queue_id;
	uint16_t port_id;
	uint16_t buf_len;		/* bytes a buffer takes (RCTL.BSIZE) */
	bool ext_desc;			/* 82574 extended descriptors */
	bool scatter;
	bool vlan_strip;
	const struct rte_memzone *mz;
};

/* Per tx ring slot: the mbuf segment to free when the slot is reused and
 * the index of the last descriptor of the packet starting there. */
struct em_tx_entry {
	struct rte_mbuf *mbuf;
	uint16_t last_id;
};

struct em_tx_queue {
	volatile union e1000_tx_slot *ring;
	struct em_tx_entry *sw_ring;
	volatile void *tdt_reg;
	uint64_t ring_iova;
	uint64_t ctx_key;		/* offload context loaded in the NIC */
	uint16_t nb_desc;
	uint16_t tx_tail;
	uint16_t nb_free;		/* descriptors known to be free */
	uint16_t last_cleaned;		/* last descriptor given back */
	uint16_t nb_since_rs;		/* descriptors since the last RS */
	uint16_t rs_thresh;
	uint16_t free_thresh;
	uint16_t queue_id;
	uint16_t port_id;
	uint64_t offloads;
	const struct rte_memzone *mz;
};

/* How rx queue 0 wakes a sleeping lcore (em_intr.c). */
enum em_rxi_mode {
	EM_RXI_NONE = 0,	/* intr_conf.rxq off */
	EM_RXI_MSIX,		/* 82574 MSI-X vector 1, VFIO's eventfd */
	EM_RXI_SHARED,		/* one vector: the handler signals rxi_efd */
};

struct em_adapter {
	struct e1000_hw hw;
	struct em_hw_stats stats;	/* accumulated hardware counters */
	struct e1000_stats_track stats_track; /* counter behaviour */
	uint8_t mc_addrs[64][6];	/* set_mc_addr_list */
	uint32_t nb_mc_addrs;
	uint32_t vfta[E1000_VFTA_SIZE];
	bool lsc_registered;
	bool intr_enabled;
	enum em_rxi_mode rxi_mode;
	int rxi_efd;			/* EM_RXI_SHARED: the queue's eventfd */
	uint32_t rxi_armed;		/* EM_RXI_SHARED: enabled, not yet woken */
};

#define EM_DEV_PRIVATE(dev) ((struct em_adapter *)(dev)->data->dev_private)
#define EM_HW(dev) (&EM_DEV_PRIVATE(dev)->hw)

/* em_ethdev.c */
int em_link_update(struct rte_eth_dev *dev, int wait_to_complete);

/* em_intr.c */
int em_intr_register(struct rte_eth_dev *dev);
void em_intr_unregister(struct rte_eth_dev *dev);
int em_intr_check_conf(struct rte_eth_dev *dev);
int em_intr_start(struct rte_eth_dev *dev);
void em_intr_stop(struct rte_eth_dev *dev);
int em_rx_queue_intr_enable(struct rte_eth_dev *dev, uint16_t queue_id);
int em_rx_queue_intr_disable(struct rte_eth_dev *dev, uint16_t queue_id);

/* em_rxtx.c */
int em_rx_queue_setup(struct rte_eth_dev *dev, uint16_t queue_id,
		uint16_t nb_desc, unsigned int socket_id,
		const struct rte_eth_rxconf *conf, struct rte_mempool *mp);
int em_tx_queue_setup(struct rte_eth_dev *dev, uint16_t queue_id,
		uint16_t nb_desc, unsigned int socket_id,
		const struct rte_eth_txconf *conf);
void em_rx_queue_release(struct rte_eth_dev *dev, uint16_t queue_id);
void em_tx_queue_release(struct rte_eth_dev *dev, uint16_t queue_id);
int em_rx_init(struct rte_eth_dev *dev);
void em_tx_init(struct rte_eth_dev *dev);
void em_rxtx_stop(struct rte_eth_dev *dev);
uint16_t em_recv_pkts(void *rxq, struct rte_mbuf **pkts, uint16_t nb);
uint16_t em_recv_pkts_ext(void *rxq, struct rte_mbuf **pkts, uint16_t nb);
uint16_t em_xmit_pkts(void *txq, struct rte_mbuf **pkts, uint16_t nb);
int em_tx_done_cleanup(void *txq, uint32_t free_cnt);
void em_rxq_info_get(struct rte_eth_dev *dev, uint16_t queue_id,
		struct rte_eth_rxq_info *qinfo);
void em_txq_info_get(struct rte_eth_dev *dev, uint16_t queue_id,
		struct rte_eth_txq_info *qinfo);

#endif /* _EM_ETHDEV_H_ */
