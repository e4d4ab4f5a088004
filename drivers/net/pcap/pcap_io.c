/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libpcap handles for net_pcap: pcap files (nanosecond timestamps), live
 * interfaces, the in-memory copy of a file for infinite_rx, and what the
 * kernel says about an interface (link state, MAC). Nothing here is on the
 * fast path.
 */
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/ethtool.h>
#include <linux/if_packet.h>
#include <linux/sockios.h>
#include <inttypes.h>

#include <rte_common.h>
#include <rte_ethdev.h>

#include "pcap_pmd.h"

/*
 * FILE with a large buffer (*buf, to free after fclose): libpcap then reads
 * and writes in big chunks. glibc ignores the size unless it gets the
 * buffer itself.
 */
static FILE *
open_buffered(const char *path, const char *mode, void **buf)
{
	FILE *fp;

	*buf = malloc(PCAP_PMD_FILE_BUF);
	if (*buf == NULL) {
		errno = ENOMEM;
		return NULL;
	}
	fp = fopen(path, mode);
	if (fp == NULL || setvbuf(fp, *buf, _IOFBF, PCAP_PMD_FILE_BUF) != 0) {
		int err = fp == NULL ? errno : ENOMEM;

		if (fp != NULL)
			fclose(fp);
		free(*buf);
		*buf = NULL;
		errno = err;
		return NULL;
	}
	return fp;
}

int
pcap_open_rx_file(const char *path, pcap_t **out, void **iobuf)
{
	char errbuf[PCAP_ERRBUF_SIZE] = "";
	FILE *fp;
	pcap_t *p;
	int dlt;

	fp = open_buffered(path, "rb", iobuf);
	if (fp == NULL) {
		PCAP_LOG(ERR, "rx_pcap: cannot open '%s': %s", path, strerror(errno));
		return -errno;
	}
	p = pcap_fopen_offline_with_tstamp_precision(fp,
			PCAP_TSTAMP_PRECISION_NANO, errbuf);
	if (p == NULL) {
		fclose(fp);
		free(*iobuf);
		*iobuf = NULL;
		PCAP_LOG(ERR, "rx_pcap: '%s' is not a readable pcap file: %s",
			 path, errbuf);
		return -EINVAL;
	}
	dlt = pcap_datalink(p);
	if (dlt != DLT_EN10MB) {
		PCAP_LOG(ERR, "rx_pcap: '%s' has link type %s (%d); only Ethernet (EN10MB) captures can be replayed",
			 path, pcap_datalink_val_to_name(dlt) ?
			 pcap_datalink_val_to_name(dlt) : "unknown", dlt);
		pcap_close(p);
		free(*iobuf);
		*iobuf = NULL;
		return -EINVAL;
	}
	*out = p;
	return 0;
}

/* Grow buffer *buf of *cap bytes to hold need bytes. */
static int
grow(void **buf, size_t *cap, size_t need, size_t elt)
{
	size_t ncap = *cap ? *cap : 1024;
	void *nb;

	if (need <= *cap)
		return 0;
	while (ncap < need)
		ncap *= 2;
	nb = realloc(*buf, ncap * elt);
	if (nb == NULL)
		return -ENOMEM;
	*buf = nb;
	*cap = ncap;
	return 0;
}

/*
 * Read the whole file once: a truncated or corrupt file fails the probe
 * with a message naming the record, instead of surfacing mid-run. With
 * replay != NULL, every frame is kept in memory for infinite_rx.
 */
int
pcap_check_rx_file(const char *path, struct pcap_replay *replay)
{
	struct pcap_pkthdr *h;
	const u_char *pkt;
	size_t data_cap = 0, rec_cap = 0, used = 0;
	uint64_t nb = 0;
	unsigned int mult;
	void *iobuf;
	pcap_t *p;
	int ret;

	ret = pcap_open_rx_file(path, &p, &iobuf);
	if (ret != 0)
		return ret;
	mult = pcap_ts_multiplier(p);
	while ((ret = pcap_next_ex(p, &h, &pkt)) == 1) {
		nb++;
		if (replay == NULL)
			continue;
		if (grow((void **)&replay->data, &data_cap, used + h->caplen, 1) ||
		    grow((void **)&replay->rec, &rec_cap, nb, sizeof(*replay->rec))) {
			PCAP_LOG(ERR, "rx_pcap: '%s' does not fit in memory for infinite_rx",
				 path);
			ret = -ENOMEM;
			goto out;
		}
		memcpy(replay->data + used, pkt, h->caplen);
		replay->rec[nb - 1] = (struct pcap_replay_rec){
			.off = used, .len = h->caplen,
			.ts_ns = (uint64_t)h->ts.tv_sec * 1000000000u +
				 (uint64_t)h->ts.tv_usec * mult,
		};
		used += h->caplen;
	}
	if (ret == PCAP_ERROR) {
		PCAP_LOG(ERR, "rx_pcap: '%s' is truncated or corrupt after record %" PRIu64 ": %s",
			 path, nb, pcap_geterr(p));
		ret = -EINVAL;
		goto out;
	}
	ret = 0;
	if (replay != NULL) {
		replay->nb = (uint32_t)nb;
		if (nb == 0) {
			PCAP_LOG(ERR, "rx_pcap: '%s' has no frames to replay with infinite_rx=1",
				 path);
			ret = -EINVAL;
		}
	}
out:
	pcap_close(p);
	free(iobuf);
	if (ret != 0 && replay != NULL)
		pcap_replay_free(replay);
	return ret;
}

void
pcap_replay_free(struct pcap_replay *replay)
{
	free(replay->data);
	free(replay->rec);
	memset(replay, 0, sizeof(*replay));
}

int
pcap_open_tx_file(const char *path, pcap_t **pcap, pcap_dumper_t **dumper,
		  void **iobuf)
{
	pcap_t *p;
	FILE *fp;

	p = pcap_open_dead_with_tstamp_precision(DLT_EN10MB, PCAP_PMD_SNAPLEN,
						 PCAP_TSTAMP_PRECISION_NANO);
	if (p == NULL) {
		PCAP_LOG(ERR, "tx_pcap: libpcap cannot create a handle for '%s'", path);
		return -ENOMEM;
	}
	fp = open_buffered(path, "wb", iobuf);
	if (fp == NULL) {
		int err = errno;

		PCAP_LOG(ERR, "tx_pcap: cannot create '%s': %s", path, strerror(err));
		pcap_close(p);
		return -err;
	}
	*dumper = pcap_dump_fopen(p, fp);
	if (*dumper == NULL) {
		PCAP_LOG(ERR, "tx_pcap: cannot write '%s': %s", path, pcap_geterr(p));
		fclose(fp);
		free(*iobuf);
		*iobuf = NULL;
		pcap_close(p);
		return -EIO;
	}
	*pcap = p;
	return 0;
}

/* Nanosecond handles give tv_usec in ns; others in us. */
unsigned int
pcap_ts_multiplier(pcap_t *p)
{
	return pcap_get_tstamp_precision(p) == PCAP_TSTAMP_PRECISION_NANO ?
		1 : 1000;
}

/*
 * Tx-only handles must not buffer received frames nobody reads: a socket
 * filter that accepts nothing (classic BPF "ret #0").
 */
static int
reject_all(pcap_t *p)
{
	struct bpf_insn ret0 = { .code = BPF_RET | BPF_K, .k = 0 };
	struct bpf_program prog = { .bf_len = 1, .bf_insns = &ret0 };

	return pcap_setfilter(p, &prog);
}

/*
 * Inbound only. libpcap filters the direction in user space, after the
 * kernel has queued the port's own transmissions on the capture ring,
 * where they can fill it and crowd out received frames; the socket option
 * (Linux >= 4.20, packet(7)) keeps them off the ring altogether.
 */
static int
inbound_only(pcap_t *p)
{
	int one = 1;

	if (pcap_setdirection(p, PCAP_D_IN) != 0)
		return -1;
#ifdef PACKET_IGNORE_OUTGOING
	if (setsockopt(pcap_fileno(p), SOL_PACKET, PACKET_IGNORE_OUTGOING,
		       &one, sizeof(one)) != 0 && errno != ENOPROTOOPT)
		return -1;
#else
	RTE_SET_USED(one);
#endif
	return 0;
}

int
pcap_open_iface(const char *iface, bool rx, bool in_only, pcap_t **out)
{
	char errbuf[PCAP_ERRBUF_SIZE] = "";
	pcap_t *p;
	int ret;

	p = pcap_create(iface, errbuf);
	if (p == NULL) {
		PCAP_LOG(ERR, "interface '%s': %s", iface, errbuf);
		return -ENODEV;
	}
	/* nanosecond kernel timestamps when available; else microseconds */
	pcap_set_tstamp_precision(p, PCAP_TSTAMP_PRECISION_NANO);
	pcap_set_snaplen(p, PCAP_PMD_SNAPLEN);
	pcap_set_promisc(p, 1);
	pcap_set_timeout(p, 1);
	/* deliver each frame as it arrives, not when a ring block fills */
	pcap_set_immediate_mode(p, 1);
	/*
	 * With offloads on, libpcap sizes ring slots by the snapshot length
	 * (64 KiB), so its default 2 MiB ring holds 32 frames: an rx queue
	 * needs far more; a tx handle queues nothing (see reject_all).
	 */
	pcap_set_buffer_size(p, rx ? PCAP_PMD_RX_RING : PCAP_PMD_TX_RING);
	ret = pcap_activate(p);
	if (ret < 0) {
		PCAP_LOG(ERR, "interface '%s': %s%s%s", iface,
			 ret == PCAP_ERROR_NO_SUCH_DEVICE ? "no such interface" :
			 pcap_statustostr(ret),
			 ret == PCAP_ERROR_PERM_DENIED ? " (needs root or CAP_NET_RAW)" : "",
			 ret == PCAP_ERROR ? pcap_geterr(p) : "");
		pcap_close(p);
		return ret == PCAP_ERROR_NO_SUCH_DEVICE ? -ENODEV : -EIO;
	}
	if (pcap_datalink(p) != DLT_EN10MB) {
		PCAP_LOG(ERR, "interface '%s' is not Ethernet (link type %d)",
			 iface, pcap_datalink(p));
		pcap_close(p);
		return -EINVAL;
	}
	if (pcap_setnonblock(p, 1, errbuf) != 0 ||
	    (in_only && inbound_only(p) != 0) ||
	    (!rx && reject_all(p) != 0)) {
		PCAP_LOG(ERR, "interface '%s': cannot configure capture: %s%s",
			 iface, errbuf, pcap_geterr(p));
		pcap_close(p);
		return -EIO;
	}
	*out = p;
	return 0;
}

/*
 * Link state from the interface flags, speed from the ethtool ioctl: both
 * answer for the caller's network namespace (sysfs may show another's).
 */
int
pcap_iface_link(const char *iface, bool *up, uint32_t *speed)
{
	struct ethtool_cmd ecmd = { .cmd = ETHTOOL_GSET };
	struct ifreq ifr;
	uint32_t mbps;
	int fd, ret;

	memset(&ifr, 0, sizeof(ifr));
	if (strlen(iface) >= sizeof(ifr.ifr_name))
		return -ENAMETOOLONG;
	strcpy(ifr.ifr_name, iface);
	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	ret = ioctl(fd, SIOCGIFFLAGS, &ifr);
	if (ret != 0) {
		ret = -errno;
		close(fd);
		return ret;
	}
	*up = (ifr.ifr_flags & IFF_UP) && (ifr.ifr_flags & IFF_RUNNING);
	/* no speed from the kernel (lo, tun...): DPDK's net_pcap figure */
	*speed = RTE_ETH_SPEED_NUM_10G;
	ifr.ifr_data = (void *)&ecmd;
	if (ioctl(fd, SIOCETHTOOL, &ifr) == 0) {
		mbps = ethtool_cmd_speed(&ecmd);
		if (mbps != 0 && mbps != (uint32_t)SPEED_UNKNOWN)
			*speed = mbps;
	}
	close(fd);
	return 0;
}

int
pcap_iface_mac(const char *iface, struct rte_ether_addr *mac)
{
	struct ifreq ifr;
	int fd, ret;

	memset(&ifr, 0, sizeof(ifr));
	if (strlen(iface) >= sizeof(ifr.ifr_name))
		return -ENAMETOOLONG;
	strcpy(ifr.ifr_name, iface);
	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	ret = ioctl(fd, SIOCGIFHWADDR, &ifr);
	close(fd);
	if (ret != 0)
		return -errno;
	memcpy(mac->addr_bytes, ifr.ifr_hwaddr.sa_data, RTE_ETHER_ADDR_LEN);
	return 0;
}
