/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * em PMD control path: probe, configure, start/stop, link, filters,
 * statistics (interrupts: em_intr.c).
 */
#include <errno.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_interrupts.h>
#include <rte_malloc.h>
#include <rte_ether.h>
#include <ethdev_driver.h>
#include <ethdev_pci.h>
#include <bus_pci_driver.h>

#include "em_ethdev.h"

RTE_LOG_REGISTER(em_logtype, pmd.net.e1000.em, NOTICE);

/* Link polling in link_update(wait): QEMU autonegotiates in ~0.5 s, real
 * PHYs in up to ~3 s (802.3 clause 28 timers). */
#define EM_LINK_POLL_MS		100
#define EM_LINK_WAIT_MS		5000
#define EM_VLAN_ETHERTYPE	0x8100

static const struct rte_pci_id pci_id_em_map[] = {
	{ RTE_PCI_DEVICE(E1000_VENDOR_ID, E1000_DEV_ID_82540EM) },
	{ RTE_PCI_DEVICE(E1000_VENDOR_ID, E1000_DEV_ID_82545EM_COPPER) },
	{ RTE_PCI_DEVICE(E1000_VENDOR_ID, E1000_DEV_ID_82574L) },
	{ .vendor_id = 0 },
};

int
em_link_update(struct rte_eth_dev *dev, int wait_to_complete)
{
	struct e1000_hw *hw = EM_HW(dev);
	struct e1000_link_state ls;
	struct rte_eth_link link;
	unsigned int waited = 0;

	for (;;) {
		e1000_get_link(hw, &ls);
		if (ls.up || !wait_to_complete || waited >= EM_LINK_WAIT_MS)
			break;
		rte_delay_ms(EM_LINK_POLL_MS);
		waited += EM_LINK_POLL_MS;
	}
	memset(&link, 0, sizeof(link));
	link.link_status = ls.up ? RTE_ETH_LINK_UP : RTE_ETH_LINK_DOWN;
	link.link_autoneg = RTE_ETH_LINK_AUTONEG;
	if (ls.up) {
		link.link_speed = ls.speed_mbps;
		link.link_duplex = ls.full_duplex ? RTE_ETH_LINK_FULL_DUPLEX :
			RTE_ETH_LINK_HALF_DUPLEX;
	} else {
		link.link_speed = RTE_ETH_SPEED_NUM_NONE;
		link.link_duplex = RTE_ETH_LINK_HALF_DUPLEX;
	}
	return rte_eth_linkstatus_set(dev, &link);
}

static void
em_restore_filters(struct rte_eth_dev *dev)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	struct e1000_hw *hw = &ad->hw;
	static const struct rte_ether_addr zero;
	unsigned int i;

	for (i = 0; i < hw->rar_entries; i++) {
		const struct rte_ether_addr *a = &dev->data->mac_addrs[i];

		e1000_rar_set(hw, i, rte_is_same_ether_addr(a, &zero) ?
			NULL : a->addr_bytes);
	}
	e1000_mta_set(hw, (const uint8_t (*)[6])ad->mc_addrs, ad->nb_mc_addrs);
	for (i = 0; i < E1000_VFTA_SIZE; i++)
		e1000_write_reg(hw, E1000_VFTA + 4 * i, ad->vfta[i]);
	e1000_write_reg(hw, E1000_VET, EM_VLAN_ETHERTYPE);
}

static void
em_set_vme(struct rte_eth_dev *dev)
{
	struct e1000_hw *hw = EM_HW(dev);
	uint64_t rxo = dev->data->dev_conf.rxmode.offloads;
	uint64_t txo = dev->data->dev_conf.txmode.offloads;
	uint32_t ctrl = e1000_read_reg(hw, E1000_CTRL);

	/* CTRL.VME enables both tag stripping and tag insertion (SDM 9.3). */
	if ((rxo & RTE_ETH_RX_OFFLOAD_VLAN_STRIP) ||
	    (txo & RTE_ETH_TX_OFFLOAD_VLAN_INSERT))
		ctrl |= E1000_CTRL_VME;
	else
		ctrl &= ~E1000_CTRL_VME;
	e1000_write_reg(hw, E1000_CTRL, ctrl);
}

static int
em_dev_start(struct rte_eth_dev *dev)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	struct e1000_hw *hw = &ad->hw;
	int ret;

	if (dev->data->tx_queues[0] == NULL || dev->data->rx_queues[0] == NULL) {
		EM_LOG(ERR, "port %u: set up rx and tx queue 0 before start",
			dev->data->port_id);
		return -EINVAL;
	}
	/* Reset clears the statistics registers: fold them in first. */
	e1000_stats_update(hw, &ad->stats_track, &ad->stats);
	ret = e1000_hw_reset(hw);
	if (ret != 0) {
		EM_LOG(ERR, "port %u: reset did not complete", dev->data->port_id);
		return ret;
	}
	e1000_stats_track_reset(&ad->stats_track);
	em_restore_filters(dev);
	em_set_vme(dev);
	ret = e1000_setup_link(hw);
	if (ret != 0) {
		EM_LOG(ERR, "port %u: PHY does not answer (MDIC): %s",
			dev->data->port_id, strerror(-ret));
		return ret;
	}
	em_tx_init(dev);
	ret = em_rx_init(dev);
	if (ret != 0)
		return ret;
	ret = em_intr_start(dev);
	if (ret != 0) {
		em_rxtx_stop(dev);
		return ret;
	}
	em_link_update(dev, 0);
	dev->tx_pkt_burst = em_xmit_pkts;
	return 0;
}

static int
em_dev_stop(struct rte_eth_dev *dev)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	struct e1000_hw *hw = &ad->hw;
	struct rte_eth_link link;

	em_intr_stop(dev);
	em_rxtx_stop(dev);
	e1000_stats_update(hw, &ad->stats_track, &ad->stats);
	memset(&link, 0, sizeof(link));
	rte_eth_linkstatus_set(dev, &link);
	return 0;
}

static int
em_dev_configure(struct rte_eth_dev *dev)
{
	if (dev->data->dev_conf.rxmode.mq_mode != RTE_ETH_MQ_RX_NONE) {
		EM_LOG(ERR, "port %u: multi-queue rx modes (RSS, VMDq) are not"
			" supported; use mq_mode none", dev->data->port_id);
		return -EINVAL;
	}
	return em_intr_check_conf(dev);
}

static int
em_dev_close(struct rte_eth_dev *dev)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	uint16_t q;

	if (dev->data->dev_started)
		em_dev_stop(dev);
	for (q = 0; q < dev->data->nb_rx_queues; q++)
		em_rx_queue_release(dev, q);
	for (q = 0; q < dev->data->nb_tx_queues; q++)
		em_tx_queue_release(dev, q);
	e1000_hw_reset(&ad->hw);
	e1000_stats_track_reset(&ad->stats_track);
	em_intr_unregister(dev);
	return 0;
}

static int
em_dev_infos_get(struct rte_eth_dev *dev, struct rte_eth_dev_info *info)
{
	struct e1000_hw *hw = EM_HW(dev);

	info->min_rx_bufsize = 256;
	info->max_rx_pktlen = hw->max_frame_size;
	info->min_mtu = RTE_ETHER_MIN_MTU;
	info->max_mtu = (uint16_t)(hw->max_frame_size - EM_ETH_OVERHEAD);
	info->max_mac_addrs = hw->rar_entries;
	info->max_rx_queues = 1;
	info->max_tx_queues = 1;
	info->rx_offload_capa = RTE_ETH_RX_OFFLOAD_VLAN_STRIP |
		RTE_ETH_RX_OFFLOAD_VLAN_FILTER | RTE_ETH_RX_OFFLOAD_IPV4_CKSUM |
		RTE_ETH_RX_OFFLOAD_UDP_CKSUM | RTE_ETH_RX_OFFLOAD_TCP_CKSUM |
		RTE_ETH_RX_OFFLOAD_SCATTER;
	info->tx_offload_capa = RTE_ETH_TX_OFFLOAD_VLAN_INSERT |
		RTE_ETH_TX_OFFLOAD_IPV4_CKSUM | RTE_ETH_TX_OFFLOAD_UDP_CKSUM |
		RTE_ETH_TX_OFFLOAD_TCP_CKSUM | RTE_ETH_TX_OFFLOAD_MULTI_SEGS;
	info->rx_desc_lim.nb_max = E1000_MAX_RING_DESC;
	info->rx_desc_lim.nb_min = E1000_MIN_RING_DESC;
	info->rx_desc_lim.nb_align = E1000_RING_ALIGN;
	info->tx_desc_lim = info->rx_desc_lim;
	info->tx_desc_lim.nb_seg_max = E1000_MAX_RING_DESC / 2;
	info->tx_desc_lim.nb_mtu_seg_max = E1000_MAX_RING_DESC / 2;
	info->default_rxconf.rx_free_thresh = 32;
	info->default_txconf.tx_rs_thresh = 32;
	info->default_txconf.tx_free_thresh = 32;
	info->default_rxportconf.ring_size = 256;
	info->default_txportconf.ring_size = 256;
	info->default_rxportconf.nb_queues = 1;
	info->default_txportconf.nb_queues = 1;
	info->speed_capa = RTE_ETH_LINK_SPEED_10M_HD | RTE_ETH_LINK_SPEED_10M |
		RTE_ETH_LINK_SPEED_100M_HD | RTE_ETH_LINK_SPEED_100M |
		RTE_ETH_LINK_SPEED_1G;
	return 0;
}

/* RCTL read-modify-write, skipped when nothing changes: QEMU's 82540EM
 * holds received frames for 1 s after every RCTL write. */
static int
em_rctl_update(struct rte_eth_dev *dev, uint32_t set, uint32_t clear)
{
	struct e1000_hw *hw = EM_HW(dev);
	uint32_t old = e1000_read_reg(hw, E1000_RCTL);
	uint32_t rctl = (old & ~clear) | set;

	if (rctl != old)
		e1000_write_reg(hw, E1000_RCTL, rctl);
	return 0;
}

static int
em_promisc_enable(struct rte_eth_dev *dev)
{
	return em_rctl_update(dev, E1000_RCTL_UPE | E1000_RCTL_MPE, 0);
}

static int
em_promisc_disable(struct rte_eth_dev *dev)
{
	return em_rctl_update(dev, 0, E1000_RCTL_UPE |
		(dev->data->all_multicast ? 0 : E1000_RCTL_MPE));
}

static int
em_allmulti_enable(struct rte_eth_dev *dev)
{
	return em_rctl_update(dev, E1000_RCTL_MPE, 0);
}

static int
em_allmulti_disable(struct rte_eth_dev *dev)
{
	if (dev->data->promiscuous)
		return 0;
	return em_rctl_update(dev, 0, E1000_RCTL_MPE);
}

static int
em_mac_addr_set(struct rte_eth_dev *dev, struct rte_ether_addr *addr)
{
	e1000_rar_set(EM_HW(dev), 0, addr->addr_bytes);
	return 0;
}

static int
em_mac_addr_add(struct rte_eth_dev *dev, struct rte_ether_addr *addr,
		uint32_t index, uint32_t pool __rte_unused)
{
	if (index >= EM_HW(dev)->rar_entries)
		return -ENOSPC;
	e1000_rar_set(EM_HW(dev), index, addr->addr_bytes);
	return 0;
}

static void
em_mac_addr_remove(struct rte_eth_dev *dev, uint32_t index)
{
	e1000_rar_set(EM_HW(dev), index, NULL);
}

static int
em_set_mc_addr_list(struct rte_eth_dev *dev, struct rte_ether_addr *list,
		uint32_t nb)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	uint32_t i;

	if (nb > RTE_DIM(ad->mc_addrs)) {
		EM_LOG(ERR, "port %u: %u multicast addresses, at most %zu"
			" (use allmulticast for more)", dev->data->port_id, nb,
			RTE_DIM(ad->mc_addrs));
		return -ENOSPC;
	}
	for (i = 0; i < nb; i++)
		memcpy(ad->mc_addrs[i], list[i].addr_bytes, 6);
	ad->nb_mc_addrs = nb;
	e1000_mta_set(&ad->hw, (const uint8_t (*)[6])ad->mc_addrs, nb);
	return 0;
}

static int
em_mtu_set(struct rte_eth_dev *dev, uint16_t mtu)
{
	struct e1000_hw *hw = EM_HW(dev);
	uint32_t frame = (uint32_t)mtu + EM_ETH_OVERHEAD;
	struct em_rx_queue *rxq = dev->data->rx_queues != NULL ?
		dev->data->rx_queues[0] : NULL;

	if (frame > hw->max_frame_size) {
		EM_LOG(ERR, "port %u: MTU %u exceeds the %u-byte frame limit of"
			" this MAC", dev->data->port_id, mtu, hw->max_frame_size);
		return -EINVAL;
	}
	if (dev->data->dev_started) {
		if (rxq != NULL && frame > rxq->buf_len && !rxq->scatter) {
			EM_LOG(ERR, "port %u: MTU %u needs scatter rx with %u-byte"
				" buffers; stop the port and enable scatter",
				dev->data->port_id, mtu, rxq->buf_len);
			return -EINVAL;
		}
		if (frame > RTE_ETHER_MAX_LEN + 4)
			em_rctl_update(dev, E1000_RCTL_LPE, 0);
		else
			em_rctl_update(dev, 0, E1000_RCTL_LPE);
	}
	return 0;
}

static int
em_vlan_filter_set(struct rte_eth_dev *dev, uint16_t vlan_id, int on)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	uint32_t idx = (vlan_id >> 5) & (E1000_VFTA_SIZE - 1);
	uint32_t bit = 1u << (vlan_id & 31);

	if (on)
		ad->vfta[idx] |= bit;
	else
		ad->vfta[idx] &= ~bit;
	e1000_write_reg(&ad->hw, E1000_VFTA + 4 * idx, ad->vfta[idx]);
	return 0;
}

static int
em_vlan_offload_set(struct rte_eth_dev *dev, int mask)
{
	uint64_t rxo = dev->data->dev_conf.rxmode.offloads;

	if (mask & RTE_ETH_VLAN_STRIP_MASK)
		em_set_vme(dev);
	if (mask & RTE_ETH_VLAN_FILTER_MASK) {
		if (rxo & RTE_ETH_RX_OFFLOAD_VLAN_FILTER)
			em_rctl_update(dev, E1000_RCTL_VFE, 0);
		else
			em_rctl_update(dev, 0, E1000_RCTL_VFE);
	}
	return 0;
}

static int
em_set_link_up(struct rte_eth_dev *dev)
{
	return e1000_phy_power(EM_HW(dev), true) == 0 ? 0 : -EIO;
}

static int
em_set_link_down(struct rte_eth_dev *dev)
{
	return e1000_phy_power(EM_HW(dev), false) == 0 ? 0 : -EIO;
}

/* Software drops, after the hardware counters in xstats. */
static const char *const em_sw_xstat_names[] = {
	"rx_long_frame_drops", "rx_frame_error_drops",
};
#define EM_NB_XSTATS (E1000_NB_HW_STATS + RTE_DIM(em_sw_xstat_names))

static void
em_sw_drops(const struct rte_eth_dev *dev, uint64_t *lng, uint64_t *err)
{
	const struct em_rx_queue *rxq = dev->data->rx_queues != NULL ?
		dev->data->rx_queues[0] : NULL;

	*lng = rxq != NULL ? rxq->drop_long : 0;
	*err = rxq != NULL ? rxq->drop_err : 0;
}

static int
em_stats_get(struct rte_eth_dev *dev, struct rte_eth_stats *st)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	struct em_hw_stats *s = &ad->stats;
	uint64_t lng, err;

	e1000_stats_update(&ad->hw, &ad->stats_track, s);
	em_sw_drops(dev, &lng, &err);
	st->ipackets = s->gprc;
	st->opackets = s->gptc;
	st->ibytes = s->gorc;
	st->obytes = s->gotc;
	st->imissed = s->mpc;
	st->ierrors = s->crcerrs + s->algnerrc + s->rxerrc + s->ruc + s->roc +
		s->rlec + lng + err;
	st->oerrors = s->ecol + s->latecol;
	/* Frames the NIC counted as good but the driver dropped. */
	st->ipackets -= RTE_MIN(st->ipackets, lng + err);
	return 0;
}

static int
em_stats_reset(struct rte_eth_dev *dev)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	struct em_rx_queue *rxq = dev->data->rx_queues != NULL ?
		dev->data->rx_queues[0] : NULL;

	/* Consume what the counters hold, then start from zero. */
	e1000_stats_update(&ad->hw, &ad->stats_track, &ad->stats);
	memset(&ad->stats, 0, sizeof(ad->stats));
	if (rxq != NULL)
		rxq->drop_long = rxq->drop_err = 0;
	return 0;
}

static int
em_xstats_get_names(struct rte_eth_dev *dev __rte_unused,
		struct rte_eth_xstat_name *names, unsigned int size)
{
	unsigned int i;

	if (names == NULL || size < EM_NB_XSTATS)
		return EM_NB_XSTATS;
	for (i = 0; i < E1000_NB_HW_STATS; i++)
		snprintf(names[i].name, sizeof(names[i].name), "%s",
			e1000_stat_name(i));
	for (i = 0; i < RTE_DIM(em_sw_xstat_names); i++)
		snprintf(names[E1000_NB_HW_STATS + i].name,
			sizeof(names[0].name), "%s", em_sw_xstat_names[i]);
	return EM_NB_XSTATS;
}

static int
em_xstats_get(struct rte_eth_dev *dev, struct rte_eth_xstat *xstats,
		unsigned int n)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	const uint64_t *hw = (const uint64_t *)&ad->stats;
	uint64_t sw[2];
	unsigned int i;

	if (xstats == NULL || n < EM_NB_XSTATS)
		return EM_NB_XSTATS;
	e1000_stats_update(&ad->hw, &ad->stats_track, &ad->stats);
	em_sw_drops(dev, &sw[0], &sw[1]);
	for (i = 0; i < EM_NB_XSTATS; i++) {
		xstats[i].id = i;
		xstats[i].value = i < E1000_NB_HW_STATS ? hw[i] :
			sw[i - E1000_NB_HW_STATS];
	}
	return EM_NB_XSTATS;
}

static const struct eth_dev_ops em_eth_dev_ops = {
	.dev_configure = em_dev_configure,
	.dev_start = em_dev_start,
	.dev_stop = em_dev_stop,
	.dev_close = em_dev_close,
	.dev_set_link_up = em_set_link_up,
	.dev_set_link_down = em_set_link_down,
	.link_update = em_link_update,
	.promiscuous_enable = em_promisc_enable,
	.promiscuous_disable = em_promisc_disable,
	.allmulticast_enable = em_allmulti_enable,
	.allmulticast_disable = em_allmulti_disable,
	.mac_addr_set = em_mac_addr_set,
	.mac_addr_add = em_mac_addr_add,
	.mac_addr_remove = em_mac_addr_remove,
	.set_mc_addr_list = em_set_mc_addr_list,
	.mtu_set = em_mtu_set,
	.vlan_filter_set = em_vlan_filter_set,
	.vlan_offload_set = em_vlan_offload_set,
	.stats_get = em_stats_get,
	.stats_reset = em_stats_reset,
	.xstats_get = em_xstats_get,
	.xstats_reset = em_stats_reset,
	.xstats_get_names = em_xstats_get_names,
	.dev_infos_get = em_dev_infos_get,
	.rx_queue_setup = em_rx_queue_setup,
	.rx_queue_release = em_rx_queue_release,
	.tx_queue_setup = em_tx_queue_setup,
	.tx_queue_release = em_tx_queue_release,
	.tx_done_cleanup = em_tx_done_cleanup,
	.rxq_info_get = em_rxq_info_get,
	.txq_info_get = em_txq_info_get,
	.rx_queue_intr_enable = em_rx_queue_intr_enable,
	.rx_queue_intr_disable = em_rx_queue_intr_disable,
};

static int
em_dev_init(struct rte_eth_dev *dev)
{
	struct rte_pci_device *pci = RTE_ETH_DEV_TO_PCI(dev);
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	struct e1000_hw *hw = &ad->hw;
	int ret;

	dev->dev_ops = &em_eth_dev_ops;
	dev->rx_pkt_burst = rte_eth_pkt_burst_dummy;
	dev->tx_pkt_burst = rte_eth_pkt_burst_dummy;
	hw->hw_addr = pci->mem_resource[0].addr;
	if (hw->hw_addr == NULL) {
		EM_LOG(ERR, "%s: BAR0 is not mapped; bind the device to vfio-pci"
			" or uio_pci_generic", pci->name);
		return -ENODEV;
	}
	if (e1000_hw_init(hw, pci->id.device_id) != 0)
		return -ENOTSUP;
	ret = e1000_hw_reset(hw);
	if (ret != 0) {
		EM_LOG(ERR, "%s: reset did not complete within 10 ms", pci->name);
		return ret;
	}
	ret = e1000_read_mac_addr(hw);
	if (ret != 0) {
		EM_LOG(ERR, "%s: cannot read the MAC address from the NVM (EERD)",
			pci->name);
		return ret;
	}
	dev->data->mac_addrs = rte_zmalloc("em_mac", RTE_ETHER_ADDR_LEN *
		hw->rar_entries, 0);
	if (dev->data->mac_addrs == NULL)
		return -ENOMEM;
	memcpy(dev->data->mac_addrs[0].addr_bytes, hw->perm_addr, 6);
	e1000_rar_set(hw, 0, hw->perm_addr);
	dev->data->dev_flags |= RTE_ETH_DEV_AUTOFILL_QUEUE_XSTATS;
	/* Reset clears the counters; the totals start from zero. */
	e1000_stats_update(hw, &ad->stats_track, &ad->stats);
	memset(&ad->stats, 0, sizeof(ad->stats));
	em_intr_register(dev);
	EM_LOG(INFO, "%s: port %u, MAC %02x:%02x:%02x:%02x:%02x:%02x",
		pci->name, dev->data->port_id, hw->perm_addr[0],
		hw->perm_addr[1], hw->perm_addr[2], hw->perm_addr[3],
		hw->perm_addr[4], hw->perm_addr[5]);
	return 0;
}

static int
em_dev_uninit(struct rte_eth_dev *dev)
{
	return em_dev_close(dev);
}

static int
em_pci_probe(struct rte_pci_driver *drv __rte_unused,
		struct rte_pci_device *pci)
{
	return rte_eth_dev_pci_generic_probe(pci, sizeof(struct em_adapter),
		em_dev_init);
}

static int
em_pci_remove(struct rte_pci_device *pci)
{
	return rte_eth_dev_pci_generic_remove(pci, em_dev_uninit);
}

static struct rte_pci_driver rte_em_pmd = {
	.id_table = pci_id_em_map,
	.drv_flags = RTE_PCI_DRV_NEED_MAPPING | RTE_PCI_DRV_INTR_LSC,
	.probe = em_pci_probe,
	.remove = em_pci_remove,
};

RTE_PMD_REGISTER_PCI(net_e1000_em, rte_em_pmd);
RTE_PMD_REGISTER_PCI_TABLE(net_e1000_em, pci_id_em_map);
RTE_PMD_REGISTER_KMOD_DEP(net_e1000_em, "* igb_uio | uio_pci_generic | vfio-pci");
