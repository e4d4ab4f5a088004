/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Test pcap files written with libpcap (nanosecond timestamps), compared
 * with libpcap, and the port/temp-dir helpers of the net_pcap tests.
 */
#include <arpa/inet.h>
#include <dirent.h>
#include <inttypes.h>
#include <string.h>
#include <unistd.h>
#include <pcap/pcap.h>

#include <rte_common.h>
#include <rte_lcore.h>

#include "pcap_test.h"

#define MAX_FRAME 9000

/*
 * Frame sizes: fixed corner cases, then a pseudo-random spread: most up to
 * 1514 bytes, some up to 4000, a tenth jumbo up to 9000.
 */
static uint32_t
frame_len(uint32_t i)
{
	static const uint32_t corner[] = { 60, 64, 1514, 1518, 2048, 2049, 4000, 9000 };
	uint32_t x = (i * 2654435761u) >> 8, band = x % 10;

	if (i % 5 == 0)
		return corner[(i / 5) % RTE_DIM(corner)];
	x /= 10;
	if (band < 6)
		return 60 + x % (1514 - 60 + 1);
	if (band < 9)
		return 1515 + x % (4000 - 1515 + 1);
	return 4001 + x % (MAX_FRAME - 4001 + 1);
}

static uint16_t
ip_checksum(const uint8_t *h, unsigned int len)
{
	uint32_t sum = 0;
	unsigned int i;

	for (i = 0; i < len; i += 2)
		sum += (uint32_t)(h[i] << 8 | h[i + 1]);
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

/*
 * Ethernet [VLAN] IPv4|IPv6 UDP|TCP, payload: 8-byte sequence number and
 * a byte pattern. The L3 length fields match the frame.
 */
static uint32_t
build_frame(uint8_t *f, uint32_t i, uint64_t seq)
{
	bool vlan = i % 3 == 0, v6 = i % 2 == 1, udp = i % 4 < 2;
	uint32_t hdr = 14 + (vlan ? 4 : 0) + (v6 ? 40 : 20) + (udp ? 8 : 20);
	/* small frames still hold every header and the sequence number */
	uint32_t len = RTE_MAX(frame_len(i), hdr + 8), off = 12, l3, l4len, j;
	const uint8_t macs[12] = { 2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2 };
	uint16_t v;

	memset(f, 0, len);
	memcpy(f, macs, sizeof(macs));
	if (vlan) {
		f[off++] = 0x81; f[off++] = 0x00;
		v = htons((uint16_t)(i & 0xfff));
		memcpy(f + off, &v, 2); off += 2;
	}
	v = htons(v6 ? 0x86dd : 0x0800);
	memcpy(f + off, &v, 2); off += 2;
	l3 = off;
	if (v6) {
		f[l3] = 0x60;
		v = htons((uint16_t)(len - l3 - 40));
		memcpy(f + l3 + 4, &v, 2);
		f[l3 + 6] = udp ? 17 : 6;
		f[l3 + 7] = 64;
		f[l3 + 8] = 0xfd; f[l3 + 23] = 1;	/* fd00::1 -> fd00::2 */
		f[l3 + 24] = 0xfd; f[l3 + 39] = 2;
		off += 40;
	} else {
		f[l3] = 0x45;
		v = htons((uint16_t)(len - l3));
		memcpy(f + l3 + 2, &v, 2);
		f[l3 + 8] = 64;
		f[l3 + 9] = udp ? 17 : 6;
		f[l3 + 12] = 10; f[l3 + 15] = 1;	/* 10.0.0.1 -> 10.0.0.2 */
		f[l3 + 16] = 10; f[l3 + 19] = 2;
		v = htons(ip_checksum(f + l3, 20));
		memcpy(f + l3 + 10, &v, 2);
		off += 20;
	}
	l4len = len - off;
	v = htons((uint16_t)(1024 + i % 1000));
	memcpy(f + off, &v, 2);
	v = htons(udp ? 4789 : 80);
	memcpy(f + off + 2, &v, 2);
	if (udp) {
		v = htons((uint16_t)l4len);
		memcpy(f + off + 4, &v, 2);
		off += 8;
	} else {
		f[off + 12] = 5 << 4;	/* data offset: 20 bytes */
		f[off + 13] = 0x18;	/* PSH ACK */
		off += 20;
	}
	memcpy(f + off, &seq, sizeof(seq));
	for (j = off + 8; j < len; j++)
		f[j] = (uint8_t)(seq + j);
	return len;
}

uint64_t
gen_frame_seq(const uint8_t *f, uint32_t len)
{
	uint32_t l3 = 12, l4;
	uint8_t proto;
	bool v6;
	uint64_t seq;

	if (f[12] == 0x81 && f[13] == 0x00)
		l3 += 4;
	v6 = f[l3] == 0x86 && f[l3 + 1] == 0xdd;
	l3 += 2;
	proto = v6 ? f[l3 + 6] : f[l3 + 9];
	l4 = l3 + (v6 ? 40 : 20);
	l4 += proto == 17 ? 8 : 20;
	CHECK(l4 + 8 <= len, "frame too short for a sequence number");
	memcpy(&seq, f + l4, sizeof(seq));
	return seq;
}

void
gen_pcap(const char *path, uint32_t nb, uint64_t first_seq, uint32_t room,
	 struct gen_stats *st)
{
	static uint8_t frame[MAX_FRAME];
	struct pcap_pkthdr h;
	pcap_dumper_t *d;
	pcap_t *p;
	uint32_t i;

	memset(st, 0, sizeof(*st));
	p = pcap_open_dead_with_tstamp_precision(DLT_EN10MB, 65535,
						 PCAP_TSTAMP_PRECISION_NANO);
	CHECK(p != NULL, "pcap_open_dead");
	d = pcap_dump_open(p, path);
	CHECK(d != NULL, "pcap_dump_open %s: %s", path, pcap_geterr(p));
	for (i = 0; i < nb; i++) {
		h.len = h.caplen = build_frame(frame, i, first_seq + i);
		/* distinct nanosecond times, not multiples of 1000 */
		h.ts.tv_sec = 1700000000 + i / 1000;
		h.ts.tv_usec = (suseconds_t)((i * 999983u + 7) % 1000000000u);
		pcap_dump((u_char *)d, &h, frame);
		st->frames++;
		st->bytes += h.len;
		if (h.len > room) {
			st->big++;
			st->big_bytes += h.len;
		}
	}
	pcap_dump_close(d);
	pcap_close(p);
}

void
gen_pcap_linktype(const char *path)
{
	static const uint8_t ip[20] = { 0x45, 0, 0, 20, 0, 0, 0, 0, 64, 17 };
	struct pcap_pkthdr h = { .caplen = 20, .len = 20 };
	pcap_dumper_t *d;
	pcap_t *p = pcap_open_dead(DLT_RAW, 65535);

	CHECK(p != NULL, "pcap_open_dead");
	d = pcap_dump_open(p, path);
	CHECK(d != NULL, "pcap_dump_open %s", path);
	pcap_dump((u_char *)d, &h, ip);
	pcap_dump_close(d);
	pcap_close(p);
}

void
gen_truncated(const char *src, const char *dst, long cut)
{
	FILE *in = fopen(src, "rb"), *out = fopen(dst, "wb");
	long size, i;
	int c;

	CHECK(in != NULL && out != NULL, "open %s/%s", src, dst);
	fseek(in, 0, SEEK_END);
	size = ftell(in);
	rewind(in);
	for (i = 0; i < size - cut && (c = fgetc(in)) != EOF; i++)
		fputc(c, out);
	fclose(in);
	fclose(out);
}

static pcap_t *
open_nano(const char *path)
{
	char err[PCAP_ERRBUF_SIZE];
	pcap_t *p = pcap_open_offline_with_tstamp_precision(path,
			PCAP_TSTAMP_PRECISION_NANO, err);

	CHECK(p != NULL, "open %s: %s", path, err);
	return p;
}

uint64_t
compare_pcaps(const char *a, const char *b, uint32_t max_len)
{
	pcap_t *pa = open_nano(a), *pb = open_nano(b);
	struct pcap_pkthdr *ha, *hb;
	const u_char *da, *db;
	uint64_t ia = 0, nb = 0;
	int ra, rb;

	CHECK(pcap_datalink(pb) == DLT_EN10MB, "%s: link type %d", b, pcap_datalink(pb));
	for (;;) {
		do {
			ra = pcap_next_ex(pa, &ha, &da);
			ia++;
		} while (ra == 1 && max_len != 0 && ha->caplen > max_len);
		rb = pcap_next_ex(pb, &hb, &db);
		if (ra != 1 || rb != 1)
			break;
		nb++;
		CHECK(ha->caplen == hb->caplen && ha->len == hb->len,
		      "record %" PRIu64 " of %s: length %u/%u, expected %u/%u",
		      nb, b, hb->caplen, hb->len, ha->caplen, ha->len);
		CHECK(ha->ts.tv_sec == hb->ts.tv_sec && ha->ts.tv_usec == hb->ts.tv_usec,
		      "record %" PRIu64 " of %s: time %ld.%09ld, expected %ld.%09ld",
		      nb, b, (long)hb->ts.tv_sec, (long)hb->ts.tv_usec,
		      (long)ha->ts.tv_sec, (long)ha->ts.tv_usec);
		CHECK(memcmp(da, db, ha->caplen) == 0, "record %" PRIu64 " of %s: bytes differ",
		      nb, b);
	}
	CHECK(ra == PCAP_ERROR_BREAK, "%s: ended with %d after %" PRIu64 " records", a, ra, ia);
	CHECK(rb == PCAP_ERROR_BREAK, "%s has more records than expected (%" PRIu64 ")", b, nb);
	pcap_close(pa);
	pcap_close(pb);
	return nb;
}

uint64_t
count_pcap(const char *path)
{
	pcap_t *p = open_nano(path);
	struct pcap_pkthdr *h;
	const u_char *d;
	uint64_t n = 0;

	while (pcap_next_ex(p, &h, &d) == 1)
		n++;
	pcap_close(p);
	return n;
}

void
port_up(uint16_t port, uint16_t nq, struct rte_mempool *mp, bool scatter)
{
	struct rte_eth_conf conf;
	uint16_t q;

	memset(&conf, 0, sizeof(conf));
	if (scatter) {
		conf.rxmode.offloads = RTE_ETH_RX_OFFLOAD_SCATTER;
		conf.txmode.offloads = RTE_ETH_TX_OFFLOAD_MULTI_SEGS;
	}
	CHECK(rte_eth_dev_configure(port, nq, nq, &conf) == 0, "configure port %u", port);
	for (q = 0; q < nq; q++) {
		CHECK(rte_eth_rx_queue_setup(port, q, 512, rte_socket_id(), NULL, mp) == 0,
		      "rx queue %u", q);
		CHECK(rte_eth_tx_queue_setup(port, q, 512, rte_socket_id(), NULL) == 0,
		      "tx queue %u", q);
	}
	CHECK(rte_eth_dev_start(port) == 0, "start port %u", port);
}

uint16_t
port_of(const char *name)
{
	uint16_t port;

	CHECK(rte_eth_dev_get_port_by_name(name, &port) == 0, "no port %s", name);
	return port;
}

static char dir[64];

static void
remove_dir(void)
{
	char path[PATH_MAX];
	struct dirent *e;
	DIR *d = opendir(dir);

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		unlink(path);
	}
	closedir(d);
	rmdir(dir);
}

const char *
test_dir(void)
{
	if (dir[0] == '\0') {
		strcpy(dir, "/tmp/pmdkit_pcap_XXXXXX");
		CHECK(mkdtemp(dir) != NULL, "mkdtemp");
		atexit(remove_dir);
	}
	return dir;
}

const char *
test_path(const char *file)
{
	static char paths[8][PATH_MAX];
	static unsigned int next;
	char *p = paths[next++ % RTE_DIM(paths)];

	snprintf(p, PATH_MAX, "%s/%s", test_dir(), file);
	return p;
}
