/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * net_pcap burst functions. Frames are copied between libpcap's buffers
 * and mbufs; a frame larger than one mbuf is chained over several when the
 * rx queue allows scatter, and multi-segment mbufs are gathered into one
 * frame on tx. Each frame's timestamp travels in the rx timestamp dynamic
 * field, so a file read by rx_pcap and written by tx_pcap keeps its times.
 */
#include <errno.h>
#include <inttypes.h>
#include <string.h>
#include <time.h>

#include <rte_common.h>
#include <rte_branch_prediction.h>
#include <rte_mbuf.h>
#include <rte_mbuf_dyn.h>

#include "pcap_pmd.h"

int pcap_ts_offset = -1;
uint64_t pcap_ts_flag;

/*
 * Copy len bytes into a new mbuf (a chain if scatter is allowed).
 * Returns NULL with *nombuf set when the pool is empty, NULL with *nombuf
 * clear when the frame does not fit.
 */
static struct rte_mbuf *
frame_to_mbuf(struct pcap_rx_queue *q, const uint8_t *data, uint32_t len,
	      bool *nombuf)
{
	struct rte_mbuf *head, *seg, *prev;
	uint32_t off = 0, chunk;

	*nombuf = false;
	head = rte_pktmbuf_alloc(q->mb_pool);
	if (unlikely(head == NULL)) {
		*nombuf = true;
		return NULL;
	}
	if (unlikely(len > rte_pktmbuf_tailroom(head) && !q->scatter)) {
		rte_pktmbuf_free(head);
		return NULL;
	}
	seg = head;
	for (;;) {
		chunk = RTE_MIN(len - off, (uint32_t)rte_pktmbuf_tailroom(seg));
		memcpy(rte_pktmbuf_mtod(seg, uint8_t *), data + off, chunk);
		seg->data_len = (uint16_t)chunk;
		off += chunk;
		if (off == len)
			break;
		prev = seg;
		seg = rte_pktmbuf_alloc(q->mb_pool);
		if (unlikely(seg == NULL)) {
			rte_pktmbuf_free(head);
			*nombuf = true;
			return NULL;
		}
		prev->next = seg;
		head->nb_segs++;
	}
	head->pkt_len = len;
	head->port = q->port_id;
	return head;
}

static inline void
set_timestamp(struct rte_mbuf *m, uint64_t ts_ns)
{
	*RTE_MBUF_DYNFIELD(m, pcap_ts_offset, rte_mbuf_timestamp_t *) = ts_ns;
	m->ol_flags |= pcap_ts_flag;
}

/* A frame too big for the queue's mbufs: counted, reported once. */
static void
rx_too_big(struct pcap_rx_queue *q, uint32_t len)
{
	pcap_counter_add(&q->st.errs, 1);
	if (!q->warned_big) {
		q->warned_big = true;
		PCAP_LOG(ERR, "port %u rx queue %u: %u-byte frame from '%s' exceeds the mbuf data room; enable RTE_ETH_RX_OFFLOAD_SCATTER or use bigger mbufs (dropped frames are counted in ierrors)",
			 q->port_id, q->queue_id, len, q->spec->name);
	}
}

/* pcap_next_ex said -1 (error) or -2 (end of file). */
static void
rx_stop_reading(struct pcap_rx_queue *q, int ret)
{
	if (ret == PCAP_ERROR_BREAK && q->spec->kind == PCAP_Q_FILE) {
		q->ended = true;	/* end of file: rx returns 0 from now on */
		return;
	}
	/* an interface that went down fails every poll: count it once */
	if (q->in_error)
		return;
	q->in_error = true;
	pcap_counter_add(&q->st.errs, 1);
	if (q->spec->kind == PCAP_Q_FILE)
		q->ended = true;
	if (!q->warned_err) {
		q->warned_err = true;
		PCAP_LOG(ERR, "port %u rx queue %u: reading '%s' failed after %" PRIu64 " frames: %s",
			 q->port_id, q->queue_id, q->spec->name, q->nb_read,
			 pcap_geterr(q->pcap));
	}
}

/*
 * rx from a pcap file or a live interface. No system call per frame:
 * files are read 1 MiB at a time through stdio, live frames come from the
 * kernel's memory-mapped capture ring (libpcap polls the socket only when
 * the ring is empty).
 */
uint16_t
pcap_rx_handle(void *queue, struct rte_mbuf **bufs, uint16_t nb)
{
	struct pcap_rx_queue *q = queue;
	struct pcap_pkthdr *h;
	const u_char *pkt;
	uint64_t bytes = 0;
	uint16_t n = 0;
	bool nombuf;
	int ret;

	if (unlikely(q->ended))
		return 0;
	while (n < nb) {
		if (q->pending != NULL) {
			h = &q->pending_hdr;
			pkt = q->pending;
			q->pending = NULL;
		} else {
			ret = pcap_next_ex(q->pcap, &h, &pkt);
			if (ret == 0)
				break;		/* live: nothing more right now */
			if (unlikely(ret < 0)) {
				rx_stop_reading(q, ret);
				break;
			}
			q->in_error = false;
			q->nb_read++;
		}
		bufs[n] = frame_to_mbuf(q, pkt, h->caplen, &nombuf);
		if (unlikely(bufs[n] == NULL)) {
			if (!nombuf) {
				rx_too_big(q, h->caplen);
				continue;
			}
			/* keep the frame (valid until the next pcap_next_ex) */
			q->pending_hdr = *h;
			q->pending = pkt;
			pcap_counter_add(&q->st.nombuf, 1);
			break;
		}
		set_timestamp(bufs[n], (uint64_t)h->ts.tv_sec * 1000000000u +
			      (uint64_t)h->ts.tv_usec * q->ts_mult);
		bytes += h->caplen;
		n++;
	}
	pcap_counter_add(&q->st.pkts, n);
	pcap_counter_add(&q->st.bytes, bytes);
	return n;
}

/* infinite_rx: the file's frames from memory, round and round. */
uint16_t
pcap_rx_replay(void *queue, struct rte_mbuf **bufs, uint16_t nb)
{
	struct pcap_rx_queue *q = queue;
	const struct pcap_replay_rec *rec;
	uint64_t bytes = 0;
	uint16_t n = 0;
	bool nombuf;

	while (n < nb) {
		rec = &q->replay->rec[q->replay_next];
		bufs[n] = frame_to_mbuf(q, q->replay->data + rec->off, rec->len,
					&nombuf);
		if (unlikely(bufs[n] == NULL)) {
			if (nombuf) {
				pcap_counter_add(&q->st.nombuf, 1);
				break;
			}
			rx_too_big(q, rec->len);
		} else {
			set_timestamp(bufs[n], rec->ts_ns);
			bytes += rec->len;
			n++;
		}
		if (++q->replay_next == q->replay->nb)
			q->replay_next = 0;
	}
	pcap_counter_add(&q->st.pkts, n);
	pcap_counter_add(&q->st.bytes, bytes);
	return n;
}

/* Queues of a port given no rx source: nothing ever arrives. */
uint16_t
pcap_rx_none(void *queue __rte_unused, struct rte_mbuf **bufs __rte_unused,
	     uint16_t nb __rte_unused)
{
	return 0;
}

/* Contiguous bytes of m: the data itself, or gathered into q->gather. */
static inline const uint8_t *
frame_bytes(struct pcap_tx_queue *q, struct rte_mbuf *m, uint32_t len)
{
	if (likely(m->nb_segs == 1))
		return rte_pktmbuf_mtod(m, const uint8_t *);
	return rte_pktmbuf_read(m, 0, len, q->gather);
}

static inline uint64_t
now_ns(void)
{
	struct timespec ts;

	/* vDSO clock: no system call */
	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The file could not be written (disk full...): reported once. */
static void
tx_flush_failed(struct pcap_tx_queue *q)
{
	if (!q->warned_err) {
		q->warned_err = true;
		PCAP_LOG(ERR, "tx queue %u: writing '%s' failed: %s", q->queue_id,
			 q->spec->name, strerror(errno));
	}
	pcap_counter_add(&q->st.errs, 1);
}

/* tx to a pcap file: the rx timestamp if the mbuf has one, else now. */
static uint16_t
tx_dump(struct pcap_tx_queue *q, struct rte_mbuf **bufs, uint16_t nb)
{
	struct pcap_pkthdr h;
	uint64_t bytes = 0, ts, now = 0;
	uint16_t i;

	for (i = 0; i < nb; i++) {
		struct rte_mbuf *m = bufs[i];

		if (m->ol_flags & pcap_ts_flag) {
			ts = *RTE_MBUF_DYNFIELD(m, pcap_ts_offset,
						rte_mbuf_timestamp_t *);
		} else {
			if (now == 0)
				now = now_ns();
			ts = now;
		}
		/* a nanosecond dumper takes nanoseconds in tv_usec */
		h.ts.tv_sec = (time_t)(ts / 1000000000u);
		h.ts.tv_usec = (suseconds_t)(ts % 1000000000u);
		h.len = m->pkt_len;
		h.caplen = RTE_MIN(m->pkt_len, (uint32_t)PCAP_PMD_SNAPLEN);
		pcap_dump((u_char *)q->dumper, &h, frame_bytes(q, m, h.caplen));
		bytes += m->pkt_len;
		rte_pktmbuf_free(m);
	}
	/*
	 * One write per burst, as DPDK's net_pcap: applications stopped by a
	 * signal (without rte_eth_dev_stop) still leave a complete file.
	 */
	if (nb > 0 && pcap_dump_flush(q->dumper) != 0)
		tx_flush_failed(q);
	pcap_counter_add(&q->st.pkts, nb);
	pcap_counter_add(&q->st.bytes, bytes);
	return nb;
}

/* tx to a live interface; a frame the kernel refuses counts in oerrors. */
static uint16_t
tx_send(struct pcap_tx_queue *q, struct rte_mbuf **bufs, uint16_t nb)
{
	uint64_t bytes = 0, sent = 0;
	uint32_t len;
	uint16_t i;

	for (i = 0; i < nb; i++) {
		struct rte_mbuf *m = bufs[i];

		len = RTE_MIN(m->pkt_len, (uint32_t)PCAP_PMD_SNAPLEN);
		if (likely(pcap_sendpacket(q->pcap, frame_bytes(q, m, len),
					   (int)len) == 0)) {
			sent++;
			bytes += len;
		} else {
			pcap_counter_add(&q->st.errs, 1);
			if (!q->warned_err) {
				q->warned_err = true;
				PCAP_LOG(ERR, "tx queue %u: sending on '%s' failed: %s (failures are counted in oerrors)",
					 q->queue_id, q->spec->name,
					 pcap_geterr(q->pcap));
			}
		}
		rte_pktmbuf_free(m);
	}
	pcap_counter_add(&q->st.pkts, sent);
	pcap_counter_add(&q->st.bytes, bytes);
	return nb;
}

/* Queues of a port given no tx sink: free and count. */
static uint16_t
tx_drop(struct pcap_tx_queue *q, struct rte_mbuf **bufs, uint16_t nb)
{
	uint64_t bytes = 0;
	uint16_t i;

	for (i = 0; i < nb; i++) {
		bytes += bufs[i]->pkt_len;
		rte_pktmbuf_free(bufs[i]);
	}
	pcap_counter_add(&q->st.pkts, nb);
	pcap_counter_add(&q->st.bytes, bytes);
	return nb;
}

uint16_t
pcap_tx_burst(void *queue, struct rte_mbuf **bufs, uint16_t nb)
{
	struct pcap_tx_queue *q = queue;

	switch (q->spec->kind) {
	case PCAP_Q_FILE:
		return tx_dump(q, bufs, nb);
	case PCAP_Q_IFACE:
		return tx_send(q, bufs, nb);
	default:
		return tx_drop(q, bufs, nb);
	}
}
