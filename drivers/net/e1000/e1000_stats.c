/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Reading and naming the e1000 statistics registers (SDM 13.7).
 */
#include <stddef.h>
#include <string.h>

#include "e1000_stats.h"

struct e1000_stat_desc {
	const char *name;
	uint32_t reg;
	uint8_t wide;	/* 64-bit: low register at reg, high at reg + 4 */
};

static const struct e1000_stat_desc e1000_stat_table[] = {
	{ "rx_crc_errors", E1000_CRCERRS, 0 },
	{ "rx_alignment_errors", E1000_ALGNERRC, 0 },
	{ "rx_symbol_errors", E1000_SYMERRS, 0 },
	{ "rx_errors", E1000_RXERRC, 0 },
	{ "rx_missed_packets", E1000_MPC, 0 },
	{ "tx_single_collision_packets", E1000_SCC, 0 },
	{ "tx_excessive_collision_packets", E1000_ECOL, 0 },
	{ "tx_multiple_collision_packets", E1000_MCC, 0 },
	{ "tx_late_collisions", E1000_LATECOL, 0 },
	{ "tx_total_collisions", E1000_COLC, 0 },
	{ "tx_deferred_packets", E1000_DC, 0 },
	{ "rx_sequence_errors", E1000_SEC, 0 },
	{ "rx_length_errors", E1000_RLEC, 0 },
	{ "rx_xon_packets", E1000_XONRXC, 0 },
	{ "tx_xon_packets", E1000_XONTXC, 0 },
	{ "rx_xoff_packets", E1000_XOFFRXC, 0 },
	{ "tx_xoff_packets", E1000_XOFFTXC, 0 },
	{ "rx_size_64_packets", E1000_PRC64, 0 },
	{ "rx_size_65_to_127_packets", E1000_PRC127, 0 },
	{ "rx_size_128_to_255_packets", E1000_PRC255, 0 },
	{ "rx_size_256_to_511_packets", E1000_PRC511, 0 },
	{ "rx_size_512_to_1023_packets", E1000_PRC1023, 0 },
	{ "rx_size_1024_to_max_packets", E1000_PRC1522, 0 },
	{ "rx_good_packets", E1000_GPRC, 0 },
	{ "rx_broadcast_packets", E1000_BPRC, 0 },
	{ "rx_multicast_packets", E1000_MPRC, 0 },
	{ "tx_good_packets", E1000_GPTC, 0 },
	{ "rx_good_bytes", E1000_GORCL, 1 },
	{ "tx_good_bytes", E1000_GOTCL, 1 },
	{ "rx_no_buffer_count", E1000_RNBC, 0 },
	{ "rx_undersize_errors", E1000_RUC, 0 },
	{ "rx_fragment_errors", E1000_RFC, 0 },
	{ "rx_oversize_errors", E1000_ROC, 0 },
	{ "rx_jabber_errors", E1000_RJC, 0 },
	{ "rx_total_bytes", E1000_TORL, 1 },
	{ "tx_total_bytes", E1000_TOTL, 1 },
	{ "rx_total_packets", E1000_TPR, 0 },
	{ "tx_total_packets", E1000_TPT, 0 },
	{ "tx_size_64_packets", E1000_PTC64, 0 },
	{ "tx_size_65_to_127_packets", E1000_PTC127, 0 },
	{ "tx_size_128_to_255_packets", E1000_PTC255, 0 },
	{ "tx_size_256_to_511_packets", E1000_PTC511, 0 },
	{ "tx_size_512_to_1023_packets", E1000_PTC1023, 0 },
	{ "tx_size_1024_to_max_packets", E1000_PTC1522, 0 },
	{ "tx_multicast_packets", E1000_MPTC, 0 },
	{ "tx_broadcast_packets", E1000_BPTC, 0 },
	{ "tx_tso_packets", E1000_TSCTC, 0 },
};

_Static_assert(sizeof(e1000_stat_table) / sizeof(e1000_stat_table[0]) ==
	E1000_NB_HW_STATS, "one table entry per em_hw_stats field");

const char *
e1000_stat_name(unsigned int i)
{
	return i < E1000_NB_HW_STATS ? e1000_stat_table[i].name : NULL;
}

/* What a 32-bit counter gathered since the last call. */
static uint64_t
counter_delta(const struct e1000_hw *hw, struct e1000_stats_track *t,
		unsigned int i)
{
	uint32_t reg = e1000_stat_table[i].reg;
	uint32_t v = e1000_read_reg(hw, reg), again, d;

	switch (t->mode[i]) {
	case E1000_STAT_CLEARS:
		return v;
	case E1000_STAT_TOTAL:
		d = v - t->last[i];	/* modulo 2^32: survives a wrap */
		t->last[i] = v;
		return d;
	default:
		if (v == 0)
			return 0;
		/* A clearing counter reads (almost surely) less the second
		 * time; a running total reads the same. */
		again = e1000_read_reg(hw, reg);
		if (again == v) {
			t->mode[i] = E1000_STAT_TOTAL;
			t->last[i] = v;
			return v;
		}
		t->mode[i] = E1000_STAT_CLEARS;
		return (uint64_t)v + again;
	}
}

void
e1000_stats_update(const struct e1000_hw *hw, struct e1000_stats_track *t,
		struct em_hw_stats *s)
{
	uint64_t *acc = (uint64_t *)s;
	unsigned int i;

	for (i = 0; i < E1000_NB_HW_STATS; i++) {
		const struct e1000_stat_desc *d = &e1000_stat_table[i];

		if (d->wide) {
			/* Low then high: reading the high half clears both,
			 * in the datasheet and in QEMU alike. */
			uint64_t v = e1000_read_reg(hw, d->reg);

			v |= (uint64_t)e1000_read_reg(hw, d->reg + 4) << 32;
			acc[i] += v;
		} else {
			acc[i] += counter_delta(hw, t, i);
		}
	}
}

void
e1000_stats_track_reset(struct e1000_stats_track *t)
{
	memset(t->last, 0, sizeof(t->last));
}
