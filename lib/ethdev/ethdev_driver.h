/* SPDX-License-Identifier: BSD-3-Clause */
/**
 * @file
 * Driver side of ethdev (DPDK 22.11 ethdev_driver.h): the port structures,
 * the operations a PMD implements and the helpers it calls. Applications
 * do not include this file.
 *
 * A PMD's probe does: dev = rte_eth_dev_allocate(name); fill dev->data
 * (dev_private, mac_addrs, dev_link...), dev->dev_ops, dev->rx_pkt_burst,
 * dev->tx_pkt_burst and dev->device; then rte_eth_dev_probing_finish(dev)
 * which fires RTE_ETH_EVENT_NEW. Its remove does rte_eth_dev_close() (or
 * rte_eth_dev_release_port() if the port was never used), which fires
 * RTE_ETH_EVENT_DESTROY and frees dev_private and mac_addrs.
 */
#ifndef _RTE_ETHDEV_DRIVER_H_
#define _RTE_ETHDEV_DRIVER_H_

#ifdef __cplusplus
extern "C" {
#endif

#include <pthread.h>
#include <dev_driver.h>
#include <rte_malloc.h>
#include "rte_ethdev.h"

struct rte_intr_handle;
struct rte_memzone;

/** One Rx or Tx callback of a queue: a singly linked list. */
struct rte_eth_rxtx_callback {
	struct rte_eth_rxtx_callback *next;
	union {
		rte_rx_callback_fn rx;
		rte_tx_callback_fn tx;
	} fn;
	void *param;
};

/** Per-process part of a port: function pointers and handles. */
struct rte_eth_dev {
	eth_rx_burst_t rx_pkt_burst;
	eth_tx_burst_t tx_pkt_burst;
	eth_tx_prep_t tx_pkt_prepare;		/**< optional */
	eth_rx_queue_count_t rx_queue_count;	/**< optional */
	eth_rx_descriptor_status_t rx_descriptor_status; /**< optional */
	eth_tx_descriptor_status_t tx_descriptor_status; /**< optional */
	struct rte_eth_dev_data *data;
	void *process_private;
	const struct eth_dev_ops *dev_ops;
	struct rte_device *device;		/**< backing device */
	struct rte_intr_handle *intr_handle;	/**< optional */
	/** Application event callbacks (rte_eth_dev_callback_register). */
	struct rte_eth_dev_cb_list link_intr_cbs;
	/** Rx callbacks per queue, run after the PMD's rx_pkt_burst. */
	struct rte_eth_rxtx_callback *post_rx_burst_cbs[RTE_MAX_QUEUES_PER_PORT];
	/** Tx callbacks per queue, run before the PMD's tx_pkt_burst. */
	struct rte_eth_rxtx_callback *pre_tx_burst_cbs[RTE_MAX_QUEUES_PER_PORT];
	enum rte_eth_dev_state state;
	void *security_ctx;
} __rte_cache_aligned;

/** Configuration and state of a port. */
struct rte_eth_dev_data {
	char name[RTE_ETH_NAME_MAX_LEN];	/**< unique port name */
	void **rx_queues;		/**< PMD Rx queue objects */
	void **tx_queues;		/**< PMD Tx queue objects */
	uint16_t nb_rx_queues;
	uint16_t nb_tx_queues;
	struct rte_eth_dev_sriov sriov;
	void *dev_private;		/**< PMD private data (rte_zmalloc), rte_free'd on release */
	struct rte_eth_link dev_link;	/**< use rte_eth_linkstatus_set/get */
	struct rte_eth_conf dev_conf;	/**< as given to rte_eth_dev_configure */
	uint16_t mtu;
	uint32_t min_rx_buf_size;	/**< smallest data room of the Rx pools */
	/** Rx mbuf allocation failures, added to rx_nombuf by ethdev. */
	uint64_t rx_mbuf_alloc_failed;
	struct rte_ether_addr *mac_addrs; /**< [0] is the default; rte_zmalloc'ed, rte_free'd on release */
	uint64_t mac_pool_sel[RTE_ETH_NUM_RECEIVE_MAC_ADDR];
	struct rte_ether_addr *hash_mac_addrs;
	uint16_t port_id;
	__extension__
	uint8_t promiscuous : 1,
		scattered_rx : 1,
		all_multicast : 1,
		dev_started : 1,
		lro : 1,
		dev_configured : 1,
		flow_configured : 1;
	uint8_t rx_queue_state[RTE_MAX_QUEUES_PER_PORT];
	uint8_t tx_queue_state[RTE_MAX_QUEUES_PER_PORT];
	uint32_t dev_flags;		/**< RTE_ETH_DEV_* */
	int numa_node;
	struct rte_vlan_filter_conf vlan_filter_conf;
	struct rte_eth_dev_owner owner;
	uint16_t representor_id;
	uint16_t backer_port_id;
	pthread_mutex_t flow_ops_mutex;
} __rte_cache_aligned;

/** The port table (per process). */
extern struct rte_eth_dev rte_eth_devices[];

/* Operations a PMD implements; NULL means not supported (-ENOTSUP). */
typedef int (*eth_dev_configure_t)(struct rte_eth_dev *dev);
typedef int (*eth_dev_start_t)(struct rte_eth_dev *dev);
typedef int (*eth_dev_stop_t)(struct rte_eth_dev *dev);
typedef int (*eth_dev_set_link_up_t)(struct rte_eth_dev *dev);
typedef int (*eth_dev_set_link_down_t)(struct rte_eth_dev *dev);
typedef int (*eth_dev_close_t)(struct rte_eth_dev *dev);
typedef int (*eth_dev_reset_t)(struct rte_eth_dev *dev);
typedef int (*eth_is_removed_t)(struct rte_eth_dev *dev);
typedef int (*eth_promiscuous_enable_t)(struct rte_eth_dev *dev);
typedef int (*eth_promiscuous_disable_t)(struct rte_eth_dev *dev);
typedef int (*eth_allmulticast_enable_t)(struct rte_eth_dev *dev);
typedef int (*eth_allmulticast_disable_t)(struct rte_eth_dev *dev);
/** Refresh dev->data->dev_link; 0 if the status changed, -1 if not. */
typedef int (*eth_link_update_t)(struct rte_eth_dev *dev, int wait_to_complete);
typedef int (*eth_stats_get_t)(struct rte_eth_dev *dev,
		struct rte_eth_stats *igb_stats);
typedef int (*eth_stats_reset_t)(struct rte_eth_dev *dev);
/** PMD-specific xstats only; ids are 0-based within the PMD's list. */
typedef int (*eth_xstats_get_t)(struct rte_eth_dev *dev,
		struct rte_eth_xstat *stats, unsigned int n);
typedef int (*eth_xstats_get_by_id_t)(struct rte_eth_dev *dev,
		const uint64_t *ids, uint64_t *values, unsigned int n);
typedef int (*eth_xstats_reset_t)(struct rte_eth_dev *dev);
typedef int (*eth_xstats_get_names_t)(struct rte_eth_dev *dev,
		struct rte_eth_xstat_name *xstats_names, unsigned int size);
typedef int (*eth_xstats_get_names_by_id_t)(struct rte_eth_dev *dev,
		const uint64_t *ids, struct rte_eth_xstat_name *xstats_names,
		unsigned int size);
typedef int (*eth_queue_stats_mapping_set_t)(struct rte_eth_dev *dev,
		uint16_t queue_id, uint8_t stat_idx, uint8_t is_rx);
typedef int (*eth_dev_infos_get_t)(struct rte_eth_dev *dev,
		struct rte_eth_dev_info *dev_info);
/** List of RTE_PTYPE_* ended by RTE_PTYPE_UNKNOWN. */
typedef const uint32_t *(*eth_dev_supported_ptypes_get_t)(struct rte_eth_dev *dev);
typedef int (*eth_dev_ptypes_set_t)(struct rte_eth_dev *dev, uint32_t ptype_mask);
typedef int (*eth_queue_start_t)(struct rte_eth_dev *dev, uint16_t queue_id);
typedef int (*eth_queue_stop_t)(struct rte_eth_dev *dev, uint16_t queue_id);
typedef int (*eth_rx_queue_setup_t)(struct rte_eth_dev *dev,
		uint16_t rx_queue_id, uint16_t nb_rx_desc, unsigned int socket_id,
		const struct rte_eth_rxconf *rx_conf, struct rte_mempool *mb_pool);
typedef int (*eth_tx_queue_setup_t)(struct rte_eth_dev *dev,
		uint16_t tx_queue_id, uint16_t nb_tx_desc, unsigned int socket_id,
		const struct rte_eth_txconf *tx_conf);
typedef int (*eth_rx_enable_intr_t)(struct rte_eth_dev *dev, uint16_t rx_queue_id);
typedef int (*eth_rx_disable_intr_t)(struct rte_eth_dev *dev, uint16_t rx_queue_id);
/** Free dev->data->[rt]x_queues[queue_id] (ethdev sets the slot to NULL). */
typedef void (*eth_queue_release_t)(struct rte_eth_dev *dev, uint16_t queue_id);
typedef int (*eth_fw_version_get_t)(struct rte_eth_dev *dev, char *fw_version,
		size_t fw_size);
typedef int (*eth_tx_done_cleanup_t)(void *txq, uint32_t free_cnt);
typedef void (*eth_rxq_info_get_t)(struct rte_eth_dev *dev,
		uint16_t rx_queue_id, struct rte_eth_rxq_info *qinfo);
typedef void (*eth_txq_info_get_t)(struct rte_eth_dev *dev,
		uint16_t tx_queue_id, struct rte_eth_txq_info *qinfo);
typedef int (*eth_burst_mode_get_t)(struct rte_eth_dev *dev,
		uint16_t queue_id, struct rte_eth_burst_mode *mode);
typedef int (*mtu_set_t)(struct rte_eth_dev *dev, uint16_t mtu);
typedef int (*vlan_filter_set_t)(struct rte_eth_dev *dev, uint16_t vlan_id, int on);
typedef int (*vlan_tpid_set_t)(struct rte_eth_dev *dev,
		enum rte_vlan_type type, uint16_t tpid);
/** mask: RTE_ETH_*_MASK bits whose setting changed in dev_conf.rxmode. */
typedef int (*vlan_offload_set_t)(struct rte_eth_dev *dev, int mask);
typedef int (*vlan_pvid_set_t)(struct rte_eth_dev *dev, uint16_t vlan_id, int on);
typedef void (*vlan_strip_queue_set_t)(struct rte_eth_dev *dev,
		uint16_t rx_queue_id, int on);
typedef int (*flow_ctrl_get_t)(struct rte_eth_dev *dev,
		struct rte_eth_fc_conf *fc_conf);
typedef int (*flow_ctrl_set_t)(struct rte_eth_dev *dev,
		struct rte_eth_fc_conf *fc_conf);
typedef int (*priority_flow_ctrl_set_t)(struct rte_eth_dev *dev,
		struct rte_eth_pfc_conf *pfc_conf);
typedef int (*reta_update_t)(struct rte_eth_dev *dev,
		struct rte_eth_rss_reta_entry64 *reta_conf, uint16_t reta_size);
typedef int (*reta_query_t)(struct rte_eth_dev *dev,
		struct rte_eth_rss_reta_entry64 *reta_conf, uint16_t reta_size);
typedef int (*rss_hash_update_t)(struct rte_eth_dev *dev,
		struct rte_eth_rss_conf *rss_conf);
typedef int (*rss_hash_conf_get_t)(struct rte_eth_dev *dev,
		struct rte_eth_rss_conf *rss_conf);
typedef int (*eth_dev_led_on_t)(struct rte_eth_dev *dev);
typedef int (*eth_dev_led_off_t)(struct rte_eth_dev *dev);
typedef void (*eth_mac_addr_remove_t)(struct rte_eth_dev *dev, uint32_t index);
typedef int (*eth_mac_addr_add_t)(struct rte_eth_dev *dev,
		struct rte_ether_addr *mac_addr, uint32_t index, uint32_t vmdq);
typedef int (*eth_mac_addr_set_t)(struct rte_eth_dev *dev,
		struct rte_ether_addr *mac_addr);
typedef int (*eth_uc_hash_table_set_t)(struct rte_eth_dev *dev,
		struct rte_ether_addr *mac_addr, uint8_t on);
typedef int (*eth_uc_all_hash_table_set_t)(struct rte_eth_dev *dev, uint8_t on);
typedef int (*eth_set_queue_rate_limit_t)(struct rte_eth_dev *dev,
		uint16_t queue_idx, uint32_t tx_rate);
typedef int (*eth_udp_tunnel_port_add_t)(struct rte_eth_dev *dev,
		struct rte_eth_udp_tunnel *tunnel_udp);
typedef int (*eth_udp_tunnel_port_del_t)(struct rte_eth_dev *dev,
		struct rte_eth_udp_tunnel *tunnel_udp);
typedef int (*eth_set_mc_addr_list_t)(struct rte_eth_dev *dev,
		struct rte_ether_addr *mc_addr_set, uint32_t nb_mc_addr);
typedef int (*eth_timesync_enable_t)(struct rte_eth_dev *dev);
typedef int (*eth_timesync_disable_t)(struct rte_eth_dev *dev);
typedef int (*eth_timesync_read_rx_timestamp_t)(struct rte_eth_dev *dev,
		struct timespec *timestamp, uint32_t flags);
typedef int (*eth_timesync_read_tx_timestamp_t)(struct rte_eth_dev *dev,
		struct timespec *timestamp);
typedef int (*eth_timesync_adjust_time)(struct rte_eth_dev *dev, int64_t);
typedef int (*eth_timesync_read_time)(struct rte_eth_dev *dev,
		struct timespec *timestamp);
typedef int (*eth_timesync_write_time)(struct rte_eth_dev *dev,
		const struct timespec *timestamp);
typedef int (*eth_read_clock)(struct rte_eth_dev *dev, uint64_t *timestamp);
typedef int (*eth_get_reg_t)(struct rte_eth_dev *dev, struct rte_dev_reg_info *info);
typedef int (*eth_get_eeprom_length_t)(struct rte_eth_dev *dev);
typedef int (*eth_get_eeprom_t)(struct rte_eth_dev *dev,
		struct rte_dev_eeprom_info *info);
typedef int (*eth_set_eeprom_t)(struct rte_eth_dev *dev,
		struct rte_dev_eeprom_info *info);
typedef int (*eth_get_module_info_t)(struct rte_eth_dev *dev,
		struct rte_eth_dev_module_info *modinfo);
typedef int (*eth_get_module_eeprom_t)(struct rte_eth_dev *dev,
		struct rte_dev_eeprom_info *info);
typedef int (*eth_get_dcb_info)(struct rte_eth_dev *dev,
		struct rte_eth_dcb_info *dcb_info);
typedef int (*eth_pool_ops_supported_t)(struct rte_eth_dev *dev, const char *pool);

/** Operations of a PMD (DPDK 22.11 member names; hairpin/flow/TM left out). */
struct eth_dev_ops {
	eth_dev_configure_t dev_configure;
	eth_dev_start_t dev_start;
	eth_dev_stop_t dev_stop;
	eth_dev_set_link_up_t dev_set_link_up;
	eth_dev_set_link_down_t dev_set_link_down;
	/** Free PMD resources; ethdev has already released every queue. */
	eth_dev_close_t dev_close;
	eth_dev_reset_t dev_reset;
	eth_link_update_t link_update;
	eth_is_removed_t is_removed;

	eth_promiscuous_enable_t promiscuous_enable;
	eth_promiscuous_disable_t promiscuous_disable;
	eth_allmulticast_enable_t allmulticast_enable;
	eth_allmulticast_disable_t allmulticast_disable;
	eth_mac_addr_remove_t mac_addr_remove;
	eth_mac_addr_add_t mac_addr_add;
	eth_mac_addr_set_t mac_addr_set;
	eth_set_mc_addr_list_t set_mc_addr_list;
	mtu_set_t mtu_set;

	eth_stats_get_t stats_get;
	eth_stats_reset_t stats_reset;
	eth_xstats_get_t xstats_get;
	eth_xstats_reset_t xstats_reset;
	eth_xstats_get_names_t xstats_get_names;
	eth_queue_stats_mapping_set_t queue_stats_mapping_set;

	eth_dev_infos_get_t dev_infos_get;
	eth_rxq_info_get_t rxq_info_get;
	eth_txq_info_get_t txq_info_get;
	eth_burst_mode_get_t rx_burst_mode_get;
	eth_burst_mode_get_t tx_burst_mode_get;
	eth_fw_version_get_t fw_version_get;
	eth_dev_supported_ptypes_get_t dev_supported_ptypes_get;
	eth_dev_ptypes_set_t dev_ptypes_set;

	vlan_filter_set_t vlan_filter_set;
	vlan_tpid_set_t vlan_tpid_set;
	vlan_strip_queue_set_t vlan_strip_queue_set;
	vlan_offload_set_t vlan_offload_set;
	vlan_pvid_set_t vlan_pvid_set;

	eth_queue_start_t rx_queue_start;
	eth_queue_stop_t rx_queue_stop;
	eth_queue_start_t tx_queue_start;
	eth_queue_stop_t tx_queue_stop;
	eth_rx_queue_setup_t rx_queue_setup;
	eth_queue_release_t rx_queue_release;
	eth_rx_enable_intr_t rx_queue_intr_enable;
	eth_rx_disable_intr_t rx_queue_intr_disable;
	eth_tx_queue_setup_t tx_queue_setup;
	eth_queue_release_t tx_queue_release;
	eth_tx_done_cleanup_t tx_done_cleanup;

	eth_dev_led_on_t dev_led_on;
	eth_dev_led_off_t dev_led_off;

	flow_ctrl_get_t flow_ctrl_get;
	flow_ctrl_set_t flow_ctrl_set;
	priority_flow_ctrl_set_t priority_flow_ctrl_set;

	eth_uc_hash_table_set_t uc_hash_table_set;
	eth_uc_all_hash_table_set_t uc_all_hash_table_set;
	eth_udp_tunnel_port_add_t udp_tunnel_port_add;
	eth_udp_tunnel_port_del_t udp_tunnel_port_del;
	eth_set_queue_rate_limit_t set_queue_rate_limit;

	rss_hash_update_t rss_hash_update;
	rss_hash_conf_get_t rss_hash_conf_get;
	reta_update_t reta_update;
	reta_query_t reta_query;

	eth_get_reg_t get_reg;
	eth_get_eeprom_length_t get_eeprom_length;
	eth_get_eeprom_t get_eeprom;
	eth_set_eeprom_t set_eeprom;
	eth_get_module_info_t get_module_info;
	eth_get_module_eeprom_t get_module_eeprom;

	eth_get_dcb_info get_dcb_info;

	eth_timesync_enable_t timesync_enable;
	eth_timesync_disable_t timesync_disable;
	eth_timesync_read_rx_timestamp_t timesync_read_rx_timestamp;
	eth_timesync_read_tx_timestamp_t timesync_read_tx_timestamp;
	eth_timesync_adjust_time timesync_adjust_time;
	eth_timesync_read_time timesync_read_time;
	eth_timesync_write_time timesync_write_time;
	eth_read_clock read_clock;

	eth_xstats_get_by_id_t xstats_get_by_id;
	eth_xstats_get_names_by_id_t xstats_get_names_by_id;

	eth_pool_ops_supported_t pool_ops_supported;
};

/** The port called name, or NULL. */
struct rte_eth_dev *rte_eth_dev_allocated(const char *name);

/**
 * Reserve a free port for name, with zeroed data, port_id set, MTU
 * RTE_ETHER_MTU. NULL (and a log line) if the name is taken or no port is
 * free (RTE_MAX_ETHPORTS).
 */
struct rte_eth_dev *rte_eth_dev_allocate(const char *name);

/**
 * Fire RTE_ETH_EVENT_DESTROY, free dev_private, mac_addrs and
 * hash_mac_addrs (a PMD that must keep one sets it to NULL first), and
 * return the slot to the free list.
 */
int rte_eth_dev_release_port(struct rte_eth_dev *eth_dev);

/** Free the queues and clear the configuration (port must be reconfigured). */
void rte_eth_dev_internal_reset(struct rte_eth_dev *dev);

/**
 * Allocate the port of a bus device (the bus-independent half of
 * rte_eth_vdev_allocate and rte_eth_dev_pci_allocate): the port is named
 * after the device and points back to it; private_data_size bytes of zeroed
 * private data are allocated on the device's NUMA node.
 * @return the port, or NULL (name taken, no free port, or out of memory).
 */
static inline struct rte_eth_dev *
rte_eth_dev_allocate_for_device(struct rte_device *dev,
		size_t private_data_size)
{
	struct rte_eth_dev *eth_dev = rte_eth_dev_allocate(dev->name);

	if (eth_dev == NULL)
		return NULL;
	if (private_data_size != 0) {
		eth_dev->data->dev_private = rte_zmalloc_socket(dev->name,
			private_data_size, RTE_CACHE_LINE_SIZE,
			dev->numa_node);
		if (eth_dev->data->dev_private == NULL) {
			rte_eth_dev_release_port(eth_dev);
			return NULL;
		}
	}
	eth_dev->device = dev;
	return eth_dev;
}

/**
 * Bus remove() of a PMD whose dev_close releases everything: stop the
 * device's port if it runs (hot-unplug of a running port; ethdev closes only
 * stopped ports) and close it. 0 if the application closed it already.
 */
static inline int
rte_eth_dev_remove_stop_close(struct rte_device *dev)
{
	struct rte_eth_dev *eth_dev = rte_eth_dev_allocated(dev->name);

	if (eth_dev == NULL)
		return 0;
	if (eth_dev->data->dev_started)
		rte_eth_dev_stop(eth_dev->data->port_id);
	return rte_eth_dev_close(eth_dev->data->port_id);
}

/**
 * Run the application callbacks registered for event on the port.
 * Returns the last callback's return value (0 if none).
 */
int rte_eth_dev_callback_process(struct rte_eth_dev *dev,
		enum rte_eth_event_type event, void *ret_param);

/** Last step of a successful probe: the port becomes visible; EVENT_NEW. */
void rte_eth_dev_probing_finish(struct rte_eth_dev *dev);

/**
 * Reserve (or find) IOVA-contiguous memory named after the port, name and
 * queue for a descriptor ring. NULL if the EAL cannot provide it.
 */
const struct rte_memzone *rte_eth_dma_zone_reserve(
		const struct rte_eth_dev *eth_dev, const char *name,
		uint16_t queue_id, size_t size, unsigned int align, int socket_id);
/** Free a ring reserved with rte_eth_dma_zone_reserve. */
int rte_eth_dma_zone_free(const struct rte_eth_dev *eth_dev, const char *name,
		uint16_t queue_id);

/**
 * Store a new link state atomically (a PMD's link_update/interrupt
 * handler). Returns 0 if link_status changed, -1 if not (the convention
 * of eth_link_update_t).
 */
static inline int
rte_eth_linkstatus_set(struct rte_eth_dev *dev,
		const struct rte_eth_link *new_link)
{
	union {
		uint64_t val64;
		struct rte_eth_link link;
	} old, cur;

#ifndef __cplusplus
	_Static_assert(sizeof(struct rte_eth_link) == sizeof(uint64_t),
		"rte_eth_link must be exchangeable as one 64-bit word");
#endif
	cur.val64 = 0;
	cur.link = *new_link;
	/* seq_cst: readers on other lcores see speed and status together */
	old.val64 = __atomic_exchange_n((uint64_t *)(void *)&dev->data->dev_link,
		cur.val64, __ATOMIC_SEQ_CST);
	return old.link.link_status == new_link->link_status ? -1 : 0;
}

/** Read the link state atomically (pairs with rte_eth_linkstatus_set). */
static inline void
rte_eth_linkstatus_get(const struct rte_eth_dev *dev, struct rte_eth_link *link)
{
	union {
		uint64_t val64;
		struct rte_eth_link link;
	} cur;

	cur.val64 = __atomic_load_n((const uint64_t *)(const void *)
		&dev->data->dev_link, __ATOMIC_SEQ_CST);
	*link = cur.link;
}

/** Burst function that does nothing: for ports without Rx or Tx. */
uint16_t rte_eth_pkt_burst_dummy(void *queue, struct rte_mbuf **pkts,
		uint16_t nb_pkts);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ETHDEV_DRIVER_H_ */
