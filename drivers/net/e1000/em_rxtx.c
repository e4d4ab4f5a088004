/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * em receive and transmit: rings, queue setup and the burst functions.
 * Receive uses legacy descriptors on the 8254x (SDM 3.2) and extended
 * descriptors on the 82574 (datasheet 7.1.5); transmit uses TCP/IP data
 * descriptors with a context descriptor when checksums are offloaded
 * (SDM 3.3.6-3.3.7). The burst functions do no MMIO reads: completion is
 * seen in the descriptors' DD bits, the tail is written once per burst.
 */
#include <errno.h>
#include <string.h>

#include <rte_common.h>
#include <rte_malloc.h>
#include <rte_memzone.h>
#include <rte_mbuf.h>
#include <rte_prefetch.h>
#include <rte_byteorder.h>
#include <rte_ip.h>
#include <rte_tcp.h>
#include <rte_udp.h>
#include <ethdev_driver.h>

#include "em_ethdev.h"

#define EM_DEFAULT_RX_FREE_THRESH 32
#define EM_DEFAULT_TX_RS_THRESH 32
#define EM_DEFAULT_TX_FREE_THRESH 32
/* Mbufs returned to a pool per rte_mempool_put_bulk by the tx cleanup. */
#define EM_TX_FREE_BATCH 64

static inline uint16_t
ring_next(uint16_t i, uint16_t n)
{
	return (uint16_t)(i + 1 == n ? 0 : i + 1);
}

/* ---- receive ----------------------------------------------------------- */

/* Checksum flags from the status and error bytes (SDM 3.2.3.1). */
static inline uint64_t
em_rx_cksum_flags(uint32_t status, uint32_t errors)
{
	uint64_t f = 0;

	if (status & E1000_RXD_STAT_IXSM)
		return 0;
	if (status & E1000_RXD_STAT_IPCS)
		f |= (errors & E1000_RXD_ERR_IPE) ? RTE_MBUF_F_RX_IP_CKSUM_BAD :
			RTE_MBUF_F_RX_IP_CKSUM_GOOD;
	if (status & (E1000_RXD_STAT_TCPCS | E1000_RXD_STAT_UDPCS))
		f |= (errors & E1000_RXD_ERR_TCPE) ? RTE_MBUF_F_RX_L4_CKSUM_BAD :
			RTE_MBUF_F_RX_L4_CKSUM_GOOD;
	return f;
}

/*
 * Add one received buffer to the frame being assembled; returns the frame
 * when this was its last buffer and it is good, else NULL. Frames with MAC
 * errors and frames spread over several buffers without scatter are
 * dropped and counted (the queue keeps going).
 */
static inline struct rte_mbuf *
em_rx_add_segment(struct em_rx_queue *rxq, struct rte_mbuf *m, uint16_t len,
		uint32_t status, uint32_t errors, uint16_t vlan)
{
	struct rte_mbuf *first = rxq->pkt_first;

	m->data_off = RTE_PKTMBUF_HEADROOM;
	m->data_len = len;
	m->ol_flags = 0;
	if (first == NULL) {
		first = m;
		m->pkt_len = len;
	} else {
		rxq->pkt_last->next = m;
		first->pkt_len += len;
		first->nb_segs++;
	}
	if (!(status & E1000_RXD_STAT_EOP)) {
		rxq->pkt_first = first;
		rxq->pkt_last = m;
		return NULL;
	}
	rxq->pkt_first = NULL;
	if (unlikely(errors & E1000_RXD_ERR_FRAME)) {
		rxq->drop_err++;
		rte_pktmbuf_free(first);
		return NULL;
	}
	if (unlikely(first->nb_segs > 1 && !rxq->scatter)) {
		if (rxq->drop_long++ == 0)
			EM_LOG(WARNING, "port %u rxq %u: %u-byte frame longer than"
				" a %u-byte buffer dropped; enable scatter rx or use"
				" larger mbufs", rxq->port_id, rxq->queue_id,
				first->pkt_len, rxq->buf_len);
		rte_pktmbuf_free(first);
		return NULL;
	}
	first->port = rxq->port_id;
	first->packet_type = RTE_PTYPE_L2_ETHER;
	first->ol_flags = em_rx_cksum_flags(status, errors);
	if (status & E1000_RXD_STAT_VP) {
		first->vlan_tci = vlan;
		first->ol_flags |= RTE_MBUF_F_RX_VLAN | RTE_MBUF_F_RX_VLAN_STRIPPED;
	}
	return first;
}

/* Give descriptor i a fresh buffer, in either format: the buffer address
 * in the first quadword, zero in the second (legacy: clears the status
 * byte; extended: the read format's reserved word, which overlays the
 * write-back status). */
static inline void
em_rx_arm(struct em_rx_queue *rxq, uint16_t i, struct rte_mbuf *m)
{
	volatile uint64_t *d = (volatile uint64_t *)rxq->ring + 2 * i;

	rxq->sw_ring[i] = m;
	d[0] = rte_cpu_to_le_64(rte_mbuf_data_iova_default(m));
	d[1] = 0;
}

/* Hand refilled descriptors back to the NIC, at most once per burst: one
 * RDT write (an MMIO exit under emulation) per free_thresh frames. */
static inline void
em_rx_update_tail(struct em_rx_queue *rxq)
{
	uint16_t rdt;

	if (rxq->nb_hold <= rxq->free_thresh)
		return;
	/* RDT points at the last refilled descriptor: the NIC fills up to
	 * the one before it, so head never catches tail (SDM 3.2.6). */
	rdt = rxq->rx_tail == 0 ? (uint16_t)(rxq->nb_desc - 1) :
		(uint16_t)(rxq->rx_tail - 1);
	/* rte_write32: the refilled descriptors reach memory first. */
	rte_write32(rdt, rxq->rdt_reg);
	rxq->nb_hold = 0;
}

uint16_t
em_recv_pkts(void *queue, struct rte_mbuf **rx_pkts, uint16_t nb_pkts)
{
	struct em_rx_queue *rxq = queue;
	volatile struct e1000_rx_desc *ring = rxq->ring;
	uint16_t tail = rxq->rx_tail, nb_rx = 0;

	while (nb_rx < nb_pkts) {
		volatile struct e1000_rx_desc *d = &ring[tail];
		struct rte_mbuf *m, *nmb, *pkt;
		uint16_t len, vlan;
		uint8_t status, errors;

		/* Acquire: the rest of the descriptor is read after DD. */
		status = __atomic_load_n(&d->status, __ATOMIC_ACQUIRE);
		if (!(status & E1000_RXD_STAT_DD))
			break;
		nmb = rte_mbuf_raw_alloc(rxq->mp);
		if (unlikely(nmb == NULL)) {
			/* Leave the frame in the ring; retried next burst. */
			rxq->dev_data->rx_mbuf_alloc_failed++;
			break;
		}
		len = rte_le_to_cpu_16(d->length);
		errors = d->errors;
		vlan = rte_le_to_cpu_16(d->special);
		m = rxq->sw_ring[tail];
		em_rx_arm(rxq, tail, nmb);
		tail = ring_next(tail, rxq->nb_desc);
		rte_prefetch0(rxq->sw_ring[tail]);
		rte_prefetch0((const void *)(uintptr_t)&ring[tail]);
		rxq->nb_hold++;
		pkt = em_rx_add_segment(rxq, m, len, status, errors, vlan);
		if (pkt != NULL)
			rx_pkts[nb_rx++] = pkt;
	}
	rxq->rx_tail = tail;
	em_rx_update_tail(rxq);
	return nb_rx;
}

uint16_t
em_recv_pkts_ext(void *queue, struct rte_mbuf **rx_pkts, uint16_t nb_pkts)
{
	struct em_rx_queue *rxq = queue;
	volatile union e1000_rx_desc_ext *ring = rxq->ring;
	uint16_t tail = rxq->rx_tail, nb_rx = 0;

	while (nb_rx < nb_pkts) {
		volatile union e1000_rx_desc_ext *d = &ring[tail];
		struct rte_mbuf *m, *nmb, *pkt;
		uint32_t staterr;
		uint16_t len, vlan;

		/* Acquire: the rest of the descriptor is read after DD. */
		staterr = rte_le_to_cpu_32(__atomic_load_n(&d->wb.status_error,
			__ATOMIC_ACQUIRE));
		if (!(staterr & E1000_RXD_STAT_DD))
			break;
		nmb = rte_mbuf_raw_alloc(rxq->mp);
		if (unlikely(nmb == NULL)) {
			rxq->dev_data->rx_mbuf_alloc_failed++;
			break;
		}
		len = rte_le_to_cpu_16(d->wb.length);
		vlan = rte_le_to_cpu_16(d->wb.vlan);
		m = rxq->sw_ring[tail];
		/* The read format overlays write-back: this clears DD. */
		em_rx_arm(rxq, tail, nmb);
		tail = ring_next(tail, rxq->nb_desc);
		rte_prefetch0(rxq->sw_ring[tail]);
		rte_prefetch0((const void *)(uintptr_t)&ring[tail]);
		rxq->nb_hold++;
		pkt = em_rx_add_segment(rxq, m, len, staterr & 0xfffff,
			staterr >> E1000_RXDEXT_ERR_SHIFT, vlan);
		if (pkt != NULL)
			rx_pkts[nb_rx++] = pkt;
	}
	rxq->rx_tail = tail;
	em_rx_update_tail(rxq);
	return nb_rx;
}

/* ---- transmit ---------------------------------------------------------- */

/*
 * Return the mbuf segments of count slots from first to their pools: one
 * rte_mempool_put_bulk per run of segments from one pool (one per-lcore
 * cache lookup per batch rather than per mbuf). Slots of context
 * descriptors hold none.
 */
static void
em_tx_free_slots(struct em_tx_queue *txq, uint16_t first, uint16_t count)
{
	struct rte_mbuf *batch[EM_TX_FREE_BATCH];
	struct rte_mempool *pool = NULL;
	unsigned int nb = 0;
	uint16_t i = first;

	for (; count != 0; count--, i = ring_next(i, txq->nb_desc)) {
		struct rte_mbuf *m = txq->sw_ring[i].mbuf;

		if (m == NULL)
			continue;
		txq->sw_ring[i].mbuf = NULL;
		m = rte_pktmbuf_prefree_seg(m);
		if (m == NULL)
			continue;	/* still referenced elsewhere */
		if (m->pool != pool || nb == RTE_DIM(batch)) {
			if (nb != 0)
				rte_mempool_put_bulk(pool, (void **)batch, nb);
			pool = m->pool;
			nb = 0;
		}
		batch[nb++] = m;
	}
	if (nb != 0)
		rte_mempool_put_bulk(pool, (void **)batch, nb);
}

/*
 * Reclaim the descriptors up to the next RS descriptor if the NIC has
 * written it back, and free their mbufs. RS is set on the last descriptor
 * of the packet that covers slot last_cleaned + rs_thresh, and every slot
 * of a packet records that packet's last descriptor, so one DD check
 * frees a whole batch (SDM 3.3.3.2: only RS descriptors get DD back).
 */
static int
em_tx_cleanup(struct em_tx_queue *txq)
{
	uint16_t n = txq->nb_desc, from = txq->last_cleaned, idx, last, nb;
	volatile union e1000_tx_slot *d;

	/* Slots beyond the used part of the ring are stale: not ours. */
	if ((uint16_t)(n - 1 - txq->nb_free) < txq->rs_thresh)
		return -1;
	idx = (uint16_t)(from + txq->rs_thresh);
	if (idx >= n)
		idx = (uint16_t)(idx - n);
	last = txq->sw_ring[idx].last_id;
	d = &txq->ring[last];
	/* Acquire: only after DD may the slots be rewritten. */
	if (!(__atomic_load_n(&d->legacy.status, __ATOMIC_ACQUIRE) &
			E1000_TXD_STAT_DD))
		return -1;
	nb = (uint16_t)(last >= from ? last - from : last + n - from);
	em_tx_free_slots(txq, ring_next(from, n), nb);
	txq->last_cleaned = last;
	txq->nb_free = (uint16_t)(txq->nb_free + nb);
	return 0;
}

int
em_tx_done_cleanup(void *queue, uint32_t free_cnt)
{
	struct em_tx_queue *txq = queue;
	uint32_t done = 0;
	uint16_t before;

	while (free_cnt == 0 || done < free_cnt) {
		before = txq->nb_free;
		if (em_tx_cleanup(txq) != 0)
			break;
		done += (uint16_t)(txq->nb_free - before);
	}
	return (int)done;
}

/* The offload context a packet needs, 0 for none (SDM 3.3.6). */
static inline uint64_t
em_tx_ctx_key(const struct rte_mbuf *m)
{
	uint64_t need = m->ol_flags & (RTE_MBUF_F_TX_IP_CKSUM |
		RTE_MBUF_F_TX_L4_MASK);

	if (need == 0)
		return 0;
	return need | (m->ol_flags & RTE_MBUF_F_TX_IPV4) |
		((uint64_t)m->l2_len << 8) | ((uint64_t)m->l3_len << 16) |
		(UINT64_C(1) << 63);
}

static inline void
em_tx_write_ctx(volatile struct e1000_context_desc *c, const struct rte_mbuf *m)
{
	uint32_t l2 = m->l2_len, l3 = m->l3_len, cmd;
	uint64_t l4 = m->ol_flags & RTE_MBUF_F_TX_L4_MASK;

	cmd = E1000_TXD_TUCMD_DEXT | E1000_TXD_DTYP_C;
	if (m->ol_flags & (RTE_MBUF_F_TX_IPV4 | RTE_MBUF_F_TX_IP_CKSUM))
		cmd |= E1000_TXD_TUCMD_IP;
	if (l4 == RTE_MBUF_F_TX_TCP_CKSUM)
		cmd |= E1000_TXD_TUCMD_TCP;
	c->ipcss = (uint8_t)l2;
	c->ipcso = (uint8_t)(l2 + offsetof(struct rte_ipv4_hdr, hdr_checksum));
	c->ipcse = rte_cpu_to_le_16((uint16_t)(l2 + l3 - 1));
	c->tucss = (uint8_t)(l2 + l3);
	c->tucso = (uint8_t)(l2 + l3 + (l4 == RTE_MBUF_F_TX_TCP_CKSUM ?
		offsetof(struct rte_tcp_hdr, cksum) :
		offsetof(struct rte_udp_hdr, dgram_cksum)));
	c->tucse = 0;
	c->cmd_and_length = rte_cpu_to_le_32(cmd);
	c->status = 0;
	c->hdr_len = 0;
	c->mss = 0;
}

/* Per-packet option bits of the data descriptors' upper word. */
static inline uint32_t
em_tx_upper(const struct rte_mbuf *m, uint64_t key)
{
	uint32_t up = 0;

	if (key != 0) {
		if (m->ol_flags & RTE_MBUF_F_TX_IP_CKSUM)
			up |= E1000_TXD_POPTS_IXSM;
		if (m->ol_flags & RTE_MBUF_F_TX_L4_MASK)
			up |= E1000_TXD_POPTS_TXSM;
	}
	if (m->ol_flags & RTE_MBUF_F_TX_VLAN)
		up |= (uint32_t)m->vlan_tci << E1000_TXD_VLAN_SHIFT;
	return up;
}

/* Take slot idx for mbuf seg (NULL for a context). Free slots hold no
 * mbuf: em_tx_cleanup freed it when it reclaimed the slot. */
static inline void
em_tx_take_slot(struct em_tx_queue *txq, uint16_t idx, struct rte_mbuf *seg,
		uint16_t last)
{
	struct em_tx_entry *e = &txq->sw_ring[idx];

	RTE_ASSERT(e->mbuf == NULL);
	e->mbuf = seg;
	e->last_id = last;
}

uint16_t
em_xmit_pkts(void *queue, struct rte_mbuf **tx_pkts, uint16_t nb_pkts)
{
	struct em_tx_queue *txq = queue;
	uint16_t tail = txq->tx_tail, n = txq->nb_desc, nb_tx;

	if (txq->nb_free < txq->free_thresh)
		em_tx_cleanup(txq);
	for (nb_tx = 0; nb_tx < nb_pkts; nb_tx++) {
		struct rte_mbuf *m = tx_pkts[nb_tx], *seg;
		uint64_t key = em_tx_ctx_key(m);
		bool need_ctx = key != 0 && key != txq->ctx_key;
		uint16_t nb_used = (uint16_t)(m->nb_segs + need_ctx), last;
		uint32_t dcmd, upper;

		if (nb_used > txq->nb_free) {
			em_tx_cleanup(txq);
			if (nb_used > txq->nb_free)
				break;
		}
		last = (uint16_t)(tail + nb_used - 1);
		if (last >= n)
			last = (uint16_t)(last - n);
		if (need_ctx) {
			em_tx_take_slot(txq, tail, NULL, last);
			em_tx_write_ctx(&txq->ring[tail].ctx, m);
			txq->ctx_key = key;
			tail = ring_next(tail, n);
		}
		dcmd = (E1000_TXD_CMD_DEXT | E1000_TXD_CMD_IFCS |
			((m->ol_flags & RTE_MBUF_F_TX_VLAN) ? E1000_TXD_CMD_VLE : 0))
			<< E1000_TXD_DCMD_SHIFT | E1000_TXD_DTYP_D;
		upper = em_tx_upper(m, key);
		txq->nb_since_rs = (uint16_t)(txq->nb_since_rs + nb_used);
		for (seg = m; seg != NULL; seg = seg->next) {
			volatile struct e1000_data_desc *d = &txq->ring[tail].data;
			uint32_t lower = dcmd | seg->data_len;

			if (seg->next == NULL) {
				lower |= E1000_TXD_CMD_EOP << E1000_TXD_DCMD_SHIFT;
				if (txq->nb_since_rs >= txq->rs_thresh) {
					lower |= E1000_TXD_CMD_RS <<
						E1000_TXD_DCMD_SHIFT;
					txq->nb_since_rs = 0;
				}
			}
			em_tx_take_slot(txq, tail, seg, last);
			d->buffer_addr = rte_cpu_to_le_64(rte_mbuf_data_iova(seg));
			d->lower = rte_cpu_to_le_32(lower);
			d->upper = rte_cpu_to_le_32(upper);
			tail = ring_next(tail, n);
		}
		txq->nb_free = (uint16_t)(txq->nb_free - nb_used);
	}
	if (nb_tx != 0) {
		txq->tx_tail = tail;
		/* rte_write32: the descriptors reach memory before the NIC
		 * is told about them. */
		rte_write32(tail, txq->tdt_reg);
	}
	return nb_tx;
}

/* ---- queue setup and release -------------------------------------------- */

static int
em_check_nb_desc(uint16_t nb_desc)
{
	if (nb_desc % E1000_RING_ALIGN != 0 || nb_desc < E1000_MIN_RING_DESC ||
	    nb_desc > E1000_MAX_RING_DESC) {
		EM_LOG(ERR, "ring size %u invalid: use a multiple of %d between"
			" %d and %d", nb_desc, E1000_RING_ALIGN,
			E1000_MIN_RING_DESC, E1000_MAX_RING_DESC);
		return -EINVAL;
	}
	return 0;
}

static void
em_rx_queue_free_mbufs(struct em_rx_queue *rxq)
{
	uint16_t i;

	if (rxq->pkt_first != NULL)
		rte_pktmbuf_free(rxq->pkt_first);
	rxq->pkt_first = rxq->pkt_last = NULL;
	for (i = 0; i < rxq->nb_desc; i++) {
		if (rxq->sw_ring[i] != NULL)
			rte_pktmbuf_free_seg(rxq->sw_ring[i]);
		rxq->sw_ring[i] = NULL;
	}
}

static void
em_tx_queue_free_mbufs(struct em_tx_queue *txq)
{
	uint16_t i;

	for (i = 0; i < txq->nb_desc; i++) {
		if (txq->sw_ring[i].mbuf != NULL)
			rte_pktmbuf_free_seg(txq->sw_ring[i].mbuf);
		txq->sw_ring[i].mbuf = NULL;
	}
}

void
em_rx_queue_release(struct rte_eth_dev *dev, uint16_t queue_id)
{
	struct em_rx_queue *rxq = dev->data->rx_queues[queue_id];

	if (rxq == NULL)
		return;
	em_rx_queue_free_mbufs(rxq);
	rte_free(rxq->sw_ring);
	rte_memzone_free(rxq->mz);
	rte_free(rxq);
	dev->data->rx_queues[queue_id] = NULL;
}

void
em_tx_queue_release(struct rte_eth_dev *dev, uint16_t queue_id)
{
	struct em_tx_queue *txq = dev->data->tx_queues[queue_id];

	if (txq == NULL)
		return;
	em_tx_queue_free_mbufs(txq);
	rte_free(txq->sw_ring);
	rte_memzone_free(txq->mz);
	rte_free(txq);
	dev->data->tx_queues[queue_id] = NULL;
}

/* A ring of size bytes in IOVA-contiguous memory, unique per port/queue. */
static const struct rte_memzone *
em_ring_alloc(struct rte_eth_dev *dev, const char *what, uint16_t queue_id,
		size_t size, unsigned int socket_id)
{
	char name[RTE_MEMZONE_NAMESIZE];

	snprintf(name, sizeof(name), "em_%u_%s%u", dev->data->port_id, what,
		queue_id);
	return rte_memzone_reserve_aligned(name, size, (int)socket_id,
		RTE_MEMZONE_IOVA_CONTIG, E1000_RING_BASE_ALIGN);
}

int
em_rx_queue_setup(struct rte_eth_dev *dev, uint16_t queue_id,
		uint16_t nb_desc, unsigned int socket_id,
		const struct rte_eth_rxconf *conf, struct rte_mempool *mp)
{
	struct e1000_hw *hw = EM_HW(dev);
	struct em_rx_queue *rxq;
	uint32_t room;
	int ret;

	ret = em_check_nb_desc(nb_desc);
	if (ret != 0)
		return ret;
	room = rte_pktmbuf_data_room_size(mp);
	if (room < RTE_PKTMBUF_HEADROOM + 256) {
		EM_LOG(ERR, "mempool %s: %u-byte data room leaves less than the"
			" 256-byte minimum buffer after the headroom", mp->name,
			room);
		return -EINVAL;
	}
	if (dev->data->rx_queues[queue_id] != NULL)
		em_rx_queue_release(dev, queue_id);
	rxq = rte_zmalloc_socket("em_rxq", sizeof(*rxq), RTE_CACHE_LINE_SIZE,
		(int)socket_id);
	if (rxq == NULL)
		return -ENOMEM;
	rxq->sw_ring = rte_zmalloc_socket("em_rx_sw", sizeof(rxq->sw_ring[0]) *
		nb_desc, RTE_CACHE_LINE_SIZE, (int)socket_id);
	rxq->mz = em_ring_alloc(dev, "rx", queue_id,
		(size_t)nb_desc * sizeof(struct e1000_rx_desc), socket_id);
	if (rxq->sw_ring == NULL || rxq->mz == NULL) {
		EM_LOG(ERR, "port %u rxq %u: out of memory for a %u-descriptor"
			" ring", dev->data->port_id, queue_id, nb_desc);
		rte_free(rxq->sw_ring);
		rte_memzone_free(rxq->mz);
		rte_free(rxq);
		return -ENOMEM;
	}
	rxq->ring = rxq->mz->addr;
	rxq->ring_iova = rxq->mz->iova;
	rxq->mp = mp;
	rxq->dev_data = dev->data;
	rxq->nb_desc = nb_desc;
	rxq->free_thresh = conf->rx_free_thresh != 0 ?
		RTE_MIN(conf->rx_free_thresh, (uint16_t)(nb_desc / 2)) :
		EM_DEFAULT_RX_FREE_THRESH;
	rxq->queue_id = queue_id;
	rxq->port_id = dev->data->port_id;
	rxq->ext_desc = hw->mac_type == e1000_82574;
	dev->data->rx_queues[queue_id] = rxq;
	return 0;
}

int
em_tx_queue_setup(struct rte_eth_dev *dev, uint16_t queue_id,
		uint16_t nb_desc, unsigned int socket_id,
		const struct rte_eth_txconf *conf)
{
	struct em_tx_queue *txq;
	uint16_t rs, fr, i;
	int ret;

	ret = em_check_nb_desc(nb_desc);
	if (ret != 0)
		return ret;
	rs = conf->tx_rs_thresh != 0 ? conf->tx_rs_thresh :
		EM_DEFAULT_TX_RS_THRESH;
	fr = conf->tx_free_thresh != 0 ? conf->tx_free_thresh :
		EM_DEFAULT_TX_FREE_THRESH;
	if (rs >= nb_desc - 2 || fr >= nb_desc - 3 || rs > fr) {
		EM_LOG(ERR, "port %u txq %u: tx_rs_thresh %u / tx_free_thresh %u"
			" invalid for %u descriptors: need rs <= free < ring - 3",
			dev->data->port_id, queue_id, rs, fr, nb_desc);
		return -EINVAL;
	}
	if (dev->data->tx_queues[queue_id] != NULL)
		em_tx_queue_release(dev, queue_id);
	txq = rte_zmalloc_socket("em_txq", sizeof(*txq), RTE_CACHE_LINE_SIZE,
		(int)socket_id);
	if (txq == NULL)
		return -ENOMEM;
	txq->sw_ring = rte_zmalloc_socket("em_tx_sw", sizeof(txq->sw_ring[0]) *
		nb_desc, RTE_CACHE_LINE_SIZE, (int)socket_id);
	txq->mz = em_ring_alloc(dev, "tx", queue_id,
		(size_t)nb_desc * sizeof(union e1000_tx_slot), socket_id);
	if (txq->sw_ring == NULL || txq->mz == NULL) {
		EM_LOG(ERR, "port %u txq %u: out of memory for a %u-descriptor"
			" ring", dev->data->port_id, queue_id, nb_desc);
		rte_free(txq->sw_ring);
		rte_memzone_free(txq->mz);
		rte_free(txq);
		return -ENOMEM;
	}
	txq->ring = txq->mz->addr;
	txq->ring_iova = txq->mz->iova;
	txq->nb_desc = nb_desc;
	txq->rs_thresh = rs;
	txq->free_thresh = fr;
	txq->queue_id = queue_id;
	txq->port_id = dev->data->port_id;
	txq->offloads = conf->offloads | dev->data->dev_conf.txmode.offloads;
	for (i = 0; i < nb_desc; i++)
		txq->sw_ring[i].last_id = i;
	dev->data->tx_queues[queue_id] = txq;
	return 0;
}

/* ---- start/stop: program the rings (SDM 14.4 and 14.5) ------------------- */

static uint32_t
em_rctl_bsize(uint16_t buf, uint16_t *used)
{
	static const struct { uint16_t size; uint32_t bits; } sz[] = {
		{ 16384, E1000_RCTL_SZ_16384 }, { 8192, E1000_RCTL_SZ_8192 },
		{ 4096, E1000_RCTL_SZ_4096 }, { 2048, E1000_RCTL_SZ_2048 },
		{ 1024, E1000_RCTL_SZ_1024 }, { 512, E1000_RCTL_SZ_512 },
		{ 256, E1000_RCTL_SZ_256 },
	};
	unsigned int i;

	for (i = 0; i < RTE_DIM(sz) - 1 && sz[i].size > buf; i++)
		;
	*used = sz[i].size;
	return sz[i].bits;
}

int
em_rx_init(struct rte_eth_dev *dev)
{
	struct e1000_hw *hw = EM_HW(dev);
	struct em_rx_queue *rxq = dev->data->rx_queues[0];
	uint64_t offloads = dev->data->dev_conf.rxmode.offloads;
	uint32_t max_frame = dev->data->mtu + EM_ETH_OVERHEAD;
	uint32_t rctl, rxcsum;
	uint16_t i, buf;

	if (rxq == NULL) {
		EM_LOG(ERR, "port %u: rx queue 0 not set up", dev->data->port_id);
		return -EINVAL;
	}
	rctl = em_rctl_bsize((uint16_t)RTE_MIN(rte_pktmbuf_data_room_size(rxq->mp) -
		RTE_PKTMBUF_HEADROOM, 16384), &buf);
	rxq->buf_len = buf;
	rxq->scatter = (offloads & RTE_ETH_RX_OFFLOAD_SCATTER) != 0;
	if (max_frame > buf && !rxq->scatter) {
		EM_LOG(ERR, "port %u: MTU %u needs %u-byte frames but buffers hold"
			" %u bytes: enable the scatter rx offload or use a mempool"
			" with larger mbufs", dev->data->port_id, dev->data->mtu,
			max_frame, buf);
		return -EINVAL;
	}
	dev->data->scattered_rx = rxq->scatter;
	rxq->rx_tail = 0;
	rxq->nb_hold = 0;
	for (i = 0; i < rxq->nb_desc; i++) {
		struct rte_mbuf *m = rte_mbuf_raw_alloc(rxq->mp);

		if (m == NULL) {
			EM_LOG(ERR, "port %u: mempool %s has fewer than %u free"
				" mbufs for the rx ring", dev->data->port_id,
				rxq->mp->name, rxq->nb_desc);
			em_rx_queue_free_mbufs(rxq);
			return -ENOMEM;
		}
		em_rx_arm(rxq, i, m);
	}
	rxq->pkt_first = rxq->pkt_last = NULL;
	rxq->rdt_reg = hw->hw_addr + E1000_RDT;
	e1000_write_reg(hw, E1000_RDBAL, (uint32_t)rxq->ring_iova);
	e1000_write_reg(hw, E1000_RDBAH, (uint32_t)(rxq->ring_iova >> 32));
	e1000_write_reg(hw, E1000_RDLEN,
		(uint32_t)rxq->nb_desc * sizeof(struct e1000_rx_desc));
	/* QEMU does not clear head/tail on reset: set both. */
	e1000_write_reg(hw, E1000_RDH, 0);
	e1000_write_reg(hw, E1000_RDT, (uint32_t)(rxq->nb_desc - 1));
	e1000_write_reg(hw, E1000_RDTR, 0);
	e1000_write_reg(hw, E1000_RADV, 0);
	rxcsum = 0;
	if (offloads & RTE_ETH_RX_OFFLOAD_IPV4_CKSUM)
		rxcsum |= E1000_RXCSUM_IPOFL;
	if (offloads & (RTE_ETH_RX_OFFLOAD_TCP_CKSUM |
			RTE_ETH_RX_OFFLOAD_UDP_CKSUM))
		rxcsum |= E1000_RXCSUM_TUOFL;
	e1000_write_reg(hw, E1000_RXCSUM, rxcsum);
	if (rxq->ext_desc)
		e1000_write_reg(hw, E1000_RFCTL, E1000_RFCTL_EXTEN);
	dev->rx_pkt_burst = rxq->ext_desc ? em_recv_pkts_ext : em_recv_pkts;
	rctl |= E1000_RCTL_EN | E1000_RCTL_BAM | E1000_RCTL_SECRC |
		E1000_RCTL_RDMTS_HALF;
	if (max_frame > RTE_ETHER_MAX_LEN + 4)
		rctl |= E1000_RCTL_LPE;
	if (dev->data->promiscuous)
		rctl |= E1000_RCTL_UPE | E1000_RCTL_MPE;
	if (dev->data->all_multicast)
		rctl |= E1000_RCTL_MPE;
	if (offloads & RTE_ETH_RX_OFFLOAD_VLAN_FILTER)
		rctl |= E1000_RCTL_VFE;
	/* One RCTL write: QEMU's 82540EM holds frames 1 s after each. */
	e1000_write_reg(hw, E1000_RCTL, rctl);
	return 0;
}

void
em_tx_init(struct rte_eth_dev *dev)
{
	struct e1000_hw *hw = EM_HW(dev);
	struct em_tx_queue *txq = dev->data->tx_queues[0];

	memset((void *)(uintptr_t)txq->ring, 0,
		(size_t)txq->nb_desc * sizeof(union e1000_tx_slot));
	em_tx_queue_free_mbufs(txq);
	txq->tx_tail = 0;
	txq->nb_free = (uint16_t)(txq->nb_desc - 1);
	txq->last_cleaned = (uint16_t)(txq->nb_desc - 1);
	txq->nb_since_rs = 0;
	txq->ctx_key = 0;
	txq->tdt_reg = hw->hw_addr + E1000_TDT;
	e1000_write_reg(hw, E1000_TDBAL, (uint32_t)txq->ring_iova);
	e1000_write_reg(hw, E1000_TDBAH, (uint32_t)(txq->ring_iova >> 32));
	e1000_write_reg(hw, E1000_TDLEN,
		(uint32_t)txq->nb_desc * sizeof(union e1000_tx_slot));
	e1000_write_reg(hw, E1000_TDH, 0);
	e1000_write_reg(hw, E1000_TDT, 0);
	e1000_write_reg(hw, E1000_TIPG, E1000_TIPG_COPPER);
	e1000_write_reg(hw, E1000_TIDV, 0);
	e1000_write_reg(hw, E1000_TADV, 0);
	e1000_write_reg(hw, E1000_TCTL, E1000_TCTL_EN | E1000_TCTL_PSP |
		E1000_TCTL_CT | E1000_TCTL_COLD);
}

void
em_rxtx_stop(struct rte_eth_dev *dev)
{
	struct e1000_hw *hw = EM_HW(dev);
	struct em_rx_queue *rxq = dev->data->rx_queues[0];
	struct em_tx_queue *txq = dev->data->tx_queues[0];

	e1000_write_reg(hw, E1000_RCTL, 0);
	e1000_write_reg(hw, E1000_TCTL, E1000_TCTL_PSP);
	e1000_write_flush(hw);
	if (rxq != NULL)
		em_rx_queue_free_mbufs(rxq);
	if (txq != NULL)
		em_tx_queue_free_mbufs(txq);
}

void
em_rxq_info_get(struct rte_eth_dev *dev, uint16_t queue_id,
		struct rte_eth_rxq_info *qinfo)
{
	struct em_rx_queue *rxq = dev->data->rx_queues[queue_id];

	qinfo->mp = rxq->mp;
	qinfo->scattered_rx = dev->data->scattered_rx;
	qinfo->nb_desc = rxq->nb_desc;
	qinfo->conf.rx_free_thresh = rxq->free_thresh;
	qinfo->conf.offloads = dev->data->dev_conf.rxmode.offloads;
}

void
em_txq_info_get(struct rte_eth_dev *dev, uint16_t queue_id,
		struct rte_eth_txq_info *qinfo)
{
	struct em_tx_queue *txq = dev->data->tx_queues[queue_id];

	qinfo->nb_desc = txq->nb_desc;
	qinfo->conf.tx_rs_thresh = txq->rs_thresh;
	qinfo->conf.tx_free_thresh = txq->free_thresh;
	qinfo->conf.offloads = txq->offloads;
}
