/* SPDX-License-Identifier: BSD-3-Clause */
/* Helpers shared by the net_pcap tests: checks, port setup, test files. */
#ifndef _PCAP_TEST_H_
#define _PCAP_TEST_H_

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <rte_ethdev.h>
#include <rte_mempool.h>

#define CHECK(cond, ...) do { \
	if (!(cond)) { \
		fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond); \
		fprintf(stderr, __VA_ARGS__); \
		fprintf(stderr, "\n"); \
		exit(1); \
	} \
} while (0)

/* Ethertype of the test frames (IEEE local experimental). */
#define TEST_ETHERTYPE 0x88b5

struct gen_stats {
	uint64_t frames;
	uint64_t bytes;
	uint64_t big;		/* frames longer than a given mbuf data room */
	uint64_t big_bytes;
};

/*
 * Write nb Ethernet frames to path with nanosecond timestamps: sizes 60 to
 * 9000, VLAN tags, IPv4/IPv6, UDP/TCP; frame i carries first_seq + i at
 * payload offset seq_offset(frame). Lengths above room go to st->big.
 */
void gen_pcap(const char *path, uint32_t nb, uint64_t first_seq,
	uint32_t room, struct gen_stats *st);
/* A file with one frame of link type DLT_RAW. */
void gen_pcap_linktype(const char *path);
/* Copy of src cut keep bytes short of its end. */
void gen_truncated(const char *src, const char *dst, long cut);
/* Sequence number of a generated frame (contiguous bytes). */
uint64_t gen_frame_seq(const uint8_t *frame, uint32_t len);
/*
 * Compare two pcap files record by record (lengths, nanosecond timestamps,
 * bytes); with max_len != 0 only the records of a no longer than max_len
 * are expected in b. Returns the number of records of b.
 */
uint64_t compare_pcaps(const char *a, const char *b, uint32_t max_len);
/* Number of records in a pcap file. */
uint64_t count_pcap(const char *path);

/* Configure and start port with nq queue pairs; scatter on rx if asked. */
void port_up(uint16_t port, uint16_t nq, struct rte_mempool *mp, bool scatter);
uint16_t port_of(const char *name);

/* Temporary directory removed (with its files) at exit. */
const char *test_dir(void);
/* path in the test directory (static buffer rotation: up to 8 live). */
const char *test_path(const char *file);

/* Run stmt with the log captured; the log must contain want. */
#define EXPECT_LOG(want, stmt) do { \
	char *log_ = NULL; \
	size_t len_ = 0; \
	FILE *f_ = open_memstream(&log_, &len_); \
	CHECK(f_ != NULL, "memstream"); \
	rte_openlog_stream(f_); \
	stmt; \
	fflush(f_); \
	rte_openlog_stream(NULL); \
	fclose(f_); \
	CHECK(log_ != NULL && strstr(log_, want) != NULL, \
	      "log of `%s` lacks '%s': %s", #stmt, want, log_ ? log_ : ""); \
	free(log_); \
} while (0)

#endif /* _PCAP_TEST_H_ */
