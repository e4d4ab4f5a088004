/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Hardware statistics of the e1000 family. The counters clear on read
 * (SDM 13.7), so each read is added to 64-bit software totals; a 64-bit
 * counter is read low register first, then high (the high read clears).
 */
#ifndef _E1000_STATS_H_
#define _E1000_STATS_H_

#include <stdint.h>

#include "e1000_hw.h"

/* Order matches e1000_stat_table in e1000_stats.c. */
struct em_hw_stats {
	uint64_t crcerrs, algnerrc, symerrs, rxerrc, mpc, scc, ecol, mcc,
		latecol, colc, dc, sec, rlec, xonrxc, xontxc, xoffrxc,
		xofftxc, prc64, prc127, prc255, prc511, prc1023, prc1522,
		gprc, bprc, mprc, gptc, gorc, gotc, rnbc, ruc, rfc, roc, rjc,
		tor, tot, tpr, tpt, ptc64, ptc127, ptc255, ptc511, ptc1023,
		ptc1522, mptc, bptc, tsctc;
};

#define E1000_NB_HW_STATS (sizeof(struct em_hw_stats) / sizeof(uint64_t))

/*
 * How each 32-bit counter behaves. The datasheets make them all clear on
 * read, but QEMU's 8254x model leaves several (MPC, RNBC, the collision
 * and error counters) as running totals; the first non-zero value of a
 * counter is read twice to tell which kind it is.
 */
enum e1000_stat_mode {
	E1000_STAT_UNKNOWN = 0,
	E1000_STAT_CLEARS,	/* clear on read: each read is a delta */
	E1000_STAT_TOTAL,	/* running total: delta from the last read */
};

struct e1000_stats_track {
	uint32_t last[E1000_NB_HW_STATS];
	uint8_t mode[E1000_NB_HW_STATS];
};

/* Name of hardware counter i (xstats naming, e.g. "rx_crc_errors"). */
const char *e1000_stat_name(unsigned int i);
/* Add what the counters gathered since the last read to s. */
void e1000_stats_update(const struct e1000_hw *hw, struct e1000_stats_track *t,
		struct em_hw_stats *s);
/* The MAC was reset: every counter restarts from zero. */
void e1000_stats_track_reset(struct e1000_stats_track *t);

#endif /* _E1000_STATS_H_ */
