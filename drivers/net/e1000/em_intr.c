/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * em PMD interrupts: the link state change (LSC) handler and rx queue 0
 * wake-ups (rte_eth_dev_rx_intr_*), on every way the device can interrupt.
 *
 * Two designs, chosen at start from the interrupt handle the bus gave us:
 *
 * - MSI-X (82574L on vfio-pci): vector 0 carries "other" causes (LSC), vector
 *   1 carries RXQ0 (IVAR, 82574 datasheet 10.2.4.9). VFIO signals vector 1's
 *   eventfd itself, which is the queue's epoll fd. EIAC makes RXQ0 clear
 *   and mask itself when its vector is sent, so one rx_intr_enable arms one
 *   wake-up (82574 datasheet 10.2.4.11 EIAC; CTRL_EXT.IAME stays 0).
 *
 * - One vector (82540EM/82545EM always; any em on INTx or MSI, over VFIO or
 *   UIO): LSC and RXT0 share the device's only interrupt. The EAL interrupt
 *   thread stays the only reader of the device fd and of ICR (two readers
 *   of one eventfd lose wake-ups: epoll re-checks readiness when it reports,
 *   so whoever reads second sees nothing, and reading ICR clears every
 *   cause). Its handler forwards RXT0 to a queue eventfd that this file
 *   owns, which is the queue's epoll fd, then handles LSC and unmasks INTx.
 *
 * Moderation: RDTR/RADV stay 0 (em_rx_init: RXT0 on every descriptor
 * write-back, SDM 3.2.7), and on one vector ITR caps the rate (SDM
 * 13.4.18) for applications that leave the interrupt armed under load.
 * With MSI-X the queue vector's EITR (82574 10.2.4.3) is set to 0 instead:
 * the one-shot EIAC arming already bounds wake-ups to one per enable.
 * (QEMU 10.0's 82574 keeps at least 128 us and sends every MSI-X message a
 * second time when that timer expires, causes or not: rx_intr_enable
 * drops such a late count before it arms the queue.)
 */
#include <errno.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_interrupts.h>
#include <ethdev_driver.h>
#include <ethdev_pci.h>
#include <bus_pci_driver.h>

#include "em_ethdev.h"

/* Minimum interval between interrupts in 256 ns units: 500 = 128 us, at
 * most ~7800 interrupts/s (the bound the 82574 datasheet gives for ITR). */
#define EM_RXI_ITR		500
/* MSI-X vector of rx queue 0 (vector 0: other causes). */
#define EM_RXI_MSIX_VEC		1

static bool
em_has_intr(const struct rte_eth_dev *dev)
{
	return dev->intr_handle != NULL &&
		rte_intr_fd_get(dev->intr_handle) >= 0 &&
		rte_intr_type_get(dev->intr_handle) != RTE_INTR_HANDLE_UNKNOWN;
}

static bool
em_is_msix(const struct rte_eth_dev *dev)
{
	return EM_HW(dev)->mac_type == e1000_82574 &&
		rte_intr_type_get(dev->intr_handle) == RTE_INTR_HANDLE_VFIO_MSIX;
}

/* The ICR bit that reports rx queue 0 in the chosen design. */
static uint32_t
em_rxi_cause(const struct em_adapter *ad)
{
	return ad->rxi_mode == EM_RXI_MSIX ? E1000_ICR_RXQ0_82574 :
		E1000_ICR_RXT0;
}

/* Has the NIC written back the descriptor the driver looks at next? Reads
 * host memory only (SDM 3.2.3: DD is the first status bit in both legacy
 * and extended write-back formats). */
static bool
em_rxq_frame_waiting(const struct em_rx_queue *rxq)
{
	uint16_t tail = __atomic_load_n(&rxq->rx_tail, __ATOMIC_RELAXED);

	if (rxq->ext_desc) {
		const volatile union e1000_rx_desc_ext *d =
			(const volatile union e1000_rx_desc_ext *)rxq->ring + tail;

		return (rte_le_to_cpu_32(d->wb.status_error) &
			E1000_RXD_STAT_DD) != 0;
	}
	const volatile struct e1000_rx_desc *d =
		(const volatile struct e1000_rx_desc *)rxq->ring + tail;

	return (d->status & E1000_RXD_STAT_DD) != 0;
}

/*
 * Drop a count the queue's eventfd holds from before this enable: a
 * wake-up that raced with the last disable, or QEMU's repeated MSI-X
 * message. Frames that came meanwhile are seen in the ring instead.
 */
static void
em_rxi_drain(struct rte_eth_dev *dev)
{
	int fd = rte_intr_efds_index_get(dev->intr_handle, 0);
	uint64_t stale;

	if (fd >= 0 && read(fd, &stale, sizeof(stale)) < 0 && errno != EAGAIN)
		EM_LOG(ERR, "port %u: cannot read the rx queue eventfd: %s",
			dev->data->port_id, strerror(errno));
}

static void
em_rxi_signal(struct rte_eth_dev *dev, int fd)
{
	uint64_t one = 1;

	if (write(fd, &one, sizeof(one)) != sizeof(one))
		EM_LOG(ERR, "port %u: cannot signal the rx queue eventfd: %s",
			dev->data->port_id, strerror(errno));
}

/*
 * One-vector design: RXT0 was in ICR. Wake the queue if it is armed and a
 * frame is really there (a frame polled earlier also leaves RXT0 behind).
 * The ICR read that reported RXT0 has flushed the descriptor write-back
 * before it (PCI ordering: a read completion does not pass posted writes).
 */
static void
em_rxi_forward(struct rte_eth_dev *dev)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	struct em_rx_queue *rxq = dev->data->rx_queues[0];
	uint32_t armed = 1;

	/* Acquire pairs with the release in em_rx_queue_intr_enable: the
	 * ring state (rx_tail) the lcore left is visible here. A stale
	 * cause with no frame behind it leaves the queue armed. */
	if (rxq == NULL || !__atomic_load_n(&ad->rxi_armed, __ATOMIC_ACQUIRE) ||
	    !em_rxq_frame_waiting(rxq))
		return;
	/* Only one of the lcore (enable) and the interrupt thread wakes. */
	if (!__atomic_compare_exchange_n(&ad->rxi_armed, &armed, 0, false,
			__ATOMIC_RELAXED, __ATOMIC_RELAXED))
		return;
	/* One wake-up per enable, as the MSI-X design's EIAC gives. */
	e1000_write_reg(&ad->hw, E1000_IMC, E1000_ICR_RXT0);
	em_rxi_signal(dev, ad->rxi_efd);
}

/* Interrupt thread: read and clear the causes, forward rx wake-ups, report
 * link changes, unmask INTx. */
static void
em_intr_handler(void *arg)
{
	struct rte_eth_dev *dev = arg;
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	struct e1000_hw *hw = &ad->hw;
	/* start/stop set the mode on the control thread */
	enum em_rxi_mode mode = __atomic_load_n(&ad->rxi_mode, __ATOMIC_RELAXED);
	uint32_t icr = e1000_read_reg(hw, E1000_ICR);

	/* Reading clears ICR on the 8254x; with MSI-X the 82574 needs the
	 * bits written back (datasheet 10.2.4.1), but not RXQ0, which
	 * belongs to vector 1 and clears itself (EIAC). */
	if (mode == EM_RXI_MSIX)
		e1000_write_reg(hw, E1000_ICR, icr & ~E1000_ICR_RXQ0_82574);
	else
		e1000_write_reg(hw, E1000_ICR, icr);
	if (mode == EM_RXI_SHARED && (icr & E1000_ICR_RXT0))
		em_rxi_forward(dev);
	if ((icr & E1000_ICR_LSC) && em_link_update(dev, 0) == 0) {
		struct rte_eth_link link;

		rte_eth_linkstatus_get(dev, &link);
		EM_LOG(INFO, "port %u link %s", dev->data->port_id,
			link.link_status ? "up" : "down");
		rte_eth_dev_callback_process(dev, RTE_ETH_EVENT_INTR_LSC, NULL);
	}
	rte_intr_ack(dev->intr_handle);
}

int
em_intr_register(struct rte_eth_dev *dev)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	int ret;

	ad->rxi_efd = -1;
	if (!em_has_intr(dev))
		return 0;
	ret = rte_intr_callback_register(dev->intr_handle, em_intr_handler, dev);
	ad->lsc_registered = ret == 0;
	return 0;
}

void
em_intr_unregister(struct rte_eth_dev *dev)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);

	if (ad->lsc_registered) {
		/* _sync: the handler may be running on the interrupt thread */
		rte_intr_callback_unregister_sync(dev->intr_handle,
			em_intr_handler, dev);
		ad->lsc_registered = false;
	}
	/* only now: the handler may signal it until it is unregistered */
	if (ad->rxi_efd >= 0) {
		close(ad->rxi_efd);
		ad->rxi_efd = -1;
	}
}

/* rte_eth_dev_configure: rx interrupts need an interrupt. */
int
em_intr_check_conf(struct rte_eth_dev *dev)
{
	const struct rte_eth_intr_conf *ic = &dev->data->dev_conf.intr_conf;

	/* (without one, intr_conf.lsc falls back to polling: see start) */
	if (ic->rxq && !em_has_intr(dev)) {
		EM_LOG(ERR, "port %u: intr_conf.rxq needs the device's interrupt,"
			" but the bus found none (VFIO reported no usable"
			" interrupt); set it to 0 and poll", dev->data->port_id);
		return -ENOTSUP;
	}
	if (ic->rxq && dev->data->nb_rx_queues > 1) {
		EM_LOG(ERR, "port %u: rx interrupts for %u queues: this MAC has"
			" one rx queue", dev->data->port_id,
			dev->data->nb_rx_queues);
		return -EINVAL;
	}
	return 0;
}

/* Map queue 0 to its vector and create the fd it is waited on with. */
static int
em_rxi_setup(struct rte_eth_dev *dev)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	struct rte_intr_handle *h = dev->intr_handle;

	if (em_is_msix(dev)) {
		/* the EAL creates the eventfd; the PCI layer hands it to
		 * VFIO as vector 1 in rte_intr_enable */
		if (rte_intr_efd_enable(h, 1) != 0)
			goto fail;
		__atomic_store_n(&ad->rxi_mode, EM_RXI_MSIX, __ATOMIC_RELAXED);
	} else {
		/* kept from start to close (see em_intr_unregister); a count
		 * left from the last run goes at the first enable */
		if (ad->rxi_efd < 0)
			ad->rxi_efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
		if (ad->rxi_efd < 0 ||
		    rte_intr_efds_index_set(h, 0, ad->rxi_efd) != 0 ||
		    rte_intr_nb_efd_set(h, 1) != 0 ||
		    /* vector 0 still serves LSC besides the queue */
		    rte_intr_max_intr_set(h, 2) != 0 ||
		    rte_intr_efd_counter_size_set(h, sizeof(uint64_t)) != 0)
			goto fail;
		__atomic_store_n(&ad->rxi_mode, EM_RXI_SHARED, __ATOMIC_RELAXED);
	}
	if (rte_intr_vec_list_alloc(h, "em_intr_vec", 1) != 0 ||
	    rte_intr_vec_list_index_set(h, 0, RTE_INTR_VEC_RXTX_OFFSET) != 0)
		goto fail;
	__atomic_store_n(&ad->rxi_armed, 0, __ATOMIC_RELAXED);
	return 0;
fail:
	EM_LOG(ERR, "port %u: cannot set up the rx queue interrupt fd: %s",
		dev->data->port_id, strerror(errno));
	em_intr_stop(dev);
	return -EIO;
}

/* Route causes (82574 10.2.4.9 IVAR, 10.2.4.11 EIAC, no EITR throttling)
 * or set the rate limit of the one vector (SDM 13.4.18 ITR). */
static void
em_intr_moderation(struct rte_eth_dev *dev)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	struct e1000_hw *hw = &ad->hw;
	uint32_t itr = ad->rxi_mode != EM_RXI_NONE ? EM_RXI_ITR : 0;

	if (em_is_msix(dev)) {
		uint32_t ivar = E1000_IVAR_VALID << E1000_IVAR_OTHER_SHIFT;
		uint32_t eiac = 0;

		if (ad->rxi_mode == EM_RXI_MSIX) {
			ivar |= (E1000_IVAR_VALID | EM_RXI_MSIX_VEC) <<
				E1000_IVAR_RXQ0_SHIFT;
			eiac = E1000_ICR_RXQ0_82574;
		}
		e1000_write_reg(hw, E1000_IVAR_82574, ivar);
		e1000_write_reg(hw, E1000_EIAC_82574, eiac);
		e1000_write_reg(hw, E1000_EITR_82574(EM_RXI_MSIX_VEC), 0);
		return;
	}
	e1000_write_reg(hw, E1000_ITR, itr);
}

int
em_intr_start(struct rte_eth_dev *dev)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	const struct rte_eth_intr_conf *ic = &dev->data->dev_conf.intr_conf;
	struct e1000_hw *hw = &ad->hw;
	uint32_t ims = ic->lsc ? E1000_ICR_LSC : 0;
	int ret;

	__atomic_store_n(&ad->rxi_mode, EM_RXI_NONE, __ATOMIC_RELAXED);
	if (!ic->lsc && !ic->rxq) {
		em_intr_moderation(dev);	/* no rate limit left behind */
		return 0;
	}
	if (!em_has_intr(dev)) {
		EM_LOG(WARNING, "port %u: no interrupt available; link changes"
			" are seen by polling only", dev->data->port_id);
		return 0;
	}
	if (ic->rxq) {
		ret = em_rxi_setup(dev);
		if (ret != 0)
			return ret;
	}
	em_intr_moderation(dev);
	if (em_is_msix(dev) && ims != 0)
		ims |= E1000_ICR_OTHER_82574;
	if (rte_intr_enable(dev->intr_handle) != 0) {
		EM_LOG(ERR, "port %u: cannot enable the interrupt",
			dev->data->port_id);
		em_intr_stop(dev);
		return -EIO;
	}
	ad->intr_enabled = true;
	e1000_write_reg(hw, E1000_IMS, ims);
	if (ad->rxi_mode != EM_RXI_NONE)
		EM_LOG(INFO, "port %u: rx queue interrupt on %s",
			dev->data->port_id, ad->rxi_mode == EM_RXI_MSIX ?
			"MSI-X vector 1 (link on vector 0)" :
			"the device's one vector, shared with the link");
	return 0;
}

void
em_intr_stop(struct rte_eth_dev *dev)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	struct rte_intr_handle *h = dev->intr_handle;

	e1000_write_reg(&ad->hw, E1000_IMC, 0xffffffff);
	if (ad->intr_enabled) {
		rte_intr_disable(h);
		ad->intr_enabled = false;
	}
	__atomic_store_n(&ad->rxi_armed, 0, __ATOMIC_RELAXED);
	if (h != NULL && rte_intr_nb_efd_get(h) > 0) {
		/* leaves the epoll sets; closes the fds the EAL created */
		rte_intr_efd_disable(h);
		rte_intr_vec_list_free(h);
	}
	if (ad->rxi_efd >= 0)
		rte_intr_efds_index_set(h, 0, -1);
	__atomic_store_n(&ad->rxi_mode, EM_RXI_NONE, __ATOMIC_RELAXED);
}

int
em_rx_queue_intr_enable(struct rte_eth_dev *dev, uint16_t queue_id)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);
	struct e1000_hw *hw = &ad->hw;
	struct em_rx_queue *rxq = dev->data->rx_queues[queue_id];
	uint32_t cause = em_rxi_cause(ad);

	if (ad->rxi_mode == EM_RXI_NONE || rxq == NULL) {
		EM_LOG(ERR, "port %u: rx interrupts are off: configure with"
			" intr_conf.rxq = 1 and start the port",
			dev->data->port_id);
		return -ENOTSUP;
	}
	em_rxi_drain(dev);
	if (ad->rxi_mode == EM_RXI_MSIX) {
		/* Forget RXQ0 left by frames already polled, or the IMS
		 * write would fire at once (ICR is write-1-to-clear in
		 * MSI-X mode, 82574 10.2.4.1). */
		e1000_write_reg(hw, E1000_ICR, cause);
	} else {
		/* Release: the handler reads rx_tail after it sees armed. */
		__atomic_store_n(&ad->rxi_armed, 1, __ATOMIC_RELEASE);
	}
	e1000_write_reg(hw, E1000_IMS, cause);
	/*
	 * A frame written back before the IMS write may have raised its
	 * cause while masked (cleared above, or read away by the LSC
	 * handler): if one waits, wake the queue now. The full barrier
	 * orders the IMS write before the descriptor read; a frame the read
	 * misses raises the cause with IMS set.
	 */
	rte_mb();
	if (em_rxq_frame_waiting(rxq)) {
		if (ad->rxi_mode == EM_RXI_SHARED)
			em_rxi_forward(dev);
		else
			e1000_write_reg(hw, E1000_ICS, cause);
	}
	return 0;
}

int
em_rx_queue_intr_disable(struct rte_eth_dev *dev, uint16_t queue_id __rte_unused)
{
	struct em_adapter *ad = EM_DEV_PRIVATE(dev);

	if (ad->rxi_mode == EM_RXI_NONE)
		return -ENOTSUP;
	__atomic_store_n(&ad->rxi_armed, 0, __ATOMIC_RELAXED);
	e1000_write_reg(&ad->hw, E1000_IMC, em_rxi_cause(ad));
	return 0;
}
